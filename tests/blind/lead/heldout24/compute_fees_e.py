"""Own fee computation for the blind test cases (writer e, heldout24).

KOT 2026 table + max uurprijs 2026, Decimal, half-up to cents, per child per month.
First child = most hours (tie: highest cost). 230 h cap on reimbursed hours.
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
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts by index."""
    p1, pn = kot_row(income)
    kids = [(i, t, Decimal(str(h)), Decimal(str(p))) for i, (t, h, p) in enumerate(children)]
    first = max(kids, key=lambda k: (k[2], k[2] * k[3]))[0]
    out = []
    for i, t, h, p in kids:
        pct = p1 if i == first else pn
        price = min(p, max_price(t))
        hours = min(h, Decimal(230))
        cost = r(hours * price)
        reimb = r(cost * pct / 100)
        inv = r(h * p)
        out.append(dict(index=i, first=(i == first), pct=pct, eligible_cost=cost,
                        reimbursed=reimb, invoice=inv, fee=inv - reimb))
    return out


CASES = {
    # chat_questions contribution items
    "h24eq010 (31k, dagopvang 88h x 9.85)": (31000, [("dagopvang", 88, "9.85")]),
    "h24eq011 (72k, bso 60h x 11.20)": (72000, [("bso", 60, "11.20")]),
    "h24eq012 (95k, dagopvang 120h x 10.90 + bso 50h x 9.50)": (95000, [("dagopvang", 120, "10.90"), ("bso", 50, "9.50")]),
    "h24eq013 (45k, gastouder 240h x 7.90)": (45000, [("gastouderopvang", 240, "7.90")]),
    # families.toml
    "family 1 (19800, gastouder 90h x 8.75)": (19800, [("gastouderopvang", 90, "8.75")]),
    "family 2 (84000, bso 40h x 10.40 ; dagopvang 96h x 12.10)": (84000, [("bso", 40, "10.40"), ("dagopvang", 96, "12.10")]),
    # sanity checks against the brochure examples in SOURCES.md
    "check ex1 (60000, dag 122h x 10.50) reimb 1202.86": (60000, [("dagopvang", 122, "10.50")]),
    "check ex2 (120000) reimb 592.07 / 570.21": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "check ex3 (40000, gastouder 240h x 8.25) reimb 1821.60": (40000, [("gastouderopvang", 240, "8.25")]),
    "check ex4 (50000, gastouder 108h x 9.52) reimb 880.24": (50000, [("gastouderopvang", 108, "9.52")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name)
        for d in fees(inc, kids):
            print("   child %(index)d first=%(first)s pct=%(pct)s cost=%(eligible_cost)s reimbursed=%(reimbursed)s "
                  "invoice=%(invoice)s FEE=%(fee)s" % d)
