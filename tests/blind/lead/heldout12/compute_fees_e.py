"""Own fee computation (writer e, heldout12): KOT table 2026, Decimal, half-up cents, per child per month."""
import csv, sys
from decimal import Decimal as D, ROUND_HALF_UP
REF = "/work/shared/reference/"
def r(x): return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)
def kot_row(income):
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = D(row["income_from_eur"]); hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
        if income >= lo and (hi is None or income <= hi):
            return D(row["pct_first_child"]), D(row["pct_next_child"])
def maxp(year, t):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if row["year"] == str(year) and row["care_type"] == t: return D(row["max_eur_per_hour"])
def fees(income, children, year=2026):
    """children: list of (care_type, hours, price). returns list of dicts per child (same order)."""
    income = D(str(income)); f, n = kot_row(income)
    kids = [(i, t, D(str(h)), D(str(p))) for i, (t, h, p) in enumerate(children)]
    first = sorted(kids, key=lambda k: (-k[2], -(k[2] * k[3])))[0][0]
    out = []
    for i, t, h, p in kids:
        pct = f if i == first else n
        ep = min(p, maxp(year, t)); eh = min(h, D(230))
        cost = r(eh * ep); reimb = r(cost * pct / 100); inv = r(h * p)
        out.append(dict(child=i, pct=str(pct), eligible_cost=str(cost), reimbursed=str(reimb), invoice=str(inv), eigen_bijdrage=str(inv - reimb)))
    return out
def vng(income, hours, price, next_child=False):
    income = D(str(income)); hours = D(str(hours)); price = D(str(price))
    for row in csv.DictReader(open(REF + "vng_peuter_2026.csv")):
        lo = D(row["income_from_eur"]); hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
        if income >= lo and (hi is None or income <= hi):
            pr = D(row["parent_eur_per_hour_next_child" if next_child else "parent_eur_per_hour"]); std = D(row["standard_hourly_rate_eur"])
            sub = max(D(0), min(price, std) - pr)
            return str(r(hours * price - hours * sub))
if __name__ == "__main__":
    # self-check against SOURCES.md worked examples
    assert fees(60000, [("dagopvang", 122, 10.50)])[0]["reimbursed"] == "1202.86"
    e2 = fees(120000, [("dagopvang", 87, 12.45), ("bso", 65, 10.10)])
    assert e2[0]["reimbursed"] == "592.07" and e2[1]["reimbursed"] == "570.21"
    assert fees(40000, [("gastouderopvang", 240, 8.25)])[0]["reimbursed"] == "1821.60"
    assert fees(50000, [("gastouderopvang", 108, 9.52)])[0]["reimbursed"] == "880.24"
    cases = {
     "q_a": (52500, [("dagopvang", 88, 10.80)]),
     "q_b": (75000, [("bso", 60, 10.45)]),
     "q_c": (33000, [("gastouderopvang", 100, 7.90)]),
     "q_d": (90000, [("dagopvang", 96, 11.50), ("bso", 48, 10.20)]),
     "q_e": (128400, [("dagopvang", 72, 12.10)]),
     "q_f": (64000, [("dagopvang", 80, 11.23), ("dagopvang", 80, 11.90)]),
     "fam1": (46000, [("dagopvang", 88, 10.95)]),
     "fam2": (81500, [("dagopvang", 100, 11.60), ("bso", 52, 10.25)]),
     "fam3": (29000, [("gastouderopvang", 120, 8.75)]),
    }
    for k, (inc, ch) in cases.items(): print(k, inc, ch, fees(inc, ch))
    print("vng", vng(60000, 32, 11.50), vng(30000, 32, 11.23))
