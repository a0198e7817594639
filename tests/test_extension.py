"""Issue 8, verlenging: an extension from a saved first application asks strictly fewer
questions than the first application (flow functions and AppTest), gives the same verdict when
nothing changed, explains B7/B8 and yields a tagged verlengingsaanvraag PDF."""

from __future__ import annotations

import io
from decimal import Decimal

import pikepdf
import pytest
from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from tests.conftest import TODAY, make_answers
from tests.ui_driver import TIMEOUT, eligible_family, new_app, texts
from wizard import extension_flow as xf
from wizard import flow
from wizard.answers_io import dump_answers
from wizard.documents.changes import build_extension_html, build_extension_pdf
from wizard.draft import CareDraft, IncomeDraft
from wizard.rules import assess

FIRST = make_answers(situation={"long_term": True},
                     application={"applicant": {"name": "Sara Jansen"},
                                  "children": [{"name": "Noor", "provider": {
                                      "name": "De Kikker", "lrk_number": "123456789"}}]})


def nothing_changed(first=FIRST) -> xf.ExtensionDraft:
    ext = extension(first, still=True, duration="6_to_12_months", professional=True)
    care = first.children[0].care
    ext.care = {0: CareDraft(hours_per_month=care.hours_per_month,
                             hourly_price=care.hourly_price)}
    return ext


def extension(first, **answers) -> xf.ExtensionDraft:
    return xf.ExtensionDraft(first=first, **answers)


DONE = ["situation", "professional", "opvang", "income"]


def test_an_extension_asks_strictly_fewer_question_steps_than_the_first_application():
    first_count = xf.first_application_count(FIRST)
    ext = nothing_changed()
    assert first_count == 6
    assert xf.question_count(ext, DONE) == 4 < first_count
    # even the longest extension path (short version, no file) asks fewer
    short = xf.new_extension(xf.short_first("basislijn", [{"age": 3, "care": {
        "type": "dagopvang"}}], TODAY), short=True)
    assert xf.question_count(short, []) == 5 < first_count


def test_an_extension_with_nothing_changed_gives_the_same_verdict():
    ext = nothing_changed()
    again = xf.extended_answers(ext, today=FIRST.reference_date)
    assert assess(again).model_dump() == assess(FIRST).model_dump()


def test_a_situation_that_is_over_ends_after_one_question():
    ext = extension(FIRST, still=False)
    assert xf.path(ext, ["situation"]) == ["start", "situation", "result"]
    assert xf.question_count(ext, ["situation"]) == 1 and not xf.is_needed(ext)


def test_B8_hardheidsclausule_only_for_a_long_or_lasting_situation():
    for duration, expected in [("chronic", True), ("longer", True), ("6_to_12_months", False),
                               ("under_6_months", False), ("unknown", False)]:
        assert xf.hardheidsclausule_applies(duration) is expected


def test_no_income_question_where_the_gemeente_does_not_use_income():
    first = make_answers(gemeente="isd-bollenstreek")
    ext = extension(first, still=True, duration="longer", professional=True)
    assert "income" not in xf.path(ext, ["situation", "professional", "opvang"])


def test_the_extension_only_changes_what_it_asks():
    ext = nothing_changed()
    ext.care[0].hours_per_month = Decimal(100)
    ext.income = IncomeDraft(toetsingsinkomen=Decimal(52000))
    after = xf.extended_answers(ext)
    assert after.household == FIRST.household and after.application == FIRST.application
    assert after.children[0].care.hours_per_month == 100
    assert str(after.income.toetsingsinkomen) == "52000"


# --- the document ---------------------------------------------------------------------------

def test_verlengingsaanvraag_lists_what_stayed_the_same_and_what_changed():
    ext = nothing_changed()
    ext.care[0].hours_per_month = Decimal(100)
    ext.duration = "chronic"
    html = build_extension_html(FIRST, xf.extended_answers(ext), lang="nl",
                                duration="chronic", professional=True)
    same = html.split("Wat is hetzelfde gebleven?")[1].split("<h2>")[0]
    assert "De Kikker" in same and "Noor" in same and "Sara Jansen" in same
    assert "Uren opvang per maand" not in same  # that one changed
    changed = html.split("Wat is er veranderd?")[1].split("<h2>")[0]
    assert "Uren opvang per maand" in changed and "100" in changed
    assert "B7" in html and "hardheidsclausule" in html


