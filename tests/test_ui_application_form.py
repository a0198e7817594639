"""The application details on the result page: what a parent types is kept in the answers,
printed on the PDF, and a wrong value gives one message without losing what was typed."""

from __future__ import annotations

import io
import json

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
