"""Shared test helpers: answers built from plain data, the way a saved file is read."""

from __future__ import annotations

import copy
from datetime import date

import pytest

from wizard.models import Answers

TODAY = date(2026, 11, 26)

BASE = {
    "gemeente": "basislijn",
    "reference_date": "2026-11-26",
    "household": {"parents": [{"activity": "work"}, {"activity": "none"}]},
    "children": [{"age": 3, "care": {"type": "dagopvang", "hours_per_month": "80",
                                     "hourly_price": "10.50"}}],
    "situation": {"reasons": ["parent_mental_illness"], "professional_can_confirm": True,
                  "long_term": False},
    "income": {"toetsingsinkomen": "45000"},
}


def deep_merge(base: dict, patch: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in patch.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v)
        else:
            out[k] = copy.deepcopy(v)
    return out


def make_answers(**patch) -> Answers:
    return Answers.from_data(deep_merge(BASE, patch))


@pytest.fixture
def answers_factory():
    return make_answers


@pytest.fixture(autouse=True)
def _pinned_today(monkeypatch):
    """Every test runs on TODAY, whatever day it is run: a check started now (the wizard's new
    draft, the chat, an extension) takes wizard.dated.today() as its reference date. A test
    about another day pins its own (tests/test_dated.py)."""
    monkeypatch.setattr("wizard.dated.today", lambda: TODAY)


@pytest.fixture
def feedback_db(tmp_path, monkeypatch):
    """Feedback sent in a test goes to a file of its own, never to a configured database."""
    path = tmp_path / "fb.sqlite3"
    monkeypatch.setenv("SMI_FEEDBACK_DB", str(path))
    monkeypatch.delenv("SMI_DATABASE_URL", raising=False)
    return path
