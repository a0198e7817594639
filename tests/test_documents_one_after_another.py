"""Forms built one after another in the same process (as the app does for one family after
another): each family sees only its own answers, printed and visible in pdfium and Poppler,
although the form's styles and the lines of its own words are kept between builds of the
same shape (style_cache.py, line_memo.py)."""

from __future__ import annotations

import io

import pikepdf

from tests.test_documents import pdf_text
from tests.test_documents_fixtures import FULL_APP, full_answers
from tests.test_documents_render import ink, render_pdfium, render_poppler, word_boxes
from wizard.documents import build_form_pdf
from wizard.documents.pdf import _shared
from wizard.documents.style_cache import _caches

SECOND_APP = FULL_APP | {
    "applicant": {"name": "Johanna Bakker"},
    "contact": {"street": "Lindelaan 7", "postcode": "2311 AB", "city": "Leiden",
                "phone": "071-7654321", "email": "johanna@example.org"},
    "partner": {"name": "Kees Bakker"},
    "children": [{"name": "Ravi Bakker", "provider": {"name": "BSO De Vlinder",
                                                       "lrk_number": "987654321",
                                                       "start_date": "2027-01-04"}}],
    "reason_text": "Ik ben herstellende van een operatie en mag niet tillen.",
}
FIRST_VALUES = ["Fatima", "Coolsingel", "06-12345678", "fatima@example.nl", "Pieter",
                "Noor", "Zonnetje", "123456789", "partner is ziek"]
SECOND_VALUES = ["Johanna", "Lindelaan", "071-7654321", "johanna@example.org", "Kees",
                 "Ravi", "Vlinder", "987654321", "operatie"]


def test_the_second_family_gets_only_its_own_values():
    first = build_form_pdf(full_answers(), "rotterdam", "nl")
    second = build_form_pdf(full_answers(application=SECOND_APP), "rotterdam", "nl")
    first_text, second_text = pdf_text(first), pdf_text(second)
    assert all(v in first_text for v in FIRST_VALUES)
    assert all(v in second_text for v in SECOND_VALUES), second_text
    assert not [v for v in FIRST_VALUES if v in second_text]
    # the first family's form built again is the same as the first time
    assert pdf_text(build_form_pdf(full_answers(), "rotterdam", "nl")) == first_text


def test_the_second_familys_values_show_in_both_renderers(tmp_path):
    build_form_pdf(full_answers(), "rotterdam", "nl")
    pdf = build_form_pdf(full_answers(application=SECOND_APP), "rotterdam", "nl")
    words = dict(word_boxes(pdf, tmp_path, 0))
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        h = float(doc.pages[0].mediabox[3])
    shown = {"pdfium": render_pdfium(pdf, 0), "poppler": render_poppler(pdf, 0, tmp_path)}
    for value in ("Johanna", "Lindelaan", "071-7654321"):
        assert value in words, value
        for renderer, img in shown.items():
            assert ink(img, words[value], h, inset=0.0) > 0.05, (renderer, value)


def test_kept_styles_and_line_breaks_hold_no_answers():
    _shared()
    build_form_pdf(full_answers(application=SECOND_APP), "rotterdam", "nl")
    cache = _caches[0]
    assert len(cache) >= 1
    styles = [style for shape in cache._shapes.values() for style in shape.styles]
    kept_lines = [key[1] for style in styles for memo in ("smi_lines", "smi_drawn")
                  for key in style.__dict__.get(memo, {})]
    assert any("Uw naam" in line for line in kept_lines)  # the form's own words are kept
    kept = repr([(dict(style), style.cascaded) for style in styles]) + repr(kept_lines)
    assert not [v for v in SECOND_VALUES if v in kept]


def _decoded(pdf: bytes) -> list[bytes]:
    """Each page's drawing and each embedded font, decoded: what a viewer shows."""
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        out = [page.Contents.read_bytes() for page in doc.pages]
        for page in doc.pages:
            for font in page.Resources.Font.values():
                sub = font.DescendantFonts[0]
                out += [font.ToUnicode.read_bytes(), sub.FontDescriptor.FontFile2.read_bytes(),
                        repr(sub.W).encode()]
    return out


def test_a_form_built_warm_is_the_one_built_cold():
    """The kept styles and lines change the speed, not the form: a family's form built
    right after another family's (everything kept) draws the same as built from nothing."""
    _shared()
    child = {"birth_date": "2023-05-04",
             "care": {"type": "dagopvang", "hours_per_month": "80", "hourly_price": "10.25"}}
    for kids in ([child], [child, {"age": 9}]):
        _caches[0].clear()
        hits = _caches[0].hits
        cold = build_form_pdf(full_answers(application=SECOND_APP, children=kids), "den-haag",
                              "en")
        # another family with the same shape: its styles and lines are kept and reused
        build_form_pdf(full_answers(children=kids), "den-haag", "en")
        warm = build_form_pdf(full_answers(application=SECOND_APP, children=kids), "den-haag",
                              "en")
        assert _caches[0].hits == hits + 2  # the second family's and the warm build
        assert _decoded(warm) == _decoded(cold)
