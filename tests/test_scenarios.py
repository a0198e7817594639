"""Every realistic family scenario reaches a verdict within the question budget (issue: a
typical family in at most 8 question steps) and gets a verdict with reasons."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from tests.conftest import make_answers
from wizard.flow import done_for_answers, draft_from_answers, question_count
from wizard.rules import assess

SCENARIOS = tomllib.loads(
    (Path(__file__).parent / "cases" / "scenarios.toml").read_text())["scenario"]


def questions(answers) -> int:
    return question_count(draft_from_answers(answers), done_for_answers(answers))


@pytest.mark.parametrize("s", SCENARIOS, ids=[s["name"] for s in SCENARIOS])
def test_scenario_reaches_a_verdict_within_eight_questions(s):
    answers = make_answers(**s.get("patch", {}))
    verdict = assess(answers)
    assert verdict.reasons or any(c.reasons for c in verdict.children)
    assert 1 <= questions(answers) <= 8


def test_there_are_at_least_twenty_scenarios():
    assert len(SCENARIOS) >= 20


def test_settled_paths_are_shorter_than_full_paths():
    kot = make_answers(household={"parents": [{"activity": "work"}, {"activity": "work"}]})
    full = make_answers()
    assert questions(kot) < questions(full)
