"""Safety net, session 4 (lead): false alarms caused by one loose word in a word class of the broad
net or by an idiom with a word between. Our own wordings, by class; none taken from a blind set.

- A threatened birth or illness ("dreigende vroeggeboorte", "threatened miscarriage") is medicine,
  not a threat by a partner.
- "high" is a drug state only as a state ("he is high"), not "the income is too high".
- "tied to" a place or a provider is not a child tied up.
- A parent who is the whole day alone WITH the children is overloaded, not a child left alone.
- "ik ga (echt) dood van de pijn" is a figure of speech.
Every calm class has crisis rows next to it that must still alarm."""

from __future__ import annotations

import pytest

from wizard.chat.safety import detect_danger

CALM = [
    "Ik ben 30 weken zwanger en lig plat door een dreigende vroeggeboorte. Mijn man werkt. "
    "Wie past op onze peuter?",
    "My doctor says it is a threatened miscarriage and I must rest. My husband works full time. "
    "Can the gemeente pay daycare for our toddler?",
    "De gemeente zegt dat ons inkomen te hoog is voor SMI. Mijn vrouw heeft MS en ik werk. Mag dat?",
    "They told me our income is too high for SMI. I have a heart condition and can't be alone "
    "with the baby all day. Is that allowed?",
    "Is SMI tied to one daycare, or can we switch to another kdv when we move?",
    "Are we tied to the provider the gemeente picked? My son doesn't like his BSO.",
    "Ik heb een burn-out en zit de hele dag alleen met de kinderen, mijn man werkt. Kan de opvang "
    "via de gemeente?",
    "I'm alone with my two kids all day while my partner works nights and I have chronic pain. "
    "Does SMI help?",
    "ik heb een burn out. ik kan het niet meer met de kinderen de hele dag alleen. ze zijn 2 en 5. "
    "de psycholoog zegt opvang is goed voor ze.",
    "Tell the kids I love them, I'm stuck at work and can't answer the phone till eight.",
    "mijn nek is kapot ik ga echt dood van de pijn soms. mijn vrouw werkt. hoe vraag ik smi aan",
]

CRISIS = [
    ("Mijn man dreigt dat hij me iets aandoet als ik weg ga. Ik durf niet naar huis.",
     "domestic_violence"),
    ("My partner is high again and the kids are alone with him right now.", None),
    ("Hij heeft ons kind vastgebonden aan het bed toen ze huilde.", "harm_to_child"),
    ("Ik laat de kinderen soms de hele dag alleen thuis omdat ik niet meer kan.", "harm_to_child"),
    ("Ik ga dood, ik wil er niet meer zijn.", "suicide"),
    # a goodbye to the children from someone who cannot be reached; touching a child "not ok"
    ("My sister sent me 'tell the children I love them'. Now her phone goes to voicemail.", "suicide"),
    ("mijn vriendin appte: zeg de kinderen dat ik van ze hou. ze neemt niet meer op", "suicide"),
    ("ik denk soms dat ik de kinderen iets ga aandoen, ik slaap niet meer", "harm_to_child"),
    ("Sometimes I think that I will hurt the kids, I'm so exhausted.", "harm_to_child"),
    ("My ex touches my son in a way that isn't right. He is 5. Who can I call?", "harm_to_child"),
    ("de vriend van mijn moeder zit aan mijn dochter op een manier die niet ok is", "harm_to_child"),
]


@pytest.mark.parametrize("text", CALM)
def test_ordinary_message_with_a_loose_alarming_word_is_calm(text: str) -> None:
    assert detect_danger(text) is None


@pytest.mark.parametrize("text,kind", CRISIS)
def test_the_same_words_in_danger_still_alarm(text: str, kind: str | None) -> None:
    danger = detect_danger(text)
    assert danger is not None
    if kind:
        assert kind in danger.kinds
