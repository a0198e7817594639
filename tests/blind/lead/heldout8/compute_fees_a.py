"""Own fee computation (KOT table 2026, Decimal, half-up, per child per month) for writer a."""
import csv
from decimal import Decimal, ROUND_HALF_UP
REF = "/work/shared/reference/"
C = Decimal("0.01")

def r(x):
    return Decimal(x).quantize(C, rounding=ROUND_HALF_UP)

def pct(income, first):
    income = Decimal(str(income))
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = Decimal(row["income_from_eur"]); hi = row["income_to_eur"]
        if income >= lo and (hi == "" or income <= Decimal(hi)):
            return Decimal(row["pct_first_child" if first else "pct_next_child"])
    raise ValueError(income)

def maxprice(care, year=2026):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if int(row["year"]) == year and row["care_type"] == care:
            return Decimal(row["max_eur_per_hour"])

def fee(income, care, hours, price, first=True):
    hours = Decimal(str(hours)); price = Decimal(str(price))
    ep = min(price, maxprice(care)); eh = min(hours, Decimal(230))
    cost = r(eh * ep); reimb = r(cost * pct(income, first) / 100)
    inv = r(hours * price)
    return dict(pct=pct(income, first), cost=cost, reimbursed=reimb, invoice=inv, fee=inv - reimb)

def family(income, children):
    """children: list of (care, hours, price); first child = most hours, tie -> highest cost."""
    idx = sorted(range(len(children)), key=lambda i: (-Decimal(str(children[i][1])), -Decimal(str(children[i][1])) * Decimal(str(children[i][2]))))
    out = {}
    for n, i in enumerate(idx):
        out[str(i)] = fee(income, *children[i], first=(n == 0))
    return out

if __name__ == "__main__":
    # brochure checks
    assert fee(60000, "dagopvang", 122, "10.50")["reimbursed"] == Decimal("1202.86")
    assert fee(120000, "dagopvang", 87, "12.45")["reimbursed"] == Decimal("592.07")
    assert fee(120000, "bso", 65, "10.10", first=False)["reimbursed"] == Decimal("570.21")
    assert fee(40000, "gastouderopvang", 240, "8.25")["reimbursed"] == Decimal("1821.60")
    assert fee(50000, "gastouderopvang", 108, "9.52")["reimbursed"] == Decimal("880.24")
    cases = {
        "chat q026 nl 45000 kdv 100h 10.95": (45000, [("dagopvang", 100, "10.95")]),
        "chat q027 en 72000 bso 60h 10.40": (72000, [("bso", 60, "10.40")]),
        "chat q028 nl 38500 gastouder 90h 8.75": (38500, [("gastouderopvang", 90, "8.75")]),
        "chat q029 en 95000 kdv 120h 12.10 + bso 50h 9.50": (95000, [("dagopvang", 120, "12.10"), ("bso", 50, "9.50")]),
        "chat q0xx nl 1250.50/mnd gross?": (30000, [("dagopvang", 88, "10.20")]),
        "fam1 28000 gastouder 100h 8.20": (28000, [("gastouderopvang", 100, "8.20")]),
        "fam2 66000 kdv 96h 11.80 + bso 48h 10.25": (66000, [("dagopvang", 96, "11.80"), ("bso", 48, "10.25")]),
    }
    for k, (inc, ch) in cases.items():
        print(k)
        for i, v in family(inc, ch).items():
            print("  child", i, {a: str(b) for a, b in v.items()})
