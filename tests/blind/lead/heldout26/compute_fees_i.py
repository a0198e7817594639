#!/usr/bin/env python3
"""Own fee calculator for the h26 writer-i test cases (blind; from domain.md + reference CSVs only).

Per child per month, KOT table 2026 + max uurprijs 2026, Decimal, half-up to whole cents:
  eligible_price = min(hourly_price, max_uurprijs[care_type])
  eligible_hours = min(hours, 230)
  eligible_cost  = round(eligible_hours * eligible_price)
  reimbursed     = round(eligible_cost * pct / 100)
  invoice        = round(hours * hourly_price)
  eigen bijdrage = invoice - reimbursed
First child = most hours; tie -> highest invoice; it gets pct_first_child, the rest pct_next_child.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
C = Decimal("0.01")


def r(x):
    return Decimal(x).quantize(C, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    with open(REF / "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF / "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children, verbose=True):
    """children: list of (care_type, hours, price). Returns list of fee strings by index."""
    first_pct, next_pct = kot_row(income)
    kids = [(i, t, Decimal(str(h)), Decimal(str(p))) for i, (t, h, p) in enumerate(children)]
    order = sorted(kids, key=lambda k: (k[2], r(k[2] * k[3])), reverse=True)
    first_idx = order[0][0]
    out = []
    for i, t, h, p in kids:
        pct = first_pct if i == first_idx else next_pct
        ep = min(p, max_price(t))
        eh = min(h, Decimal(230))
        cost = r(eh * ep)
        reimb = r(cost * pct / 100)
        inv = r(h * p)
        fee = inv - reimb
        if verbose:
            print(f"  child {i}: {t} {h} h x {p} (cap {ep}, {eh} h) cost {cost} x {pct}% = {reimb}; "
                  f"invoice {inv}; eigen bijdrage {fee}{'  [first child]' if i == first_idx else ''}")
        out.append(str(fee))
    return out


CASES = {
    # chat_questions contribution items
    "h26iq: 45000, kdv 84h x 10.40": (45000, [("dagopvang", 84, "10.40")]),
    "h26iq: 72000, kdv 96h x 12.10": (72000, [("dagopvang", 96, "12.10")]),
    "h26iq: 95000, kdv 100h x 11.50 + bso 60h x 10.50": (95000, [("dagopvang", 100, "11.50"), ("bso", 60, "10.50")]),
    "h26iq: 33000, gastouder 120h x 9.00": (33000, [("gastouderopvang", 120, "9.00")]),
    "h26iq: 60000, bso 50h x 9.50": (60000, [("bso", 50, "9.50")]),
    # families.toml
    "fam1 dialysis father: 38500, kdv 88h x 11.40": (38500, [("dagopvang", 88, "11.40")]),
    "fam2 long covid mother: 82000, kdv 70h x 10.95 + bso 80h x 9.20": (82000, [("dagopvang", 70, "10.95"), ("bso", 80, "9.20")]),
    "fam3 psychosis single parent: 21000, gastouder 240h x 8.00": (21000, [("gastouderopvang", 240, "8.00")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name, "| pct", kot_row(inc))
        print("  ->", fees(inc, kids))
    # sanity: format examples and brochure examples
    assert fees(28000, [("gastouderopvang", 100, "8.2")], False) == ["32.80"]
    assert fees(66000, [("dagopvang", 96, "11.8"), ("bso", 48, "10.25")], False) == ["145.28", "35.95"]
    print("sanity checks ok")
