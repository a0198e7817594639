"""The typed draft a journey fills: care asked as days a week stays as typed on the screen,
while the saved answers hold the hours a month; limits are the answers model's own; the
gemeente is named back as people write it."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from pydantic import ValidationError

from tests.ui_driver import (
    gemeente,
    household,
    new_app,
    start,
    step,
    texts,
    to_opvang,
)
from wizard.draft import CareDraft, ChildDraft, Draft
from wizard.models import Answers
from wizard.ui.state import answers_bytes

pytestmark = pytest.mark.usefixtures("feedback_db")  # tests/conftest.py


def test_days_a_week_are_kept_on_screen_and_the_file_holds_hours_a_month():
    at = to_opvang(new_app())
    at.radio(key="w_o0_type").set_value("dagopvang").run()
    at.radio(key="w_o0_unit").set_value("days").run()
    at.text_input(key="w_o0_days").input("3")
    at.text_input(key="w_o0_dayhours").input("9,5")
    at.text_input(key="w_o0_price").input("10,50").run()
    at.button(key="next").click().run()
    assert step(at) == "income"
    care = at.session_state["draft"].children[0].care
    assert isinstance(care, CareDraft)
    assert (care.asked_as, care.days_per_week, care.hours_per_day) == ("days", 3, Decimal("9.5"))
    # the file: the answers model's care only (3 x 9.5 x 52/12 = 123.5 -> 124 hours a month)
    saved = json.loads(answers_bytes(at.session_state["draft"]))["children"][0]["care"]
    assert saved == {"type": "dagopvang", "hours_per_month": "124", "hourly_price": "10.50"}
    # back: still asked as days, with what was typed
    at.button(key="back").click().run()
    assert at.radio(key="w_o0_unit").value == "days"
    assert (at.text_input(key="w_o0_days").value, at.text_input(key="w_o0_dayhours").value) \
        == ("3", "9,5")


def test_a_resumed_file_asks_the_care_again_in_hours_a_month():
    answers = Answers.from_data({"children": [{"age": 2, "care": {
        "type": "dagopvang", "hours_per_month": 87, "hourly_price": "10.50"}}]})
    care = Draft.from_answers(answers).children[0].care
    assert care.given_as() == "hours" and care.hours_per_month == 87
    assert care.days_per_week is None


def test_the_draft_refuses_what_the_answers_model_refuses():
    with pytest.raises(ValidationError):
        CareDraft(days_per_week=Decimal(8))  # a week has 7 days
    with pytest.raises(ValidationError):
        CareDraft(hourly_price=Decimal(101))  # the model's maximum price (wizard/limits.py)
    with pytest.raises(ValidationError):
        ChildDraft(age=19)  # the model's oldest child
    with pytest.raises(ValidationError):
        Draft(children=[ChildDraft(age=1)] * 13)  # the model's most children


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_hague_is_named_den_haag_on_the_result(lang):
    at = new_app(lang)
    start(at)
    options = at.selectbox(key="w_gemeente")
    # the option a parent finds by typing "The Hague" reads as the city is known
    label = options.format_func("GM0518")
    assert label.startswith("Den Haag (") and "The Hague" in label
    gemeente(at, "den-haag")
    household(at, ["work", "work"])  # both work: straight to the (KOT) result
    assert step(at) == "result"
    shown = texts(at)
    assert "Den Haag" in shown and "'s-Gravenhage" not in shown
