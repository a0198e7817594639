#!/usr/bin/env python3
"""Own fee computation for the h14 d writer (KOT table 2026, max uurprijs 2026, Decimal, half-up).

eigen bijdrage per child per month = round(hours*price) - round(round(min(hours,230)*min(price,max))*pct/100)
First child = most hours (tie: highest cost); others use pct_next_child.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
CENT = Decimal("0.01")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    with open(REF / "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF / "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fee_one(income, care_type, hours, price, first=True):
    hours, price = Decimal(str(hours)), Decimal(str(price))
    p1, pn = kot_row(income)
    pct = p1 if first else pn
    el_price = min(price, max_price(care_type))
    el_hours = min(hours, Decimal(230))
    el_cost = r(el_hours * el_price)
    reimbursed = r(el_cost * pct / 100)
    invoice = r(hours * price)
    return dict(pct=pct, el_price=el_price, el_hours=el_hours, el_cost=el_cost,
                reimbursed=reimbursed, invoice=invoice, fee=invoice - reimbursed)


def fees(income, children):
    """children: list of (care_type, hours, price); returns list of dicts in input order."""
    order = sorted(range(len(children)),
                   key=lambda i: (-Decimal(str(children[i][1])),
                                  -Decimal(str(children[i][1])) * Decimal(str(children[i][2]))))
    first = order[0]
    return [fee_one(income, *c, first=(i == first)) for i, c in enumerate(children)]


CASES = {
    # reference checks (format examples / Dienst Toeslagen brochure)
    "check_example_1": (28000, [("gastouderopvang", 100, 8.2)]),            # 32.80
    "check_example_2": (66000, [("dagopvang", 96, 11.8), ("bso", 48, 10.25)]),  # 145.28, 35.95
    "check_brochure_3": (40000, [("gastouderopvang", 240, 8.25)]),           # reimbursed 1821.60
    # chat questions
    "h14dq009": (45000, [("dagopvang", 80, 10.90)]),
    "h14dq010": (70000, [("bso", 60, 10.40)]),
    "h14dq011": (101000, [("dagopvang", 96, 11.50), ("bso", 40, 10.20)]),
    # families
    "family_1": (75000, [("dagopvang", 88, 11.40), ("bso", 52, 9.75)]),
    "family_2": (22000, [("gastouderopvang", 240, 8.75)]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(f"{name}: income {inc}")
        for i, (c, res) in enumerate(zip(kids, fees(inc, kids))):
            print(f"  child {i} {c}: pct {res['pct']} price {res['el_price']} hours {res['el_hours']} "
                  f"cost {res['el_cost']} reimbursed {res['reimbursed']} invoice {res['invoice']} "
                  f"-> eigen bijdrage {res['fee']}")
