#!/usr/bin/env python3
"""Own fee computation for writer h16a (blind): KOT table 2026, max uurprijs 2026,
230 h cap, first child = most hours (tie: highest cost), Decimal half-up to cents.
Reads only /work/shared/reference/*.csv."""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference"
C = Decimal("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


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
    """children: list of (care_type, hours, price). Returns list of dicts per child index."""
    kids = [(i, t, Decimal(str(h)), Decimal(str(p))) for i, (t, h, p) in enumerate(children)]
    # first child: most hours, tie -> highest cost (invoice)
    first = max(kids, key=lambda k: (k[2], k[2] * k[3]))[0]
    pf, pn = kot_row(income)
    out = []
    for i, t, h, p in kids:
        pct = pf if i == first else pn
        ep = min(p, max_price(t))
        eh = min(h, Decimal(230))
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        inv = r(h * p)
        out.append(dict(index=i, type=t, hours=h, price=p, first=(i == first), pct=pct,
                        eligible_price=ep, eligible_hours=eh, eligible_cost=ec,
                        reimbursed=reimb, invoice=inv, eigen_bijdrage=inv - reimb))
    return out


CASES = {
    # chat questions (contribution)
    "h16aq010 income 60.000, dagopvang 11,75 x 96 h": (60000, [("dagopvang", 96, "11.75")]),
    "h16aq011 income 43.500, bso 9,10 x 60 h": (43500, [("bso", 60, "9.10")]),
    "h16aq012 income 82,000, dagopvang 10.95 x 100 h + bso 10.40 x 52 h": (82000, [("dagopvang", 100, "10.95"), ("bso", 52, "10.40")]),
    "h16aq013 income 118.000, dagopvang 10,25 x 122 h (= 1.250,50)": (118000, [("dagopvang", 122, "10.25")]),
    "h16aq014 income 45,000, gastouder 8.75 x 236 h": (45000, [("gastouderopvang", 236, "8.75")]),
    # families.toml
    "family 1 income 67.250": (67250, [("dagopvang", 88, "10.95"), ("bso", 56, "10.60")]),
    "family 2 income 88.000": (88000, [("gastouderopvang", 96, "9.10"), ("dagopvang", 104, "11.60")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(f"== {name}")
        for d in fees(inc, kids):
            print("  child {index} {type}: {hours} h x {price}; first={first}; pct={pct}; "
                  "elig {eligible_hours} h x {eligible_price} = {eligible_cost}; reimbursed {reimbursed}; "
                  "invoice {invoice}; EIGEN BIJDRAGE {eigen_bijdrage}".format(**d))
