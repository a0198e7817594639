"""Safety net, session 5 (lead). Our own wordings, by class; none taken from a blind set.

- Written by ear or in dialect: "ik wil nie meer leefe", "lefe", "kapot gemaakt" stays calm. A
  danger word is recognised by how it sounds (wizard/chat/safety.py, sound_key), but only where no
  ordinary word sounds the same.
- Violence that is over because the perpetrator is in prison for years, or the person "is veilig"
  now, is background, not a crisis."""

from __future__ import annotations

import pytest

from wizard.chat.safety import detect_danger, sound_key

CRISIS = [
    ("ik wil nie meer leefe. alles te veel met de kinder en de formulier", "suicide"),
    ("ik wil echt nie meer lefe, niemand helpt mij", "suicide"),
    ("Ik wil niet meer leve. Mijn kinderen zijn beter af zonder mij.", "suicide"),
]

CALM = [
    "vroeger was er geweld bij mijn zus thuis maar haar ex zit nu sinds 2021 in de gevangenis en zij is veilig. "
    "ze is ziek en werkt niet. kan zij smi krijgen?",
    "My sister's ex hit her years ago; he is in prison now and she is safe. She has MS and does "
    "not work. Can she get SMI for her son?",
    "wij leven van de bijstand en mijn man is ziek. kan de gemeente de opvang betalen?",
    "Lang leve de gemeente, we kregen smi! Hoe lang duurt het?",
]


@pytest.mark.parametrize("text,kind", CRISIS)
def test_danger_written_by_ear_is_heard(text, kind):
    danger = detect_danger(text)
    assert danger is not None and kind in danger.kinds, text


@pytest.mark.parametrize("text", CALM)
def test_past_over_and_ordinary_words_stay_calm(text):
    assert detect_danger(text) is None, text


def test_sound_key_hears_spellings_by_ear_alike():
    assert sound_key("leefe") == sound_key("leven") == sound_key("leve")
    assert sound_key("zelfmoort") == sound_key("zelfmoord")
    assert sound_key("leven") != sound_key("lopen")
