"""What a family notices from each gemeente's own rules, as the official texts state them."""

from __future__ import annotations

import json

import pytest

from tests.conftest import make_answers
from wizard import assess, profile_for_gemeente
from wizard.monitor import judge


def verdict_for(gemeente: str, **patch):
    profile, _ = profile_for_gemeente(gemeente)
    return assess(make_answers(gemeente=profile.id, **patch), profile)


def rule_ids(verdict) -> set[str]:
    return {r.rule for r in verdict.all_reasons()}


def text_of(verdict, rule: str, lang: str = "nl") -> str:
    return " ".join(r.texts[lang] for r in verdict.all_reasons() if r.rule == rule)


def test_a_leiderdorp_family_is_judged_by_leiden_without_the_leiden_only_plan():
    leiderdorp = verdict_for("Leiderdorp")
    leiden = verdict_for("Leiden")
    assert leiderdorp.gemeente == leiden.gemeente == "leiden"
    assert "LEI-PLAN" in rule_ids(leiden)
    assert "LEI-PLAN" not in rule_ids(leiderdorp)
    # What both share stays: at most 3 days, and no contract before the decision.
    assert {"LEI-DAGEN", "LEI-CONTRACT"} <= rule_ids(leiderdorp)


def test_leidens_policy_rules_are_cited_for_leiden_but_not_for_leiderdorp():
    leiden, _ = profile_for_gemeente("Leiden")
    leiderdorp, _ = profile_for_gemeente("Leiderdorp")
    assert leiden.legal_basis.cvdr == "CVDR643160"
    assert leiden.legal_basis.articles["doelgroep"] == "artikel 2"
    assert leiderdorp.legal_basis is None  # Leiderdorp's own regulation is unknown


def test_beverwijk_says_the_cjg_is_optional_and_gives_the_phone_number():
    v = verdict_for("Beverwijk")
    assert "niet verplicht" in text_of(v, "BEV-CJG")
    assert "not required" in text_of(v, "BEV-CJG", "en")
    profile, _ = profile_for_gemeente("Beverwijk")
    assert profile.rules.professional.required is False
    assert profile.contact.phone == "0251-256 256"


def test_rotterdam_has_no_tax_debt_condition_on_a_2026_date():
    v = verdict_for("Rotterdam", reference_date="2026-11-30")
    everything = json.dumps([r.texts for r in v.all_reasons()], ensure_ascii=False).lower()
    assert "schuld" not in everything and "debt" not in everything
    assert not any(f.basislijn == "B3" for f in v.flags)


def test_rotterdam_once_only_is_flagged_below_the_basislijn():
    v = verdict_for("Rotterdam", situation={"long_term": True})
    assert any(f.rule == "RTD-EENMALIG" and f.basislijn == "B7" for f in v.flags)


@pytest.mark.parametrize("gemeente,rule,point", [
    ("Den Haag", "DH-LEEFTIJD", "B4"),
    ("Hillegom", "ISD-BIJDRAGE", "B5"),
    ("Rotterdam", "RTD-EENMALIG", "B7"),
])
def test_rules_below_the_basislijn_are_flagged_in_the_verdict(gemeente, rule, point):
    v = verdict_for(gemeente)
    assert (rule, point) in {(f.rule, f.basislijn) for f in v.flags}


def test_a_den_haag_toddler_of_three_is_sent_to_peuteropvang_not_smi():
    v = verdict_for("'s-Gravenhage")
    assert v.outcome != "eligible"
    assert "DH-LEEFTIJD" in rule_ids(v)


@pytest.mark.parametrize("gemeente,profile_id,legal_kind", [
    ("Haarlemmermeer", "haarlemmermeer", "beleidsregels"),
    ("Heemstede", "heemstede", "verordening"),
    ("West Maas en Waal", "west-maas-en-waal", "beleidsregels"),
    ("Amstelveen", "amstelveen", "beleidsregels"),
])
def test_b1_follows_the_kind_of_regulation_the_gemeente_has(gemeente, profile_id, legal_kind):
    profile, _ = profile_for_gemeente(gemeente)
    assert profile.id == profile_id and profile.legal_basis.kind == legal_kind
    b1 = next(j for j in judge(profile) if j.point == "B1")
    assert b1.status == ("met" if legal_kind == "verordening" else "below")


