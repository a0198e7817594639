#!/usr/bin/env python3
"""Own fee computation for the held-out set (KOT 2026 table, max uurprijs 2026, 230 h cap).

Written from /work/shared/domain.md and /work/shared/reference/ only.
All money in Decimal, rounded to whole cents half-up, per child per month.
First child = most hours (raw hours); tie -> highest invoice (hours x price).
"""
import csv
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
    raise ValueError(care_type)


def fees(income, children, verbose=True):
    """children: list of (care_type, hours_per_month, hourly_price). Returns {index: fee}."""
    pct_first, pct_next = kot_row(income)
    kids = [(i, t, Decimal(str(h)), Decimal(str(p))) for i, (t, h, p) in enumerate(children)]
    order = sorted(kids, key=lambda k: (-k[2], -(k[2] * k[3]), k[0]))
    first = order[0][0]
    out = {}
    if verbose:
        print(f"income {income}: pct first {pct_first}, next {pct_next}; first child = index {first}")
    for i, t, h, p in kids:
        pct = pct_first if i == first else pct_next
        eprice = min(p, max_price(t))
        ehours = min(h, CAP_HOURS)
        ecost = r(ehours * eprice)
        reimb = r(ecost * pct / Decimal(100))
        invoice = r(h * p)
        fee = invoice - reimb
        out[i] = fee
        if verbose:
            print(f"  child {i} {t}: {h} h x {p}; eligible {ehours} h x {eprice} = {ecost}; "
                  f"x {pct}% = {reimb}; invoice {invoice}; eigen bijdrage {fee}")
    return out


# check against the worked examples of SOURCES.md and the format example
assert fees(87400, [("bso", 64, "10.4"), ("dagopvang", 236, "11.65")], False) == {0: Decimal("73.51"), 1: Decimal("652.09")}
assert kot_row(60000) == (Decimal("93.9"), Decimal("95.6"))
assert fees(60000, [("dagopvang", 122, "10.50")], False) == {0: Decimal("1281.00") - Decimal("1202.86")}
assert fees(40000, [("gastouderopvang", 240, "8.25")], False) == {0: Decimal("1980.00") - Decimal("1821.60")}

CHAT = {
    "h32fq009 (60k, dagopvang 96 h x 11,80)": (60000, [("dagopvang", 96, "11.80")]),
    "h32fq010 (benefit 1.250,50 x 12 = 15.006, twins dagopvang 100 h x 9,90)": (15006, [("dagopvang", 100, "9.90"), ("dagopvang", 100, "9.90")]),
    "h32fq011 (95.000, triplets dagopvang 80 h x 12,10)": (95000, [("dagopvang", 80, "12.10")] * 3),
    "h32fq012 (about 20k, bso 60 h x 11,20)": (20000, [("bso", 60, "11.20")]),
    "h32fq013 (4.000 bruto/mnd: 48.000 .. 55.840, gastouder 140 h x 9,00) low end": (48000, [("gastouderopvang", 140, "9.00")]),
    "h32fq013 high end (12 x 4.000 + 8% vakantiegeld + 13e maand)": (55840, [("gastouderopvang", 140, "9.00")]),
}

FAMILIES = {
    "F1 twins, 60k (dagopvang 120 h x 11,50; gastouder 120 h x 8,00)": (60000, [("dagopvang", 120, "11.50"), ("gastouderopvang", 120, "8.00")]),
    "F2 three kids, 130.000 (bso 70 h x 10,50; dagopvang 240 h x 11,90; gastouder 50 h x 7,80)": (130000, [("bso", 70, "10.50"), ("dagopvang", 240, "11.90"), ("gastouderopvang", 50, "7.80")]),
}

if __name__ == "__main__":
    for name, (inc, ch) in {**CHAT, **FAMILIES}.items():
        print("==", name)
        fees(inc, ch)