def test_verlengingsaanvraag_without_B8_when_the_situation_is_short():
    html = build_extension_html(FIRST, xf.extended_answers(nothing_changed()), lang="en",
                                duration="6_to_12_months", professional=True)
    assert "B7" in html and "hardship clause, basislijn B8" not in html


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_verlengingsaanvraag_pdf_is_tagged_ua_with_embedded_fonts_and_fields(lang):
    ext = nothing_changed()
    pdf = build_extension_pdf(FIRST, xf.extended_answers(ext), "rotterdam", lang,
                              duration="chronic", professional=True)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert "/StructTreeRoot" in doc.Root and bool(doc.Root.MarkInfo.Marked)
        assert str(doc.Root.Lang) == lang and "Rotterdam" in str(doc.docinfo.Title)
        meta = str(doc.Root.Metadata.read_bytes())
        assert "pdfuaid" in meta
        for page in doc.pages:
            for font in page.Resources.Font.values():
                desc = (font.FontDescriptor if "/FontDescriptor" in font
                        else font.DescendantFonts[0].FontDescriptor)
                assert "/FontFile2" in desc or "/FontFile3" in desc
                assert "SMI" in str(font.BaseFont)
    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    assert "decision_number" in fields and "period_end" in fields


def test_user_text_in_the_verlengingsaanvraag_stays_literal():
    first = make_answers(application={"applicant": {"name": "<script>x</script>{{ 7*7 }}"}})
    html = build_extension_html(first, xf.extended_answers(nothing_changed(first)))
    assert "<script>x" not in html and "&lt;script&gt;" in html and "{{ 7*7 }}" in html


# --- the page (AppTest) ---------------------------------------------------------------------

def ext_app() -> AppTest:
    return AppTest.from_string(
        "from wizard.ui.pages import header\nfrom wizard.ui.extension import extension_page\n"
        "header()\nextension_page()\n", default_timeout=TIMEOUT)


def _next(at):
    at.button(key="x_next").click().run()
    assert not at.exception, at.exception
    return at


def run_extension(raw: bytes, duration="6_to_12_months", income="keep") -> tuple[AppTest, int]:
    """Upload the file and answer every step without changing anything; returns the app and
    the number of question screens shown."""
    at = ext_app().run()
    at.file_uploader(key="x_upload").set_value(("smi-answers.json", raw,
                                                "application/json")).run()
    screens = 0
    while at.session_state["ext_step"] != "result":
        screens += 1
        s = at.session_state["ext_step"]
        if s == "situation":
            at.radio(key="x_still").set_value("yes").run()
            at.radio(key="x_works").set_value("no").run()
            at.radio(key="x_duration").set_value(duration).run()
        elif s == "professional":
            at.radio(key="x_prof").set_value("yes")
        elif s == "income":
            at.radio(key="x_inc_choice").set_value(income).run()
        _next(at)
        assert screens < 10
    return at, screens


pytestmark = pytest.mark.usefixtures("feedback_db")  # tests/conftest.py


def test_appTest_extension_from_the_saved_first_application_asks_fewer_questions():
    first_app = eligible_family(new_app())
    first_count = flow.question_count(first_app.session_state["draft"],
                                      first_app.session_state["done"])
    raw = dump_answers(flow.build_answers(first_app.session_state["draft"]))
    at, screens = run_extension(raw)
    ext_count = xf.question_count(at.session_state["ext"], at.session_state["ext_done"])
    assert screens == ext_count == 4 and first_count == 6 and ext_count < first_count
    # nothing changed: the same verdict as the first application
    first = flow.build_answers(first_app.session_state["draft"])
    again = xf.extended_answers(at.session_state["ext"], today=first.reference_date)
    assert assess(again).outcome == assess(first).outcome == "eligible"
    assert assess(again).model_dump() == assess(first).model_dump()
    screen = texts(at)
    assert "U kunt waarschijnlijk SMI krijgen." in screen and "B7" in screen
    assert "Er is niets veranderd." in screen or "Wat is veranderd" in screen


def test_appTest_chronic_situation_explains_the_hardheidsclausule_and_makes_the_pdf():
    at, _n = run_extension(dump_answers(FIRST), duration="chronic")
    assert "hardheidsclausule, B8" in texts(at)
    assert at.title[0].value == "SMI verlengen"
    # one click gives the file: the download button is there at once (no "make" step)
    assert [b for b in at.get("download_button") if b.proto.id.endswith("ext_pdf_download")] \
        or any("ext_pdf_download" in str(b.proto) for b in at.get("download_button"))


