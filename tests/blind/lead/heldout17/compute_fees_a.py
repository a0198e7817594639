#!/usr/bin/env python3
"""Blind fee computation for heldout17 writer a.

Rules from /work/shared/domain.md ("Eigen bijdrage"), tables from /work/shared/reference/:
KOT table 2026 (bounds inclusive), max uurprijs 2026, 230 h cap, first child = most hours
(tie: highest cost), Decimal, half-up to whole cents, per child per month.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference"
CENT = Decimal("0.01")
HOUR_CAP = Decimal("230")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    with open(f"{REF}/kot_2026.csv", newline="") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(f"{REF}/max_uurprijs.csv", newline="") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError((year, care_type))


def fees(income, children):
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts by index."""
    pct_first, pct_next = kot_row(income)
    kids = []
    for i, (ct, hours, price) in enumerate(children):
        hours, price = Decimal(str(hours)), Decimal(str(price))
        invoice = r(hours * price)
        kids.append((i, ct, hours, price, invoice))
    # first child: most hours; tie -> highest cost (invoice)
    first = max(kids, key=lambda k: (k[2], k[4]))[0]
    out = []
    for i, ct, hours, price, invoice in kids:
        pct = pct_first if i == first else pct_next
        el_price = min(price, max_price(ct))
        el_hours = min(hours, HOUR_CAP)
        el_cost = r(el_hours * el_price)
        reimbursed = r(el_cost * pct / 100)
        out.append(dict(index=i, type=ct, first=(i == first), pct=pct, eligible_price=el_price,
                        eligible_hours=el_hours, eligible_cost=el_cost, reimbursed=reimbursed,
                        invoice=invoice, eigen_bijdrage=invoice - reimbursed))
    return out


CASES = {
    # brochure checks (reimbursed amounts)
    "check brochure 1 (reimbursed 1202.86)": (60000, [("dagopvang", 122, "10.50")]),
    "check brochure 2 (reimbursed 592.07 / 570.21)": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "check brochure 3 (reimbursed 1821.60)": (40000, [("gastouderopvang", 240, "8.25")]),
    "check brochure 4 (reimbursed 880.24)": (50000, [("gastouderopvang", 108, "9.52")]),
    # chat questions (contribution)
    "h17aq016 45000; kdv 88h x 10.95": (45000, [("dagopvang", 88, "10.95")]),
    "h17aq017 72000; kdv 120h x 12.10": (72000, [("dagopvang", 120, "12.10")]),
    "h17aq018 38000; kdv 100h x 11.00 + bso 60h x 9.50": (38000, [("dagopvang", 100, "11.00"), ("bso", 60, "9.50")]),
    "h17aq019 30000; gastouder 250h x 8.00": (30000, [("gastouderopvang", 250, "8.00")]),
    "h17aq020 95000; bso 70h x 10.40": (95000, [("bso", 70, "10.40")]),
    # families.toml
    "family 1: 21500; gastouder 240h x 7.90": (21500, [("gastouderopvang", 240, "7.90")]),
    "family 2: 82000; bso 96h x 9.10 (idx0) + kdv 96h x 11.60 (idx1)": (82000, [("bso", 96, "9.10"), ("dagopvang", 96, "11.60")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(f"== {name}")
        for k in fees(inc, kids):
            print(f"  child {k['index']} {k['type']:16s} first={k['first']!s:5s} pct={k['pct']} "
                  f"price={k['eligible_price']} hours={k['eligible_hours']} cost={k['eligible_cost']} "
                  f"reimbursed={k['reimbursed']} invoice={k['invoice']} EIGEN_BIJDRAGE={k['eigen_bijdrage']}")
