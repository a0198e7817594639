"""Back navigation, save/resume, language switch, malformed uploads, compare page,
feedback form (AppTest)."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui_driver import (
    TIMEOUT,
    eligible_family,
    gemeente,
    gemeente_code,
    household,
    new_app,
    professional,
    situation,
    start,
    step,
    texts,
    to_result,
)
from wizard import flow
from wizard.draft import Draft
from wizard.feedback import FeedbackStore
from wizard.rules import assess
from wizard.ui.state import answers_bytes

pytestmark = pytest.mark.usefixtures("feedback_db")  # tests/conftest.py


def test_back_keeps_the_answers():
    at = new_app()
    start(at)
    gemeente(at, "leiden")
    household(at, ["work", "none"])
    situation(at, ["parent_mental_illness", "addiction"], long="yes")
    professional(at, yes=True)
    assert step(at) == "children"
    at.button(key="back").click().run()
    assert step(at) == "situation"
    assert at.checkbox(key="w_reason_addiction").value is True
    assert at.radio(key="w_long").value == "yes"
    assert at.radio(key="w_prof").value == "yes"
    at.button(key="back").click().run()
    at.button(key="back").click().run()
    assert step(at) == "gemeente"
    assert at.selectbox(key="w_gemeente").value == gemeente_code("leiden")
    for _ in range(3):
        at.button(key="next").click().run()
    assert step(at) == "children"
    assert at.session_state["draft"].situation.reasons == [
        "parent_mental_illness", "addiction"]


def test_change_from_review_returns_to_review():
    at = eligible_family(new_app())
    at.button(key="back").click().run()
    assert step(at) == "review"
    at.button(key="change_gemeente").click().run()
    assert step(at) == "gemeente"
    at.selectbox(key="w_gemeente").set_value(gemeente_code("haarlemmermeer"))
    at.button(key="next").click().run()
    assert step(at) == "review"
    to_result(at)
    assert "Haarlemmermeer" in texts(at)


def test_save_then_resume_in_a_new_session_gives_the_same_result():
    first = eligible_family(new_app(), gid="oost-gelre")
    data = answers_bytes(first.session_state["draft"])
    assert json.loads(data)["gemeente"] == "oost-gelre"
    again = new_app()
    again.file_uploader(key="upload").set_value(("smi-answers.json", data,
                                                  "application/json")).run()
    assert not again.exception
    assert step(again) == "review"
    to_result(again)
    one = assess(flow.build_answers(first.session_state["draft"]))
    two = assess(flow.build_answers(again.session_state["draft"]))
    assert one.model_dump() == two.model_dump()
    assert again.session_state["done"] == first.session_state["done"]


def test_download_button_is_on_every_step():
    at = new_app()
    start(at)
    assert at.get("download_button")
    gemeente(at)
    assert at.get("download_button")


BAD_FILES = {
    "not json": b"{not json",
    "oversized": b"{" + b" " * 1_100_000 + b"}",
    "foreign json": json.dumps({"name": "Jan", "iban": "NL00BANK0123456789"}).encode(),
    "list": b"[1, 2]",
    "newer version": None,  # filled in below
    "unknown gemeente": None,
    "binary": b"\x89PNG\r\n\x1a\n\x00\x00",
    "deeply nested": (b'{"a":' * 40) + b"1" + (b"}" * 40),
}


def _valid() -> dict:
    return json.loads(answers_bytes(Draft.model_validate({"children": [{"age": 3}]})))


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_a_bad_upload_gives_one_message_and_changes_nothing(case):
    raw = BAD_FILES[case]
    if case == "newer version":
        raw = json.dumps({**_valid(), "schema_version": 99}).encode()
    if case == "unknown gemeente":
        raw = json.dumps({**_valid(), "gemeente": "atlantis"}).encode()
    at = new_app()
    start(at)
    gemeente(at, "leiden")
    before = at.session_state["draft"].model_dump_json()
    at.button(key="back").click().run()
    at.button(key="back").click().run()
    assert step(at) == "start"
    at.file_uploader(key="upload").set_value(("x.json", raw, "application/json")).run()
    assert not at.exception
    assert step(at) == "start"
    assert len(at.error) == 1
    assert at.session_state["draft"].model_dump_json() == before


def test_language_switch_mid_flow_keeps_answers_and_translates():
    at = new_app()
    start(at)
    gemeente(at, "rotterdam")
    household(at, ["none"])
    at.checkbox(key="w_reason_domestic_violence").check().run()
    assert "Wat speelt er in uw gezin?" in texts(at)
    at.radio(key="lang").set_value("en").run()
    assert "What is going on in your family?" in texts(at)
    assert at.checkbox(key="w_reason_domestic_violence").value is True
    assert step(at) == "situation"
    assert at.session_state["draft"].gemeente == "rotterdam"


def _compare_app() -> AppTest:
    return AppTest.from_string(
        "from wizard.ui.pages import compare_page, header\nheader()\ncompare_page()\n",
        default_timeout=TIMEOUT)


def test_compare_page_puts_two_profiles_side_by_side():
    at = _compare_app().run()
    at.multiselect(key="w_cmp").set_value(["rotterdam", "haarlemmermeer"]).run()
    assert not at.exception
    table = at.table[0].value.to_string()
    assert "Rotterdam" in table and "Haarlemmermeer" in table
    assert "9 maanden" in table and "12 maanden" in table
    assert "⚠ B7" in table


def test_compare_page_with_answers_shows_the_family_outcome_per_gemeente():
    done = eligible_family(new_app())
    at = _compare_app()
    for k in ("draft", "done"):
        at.session_state[k] = done.session_state[k]
    at.run()
    at.multiselect(key="w_cmp").set_value(["basislijn", "haarlemmermeer", "isd-bollenstreek"])
    at.run()
    table = at.table[0].value.to_string()
    assert "Uitkomst voor uw gezin" in table and "per maand" in table
    assert "Geen schatting" in table  # ISD uses its own method


def test_compare_after_a_kot_result_shows_the_outcome_in_each_gemeente():
    done = new_app()
    start(done)
    gemeente(done, "leiden")
    household(done, ["work", "study"])
    assert step(done) == "result"
    at = _compare_app()
    for k in ("draft", "done"):
        at.session_state[k] = done.session_state[k]
    at.run()
    at.multiselect(key="w_cmp").set_value(["leiden", "rotterdam"]).run()
    table = at.table[0].value.to_string()
    assert "Uitkomst voor uw gezin" in table
    assert "Vul de check in" not in texts(at)


def test_compare_page_asks_for_at_least_two():
    at = _compare_app().run()
    at.multiselect(key="w_cmp").set_value(["leiden"]).run()
    assert "Kies minstens 2 gemeenten." in texts(at)


def test_feedback_is_stored_without_answers(tmp_path):
    at = eligible_family(new_app(), gid="leiden")
    at.radio(key="w_fb_rating").set_value(4)
    at.text_area(key="w_fb_comment").input("Helder!")
    next(b for b in at.button if b.label == "Versturen").click().run()
    assert "Bedankt voor uw mening." in texts(at)
    rows = FeedbackStore().comments()
    assert rows[0][0] == "leiden" and rows[0][2] == 4 and rows[0][3] == "Helder!"


def test_start_page_says_nothing_is_stored_and_what_smi_is():
    at = new_app()
    shown = texts(at)
    assert "Wij bewaren niets." in shown
    assert "Dit is een check, geen besluit." in shown
    assert "ongeveer 5 minuten" in shown
