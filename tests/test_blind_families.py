"""The blind family cases (tests/blind/families.toml, written from domain.md alone by a writer
who did not see this code): the verdict's outcome and each child's eigen bijdrage to the cent.
SMI_BLIND_FAMILIES=<path> runs another file of the same shape (the held-out set, to report)."""

from __future__ import annotations

import json
import os
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from wizard import assess
from wizard.answers_io import parse_answers

PATH = Path(os.environ.get("SMI_BLIND_FAMILIES")
            or Path(__file__).parent / "blind" / "families.toml")
FAMILIES = tomllib.loads(PATH.read_text())["family"] if PATH.exists() else []

# The writer's outcome words, as the verdict shows them.
ROUTE_OF = {"kot_referral": "kot", "wlz_referral": "wlz", "jeugdwet_referral": "jeugdwet"}


def outcome_word(verdict) -> str:
    if verdict.outcome in ("eligible", "not_eligible"):
        return verdict.outcome
    routes = {r.route for r in verdict.referrals}
    for word, route in ROUTE_OF.items():
        if verdict.outcome == "other_route" and route in routes:
            return word
    return verdict.outcome


@pytest.mark.skipif(not FAMILIES, reason="tests/blind/families.toml is not in this checkout")
@pytest.mark.parametrize("family", FAMILIES, ids=[f["id"] for f in FAMILIES])
def test_blind_family(family):
    answers = parse_answers(json.dumps(family["answers"], default=str))
    verdict = assess(answers)
    assert outcome_word(verdict) == family["expected_outcome"], family["name"]
    expected = family.get("expected_eigen_bijdrage")
    if expected:
        assert verdict.fee is not None, family["name"]
        got = {c.child: c.result.eigen_bijdrage for c in verdict.fee.children}
        assert [got.get(i) for i in range(1, len(expected) + 1)] == [
            Decimal(x) for x in expected], family["name"]
