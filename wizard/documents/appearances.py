"""Form fields that print: every field of a PDF gets a default appearance (/DA) and an
appearance stream (/AP) for each state, so a ticked box shows ticked in pdfium (Chrome, Edge),
Poppler (Evince, Okular, pdftoppm) and on paper alike.

WeasyPrint gives a checkbox only an 'on' appearance and no /DA, and asks viewers to redraw
every field (NeedAppearances); Poppler then redraws the box from the missing /DA and shows it
empty. So: every widget gets its own appearances (an empty one for 'Off' and for a blank text
or choice field, whose frame is drawn in the page itself), a /DA in the embedded form font,
and the redraw request is dropped — viewers show our streams, and draw their own only for
what a person types in. No extra, non-embedded font is needed (PDF/UA)."""

from __future__ import annotations

import io
import re

import pikepdf


def _size(widget: pikepdf.Dictionary) -> tuple[float, float]:
    x0, y0, x1, y1 = (float(v) for v in widget.Rect)
    return abs(x1 - x0), abs(y1 - y0)


def _empty(doc: pikepdf.Pdf, w: float, h: float) -> pikepdf.Stream:
    return doc.make_stream(b"", Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form,
                           BBox=[0, 0, w, h], Resources=pikepdf.Dictionary())


def _widgets(field: pikepdf.Dictionary) -> list:
    kids = field.get("/Kids")
    return list(kids) if kids is not None else [field]


def _form_font(fields) -> str | None:
    """The font resource name WeasyPrint gave the text fields (the embedded form font)."""
    for field in fields:
        da = field.get("/DA")
        if da is not None and (m := re.search(r"/(\S+)\s+[\d.]+\s+Tf", str(da))):
            return m[1]
    return None


def add_appearances(pdf: bytes) -> bytes:
    """The PDF with /DA and /AP on every form field (unchanged when it has no form)."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        form = doc.Root.get("/AcroForm")
        if form is None:
            return pdf
        fields = list(form.Fields)
        font = _form_font(fields)
        for field in fields:
            kind = field.get("/FT")
            for widget in _widgets(field):
                w, h = _size(widget)
                if kind == "/Btn":
                    if font and "/DA" not in widget:
                        widget.DA = pikepdf.String(f"/{font} 0 Tf 0 g")
                    normal = widget.AP.N
                    if "/Off" not in normal:
                        normal.Off = _empty(doc, w, h)
                elif "/AP" not in widget:
                    widget.AP = pikepdf.Dictionary(N=_empty(doc, w, h))
        if "/NeedAppearances" in form:
            del form["/NeedAppearances"]
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()
