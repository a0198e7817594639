"""Every path through the wizard end to end (AppTest), with the number of question steps
each path asks (a typical family: at most 8)."""

from __future__ import annotations

import json

import pytest

from tests.ui_driver import (
    children,
    eligible_family,
    gemeente,
    household,
    income,
    new_app,
    opvang,
    professional,
    situation,
    start,
    step,
    texts,
    to_result,
)
from wizard import flow
from wizard.cli import main as cli_main
from wizard.rules import assess
from wizard.ui.state import answers_bytes


def verdict_of(at):
    answers = flow.build_answers(at.session_state["draft"])
    return assess(answers)


def count(at) -> int:
    return flow.question_count(at.session_state["draft"], at.session_state["done"])


pytestmark = pytest.mark.usefixtures("feedback_db")  # tests/conftest.py


def test_eligible_family_reaches_a_verdict_in_six_questions():
    at = eligible_family(new_app())
    assert step(at) == "result"
    assert verdict_of(at).outcome == "eligible"
    assert "U kunt waarschijnlijk SMI krijgen." in texts(at)
    assert "Teken pas een contract" in texts(at)
    assert count(at) == 6


def test_both_parents_work_goes_to_kot_after_two_questions():
    at = new_app()
    start(at)
    gemeente(at, "leiden")
    household(at, ["work", "study"])
    assert step(at) == "result"
    v = verdict_of(at)
    assert v.outcome == "other_route" and [r.route for r in v.referrals] == ["kot"]
    assert count(at) == 2
    shown = texts(at)
    assert "U hebt waarschijnlijk recht op kinderopvangtoeslag" in shown
    assert "proefberekening" in shown and "belastingdienst.nl" in shown
    assert "Regels van" not in shown  # no SMI rules for a KOT family


@pytest.mark.parametrize("special", ["wlz", "detention"])
def test_partner_with_wlz_or_in_detention_goes_to_kot(special):
    at = new_app()
    start(at)
    gemeente(at)
    household(at, ["work", "none"], special={1: special})
    assert step(at) == "result"
    assert verdict_of(at).referrals[0].route == "kot"
    assert count(at) == 2


@pytest.mark.parametrize("care,route", [("wlz", "wlz"), ("treatment", "jeugdwet")])
def test_child_with_wlz_or_treatment_day_care_is_referred(care, route):
    at = new_app()
    start(at)
    gemeente(at)
    household(at, ["none"])
    situation(at, ["parent_physical_illness"])
    professional(at, yes=True)
    children(at, [(5, "primary", care)])
    assert step(at) == "result"  # nothing else needed: no child can get SMI
    v = verdict_of(at)
    assert v.outcome == "other_route" and route in [r.route for r in v.referrals]
    assert count(at) == 4


def test_child_past_basisschool_is_not_eligible_but_sibling_is():
    at = new_app()
    start(at)
    gemeente(at)
    household(at, ["work", "none"])
    situation(at, ["parent_disability"])
    professional(at, yes=True)
    children(at, [(13, "secondary", "no"), (6, "primary", "no")])
    assert step(at) == "opvang"
    assert [r.key for r in at.radio if r.key.startswith("w_o")] == ["w_o1_type"]
    opvang(at, {1: ("bso", "60", "9,50")})
    income(at, None)
    to_result(at)
    v = verdict_of(at)
    assert [c.outcome for c in v.children] == ["not_eligible", "eligible"]
    assert "Kind 1: SMI is waarschijnlijk niet mogelijk." in texts(at)
    assert count(at) == 6


def test_no_social_medical_reason_is_not_eligible_after_three_questions():
    at = new_app()
    start(at)
    gemeente(at)
    household(at, ["none"])
    situation(at, [])
    assert step(at) == "result"
    assert verdict_of(at).outcome == "not_eligible"
    assert count(at) == 3


def test_reason_without_professional_needs_assessment():
    at = new_app()
    start(at)
    gemeente(at)
    household(at, ["none"])
    situation(at, ["parent_overload"])
    professional(at, yes=False)
    children(at, [(3, "none", "no")])
    opvang(at, {0: ("unknown", "", "")})
    assert step(at) == "review"  # no prices: no estimate, so no income question
    to_result(at)
    v = verdict_of(at)
    assert v.outcome == "assessment_needed"
    assert "confirm" in [r.route for r in v.referrals]
    assert count(at) == 5


