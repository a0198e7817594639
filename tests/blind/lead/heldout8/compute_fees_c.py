"""Own fee calculator for writer c (KOT table 2026, Decimal, half-up, per child per month).
Reads only /work/shared/reference/*.csv."""
import csv, sys
from decimal import Decimal, ROUND_HALF_UP
REF = "/work/shared/reference/"
C = Decimal("0.01")
def r(x): return x.quantize(C, rounding=ROUND_HALF_UP)
KOT = list(csv.DictReader(open(REF + "kot_2026.csv")))
MAX = {(row["year"], row["care_type"]): Decimal(row["max_eur_per_hour"]) for row in csv.DictReader(open(REF + "max_uurprijs.csv"))}
def pct(income, first=True):
    inc = Decimal(str(income))
    for row in KOT:
        lo = Decimal(row["income_from_eur"]); hi = row["income_to_eur"]
        if inc >= lo and (hi == "" or inc <= Decimal(hi)):
            return Decimal(row["pct_first_child" if first else "pct_next_child"])
    raise ValueError(income)
def fee(income, care_type, hours, price, first=True, year="2026"):
    hours = Decimal(str(hours)); price = Decimal(str(price))
    ep = min(price, MAX[(year, care_type)]); eh = min(hours, Decimal(230))
    cost = r(eh * ep); p = pct(income, first)
    reimb = r(cost * p / 100); inv = r(hours * price)
    return dict(pct=p, eligible_cost=cost, reimbursed=reimb, invoice=inv, fee=inv - reimb)
def family(income, kids):
    """kids: list of (care_type, hours, price); first child = most hours, tie -> highest cost."""
    idx = sorted(range(len(kids)), key=lambda i: (-Decimal(str(kids[i][1])), -(Decimal(str(kids[i][1])) * Decimal(str(kids[i][2])))))
    first = idx[0]
    return {str(i): fee(income, *kids[i], first=(i == first)) for i in range(len(kids))}
if __name__ == "__main__":
    # brochure checks
    assert fee(60000, "dagopvang", 122, "10.50")["reimbursed"] == Decimal("1202.86")
    assert fee(120000, "dagopvang", 87, "12.45")["reimbursed"] == Decimal("592.07")
    assert fee(120000, "bso", 65, "10.10", first=False)["reimbursed"] == Decimal("570.21")
    assert fee(40000, "gastouderopvang", 240, "8.25")["reimbursed"] == Decimal("1821.60")
    assert fee(50000, "gastouderopvang", 108, "9.52")["reimbursed"] == Decimal("880.24")
    print("brochure checks ok")
    for a in sys.argv[1:]:
        inc, ct, h, p, *f = a.split(":")
        print(a, fee(inc, ct, h, p, first=(not f or f[0] != "next")))
