"""Documents in Turkish, Arabic, Polish and Ukrainian (issue 15): the publiekstekst of every
gemeente in HTML, Markdown and PDF with no Dutch template sentence left; Arabic right to left,
shaped with an embedded subset font; the companion sheet lists exactly the questions of the
Dutch aanvraagformulier; letters and the form stay Dutch with a cover line."""

from __future__ import annotations

import html as html_lib
import io
import json
import re
import subprocess

import pikepdf
import pytest
from fontTools.ttLib import TTFont

from tests.conftest import make_answers
from tests.test_documents_fixtures import DECISION, full_answers
from wizard.documents import build_form_html, build_letter_html, build_publiekstekst
from wizard.documents.companion import FIELDS, build_companion, companion_rows, form_fields
from wizard.documents.decision import parse_decision
from wizard.documents.texts import catalogue
from wizard.documents.texts_more import lang_catalogue
from wizard.i18n import NEW_LANGS
from wizard.profiles import all_profiles

PROFILES = sorted(all_profiles())
ARABIC = re.compile(r"[\u0600-\u06ff]")


def _dutch_template_sentences() -> list[str]:
    """The Dutch publiekstekst sentences that have no gemeente field in them (a translated
    document must not contain them)."""
    return [v["nl"] for k, v in catalogue().items()
            if k.startswith("pub.") and "{" not in v["nl"] and len(v["nl"]) > 25]


def _fonts(pdf: bytes) -> dict[str, TTFont]:
    out = {}
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for font in (page.Resources.get("/Font") or {}).values():
                desc = (font.DescendantFonts[0].FontDescriptor if "/DescendantFonts" in font
                        else font.get("/FontDescriptor"))
                if desc is not None and "/FontFile2" in desc:
                    out[str(font.BaseFont)] = TTFont(io.BytesIO(desc.FontFile2.read_bytes()))
    return out


def _pdftotext(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True,
                          check=True).stdout.decode("utf-8")


@pytest.mark.parametrize("lang", NEW_LANGS)
@pytest.mark.parametrize("gemeente", PROFILES)
def test_publiekstekst_of_every_gemeente_is_in_the_language(gemeente, lang):
    html = build_publiekstekst(gemeente, lang, "html")
    md = build_publiekstekst(gemeente, lang, "md")
    assert f'lang="{lang}"' in html
    assert ('dir="rtl"' in html) == (lang == "ar")
    for doc in (html, md):
        assert [s for s in _dutch_template_sentences() if s in doc] == []
        # official Dutch words stay Dutch and are explained in the language at the end
        assert "kinderopvangtoeslag" in doc
        assert lang_catalogue(lang)["gloss.kinderopvangtoeslag"] in html_lib.unescape(doc)
    assert "[U+" not in md  # no bidi control shown as a code in the Markdown


@pytest.mark.parametrize("lang", NEW_LANGS)
def test_publiekstekst_pdf_builds_for_every_gemeente(lang):
    for gemeente in PROFILES:
        pdf = build_publiekstekst(gemeente, lang, "pdf")
        assert pdf.startswith(b"%PDF")


def test_arabic_pdf_text_extracts_as_arabic_with_an_embedded_subset_arabic_font():
    pdf = build_publiekstekst("rotterdam", "ar", "pdf")
    text = _pdftotext(pdf)
    assert "رعاية الأطفال" in text  # logical order, real Arabic letters (ToUnicode)
    fonts = _fonts(pdf)
    arabic = [name for name in fonts if "Arabic" in name]
    assert arabic, fonts.keys()
    # subset fonts carry a six-letter tag: ABCDEF+Name
    assert all(re.match(r"^/[A-Z]{6}\+", name) for name in arabic)


def test_arabic_letters_are_shaped_into_joined_forms():
    """Shaped Arabic uses a different glyph for a letter at the start, middle and end of a
    word; unshaped text would use one glyph per letter. So the embedded Arabic font must hold
    clearly more drawn glyphs than the text has distinct Arabic letters."""
    pdf = build_publiekstekst("basislijn", "ar", "pdf")
    letters = set(ARABIC.findall(_pdftotext(pdf)))
    font = next(f for name, f in _fonts(pdf).items() if name.endswith("SMI-Arabic"))
    glyf = font["glyf"]
    drawn = [g for g in font.getGlyphOrder() if g in glyf and glyf[g].numberOfContours != 0]
    assert len(drawn) > 1.5 * len(letters), (len(drawn), len(letters))


FAMILIES = {
    "with partner, one child, income asked": lambda: full_answers(),
    "alone, two children": lambda: make_answers(
        household={"parents": [{"activity": "none"}]},
        children=[{"age": 2}, {"age": 6, "school": "primary"}]),
    "with partner, gemeente Rotterdam": lambda: full_answers(gemeente="rotterdam"),
}


@pytest.mark.parametrize("family", FAMILIES)
def test_companion_sheet_lists_exactly_the_questions_of_the_form(family):
    answers = FAMILIES[family]()
    form = build_form_html(answers, None, "nl", preview=False)
    expected = form_fields(form)
    for lang in NEW_LANGS:
        sheet = build_companion(answers, None, lang, "html")
        listed = re.findall(r'<div class="field" data-field="([a-z_]+)">', sheet)
        assert listed == expected, lang
        # the Dutch label as printed on the form, so the parent can find the question
        for row in companion_rows(answers, None, lang):
            assert row["dutch"] in form


def test_every_field_the_form_can_show_has_an_explanation():
    # the empty form shows every blank field; an unknown field name fails the sheet
    answers = make_answers(household={"parents": [{"activity": "work"},
                                                  {"activity": "none"}]})
    fields = form_fields(build_form_html(answers, None, "nl", preview=False))
    assert set(fields) <= set(FIELDS)


def test_arabic_companion_pdf_is_right_to_left_with_arabic_text():
    pdf = build_companion(full_answers(), None, "ar", "pdf")
    assert ARABIC.search(_pdftotext(pdf))
    assert any("Arabic" in name for name in _fonts(pdf))


@pytest.mark.parametrize("lang", NEW_LANGS)
def test_letters_and_the_form_stay_dutch_with_one_cover_line_in_the_language(lang):
    answers = full_answers()
    decision = parse_decision(json.dumps(DECISION).encode())
    dutch = build_letter_html("toekenning", answers, decision, None, "nl")
    letter = build_letter_html("toekenning", answers, decision, None, lang)
    assert f'<p class="cover" lang="{lang}"' in letter
    # the body is the Dutch letter, untouched
    assert dutch.split("<body>")[1].strip() in letter
    form = build_form_html(answers, None, lang)
    assert f'<p class="cover" lang="{lang}"' in form
    assert '<html lang="nl"' in form


def test_companion_sheet_explains_the_official_dutch_words():
    sheet = build_companion(full_answers(), None, "pl", "html")
    assert "<strong lang=\"nl\" dir=\"ltr\">beschikking</strong>" in sheet
    assert "decyzja" in html_lib.unescape(sheet)
