"""Facts a parent writes in a hurry: a negation over both parents, a broken or misspelt negation
near the work word, and clauses without punctuation, are read as the parent meant them — so the
family is not sent to the wrong office (KOT instead of SMI)."""

from __future__ import annotations

import pytest

from wizard.chat import ask
from wizard.chat.facts import read_facts
from wizard.models import Activity


@pytest.mark.parametrize("text", [
    "wij werken allebei niet en mijn vrouw is ziek",
    "geen van ons beiden heeft werk",
    "we hebben allebei geen baan",
    "neither of us has a job at the moment",
    "we are both not working right now",
    "none of us works",
])
def test_a_negation_over_both_parents_means_nobody_works(text):
    f = read_facts(text)
    assert f.me.activity == Activity.none
    assert f.partner.activity == Activity.none


@pytest.mark.parametrize("text, who", [
    ("mijn vrouw zij niet werken", "partner"),
    ("ik heb gen baan", "me"),
    ("ik werk al een jaar niet meer", "me"),
    ("mijn man werk nie", "partner"),
    ("my husband never worked here", "partner"),
    ("sinds de zomer werkt mijn vriend niet", "partner"),
])
def test_a_negation_near_the_work_word_wins(text, who):
    f = read_facts(text)
    assert getattr(f, who).activity == Activity.none


@pytest.mark.parametrize("text", [
    "ik werk niet fulltime maar 24 uur",
    "mijn man werkt niet thuis maar op kantoor",
    "my wife works not only weekdays",
])
def test_a_negation_about_how_or_where_someone_works_keeps_the_work(text):
    f = read_facts(text)
    assert Activity.work in (f.me.activity, f.partner.activity)


@pytest.mark.parametrize("text, me, partner", [
    ("ik werk 32 uur mijn vrouw heeft kanker zij werkt niet", Activity.work, Activity.none),
    ("i work four days my husband is ill he does not work", Activity.work, Activity.none),
])
def test_a_new_subject_starts_a_new_clause_without_punctuation(text, me, partner):
    f = read_facts(text)
    assert (f.me.activity, f.partner.activity) == (me, partner)
    assert f.partner.ill and not f.me.ill


@pytest.mark.parametrize("question, lang, said", [
    ("wij werken allebei niet, mijn man is ziek. kan onze zoon van 2 naar de opvang?", "nl",
     "smi"),
    ("ik werk 30 uur mijn vrouw is ziek zij werkt niet kan ik smi krijgen voor ons kind van 3", "nl",
     "smi"),
    ("neither of us works, my wife is sick. can our daughter of 2 go to daycare?", "en", "smi"),
])
def test_such_a_family_is_sent_to_smi_not_to_kinderopvangtoeslag(question, lang, said):
    r = ask(question, lang=lang)
    assert r.outcome and r.outcome["route"] == said
