#!/usr/bin/env python3
"""Own fee computation for the h22 writer-b test cases (blind; from domain.md + reference tables only).

KOT table 2026 (bounds inclusive), max uurprijs 2026, at most 230 h per child per month,
first child = most hours (tie: highest cost). All money Decimal, half-up to whole cents.
eigen bijdrage = round(hours*price) - round(round(min(h,230)*min(price,max)) * pct/100)
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
CENT = Decimal("0.01")


def r(x):
    return Decimal(x).quantize(CENT, rounding=ROUND_HALF_UP)


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


def fees(income, children):
    """children: list of (care_type, hours_per_month, hourly_price). Returns {index: fee} and details."""
    first_pct, next_pct = kot_row(income)
    kids = [(i, t, Decimal(str(h)), Decimal(str(p))) for i, (t, h, p) in enumerate(children)]
    first = max(kids, key=lambda k: (k[2], k[2] * k[3]))[0]
    out, details = {}, {}
    for i, t, h, p in kids:
        pct = first_pct if i == first else next_pct
        el_price = min(p, max_price(t))
        el_hours = min(h, Decimal(230))
        el_cost = r(el_hours * el_price)
        reimb = r(el_cost * pct / 100)
        invoice = r(h * p)
        out[i] = invoice - reimb
        details[i] = dict(type=t, hours=h, price=p, pct=pct, first=(i == first), eligible_price=el_price,
                          eligible_hours=el_hours, eligible_cost=el_cost, reimbursed=reimb, invoice=invoice,
                          fee=invoice - reimb)
    return out, details


CASES = {
    # chat questions (contribution)
    "h22bq010 (nl) 38.000/jr, dagopvang 80 h x 10,50": (38000, [("dagopvang", 80, "10.50")]),
    "h22bq011 (en) 52k/yr, bso 60 h x 10.75": (52000, [("bso", 60, "10.75")]),
    "h22bq012 (nl) 75.000/jr, gastouder 120 h x 9,00": (75000, [("gastouderopvang", 120, "9.00")]),
    "h22bq013 (en) 61,000, dagopvang 100 h x 11.50 + bso 50 h x 9.50": (61000, [("dagopvang", 100, "11.50"), ("bso", 50, "9.50")]),
    "h22bq014 (nl) 30.000/jr, gastouder 250 h x 8,00": (30000, [("gastouderopvang", 250, "8.00")]),
    # check against the brochure worked examples
    "check ex1 60k dagopvang 122 h x 10.50": (60000, [("dagopvang", 122, "10.50")]),
    "check ex2 120k dagopvang 87 h x 12.45 + bso 65 h x 10.10": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    # families.toml
    "family 1: single parent 23.500, dagopvang 240 h x 11.90 + bso 70 h x 10.40": (23500, [("dagopvang", 240, "11.90"), ("bso", 70, "10.40")]),
    "family 2: 105.000, gastouder 80 h x 8.00 (idx0) + gastouder 80 h x 9.00 (idx1, tie -> highest cost first)": (105000, [("gastouderopvang", 80, "8.00"), ("gastouderopvang", 80, "9.00")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        out, det = fees(inc, kids)
        print(f"== {name}")
        for i, d in det.items():
            print(f"  child {i}: {d['type']} {d['hours']} h x {d['price']} | pct {d['pct']} ({'first' if d['first'] else 'next'}) | "
                  f"eligible {d['eligible_hours']} h x {d['eligible_price']} = {d['eligible_cost']} | reimbursed {d['reimbursed']} | "
                  f"invoice {d['invoice']} | eigen bijdrage {d['fee']}")
