"""Own fee calculator for the h14 writer-c family cases and contribution questions.

KOT table 2026 + max uurprijs 2026 (read from /work/shared/reference), Decimal, half-up to cents,
230 h cap per child per month, first child = most hours (tie: highest cost), per child per month.
"""
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
    """children: list of (care_type, hours, price). Returns list of dicts in input order."""
    first_pct, next_pct = kot_row(income)
    info = []
    for i, (ct, h, p) in enumerate(children):
        h, p = Decimal(str(h)), Decimal(str(p))
        invoice = r(h * p)
        ep = min(p, max_price(ct))
        eh = min(h, Decimal(230))
        ecost = r(eh * ep)
        info.append(dict(i=i, type=ct, hours=h, price=p, invoice=invoice, eligible_cost=ecost))
    # first child: most hours; on a tie, highest cost (invoice)
    first = max(info, key=lambda d: (d["hours"], d["invoice"], d["eligible_cost"]))["i"]
    for d in info:
        pct = first_pct if d["i"] == first else next_pct
        d["pct"] = pct
        d["reimbursed"] = r(d["eligible_cost"] * pct / 100)
        d["fee"] = d["invoice"] - d["reimbursed"]
        d["first"] = d["i"] == first
    return info


CASES = {
    # self-checks against the format examples and the brochure
    "format ex1": (28000, [("gastouderopvang", 100, 8.2)]),
    "format ex2": (66000, [("dagopvang", 96, 11.8), ("bso", 48, 10.25)]),
    "brochure ex2": (120000, [("dagopvang", 87, 12.45), ("bso", 65, 10.10)]),
    "brochure ex3": (40000, [("gastouderopvang", 240, 8.25)]),
    # chat contribution questions
    "h14cq C1 (45k, kdv 80h x 10.90)": (45000, [("dagopvang", 80, 10.90)]),
    "h14cq C2 (72k, kdv 100h x 12.10)": (72000, [("dagopvang", 100, 12.10)]),
    "h14cq C3 (95k, kdv 120h x 11.50 + bso 60h x 10.40)": (95000, [("dagopvang", 120, 11.50), ("bso", 60, 10.40)]),
    "h14cq C4 (30k, gastouder 240h x 8.00)": (30000, [("gastouderopvang", 240, 8.00)]),
    # family cases
    "F1 (88k, bso 70x10.50, kdv 240x11.10, kdv 100x11.60)": (88000, [("bso", 70, 10.50), ("dagopvang", 240, 11.10), ("dagopvang", 100, 11.60)]),
    "F2 (105k, gastouder 90x8.00, gastouder 90x9.00)": (105000, [("gastouderopvang", 90, 8.00), ("gastouderopvang", 90, 9.00)]),
}

if __name__ == "__main__":
    for name, (inc, ch) in CASES.items():
        print(f"== {name}: pct {kot_row(inc)}")
        for d in fees(inc, ch):
            print(f"  child {d['i']} {d['type']:16} {d['hours']}h x {d['price']} invoice {d['invoice']} "
                  f"eligible {d['eligible_cost']} x {d['pct']}% {'(first)' if d['first'] else '(next)'} "
                  f"= {d['reimbursed']} -> eigen bijdrage {d['fee']}")
