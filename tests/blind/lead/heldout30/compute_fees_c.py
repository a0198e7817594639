#!/usr/bin/env python3
"""Own fee calculator for the blind test set (writer c).

KOT table 2026 + max uurprijs 2026 from /work/shared/reference, Decimal, half-up to cents,
per child per month. First child = most hours; tie -> highest cost. 230 h cap.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference"
CENT = Decimal("0.01")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def load_kot():
    rows = []
    with open(f"{REF}/kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            rows.append((lo, hi, Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])))
    return rows


def load_max(year=2026):
    out = {}
    with open(f"{REF}/max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year:
                out[row["care_type"]] = Decimal(row["max_eur_per_hour"])
    return out


KOT = load_kot()
MAX = load_max()


def pct_row(income):
    income = Decimal(str(income))
    for lo, hi, p1, pn in KOT:
        if income >= lo and (hi is None or income <= hi):
            return p1, pn
    raise ValueError(income)


def fees(income, children):
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts."""
    p1, pn = pct_row(income)
    kids = []
    for i, (ct, h, p) in enumerate(children):
        h = Decimal(str(h)); p = Decimal(str(p))
        kids.append(dict(i=i, type=ct, hours=h, price=p, invoice=r(h * p)))
    # first child: most hours; tie -> highest cost (invoice)
    first = max(kids, key=lambda k: (k["hours"], k["invoice"]))["i"]
    for k in kids:
        pct = p1 if k["i"] == first else pn
        price = min(k["price"], MAX[k["type"]])
        hours = min(k["hours"], Decimal(230))
        cost = r(hours * price)
        reimb = r(cost * pct / 100)
        k.update(first=(k["i"] == first), pct=pct, eligible_price=price, eligible_hours=hours,
                 eligible_cost=cost, reimbursed=reimb, fee=k["invoice"] - reimb)
    return kids


def show(label, income, children):
    print(f"== {label}: toetsingsinkomen {income}")
    for k in fees(income, children):
        print(f"  child {k['i']} {k['type']} {k['hours']} h x {k['price']} = invoice {k['invoice']}; "
              f"{'first' if k['first'] else 'next'} child {k['pct']}%; eligible {k['eligible_hours']} h x "
              f"{k['eligible_price']} = {k['eligible_cost']}; reimbursed {k['reimbursed']}; FEE {k['fee']}")


if __name__ == "__main__":
    # self-check against the Dienst Toeslagen worked examples (SOURCES.md)
    assert fees(60000, [("dagopvang", 122, "10.50")])[0]["reimbursed"] == Decimal("1202.86")
    ex2 = fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")])
    assert ex2[0]["reimbursed"] == Decimal("592.07") and ex2[1]["reimbursed"] == Decimal("570.21")
    assert fees(40000, [("gastouderopvang", 240, "8.25")])[0]["reimbursed"] == Decimal("1821.60")
    assert fees(50000, [("gastouderopvang", 108, "9.52")])[0]["reimbursed"] == Decimal("880.24")
    print("worked examples OK")

    # chat questions (contribution)
    show("h30cq009 (60.000; kdv 120 h x 10,50)", 60000, [("dagopvang", 120, "10.50")])
    show("h30cq010 (85k; bso 70 h x 9.80)", 85000, [("bso", 70, "9.80")])
    show("h30cq011 (€ 1.250,50 per maand x 12 = 15006; gastouder 90 h x 8,75)", Decimal("1250.50") * 12,
         [("gastouderopvang", 90, "8.75")])
    show("h30cq012 (63,500; kdv 110 h x 11.40 + bso 50 h x 10.10)", 63500,
         [("dagopvang", 110, "11.40"), ("bso", 50, "10.10")])

    # families.toml
    show("family 1 (87.400; bso 64 h x 10.40 + kdv 236 h x 11.65)", 87400,
         [("bso", 64, "10.40"), ("dagopvang", 236, "11.65")])
    show("family 2 (63.500; gastouder 80 h x 8.75 + kdv 80 h x 10.20, tie on hours)", 63500,
         [("gastouderopvang", 80, "8.75"), ("dagopvang", 80, "10.20")])
