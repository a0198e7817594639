"""Fact reading, session 4 (lead), own wordings: a job that was stopped is no job ("I stopped my
job", "she resigned", "quit working"), and "kan ik nu smi aanvragen?" after a story asks whether
SMI fits (the story decides), not to start the form."""

from __future__ import annotations

import pytest

from wizard.chat import ask
from wizard.chat.facts import read_facts
from wizard.models import Activity

STOPPED = [
    "My husband works full time. I stopped my job in the spring because of my heart.",
    "My wife has a job; I resigned last year after my burnout.",
    "I quit working when the twins were born, my partner works four days.",
]


@pytest.mark.parametrize("text", STOPPED)
def test_a_stopped_job_is_no_job(text: str) -> None:
    assert read_facts(text).me.activity == Activity.none


MAY_I = [
    ("Mijn vrouw zit vast in de gevangenis. Ik werk 32 uur. Onze zoon is 4. Kan ik nu smi aanvragen?",
     "nl", "kinderopvangtoeslag"),
    ("My partner is in prison for a year and I work full time. Our girl is 2. Can I apply for SMI now?",
     "en", "kinderopvangtoeslag"),
]


@pytest.mark.parametrize("text,lang,office", MAY_I)
def test_may_i_apply_after_a_story_is_answered_from_the_story(text: str, lang: str, office: str) -> None:
    reply = ask(text, lang=lang)
    assert reply.kind == "answer"
    assert office in reply.answer
