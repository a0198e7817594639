"""wizard.flow without Streamlit: skip logic, progress, question counts and the checklist."""

from __future__ import annotations

from decimal import Decimal

import pytest

from wizard import flow
from wizard.profiles import get_profile
from wizard.rules import assess

ALL = flow.QUESTION_STEPS


def draft(**parts):
    d = flow.new_draft()
    d["children"] = [{"age": 3}]
    d.update(parts)
    return d


def hh(*acts, **special):
    parents = [{"activity": a} for a in acts]
    for i, kind in special.items():
        parents[int(i[1:])][kind] = True
    return {"parents": parents}


# (name, draft parts, expected path of question steps, count) — counts per path (issue 3).
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
     ["gemeente", "household", "situation", "professional", "children"], 5),
    ("care not known yet: no income question",
     dict(household=hh("none"), situation={"reasons": ["addiction"]},
          children=[{"age": 3, "care": {"type": "dagopvang"}}]),
     ["gemeente", "household", "situation", "professional", "children", "opvang"], 6),
    ("typical eligible family",
     dict(household=hh("work", "none"), situation={"reasons": ["parent_mental_illness"]},
          children=[{"age": 3, "care": {"type": "dagopvang", "hours_per_month": "87",
                                        "hourly_price": "10.5"}}]),
     ["gemeente", "household", "situation", "professional", "children", "opvang", "income"], 7),
    ("own fee method: no income question",
     dict(gemeente="isd-bollenstreek", household=hh("none"),
          situation={"reasons": ["addiction"]},
          children=[{"age": 3, "care": {"type": "dagopvang", "hours_per_month": "87",
                                        "hourly_price": "10.5"}}]),
     ["gemeente", "household", "situation", "professional", "children", "opvang"], 6),
]


@pytest.mark.parametrize("name,parts,expected,n", PATHS, ids=[p[0] for p in PATHS])
def test_question_count_per_path(name, parts, expected, n):
    d = draft(**parts)
    assert [s for s in flow.path(d, ALL) if s in ALL] == expected
    assert flow.question_count(d, ALL) == n <= 8


def test_unanswered_steps_are_assumed_to_be_asked():
    assert flow.path(flow.new_draft(), []) == list(flow.STEPS)
    assert flow.progress(flow.new_draft(), [], "gemeente") == (1, 8)


def test_a_settled_outcome_goes_to_the_result_at_once():
    d = draft(household=hh("work", "study"))
    assert flow.next_step(d, ["gemeente", "household"], "household") == "result"


def test_special_question_only_for_a_non_working_parent_next_to_a_working_one():
    assert flow.needs_special_question([{"activity": "work"}, {"activity": "none"}]) == [1]
    assert flow.needs_special_question([{"activity": "none"}, {"activity": "none"}]) == []
    assert flow.needs_special_question([{"activity": "none"}]) == []


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
    isd = flow.build_answers({**d, "gemeente": "isd-bollenstreek"})
    assert not any(i.startswith("income") for i in flow.checklist(
        isd, assess(isd), get_profile("isd-bollenstreek")))


def test_checklist_is_empty_without_smi():
    answers = flow.build_answers(draft(household=hh("work")))
    assert flow.checklist(answers, assess(answers), get_profile("basislijn")) == []


@pytest.mark.parametrize("text,value", [("10,50", "10.50"), ("10.50", "10.50"),
                                        ("€ 1.250,00", "1250.00"), ("1,250.00", "1250.00"),
                                        ("32000", "32000"), ("1.250", "1250"), ("", None)])
def test_parse_amount_reads_dutch_and_english(text, value):
    got = flow.parse_amount(text, maximum=Decimal(100_000))
    assert got == (Decimal(value) if value else None)


@pytest.mark.parametrize("text,code", [("tien", "not_a_number"), ("-3", "negative"),
                                       ("1e9", "too_large"), ("1,005", "too_many_decimals"),
                                       ("NaN", "not_a_number"), ("Infinity", "not_a_number")])
def test_parse_amount_rejects_bad_input_with_a_code(text, code):
    with pytest.raises(ValueError, match=code):
        flow.parse_amount(text, maximum=Decimal(100_000))
