"""The chat on our own questions for the failure classes of the fourth session
(tests/cases/chat_classes_s4.toml): a story that asks how long SMI lasts or when it ends, a
parent's own working days and hours (not hours of opvang), a negation of when or how much a
parent works (the parent works), and the children's other parent named without "my". Each case
must pass on its own, in its answer and in the facts read."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from wizard.chat import ask
from wizard.chat.evaluate import check, load_cases
from wizard.chat.facts import read_facts

CASES = load_cases(Path(__file__).resolve().parent / "cases" / "chat_classes_s4.toml")


def test_every_class_has_dutch_and_english_questions():
    langs = {(c["class"], c["lang"]) for c in CASES}
    missing = [(c["class"], lg) for c in CASES for lg in ("nl", "en")
               if (c["class"], lg) not in langs]
    assert not missing


def _fact_problems(case: dict) -> list[str]:
    f = read_facts(case["text"])
    got = {
        "me": f.me.activity.value if f.me.activity else None,
        "partner": f.partner.activity.value if f.partner.activity else None,
        "me_ill": f.me.ill or f.me.hospital,
        "partner_ill": f.partner.ill or f.partner.hospital,
        "care_days": f.days_per_week,
        "care_hours": f.hours_per_month,
    }
    problems = []
    for key, value in got.items():
        if key not in case:
            continue
        want = case[key]
        if want == "none" and key.startswith("care_"):
            want = None
        elif key.startswith("care_"):
            want = Decimal(str(want))
        if value != want:
            problems.append(f"{key}: read {value!r}, expected {want!r}")
    return problems


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_class_question_is_answered_right(case):
    reply = ask(case["text"])
    assert check(case, reply) == [], reply.answer
    assert _fact_problems(case) == []
    if case["class"] == "how_long_in_story":
        # the question is answered first; the reading of the family's situation may follow
        assert not reply.answer.lower().startswith(("uit wat u schrijft", "from what you write"))
