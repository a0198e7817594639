"""Data for the fee chart: the family's monthly eigen bijdrage against yearly income, with the
KOT table and the VNG table side by side (issue 'fee charts'). Streamlit-free; the chart and
its text alternative are drawn from these rows."""

from __future__ import annotations

from decimal import Decimal

from wizard.dated import fee_published
from wizard.fees import FeeTable, fee, rank_children
from wizard.models import Answers
from wizard.rules import WHO_GETS_SMI, assess

DEFAULT_INCOMES = tuple(range(0, 240_001, 10_000))


def family_total(answers: Answers, table: FeeTable, income: Decimal | None) -> Decimal | None:
    """Total monthly eigen bijdrage of the children who may get SMI, or None without care."""
    verdict = assess(answers)
    cares = [(c.child, answers.children[c.child - 1].care) for c in verdict.children
             if c.outcome in WHO_GETS_SMI and answers.children[c.child - 1].care
             and answers.children[c.child - 1].care.is_complete]
    if not cares:
        return None
    ranks = rank_children(cares)
    year = answers.reference_date.year
    return sum((fee(table, year, income, care.type, care.hourly_price, care.hours_per_month,
                    ranks[i]).eigen_bijdrage for i, care in cares), Decimal("0.00"))


def fee_curve(answers: Answers, incomes: tuple[int, ...] = DEFAULT_INCOMES
              ) -> list[dict[str, object]]:
    """Rows {income, table, eigen_bijdrage} for both tables; empty when there is no care or
    when the reference year's tables are not published yet."""
    rows: list[dict[str, object]] = []
    if not all(fee_published(t, answers.reference_date) for t in ("kot", "vng")):
        return []  # a year whose tables are not out yet: no curve, never last year's numbers
    own = answers.income.toetsingsinkomen
    points = sorted(set(incomes) | ({int(own)} if own is not None else set()))
    for table in ("kot", "vng"):
        for income in points:
            total = family_total(answers, table, Decimal(income))
            if total is None:
                return []
            rows.append({"income": income, "table": table, "eigen_bijdrage": total})
    return rows
