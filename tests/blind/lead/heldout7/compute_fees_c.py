"""Own fee computation for writer c (KOT table 2026, Decimal, half-up, per child per month)."""
import csv, sys
from decimal import Decimal, ROUND_HALF_UP
REF = "/work/shared/reference/"
C = Decimal("0.01")
def r(x): return x.quantize(C, rounding=ROUND_HALF_UP)
def kot_row(income):
    income = Decimal(str(income))
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = Decimal(row["income_from_eur"]); hi = row["income_to_eur"]
        if income >= lo and (hi == "" or income <= Decimal(hi)):
            return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)
def maxp(year, care):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if row["year"] == str(year) and row["care_type"] == care:
            return Decimal(row["max_eur_per_hour"])
def fees(income, children, year=2026):
    """children: list of (care_type, hours, price). Returns list of dicts in input order."""
    first, nxt = kot_row(income)
    # first child: most hours, tie -> highest cost
    order = sorted(range(len(children)), key=lambda i: (-Decimal(str(children[i][1])),
                   -(Decimal(str(children[i][1])) * Decimal(str(children[i][2])))))
    out = [None] * len(children)
    for rank, i in enumerate(order):
        care, h, p = children[i]; h = Decimal(str(h)); p = Decimal(str(p))
        pct = first if rank == 0 else nxt
        ep = min(p, maxp(year, care)); eh = min(h, Decimal(230))
        ec = r(eh * ep); reimb = r(ec * pct / 100); inv = r(h * p)
        out[i] = dict(care=care, pct=pct, eligible_cost=ec, reimbursed=reimb, invoice=inv, fee=inv - reimb)
    return out
if __name__ == "__main__":
    # brochure checks
    assert fees(60000, [("dagopvang", 122, "10.50")])[0]["reimbursed"] == Decimal("1202.86")
    x = fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")])
    assert x[0]["reimbursed"] == Decimal("592.07") and x[1]["reimbursed"] == Decimal("570.21"), x
    assert fees(40000, [("gastouderopvang", 240, "8.25")])[0]["reimbursed"] == Decimal("1821.60")
    assert fees(50000, [("gastouderopvang", 108, "9.52")])[0]["reimbursed"] == Decimal("880.24")
    assert fees(45000, [("dagopvang", 80, "10.5")])[0]["fee"] == Decimal("33.60")
    cases = {
      "q_nl_45000_kdv_88h_10.50": (45000, [("dagopvang", 88, "10.50")]),
      "q_en_60000_bso_60h_9.50": (60000, [("bso", 60, "9.50")]),
      "q_nl_85000_gastouder_100h_9.00": (85000, [("gastouderopvang", 100, "9.00")]),
      "q_en_120000_kdv_96h_12.00": (120000, [("dagopvang", 96, "12.00")]),
      "q_nl_70000_kdv100h10.80_bso50h9.00": (70000, [("dagopvang", 100, "10.80"), ("bso", 50, "9.00")]),
      "q_en_32500_kdv_72h_11.50": (32500, [("dagopvang", 72, "11.50")]),
      "fam1_38000_kdv_96h_10.90": (38000, [("dagopvang", 96, "10.90")]),
      "fam2_64000_kdv84h11.40_bso56h10.20": (64000, [("bso", 56, "10.20"), ("dagopvang", 84, "11.40")]),
    }
    for k, (inc, ch) in cases.items():
        print(k, [(d["care"], str(d["pct"]), str(d["eligible_cost"]), str(d["reimbursed"]), str(d["invoice"]), str(d["fee"])) for d in fees(inc, ch)])
