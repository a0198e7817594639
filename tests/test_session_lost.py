"""A parent whose session was lost (page reloaded, or the replica holding it went away) lands
on the start page with a notice that says what happened and how to go on from the saved
answers file; a first visit shows no such notice. Only a flag is in the address, no answer."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.conftest import make_answers
from tests.ui_driver import start
from wizard.answers_io import dump_answers

ROOT = Path(__file__).resolve().parent.parent
LOST_NL = "Uw sessie is gestopt"


def app(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params.update(query or {})
    return at.run()


def warnings(at: AppTest) -> str:
    return " ".join(w.value for w in at.warning)


def test_a_first_visit_shows_no_lost_session_notice():
    assert LOST_NL not in warnings(app())


def test_starting_the_check_puts_only_a_flag_in_the_address():
    at = start(app())
    assert at.query_params["journey"] in ("1", ["1"])
    assert set(at.query_params) <= {"journey", "lang"}


def test_a_new_session_with_the_flag_explains_and_points_to_the_saved_file():
    at = app({"journey": "1"})
    shown = warnings(at)
    assert LOST_NL in shown
    assert "Verder met bewaarde antwoorden" in shown  # the uploader's own title on this page
    assert any(s.value == "Verder met bewaarde antwoorden" for s in at.subheader)


def test_the_notice_is_in_english_for_an_english_visitor():
    at = app({"journey": "1", "lang": "English"})
    assert "Your session has ended" in warnings(at)


def test_the_notice_goes_once_the_saved_answers_are_uploaded():
    at = app({"journey": "1"})
    at.file_uploader(key="upload").set_value(
        ("smi-answers.json", dump_answers(make_answers()), "application/json")).run()
    assert not at.exception
    assert at.session_state["step"] == "review"
    assert LOST_NL not in warnings(at)
