"""The engine against the family cases in tests/cases/engine.toml (tests as data)."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import make_answers
from wizard.rules import assess

CASES = tomllib.loads((Path(__file__).parent / "cases" / "engine.toml").read_text())["case"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case):
    patch = dict(case.get("patch", {}))
    patch["gemeente"] = case.get("gemeente", "basislijn")
    answers = make_answers(**patch)
    if case.get("without_income"):
        answers = answers.model_copy(update={"income": type(answers.income)()})
    verdict = assess(answers)
    exp = case["expect"]
    assert verdict.outcome == exp["outcome"]
    if "children" in exp:
        assert [c.outcome for c in verdict.children] == exp["children"]
    rules = {r.rule for r in verdict.all_reasons()}
    for rule in exp.get("rules", []):
        assert rule in rules, f"{rule} not among {sorted(rules)}"
    routes = {r.route for r in verdict.referrals}
    for route in exp.get("referrals", []):
        assert route in routes
    for route in exp.get("no_referrals", []):
        assert route not in routes
    flags = {f.basislijn for f in verdict.flags}
    for flag in exp.get("flags", []):
        assert flag in flags
    if "fee_total" in exp:
        assert verdict.fee is not None
        assert verdict.fee.total_eigen_bijdrage == Decimal(exp["fee_total"])
    if exp.get("no_fee"):
        assert verdict.fee is None
    if "text_contains" in exp:
        assert any(exp["text_contains"] in r.texts["en"] for r in verdict.all_reasons())
    for reason in verdict.all_reasons():
        assert reason.texts["nl"] and reason.texts["en"]
