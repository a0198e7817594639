"""Extensions, change reports and the fee chart data agree with the fee engine."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from tests.conftest import make_answers
from tests.smi_runner import run_smi
from wizard.changes import apply_extension, changed_fields, fee_changes, unchanged_fields
from wizard.fee_chart import fee_curve
from wizard.rules import assess


def test_an_extension_with_nothing_changed_gives_the_same_verdict():
    first = make_answers(situation={"long_term": True})
    again = apply_extension(first, {})
    assert changed_fields(first, again) == {}
    assert assess(again).model_dump() == assess(first).model_dump()


def test_an_extension_may_only_change_what_an_extension_asks():
    with pytest.raises(KeyError):
        apply_extension(make_answers(), {"gemeente": "leiden"})
    with pytest.raises(KeyError):
        apply_extension(make_answers(), {"household.parents.0.wlz_indication": True})
    # issue 13: the extension asks whether a parent now works or studies (then KOT)
    after = apply_extension(make_answers(), {"household.parents.0.activity": "work"})
    assert after.household.parents[0].activity.value == "work"


def test_unchanged_fields_are_listed_for_the_verlengingsaanvraag():
    first = make_answers()
    after = apply_extension(first, {"income.toetsingsinkomen": "60000"})
    assert "income.toetsingsinkomen" not in unchanged_fields(first, after)
    assert "household.parents.0.activity" in unchanged_fields(first, after)


def smi_fee(income, care, price, hours, rank=1):
    r = run_smi("fee", "--income", income, "--care", care, "--price", price, "--hours", hours,
                "--rank", str(rank), "--json")
    return Decimal(json.loads(r.stdout)["eigen_bijdrage"])


def test_a_change_report_matches_smi_fee_before_and_after():
    first = make_answers()
    after = apply_extension(first, {"children.0.care.hours_per_month": "100",
                                    "children.0.care.hourly_price": "11.00",
                                    "income.toetsingsinkomen": "90000"})
    rows, _, _ = fee_changes(first, after)
    assert rows[0].before == smi_fee("45000", "dagopvang", "10.50", "80")
    assert rows[0].after == smi_fee("90000", "dagopvang", "11.00", "100")
    assert rows[0].difference == rows[0].after - rows[0].before


@pytest.mark.parametrize("income", [0, 30000, 60000, 120000, 240000])
def test_chart_data_equals_the_fee_engine_at_sampled_incomes(income):
    answers = make_answers(income={"toetsingsinkomen": "60000"})
    rows = {(r["income"], r["table"]): r["eigen_bijdrage"] for r in fee_curve(answers)}
    for table in ("kot", "vng"):
        r = run_smi("fee", "--table", table, "--income", str(income), "--care", "dagopvang",
                    "--price", "10.50", "--hours", "80", "--json")
        assert rows[(income, table)] == Decimal(json.loads(r.stdout)["eigen_bijdrage"])


def test_chart_includes_the_familys_own_income_and_is_empty_without_care():
    answers = make_answers(income={"toetsingsinkomen": "61234"})
    assert any(r["income"] == 61234 for r in fee_curve(answers))
    no_care = make_answers(children=[{"age": 3}])
    assert fee_curve(no_care) == []
