"""The chat on our own questions for the failure classes of the second session
(tests/cases/chat_classes_s2.toml): only everyday family words is off-topic, a grandparent's
story, "doesn't have a job", a part of town, the status of an application, a generic question
after a story, Dutch compounds. Each case must pass on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.chat import ask
from wizard.chat.evaluate import check, load_cases

CASES = load_cases(Path(__file__).resolve().parent / "cases" / "chat_classes_s2.toml")


def test_every_class_has_dutch_and_english_questions():
    langs = {(c["class"], c["lang"]) for c in CASES}
    missing = [(c["class"], lg) for c in CASES for lg in ("nl", "en")
               if (c["class"], lg) not in langs and c["class"] != "dutch_compound"]
    assert not missing


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_class_question_is_answered_right(case):
    reply = ask(case["text"])
    assert check(case, reply) == [], reply.answer
