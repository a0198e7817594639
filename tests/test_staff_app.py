"""The staff app (staff_app.py): the letters page turns an uploaded answers file and the
typed decision into the same letter as `smi letter`; bad input gives one message per field and
keeps what was typed; the monitor and satisfaction report live here, not in the parents' app."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from streamlit.testing.v1 import AppTest

from tests.conftest import make_answers
from wizard.answers_io import dump_answers

ROOT = Path(__file__).resolve().parent.parent


def staff(lang: str = "nl") -> AppTest:
    at = AppTest.from_file(str(ROOT / "staff_app.py"), default_timeout=60).run()
    if lang != "nl":
        at.radio(key="lang").set_value(lang).run()
    return at


def upload(at: AppTest, raw: bytes) -> AppTest:
    at.file_uploader(key="staff_upload").set_value(("a.json", raw, "application/json")).run()
    assert not at.exception, at.exception
    return at


def pdf_text(data: bytes) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", " ", text)


def test_the_staff_app_opens_on_the_letters_page():
    at = staff()
    assert not at.exception
    assert at.title[0].value == "Brieven aan ouders"


def test_a_grant_letter_from_the_uploaded_file_and_the_typed_decision():
    at = upload(staff(), dump_answers(make_answers()))
    at.text_input(key="w_staff_number").set_value("SMI-2026/17")
    at.date_input(key="w_staff_app_date").set_value(date(2026, 11, 2))
    at.date_input(key="w_staff_start").set_value(date(2026, 12, 1))
    at.date_input(key="w_staff_end").set_value(date(2027, 5, 31))
    at.text_input(key="w_staff_days_1").set_value("2 dagen")  # the shared amount reader
    at.text_input(key="w_staff_bijdrage").set_value("33,60")
    at.radio(key="w_staff_pays").set_value("opvang")
    at.button(key="w_staff_make").click().run()
    assert not at.error, [e.value for e in at.error]
    name, data = at.session_state["staff_letter"]
    assert name == "smi-toekenning-SMI-2026-17.pdf"
    text = pdf_text(data)
    assert "SMI-2026/17" in text
    assert "2 dagen per week" in text
    assert "33,60" in text
    assert "1 december 2026" in text and "31 mei 2027" in text


def test_a_refusal_letter_carries_the_staff_members_extra_reason():
    at = upload(staff("en"), dump_answers(make_answers()))
    at.radio(key="w_staff_kind").set_value("afwijzing").run()
    at.radio(key="w_staff_letter_lang").set_value("en").run()
    at.text_input(key="w_staff_number").set_value("R-1")
    at.date_input(key="w_staff_app_date").set_value(date(2026, 11, 2))
    at.text_input(key="w_staff_rule_0").set_value("b3")
    at.text_input(key="w_staff_reason_0").set_value("Kinderopvangtoeslag comes first.")
    at.button(key="w_staff_make").click().run()
    assert not at.error, [e.value for e in at.error]
    text = pdf_text(at.session_state["staff_letter"][1])
    assert "Why do you not get SMI? Kinderopvangtoeslag comes first." in text


def test_missing_decision_details_are_named_per_field_and_typed_values_stay():
    at = upload(staff(), dump_answers(make_answers()))
    at.text_input(key="w_staff_days_1").set_value("twee")
    at.button(key="w_staff_make").click().run()
    errors = [e.value for e in at.error]
    assert "Vul het nummer van het besluit in." in errors
    assert "Vul de eerste dag van de periode in." in errors
    assert "Vul de datum in waarop de aanvraag binnenkwam." in errors
    assert len(errors) >= 4  # the unreadable "twee" has its own message from the reader
    assert at.text_input(key="w_staff_days_1").value == "twee"
    assert at.session_state["staff_letter"] is None


def test_a_file_that_is_not_an_answers_file_gives_one_message_and_no_letter_form():
    at = upload(staff(), b"{not json")
    assert len(at.error) == 1
    assert "JSON" in at.error[0].value
    assert not [b for b in at.button if b.key == "w_staff_make"]


def _page_paths() -> None:
    import streamlit as st

    from wizard.ui import pages, staff

    st.write(sorted(p.url_path for p in pages.page_list()))
    st.write(sorted(p.url_path for p in staff.page_list()))


def test_the_monitor_and_satisfaction_report_are_pages_of_the_staff_app_only():
    at = AppTest.from_function(_page_paths, default_timeout=60).run()
    parents, staff_paths = (str(e.value) for e in at.get("json"))
    assert "monitor" not in parents and "tevredenheid" not in parents
    assert "monitor" in staff_paths and "tevredenheid" in staff_paths  # "" = the letters


def test_a_decision_number_the_decision_model_refuses_is_named_under_its_field():
    at = upload(staff(), dump_answers(make_answers()))
    at.text_input(key="w_staff_number").set_value("SMI 2026 17")  # spaces: not in a number
    at.button(key="w_staff_make").click().run()
    assert any("Gebruik alleen letters, cijfers" in e.value for e in at.error)
    assert at.text_input(key="w_staff_number").value == "SMI 2026 17"
    assert at.session_state["staff_letter"] is None
