"""Own fee calculator for heldout14 writer a (KOT table 2026, max uurprijs 2026).

Rules from domain.md / SOURCES.md: per child per month, Decimal, half-up to cents;
eligible_price = min(price, max[type]); eligible_hours = min(hours, 230);
first child = most hours (tie: highest cost); reimbursed = round(round(eh*ep) * pct/100);
invoice = round(hours*price); eigen bijdrage = invoice - reimbursed.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
C = Decimal("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def kot_row(income):
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


def fees(income, children):
    """children: list of (care_type, hours, price) -> list of dicts per index."""
    income = Decimal(str(income))
    p1, pn = kot_row(income)
    kids = [(t, Decimal(str(h)), Decimal(str(p))) for t, h, p in children]
    first = max(range(len(kids)), key=lambda i: (kids[i][1], kids[i][1] * kids[i][2]))
    out = []
    for i, (t, h, p) in enumerate(kids):
        pct = p1 if i == first else pn
        ep = min(p, max_price(t))
        eh = min(h, Decimal(230))
        cost = r(eh * ep)
        reimb = r(cost * pct / 100)
        inv = r(h * p)
        out.append(dict(index=i, first=(i == first), pct=pct, eligible_price=ep,
                        eligible_hours=eh, eligible_cost=cost, reimbursed=reimb,
                        invoice=inv, fee=inv - reimb))
    return out


CASES = {
    # sanity checks against SOURCES.md worked examples and the format example
    "check brochure 1 (60000, kdv 10.50x122)": (60000, [("dagopvang", 122, "10.50")]),
    "check brochure 2 (120000, kdv+bso)": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "check brochure 3 (40000, gastouder 240h)": (40000, [("gastouderopvang", 240, "8.25")]),
    "check brochure 4 (50000, gastouder 9.52)": (50000, [("gastouderopvang", 108, "9.52")]),
    "check format example 2 (66000)": (66000, [("dagopvang", 96, "11.8"), ("bso", 48, "10.25")]),
    # chat questions
    "h14aq010 (45000, kdv 88h x 10.80)": (45000, [("dagopvang", 88, "10.80")]),
    "h14aq011 (72000, bso 50h x 10.50)": (72000, [("bso", 50, "10.50")]),
    "h14aq012 (95000, kdv 96h x 11.50 + bso 40h x 9.80)": (95000, [("dagopvang", 96, "11.50"), ("bso", 40, "9.80")]),
    "h14aq013 (30000, gastouder 100h x 9.00)": (30000, [("gastouderopvang", 100, "9.00")]),
    # families.toml
    "family 1 (23500; gastouder 236h x 8.30 + bso 40h x 10.40)": (23500, [("gastouderopvang", 236, "8.30"), ("bso", 40, "10.40")]),
    "family 2 (86250; gastouder 120h x 8.90, kdv 120h x 11.60, bso 60h x 9.50)": (86250, [("gastouderopvang", 120, "8.90"), ("dagopvang", 120, "11.60"), ("bso", 60, "9.50")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name)
        for d in fees(inc, kids):
            print("   child %(index)d first=%(first)s pct=%(pct)s price=%(eligible_price)s hours=%(eligible_hours)s "
                  "cost=%(eligible_cost)s reimbursed=%(reimbursed)s invoice=%(invoice)s FEE=%(fee)s" % d)
