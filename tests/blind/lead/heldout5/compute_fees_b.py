"""Own fee calculator for the held-out family cases (domain.md formula, KOT table 2026).
Decimal, half-up to whole cents, per child per month."""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
C = Decimal("0.01")

def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)

def kot_row(income):
    income = Decimal(str(income))
    for row in csv.DictReader(open(REF / "kot_2026.csv")):
        lo = Decimal(row["income_from_eur"])
        hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
        if income >= lo and (hi is None or income <= hi):
            return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)

def max_price(year, care):
    for row in csv.DictReader(open(REF / "max_uurprijs.csv")):
        if row["year"] == str(year) and row["care_type"] == care:
            return Decimal(row["max_eur_per_hour"])
    raise ValueError((year, care))

def fees(income, children, year=2026):
    """children: list of (care_type, hours, price). Returns {index: fee str}."""
    first_pct, next_pct = kot_row(income)
    kids = [(i, c, Decimal(str(h)), Decimal(str(p))) for i, (c, h, p) in enumerate(children)]
    # first child = most hours; tie -> highest cost (invoice)
    first = max(kids, key=lambda k: (k[2], k[2] * k[3]))[0]
    out = {}
    for i, care, hours, price in kids:
        pct = first_pct if i == first else next_pct
        ep = min(price, max_price(year, care))
        eh = min(hours, Decimal(230))
        cost = r(eh * ep)
        reimb = r(cost * pct / 100)
        invoice = r(hours * price)
        out[str(i)] = str(invoice - reimb)
    return out

if __name__ == "__main__":
    # brochure checks (reimbursed amounts)
    assert fees(60000, [("dagopvang", 122, "10.50")]) == {"0": str(Decimal("1281.00") - Decimal("1202.86"))}
    assert fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]) == {"0": str(Decimal("1083.15") - Decimal("592.07")), "1": str(Decimal("656.50") - Decimal("570.21"))}
    assert fees(40000, [("gastouderopvang", 240, "8.25")]) == {"0": str(Decimal("1980.00") - Decimal("1821.60"))}
    assert fees(50000, [("gastouderopvang", 108, "9.52")]) == {"0": str(Decimal("1028.16") - Decimal("880.24"))}
    cases = {
        "case1 ill mother, father works, 1 toddler": (60000, [("dagopvang", 122, "10.50")]),
        "case6 two kids bso first in list": (120000, [("bso", 65, "10.10"), ("dagopvang", 87, "12.45")]),
        "case8 single parent gastouder": (87500, [("gastouderopvang", 150, "9.00")]),
        "chat q 45.000 kdv 100h 11,50": (45000, [("dagopvang", 100, "11.50")]),
        "chat q 60.000 10,50 122h": (60000, [("dagopvang", 122, "10.50")]),
        "chat q 95k bso 80h 10.25": (95000, [("bso", 80, "10.25")]),
    }
    for k, (inc, ch) in cases.items():
        print(k, fees(inc, ch))
