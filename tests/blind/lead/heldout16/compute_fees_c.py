#!/usr/bin/env python3
"""Own fee computation for heldout16 writer c: KOT table 2026 + max uurprijs 2026.
Decimal, half-up to whole cents, per child per month. First child = most hours
(tie: highest cost). Eligible hours capped at 230."""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = Decimal("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def load_kot():
    rows = []
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            rows.append((lo, hi, Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])))
    return rows


def load_max(year=2026):
    m = {}
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year:
                m[row["care_type"]] = Decimal(row["max_eur_per_hour"])
    return m


KOT = load_kot()
MAX = load_max()


def pct(income):
    income = Decimal(str(income))
    for lo, hi, p1, p2 in KOT:
        if income >= lo and (hi is None or income <= hi):
            return p1, p2
    raise ValueError(income)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of dicts per index."""
    p1, p2 = pct(income)
    kids = [(i, t, Decimal(str(h)), Decimal(str(p))) for i, (t, h, p) in enumerate(children)]
    order = sorted(kids, key=lambda k: (-k[2], -(k[2] * k[3])))
    first = order[0][0]
    out = []
    for i, t, h, p in kids:
        pc = p1 if i == first else p2
        ep = min(p, MAX[t])
        eh = min(h, Decimal(230))
        ec = r(eh * ep)
        reimb = r(ec * pc / 100)
        inv = r(h * p)
        out.append(dict(index=i, type=t, hours=h, price=p, pct=pc, first=(i == first),
                        eligible_cost=ec, reimbursed=reimb, invoice=inv, fee=inv - reimb))
    return out


CASES = {
    # chat questions (contribution category)
    "h16cq? C1 en 45000 dagopvang 90h 10.80": (45000, [("dagopvang", 90, "10.80")]),
    "h16cq? C2 nl 72000 bso 60h 10.50": (72000, [("bso", 60, "10.50")]),
    "h16cq? C3 en 95000 dagopvang 110h 11.50 + bso 50h 9.50": (95000, [("dagopvang", 110, "11.50"), ("bso", 50, "9.50")]),
    "h16cq? C4 nl 30000 gastouder 240h 8.00": (30000, [("gastouderopvang", 240, "8.00")]),
    "h16cq? C5 en 130000 dagopvang 80h 11.23": (130000, [("dagopvang", 80, "11.23")]),
    # families.toml
    "F1 84000 bso 44h 10.40 (idx0) + dagopvang 120h 10.95 (idx1)": (84000, [("bso", 44, "10.40"), ("dagopvang", 120, "10.95")]),
    "F2 22000 gastouder 250h 8.90": (22000, [("gastouderopvang", 250, "8.90")]),
    # self-checks against SOURCES.md worked examples (reimbursed)
    "check ex1 60000 dagopvang 122h 10.50 -> reimb 1202.86": (60000, [("dagopvang", 122, "10.50")]),
    "check ex2 120000 -> 592.07 / 570.21": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "check ex3 40000 gastouder 240h 8.25 -> 1821.60": (40000, [("gastouderopvang", 240, "8.25")]),
    "check ex4 50000 gastouder 108h 9.52 -> 880.24": (50000, [("gastouderopvang", 108, "9.52")]),
    "check format 66000 -> fees 145.28 / 35.95": (66000, [("dagopvang", 96, "11.8"), ("bso", 48, "10.25")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name)
        for o in fees(inc, kids):
            print("   idx%d %-15s h=%s p=%s pct=%s first=%s eligible_cost=%s reimbursed=%s invoice=%s FEE=%s" % (
                o["index"], o["type"], o["hours"], o["price"], o["pct"], o["first"],
                o["eligible_cost"], o["reimbursed"], o["invoice"], o["fee"]))
