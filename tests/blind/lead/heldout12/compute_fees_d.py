"""Own fee computation (KOT table 2026, Decimal half-up), per child per month."""
import csv, sys
from decimal import Decimal, ROUND_HALF_UP
REF = "/work/shared/reference/"
C = Decimal("0.01")
def r(x): return x.quantize(C, rounding=ROUND_HALF_UP)
def pct(income, first):
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = Decimal(row["income_from_eur"]); hi = row["income_to_eur"]
        if income >= lo and (hi == "" or income <= Decimal(hi)):
            return Decimal(row["pct_first_child" if first else "pct_next_child"])
    raise ValueError
MAX = {r_["care_type"]: Decimal(r_["max_eur_per_hour"]) for r_ in csv.DictReader(open(REF + "max_uurprijs.csv")) if r_["year"] == "2026"}
def fee(income, care, hours, price, first=True):
    income, hours, price = Decimal(str(income)), Decimal(str(hours)), Decimal(str(price))
    ep = min(price, MAX[care]); eh = min(hours, Decimal(230))
    cost = r(eh * ep); p = pct(income, first)
    reimb = r(cost * p / 100); inv = r(hours * price)
    return {"pct": p, "eligible_cost": cost, "reimbursed": reimb, "invoice": inv, "eigen_bijdrage": inv - reimb}
if __name__ == "__main__":
    cases = [
        ("chat: 60k kdv 10.50x122", 60000, "dagopvang", 122, "10.50", True),
        ("chat: 45k bso 9.50x60", 45000, "bso", 60, "9.50", True),
        ("chat: 85k kdv 12.20x100", 85000, "dagopvang", 100, "12.20", True),
        ("chat: 72k kdv 11.00x96 first", 72000, "dagopvang", 96, "11.00", True),
        ("chat: 72k bso 10.50x40 next", 72000, "bso", 40, "10.50", False),
        ("chat: 30k gastouder 8.00x240", 30000, "gastouderopvang", 240, "8.00", True),
        ("chat: 38k kdv 10.90x88", 38000, "dagopvang", 88, "10.90", True),
        ("chat: 110k gastouder 9.25x70", 110000, "gastouderopvang", 70, "9.25", True),
        ("fam1: 52k kdv 10.80x72", 52000, "dagopvang", 72, "10.80", True),
        ("fam2 child0: 64k kdv 11.50x104", 64000, "dagopvang", 104, "11.50", True),
        ("fam2 child1: 64k bso 9.80x52", 64000, "bso", 52, "9.80", False),
    ]
    for name, *a in cases:
        print(name, fee(*a))
