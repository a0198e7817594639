#!/usr/bin/env python3
"""Own fee computation for the h18a cases (blind; from domain.md + reference CSVs only).

KOT 2026 table, max uurprijs 2026, 230 h cap, first child = most hours (tie: highest cost),
all money in Decimal, rounded half-up to whole cents, per child per month.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = Decimal("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def kot_row(income):
    inc = Decimal(str(income))
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if inc >= lo and (hi is None or inc <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of dicts in input order."""
    pf, pn = kot_row(income)
    kids = []
    for i, (ct, h, p) in enumerate(children):
        h, p = Decimal(str(h)), Decimal(str(p))
        invoice = r(h * p)
        kids.append(dict(i=i, type=ct, hours=h, price=p, invoice=invoice))
    first = max(kids, key=lambda k: (k["hours"], k["invoice"]))["i"]
    for k in kids:
        pct = pf if k["i"] == first else pn
        ep = min(k["price"], max_price(k["type"]))
        eh = min(k["hours"], Decimal(230))
        cost = r(eh * ep)
        reimb = r(cost * pct / 100)
        k.update(first=(k["i"] == first), pct=pct, elig_price=ep, elig_hours=eh,
                 elig_cost=cost, reimbursed=reimb, eigen=k["invoice"] - reimb)
    return kids


CASES = {
    # chat questions (contribution)
    "h18aq009": (22000, [("dagopvang", 80, "10.90")]),
    "h18aq010": (72000, [("bso", 60, "10.40")]),
    "h18aq011": (95000, [("dagopvang", 120, "11.23"), ("bso", 50, "9.50")]),
    "h18aq012": (58000, [("gastouderopvang", 130, "9.20")]),
    # families.toml
    "family 1 (kanker, vader werkt)": (82000, [("bso", 100, "10.20"), ("dagopvang", 100, "11.60")]),
    "family 2 (tweeling, alleenstaande vader)": (31000, [("gastouderopvang", 96, "8.75"), ("gastouderopvang", 96, "8.75")]),
    "family 3 (samengesteld gezin)": (118000, [("bso", 60, "9.40"), ("dagopvang", 240, "10.80")]),
    # worked examples from SOURCES.md as a self-check (reimbursed amounts)
    "check 1": (60000, [("dagopvang", 122, "10.50")]),
    "check 2": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "check 3": (40000, [("gastouderopvang", 240, "8.25")]),
    "check 4": (50000, [("gastouderopvang", 108, "9.52")]),
}

if __name__ == "__main__":
    for name, (inc, ch) in CASES.items():
        print(f"== {name}  toetsingsinkomen {inc}")
        for k in fees(inc, ch):
            print(f"  child {k['i']} {k['type']:16s} {k['hours']}h x {k['price']}  invoice {k['invoice']}"
                  f"  {'FIRST' if k['first'] else 'next '} {k['pct']}%  elig {k['elig_hours']}h x {k['elig_price']}"
                  f" = {k['elig_cost']}  reimbursed {k['reimbursed']}  EIGEN BIJDRAGE {k['eigen']}")
