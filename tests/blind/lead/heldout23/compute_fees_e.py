#!/usr/bin/env python3
"""Own fee computation for the h23e test set (blind: built only from domain.md and the reference CSVs).

KOT 2026 table, max uurprijs 2026, 230 h cap, first child = most hours (tie: highest cost),
Decimal, half-up to whole cents, per child per month.
"""
import csv
import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
CENT = Decimal("0.01")
CAP_HOURS = Decimal("230")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


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
    raise ValueError((care_type, year))


def fees(income, children, verbose=True):
    """children: list of (care_type, hours, price); returns list of eigen bijdrage per child (input order)."""
    first, nxt = kot_row(income)
    kids = []
    for i, (ct, h, p) in enumerate(children):
        h, p = Decimal(str(h)), Decimal(str(p))
        elig_price = min(p, max_price(ct))
        elig_hours = min(h, CAP_HOURS)
        elig_cost = r(elig_hours * elig_price)
        invoice = r(h * p)
        kids.append(dict(i=i, ct=ct, h=h, p=p, elig_price=elig_price, elig_hours=elig_hours,
                         elig_cost=elig_cost, invoice=invoice))
    # first child: most hours; tie -> highest cost (invoice)
    order = sorted(kids, key=lambda k: (k["h"], k["invoice"]), reverse=True)
    out = [None] * len(kids)
    for rank, k in enumerate(order):
        pct = first if rank == 0 else nxt
        reimb = r(k["elig_cost"] * pct / 100)
        fee = k["invoice"] - reimb
        out[k["i"]] = fee
        if verbose:
            print(f"  child {k['i']} ({'first' if rank == 0 else 'next'}, {k['ct']}): "
                  f"invoice {k['h']} h x {k['p']} = {k['invoice']}; eligible {k['elig_hours']} h x {k['elig_price']} "
                  f"= {k['elig_cost']} x {pct}% = {reimb} reimbursed; eigen bijdrage {fee}")
    return out


CASES = {
    # chat_questions (contribution)
    "q C1 gastouder 104h @9.10, income 21500": (21500, [("gastouderopvang", 104, "9.10")]),
    "q C2 dagopvang 92h @10.95, income 63000": (63000, [("dagopvang", 92, "10.95")]),
    "q C3 bso 60h @10.50, income 85000": (85000, [("bso", 60, "10.50")]),
    "q C4 kdv 120h @11.60 + bso 52h @9.75, income 74000": (74000, [("dagopvang", 120, "11.60"), ("bso", 52, "9.75")]),
    "q C5 dagopvang 80h @9.95, income 110000": (110000, [("dagopvang", 80, "9.95")]),
    # families.toml
    "F1 kdv 84h @11.40 + bso 84h @10.20 (tie), income 95000": (95000, [("bso", 84, "10.20"), ("dagopvang", 84, "11.40")]),
    "F2 kdv 238h @10.95, income 24000": (24000, [("dagopvang", 238, "10.95")]),
}

if __name__ == "__main__":
    for name, (inc, ch) in CASES.items():
        first, nxt = kot_row(inc)
        print(f"{name}  [income {inc}: {first}% first / {nxt}% next]")
        fees(inc, ch)
    # plausible wrong answers used in must_not_include
    print("wrong: C1 without price cap:", r(Decimal("946.40")) - r(Decimal("946.40") * Decimal("96") / 100))
    print("wrong: C3 without price cap:", r(Decimal("630.00")) - r(Decimal("630.00") * Decimal("81.2") / 100))
    print("wrong: F2 without 230h cap:", r(Decimal("2606.10")) - r(Decimal("2606.10") * Decimal("96") / 100))
