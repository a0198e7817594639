"""Own fee computation (KOT table 2026, Decimal, half-up), per child per month. Writer f, heldout12."""
import csv
from decimal import Decimal, ROUND_HALF_UP
REF = "/work/shared/reference/"
C = Decimal("0.01")
def r(x): return x.quantize(C, rounding=ROUND_HALF_UP)
MAX = {}
for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
    MAX[(int(row["year"]), row["care_type"])] = Decimal(row["max_eur_per_hour"])
KOT = list(csv.DictReader(open(REF + "kot_2026.csv")))
def pct(income, first=True):
    income = Decimal(str(income))
    for row in KOT:
        lo = Decimal(row["income_from_eur"]); hi = row["income_to_eur"]
        if income >= lo and (hi == "" or income <= Decimal(hi)):
            return Decimal(row["pct_first_child" if first else "pct_next_child"])
    raise ValueError(income)
def fee(income, care_type, hours, price, first=True, year=2026):
    hours = Decimal(str(hours)); price = Decimal(str(price))
    ep = min(price, MAX[(year, care_type)])
    eh = min(hours, Decimal(230))
    cost = r(eh * ep)
    reimb = r(cost * pct(income, first) / 100)
    inv = r(hours * price)
    return inv - reimb, dict(invoice=inv, eligible_cost=cost, reimbursed=reimb, pct=pct(income, first))
if __name__ == "__main__":
    # sanity: brochure examples
    assert fee(60000, "dagopvang", 122, "10.50")[1]["reimbursed"] == Decimal("1202.86")
    assert fee(120000, "dagopvang", 87, "12.45")[1]["reimbursed"] == Decimal("592.07")
    assert fee(120000, "bso", 65, "10.10", first=False)[1]["reimbursed"] == Decimal("570.21")
    assert fee(40000, "gastouderopvang", 240, "8.25")[1]["reimbursed"] == Decimal("1821.60")
    assert fee(50000, "gastouderopvang", 108, "9.52")[1]["reimbursed"] == Decimal("880.24")
    cases = [
        ("chat1", 30000, "dagopvang", 88, "11.40", True),
        ("chat2", 62500, "bso", 60, "10.25", True),
        ("chat3", 75000, "dagopvang", 96, "10.90", True),
        ("chat4", 22000, "gastouderopvang", 70, "7.95", True),
        ("chat5a", 84000, "dagopvang", 100, "11.80", True),
        ("chat5b", 84000, "bso", 52, "9.50", False),
        ("chat6", 58500, "dagopvang", 64, "10.00", True),
        ("fam1", 38000, "dagopvang", 72, "11.10", True),
        ("fam2a", 66000, "dagopvang", 96, "11.50", True),
        ("fam2b", 66000, "bso", 40, "9.75", False),
        ("fam3", 0, "bso", 48, "10.40", True),
    ]
    for name, inc, ct, h, p, first in cases:
        e, d = fee(inc, ct, h, p, first)
        print(name, inc, ct, h, p, first, "->", e, d)
