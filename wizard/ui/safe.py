"""Text a person typed, shown inside Markdown: every character that Markdown (or Streamlit's
extensions: :colour[...], :icons:, $maths$) could read as markup is escaped, so a name like
'**x** ![](https://tracker)' is shown as typed and never loads anything."""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'])")
_INVISIBLE = re.compile(r"[\u202a-\u202e\u2066-\u2069\u200e\u200f]")  # bidi controls


def md_literal(text: str) -> str:
    """Escape Markdown and show bidi control characters as visible codes (e.g. [U+202E])."""
    text = _INVISIBLE.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")
