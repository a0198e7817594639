"""Documents: the aanvraagformulier (tagged PDF, fillable blanks), safety of user text, the
restricted URL fetcher and the texts catalogue."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pikepdf
import pytest
from pypdf import PdfReader

from tests.conftest import make_answers
from tests.test_documents_fixtures import FULL_APP, full_answers
from wizard.documents import build_form_html, build_form_pdf
from wizard.documents.env import visible
from wizard.documents.pdf import ProjectFetcher, html_to_pdf, render_document
from wizard.documents.texts import catalogue, text
from wizard.money import fmt_eur
from wizard.paths import content_dir


def pdf_text(pdf: bytes) -> str:
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


def field_names(pdf: bytes) -> set[str]:
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        if "/AcroForm" not in doc.Root:
            return set()
        return {str(f.T) for f in doc.Root.AcroForm.Fields}


@pytest.fixture(scope="module")
def full_pdf() -> bytes:
    return build_form_pdf(full_answers(), "basislijn", "nl")


def test_form_pdf_contains_every_filled_value(full_pdf):
    text = pdf_text(full_pdf)
    a = FULL_APP
    values = [a["applicant"]["name"], a["contact"]["street"],
              a["contact"]["postcode"], a["contact"]["city"], a["contact"]["phone"],
              a["contact"]["email"], a["partner"]["name"], a["children"][0]["name"],
              a["children"][0]["provider"]["name"],
              a["children"][0]["provider"]["lrk_number"], a["reason_text"],
              a["professional"]["name"], a["professional"]["organisation"],
              a["professional"]["phone"], "4 mei 2023", "1 december 2026", "31 mei 2027",
              "80", fmt_eur(Decimal("10.25"), "nl"), "€ 45.000",  # income in whole euros
              "dagopvang", "Een ouder heeft psychische problemen"]
    missing = [v for v in values if v not in text]
    assert not missing, missing
    # B13: no gemeente profile asks for a BSN, so none is printed or asked
    assert a["applicant"]["bsn"] not in text and "BSN" not in text


def test_form_blank_fields_are_fillable_form_fields(full_pdf):
    names = field_names(full_pdf)
    # filled values are printed, not fields; the blanks (signature date) are fields; a ticked
    # consent stays a (ticked) box that can be changed
    assert "applicant_name" not in names and "child1_name" not in names
    assert {"sign_date", "consent"} <= names
    assert not {n for n in names if "bsn" in n or "attach" in n}


def test_empty_application_gives_fields_for_everything():
    pdf = build_form_pdf(make_answers(), "basislijn", "en")
    names = field_names(pdf)
    assert {"applicant_name", "street", "postcode", "city", "phone", "email",
            "partner_name", "child1_name", "child1_provider", "reason_text",
            "professional_name", "consent", "period_start", "period_end", "sign_date",
            "gemeente_name"} <= names
    # hours and income come from the check and are printed; LRK number, price and start
    # date are settled after the decision, so they are not asked (B13)
    assert not {"child1_hours", "income", "child1_lrk", "child1_price",
                "child1_start_date", "applicant_bsn"} & names


def test_income_is_an_estimate_or_a_payslip_and_only_where_the_contribution_depends_on_it():
    a = full_answers(income={"toetsingsinkomen": None},
                     application=FULL_APP | {"accept_highest_contribution": True})
    html = build_form_html(a, "basislijn", "nl")
    assert 'name="income"' not in html and 'name="income_payslip"' not in html
    b = full_answers(income={"toetsingsinkomen": None})
    html = build_form_html(b, "basislijn", "nl")
    # one of: an estimate, a payslip instead, or the highest contribution — never both
    assert 'name="income"' in html and 'name="income_payslip"' in html
    assert "in plaats van een schatting" in html and "Eén is genoeg" in html
    c = full_answers(income={"toetsingsinkomen": "30000"})
    html = build_form_html(c, "basislijn", "nl")
    assert 'name="income_payslip"' not in html and "loonstrook" not in html


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_pdf_is_tagged_with_language_title_and_embedded_fonts(lang):
    pdf = build_form_pdf(full_answers(), "rotterdam", lang)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        root = doc.Root
        assert "/StructTreeRoot" in root
        assert bool(root.MarkInfo.Marked) is True
        assert str(root.Lang) == lang
        assert "Rotterdam" in str(doc.docinfo.Title)
        assert doc.open_metadata().get("dc:title")
        fonts = []
        for page in doc.pages:
            for font in page.Resources.Font.values():
                desc = (font.FontDescriptor if "/FontDescriptor" in font
                        else font.DescendantFonts[0].FontDescriptor)
                fonts.append((str(font.BaseFont), "/FontFile2" in desc or "/FontFile3" in desc))
        assert fonts and all(embedded for _, embedded in fonts)
        assert all("SMI" in name for name, _ in fonts)  # only the project's own fonts


INJECTIONS = ["<script>alert(1)</script>", "{{ 7*7 }}", "{% if 1 %}x{% endif %}",
              "Ali\u202eKHTAP\u202c", "<b>vet</b> & 'quotes'"]


@pytest.mark.parametrize("value", INJECTIONS)
def test_user_text_stays_literal(value):
    app = FULL_APP | {"applicant": {"name": value}, "reason_text": value}
    a = full_answers(application=app)
    html = build_form_html(a, "basislijn", "nl", preview=False)
    assert "<script>" not in html and "<b>vet" not in html
    assert "49" not in html.split("<body>")[1].split("<h2>")[0] or "{{" in value
    text = pdf_text(html_to_pdf(html))
    assert visible(value).replace(" ", "") in text.replace(" ", "")
    assert "\u202e" not in text


def test_very_long_name_stays_within_the_page():
    name = "W" * 300
    a = full_answers(application=FULL_APP | {"applicant": {"name": name},
                                             "reason_text": "x" * 200})
    doc = render_document(build_form_html(a, "basislijn", "nl", preview=False))
    for page in doc.pages:
        width = page.width

        def walk(box):
            yield box
            for child in getattr(box, "children", []) or []:
                yield from walk(child)

        for box in walk(page._page_box):
            if hasattr(box, "position_x") and getattr(box, "width", None) is not None:
                assert box.position_x + box.width <= width + 1, box
    text = pdf_text(html_to_pdf(build_form_html(a, "basislijn", "nl", preview=False)))
    assert name in text.replace(" ", "")


@pytest.mark.parametrize("url", [
    "https://example.com/x.png", "http://127.0.0.1/", "file:///etc/passwd",
    "data:text/plain,hello",
])
def test_url_fetcher_refuses_everything_but_own_assets(url):
    fetcher = ProjectFetcher()
    html = (f'<html lang="nl"><head><title>t</title><link rel="stylesheet" href="{url}"></head>'
            f'<body><img src="{url}" alt="x"><p>x</p></body></html>')
    html_to_pdf(html, fetcher=fetcher)
    assert url in fetcher.refused


def test_url_fetcher_serves_project_fonts_only():
    fetcher = ProjectFetcher()
    font = (content_dir() / "fonts" / "DejaVuSans.ttf").as_uri()
    assert fetcher.fetch(font).read(4)
    with pytest.raises(ValueError):
        fetcher.fetch((content_dir() / "gemeenten" / "rotterdam.toml").as_uri())
    with pytest.raises(ValueError):
        fetcher.fetch(font.replace("fonts/", "fonts/../../pyproject.toml#"))


def test_every_text_exists_in_both_languages():
    for key, texts in catalogue().items():
        assert texts["nl"].strip() and texts["en"].strip(), key
        # the same {fields} in both languages
        assert set(re.findall(r"{(\w+)}", texts["nl"])) == set(
            re.findall(r"{(\w+)}", texts["en"])), key


def test_every_text_key_used_in_templates_and_code_exists():
    root = content_dir().parent
    used = set()
    for path in list((content_dir() / "templates").glob("*.j2")) + list(
            (root / "wizard" / "documents").glob("*.py")):
        used |= set(re.findall(r"""\bt\(\s*['"]([a-z_]+\.[a-z_.]+)['"]""", path.read_text()))
        used |= set(re.findall(r"""text\(\s*['"]([a-z_]+\.[a-z_.]+)['"]""", path.read_text()))
    assert used, "no keys found"
    missing = sorted(k for k in used if not k.endswith(".") and k not in catalogue())
    assert not missing, missing
    # keys built from a code: one per enum value
    from wizard.documents.fields import MISSING_KEYS
    from wizard.models import CareType, Reason
    dynamic = ([f"common.care_type.{c.value}" for c in CareType]
               + [f"reason.{r.value}" for r in Reason] + [f"missing.{k}" for k in MISSING_KEYS])
    assert not [k for k in dynamic if k not in catalogue()]


def test_every_field_has_a_label_and_a_reason_in_both_languages():
    for key in ("applicant_name", "address", "contact", "partner_name", "child_name",
                "child_birth_date", "provider", "lrk", "care_type", "hours", "price",
                "start_date", "reason_category", "reason_text", "professional", "consent",
                "period", "income"):
        for lang in ("nl", "en"):
            assert text(f"field.{key}", lang) and text(f"why.{key}", lang), (key, lang)


def test_html_preview_is_autoescaped_and_has_lang():
    html = build_form_html(full_answers(), "basislijn", "en")
    assert html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html
