"""Line breaks of the form's own words, worked out once. Pango's line breaking is ~23 ms of a
form build, and most of the form's lines are the same for every family: labels, the "why"
lines, headings, the privacy statement. For those, WeasyPrint's result (where the line
breaks, its width, height and baseline) is kept beside their kept style (style_cache.py)
and given again for the same text in the same width.

Privacy: only text of elements the style cache marked as the template's own words (no
[data-field] value, no title; see style_cache.mark_static) is kept, and only while a form
is built (`static_lines()`); letters and everything typed by a person are always laid out
anew and never kept. In memory, bounded per style."""

from __future__ import annotations

import copy
import threading
from contextlib import contextmanager

import weasyprint.layout.inline
import weasyprint.layout.preferred
import weasyprint.text.line_break
from weasyprint.css import AnonymousStyle

_original = weasyprint.text.line_break.split_first_line
_state = threading.local()
_MAX_LINES_PER_STYLE = 512


@contextmanager
def static_lines():
    """Within this block, line breaks of the template's own words are kept and reused."""
    _state.on = True
    try:
        yield
    finally:
        _state.on = False


def _owner(style):
    """The element style an anonymous (text) style belongs to."""
    while isinstance(style, AnonymousStyle):
        style = style.parent_style
    return style


def _split_first_line(text, style, context, max_width, justification_spacing,
                      is_line_start=True, minimum=False):
    owner = _owner(style) if getattr(_state, "on", False) else None
    if owner is None or not getattr(owner, "smi_static", False):
        return _original(text, style, context, max_width, justification_spacing,
                         is_line_start, minimum)
    lines = owner.__dict__.setdefault("smi_lines", {})
    key = (id(style), text, max_width, justification_spacing, is_line_start, minimum)
    if (kept := lines.get(key)) is None:
        if len(lines) >= _MAX_LINES_PER_STYLE:
            lines.clear()
        kept = lines[key] = _original(text, style, context, max_width, justification_spacing,
                                      is_line_start, minimum)
    layout, *metrics = kept
    # the layout is inactive (no Pango objects) until drawing; each text box gets its own
    return (copy.copy(layout), *metrics)


def install() -> None:
    """Once per process: WeasyPrint's line breaking goes through the memo."""
    for module in (weasyprint.text.line_break, weasyprint.layout.inline,
                   weasyprint.layout.preferred):
        if getattr(module, "split_first_line", None) is _original:
            module.split_first_line = _split_first_line
