"""Own fee computation (KOT table 2026, Decimal, half-up), per child per month. Writer b."""
import csv, sys
from decimal import Decimal as D, ROUND_HALF_UP
REF = "/work/shared/reference/"
def r(x): return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)
def kot_row(income):
    inc = D(str(income))
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = D(row["income_from_eur"]); hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
        if inc >= lo and (hi is None or inc <= hi):
            return D(row["pct_first_child"]), D(row["pct_next_child"])
    raise ValueError(income)
def maxp(year, ct):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if row["year"] == str(year) and row["care_type"] == ct: return D(row["max_eur_per_hour"])
def fee(income, care_type, hours, price, first=True, year=2026):
    p1, pn = kot_row(income); pct = p1 if first else pn
    hours = D(str(hours)); price = D(str(price))
    ep = min(price, maxp(year, care_type)); eh = min(hours, D(230))
    cost = r(eh * ep); reimb = r(cost * pct / 100); inv = r(hours * price)
    return dict(pct=pct, eligible_cost=cost, reimbursed=reimb, invoice=inv, fee=inv - reimb)
def vng_fee(income, hours, price, first=True):
    inc = D(str(income))
    for row in csv.DictReader(open(REF + "vng_peuter_2026.csv")):
        lo = D(row["income_from_eur"]); hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
        if inc >= lo and (hi is None or inc <= hi):
            pr = D(row["parent_eur_per_hour" if first else "parent_eur_per_hour_next_child"]); std = D(row["standard_hourly_rate_eur"])
    hours = D(str(hours)); price = D(str(price))
    sub = max(D(0), min(price, std) - pr)
    return r(hours * price - hours * sub)
if __name__ == "__main__":
    # brochure checks
    print(fee(60000, "dagopvang", 122, "10.50"))
    print(fee(120000, "dagopvang", 87, "12.45"), fee(120000, "bso", 65, "10.10", first=False))
    print(fee(40000, "gastouderopvang", 240, "8.25"), fee(50000, "gastouderopvang", 108, "9.52"))
    print(fee(45000, "dagopvang", 80, "10.5"))
    print("--- chat questions")
    print("q contrib1", fee(52000, "dagopvang", 88, "10.95"))
    print("q contrib2", fee(85000, "dagopvang", 96, "12.40"))
    print("q contrib3", fee(61000, "bso", 60, "10.45"))
    print("q contrib4 A", fee(70000, "dagopvang", 100, "11.00"), "B", fee(70000, "bso", 50, "9.50", first=False))
    print("q contrib5", fee(38500, "gastouderopvang", 120, "9.00"))
    print("q contrib6", fee(104000, "dagopvang", 240, "10.00"))
    print("vng", vng_fee(45000, 32, "10.80"))
    print("--- families")
    print("fam1", fee(58000, "dagopvang", 72, "11.10"))
    print("fam2 A", fee(91000, "dagopvang", 110, "11.75"), "B", fee(91000, "bso", 48, "9.40", first=False))