def test_appTest_situation_over_needs_no_extension():
    at = ext_app().run()
    at.file_uploader(key="x_upload").set_value(("a.json", dump_answers(FIRST),
                                                "application/json")).run()
    at.radio(key="x_still").set_value("no").run()
    at.radio(key="x_works").set_value("no").run()
    _next(at)
    assert at.session_state["ext_step"] == "result"
    assert "U hebt geen verlenging nodig." in texts(at)


def test_appTest_short_version_without_a_file():
    at = ext_app().run()
    at.button(key="x_short").click().run()
    assert at.session_state["ext_step"] == "basics"
    at.selectbox(key="x_gemeente").set_value("leiden")
    at.number_input(key="x_c0_age").set_value(2)
    at.radio(key="x_c0_type").set_value("dagopvang")
    _next(at)
    assert at.session_state["ext_step"] == "situation"
    at.radio(key="x_still").set_value("yes").run()
    at.radio(key="x_works").set_value("no").run()
    at.radio(key="x_duration").set_value("longer").run()
    _next(at)
    at.radio(key="x_prof").set_value("yes")
    _next(at)
    at.text_input(key="x_o0_hours").input("80")
    at.text_input(key="x_o0_price").input("10,50")
    _next(at)
    at.radio(key="x_inc_choice").set_value("skip").run()
    _next(at)
    assert at.session_state["ext_step"] == "result"
    assert xf.question_count(at.session_state["ext"], at.session_state["ext_done"]) == 5


def test_appTest_a_bad_number_keeps_the_step_with_a_message():
    at = ext_app().run()
    at.file_uploader(key="x_upload").set_value(("a.json", dump_answers(FIRST),
                                                "application/json")).run()
    at.radio(key="x_still").set_value("yes").run()
    at.radio(key="x_works").set_value("no").run()
    at.radio(key="x_duration").set_value("longer").run()
    _next(at)
    at.radio(key="x_prof").set_value("yes")
    _next(at)
    at.text_input(key="x_o0_hours").input("veel")
    _next(at)
    assert at.session_state["ext_step"] == "opvang"
    assert "in cijfers, bijvoorbeeld 80" in texts(at)


def test_start_page_offers_the_extension_and_the_change_report():
    at = new_app()
    links = [str(e.proto) for e in at.get("page_link")]
    assert any("Ik heb al SMI en wil verlenging" in x and "verlenging" in x for x in links)
    assert any("Er is iets veranderd" in x and "wijziging" in x for x in links)


def _to_situation(at):
    at.file_uploader(key="x_upload").set_value(("a.json", dump_answers(FIRST),
                                                "application/json")).run()
    assert at.session_state["ext_step"] == "situation"
    return at


def test_appTest_a_parent_who_works_again_is_told_about_kot_and_gets_the_new_file():
    at = _to_situation(ext_app().run())
    at.radio(key="x_still").set_value("yes").run()
    at.radio(key="x_works").set_value("yes").run()
    _next(at)
    assert at.session_state["ext_step"] == "result"  # no further questions
    shown = texts(at)
    assert "U hebt waarschijnlijk recht op kinderopvangtoeslag" in shown
    assert "proefberekening" in shown
    assert any("x_answers_download" in str(b.proto) for b in at.get("download_button"))
    after = xf.extended_answers(at.session_state["ext"])
    assert assess(after).referrals[0].route == "kot"


def test_appTest_extension_result_offers_the_updated_answers_file():
    at, _n = run_extension(dump_answers(FIRST))
    assert any("x_answers_download" in str(b.proto) for b in at.get("download_button"))


def test_appTest_back_keeps_what_was_typed_on_the_step():
    at = _to_situation(ext_app().run())
    at.radio(key="x_still").set_value("yes").run()
    at.radio(key="x_works").set_value("no").run()
    at.radio(key="x_duration").set_value("longer").run()
    _next(at)
    at.radio(key="x_prof").set_value("yes")
    _next(at)
    at.text_input(key="x_o0_hours").input("96").run()
    at.button(key="x_back").click().run()
    assert at.session_state["ext_step"] == "professional"
    assert at.radio(key="x_prof").value == "yes"
    _next(at)
    assert at.text_input(key="x_o0_hours").value == "96"


def test_a_difference_cell_stays_text_not_a_bullet():
    from wizard.ui.amount_field import as_cell

    assert as_cell("+ € 2,42") == "+\u00a0€ 2,42"
    assert as_cell("€ 2,42") == "€ 2,42"
