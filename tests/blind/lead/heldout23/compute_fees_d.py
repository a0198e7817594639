#!/usr/bin/env python3
"""Own fee computation for the h23 writer-d cases (blind; from domain.md + reference CSVs only).

KOT 2026 table, max uurprijs 2026, 230 h cap, first child = most hours (tie: highest cost),
Decimal, half-up to whole cents, per child per month:
  eligible_price = min(hourly_price, max_uurprijs[care_type])
  eligible_hours = min(hours, 230)
  eligible_cost  = round(eligible_hours * eligible_price)
  reimbursed     = round(eligible_cost * pct / 100)
  invoice        = round(hours * hourly_price)
  fee            = invoice - reimbursed
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
CENT = Decimal("0.01")
CAP_HOURS = Decimal("230")


def r(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def load_kot():
    rows = []
    with open(REF / "kot_2026.csv", newline="") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            rows.append((lo, hi, Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])))
    return rows


def load_max(year="2026"):
    out = {}
    with open(REF / "max_uurprijs.csv", newline="") as f:
        for row in csv.DictReader(f):
            if row["year"] == year:
                out[row["care_type"]] = Decimal(row["max_eur_per_hour"])
    return out


KOT = load_kot()
MAX = load_max()


def pct(income, first):
    inc = Decimal(str(income))
    for lo, hi, p1, pn in KOT:
        if inc >= lo and (hi is None or inc <= hi):
            return p1 if first else pn
    raise ValueError(income)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of (fee, detail) in input order."""
    kids = [(i, t, Decimal(str(h)), Decimal(str(p))) for i, (t, h, p) in enumerate(children)]
    # first child: most hours; tie -> highest cost (invoice)
    first = max(kids, key=lambda k: (k[2], k[2] * k[3]))[0]
    out = []
    for i, t, h, p in kids:
        ep = min(p, MAX[t])
        eh = min(h, CAP_HOURS)
        ec = r(eh * ep)
        pc = pct(income, i == first)
        reimb = r(ec * pc / 100)
        inv = r(h * p)
        fee = inv - reimb
        out.append((fee, f"child {i} {t} {h}h x {p}: invoice {inv}, eligible {eh}h x {ep} = {ec}, "
                         f"{'first' if i == first else 'next'} {pc}% -> reimbursed {reimb}, fee {fee}"))
    return out


# Brochure checks (SOURCES.md worked examples): reimbursed amounts
def _check():
    def reimb(income, t, h, p, first=True):
        ep = min(Decimal(str(p)), MAX[t]); eh = min(Decimal(str(h)), CAP_HOURS)
        return r(r(eh * ep) * pct(income, first) / 100)
    assert reimb(60000, "dagopvang", 122, "10.50") == Decimal("1202.86")
    assert reimb(120000, "dagopvang", 87, "12.45") == Decimal("592.07")
    assert reimb(120000, "bso", 65, "10.10", first=False) == Decimal("570.21")
    assert reimb(40000, "gastouderopvang", 240, "8.25") == Decimal("1821.60")
    assert reimb(50000, "gastouderopvang", 108, "9.52") == Decimal("880.24")
    # format example (h8 writer a)
    assert [f for f, _ in fees(28000, [("gastouderopvang", 100, "8.2")])] == [Decimal("32.80")]
    assert [f for f, _ in fees(66000, [("dagopvang", 96, "11.8"), ("bso", 48, "10.25")])] == \
        [Decimal("145.28"), Decimal("35.95")]


CASES = {
    # families.toml
    "F1 zzp vader + moeder depressie, 3 kinderen (tie 140h, idx1 duurder)": (
        82400, [("bso", 56, "10.40"), ("dagopvang", 140, "11.60"), ("dagopvang", 140, "10.95")]),
    "F2 moeder in opvanghuis, 240h dagopvang boven max + bso": (
        18500, [("dagopvang", 240, "12.10"), ("bso", 40, "9.50")]),
    # chat_questions contribution
    "Q contribution h23dq010: 60000, kdv 120h x 11.50": (60000, [("dagopvang", 120, "11.50")]),
    "Q contribution h23dq011: 95000 zzp, bso 60h x 10.25": (95000, [("bso", 60, "10.25")]),
    "Q contribution h23dq012: 35000, gastouder 80h x 9.00": (35000, [("gastouderopvang", 80, "9.00")]),
    "Q contribution h23dq013: 75000, kdv 100h x 10.80 + bso 40h x 9.50": (
        75000, [("dagopvang", 100, "10.80"), ("bso", 40, "9.50")]),
    "Q contribution h23dq014: 30000, kdv 240h x 10.00": (30000, [("dagopvang", 240, "10.00")]),
}

if __name__ == "__main__":
    _check()
    print("brochure + format checks OK")
    for name, (inc, kids) in CASES.items():
        print(f"\n{name} (toetsingsinkomen {inc})")
        for fee, detail in fees(inc, kids):
            print("  ", detail)
