"""On a phone, in Dutch and English: the gemeente typed as "The Hague" reads back as Den Haag;
the care asked as days a week comes back as typed after Back; the application form's fields
carry the page language's labels, and a wrong postcode gets the answers model's one message
under the field while what was typed stays. Screenshots in test-output/screenshots/."""

from __future__ import annotations

import pytest

from tests.browser.driver import App, eligible_flow, settle

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844, "is_mobile": True, "has_touch": True,
         "device_scale_factor": 2}
LABELS = {"nl": ("Uw naam", "Postcode", "Woonplaats"),
          "en": ("Your name", "Postcode", "Town")}
POSTCODE_WRONG = {"nl": "Dit is geen Nederlandse postcode (1234 AB).",
                  "en": "This is not a Dutch postcode (1234 AB)."}


def phone(new_page, lang: str) -> App:
    return new_page(lang, **PHONE).open()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_hague_reads_back_as_den_haag(new_page, lang):
    app = phone(new_page, lang)
    _ = app._
    app.click(_("Start the check"))
    box = app.page.get_by_role("combobox", name=_("Your gemeente"))
    box.click()
    box.fill("The Hague")
    app.page.get_by_role("option", name="Den Haag").first.click()
    settle(app.page)
    app.screen("gemeente-the-hague")
    chosen = box.input_value()  # the chosen option, as the field shows it
    assert "Den Haag (" in chosen and chosen.index("Den Haag") < chosen.index("'s-Gravenhage")
    app.next()
    app.radio(_("Do you care for the children alone, or together with a partner?"),
              _("With a partner"))
    for question in (_("Do you have a job, or do you study?"),
                     _("Does your partner have a job, or study?")):
        app.radio(question,
                  _("Has a job or own business (also when ill, on sick leave or in hospital)"))
    app.next()
    app.screen("result-den-haag")
    shown = app.main_text()
    assert "Den Haag" in shown and "'s-Gravenhage" not in shown


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_days_come_back_and_the_form_speaks_the_page_language(new_page, lang):
    app = phone(new_page, lang)
    _ = app._
    eligible_flow(app, check=False)
    details = "Your details for the application form (optional)"
    app.page.get_by_text(_(details), exact=True).click()
    settle(app.page)
    for label in LABELS[lang]:
        assert app.page.get_by_role("textbox", name=label, exact=True).count() == 1, label
    postcode = app.page.get_by_role("textbox", name="Postcode", exact=True)
    postcode.fill("2311 X")
    postcode.press("Tab")
    settle(app.page)
    app.screen("form-wrong-postcode")
    errors = app.page.locator("[data-testid=stAlertContentError]").all_inner_texts()
    assert len(errors) == 1 and POSTCODE_WRONG[lang] in errors[0], errors
    assert postcode.input_value() == "2311 X"
    postcode.fill("2311 xe")
    postcode.press("Tab")
    settle(app.page)
    assert app.page.locator("[data-testid=stAlertContentError]").count() == 0
    app.shot("form-postcode-right")

    # Back to the answers, change the childcare: still asked as days, as typed
    app.click(_("Back to my answers"))
    app.page.locator(".st-key-change_opvang button >> visible=true").click()
    settle(app.page)
    app.screen("opvang-again")
    assert app.page.get_by_label(_("Days a week"), exact=True).input_value() == "2"
    assert app.page.get_by_label(_("Hours in one day of childcare"),
                                 exact=True).input_value() == "10"
