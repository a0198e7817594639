"""Eigen bijdrage per child per month with the KOT table or the VNG adviestabel (B11),
exactly as domain.md describes; money in Decimal, cents half-up."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel

from wizard.errors import InputError
from wizard.models import Care, CareType
from wizard.money import cents
from wizard.tables import kot_table, max_hours_per_month, max_uurprijs, vng_table

FeeTable = Literal["kot", "vng", "none"]
ZERO = Decimal(0)


class FeeResult(BaseModel):
    year: int
    table: FeeTable
    rank: int  # 1 = first child (most hours), 2 = each next child
    care_type: CareType
    hours: Decimal
    hourly_price: Decimal
    income_given: bool
    pct: Decimal | None = None  # KOT: percentage of the eligible cost reimbursed
    parent_rate: Decimal | None = None  # VNG: what the parent pays per hour
    subsidy_per_hour: Decimal | None = None  # VNG: what the gemeente pays per hour
    eligible_price: Decimal
    eligible_hours: Decimal
    invoice: Decimal
    reimbursed: Decimal
    eigen_bijdrage: Decimal


def _check(price: Decimal, hours: Decimal, rank: int) -> None:
    if price < 0 or hours < 0:
        raise InputError(
            {
                "en": "Hours and hourly price cannot be negative.",
                "nl": "Uren en uurprijs kunnen niet negatief zijn.",
            }
        )
    if rank not in (1, 2):
        raise InputError(
            {
                "en": "Rank must be 1 (first child) or 2 (each next child).",
                "nl": "Rang moet 1 (eerste kind) of 2 (elk volgend kind) zijn.",
            }
        )


def kot_fee(
    year: int, income: Decimal | None, care_type: CareType, price: Decimal, hours: Decimal,
    rank: int,
) -> FeeResult:
    _check(price, hours, rank)
    row = kot_table(year).row_for(income)
    pct = row.pct_first_child if rank == 1 else row.pct_next_child
    eligible_price = min(price, max_uurprijs(year)[care_type.value])
    eligible_hours = min(hours, max_hours_per_month())
    eligible_cost = cents(eligible_hours * eligible_price)
    reimbursed = cents(eligible_cost * pct / 100)
    invoice = cents(hours * price)
    return FeeResult(
        year=year, table="kot", rank=rank, care_type=care_type, hours=hours, hourly_price=price,
        income_given=income is not None, pct=pct, eligible_price=eligible_price,
        eligible_hours=eligible_hours, invoice=invoice, reimbursed=reimbursed,
        eigen_bijdrage=invoice - reimbursed,
    )


def vng_fee(
    year: int, income: Decimal | None, care_type: CareType, price: Decimal, hours: Decimal,
    rank: int,
) -> FeeResult:
    _check(price, hours, rank)
    row = vng_table(year).row_for(income)
    parent_rate = row.parent_rate_first if rank == 1 else row.parent_rate_next
    subsidy = max(ZERO, min(price, row.standard_rate) - parent_rate)
    invoice = cents(hours * price)
    eigen = cents(hours * price - hours * subsidy)
    return FeeResult(
        year=year, table="vng", rank=rank, care_type=care_type, hours=hours, hourly_price=price,
        income_given=income is not None, parent_rate=parent_rate, subsidy_per_hour=subsidy,
        eligible_price=min(price, row.standard_rate), eligible_hours=hours, invoice=invoice,
        # shown so that invoice - reimbursed = eigen bijdrage on screen and paper
        reimbursed=invoice - eigen, eigen_bijdrage=eigen,
    )


def free_fee(
    year: int, income: Decimal | None, care_type: CareType, price: Decimal, hours: Decimal,
    rank: int,
) -> FeeResult:
    """A gemeente that pays the whole invoice (B11 allows paying more than the tables)."""
    _check(price, hours, rank)
    invoice = cents(hours * price)
    return FeeResult(
        year=year, table="none", rank=rank, care_type=care_type, hours=hours, hourly_price=price,
        income_given=income is not None, eligible_price=price, eligible_hours=hours,
        invoice=invoice, reimbursed=invoice, eigen_bijdrage=ZERO.quantize(Decimal("0.01")),
    )


FEE_FUNCTIONS = {"kot": kot_fee, "vng": vng_fee, "none": free_fee}


def fee(table: FeeTable, year: int, income: Decimal | None, care_type: CareType,
        price: Decimal, hours: Decimal, rank: int) -> FeeResult:
    return FEE_FUNCTIONS[table](year, income, care_type, price, hours, rank)


def rank_children(cares: Sequence[tuple[int, Care]]) -> dict[int, int]:
    """Rank 1 for the child with the most hours (tie: the highest cost), 2 for the others.

    Dienst Toeslagen, 'Welke opvangkosten krijg ik vergoed?'; ties beyond that keep the
    order in which the children were entered, so the result is stable."""
    if not cares:
        return {}
    first = max(
        cares,
        key=lambda ic: (ic[1].hours_per_month, ic[1].hours_per_month * ic[1].hourly_price,
                        -ic[0]),
    )[0]
    return {i: 1 if i == first else 2 for i, _ in cares}
