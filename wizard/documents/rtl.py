"""Right-to-left documents (Arabic): each paragraph as a directional isolate, so a Dutch
passage (the gemeente's own rule text) keeps its own direction inside an Arabic page."""

from __future__ import annotations

import re

from wizard.i18n import text_dir

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def rtl_isolated(ctx: dict, lang: str) -> dict:
    """For an HTML/PDF in a right-to-left language: every paragraph and list item as a
    directional isolate (U+2066/U+2067 … U+2069), so a Dutch passage (a gemeente rule text)
    keeps its full stop on the right and an Arabic one stays right to left. Not for Markdown,
    which shows bidi controls as visible codes."""
    if text_dir(lang) != "rtl":
        return ctx

    def iso(s: object) -> object:
        if not isinstance(s, str) or not s:
            return s
        # a text with Arabic in it runs right to left (RLI), a Dutch-only one left to right (LRI)
        return f"\u2067{s}\u2069" if _ARABIC.search(s) else f"\u2066{s}\u2069"

    secs = [{k: ([iso(x) for x in v] if k in ("p", "li", "after", "extra") else v)
             for k, v in s.items()} for s in ctx["sections"]]
    return ctx | {"sections": secs}
