"""Own fee calculator for the h20 writer-a test cases (KOT table 2026, max uurprijs 2026).

Per child per month, Decimal, half-up to cents:
  eligible_price = min(price, max[care_type]); eligible_hours = min(hours, 230)
  eligible_cost = round(eligible_hours * eligible_price); reimbursed = round(eligible_cost * pct / 100)
  invoice = round(hours * price); eigen bijdrage = invoice - reimbursed
First child = most hours; tie -> highest cost (invoice).
"""
import csv
import sys
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


def max_price(care, year=2026):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of (index, rank, fee, detail)."""
    p1, pn = kot_row(income)
    kids = [(i, c, Decimal(str(h)), Decimal(str(p))) for i, (c, h, p) in enumerate(children)]
    order = sorted(kids, key=lambda k: (-k[2], -r(k[2] * k[3])))
    out = {}
    for rank, (i, c, h, p) in enumerate(order):
        pct = p1 if rank == 0 else pn
        ep = min(p, max_price(c))
        eh = min(h, Decimal(230))
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        inv = r(h * p)
        out[i] = (rank, inv - reimb,
                  f"{c} {h}h x {p} (elig {eh}h x {ep} = {ec}) x {pct}% = {reimb}; invoice {inv}; fee {inv - reimb}")
    return [(i,) + out[i] for i in sorted(out)]


CASES = {
    # brochure checks (reimbursed amounts)
    "brochure1": (60000, [("dagopvang", 122, "10.50")]),
    "brochure2": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "brochure3": (40000, [("gastouderopvang", 240, "8.25")]),
    "brochure4": (50000, [("gastouderopvang", 108, "9.52")]),
    # chat questions (contribution)
    "q_60k_kdv": (60000, [("dagopvang", 100, "10.50")]),
    "q_45k_gastouder": (45000, [("gastouderopvang", 80, "9.00")]),
    "q_75k_two": (75000, [("dagopvang", 120, "11.50"), ("bso", 60, "10.00")]),
    "q_30k_bso": (30000, [("bso", 40, "9.50")]),
    "q_95k_kdv": (95000, [("dagopvang", 88, "10.95")]),
    # families.toml
    "f1_tie": (101500, [("bso", 80, "10.20"), ("dagopvang", 80, "11.00")]),
    "f2_single_cap": (31200, [("gastouderopvang", 240, "8.75"), ("bso", 52, "9.40")]),
    "f3_burnout": (70000, [("dagopvang", 132, "10.80")]),
}

if __name__ == "__main__":
    names = sys.argv[1:] or list(CASES)
    for n in names:
        inc, ch = CASES[n]
        print(f"== {n}: income {inc}, pct {kot_row(inc)}")
        for i, rank, fee, d in fees(inc, ch):
            print(f"  child {i} ({'first' if rank == 0 else 'next'}): {d}")
