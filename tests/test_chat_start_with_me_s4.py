"""A parent who asks the chat to start the application with them ("begin de aanvraag met mij,
stap voor stap", "can you start the application now", "walk me through it") is handed to the
wizard, which does exactly that; a question ABOUT the application is still answered. Own wordings."""

from __future__ import annotations

import pytest

from wizard.chat import ask

START = [
    ("Goed, ik denk dat we in aanmerking komen. Kunt u de aanvraag nu met mij invullen?", "nl"),
    ("oke we gaan ervoor. begin de aanvraag met mij stap voor stap", "nl"),
    ("Kun je het formulier samen met mij doorlopen?", "nl"),
    ("Great, sounds like we qualify. Could you start the application for us now?", "en"),
    ("Let's go, begin the form with me please", "en"),
    ("I'd like to apply today, can you walk me through the application step by step?", "en"),
]
QUESTIONS = [
    ("How long does the gemeente take to decide on the application?", "en"),
    ("Welke gegevens heb ik nodig voor ik de aanvraag begin?", "nl"),
]


@pytest.mark.parametrize("text,lang", START)
def test_asked_to_start_the_application_the_chat_hands_over_to_the_wizard(text: str, lang: str) -> None:
    reply = ask(text, lang=lang)
    assert reply.kind == "handoff"
    assert "wizard" in reply.answer


@pytest.mark.parametrize("text,lang", QUESTIONS)
def test_a_question_about_the_application_is_answered(text: str, lang: str) -> None:
    assert ask(text, lang=lang).kind == "answer"
