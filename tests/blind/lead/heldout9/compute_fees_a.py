"""Own fee computation: KOT table 2026 (reference/kot_2026.csv), Decimal half-up, per child per month."""
import csv
from decimal import Decimal, ROUND_HALF_UP
REF = "/work/shared/reference/"
MAX = {"dagopvang": Decimal("11.23"), "bso": Decimal("9.98"), "gastouderopvang": Decimal("8.49")}
def r(x): return x.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
def row(income):
    inc = Decimal(str(income))
    for rw in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = Decimal(rw["income_from_eur"]); hi = rw["income_to_eur"]
        if inc >= lo and (hi == "" or inc <= Decimal(hi)):
            return Decimal(rw["pct_first_child"]), Decimal(rw["pct_next_child"])
    raise ValueError(income)
def fee(income, care, hours, price, first=True):
    hours = Decimal(str(hours)); price = Decimal(str(price))
    p1, p2 = row(income); pct = p1 if first else p2
    ep = min(price, MAX[care]); eh = min(hours, Decimal(230))
    cost = r(eh * ep); reimb = r(cost * pct / 100); inv = r(hours * price)
    return inv - reimb, dict(pct=pct, cost=cost, reimb=reimb, invoice=inv)
if __name__ == "__main__":
    # brochure checks
    print(fee(60000, "dagopvang", 122, "10.50")[1]["reimb"], "== 1202.86")
    print(fee(120000, "dagopvang", 87, "12.45")[1]["reimb"], "== 592.07")
    print(fee(120000, "bso", 65, "10.10", first=False)[1]["reimb"], "== 570.21")
    print(fee(40000, "gastouderopvang", 240, "8.25")[1]["reimb"], "== 1821.60")
    print(fee(50000, "gastouderopvang", 108, "9.52")[1]["reimb"], "== 880.24")
    cases = [
        ("q_a", 60000, "dagopvang", 80, "10.50", True),
        ("q_b", 45000, "bso", 60, "9.50", True),
        ("q_c", 85000, "dagopvang", 96, "12.00", True),
        ("q_d", 72000, "gastouderopvang", 100, "9.00", True),
        ("q_e", 30000, "dagopvang", 88, "11.80", True),
        ("fam1_c0", 52000, "dagopvang", 96, "10.95", True),
        ("fam1_c1", 52000, "bso", 40, "10.40", False),
        ("fam2_c0", 78000, "dagopvang", 72, "11.50", True),
        ("fam2_c1", 78000, "dagopvang", 72, "10.80", False),
    ]
    for c in cases:
        f, d = fee(*c[1:]); print(c[0], f, d)
