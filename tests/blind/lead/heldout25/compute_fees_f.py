"""Own fee calculator for the h25f held-out set (KOT table 2026, max uurprijs 2026).

Per child per month, Decimal, half-up to whole cents:
  eligible_price = min(hourly_price, max_uurprijs[2026][care_type])
  eligible_hours = min(hours, 230)
  eligible_cost  = round(eligible_hours * eligible_price)
  reimbursed     = round(eligible_cost * pct / 100)
  invoice        = round(hours * hourly_price)
  fee            = invoice - reimbursed
First child = most hours; tie -> highest cost (invoice, and eligible cost agree in all cases here).
"""
import csv
import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
CENT = Decimal("0.01")


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
    """children: list of (care_type, hours, price). Returns {index: fee} as strings."""
    p_first, p_next = kot_row(income)
    ch = [(i, t, Decimal(str(h)), Decimal(str(p))) for i, (t, h, p) in enumerate(children)]
    order = sorted(ch, key=lambda c: (c[2], r(c[2] * c[3])), reverse=True)
    first = order[0][0]
    out = {}
    for i, t, h, p in ch:
        pct = p_first if i == first else p_next
        ep = min(p, max_price(t))
        eh = min(h, Decimal(230))
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        inv = r(h * p)
        fee = inv - reimb
        out[str(i)] = str(fee)
        if verbose:
            print(f"  child {i} {t} {h}h x {p} | {'first' if i == first else 'next'} {pct}% | "
                  f"elig {eh}h x {ep} = {ec} | reimbursed {reimb} | invoice {inv} | fee {fee}")
    return out


CASES = {
    # brochure checks
    "check1 brochure 60000 dag 122x10.50": (60000, [("dagopvang", 122, "10.50")]),
    "check3 brochure 40000 gastouder 240x8.25": (40000, [("gastouderopvang", 240, "8.25")]),
    # chat contribution questions
    "h25fq010 52000 dag 100x10.90": (52000, [("dagopvang", 100, "10.90")]),
    "h25fq011 75000 dag 120x12.10": (75000, [("dagopvang", 120, "12.10")]),
    "h25fq012 90000 dag 140x11.50 + bso 60x10.40": (90000, [("dagopvang", 140, "11.50"), ("bso", 60, "10.40")]),
    "h25fq013 38000 gastouder 250x8.00": (38000, [("gastouderopvang", 250, "8.00")]),
    "h25fq014 118000 bso 70x10.50": (118000, [("bso", 70, "10.50")]),
    # families
    "F1 21500 gastouder 240x8.90": (21500, [("gastouderopvang", 240, "8.90")]),
    "F2 101000 bso 80x9.60 + dag 80x11.40": (101000, [("bso", 80, "9.60"), ("dagopvang", 80, "11.40")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name, "->", fees(inc, kids, verbose=False))
        fees(inc, kids)
