"""Lines of the form's own words, broken and drawn once. Pango's line breaking (~23 ms) and
drawing the lines (~20 ms) are a third of a form build, and most of the form's lines are
the same for every family: labels, the "why" lines, headings, the privacy statement. For
those, WeasyPrint's line break (where the line breaks, its width, height and baseline) and
the PDF operators that draw the line (glyphs, font, size; the position is set anew) are
kept beside their kept style (style_cache.py) and given again for the same text.

Privacy: only text of elements the style cache marked as the template's own words (no
[data-field] value, no title; style_cache._mark_static) is kept, and only while a form is
built (`static_lines()`); letters and everything typed by a person are always laid out
anew and never kept. In memory, bounded per style."""

from __future__ import annotations

import re
import threading
from contextlib import contextmanager

import weasyprint.draw
import weasyprint.draw.text
import weasyprint.layout.inline
import weasyprint.layout.preferred
import weasyprint.text.line_break
from weasyprint.css import AnonymousStyle
from weasyprint.matrix import Matrix
from weasyprint.text.fonts import get_pango_font_key

_original = weasyprint.text.line_break.split_first_line
_original_draw = weasyprint.draw.text.draw_text
_state = threading.local()
_MAX_LINES_PER_STYLE = 512
_GLYPHS = re.compile(r"<([0-9a-f]+)>")


@contextmanager
def static_lines():
    """Within this block, the lines of the template's own words are kept and reused."""
    _state.on = True
    try:
        yield
    finally:
        _state.on = False


def _static_owner(style):
    """The kept element style whose lines may be kept, or None. A text's style must be its
    element style or that style's own anonymous style (held by it, so its id stays its
    own while the kept lines live); a copied style is never kept."""
    if not getattr(_state, "on", False):
        return None
    while isinstance(style, AnonymousStyle):
        parent = style.parent_style
        if parent.__dict__.get("anonymous_style") is not style:
            return None
        style = parent
    return style if getattr(style, "smi_static", False) else None


def _split_first_line(text, style, context, max_width, justification_spacing,
                      is_line_start=True, minimum=False):
    if (owner := _static_owner(style)) is None:
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
    # copy (copy.copy's generic path costs ~2 ms a form)
    own = object.__new__(type(layout))
    own.__dict__.update(layout.__dict__)
    return (own, *metrics)


class _Recorder:
    """Passes every call on to the page's stream and notes it, to draw the line again."""

    def __init__(self, stream) -> None:
        self._stream = stream
        self.calls: list[tuple] = []
        self.fonts: dict = {}  # font key -> WeasyPrint font used by the line

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def _note(name):  # noqa: N805 (a decorator maker inside the class body)
        def method(self, *args):
            self.calls.append((name, args))
            return getattr(self._stream, name)(*args)
        return method

    set_color = _note("set_color")
    begin_text = _note("begin_text")
    end_text = _note("end_text")
    set_text_matrix = _note("set_text_matrix")
    set_font_size = _note("set_font_size")
    show_text = _note("show_text")
    set_text_rise = _note("set_text_rise")

    def add_font(self, pango_font):
        font, size = self._stream.add_font(pango_font)
        key = get_pango_font_key(pango_font)[0]
        self.fonts[key] = font
        self.calls.append(("add_font", (key,)))
        return font, size


class _Drawn:
    """A drawn line: its stream calls, and what each font needs for its glyphs."""

    def __init__(self, calls: list[tuple], glyphs: dict) -> None:
        self.calls = calls
        self.glyphs = glyphs  # font key -> {glyph id: (width, text)}


def _drawn(recorder: _Recorder) -> _Drawn | None:
    hashes = {font.hash: key for key, font in recorder.fonts.items()}
    glyphs: dict = {key: {} for key in recorder.fonts}
    current = None
    for name, args in recorder.calls:
        if name == "set_font_size":
            current = hashes.get(args[0])
        elif name == "show_text" and current is not None:
            font = recorder.fonts[current]
            for run in _GLYPHS.findall(args[0]):
                for i in range(0, len(run), 4):
                    gid = int(run[i:i + 4], 16)
                    glyphs[current][gid] = (font.widths[gid], font.to_unicode.get(gid))
        elif name == "show_text":
            return None
    for font in recorder.fonts.values():
        if font.bitmap or font.missing or font.png or font.svg or font.colr:
            return None  # emoji and missing glyphs are drawn differently
    return _Drawn(recorder.calls, glyphs)


def _draw_text(stream, textbox, offset_x, text_overflow="clip", block_ellipsis="none"):
    style = textbox.style
    owner = _static_owner(style)
    if (owner is None or text_overflow == "ellipsis" or block_ellipsis != "none"
            or style["text_decoration_line"] != "none" or style["visibility"] != "visible"
            or not style["font_size"]):
        return _original_draw(stream, textbox, offset_x, text_overflow, block_ellipsis)
    drawn_lines = owner.__dict__.setdefault("smi_drawn", {})
    key = (id(style), textbox.text, textbox.pango_layout.justification_spacing)
    drawn = drawn_lines.get(key)
    fonts = getattr(stream, "_fonts", None)
    if drawn is None or fonts is None or any(k not in fonts for k in drawn.glyphs):
        recorder = _Recorder(stream)
        _original_draw(recorder, textbox, offset_x, text_overflow, block_ellipsis)
        if drawn is None and (drawn := _drawn(recorder)) is not None:
            if len(drawn_lines) >= _MAX_LINES_PER_STYLE:
                drawn_lines.clear()
            drawn_lines[key] = drawn
        return
    for font_key, glyphs in drawn.glyphs.items():
        font = fonts[font_key]
        for gid, (width, text) in glyphs.items():
            font.widths.setdefault(gid, width)
            if text is not None:
                font.to_unicode.setdefault(gid, text)
    matrix = Matrix(d=-1, e=textbox.position_x, f=textbox.position_y + textbox.baseline)
    for name, args in drawn.calls:
        if name == "set_text_matrix":
            stream.set_text_matrix(*matrix.values)
        elif name != "add_font":
            getattr(stream, name)(*args)


def install() -> None:
    """Once per process: WeasyPrint's line breaking and line drawing go through here."""
    for module in (weasyprint.text.line_break, weasyprint.layout.inline,
                   weasyprint.layout.preferred):
        if getattr(module, "split_first_line", None) is _original:
            module.split_first_line = _split_first_line
    for module in (weasyprint.draw.text, weasyprint.draw):
        if getattr(module, "draw_text", None) is _original_draw:
            module.draw_text = _draw_text
