"""One place per basislijn point (wizard/points/): the verdict, the monitor and the flags ask
the same module, Wlz / Jeugdwet come before local rules, thresholds come from content/, and
what each criterion needs is exposed for the wizard's skip logic."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import make_answers
from wizard import assess, get_profile
from wizard.basislijn import basislijn
from wizard.monitor import judge
from wizard.points import b6_offer, compare_all
from wizard.profiles import all_profiles, below_basislijn

CASES = tomllib.loads((Path(__file__).parent / "cases" / "points.toml").read_text())["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_point_case(case):
    patch = dict(case.get("patch", {}))
    patch["gemeente"] = case.get("gemeente", "basislijn")
    v = assess(make_answers(**patch))
    exp = case["expect"]
    if "outcome" in exp:
        assert v.outcome == exp["outcome"]
    if "child_routes" in exp:
        assert [[r.route for r in c.referrals] for c in v.children] == exp["child_routes"]
    for route in exp.get("no_routes", []):
        assert route not in {r.route for c in v.children for r in c.referrals}
    rules = {r.rule for r in v.all_reasons()}
    assert set(exp.get("rules", [])) <= rules
    assert set(exp.get("flags", [])) <= {f.basislijn for f in v.flags}
    en = " ".join(r.texts["en"] for r in v.all_reasons())
    nl = " ".join(r.texts["nl"] for r in v.all_reasons())
    if "en_contains" in exp:
        assert exp["en_contains"] in en
    if "en_absent" in exp:
        assert exp["en_absent"] not in en
    if "nl_contains" in exp:
        assert exp["nl_contains"] in nl


@pytest.mark.parametrize("pid", sorted(all_profiles()))
def test_the_monitors_below_equals_the_verdicts_flags_for_every_profile(pid):
    profile = get_profile(pid)
    verdict = assess(make_answers(gemeente=pid))
    monitor_below = {j.point for j in judge(profile) if j.status == "below"}
    assert monitor_below == {f.basislijn for f in verdict.flags}
    # and every below judgement names a rule of this profile with its source
    for j in judge(profile):
        if j.status != "unknown":
            assert j.rule in profile.rule_ids() | {j.point} and (j.source or profile.is_basislijn)


def test_amstelveen_beleidsregels_are_flagged_below_b1_in_the_verdict_too():
    assert "B1" in {f.basislijn for f in assess(make_answers(gemeente="amstelveen")).flags}


def test_b6_thresholds_come_from_content(monkeypatch):
    """Raise the B6 minimum in the data: a gemeente offering 6 months falls below it."""
    point = basislijn().points["B6"]
    monkeypatch.setitem(basislijn().points, "B6", point.model_copy(update={"min_months": 12}))
    try:
        six = [p for p in all_profiles().values() if not p.is_basislijn and p.rules.months
               and p.rules.months.months == 6]
        assert six, "no profile with 6 months to check against"
        assert b6_offer.compare(six[0]).status == "below"
        assert "12" in b6_offer.compare(six[0]).texts["en"]
    finally:
        monkeypatch.setitem(basislijn().points, "B6", point)
    assert b6_offer.compare(six[0]).status != "below"


def test_every_point_has_a_comparison_for_every_profile():
    for profile in all_profiles().values():
        points = [c.point for c in compare_all(profile)]
        assert points == [f"B{i}" for i in range(1, 16)]
        assert below_basislijn(profile) == [f for c in compare_all(profile)
                                            if c.status == "below" for f in c.flags]


def test_assess_keeps_every_criterion_of_a_child_referred_to_the_wlz():
    v = assess(make_answers(gemeente="den-haag", children=[{"age": 3, "wlz_indication": True}]))
    ids = [(c.point, c.result) for c in v.children[0].criteria]
    assert ("B3", "refer") in ids and ("B4", "not_met") in ids  # the age rule was judged too


def test_the_criteria_say_what_they_need_and_income_only_when_a_fee_can_be_estimated():
    v = assess(make_answers())
    assert {"children.wlz_indication", "situation.reasons",
            "income.toetsingsinkomen"} <= v.needs()
    no_care = assess(make_answers(children=[{"age": 3}]))
    assert "income.toetsingsinkomen" not in no_care.needs()


# --- per profile: the behaviour a family in that gemeente sees -------------------------------

@pytest.mark.parametrize("pid", sorted(all_profiles()))
def test_in_every_gemeente_a_child_with_a_wlz_indication_is_referred_to_the_wlz(pid):
    for child in ({"age": 3, "wlz_indication": True},
                  {"age": 12, "school": "secondary", "wlz_indication": True}):
        v = assess(make_answers(gemeente=pid, children=[child]))
        assert [r.route for r in v.children[0].referrals] == ["wlz"], (pid, child)


@pytest.mark.parametrize("pid", sorted(all_profiles()))
def test_in_every_gemeente_a_toddler_needing_treatment_is_referred_to_the_jeugdwet(pid):
    v = assess(make_answers(gemeente=pid, children=[{"age": 3, "needs_treatment_daycare": True}]))
    assert [r.route for r in v.children[0].referrals] == ["jeugdwet"], pid


@pytest.mark.parametrize("pid", sorted(all_profiles()))
def test_no_gemeente_gets_a_basislijn_promise_its_own_rule_breaks(pid):
    profile = get_profile(pid)
    v = assess(make_answers(gemeente=pid, children=[{"age": 1}],
                            situation={"reasons": ["parent_physical_illness"],
                                       "professional_can_confirm": True, "long_term": True}))
    en = " ".join(r.texts["en"] for r in v.all_reasons())
    assert v.outcome in ("eligible", "assessment_needed"), pid  # a one-year-old is in the group
    b5_below = "B5" in {f.basislijn for f in below_basislijn(profile)}
    assert ("Your income does not decide" in en) is not b5_below
    once = profile.rules.extension is not None and profile.rules.extension.extension == \
        "not_possible"
    assert ("Ask for an extension in time" in en) is not once
