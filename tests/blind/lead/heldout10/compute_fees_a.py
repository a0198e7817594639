"""Own fee computation for writer a (heldout10): KOT table 2026, Decimal, half-up, per child per month."""
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
def max_price(year, care):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if row["year"] == str(year) and row["care_type"] == care:
            return Decimal(row["max_eur_per_hour"])
    raise ValueError((year, care))
def fees(income, children, year=2026):
    """children: list of (care_type, hours, price). Returns list of eigen bijdrage per child (same order)."""
    first, nxt = kot_row(income)
    kids = [(care, Decimal(str(h)), Decimal(str(p))) for care, h, p in children]
    # first child: most hours, tie -> highest cost
    order = sorted(range(len(kids)), key=lambda i: (kids[i][1], kids[i][1] * kids[i][2]), reverse=True)
    out = [None] * len(kids)
    for rank, i in enumerate(order):
        care, h, p = kids[i]
        pct = first if rank == 0 else nxt
        ep = min(p, max_price(year, care)); eh = min(h, Decimal(230))
        cost = r(eh * ep); reimb = r(cost * pct / 100); inv = r(h * p)
        out[i] = dict(pct=pct, eligible_cost=cost, reimbursed=reimb, invoice=inv, eigen_bijdrage=inv - reimb)
    return out
if __name__ == "__main__":
    # brochure checks
    assert fees(60000, [("dagopvang", 122, "10.50")])[0]["reimbursed"] == Decimal("1202.86")
    x = fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")])
    assert x[0]["reimbursed"] == Decimal("592.07") and x[1]["reimbursed"] == Decimal("570.21")
    assert fees(40000, [("gastouderopvang", 240, "8.25")])[0]["reimbursed"] == Decimal("1821.60")
    assert fees(50000, [("gastouderopvang", 108, "9.52")])[0]["reimbursed"] == Decimal("880.24")
    cases = {
      "q_kdv_60000": (60000, [("dagopvang", 88, "10.95")]),
      "q_bso_82500": (82500, [("bso", 60, "10.40")]),
      "q_gast_35000": (35000, [("gastouderopvang", 100, "9.00")]),
      "q_two_70000": (70000, [("dagopvang", 90, "11.50"), ("bso", 40, "9.50")]),
      "q_bijstand_21000": (21000, [("dagopvang", 70, "10.20")]),
      "q_kdv_1250_50": (47000, [("dagopvang", "96", "11.80")]),
      "fam1": (38000, [("dagopvang", 72, "10.75")]),
      "fam2": (63000, [("dagopvang", 100, "11.40"), ("bso", 52, "10.25")]),
    }
    for k, (inc, ch) in cases.items():
        print(k, inc, [(c["pct"], str(c["invoice"]), str(c["reimbursed"]), str(c["eigen_bijdrage"])) for c in fees(inc, ch)])
