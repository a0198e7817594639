"""wizard.flow without Streamlit: skip logic, progress, question counts and the checklist."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wizard import flow
from wizard.draft import Draft
from wizard.profiles import get_profile
from wizard.rules import assess

ALL = flow.QUESTION_STEPS


def draft(**parts):
    data = {"children": [{"age": 3}], **parts}
    return Draft.model_validate(data)


def hh(*acts, **special):
    parents = [{"activity": a} for a in acts]
    for i, kind in special.items():
        parents[int(i[1:])][kind] = True
    return {"parents": parents}


# (name, draft parts, expected path of question steps, count) — counts per path (issue 3;
# issue 13 asks "who knows about it" on the situation step: a typical family answers 6).
PATHS = [
    ("both parents work: KOT", dict(household=hh("work", "work")), ["gemeente", "household"], 2),
    ("single working parent: KOT", dict(household=hh("work")), ["gemeente", "household"], 2),
    ("partner with Wlz indication: KOT",
     dict(household=hh("work", "none", p1="wlz_indication")), ["gemeente", "household"], 2),
    ("no social-medical reason", dict(household=hh("none"), situation={"reasons": []}),
     ["gemeente", "household", "situation"], 3),
    ("child with Wlz indication: referral",
     dict(household=hh("none"), situation={"reasons": ["addiction"]},
          children=[{"age": 5, "wlz_indication": True}]),
     ["gemeente", "household", "situation", "children"], 4),
    ("care not known yet: no income question",
     dict(household=hh("none"), situation={"reasons": ["addiction"]},
          children=[{"age": 3, "care": {"type": "dagopvang"}}]),
     ["gemeente", "household", "situation", "children", "opvang"], 5),
    ("typical eligible family",
     dict(household=hh("work", "none"), situation={"reasons": ["parent_mental_illness"]},
          children=[{"age": 3, "care": {"type": "dagopvang", "hours_per_month": "87",
                                        "hourly_price": "10.5"}}]),
     ["gemeente", "household", "situation", "children", "opvang", "income"], 6),
    ("own fee method: no income question",
     dict(gemeente="isd-bollenstreek", household=hh("none"),
          situation={"reasons": ["addiction"]},
          children=[{"age": 3, "care": {"type": "dagopvang", "hours_per_month": "87",
                                        "hourly_price": "10.5"}}]),
     ["gemeente", "household", "situation", "children", "opvang"], 5),
]


@pytest.mark.parametrize("name,parts,expected,n", PATHS, ids=[p[0] for p in PATHS])
def test_question_count_per_path(name, parts, expected, n):
    d = draft(**parts)
    assert [s for s in flow.path(d, ALL) if s in ALL] == expected
    assert flow.question_count(d, ALL) == n <= 8


def test_unanswered_steps_are_assumed_to_be_asked():
    assert flow.path(flow.new_draft(), []) == list(flow.STEPS)
    assert flow.progress(flow.new_draft(), [], "gemeente") == (1, 7)


def test_a_settled_outcome_goes_to_the_result_at_once():
    d = draft(household=hh("work", "study"))
    assert flow.next_step(d, ["gemeente", "household"], "household") == "result"


def test_special_question_only_for_a_non_working_parent_next_to_a_working_one():
    assert flow.needs_special_question(["work", "none"]) == [1]
    assert flow.needs_special_question(["none", "none"]) == []
    assert flow.needs_special_question(["none"]) == []


def test_placeholder_child_keeps_an_early_draft_valid():
    answers = flow.build_answers(flow.new_draft())
    assert len(answers.children) == 1


def test_checklist_asks_only_what_is_needed_b13():
    d = draft(household=hh("none"), situation={"reasons": ["addiction"],
                                                "professional_can_confirm": True})
    answers = flow.build_answers(d)
    items = flow.checklist(answers, assess(answers), get_profile("basislijn"))
    assert "professional_contact" in items and "professional_find" not in items
    assert "income_or_highest" in items
    assert not any("asset" in i or "bank" in i for i in items)
    isd = flow.build_answers(d.model_copy(update={"gemeente": "isd-bollenstreek"}))
    assert not any(i.startswith("income") for i in flow.checklist(
        isd, assess(isd), get_profile("isd-bollenstreek")))


def test_checklist_is_empty_without_smi():
    answers = flow.build_answers(draft(household=hh("work")))
    assert flow.checklist(answers, assess(answers), get_profile("basislijn")) == []


# --- how much care (issue 13: parents think in days a week) ----------------------------------

@pytest.mark.parametrize("days,per_day,hours", [("2", "10", "87"), ("4", "10", "173"),
                                                ("3", "10.5", "137"), ("2.5", "11", "119")])
def test_days_a_week_become_hours_a_month_with_52_weeks_a_year(days, per_day, hours):
    # 2 x 10 x 52 / 12 = 86.67 -> 87, as the help text has said since issue 3
    assert flow.hours_per_month(Decimal(days), Decimal(per_day)) == Decimal(hours)


def test_four_days_in_leiden_is_more_than_its_maximum_of_three():
    note = flow.care_limit_note(get_profile("leiden"), days_per_week=Decimal(4))
    assert note is not None and note["code"] == "days_over" and note["max"] == 3
    assert flow.care_limit_note(get_profile("leiden"), days_per_week=Decimal(3)) is None


def test_hours_a_month_in_a_gemeente_that_counts_days_asks_the_parent_to_check():
    note = flow.care_limit_note(get_profile("leiden"), hours_month=Decimal(173))
    assert note["code"] == "hours_check" and note["per_week"] == 40


def test_the_basislijn_two_days_are_a_minimum_never_a_maximum():
    assert flow.care_limit_note(get_profile("basislijn"), days_per_week=Decimal(5)) is None


def test_screen_limits_come_from_the_answers_model():
    from wizard.application import Contact

    # the children selectbox allows exactly what a saved file may hold (was 6 vs 12)
    assert flow.MAX_CHILDREN == 12
    assert flow.field_max_length(Contact, "phone") == 30


def test_a_draft_refuses_what_the_answers_model_refuses():
    from pydantic import ValidationError

    for bad in ({"children": [{"age": flow.MAX_AGE + 1}]},
                {"income": {"toetsingsinkomen": "10000001"}},
                {"children": [{"age": 3, "care": {"hourly_price": "100.01"}}]},
                {"children": [{"age": 3}] * (flow.MAX_CHILDREN + 1)}):
        with pytest.raises(ValidationError):
            Draft.model_validate(bad)
    # and a half-answered draft is fine until it completes into Answers
    assert Draft.model_validate({"children": [{"school": "primary"}]}).children[0].age is None
