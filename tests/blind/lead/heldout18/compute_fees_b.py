#!/usr/bin/env python3
"""Own fee computation for the h18b test set (blind writer b).

KOT table 2026 + max uurprijs 2026 from /work/shared/reference, Decimal, half-up to cents,
per child per month. First child = most hours (tie: highest cost); 230 h cap.
Also a VNG peuter helper for the one VNG question.
"""
import csv
from decimal import Decimal as D, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = D("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def load_kot():
    rows = []
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = D(row["income_from_eur"])
            hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
            rows.append((lo, hi, D(row["pct_first_child"]), D(row["pct_next_child"])))
    return rows


def load_max(year=2026):
    out = {}
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year:
                out[row["care_type"]] = D(row["max_eur_per_hour"])
    return out


def load_vng():
    rows = []
    with open(REF + "vng_peuter_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = D(row["income_from_eur"])
            hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
            rows.append((lo, hi, D(row["parent_eur_per_hour"]), D(row["parent_eur_per_hour_next_child"]),
                         D(row["standard_hourly_rate_eur"])))
    return rows


KOT = load_kot()
MAX = load_max()
VNG = load_vng()


def find(rows, income):
    inc = D(str(income))
    for row in rows:
        lo, hi = row[0], row[1]
        if inc >= lo and (hi is None or inc <= hi):
            return row
    raise ValueError(income)


def kot_fees(income, children, verbose=True):
    """children: list of (care_type, hours, price). Returns list of fees (same order)."""
    _, _, p1, pn = find(KOT, income)
    kids = [(i, t, D(str(h)), D(str(p))) for i, (t, h, p) in enumerate(children)]
    # first child: most hours; tie -> highest cost (invoice)
    first = max(kids, key=lambda k: (k[2], k[2] * k[3]))[0]
    fees = []
    for i, t, h, p in kids:
        pct = p1 if i == first else pn
        ep = min(p, MAX[t])
        eh = min(h, D(230))
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        inv = r(h * p)
        fee = inv - reimb
        fees.append(fee)
        if verbose:
            print(f"  child {i}: {t} {h} h x {p} | first={i == first} pct={pct} | eligible {eh} h x {ep} = {ec}"
                  f" | reimbursed {reimb} | invoice {inv} | eigen bijdrage {fee}")
    return fees


def vng_fee(income, hours, price, first=True, verbose=True):
    _, _, pr1, prn, std = find(VNG, income)
    parent = pr1 if first else prn
    h, p = D(str(hours)), D(str(price))
    sub = max(D(0), min(p, std) - parent)
    fee = r(h * p - h * sub)
    if verbose:
        print(f"  VNG: parent rate {parent}/h, subsidy {sub}/h, invoice {r(h*p)}, eigen bijdrage {fee}")
    return fee


CASES = {
    # chat questions (contribution)
    "h18bq009 60k, kdv 96 h x 10.50": (60000, [("dagopvang", 96, "10.50")]),
    "h18bq010 45.000, gastouder 120 h x 9.00": (45000, [("gastouderopvang", 120, "9.00")]),
    "h18bq011 85k, kdv 80 h x 11.50 + bso 100 h x 10.20": (85000, [("dagopvang", 80, "11.50"), ("bso", 100, "10.20")]),
    "h18bq012 32,000, kdv 240 h x 10.90": (32000, [("dagopvang", 240, "10.90")]),
    "h18bq013 130k, bso 80 h x 9.50": (130000, [("bso", 80, "9.50")]),
    "h18bq014 70.000, kdv 180 h x 12 + kdv 100 h x 12 + bso 40 h x 10": (
        70000, [("dagopvang", 180, "12.00"), ("dagopvang", 100, "12.00"), ("bso", 40, "10.00")]),
    "h18bq015 38.500, kdv invoice EUR 1.137,50 for 100 h": (38500, [("dagopvang", 100, "11.375")]),
    # families.toml
    "family 1 (66.500; bso 110 h x 10.40 + kdv 88 h x 11.95)": (66500, [("dagopvang", 88, "11.95"), ("bso", 110, "10.40")]),
    "family 2 (24.000; gastouder 240 h x 9.10, gastouder 120 h x 9.10, bso 60 h x 9.10)": (
        24000, [("gastouderopvang", 240, "9.10"), ("gastouderopvang", 120, "9.10"), ("gastouderopvang", 60, "9.10")]),
    "family 3 (60.000,00; kdv 100 h x 9,55 -> reimbursed 896.745, half-up test)": (D("60000.00"), [("dagopvang", 100, "9.55")]),
}

if __name__ == "__main__":
    # self-check against the Dienst Toeslagen 2026 worked examples (reimbursed amounts)
    print("self-check: brochure ex.1 (60k, 10.50 x 122) fee:")
    kot_fees(60000, [("dagopvang", 122, "10.50")])
    print("self-check: brochure ex.2 (120k):")
    kot_fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")])
    print("self-check: brochure ex.3 (40k gastouder 240 h x 8.25):")
    kot_fees(40000, [("gastouderopvang", 240, "8.25")])
    print("self-check: brochure ex.4 (50k gastouder 108 h x 9.52):")
    kot_fees(50000, [("gastouderopvang", 108, "9.52")])
    print("self-check: VNG lowest bracket at 11.23: parent pays 0.45/h")
    vng_fee(20000, 1, "11.23")
    print()
    for name, (inc, kids) in CASES.items():
        print(name)
        kot_fees(inc, kids)
    print("h18bq016 VNG: 55.000, peuter 40 h x 11.50, first child")
    vng_fee(55000, 40, "11.50")
