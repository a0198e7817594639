"""Caps explained: above the KOT maximum of 230 hours, above the maximum hourly price, above the
VNG standard rate or above the gemeente's own maximum, the verdict says what is counted and what
the parent pays on top (amounts worked out by hand from domain.md and the 2026 tables)."""

from __future__ import annotations

from decimal import Decimal

from tests.conftest import make_answers
from wizard import assess, get_profile
from wizard.caps import gemeente_max_hours


def _notes(v, lang):
    return [r.texts[lang] for r in v.fee.notes]


def test_240_hours_above_the_kot_maximum_are_explained_with_what_the_parent_pays():
    # 240 h x 12.00 dagopvang, income 45,000 (96 %): 230 h count at the 2026 maximum 11.23.
    # hours above: 10 x 12.00 = 120.00; price above: 230 x 0.77 = 177.10;
    # eigen bijdrage = 2880.00 - 96 % of 2582.90 (2479.58) = 400.42
    v = assess(make_answers(children=[{"age": 3, "care": {
        "type": "dagopvang", "hours_per_month": "240", "hourly_price": "12.00"}}]))
    nl, en = _notes(v, "nl"), _notes(v, "en")
    assert any("230 uur" in t and "240 uur" in t and "€ 120,00" in t for t in nl)
    assert any("230 hours" in t and "€120.00" in t for t in en)
    assert any("€ 11,23" in t and "€ 0,77 per uur" in t and "€ 177,10" in t for t in nl)
    assert v.fee.children[0].result.eigen_bijdrage == Decimal("400.42")


def test_a_gastouder_price_above_the_maximum_is_explained():
    # 100 h x 9.50 gastouderopvang; 2026 maximum 8.49: difference 1.01 x 100 = 101.00
    v = assess(make_answers(children=[{"age": 3, "care": {
        "type": "gastouderopvang", "hours_per_month": "100", "hourly_price": "9.50"}}]))
    en = _notes(v, "en")
    assert any("€8.49" in t and "€9.50" in t and "€1.01 an hour" in t and "€101.00" in t
               for t in en)


def test_within_the_caps_there_is_no_cap_note():
    v = assess(make_answers())  # 80 h x 10.50 dagopvang
    assert not any("at most" in t for t in _notes(v, "en"))


def test_the_vng_standard_rate_is_explained(monkeypatch):
    # A gemeente using the VNG table: 50 h x 12.00, standard rate 11.23: 0.77 x 50 = 38.50
    base = get_profile("basislijn")
    fee_rule = base.rules.fee.model_copy(update={"method": "vng"})
    vng = base.model_copy(update={"rules": base.rules.model_copy(update={"fee": fee_rule})})
    v = assess(make_answers(children=[{"age": 3, "care": {
        "type": "dagopvang", "hours_per_month": "50", "hourly_price": "12.00"}}]), vng)
    assert any("VNG" in t and "€11.23" in t and "€38.50" in t for t in _notes(v, "en"))


def test_hours_above_the_gemeentes_own_maximum_are_paid_by_the_parent():
    # A gemeente paying at most 3 days of 10.5 hours: 3 x 10.5 x 52/12 = 136.5 -> 137 h.
    # 150 h x 9.00: 13 h above = 117.00 on top of the fee for 137 h.
    base = get_profile("basislijn")
    days = base.rules.days.model_copy(update={"days_per_week": Decimal(3),
                                              "hours_per_day": Decimal("10.5"), "id": "TEST-DAYS"})
    local = base.model_copy(update={"kind": "gemeente", "name": "Testgemeente",
                                    "rules": base.rules.model_copy(update={"days": days})})
    assert gemeente_max_hours(local) == (Decimal(137), "TEST-DAYS")
    answers = make_answers(children=[{"age": 3, "care": {
        "type": "dagopvang", "hours_per_month": "150", "hourly_price": "9.00"}}])
    v = assess(answers, local)
    note = next(r for r in v.fee.notes if r.rule == "TEST-DAYS")
    assert "137" in note.texts["en"] and "13 hours" in note.texts["en"]
    assert "€117.00" in note.texts["en"] and "€ 117,00" in note.texts["nl"]
    # 137 h x 9.00 = 1233.00, 96 % reimbursed = 1183.68; parent 49.32 + 117.00 = 166.32
    r = v.fee.children[0].result
    assert (r.invoice, r.eigen_bijdrage) == (Decimal("1350.00"), Decimal("166.32"))
