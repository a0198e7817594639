#!/usr/bin/env python3
"""h17 writer b: own fee calculator for the held-out cases.

Eigen bijdrage per child per month with the KOT table 2026 and the maximum hourly
prices 2026 (read from /work/shared/reference/), Decimal, half-up to whole cents.
Rules (domain.md, SOURCES.md):
  first child = most hours (tie: highest cost); others = next child
  eligible_price = min(price, max_uurprijs[2026][type]); eligible_hours = min(hours, 230)
  eligible_cost = round(eligible_hours * eligible_price)
  reimbursed   = round(eligible_cost * pct / 100)
  invoice      = round(hours * price)
  eigen bijdrage = invoice - reimbursed
Run: python3 compute_fees.py   (prints every computation used in the test files)
"""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
CENT = Decimal("0.01")
CAP = Decimal(230)


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(income)
    with open(REF + "kot_2026.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if lo <= income and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF + "max_uurprijs.csv", newline="") as fh:
        for row in csv.DictReader(fh):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError((year, care_type))


def fees(income, children):
    """children: list of (care_type, hours, price) as strings/numbers, in input order.
    Returns a list of dicts (same order) with the steps and the fee."""
    first_pct, next_pct = kot_row(income)
    kids = []
    for i, (ctype, hours, price) in enumerate(children):
        hours, price = Decimal(str(hours)), Decimal(str(price))
        kids.append(dict(i=i, type=ctype, hours=hours, price=price, invoice=r(hours * price)))
    # first child: most hours, then highest cost
    first = max(kids, key=lambda k: (k["hours"], k["invoice"]))["i"]
    out = []
    for k in kids:
        pct = first_pct if k["i"] == first else next_pct
        e_price = min(k["price"], max_price(k["type"]))
        e_hours = min(k["hours"], CAP)
        e_cost = r(e_hours * e_price)
        reimb = r(e_cost * pct / 100)
        k.update(first=(k["i"] == first), pct=pct, e_price=e_price, e_hours=e_hours,
                 e_cost=e_cost, reimbursed=reimb, fee=k["invoice"] - reimb)
        out.append(k)
    return out


def show(label, income, children):
    print(f"== {label}: toetsingsinkomen {income}")
    for k in fees(income, children):
        print(f"  child {k['i']} {k['type']} {k['hours']} h x {k['price']} "
              f"({'first' if k['first'] else 'next'} child, {k['pct']} %): "
              f"eligible {k['e_hours']} h x {k['e_price']} = {k['e_cost']}; "
              f"reimbursed {k['reimbursed']}; invoice {k['invoice']}; "
              f"eigen bijdrage {k['fee']}")


if __name__ == "__main__":
    # self-check against the Dienst Toeslagen worked examples (SOURCES.md)
    assert fees(60000, [("dagopvang", 122, "10.50")])[0]["reimbursed"] == Decimal("1202.86")
    ex2 = fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")])
    assert [k["reimbursed"] for k in ex2] == [Decimal("592.07"), Decimal("570.21")]
    assert fees(40000, [("gastouderopvang", 240, "8.25")])[0]["reimbursed"] == Decimal("1821.60")
    assert fees(50000, [("gastouderopvang", 108, "9.52")])[0]["reimbursed"] == Decimal("880.24")
    print("worked examples OK")

    # chat questions (category contribution)
    show("h17bq012", 45000, [("dagopvang", 100, "10.80")])
    show("h17bq013", 72000, [("dagopvang", 120, "12.50")])
    show("h17bq014", 58500, [("bso", 60, "9.50")])
    show("h17bq015", 88000, [("dagopvang", 150, "11.50"), ("bso", 50, "10.20")])

    # families.toml
    show("family 1", 38000, [("dagopvang", 236, "11.95"), ("bso", 60, "10.40")])
    show("family 2", 104000, [("gastouderopvang", 80, "9.00"), ("dagopvang", 80, "10.90")])
