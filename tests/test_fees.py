"""Eigen bijdrage: the official worked examples, every bracket edge, rounding and ranking."""

from __future__ import annotations

import csv
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.errors import TableNotAvailable
from wizard.fees import fee, kot_fee, rank_children, vng_fee
from wizard.models import Care, CareType
from wizard.money import cents

REF = Path(__file__).resolve().parents[2] / "shared" / "reference"
CONTENT = Path(__file__).resolve().parents[1] / "content" / "tables"

# Dienst Toeslagen brochure "Berekening kinderopvangtoeslag 2026" (shared/reference/SOURCES.md).
BROCHURE = [
    ("income 60,000, one child, dagopvang 10.50 x 122 h is reimbursed 1,202.86",
     60000, "dagopvang", "10.50", "122", 1, "1202.86"),
    ("income 120,000, first child dagopvang 12.45 x 87 h is capped at 11.23 and reimbursed 592.07",
     120000, "dagopvang", "12.45", "87", 1, "592.07"),
    ("income 120,000, next child BSO 10.10 x 65 h is capped at 9.98 and reimbursed 570.21",
     120000, "bso", "10.10", "65", 2, "570.21"),
    ("income 40,000, gastouder 8.25 x 240 h counts only 230 h and is reimbursed 1,821.60",
     40000, "gastouderopvang", "8.25", "240", 1, "1821.60"),
    ("income 50,000, gastouder 9.52 x 108 h is capped at 8.49 and reimbursed 880.24",
     50000, "gastouderopvang", "9.52", "108", 1, "880.24"),
]


@pytest.mark.parametrize("name,income,care,price,hours,rank,reimbursed", BROCHURE,
                         ids=[b[0] for b in BROCHURE])
def test_brochure_example(name, income, care, price, hours, rank, reimbursed):
    r = kot_fee(2026, D(income), CareType(care), D(price), D(hours), rank)
    assert r.reimbursed == D(reimbursed)
    assert r.invoice == cents(D(price) * D(hours))
    assert r.eigen_bijdrage == r.invoice - r.reimbursed


def test_gastouder_bills_all_240_hours_so_the_parent_pays_the_10_uncovered_hours():
    r = kot_fee(2026, D(40000), CareType.gastouderopvang, D("8.25"), D(240), 1)
    assert r.invoice == D("1980.00")
    assert r.eigen_bijdrage == D("1980.00") - D("1821.60")


def test_brochure_two_children_are_ranked_by_hours():
    cares = [(1, Care(type=CareType.bso, hours_per_month=D(65), hourly_price=D("10.10"))),
             (2, Care(type=CareType.dagopvang, hours_per_month=D(87), hourly_price=D("12.45")))]
    assert rank_children(cares) == {1: 2, 2: 1}


def test_equal_hours_rank_the_child_with_the_highest_cost_first():
    cares = [(1, Care(type=CareType.bso, hours_per_month=D(60), hourly_price=D("9.00"))),
             (2, Care(type=CareType.dagopvang, hours_per_month=D(60), hourly_price=D("11.00")))]
    assert rank_children(cares) == {1: 2, 2: 1}


def test_woerden_vng_example_lowest_bracket_pays_45_cents_an_hour():
    # VNG adviestabel 2026 as published by Woerden: at 11.23 the parent pays 0.45, gemeente 10.78.
    r = vng_fee(2026, D(20000), CareType.dagopvang, D("11.23"), D(100), 1)
    assert r.parent_rate == D("0.45")
    assert r.subsidy_per_hour == D("10.78")
    assert r.eigen_bijdrage == D("45.00")


def test_vng_price_above_standard_rate_is_paid_by_the_parent():
    r = vng_fee(2026, D(20000), CareType.dagopvang, D("12.23"), D(10), 1)
    assert r.eigen_bijdrage == D("14.50")  # 10 x (0.45 + 1.00 above the standard rate)


def _rows(name):
    # The shipped copy; test_shipped_tables_are_exact_copies_of_the_reference ties it to the
    # official reference when ../shared is present (as in CI).
    with (CONTENT / name).open() as fh:
        return list(csv.DictReader(fh))


KOT_ROWS = _rows("kot_2026.csv")


@pytest.mark.parametrize("row", KOT_ROWS, ids=[r["income_from_eur"] for r in KOT_ROWS])
def test_kot_bracket_edges_use_the_row_of_the_official_table(row):
    for income in filter(None, [row["income_from_eur"], row["income_to_eur"]]):
        first = kot_fee(2026, D(income), CareType.dagopvang, D(10), D(100), 1)
        nxt = kot_fee(2026, D(income), CareType.dagopvang, D(10), D(100), 2)
        assert first.pct == D(row["pct_first_child"])
        assert nxt.pct == D(row["pct_next_child"])