def test_ouder_amstel_pays_by_the_kot_table_and_asks_again_every_year():
    v = verdict_for("Ouder-Amstel")
    assert v.gemeente == "ouder-amstel"
    assert v.fee is not None and v.fee.table == "kot"
    # Same family, same KOT table: the same eigen bijdrage as Haarlemmermeer.
    assert v.fee.total_eigen_bijdrage == verdict_for("Haarlemmermeer").fee.total_eigen_bijdrage
    assert "OA-JAARLIJKS" in rule_ids(v) or "OA-DUUR" in rule_ids(v)


@pytest.mark.parametrize("gemeente", ["Duiven", "Westervoort", "Zevenaar"])
def test_the_liemers_gemeenten_share_the_rsd_rules(gemeente):
    v = verdict_for(gemeente)
    assert v.gemeente == "rsd-de-liemers"
    assert "120%" in text_of(v, "RSD-BIJDRAGE")


def test_alkmaar_gives_an_email_address_and_an_eight_week_decision_term():
    profile, _ = profile_for_gemeente("Alkmaar")
    assert profile.contact.email == "smi@alkmaar.nl"
    assert profile.contact.decision_term_weeks == 8
    assert profile.legal_basis is None  # the current regulation could not be read
    assert "ALK-PLAN" in rule_ids(verdict_for("Alkmaar"))


def test_at_least_fifteen_gemeenten_have_rules_of_their_own():
    from wizard import all_gemeenten

    own = [e for e in all_gemeenten() if e.has_own_profile]
    assert len(own) >= 15


def test_every_rule_in_a_gemeente_profile_quotes_its_source_or_says_it_is_our_reading():
    from wizard import all_profiles

    missing = [(p.id, r.id) for p in all_profiles().values() if not p.is_basislijn
               for r in p.all_rules() if not r.quote and not r.derived]
    assert missing == []


def test_alphen_aan_den_rijn_stops_at_ten_and_that_is_flagged():
    v = verdict_for("Alphen aan den Rijn", children=[{"age": 10, "school": "primary"}])
    assert v.outcome != "eligible" and "ALP-LEEFTIJD" in rule_ids(v)
    assert ("ALP-LEEFTIJD", "B4") in {(f.rule, f.basislijn) for f in v.flags}
    assert verdict_for("Alphen aan den Rijn").outcome == "eligible"  # a child of 3


@pytest.mark.parametrize("gemeente", ["Harlingen", "Terschelling", "Vlieland", "Waadhoeke"])
def test_noordwest_fryslan_income_limit_is_flagged_below_b5(gemeente):
    v = verdict_for(gemeente)
    assert v.gemeente == "sozawe-noordwest-fryslan"
    assert ("NWF-INKOMENSGRENS", "B5") in {(f.rule, f.basislijn) for f in v.flags}


def test_coevorden_and_goeree_overflakkee_give_what_their_texts_give():
    coevorden, _ = profile_for_gemeente("Coevorden")
    assert coevorden.contact.phone == "0900 2004004" and coevorden.rules.months.months == 12
    goeree, _ = profile_for_gemeente("Goeree-Overflakkee")
    assert goeree.legal_basis.cvdr == "CVDR677791"
    # Only the gemeente's postal address is known; phone, e-mail and term stay unknown.
    assert goeree.contact.address[-2:] == ["Postbus 1", "3240 AA Middelharnis"]
    assert (goeree.contact.phone, goeree.contact.email, goeree.contact.decision_term_weeks) == (
        None, None, None)


def test_the_monitor_does_not_count_rotterdams_former_tax_debt_condition():
    from wizard import get_profile

    below = {(j.point, j.rule) for j in judge(get_profile("rotterdam")) if j.status == "below"}
    assert ("B7", "RTD-EENMALIG") in below
    assert not any(rule == "RTD-GEEN-SCHULD" for _, rule in below)
