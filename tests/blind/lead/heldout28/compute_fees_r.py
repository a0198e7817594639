#!/usr/bin/env python3
"""Own fee calculator for the h28 writer-r test cases.

KOT table 2026 and max uurprijs 2026 from /work/shared/reference/, Decimal, half-up to cents,
per child per month. First child = most hours (tie: highest cost); 230 h cap.
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
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts."""
    first_pct, next_pct = kot_row(income)
    kids = [(i, ct, Decimal(str(h)), Decimal(str(p))) for i, (ct, h, p) in enumerate(children)]
    # first child: most hours, tie -> highest cost
    first = max(kids, key=lambda k: (k[2], k[2] * k[3]))[0]
    out = []
    for i, ct, h, p in kids:
        pct = first_pct if i == first else next_pct
        price = min(p, max_price(ct))
        hours = min(h, Decimal(230))
        eligible_cost = r(hours * price)
        reimbursed = r(eligible_cost * pct / 100)
        invoice = r(h * p)
        out.append(dict(child=i, care=ct, first=(i == first), pct=pct, eligible_cost=eligible_cost,
                        reimbursed=reimbursed, invoice=invoice, fee=invoice - reimbursed))
    return out


CASES = {
    # brochure checks
    "brochure1": (60000, [("dagopvang", 122, "10.50")]),
    "brochure2": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "brochure3": (40000, [("gastouderopvang", 240, "8.25")]),
    "brochure4": (50000, [("gastouderopvang", 108, "9.52")]),
    # chat contribution questions
    "h28rq_contrib_a": (45000, [("dagopvang", 80, "10.95")]),
    "h28rq_contrib_b": (72000, [("bso", 60, "10.40")]),
    "h28rq_contrib_c": (62000, [("dagopvang", 100, "11.50"), ("bso", 40, "9.75")]),
    "h28rq_contrib_d": (Decimal("3250.75") * 12, [("gastouderopvang", 120, "9.00")]),
    "h28rq_contrib_e": (95000, [("dagopvang", 250, "11.00")]),
    # families.toml
    "family1": (78000, [("bso", 52, "10.60"), ("dagopvang", 88, "11.40")]),
    "family2": (23800, [("gastouderopvang", 236, "8.75")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name, "income", inc)
        for d in fees(inc, kids):
            print("   ", d)
