#!/usr/bin/env python3
"""Own fee calculator for the h14 b blind cases: KOT table 2026, max uurprijs 2026,
230 h cap, first child = most hours (tie: highest cost), Decimal half-up to cents.
Reads only /work/shared/reference/*.csv."""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
CENT = Decimal("0.01")
CAP_HOURS = Decimal("230")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if lo <= income and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts."""
    first_pct, next_pct = kot_row(income)
    kids = []
    for i, (ct, h, p) in enumerate(children):
        h, p = Decimal(str(h)), Decimal(str(p))
        kids.append(dict(i=i, type=ct, hours=h, price=p, invoice=r(h * p)))
    first = max(kids, key=lambda k: (k["hours"], k["invoice"]))["i"]
    for k in kids:
        pct = first_pct if k["i"] == first else next_pct
        ep = min(k["price"], max_price(k["type"]))
        eh = min(k["hours"], CAP_HOURS)
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        k.update(pct=pct, elig_price=ep, elig_hours=eh, elig_cost=ec, reimbursed=reimb,
                 fee=k["invoice"] - reimb, first=(k["i"] == first))
    return kids


CASES = {
    # chat questions (contribution)
    "h14bq010 chat: 45k, kdv 80 h x 10.80": (45000, [("dagopvang", 80, "10.80")]),
    "h14bq011 chat: 72k, kdv 120 h x 12.10": (72000, [("dagopvang", 120, "12.10")]),
    "h14bq012 chat: 88k, kdv 100 h x 11.50 + bso 50 h x 10.50": (88000, [("dagopvang", 100, "11.50"), ("bso", 50, "10.50")]),
    "h14bq013 chat: 30k, gastouder 250 h x 8.00": (30000, [("gastouderopvang", 250, "8.00")]),
    # families.toml
    "family 1: 85k, kdv 96 h x 11.95 + bso 56 h x 9.40": (85000, [("bso", 56, "9.40"), ("dagopvang", 96, "11.95")]),
    "family 2: 21k, gastouder 240 h x 8.75": (21000, [("gastouderopvang", 240, "8.75")]),
}

if __name__ == "__main__":
    for name, (inc, ch) in CASES.items():
        print(f"== {name} (toetsingsinkomen {inc})")
        for k in fees(inc, ch):
            print(f"  child {k['i']} {k['type']}: {k['hours']} h x {k['price']} = invoice {k['invoice']}; "
                  f"{'first' if k['first'] else 'next'} child {k['pct']}%; "
                  f"eligible {k['elig_hours']} h x {k['elig_price']} = {k['elig_cost']}; "
                  f"reimbursed {k['reimbursed']}; eigen bijdrage {k['fee']}")
    # self-check against the Dienst Toeslagen worked examples (SOURCES.md)
    assert fees(60000, [("dagopvang", 122, "10.50")])[0]["reimbursed"] == Decimal("1202.86")
    ex2 = fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")])
    assert ex2[0]["reimbursed"] == Decimal("592.07") and ex2[1]["reimbursed"] == Decimal("570.21")
    assert fees(40000, [("gastouderopvang", 240, "8.25")])[0]["reimbursed"] == Decimal("1821.60")
    assert fees(50000, [("gastouderopvang", 108, "9.52")])[0]["reimbursed"] == Decimal("880.24")
    print("worked examples from SOURCES.md: OK")
