"""Own fee computation for writer h11a (KOT table 2026 / VNG peuter 2026), Decimal half-up, per child per month."""
import csv, sys
from decimal import Decimal as D, ROUND_HALF_UP
REF = "/work/shared/reference/"
C = D("0.01")
def r(x): return x.quantize(C, rounding=ROUND_HALF_UP)

def kot_row(income):
    income = D(str(income))
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = D(row["income_from_eur"]); hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
        if income >= lo and (hi is None or income <= hi):
            return D(row["pct_first_child"]), D(row["pct_next_child"])
    raise ValueError(income)

def max_price(care, year=2026):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if int(row["year"]) == year and row["care_type"] == care:
            return D(row["max_eur_per_hour"])
    raise ValueError(care)

def kot_fee(income, care, hours, price, first=True):
    hours = D(str(hours)); price = D(str(price))
    pf, pn = kot_row(income); pct = pf if first else pn
    ep = min(price, max_price(care)); eh = min(hours, D(230))
    cost = r(eh * ep); reimb = r(cost * pct / 100); inv = r(hours * price)
    return dict(pct=pct, eligible_cost=cost, reimbursed=reimb, invoice=inv, fee=inv - reimb)

def vng_fee(income, hours, price, first=True):
    income = D(str(income)); hours = D(str(hours)); price = D(str(price))
    for row in csv.DictReader(open(REF + "vng_peuter_2026.csv")):
        lo = D(row["income_from_eur"]); hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
        if income >= lo and (hi is None or income <= hi):
            pr = D(row["parent_eur_per_hour"] if first else row["parent_eur_per_hour_next_child"]); std = D(row["standard_hourly_rate_eur"])
            sub = max(D(0), min(price, std) - pr)
            return dict(parent_rate=pr, subsidy=sub, fee=r(hours * price - hours * sub))

if __name__ == "__main__":
    # self-check against the brochure examples in SOURCES.md
    assert kot_fee(60000, "dagopvang", 122, "10.50")["reimbursed"] == D("1202.86")
    assert kot_fee(120000, "dagopvang", 87, "12.45")["reimbursed"] == D("592.07")
    assert kot_fee(120000, "bso", 65, "10.10", first=False)["reimbursed"] == D("570.21")
    assert kot_fee(40000, "gastouderopvang", 240, "8.25")["reimbursed"] == D("1821.60")
    assert kot_fee(50000, "gastouderopvang", 108, "9.52")["reimbursed"] == D("880.24")
    cases = [
        ("chat q: 45000 dagopvang 88h 10.90", kot_fee(45000, "dagopvang", 88, "10.90")),
        ("chat q: 72000 bso 60h 11.40", kot_fee(72000, "bso", 60, "11.40")),
        ("chat q: 95000 dag 100h 11.00 first", kot_fee(95000, "dagopvang", 100, "11.00")),
        ("chat q: 95000 bso 40h 9.50 next", kot_fee(95000, "bso", 40, "9.50", first=False)),
        ("chat q: 28000 gastouder 120h 9.00", kot_fee(28000, "gastouderopvang", 120, "9.00")),
        ("chat q: 1250.50 x 12 = 15006; dag 64h 11.75", kot_fee(D("15006"), "dagopvang", 64, "11.75")),
        ("chat q: 130000 dag 96h 10.25", kot_fee(130000, "dagopvang", 96, "10.25")),
    ]
    for name, res in cases: print(name, res)
    for a in sys.argv[1:]: print(a)

def families():
    """Fees for families.toml (h11a)."""
    out = {}
    # case 1: income 78000; child0 dagopvang 96 h x 11.60 (first: most hours); child1 bso 52 h x 8.95 (next)
    out["case1"] = {"0": kot_fee(78000, "dagopvang", 96, "11.60")["fee"], "1": kot_fee(78000, "bso", 52, "8.95", first=False)["fee"]}
    # case 2: income 21500; gastouderopvang 236 h x 8.10 (230 h cap)
    out["case2"] = {"0": kot_fee(21500, "gastouderopvang", 236, "8.10")["fee"]}
    return out

if __name__ == "__main__":
    print(families())
