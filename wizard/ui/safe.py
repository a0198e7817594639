"""Text a person typed, shown inside Markdown: every character that Markdown (or Streamlit's
extensions: :colour[...], :icons:, $maths$) could read as markup is escaped, so a name like
'**x** ![](https://tracker)' is shown as typed and never loads anything."""

from __future__ import annotations

import re

from wizard.typed_text import neutralise_bidi

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'])")


def md_literal(text: str) -> str:
    """Escape Markdown and show bidi control characters as visible codes (e.g. [U+202E])."""
    text = neutralise_bidi(text)
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")
