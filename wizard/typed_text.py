"""Text a person typed, made safe to show: bidi control characters (embeddings, overrides,
isolates, directional marks) would silently reorder a printed line — a U+202E in a child's
name turns "Kind 1 (Noor): 80 uur per maand" around. Every document and screen that shows
typed text calls `neutralise_bidi`, which shows each such character as a visible code
([U+202E]) so the text reads exactly as it was typed and nothing around it moves."""

from __future__ import annotations

import re

# U+061C ALM, U+200E/F LRM/RLM, U+202A-E LRE/RLE/PDF/LRO/RLO, U+2066-9 LRI/RLI/FSI/PDI,
# U+206A-F (deprecated format controls that also change how text is shaped or ordered).
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u206a-\u206f]")


def neutralise_bidi(value: object) -> str:
    """`value` as text with every bidi control shown as a visible code, e.g. '[U+202E]'."""
    return BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m[0]):04X}]", str(value))


def has_bidi_controls(value: str) -> bool:
    return BIDI_CONTROLS.search(value) is not None
