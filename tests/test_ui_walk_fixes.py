"""What a walk in the browser with blind families showed (session 2, helper walker): a "no"
that ends in nothing, and Dutch wording a parent stumbles over."""

from __future__ import annotations

import pytest

from tests.ui_driver import (
    children,
    gemeente,
    household,
    new_app,
    professional,
    situation,
    start,
    step,
    texts,
)

pytestmark = pytest.mark.usefixtures("feedback_db")  # tests/conftest.py


def _teenager(lang: str = "nl", pro: bool = False):
    """A 13-year-old in secondary school, a mother with cancer, a working father."""
    at = new_app(lang, pro=pro)
    start(at)
    gemeente(at, "Amsterdam")
    household(at, ["work", "none"])
    situation(at, ["parent_physical_illness"])
    professional(at, yes=True)
    children(at, [(13, "secondary", "no")])
    assert step(at) == "result"
    return at


@pytest.mark.parametrize("lang, words", [
    ("nl", ["Wat u nu doet", "Dan mag u toch een aanvraag doen",
            "het wijkteam of het CJG van uw gemeente"]),
    ("en", ["What to do now", "You may still apply",
            "the wijkteam or the CJG of your gemeente"]),
])
def test_not_eligible_says_what_the_parent_can_still_do(lang, words):
    at = _teenager(lang)
    shown = texts(at)
    for w in words:
        assert w in shown, w
    # the reason is in sight, not folded away
    why = [e for e in at.expander if e.label in ("Waarom deze uitkomst", "Why this outcome")]
    assert why and why[0].proto.expanded


def test_not_eligible_in_professional_mode_speaks_about_the_family():
    shown = texts(_teenager("nl", pro=True))
    assert "Dan mag de ouder toch een aanvraag doen" in shown
    assert "Hebt u toch hulp nodig" not in shown


def test_other_route_and_job_option_read_as_plain_dutch():
    at = new_app()
    start(at)
    gemeente(at, "Leiden")
    shown = texts(at)
    assert "ook bij ziekte, in de ziektewet of in het ziekenhuis" in shown
    assert "die ouder" not in shown  # the question says "u", the option said "die ouder"
    household(at, ["work", "none"])
    situation(at, ["caring_for_sick_child"])
    professional(at, yes=True)
    children(at, [(4, "none", "wlz")])
    assert step(at) == "result"
    shown = texts(at)
    assert "Voor uw gezin is er een andere regeling. Die gaat voor SMI." in shown
    # no amount and no SMI rules of Leiden on a Wlz result: nothing is estimated there
    assert not any(e.label.startswith("Regels van") for e in at.expander)
    assert "Dit is een check, geen besluit. De gemeente beslist." in [c.value for c in at.caption]
    assert "Dit is een schatting" not in shown


def test_professional_reads_the_next_steps_about_the_family():
    """A social worker for a family in Utrecht (no own profile): the steps at the top name the
    family's gemeente and the parent's details, not 'uw gemeente' and 'uw adres'."""
    from tests.ui_driver import eligible_family

    at = new_app(pro=True)
    eligible_family(at, "Utrecht")
    shown = texts(at)
    assert "Vraag de gemeente van het gezin waar de aanvraag naartoe moet." in shown
    assert "het adres, telefoonnummer en e-mailadres van de ouder" in shown
    assert "Vraag uw gemeente" not in shown and "uw adres" not in shown
    assert "Teken pas een contract met de kinderopvang na het besluit van de gemeente." in shown
    # the parent still reads 'u'
    at = new_app()
    eligible_family(at, "Utrecht")
    shown = texts(at)
    assert "Vraag uw gemeente waar u de aanvraag naartoe stuurt." in shown
    assert "uw adres, telefoonnummer en e-mailadres" in shown


def _hillegom():
    """A single father in recovery from addiction in Hillegom (ISD Bollenstreek)."""
    from tests.ui_driver import income, opvang, to_result

    at = new_app()
    start(at)
    gemeente(at, "Hillegom")
    household(at, ["none"])
    situation(at, ["addiction"])
    professional(at, yes=True)
    children(at, [(4, "none", "no")])
    opvang(at, {0: ("dagopvang", "100", "11,75")})
    if step(at) == "income":
        income(at, "28000")
    return to_result(at)


def test_no_amount_at_the_top_says_why_for_a_gemeente_with_its_own_contribution():
    """Hillegom (ISD Bollenstreek) sets the contribution through special assistance: the top
    of the result said nothing about money; the reason was folded away."""
    at = _hillegom()
    top = [str(m.value) for m in at.markdown][:4]
    assert any("ISD Bollenstreek" in t and "eigen bijdrage" in t for t in top), top


def test_phone_step_links_the_smi_page_inside_its_sentence():
    """'Kijk op de website van de gemeente. de SMI-pagina van de gemeente' read as a loose
    fragment after the full stop."""
    at = _hillegom()
    steps = next(str(m.value) for m in at.markdown if str(m.value).startswith("1. "))
    assert "Wij kennen hier geen telefoonnummer voor SMI. Kijk op [de SMI-pagina van de " \
           "gemeente](" in steps, steps
    assert "website van de gemeente. [" not in steps


@pytest.mark.parametrize("lang, typed, asks", [
    ("nl", "€ 1.250,50", True), ("nl", "45.000", False), ("en", "2,100", True),
    ("en", "120,000", False)])
def test_a_monthly_looking_income_is_questioned_not_refused(lang, typed, asks):
    from tests.ui_driver import opvang, to_opvang

    at = to_opvang(new_app(lang), "Zwolle")
    opvang(at, {0: ("dagopvang", "80", "10,5" if lang == "nl" else "10.50")})
    assert step(at) == "income"
    at.radio(key="w_inc_choice").set_value("give").run()
    at.text_input(key="w_inc").input(typed).run()
    shown = [str(w.value) for w in at.warning]
    question = ("Is dit het inkomen van één maand?" if lang == "nl"
                else "Is this the income of one month?")
    assert any(question in w for w in shown) == asks, shown
    at.button(key="next").click().run()
    assert step(at) == "review"  # a question, never a dead end
    from decimal import Decimal
    kept = {"€ 1.250,50": "1250.50", "45.000": "45000", "2,100": "2100", "120,000": "120000"}
    assert at.session_state["draft"].income.toetsingsinkomen == Decimal(kept[typed])


def test_professional_sees_that_the_form_prints_the_details_given_earlier():
    """The professional's own boxes on the result page were empty, while the PDF printed the
    name, organisation and phone given on the situation step."""
    from tests.ui_driver import income, opvang, to_result

    at = new_app(pro=True)
    start(at)
    gemeente(at, "Utrecht")
    household(at, ["work", "none"])
    situation(at, ["parent_mental_illness"], long="yes")
    professional(at, yes=True, contact={"name": "Mila Jansen", "organisation": "Wijkteam Oost",
                                        "phone": "0301234567"})
    children(at, [(1, "none", "no")])
    opvang(at, {0: ("gastouderopvang", "240", "8,25")})
    income(at, "120.000")
    to_result(at)
    notes = [str(c.value) for c in at.caption]
    assert any(n.startswith("Op het formulier staan uw gegevens uit de stap over de situatie: "
                            "Mila Jansen, Wijkteam Oost, 0301234567.") for n in notes), notes
