"""Form fields that print: every field of a PDF gets a default appearance (/DA) and an
appearance stream (/AP) for each state, so a ticked box shows ticked in pdfium (Chrome, Edge),
Poppler (Evince, Okular, pdftoppm) and on paper alike.

WeasyPrint gives a checkbox only an 'on' appearance and no /DA, and asks viewers to redraw
every field (NeedAppearances); Poppler then redraws the box from the missing /DA and shows it
empty. So: every widget gets its own appearances (an empty one for 'Off' and for a blank text
or choice field, whose frame is drawn in the page itself), a /DA in the embedded form font,
and the redraw request is dropped — viewers show our streams, and draw their own only for
what a person types in. No extra, non-embedded font is needed (PDF/UA).

This runs as WeasyPrint's finisher, on its PDF objects just before they are written: opening
and saving the written file again with pikepdf cost ~7 ms of each form build."""

from __future__ import annotations

import re

import pydyf


def _object(pdf: pydyf.PDF, reference: bytes | str) -> pydyf.Object:
    """The object an indirect reference (b'12 0 R') points to; pydyf numbers objects by
    their place in `pdf.objects`."""
    ref = reference.decode() if isinstance(reference, bytes) else str(reference)
    return pdf.objects[int(ref.split()[0])]


def _empty(pdf: pydyf.PDF, field: pydyf.Dictionary) -> bytes:
    """A new, empty appearance stream the size of the field; its reference."""
    x0, y0, x1, y1 = (float(v) for v in field["Rect"])
    stream = pydyf.Stream(extra={
        "Type": "/XObject", "Subtype": "/Form",
        "BBox": pydyf.Array((0, 0, abs(x1 - x0), abs(y1 - y0))),
        "Resources": pydyf.Dictionary()})
    pdf.add_object(stream)
    return stream.reference


def _text(value: object) -> str:
    """A pydyf string (or the bytes or str inside one) as text."""
    value = getattr(value, "string", value)
    return value.decode("latin-1") if isinstance(value, bytes) else str(value)


def _form_font(fields: list[pydyf.Dictionary]) -> str | None:
    """The font resource name WeasyPrint gave the text fields (the embedded form font)."""
    for field in fields:
        da = field.get("DA")
        if da is not None and (m := re.search(r"/(\S+)\s+[\d.]+\s+Tf", _text(da))):
            return m[1]
    return None


def add_appearances(document, pdf: pydyf.PDF) -> None:
    """WeasyPrint finisher: /DA and /AP on every form field (nothing when there is no form)."""
    form = pdf.catalog.get("AcroForm")
    if form is None:
        return
    fields = [_object(pdf, ref) for ref in form["Fields"]]
    font = _form_font(fields)
    for field in fields:
        kids = field.get("Kids")
        widgets = [_object(pdf, ref) for ref in kids] if kids is not None else [field]
        for widget in widgets:
            if field.get("FT") == "/Btn":
                if font and "DA" not in widget:
                    widget["DA"] = pydyf.String(f"/{font} 0 Tf 0 g")
                normal = widget["AP"]["N"]
                if "Off" not in normal:
                    normal["Off"] = _empty(pdf, widget)
            elif "AP" not in widget:
                widget["AP"] = pydyf.Dictionary({"N": _empty(pdf, widget)})
    form.pop("NeedAppearances", None)
