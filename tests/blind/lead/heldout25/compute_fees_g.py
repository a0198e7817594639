#!/usr/bin/env python3
"""Blind fee computation for heldout25 writer g.

Per domain.md: KOT table 2026 (bounds inclusive), max uurprijs 2026, 230 h cap,
first child = most hours (tie: highest cost), Decimal, half-up to cents, per child per month.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = Decimal("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year="2026"):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if row["year"] == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts by input index."""
    first_pct, next_pct = kot_row(income)
    kids = [(ct, Decimal(str(h)), Decimal(str(p))) for ct, h, p in children]
    order = sorted(range(len(kids)), key=lambda i: (-kids[i][1], -(kids[i][1] * kids[i][2])))
    first = order[0]
    out = []
    for i, (ct, h, p) in enumerate(kids):
        pct = first_pct if i == first else next_pct
        price = min(p, max_price(ct))
        hrs = min(h, Decimal(230))
        cost = r(hrs * price)
        reimb = r(cost * pct / 100)
        inv = r(h * p)
        out.append(dict(idx=i, type=ct, hours=h, price=p, pct=pct, first=(i == first),
                        eligible_cost=cost, reimbursed=reimb, invoice=inv, eigen_bijdrage=inv - reimb))
    return out


CASES = {
    # chat contribution questions
    "h25gq010 (41K/yr, kdv 10.85 x 100h)": (41000, [("dagopvang", 100, "10.85")]),
    "h25gq011 (75K/yr, kdv 12.10 x 120h)": (75000, [("dagopvang", 120, "12.10")]),
    "h25gq012 (58.5K, kdv 11.00 x 88h + bso 10.40 x 60h)": (58500, [("dagopvang", 88, "11.00"), ("bso", 60, "10.40")]),
    "h25gq013 (33K, gastouder 9.00 x 140h)": (33000, [("gastouderopvang", 140, "9.00")]),
    "h25gq014 (95K, bso 9.50 x 70h)": (95000, [("bso", 70, "9.50")]),
    "h25gq015 (2x 3.1k bruto/mnd = 74.4K, kdv 11.23 x 104h)": (74400, [("dagopvang", 104, "11.23")]),
    # families.toml
    "family 1 (80K; bso 10.60x52h idx0, kdv 11.45x104h idx1)": (80000, [("bso", 52, "10.60"), ("dagopvang", 104, "11.45")]),
    "family 2 (22K; gastouder 8.75 x 240h)": (22000, [("gastouderopvang", 240, "8.75")]),
}

# toetsingsinkomen of h25gq015: 2 x 3100 x 12 = 74400 (gross monthly x 12, no holiday pay assumed)

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name)
        for row in fees(inc, kids):
            print("   child %(idx)d %(type)s %(hours)s h x %(price)s  pct %(pct)s first=%(first)s  "
                  "eligible_cost %(eligible_cost)s  reimbursed %(reimbursed)s  invoice %(invoice)s  "
                  "EIGEN BIJDRAGE %(eigen_bijdrage)s" % row)
