#!/usr/bin/env python3
"""Own fee computation for writer h22a (blind): KOT table 2026 + max uurprijs 2026,
Decimal, half-up to cents, 230 h cap, first child = most hours (tie: highest cost).
Also the VNG peuter table for one question. Reads only /work/shared/reference/."""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = Decimal("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


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
    """children: list of (care_type, hours_per_month, hourly_price). Returns per-index details."""
    p1, pn = kot_row(income)
    kids = []
    for i, (t, h, p) in enumerate(children):
        h, p = Decimal(str(h)), Decimal(str(p))
        kids.append((i, t, h, p, r(h * p)))
    # first child: most hours, tie -> highest cost
    first = sorted(kids, key=lambda k: (-k[2], -k[4], k[0]))[0][0]
    out = {}
    for i, t, h, p, invoice in kids:
        pct = p1 if i == first else pn
        ep = min(p, max_price(t))
        eh = min(h, Decimal(230))
        cost = r(eh * ep)
        reimb = r(cost * pct / 100)
        out[i] = dict(type=t, hours=h, price=p, pct=pct, first=(i == first),
                      eligible_cost=cost, reimbursed=reimb, invoice=invoice, fee=invoice - reimb)
    return out


def vng(income, hours, price, first=True):
    income = Decimal(str(income))
    with open(REF + "vng_peuter_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                rate = Decimal(row["parent_eur_per_hour" if first else "parent_eur_per_hour_next_child"])
                std = Decimal(row["standard_hourly_rate_eur"])
                break
    h, p = Decimal(str(hours)), Decimal(str(price))
    sub = max(Decimal(0), min(p, std) - rate)
    return dict(parent_rate=rate, subsidy_per_hour=sub, fee=r(h * p - h * sub))


CASES = {
    # chat questions (contribution)
    "h22aq009 (36000/yr, dagopvang 90 h x 9.50)": (36000, [("dagopvang", 90, "9.50")]),
    "h22aq010 (1500/month = 18000/yr, bso 60 h x 10.75)": (18000, [("bso", 60, "10.75")]),
    "h22aq011 (75000/yr, dagopvang 100 h x 12.10)": (75000, [("dagopvang", 100, "12.10")]),
    "h22aq012 (62000/yr, dagopvang 100 h x 11.50 + bso 50 h x 9.00)": (62000, [("dagopvang", 100, "11.50"), ("bso", 50, "9.00")]),
    "h22aq045 KOT-table alternative (30000/yr, 32 h x 11.50 dagopvang max)": (30000, [("dagopvang", 32, "11.50")]),
    # families.toml
    "family 1 (80000, dagopvang 92 h x 11.95)": (80000, [("dagopvang", 92, "11.95")]),
    "family 2 (64000, bso 64 h x 10.40 ; gastouder 130 h x 7.85)": (64000, [("bso", 64, "10.40"), ("gastouderopvang", 130, "7.85")]),
}

if __name__ == "__main__":
    # self-check against the worked examples in SOURCES.md (reimbursed amounts)
    assert fees(60000, [("dagopvang", 122, "10.50")])[0]["reimbursed"] == Decimal("1202.86")
    ex2 = fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")])
    assert ex2[0]["reimbursed"] == Decimal("592.07") and ex2[1]["reimbursed"] == Decimal("570.21")
    assert fees(40000, [("gastouderopvang", 240, "8.25")])[0]["reimbursed"] == Decimal("1821.60")
    assert fees(50000, [("gastouderopvang", 108, "9.52")])[0]["reimbursed"] == Decimal("880.24")
    print("worked examples from SOURCES.md: OK")
    for name, (inc, kids) in CASES.items():
        print(name)
        for i, d in fees(inc, kids).items():
            print("  child", i, {k: str(v) for k, v in d.items()})
    print("h22aq045 VNG (30000/yr, peuteropvang 32 h x 11.50)", {k: str(v) for k, v in vng(30000, 32, "11.50").items()})