def test_high_income_is_still_eligible_with_a_higher_contribution():
    low = eligible_family(new_app(), income_="25000")
    high = eligible_family(new_app(), income_="250000")
    vl, vh = verdict_of(low), verdict_of(high)
    assert vl.outcome == vh.outcome == "eligible"  # B5: income never decides
    assert vh.fee.total_eigen_bijdrage > vl.fee.total_eigen_bijdrage


def test_skipping_income_estimates_at_the_highest_contribution():
    skipped = verdict_of(eligible_family(new_app(), income_=None))
    high = verdict_of(eligible_family(new_app(), income_="1000000"))
    assert not skipped.fee.income_given
    assert skipped.fee.total_eigen_bijdrage == high.fee.total_eigen_bijdrage


def test_professional_mode_shows_rule_ids_and_keeps_contact_in_session():
    at = new_app(pro=True)
    start(at)
    gemeente(at, "leiden")
    household(at, ["none"])
    situation(at, ["addiction"])
    professional(at, yes=True, contact={"name": "A. de Vries", "email": "a@wijkteam.nl"})
    children(at, [(4, "primary", "no")])
    opvang(at, {0: ("dagopvang", "80", "11")})
    income(at, None)
    to_result(at)
    shown = texts(at)
    assert "[B3]" in shown and "[LEI-ADVIES]" in shown and "[B5]" in shown
    assert at.session_state["pro_contact"]["name"] == "A. de Vries"
    assert "A. de Vries" not in answers_bytes(at.session_state["draft"]).decode()


def test_parent_mode_hides_rule_ids():
    shown = texts(eligible_family(new_app()))
    assert "[B3]" not in shown and "[B5]" not in shown


def test_below_basislijn_flags_are_shown_with_words_not_only_colour():
    at = eligible_family(new_app(), gid="rotterdam")
    shown = texts(at)
    assert "Onder de basislijn" in shown and "(B7)" in shown


def test_result_matches_smi_check_for_the_downloaded_file(tmp_path, capsys):
    at = eligible_family(new_app(), gid="haarlemmermeer")
    path = tmp_path / "answers.json"
    path.write_bytes(answers_bytes(at.session_state["draft"]))
    capsys.readouterr()
    assert cli_main(["check", str(path), "--json"]) == 0
    cli = json.loads(capsys.readouterr().out)
    v = verdict_of(at)
    assert cli["outcome"] == v.outcome
    assert cli["fee"]["total_eigen_bijdrage"] == f"{v.fee.total_eigen_bijdrage:.2f}"
    assert f"{v.fee.total_eigen_bijdrage:.2f}".replace(".", ",") in texts(at)


def test_inline_validation_keeps_the_step_and_says_what_is_wrong():
    at = new_app()
    start(at)
    at.button(key="next").click().run()
    assert step(at) == "gemeente"
    assert "Kies een antwoord." in texts(at)
    gemeente(at)
    household(at, ["none"])
    situation(at, ["other"])
    professional(at)
    children(at, [(2, "none", "no")])
    at.radio(key="w_o0_type").set_value("dagopvang").run()
    at.text_input(key="w_o0_price").input("tien euro")
    at.button(key="next").click().run()
    assert step(at) == "opvang"
    assert "Typ de prijs per uur in cijfers, bijvoorbeeld 10,50." in texts(at)


def test_professional_mode_speaks_about_the_family_and_names_whose_details():
    at = new_app(pro=True)
    start(at)
    assert at.title[0].value == "Waar woont het gezin?"
    gemeente(at, "leiden")
    assert "Heeft de ouder die aanvraagt werk, of studeert deze ouder?" in texts(at)
    household(at, ["none"])
    situation(at, ["addiction"])
    labels = texts(at)
    assert "Weet een hulpverlener van de situatie van het gezin?" in labels
    assert "Uw naam (van u als hulpverlener)" in labels  # the professional's own details
    professional(at, yes=True)
    children(at, [(3, "none", "no")])
    opvang(at, {0: ("unknown", "", "")})
    to_result(at)
    assert at.title[0].value == "De uitkomst voor het gezin"
    assert "Het gezin kan waarschijnlijk SMI krijgen bij de gemeente Leiden." in texts(at)
    assert "De ouder die aanvraagt (niet u)" in texts(at)  # the form asks the parent's details
