"""Own fee computation: KOT table 2026, Decimal half-up, per child per month (writer h13b)."""
import csv
from decimal import Decimal, ROUND_HALF_UP
REF = "/work/shared/reference/"
C = Decimal("0.01")
def r(x): return x.quantize(C, rounding=ROUND_HALF_UP)
MAX = {row["care_type"]: Decimal(row["max_eur_per_hour"]) for row in csv.DictReader(open(REF + "max_uurprijs.csv")) if row["year"] == "2026"}
ROWS = list(csv.DictReader(open(REF + "kot_2026.csv")))
def pct(income, first):
    for row in ROWS:
        lo = Decimal(row["income_from_eur"]); hi = row["income_to_eur"]
        if income >= lo and (hi == "" or income <= Decimal(hi)):
            return Decimal(row["pct_first_child" if first else "pct_next_child"])
    raise ValueError(income)
def fee(income, care, hours, price, first=True):
    income, hours, price = Decimal(str(income)), Decimal(str(hours)), Decimal(str(price))
    ep = min(price, MAX[care]); eh = min(hours, Decimal(230))
    cost = r(eh * ep); p = pct(income, first); reimb = r(cost * p / 100); inv = r(hours * price)
    return dict(pct=p, eligible_cost=cost, reimbursed=reimb, invoice=inv, fee=inv - reimb)
if __name__ == "__main__":
    # worked examples from SOURCES.md
    assert fee(60000, "dagopvang", 122, "10.50")["reimbursed"] == Decimal("1202.86")
    assert fee(120000, "dagopvang", 87, "12.45")["reimbursed"] == Decimal("592.07")
    assert fee(120000, "bso", 65, "10.10", False)["reimbursed"] == Decimal("570.21")
    assert fee(40000, "gastouderopvang", 240, "8.25")["reimbursed"] == Decimal("1821.60")
    assert fee(50000, "gastouderopvang", 108, "9.52")["reimbursed"] == Decimal("880.24")
    cases = {
      "q_60000_kdv_96h_11.50": (60000, "dagopvang", 96, "11.50", True),
      "q_38000_bso_60h_10.75": (38000, "bso", 60, "10.75", True),
      "q_85000_gastouder_100h_8.00": (85000, "gastouderopvang", 100, "8.00", True),
      "q_25000_kdv_120h_10.90": (25000, "dagopvang", 120, "10.90", True),
      "fam1_child0_kdv_104h_11.40_inc31500": (31500, "dagopvang", 104, "11.40", True),
      "fam1_child1_bso_52h_9.75_inc31500": (31500, "bso", 52, "9.75", False),
    }
    for k, v in cases.items(): print(k, fee(*v))
