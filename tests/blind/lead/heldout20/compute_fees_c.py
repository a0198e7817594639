#!/usr/bin/env python3
"""Own fee calculator for the h20 writer-c family cases and chat contribution questions.

Rules (domain.md, reference/SOURCES.md): KOT table 2026 (bounds inclusive), max uurprijs 2026,
at most 230 h per child per month, first child = most hours (tie: highest cost), all money in
Decimal, rounded to whole cents half-up, per child per month.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference"
CENT = Decimal("0.01")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    with open(f"{REF}/kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(f"{REF}/max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of dicts per input index."""
    first, nxt = kot_row(income)
    items = []
    for i, (ct, h, p) in enumerate(children):
        h, p = Decimal(str(h)), Decimal(str(p))
        items.append({"i": i, "type": ct, "hours": h, "price": p, "invoice": r(h * p)})
    # first child: most hours; on a tie the highest cost
    order = sorted(items, key=lambda c: (c["hours"], c["invoice"]), reverse=True)
    first_idx = order[0]["i"]
    out = []
    for c in items:
        pct = first if c["i"] == first_idx else nxt
        el_price = min(c["price"], max_price(c["type"]))
        el_hours = min(c["hours"], Decimal(230))
        el_cost = r(el_hours * el_price)
        reimb = r(el_cost * pct / 100)
        fee = c["invoice"] - reimb
        out.append(dict(c, pct=pct, el_price=el_price, el_hours=el_hours, el_cost=el_cost,
                        reimbursed=reimb, fee=fee, first=(c["i"] == first_idx)))
    return out


CASES = {
    # brochure checks (reimbursed amounts)
    "check brochure 1": (60000, [("dagopvang", 122, 10.50)]),
    "check brochure 2": (120000, [("dagopvang", 87, 12.45), ("bso", 65, 10.10)]),
    "check brochure 3": (40000, [("gastouderopvang", 240, 8.25)]),
    "check brochure 4": (50000, [("gastouderopvang", 108, 9.52)]),
    # chat contribution questions
    "h20cq009": (45000, [("dagopvang", 80, 10.90)]),
    "h20cq010": (72000, [("bso", 60, 10.50)]),
    "h20cq011": (30000, [("gastouderopvang", 120, 9.00)]),
    "h20cq012": (62000, [("dagopvang", 90, 11.50), ("bso", 40, 9.50)]),
    "h20cq013": (95000, [("dagopvang", 100, 11.23)]),
    # family cases
    "family A": (22000, [("dagopvang", 236, 10.80), ("bso", 80, 9.40)]),
    "family B": (250000, [("dagopvang", 64, 9.90), ("bso", 64, 10.40)]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(f"== {name}: toetsingsinkomen {inc}")
        for c in fees(inc, kids):
            print(f"  child {c['i']} {c['type']:16} {c['hours']} h x {c['price']}: invoice {c['invoice']}; "
                  f"eligible {c['el_hours']} h x {c['el_price']} = {c['el_cost']}; "
                  f"{'first' if c['first'] else 'next '} {c['pct']}% -> reimbursed {c['reimbursed']}; "
                  f"eigen bijdrage {c['fee']}")