VNG_ROWS = _rows("vng_peuter_2026.csv")


@pytest.mark.parametrize("row", VNG_ROWS, ids=[r["income_from_eur"] for r in VNG_ROWS])
def test_vng_bracket_edges_use_the_row_of_the_official_table(row):
    for income in filter(None, [row["income_from_eur"], row["income_to_eur"]]):
        r1 = vng_fee(2026, D(income), CareType.dagopvang, D("11.23"), D(10), 1)
        r2 = vng_fee(2026, D(income), CareType.dagopvang, D("11.23"), D(10), 2)
        assert r1.parent_rate == D(row["parent_eur_per_hour"])
        assert r2.parent_rate == D(row["parent_eur_per_hour_next_child"])


def test_shipped_tables_are_exact_copies_of_the_reference():
    if not REF.exists():
        pytest.skip("../shared/reference is not beside this checkout")
    for name in ("kot_2026.csv", "vng_peuter_2026.csv", "max_uurprijs.csv"):
        assert (CONTENT / name).read_text() == (REF / name).read_text()


def test_income_with_cents_between_two_rows_belongs_to_the_lower_row():
    r = kot_fee(2026, D("56412.50"), CareType.dagopvang, D(10), D(10), 1)
    assert r.pct == D("96.0")


def test_no_income_given_means_the_highest_contribution():
    r = kot_fee(2026, None, CareType.dagopvang, D(10), D(100), 1)
    assert r.pct == D("36.5")
    assert r.income_given is False


def test_half_cent_rounds_up():
    # 1 h x 10.005 = 10.005 -> 10.01 invoice; half-up, not banker's rounding.
    r = kot_fee(2026, D(20000), CareType.dagopvang, D("10.005"), D(1), 1)
    assert r.invoice == D("10.01")
    assert cents(D("0.125")) == D("0.13")
    assert cents(D("0.135")) == D("0.14")


def test_a_year_before_the_tables_is_a_clear_error_naming_what_exists():
    with pytest.raises(TableNotAvailable) as exc:
        kot_fee(2025, D(50000), CareType.dagopvang, D(10), D(10), 1)
    assert "2026" in exc.value.message("en") and "2025" in exc.value.message("nl")


@pytest.mark.parametrize("table", ["kot", "vng"])
def test_a_year_after_the_tables_says_they_are_not_published_yet_not_last_years_amount(table):
    with pytest.raises(TableNotAvailable) as exc:
        fee(table, 2027, D(50000), CareType.dagopvang, D(10), D(10), 1)
    assert "2027" in exc.value.message("nl") and "nog niet gepubliceerd" in exc.value.message("nl")
    assert "not published yet" in exc.value.message("en")


money = st.decimals(min_value=0, max_value=100, places=2)
hours = st.decimals(min_value=0, max_value=744, places=1)
incomes = st.integers(min_value=0, max_value=400_000)
care_types = st.sampled_from(list(CareType))


@settings(max_examples=300, deadline=None)
@given(incomes, care_types, hours, st.sampled_from([1, 2]))
def test_eigen_bijdrage_is_never_negative_when_price_is_at_most_the_maximum(inc, care, h, rank):
    from wizard.tables import max_uurprijs

    price = max_uurprijs(2026)[care.value]
    for fn in (kot_fee, vng_fee):
        assert fn(2026, D(inc), care, price, h, rank).eigen_bijdrage >= 0


@settings(max_examples=300, deadline=None)
@given(incomes, incomes, care_types, money, hours, st.sampled_from([1, 2]))
def test_eigen_bijdrage_never_falls_when_income_rises(a, b, care, price, h, rank):
    lo, hi = sorted((a, b))
    for fn in (kot_fee, vng_fee):
        assert fn(2026, D(lo), care, price, h, rank).eigen_bijdrage <= fn(
            2026, D(hi), care, price, h, rank).eigen_bijdrage


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.none(), incomes.map(D)), care_types, money, hours, st.sampled_from([1, 2]))
def test_fees_are_whole_cents_and_never_raise_on_valid_input(inc, care, price, h, rank):
    for fn in (kot_fee, vng_fee):
        r = fn(2026, inc, care, price, h, rank)
        for amount in (r.invoice, r.reimbursed, r.eigen_bijdrage):
            assert amount == cents(amount)
        assert r.invoice == r.reimbursed + r.eigen_bijdrage
