"""Own fee calculator for the h22 writer-c family cases and chat contribution questions.

KOT table 2026 + max uurprijs 2026 from /work/shared/reference/, Decimal, half-up to cents,
230 h cap, first child = most hours (tie: highest cost). Per child per month.
"""
import csv
import sys
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
CENT = Decimal("0.01")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts by index."""
    first_pct, next_pct = kot_row(income)
    kids = []
    for i, (ct, h, p) in enumerate(children):
        h, p = Decimal(str(h)), Decimal(str(p))
        kids.append({"i": i, "type": ct, "hours": h, "price": p, "cost": r(h * p)})
    first = sorted(kids, key=lambda k: (-k["hours"], -k["cost"], k["i"]))[0]["i"]
    out = []
    for k in kids:
        pct = first_pct if k["i"] == first else next_pct
        ep = min(k["price"], max_price(k["type"]))
        eh = min(k["hours"], Decimal(230))
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        inv = r(k["hours"] * k["price"])
        out.append({**k, "first": k["i"] == first, "pct": pct, "eligible_price": ep,
                    "eligible_hours": eh, "eligible_cost": ec, "reimbursed": reimb,
                    "invoice": inv, "fee": inv - reimb})
    return out


CASES = {
    # brochure checks
    "check brochure 1": (60000, [("dagopvang", 122, "10.50")]),
    "check brochure 2": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "check brochure 3": (40000, [("gastouderopvang", 240, "8.25")]),
    "check brochure 4": (50000, [("gastouderopvang", 108, "9.52")]),
    # chat contribution questions
    "h22cq040": (45000, [("dagopvang", 80, "10.80")]),
    "h22cq041": (75000, [("dagopvang", 100, "12.50")]),
    "h22cq042": (62000, [("bso", 60, "10.40")]),
    "h22cq043": (100000, [("gastouderopvang", 120, "8.00")]),
    # family cases
    "family 1": (38000, [("gastouderopvang", 235, "8.90")]),
    "family 2": (85000, [("bso", 50, "10.50"), ("dagopvang", 100, "10.90"), ("dagopvang", 100, "11.50")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(f"== {name}: toetsingsinkomen {inc}")
        for k in fees(inc, kids):
            print(f"  child {k['i']} {k['type']} {k['hours']} h x {k['price']} | first={k['first']} pct={k['pct']}"
                  f" | eligible {k['eligible_hours']} h x {k['eligible_price']} = {k['eligible_cost']}"
                  f" | reimbursed {k['reimbursed']} | invoice {k['invoice']} | eigen bijdrage {k['fee']}")
