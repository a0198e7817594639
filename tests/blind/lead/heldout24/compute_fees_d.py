#!/usr/bin/env python3
"""Own fee calculator for the blind test cases (KOT table 2026, max uurprijs 2026).

Per child per month, Decimal, half-up to whole cents:
  eligible_price = min(hourly_price, max_uurprijs[care_type])
  eligible_hours = min(hours, 230)
  eligible_cost  = round(eligible_hours * eligible_price)
  reimbursed     = round(eligible_cost * pct / 100)
  invoice        = round(hours * hourly_price)
  fee            = invoice - reimbursed
First child = most hours; tie -> highest cost (invoice).
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
C = Decimal("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def load_kot():
    rows = []
    with open(REF / "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            rows.append((lo, hi, Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])))
    return rows


def load_max(year=2026):
    out = {}
    with open(REF / "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year:
                out[row["care_type"]] = Decimal(row["max_eur_per_hour"])
    return out


KOT = load_kot()
MAX = load_max()


def pct_for(income):
    income = Decimal(str(income))
    for lo, hi, p1, pn in KOT:
        if income >= lo and (hi is None or income <= hi):
            return p1, pn
    raise ValueError(income)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of dicts by index."""
    p1, pn = pct_for(income)
    kids = [(i, t, Decimal(str(h)), Decimal(str(p))) for i, (t, h, p) in enumerate(children)]
    first = max(kids, key=lambda k: (k[2], r(k[2] * k[3])))[0]
    out = []
    for i, t, h, p in kids:
        pct = p1 if i == first else pn
        ep = min(p, MAX[t])
        eh = min(h, Decimal(230))
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        inv = r(h * p)
        out.append(dict(index=i, type=t, hours=h, price=p, first=(i == first), pct=pct,
                        eligible_cost=ec, reimbursed=reimb, invoice=inv, fee=inv - reimb))
    return out


CASES = {
    # self-checks against the Dienst Toeslagen brochure examples (reimbursed amounts)
    "brochure1": (60000, [("dagopvang", 122, "10.50")]),
    "brochure2": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "brochure3": (40000, [("gastouderopvang", 240, "8.25")]),
    "brochure4": (50000, [("gastouderopvang", 108, "9.52")]),
    # chat questions (contribution)
    "h24dq_c1": (45000, [("dagopvang", 80, "10.90")]),
    "h24dq_c2": (72000, [("dagopvang", 100, "12.10")]),
    "h24dq_c3": (58000, [("dagopvang", 88, "11.50"), ("bso", 40, "10.40")]),
    "h24dq_c4": (30000, [("gastouderopvang", 120, "9.00")]),
    # families.toml
    "F1": (54000, [("dagopvang", 72, "11.40"), ("bso", 52, "9.75")]),
    "F2": (22000, [("gastouderopvang", 236, "8.20")]),
    "F5": (112000, [("bso", 40, "10.50"), ("dagopvang", 110, "10.95"), ("dagopvang", 110, "11.60")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(f"== {name}: income {inc}")
        for d in fees(inc, kids):
            print(f"  child {d['index']} {d['type']} {d['hours']}h x {d['price']} first={d['first']} "
                  f"pct={d['pct']} eligible_cost={d['eligible_cost']} reimbursed={d['reimbursed']} "
                  f"invoice={d['invoice']} fee={d['fee']}")
