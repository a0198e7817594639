"""The "Woorden" part of a document in tr/ar/pl/uk: a note that some passages (the gemeente's
own rules) are in Dutch, and the official Dutch words with their explanation from
content/glossary/<lang>.toml. Nothing for nl and en."""

from __future__ import annotations

import re

from wizard.documents.texts_more import more_text
from wizard.glossary import glossary
from wizard.i18n import NEW_LANGS, text_dir

_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


# keys of content/documents/lang/<lang>.toml only (no nl/en text: nl and en get no section)
_HEADING, _DUTCH_NOTE = "pub.words_h", "pub.dutch_note"


def words_section(lang: str) -> list[dict]:
    if lang not in NEW_LANGS:
        return []
    g = glossary(lang)
    return [{"h": more_text(_HEADING, lang) or g.meta.title,
             "p": [more_text(_DUTCH_NOTE, lang) or g.meta.intro],
             "li": [f"{word}: {explanation}" for word, explanation in g.terms.items()]}]


def rtl_isolated(ctx: dict, lang: str) -> dict:
    """For an HTML/PDF in a right-to-left language: every paragraph and list item as a
    directional isolate (U+2066/U+2067 … U+2069), so a Dutch passage (the gemeente's own rule text)
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
