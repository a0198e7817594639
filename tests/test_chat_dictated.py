"""Voice typing that speaks its punctuation ("... punt ... komma ... vraagteken"): the chat reads
the spoken marks as the sentence marks, and leaves the words alone in ordinary typed text."""

from __future__ import annotations

import pytest

from wizard.chat.text import undictated

CASES = [
    # (typed, as the chat reads it)
    ("mijn man werkt punt ik ben ziek komma kan ik smi krijgen vraagteken",
     "mijn man werkt. ik ben ziek, kan ik smi krijgen?"),
    ("my wife is ill comma I work full time period can we get smi question mark",
     "my wife is ill, I work full time. can we get smi?"),
    ("Ik wil er een punt achter zetten en een nieuwe aanvraag doen. Kan dat?",
     "Ik wil er een punt achter zetten en een nieuwe aanvraag doen. Kan dat?"),
    ("SMI for a period of six months, then a new period?",
     "SMI for a period of six months, then a new period?"),
    ("Hoeveel kost de opvang per uur? Punt twee: moet ik bellen?",
     "Hoeveel kost de opvang per uur? Punt twee: moet ik bellen?"),
]


@pytest.mark.parametrize(("typed", "read"), CASES)
def test_spoken_marks_are_read_only_in_a_dictated_message(typed, read):
    assert undictated(typed) == read
