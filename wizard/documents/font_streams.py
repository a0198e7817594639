"""Writing the same form font faster. A form field's font (SMI Form) is embedded whole in
every form, so its font program and its Unicode map are the same bytes in every PDF; yet
WeasyPrint reads the font with fontTools (~3 ms) and pydyf compresses both at zlib level 9
(~4 ms) for each build. Here they are read and compressed once per process.

Also: pydyf compresses every stream at level 9. Level 6 gives the same content in a file
~1% larger and saves ~5 ms of a form build.

Only font data is kept (no page content, nothing typed by a person), in memory."""

from __future__ import annotations

import hashlib
import io
import types
import zlib
from functools import lru_cache

import pydyf
import weasyprint.pdf.fonts
from fontTools.ttLib import TTFont

from wizard.paths import content_dir

_FORM_FONTS = ("SMIForm-Sans.ttf",)
_LEVEL = 6


def _digest(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


@lru_cache(maxsize=1)
def _form_font_digests() -> frozenset[bytes]:
    return frozenset(_digest((content_dir() / "fonts" / name).read_bytes())
                     for name in _FORM_FONTS)


@lru_cache(maxsize=4)
def _read_form_font(digest: bytes, data: bytes, number: int) -> TTFont:
    return TTFont(io.BytesIO(data), fontNumber=number)


def _tt_font(file, fontNumber=-1, **kwargs):  # noqa: N803 (fontTools' keyword)
    """fontTools' TTFont, read once for a form font. WeasyPrint only reads the glyph widths
    and the character map of a font embedded whole; other fonts (subsetted, variable or
    colour fonts that WeasyPrint changes) are read anew every time."""
    if isinstance(file, io.BytesIO) and not kwargs:
        data = file.getvalue()
        if (digest := _digest(data)) in _form_font_digests():
            return _read_form_font(digest, data, fontNumber)
    return TTFont(file, fontNumber=fontNumber, **kwargs)


_COMPRESSED: dict[bytes, bytes] = {}  # digest of a whole font's stream -> its deflated bytes


def _object(pdf: pydyf.PDF, reference: bytes) -> pydyf.Object:
    return pdf.objects[int(reference.split()[0])]


def reuse_form_font_streams(document, pdf: pydyf.PDF) -> None:
    """WeasyPrint finisher: the streams of a whole form font (its program and its Unicode
    map) written from bytes compressed once; the same content, decoded."""
    whole = {font.name for font in document.fonts.values() if font.used_in_forms}
    for obj in list(pdf.objects) if whole else ():
        if not isinstance(obj, pydyf.Dictionary) or obj.get("BaseFont") not in whole:
            continue
        streams = [_object(pdf, obj["ToUnicode"])] if "ToUnicode" in obj else []
        if "FontDescriptor" in obj:
            descriptor = _object(pdf, obj["FontDescriptor"])
            streams += [_object(pdf, descriptor[key]) for key in ("FontFile2", "FontFile3")
                        if key in descriptor]
        for stream in streams:
            if stream.compress:
                raw = b"\n".join(pydyf._to_bytes(item) for item in stream.stream)
                digest = _digest(raw)
                if digest not in _COMPRESSED:
                    if len(_COMPRESSED) >= 8:  # a few fonts at most; never unbounded
                        _COMPRESSED.clear()
                    _COMPRESSED[digest] = zlib.compress(raw, _LEVEL)
                stream.stream = [_COMPRESSED[digest]]
                stream.extra["Filter"] = "/FlateDecode"
                stream.compress = False


def install() -> None:
    """Once per process: the form font read once, and zlib level 6 for pydyf."""
    weasyprint.pdf.fonts.TTFont = _tt_font
    pydyf.zlib = types.SimpleNamespace(
        compress=zlib.compress,
        compressobj=lambda level=_LEVEL, **kwargs: zlib.compressobj(level=_LEVEL, **kwargs))
