"""Own computation of the SMI eigen bijdrage (KOT table 2026), Decimal, half-up, per child per month.
Reads only /work/shared/reference/. Usage: python compute_fees.py  (prints all cases used in this set)"""
import csv
from decimal import Decimal as D, ROUND_HALF_UP

REF = "/work/shared/reference/"
CENT = D("0.01")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = D(str(income))
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = D(row["income_from_eur"])
            hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return D(row["pct_first_child"]), D(row["pct_next_child"])
    raise ValueError(income)


def max_price(care, year=2026):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care:
                return D(row["max_eur_per_hour"])
    raise ValueError(care)


def fees(income, children):
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts in input order."""
    first_pct, next_pct = kot_row(income)
    kids = [(i, c, D(str(h)), D(str(p))) for i, (c, h, p) in enumerate(children)]
    # first child: most hours; tie -> highest cost
    order = sorted(kids, key=lambda k: (k[2], r(k[2] * k[3])), reverse=True)
    first = order[0][0]
    out = []
    for i, c, h, p in kids:
        pct = first_pct if i == first else next_pct
        ep = min(p, max_price(c))
        eh = min(h, D(230))
        cost = r(eh * ep)
        reimb = r(cost * pct / 100)
        invoice = r(h * p)
        out.append(dict(child=i, care=c, pct=pct, eligible_cost=cost, reimbursed=reimb,
                        invoice=invoice, eigen_bijdrage=invoice - reimb))
    return out


CASES = {
    # chat questions
    "h9cq030": (60000, [("dagopvang", 96, "10.95")]),
    "h9cq031": (85000, [("bso", 60, "10.50")]),
    "h9cq032": (32500, [("gastouderopvang", 100, "9.00")]),
    "h9cq033": (120000, [("dagopvang", 88, "11.50"), ("bso", 40, "9.50")]),
    "h9cq034": (250000, [("dagopvang", 40, "10.00")]),
    # families.toml
    "fam1": (72000, [("dagopvang", 96, "10.80"), ("bso", 52, "10.25")]),
    "fam2": (22000, [("gastouderopvang", 70, "8.95")]),
    # checks against the brochure examples in SOURCES.md
    "ex1": (60000, [("dagopvang", 122, "10.50")]),
    "ex2": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "ex3": (40000, [("gastouderopvang", 240, "8.25")]),
    "ex4": (50000, [("gastouderopvang", 108, "9.52")]),
}

if __name__ == "__main__":
    for k, (inc, ch) in CASES.items():
        for f in fees(inc, ch):
            print(k, inc, f["care"], f["pct"], "cost", f["eligible_cost"], "reimb", f["reimbursed"],
                  "invoice", f["invoice"], "EB", f["eigen_bijdrage"])
