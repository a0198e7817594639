"""Journeys through the real app in Chromium: what a parent or a professional sees and does.
Every screen is checked on the way (axe WCAG 2.1 A/AA, <html lang>, visible labels, one h1)
and saved as a screenshot in test-output/screenshots/."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.browser.driver import ELIGIBLE, App, eligible_flow, settle
from wizard.answers_io import parse_answers
from wizard.documents.texts import text
from wizard.money import fmt_eur
from wizard.rules import assess

pytestmark = pytest.mark.browser

NAME = "Fatima el Amrani-de Jong"
OUTCOME = {"nl": "U kunt waarschijnlijk SMI krijgen.", "en": "You can probably get SMI."}


def download(app: App, name: str) -> bytes:
    with app.page.expect_download() as d:
        app.page.get_by_role("button", name=name).click()
    return open(d.value.path(), "rb").read()


def pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def form_pdf(app: App) -> bytes:
    app.click(text("ui.make_form", app.lang))
    return download(app, text("ui.download_form", app.lang))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_parent_reaches_eligible_sees_the_fee_downloads_and_resumes(new_page, lang):
    app = new_page(lang).open()
    _ = app._
    eligible_flow(app)
    shown = app.main_text()
    assert OUTCOME[lang] in shown

    # The optional details for the form: the applicant's name goes into the answers and the PDF.
    app.page.get_by_role("textbox", name=text("field.applicant_name", lang), exact=True).fill(
        NAME)
    app.click(text("ui.details_save", lang))
    assert text("ui.details_saved", lang) in app.main_text()
    app.screen("result-details-saved")

    saved = download(app, _("Download my answers (JSON file)"))
    answers = parse_answers(saved)
    assert answers.gemeente == "leiden" and answers.children[0].age == int(ELIGIBLE["age"])
    assert answers.application.applicant.name == NAME
    fee = fmt_eur(assess(answers).fee.total_eigen_bijdrage, lang)
    assert _("Your own contribution (estimate)") in shown
    assert _("Total own contribution per month: {amount}").format(amount=fee) in shown

    pdf = pdf_text(form_pdf(app))
    assert NAME in pdf and "Leiden" in pdf

    # Refresh: the answers are gone (the page warned first); the saved file brings them back.
    app.page.reload()
    settle(app.page)
    assert "beforeunload" in app.dialogs
    if lang != "nl":
        app.open()
    app.page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        files=[{"name": "smi-answers.json", "mimeType": "application/json", "buffer": saved}])
    settle(app.page)
    assert app.heading() == _("Check your answers")
    app.screen("review-after-upload")
    app.click(_("Show my result"))
    again = app.main_text()
    assert OUTCOME[lang] in again and NAME in saved.decode()
    assert _("Total own contribution per month: {amount}").format(amount=fee) in again


def test_both_parents_work_family_is_sent_to_kot_after_two_questions(app):
    _ = app._
    app.open()
    app.click(_("Start the check"))
    app.choose(_("Your gemeente"), "Leiden")
    app.next()
    app.radio(_("Do you care for the children alone, or together with a partner?"),
              _("With a partner"))
    app.radio(_("What do you do at the moment?"), _("Works (also self-employed)"))
    app.radio(_("What does your partner do at the moment?"), _("Studies"))
    app.next()
    assert app.heading() == _("Your result")
    assert "Kinderopvangtoeslag (KOT)" in app.main_text()
    app.screen("result-kot")


def test_professional_fills_in_for_a_family_and_compares_two_gemeenten(app):
    _ = app._
    app.open()
    app.toggle(_("I am a professional (for example PMM, wijkteam or CJG) and fill this in for "
                "or with a family"))
    app.click(_("Start the check"))
    app.choose(_("Your gemeente"), "Leiden")
    app.next()
    app.radio(_("Do you care for the children alone, or together with a partner?"), _("Alone"))
    app.radio(_("What do you do at the moment?"), _("None of these: does not work or study now"))
    app.next()
    app.check(_("Addiction in the family"))
    app.radio(_("Will the situation probably last longer than 6 months?"), _("No"))
    app.next()
    app.radio(_("Does a professional know about your situation?"),
              _("Yes, someone knows about it and can confirm it"))
    app.fill(_("Your name"), "A. de Vries")
    app.fill(_("Your organisation (for example wijkteam, CJG or GP practice)"), "Wijkteam Noord")
    app.screen("professional-contact")
    app.next()
    app.fill(_("Age in years"), "4")
    app.radio(_("Which school does this child go to?"), _("Primary school (basisschool)"))
    app.radio(_("Does this child need special care?"), _("No"))
    app.next()
    app.radio(_("Which type of childcare?"), _("After-school care (BSO), 4 to 12 years"))
    app.fill(_("Hours of childcare per month"), "60")
    app.fill(_("Price per hour, in euros"), "9,50")
    app.next()
    app.radio(_("Do you want to give your income?"),
              _("Skip: show the estimate with the highest contribution"))
    app.next()
    app.click(_("Show my result"))
    shown = app.main_text()
    assert "[B3]" in shown and "[LEI-ADVIES]" in shown  # rule ids in professional mode
    app.screen("result-professional")
    pdf = pdf_text(form_pdf(app))
    assert "A. de Vries" in pdf and "Wijkteam Noord" in pdf

    app.page.get_by_role("link", name=_("Compare your result in other gemeenten")).click()
    settle(app.page)
    assert app.heading() == _("Compare gemeenten")
    picker = app.page.get_by_role("combobox", name=_("Gemeenten to compare"))
    picker.click()
    picker.fill("Rotterdam")
    app.page.get_by_role("option", name="Rotterdam").first.click()
    settle(app.page)
    app.page.keyboard.press("Escape")  # close the list of gemeenten
    app.page.get_by_role("listbox").wait_for(state="detached")
    table = app.page.locator("[data-testid='stTable']")
    head = table.locator("th").all_inner_texts()
    assert {"Leiden", "Rotterdam"} <= {h.strip() for h in head}
    assert _("Outcome for your family") in table.inner_text()
    app.screen("compare")
