#!/usr/bin/env python3
"""Blind fee computation for heldout23 writer f.

Eigen bijdrage per child per month, following /work/shared/domain.md:
KOT table 2026 (inclusive bounds), max uurprijs 2026, 230 h cap, Decimal, half-up to cents.
First child = most hours; on a tie, the highest cost (invoice).
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
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts by input index."""
    first_pct, next_pct = kot_row(income)
    kids = []
    for i, (ct, h, p) in enumerate(children):
        h, p = Decimal(str(h)), Decimal(str(p))
        kids.append((i, ct, h, p, r(h * p)))
    # first child: most hours, tie -> highest cost
    order = sorted(kids, key=lambda k: (-k[2], -k[4], k[0]))
    first_idx = order[0][0]
    out = []
    for i, ct, h, p, invoice in kids:
        pct = first_pct if i == first_idx else next_pct
        el_price = min(p, max_price(ct))
        el_hours = min(h, Decimal(230))
        el_cost = r(el_hours * el_price)
        reimb = r(el_cost * pct / Decimal(100))
        out.append(dict(index=i, care=ct, hours=h, price=p, pct=pct, first=(i == first_idx),
                        eligible_price=el_price, eligible_hours=el_hours, eligible_cost=el_cost,
                        reimbursed=reimb, invoice=invoice, fee=invoice - reimb))
    return out


CASES = {
    # chat questions (contribution category)
    "h23fq011 (52k, kdv 96h x 10.95)": (52000, [("dagopvang", 96, "10.95")]),
    "h23fq012 (78k, kdv 88h x 11.60 + bso 52h x 10.40)": (78000, [("dagopvang", 88, "11.60"), ("bso", 52, "10.40")]),
    "h23fq013 (38k, gastouder 80h x 10.50)": (38000, [("gastouderopvang", 80, "10.50")]),
    "h23fq014 (65k, kdv 120h x 11.23)": (65000, [("dagopvang", 120, "11.23")]),
    "h23fq015 (100k, bso 60h x 9.75)": (100000, [("bso", 60, "9.75")]),
    # families.toml
    "family 1 (94.5k, bso 80h x 9.50 [idx0] tie with kdv 80h x 10.90 [idx1], bso 40h x 9.50 [idx2])":
        (94500, [("bso", 80, "9.50"), ("dagopvang", 80, "10.90"), ("bso", 40, "9.50")]),
    "family 2 (21k, kdv 240h x 12.10)": (21000, [("dagopvang", 240, "12.10")]),
}

def self_test():
    """Worked examples from SOURCES.md (Dienst Toeslagen brochure 2026): reimbursed amounts."""
    assert fees(60000, [("dagopvang", 122, "10.50")])[0]["reimbursed"] == Decimal("1202.86")
    ex2 = fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")])
    assert ex2[0]["reimbursed"] == Decimal("592.07") and ex2[1]["reimbursed"] == Decimal("570.21")
    assert fees(40000, [("gastouderopvang", 240, "8.25")])[0]["reimbursed"] == Decimal("1821.60")
    assert fees(50000, [("gastouderopvang", 108, "9.52")])[0]["reimbursed"] == Decimal("880.24")
    # format example (h8 writer a)
    ex = fees(66000, [("dagopvang", 96, "11.8"), ("bso", 48, "10.25")])
    assert ex[0]["fee"] == Decimal("145.28") and ex[1]["fee"] == Decimal("35.95")
    print("self-test OK (4 brochure examples + format example)")


if __name__ == "__main__":
    self_test()
    for name, (inc, ch) in CASES.items():
        print(f"== {name}: income {inc}, pct {kot_row(inc)}")
        for k in fees(inc, ch):
            print("  child {index} {care}: {hours} h x {price}; first={first}; pct {pct}; "
                  "eligible {eligible_hours} h x {eligible_price} = {eligible_cost}; reimbursed {reimbursed}; "
                  "invoice {invoice}; EIGEN BIJDRAGE {fee}".format(**k))
