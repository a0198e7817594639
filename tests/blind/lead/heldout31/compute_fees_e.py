#!/usr/bin/env python3
"""Own fee computations for the h31e test set (KOT 2026 table, max uurprijs 2026, 230 h cap).

Rules taken from /work/shared/domain.md ("Eigen bijdrage - how the tables are used"):
  eligible_price = min(hourly_price, max_uurprijs[2026][type])
  eligible_hours = min(hours, 230)
  eligible_cost  = round(eligible_hours * eligible_price)      (cents, half-up)
  reimbursed     = round(eligible_cost * pct / 100)            (cents, half-up)
  invoice        = round(hours * hourly_price)
  eigen bijdrage = invoice - reimbursed
First child = most hours; on a tie the highest cost. Toetsingsinkomen bounds inclusive.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference"
CENT = Decimal("0.01")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def load():
    rows = []
    with open(f"{REF}/kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            rows.append((lo, hi, Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])))
    maxp = {}
    with open(f"{REF}/max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if row["year"] == "2026":
                maxp[row["care_type"]] = Decimal(row["max_eur_per_hour"])
    return rows, maxp


ROWS, MAXP = load()


def pcts(income):
    income = Decimal(str(income))
    for lo, hi, p1, p2 in ROWS:
        if income >= lo and (hi is None or income <= hi):
            return p1, p2
    raise ValueError(income)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of dicts in input order."""
    p1, p2 = pcts(income)
    info = []
    for i, (t, h, p) in enumerate(children):
        h, p = Decimal(str(h)), Decimal(str(p))
        eprice = min(p, MAXP[t])
        ehours = min(h, Decimal(230))
        ecost = r(ehours * eprice)
        invoice = r(h * p)
        info.append(dict(i=i, type=t, hours=h, price=p, eprice=eprice, ehours=ehours,
                         ecost=ecost, invoice=invoice))
    first = max(info, key=lambda d: (d["hours"], d["ecost"], d["invoice"]))["i"]
    for d in info:
        pct = p1 if d["i"] == first else p2
        d["first"] = d["i"] == first
        d["pct"] = pct
        d["reimbursed"] = r(d["ecost"] * pct / 100)
        d["raw_reimbursed"] = d["ecost"] * pct / 100
        d["eigen_bijdrage"] = d["invoice"] - d["reimbursed"]
    return info


CASES = {
    # chat contribution questions
    "h31eq010": (85000, [("dagopvang", 80, "10.50")]),
    "h31eq011": (62000, [("bso", 40, "10.95")]),
    "h31eq012": (120000, [("dagopvang", 96, "11.80"), ("bso", 52, "10.20")]),
    "h31eq013 (51,000 = 12 x 4,250)": (51000, [("gastouderopvang", 100, "9.00")]),
    "h31eq013 (55,080 = incl. 8% holiday pay)": (55080, [("gastouderopvang", 100, "9.00")]),
    "h31eq014": (70000, [("dagopvang", 240, "11.10")]),
    # families.toml, eligible cases
    "family 1": (101500, [("bso", 80, "10.75"), ("dagopvang", 80, "11.05")]),
    "family 2": (22000, [("dagopvang", 240, "11.10"), ("bso", 60, "8.80"), ("bso", 45, "10.50")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        p1, p2 = pcts(inc)
        print(f"== {name}: toetsingsinkomen {inc} -> {p1}% first / {p2}% next")
        for d in fees(inc, kids):
            print(f"  child {d['i']} {d['type']}: {d['hours']} h x {d['price']} "
                  f"(eligible {d['ehours']} h x {d['eprice']} = {d['ecost']}) "
                  f"{'FIRST' if d['first'] else 'next'} {d['pct']}% -> {d['raw_reimbursed']} -> "
                  f"{d['reimbursed']}; invoice {d['invoice']}; eigen bijdrage {d['eigen_bijdrage']}")
