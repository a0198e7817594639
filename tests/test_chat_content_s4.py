"""The chat on our own questions for the fourth session's classes
(tests/cases/chat_content_s4.toml): a waiting list at the opvang, residence permits, tax and other
toeslagen, the school holidays, and the English of expats — each asked in Dutch and in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.chat import ask
from wizard.chat.evaluate import check, load_cases

CASES = load_cases(Path(__file__).resolve().parent / "cases" / "chat_content_s4.toml")


def test_every_class_is_asked_in_dutch_and_in_english():
    langs = {(c["class"], c["lang"]) for c in CASES}
    assert not [(c["class"], lg) for c in CASES for lg in ("nl", "en") if (c["class"], lg) not in langs]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_class_question_is_answered_right(case):
    reply = ask(case["text"])
    assert check(case, reply) == [], reply.answer
