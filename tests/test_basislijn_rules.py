"""One test per basislijn point the engine or the content applies, named after its id."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import make_answers
from wizard.basislijn import basislijn
from wizard.profiles import all_profiles, below_basislijn, get_profile
from wizard.rules import assess


def rules_of(verdict):
    return {r.rule for r in verdict.all_reasons()}


def test_B1_B2_every_point_of_the_basislijn_is_in_content_with_its_source():
    data = basislijn()
    assert sorted(data.points, key=lambda b: int(b[1:])) == [f"B{i}" for i in range(1, 16)]
    assert data.source.url and data.source.date


def test_B3_kot_comes_first_and_a_social_medical_reason_is_needed():
    assert assess(make_answers(household={"parents": [{"activity": "work"}]})).outcome == (
        "other_route")
    no_reason = assess(make_answers(situation={"reasons": []}))
    assert no_reason.outcome == "not_eligible" and "B3" in rules_of(no_reason)


def test_B4_children_up_to_the_end_of_primary_school():
    v = assess(make_answers(children=[{"age": 0}, {"age": 12, "school": "primary"},
                                      {"age": 12, "school": "secondary"}]))
    assert [c.outcome for c in v.children] == ["eligible", "eligible", "not_eligible"]
    assert "B4" in {r.rule for r in v.children[2].reasons}


def test_B5_income_never_excludes():
    for income in ("0", "75000", "250000", "9999999"):
        v = assess(make_answers(income={"toetsingsinkomen": income}))
        assert v.outcome == "eligible" and "B5" in rules_of(v)


def test_B5_an_asset_test_in_a_gemeente_is_flagged():
    flags = below_basislijn(get_profile("isd-bollenstreek"))
    assert "B5" in {f.basislijn for f in flags}


def test_B6_minimum_offer_two_days_six_months():
    v = assess(make_answers())
    assert v.offer.days_per_week == Decimal(2) and v.offer.months == 6
    assert "B6" in rules_of(v)


def test_B6_a_gemeente_without_known_days_falls_back_to_the_basislijn_minimum():
    v = assess(make_answers(gemeente="den-haag", children=[{"age": 1}]))
    assert v.offer.days_per_week == Decimal(2) and "days" in v.offer.from_basislijn


def test_B7_extension_is_mentioned_when_problems_last():
    assert "B7" in rules_of(assess(make_answers(situation={"long_term": True})))
    assert "B7" not in rules_of(assess(make_answers(situation={"long_term": False})))


def test_B7_a_gemeente_without_extension_is_flagged():
    assert "B7" in {f.basislijn for f in below_basislijn(get_profile("rotterdam"))}


def test_B8_hardheidsclausule_for_long_term_situations():
    v = assess(make_answers(situation={"long_term": True}))
    assert "B8" in rules_of(v) and v.offer.hardheidsclausule


def test_B11_the_fee_follows_a_national_table():
    v = assess(make_answers())
    assert v.fee.table == "kot" and v.fee.rule == "B11"


def test_B12_without_income_the_estimate_says_so():
    a = make_answers()
    a = a.model_copy(update={"income": type(a.income)()})
    v = assess(a)
    assert "B12" in rules_of(v) and v.fee.income_given is False


def test_B13_only_contact_details_of_the_professional_are_needed():
    v = assess(make_answers())
    b13 = [r for r in v.all_reasons() if r.rule == "B13"]
    assert b13 and "medical file" in b13[0].texts["en"]


def test_B6_B4_B7_every_flag_points_to_an_existing_rule_and_basislijn_point():
    for p in all_profiles().values():
        for f in below_basislijn(p):
            assert f.rule in p.rule_ids() and f.basislijn in basislijn().points
