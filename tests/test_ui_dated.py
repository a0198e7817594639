"""The wizard's result page on a day after the last published fee table (1 February 2027):
the verdict with its reasons, and instead of an amount, table or chart one sentence that the
year's tables are not published yet. The wizard takes today's date as the reference date and
does not let a visitor change it, so the day is pinned here (AppTest runs in this process)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.ui_driver import (
    children,
    gemeente,
    household,
    new_app,
    opvang,
    professional,
    situation,
    start,
    step,
    texts,
    to_result,
)

NOTICE = {"nl": "zijn nog niet gepubliceerd", "en": "are not published yet"}
VERDICT = {"nl": "waarschijnlijk SMI krijgen", "en": "probably get SMI"}


@pytest.fixture(autouse=True)
def in_2027(monkeypatch):
    monkeypatch.setattr("wizard.dated.today", lambda: date(2027, 2, 1))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_eligible_family_in_2027_sees_its_verdict_and_the_sentence_not_an_amount(lang):
    at = new_app(lang)
    start(at)
    gemeente(at, "basislijn")
    household(at, ["work", "none"])
    situation(at, ["parent_mental_illness"], long="no")
    professional(at, yes=True)
    children(at, [(2, "none", "no")])
    opvang(at, {0: ("dagopvang", "87", "10,50")})
    assert step(at) == "review"  # no income question: it would only serve an estimate
    to_result(at)
    shown = texts(at)
    assert at.session_state["draft"].reference_date == date(2027, 2, 1)
    assert NOTICE[lang] in shown and "2027" in shown
    verdict, sentence = (m.value for m in at.markdown[:2])  # the summary at the top
    assert VERDICT[lang] in verdict and NOTICE[lang] in sentence
    assert len(at.table) == 0  # no fee table
    assert not [e for e in at.get("arrow_vega_lite_chart")]  # no fee chart
    # the invoice of 87 h x 10.50 = 913.50 and any own contribution are not on the page
    assert "913" not in shown and "/ maand" not in shown.lower()


def test_a_both_working_family_in_2027_still_gets_the_kot_route():
    at = new_app("en")
    start(at)
    gemeente(at, "basislijn")
    household(at, ["work", "work"])
    assert step(at) == "result"
    shown = texts(at)
    assert "kinderopvangtoeslag" in shown.lower() or "KOT" in shown
    assert NOTICE["en"] not in shown
