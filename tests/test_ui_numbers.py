"""Issue 13, item 3: every amount goes through the one reader and comes back in the reader's
own format; care can be given as days a week; a request above the gemeente's maximum says so."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.ui_driver import (
    income,
    new_app,
    opvang,
    step,
    texts,
    to_opvang,
    to_result,
)
from wizard import flow
from wizard.draft import IncomeDraft
from wizard.rules import assess

pytestmark = pytest.mark.usefixtures("feedback_db")  # tests/conftest.py


def _days(at, days, per_day, price):
    at.radio(key="w_o0_type").set_value("dagopvang").run()
    at.radio(key="w_o0_unit").set_value("days").run()
    at.text_input(key="w_o0_days").input(days)
    at.text_input(key="w_o0_dayhours").input(per_day)
    at.text_input(key="w_o0_price").input(price).run()
    return at


def test_english_85_000_is_eighty_five_thousand_euros_not_85():
    at = to_opvang(new_app("en"))
    opvang(at, {0: ("dagopvang", "87", "10.50")})
    income(at, "85,000")
    assert at.session_state["draft"].income.toetsingsinkomen == Decimal("85000")
    assert "€85,000 per year" in texts(at)  # the review shows it back in English format
    to_result(at)
    fee = assess(flow.build_answers(at.session_state["draft"])).fee.total_eigen_bijdrage
    low = assess(flow.build_answers(at.session_state["draft"].model_copy(
        update={"income": IncomeDraft(toetsingsinkomen=Decimal(85))}))).fee
    assert fee > low.total_eigen_bijdrage  # the reading that matters: not the €85 one


@pytest.mark.parametrize("typed,stored", [("60.000", "60000"), ("€ 60.000,00", "60000.00"),
                                          ("60000", "60000")])
def test_dutch_incomes_are_read_as_dutch(typed, stored):
    at = to_opvang(new_app())
    opvang(at, {0: ("dagopvang", "87", "10,50")})
    income(at, typed)
    assert at.session_state["draft"].income.toetsingsinkomen == Decimal(stored)


def test_dutch_summary_shows_euros_the_dutch_way():
    at = to_opvang(new_app())
    opvang(at, {0: ("dagopvang", "87", "9,85")})
    income(at, "32000")
    shown = texts(at)
    assert "€ 9,85 per uur" in shown
    assert "€ 32.000 per jaar" in shown


def test_four_dagen_is_accepted_and_converted_to_hours_a_month():
    at = _days(to_opvang(new_app()), "4 dagen", "10", "10,50")
    assert "Dat is ongeveer 173 uur per maand." in texts(at)
    at.button(key="next").click().run()
    assert step(at) == "income"
    care = at.session_state["draft"].children[0].care
    assert care.hours_per_month == 173


def test_leiden_warns_when_the_days_asked_exceed_its_maximum():
    at = _days(to_opvang(new_app(), "leiden"), "4 dagen", "10", "10,50")
    assert "Leiden geeft maximaal 3 dagen per week. U vraagt 4 dagen." in texts(at)
    at = _days(to_opvang(new_app(), "leiden"), "3", "10", "10,50")
    assert "geeft maximaal 3 dagen" not in texts(at)


def test_leiden_asks_to_check_173_hours_against_its_three_days():
    at = to_opvang(new_app("en"), "leiden")
    at.radio(key="w_o0_type").set_value("dagopvang").run()
    at.radio(key="w_o0_unit").set_value("hours").run()
    at.text_input(key="w_o0_hours").input("173").run()
    assert ("Leiden gives at most 3 days a week. You ask for 173 hours a month (about 40 "
            "hours a week)") in texts(at)


def test_a_bad_days_field_keeps_the_typed_text_and_says_what_is_wrong():
    at = _days(to_opvang(new_app()), "vier", "10", "10,50")
    at.button(key="next").click().run()
    assert step(at) == "opvang"
    assert at.text_input(key="w_o0_days").value == "vier"
    assert len(at.error) >= 1


def test_back_from_income_shows_the_days_as_typed():
    at = _days(to_opvang(new_app()), "2,5", "10,5", "10,50")
    at.button(key="next").click().run()
    at.button(key="back").click().run()
    assert step(at) == "opvang"
    assert at.text_input(key="w_o0_days").value == "2,5"
    assert at.text_input(key="w_o0_price").value == "10,5"
