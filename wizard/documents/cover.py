"""Documents that stay Dutch for the gemeente (letters, the aanvraagformulier) get one cover
line in the parent's language (tr/ar/pl/uk) at the top, saying why the rest is Dutch."""

from __future__ import annotations

from markupsafe import escape

from wizard.documents.texts_more import more_text
from wizard.i18n import NEW_LANGS, text_dir


def add_cover(html_nl: str, lang: str, key: str) -> str:
    """The Dutch document with the cover line `key` of content/documents/lang/<lang>.toml
    right after <body>; unchanged for nl and en."""
    if lang not in NEW_LANGS:
        return html_nl
    line = more_text(key, lang) or ""
    if not line:
        return html_nl
    cover = (f'<p class="cover" lang="{lang}" dir="{text_dir(lang)}">'
             f"<strong>{escape(line)}</strong></p>")
    head, sep, tail = html_nl.partition("<body>")
    return head + sep + "\n" + cover + tail if sep else cover + html_nl
