"""The chat on our own questions for the failure classes of the third session
(tests/cases/chat_classes_s3.toml): a letter's salutation and closing, a specific question inside
a story answered first, the chat asked to do the check, two-part questions, off-topic although
children are named, an objection to a short grant, moving to another gemeente. Each case must
pass on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.chat import ask
from wizard.chat.evaluate import check, load_cases

CASES = load_cases(Path(__file__).resolve().parent / "cases" / "chat_classes_s3.toml")


def test_every_class_has_dutch_and_english_questions():
    langs = {(c["class"], c["lang"]) for c in CASES}
    missing = [(c["class"], lg) for c in CASES for lg in ("nl", "en")
               if (c["class"], lg) not in langs]
    assert not missing


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_class_question_is_answered_right(case):
    reply = ask(case["text"])
    assert check(case, reply) == [], reply.answer
    if case["class"] == "specific_question_first":
        # the question is answered first; a reading of the family's situation may follow
        assert not reply.answer.lower().startswith(("uit wat u schrijft", "from what you write"))


# The answer comes first; what the parent could add for an estimate comes after it.
ANSWER_BEFORE_ASK = [
    ("nl", "Ons gezinsinkomen is 48.000 euro. Wat wordt dan onze eigen bijdrage voor smi?",
     "Noem dan ook"),
    ("en", "We earn about 65,000 together. What would our own contribution for SMI be?",
     "Then also give"),
    ("nl", "De opvang kost 9,80 per uur. Hoeveel moet ik zelf betalen bij smi?", "Noem dan ook"),
]


@pytest.mark.parametrize(("lang", "text", "ask_line"), ANSWER_BEFORE_ASK,
                         ids=[f"{lg}-{i}" for i, (lg, _, _) in enumerate(ANSWER_BEFORE_ASK)])
def test_the_answer_comes_before_the_request_for_more_numbers(lang, text, ask_line):
    paragraphs = ask(text).answer.split("\n\n")
    assert ask_line not in paragraphs[0]
    assert any(ask_line in p for p in paragraphs[1:])


# What the parent pays, asked with all the numbers beside a story: the estimate leads.
FEE_FIRST = [
    ("nl", "Mijn vrouw heeft reuma en ik werk. Ons inkomen is 52.000 euro, de opvang kost 9,90 per uur "
           "en we gebruiken 70 uur per maand. Wat wordt onze eigen bijdrage?", "Uw eigen bijdrage"),
    ("en", "I have long covid and my husband works. We earn 58,000 a year, the nursery is 10.20 an hour "
           "and we need 72 hours a month. What would we pay ourselves?", "Your own contribution"),
]


@pytest.mark.parametrize(("lang", "text", "estimate"), FEE_FIRST,
                         ids=[lg for lg, _, _ in FEE_FIRST])
def test_the_fee_estimate_leads_when_the_fee_is_asked(lang, text, estimate):
    answer = ask(text).answer
    assert answer.startswith(estimate), answer
    assert ("Uit wat u schrijft" if lang == "nl" else "From what you write") in answer
