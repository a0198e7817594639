"""Dated rules: every rule, table and profile is looked up by the answers' reference date; a
date that no rule or table covers gives one clear message (exit 2 in the CLI), and the content
has no gaps or overlaps between dated values."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from tests.conftest import BASE, deep_merge, make_answers
from wizard import assess, get_profile
from wizard.cli import main
from wizard.dated import covered_period, periods
from wizard.errors import DateNotCovered
from wizard.points import compare_all
from wizard.profiles import all_profiles
from wizard.tables import catalogue


@pytest.mark.parametrize("when", ["2019-06-01", "2099-01-01"])
def test_a_date_no_rule_covers_is_one_clear_message(when):
    with pytest.raises(DateNotCovered) as info:
        assess(make_answers(reference_date=when))
    nl, en = info.value.message("nl"), info.value.message("en")
    assert when in nl and when in en and "geen regels" in nl and "\n" not in en


def test_smi_check_refuses_an_uncovered_date_with_exit_2_and_one_line(tmp_path, capsys):
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(deep_merge(BASE, {"reference_date": "2099-01-01"})))
    code = main(["check", str(path)])
    err = capsys.readouterr().err
    assert code == 2 and "2099-01-01" in err and len(err.strip().splitlines()) == 1


def test_the_first_and_last_covered_days_are_judged():
    start, end = covered_period()
    assert assess(make_answers(reference_date=start.isoformat())).outcome == "eligible"
    assert assess(make_answers(reference_date=end.isoformat())).outcome == "eligible"
    with pytest.raises(DateNotCovered):
        assess(make_answers(reference_date=(start - timedelta(days=1)).isoformat()))


def test_a_rule_that_ended_before_the_reference_date_is_not_applied():
    dh = get_profile("den-haag")
    ended = dh.rules.age.model_copy(update={"valid_until": date(2026, 6, 30)})
    profile = dh.model_copy(update={"rules": dh.rules.model_copy(update={"age": ended})})
    three = {"children": [{"age": 3, "care": {"type": "dagopvang", "hours_per_month": "80",
                                              "hourly_price": "10.50"}}]}
    before = assess(make_answers(gemeente="den-haag", reference_date="2026-06-01", **three),
                    profile)
    after = assess(make_answers(gemeente="den-haag", reference_date="2026-11-26", **three),
                   profile)
    assert before.outcome == "other_route" and "B4" in {f.basislijn for f in before.flags}
    assert after.outcome == "eligible" and "B4" not in {f.basislijn for f in after.flags}
    assert [c.status for c in compare_all(profile, date(2026, 11, 26))][3] != "below"


def test_a_profile_past_its_valid_until_is_one_clear_message():
    dh = get_profile("den-haag").model_copy(update={"valid_until": date(2026, 6, 30)})
    with pytest.raises(DateNotCovered) as info:
        assess(make_answers(gemeente="den-haag", reference_date="2026-11-26"), dh)
    assert "Den Haag" in info.value.message("nl")


# --- content health: dated values have no gaps and no overlaps -------------------------------

@pytest.mark.parametrize("kind", sorted({t.kind for t in catalogue().table}))
def test_table_periods_have_no_gaps_or_overlaps(kind):
    spans = periods(kind)
    for start, end in spans:
        assert start <= end
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert start == end + timedelta(days=1), f"{kind}: gap or overlap after {end}"


@pytest.mark.parametrize("pid", sorted(all_profiles()))
def test_profile_and_rule_dates_are_in_order(pid):
    p = all_profiles()[pid]
    assert p.valid_until is None or p.valid_from <= p.valid_until
    ids: dict[str, list] = {}  # one key per kind of rule and id (B6 is days and months)
    for rule in p.all_rules():
        assert rule.valid_from is None or rule.valid_until is None or (
            rule.valid_from <= rule.valid_until), rule.id
        ids.setdefault(f"{type(rule).__name__} {rule.id}", []).append(rule)
    for rid, versions in ids.items():  # two versions of one rule may not overlap in time
        spans = sorted((r.valid_from or date.min, r.valid_until or date.max) for r in versions)
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
            assert start > end, f"{pid}: rule {rid} has overlapping versions"


def test_an_answers_file_with_an_uncovered_date_is_refused_when_it_is_read():
    from wizard.answers_io import parse_answers
    with pytest.raises(DateNotCovered) as info:
        parse_answers(json.dumps(deep_merge(BASE, {"reference_date": "2019-06-01"})))
    assert "2019-06-01" in info.value.message("nl")
