"""The application details on the result page: what a parent types is kept in the answers,
printed on the PDF, and a wrong value gives one message without losing what was typed."""

from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from tests import ui_driver as d
from wizard import flow
from wizard.documents import build_form_pdf


def _result():
    return d.eligible_family(d.new_app())


def test_entered_details_are_kept_and_printed_on_the_form():
    at = _result()
    at.text_input(key="app_name").input("Fatima de Vries")
    at.text_input(key="app_city").input("Rotterdam")
    at.text_input(key="app_c0_name").input("Noor")
    at.checkbox(key="app_consent").check()
    at.run()  # no separate 'save': what is on screen is in the answers at once
    assert not at.exception
    app = at.session_state["draft"].application
    assert app.applicant.name == "Fatima de Vries"
    assert app.children[0].name == "Noor" and app.professional.consent is True
    answers = flow.build_answers(at.session_state["draft"])
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(
        build_form_pdf(answers, answers.gemeente, "nl"))).pages)
    assert "Fatima de Vries" in text and "Noor" in text
    saved = json.loads(answers.model_dump_json())
    assert saved["application"]["applicant"]["name"] == "Fatima de Vries"


def test_a_wrong_bsn_gives_one_message_and_keeps_what_was_typed():
    at = _result()
    at.text_input(key="app_name").input("Jan Jansen")
    at.text_input(key="app_bsn").input("123456789")
    at.run()
    assert not at.exception
    assert any("elfproef" in e.value for e in at.error)
    assert at.session_state["draft"].application is None
    assert at.text_input(key="app_name").value == "Jan Jansen"


def test_every_field_says_why_it_is_asked():
    at = _result()
    for w in at.text_input:
        if w.key and w.key.startswith("app_"):
            assert w.help, w.key


def test_the_form_pdf_is_one_click_from_the_result_page():
    at = _result()
    assert not [b for b in at.button if "make" in (b.key or "")]
    assert any("doc_form_download" in str(b.proto) for b in at.get("download_button"))


def _labels(at) -> dict[str, str]:
    return {w.key: w.label for w in at.text_input if w.key and w.key.startswith("app_")}


def test_a_dutch_page_shows_the_form_fields_in_dutch_and_an_english_page_in_english():
    nl = _labels(_result())
    assert (nl["app_name"], nl["app_city"], nl["app_c0_lrk"]) == (
        "Uw naam", "Woonplaats", "LRK-nummer van de opvang")
    en = _labels(d.eligible_family(d.new_app("en")))
    assert (en["app_name"], en["app_city"], en["app_c0_lrk"]) == (
        "Your name", "Town", "LRK number of the childcare")
    at = d.eligible_family(d.new_app("en"))
    assert at.text_input(key="app_postcode").help == (
        "The gemeente sends the decision to this address.")


def test_in_professional_mode_the_fields_name_whose_details_they_ask():
    at = d.eligible_family(d.new_app(pro=True))
    labels = _labels(at)
    assert labels["app_name"] == "Naam van de ouder"
    assert labels["app_bsn"] == "Burgerservicenummer (BSN) van de ouder"
    assert at.checkbox(key="app_consent").label.startswith("De ouder vindt het goed")


@pytest.mark.parametrize("lang,message", [
    ("nl", "Dit is geen Nederlandse postcode (1234 AB)."),
    ("en", "This is not a Dutch postcode (1234 AB)."),
])
def test_a_wrong_postcode_gets_the_models_message_in_the_page_language(lang, message):
    at = d.eligible_family(d.new_app(lang))
    at.text_input(key="app_street").input("Breestraat 1")
    at.text_input(key="app_postcode").input("2311 X")
    at.run()
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and errors[0].startswith(message)
    assert at.text_input(key="app_postcode").value == "2311 X"  # kept, to correct in place
    assert at.session_state["draft"].application is None  # nothing half-stored
    at.text_input(key="app_postcode").input("2311 xe").run()
    assert not at.error
    assert at.session_state["draft"].application.contact.postcode == "2311 XE"


def test_a_bsn_written_in_groups_fits_the_field_and_is_stored_as_nine_digits():
    at = _result()
    at.text_input(key="app_bsn").input("111 222 333").run()
    assert not at.error
    assert at.session_state["draft"].application.applicant.bsn == "111222333"


def test_every_text_field_takes_as_many_characters_as_the_saved_file_may_hold():
    from wizard.application import ApplicationChild, Contact, Person, Professional, Provider
    from wizard.draft import field_max_length
    at = _result()
    model = {"app_name": (Person, "name"), "app_bsn": (Person, "bsn"),
             "app_street": (Contact, "street"), "app_postcode": (Contact, "postcode"),
             "app_city": (Contact, "city"), "app_phone": (Contact, "phone"),
             "app_email": (Contact, "email"), "app_c0_name": (ApplicationChild, "name"),
             "app_c0_provider": (Provider, "name"), "app_c0_lrk": (Provider, "lrk_number"),
             "app_prof_name": (Professional, "name"),
             "app_prof_org": (Professional, "organisation"),
             "app_prof_phone": (Professional, "phone")}
    shown = {w.key: w.max_chars for w in at.text_input if w.key in model}
    assert shown == {k: field_max_length(*m) for k, m in model.items()}


@pytest.mark.parametrize("lang,message", [("nl", "Dit is geen e-mailadres."),
                                          ("en", "This is not an e-mail address.")])
def test_a_professionals_wrong_email_gets_the_models_message(lang, message):
    at = d.new_app(lang, pro=True)
    d.start(at)
    d.gemeente(at, "leiden")
    d.household(at, ["work", "none"])
    d.situation(at, ["parent_mental_illness"], long="yes")
    at.radio(key="w_prof").set_value("yes").run()
    at.text_input(key="w_pc_email").input("wijkteam-at-leiden")
    at.button(key="next").click().run()
    assert d.step(at) == "situation"
    assert [e.value for e in at.error][0] == message
    assert at.text_input(key="w_pc_email").value == "wijkteam-at-leiden"


def _form_names_gemeente(code: str) -> None:
    import streamlit as st

    from tests.conftest import make_answers
    from wizard.ui.documents import with_gemeente_name

    st.session_state["gemeente_code"] = code
    gid = "leiden" if code == "GM0546" else "basislijn"
    answers = with_gemeente_name(make_answers(gemeente=gid))
    st.write("named:" + str(answers.application.gemeente_name if answers.application else None))


@pytest.mark.parametrize("name, expected", [("Zwolle", "Zwolle"), ("Utrecht", "Utrecht"),
                                            ("Leiden", "None")])
def test_the_form_names_the_gemeente_the_family_chose_also_without_its_own_profile(name, expected):
    # Zwolle and Utrecht have no profile of their own: the answers say "basislijn", and the
    # form's "Voor welke gemeente is deze aanvraag?" box came out empty although the parent
    # had chosen the gemeente on step 1. Leiden's own form names Leiden at the top already.
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_function(_form_names_gemeente, args=(d.gemeente_code(name),),
                               default_timeout=d.TIMEOUT).run()
    assert not at.exception
    assert f"named:{expected}" in [m.value for m in at.markdown]
