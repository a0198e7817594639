"""Own fee computation for writer b (heldout11), from /work/shared/domain.md and reference tables.
KOT table 2026, Decimal, half-up to cents, per child per month."""
import csv, sys
from decimal import Decimal as D, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = D("0.01")

def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)

def kot_rows():
    with open(REF + "kot_2026.csv") as f:
        return list(csv.DictReader(f))

def maxprice(year, care):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if row["year"] == str(year) and row["care_type"] == care:
                return D(row["max_eur_per_hour"])
    raise KeyError

def pct(income, first):
    income = D(str(income))
    for row in kot_rows():
        lo = D(row["income_from_eur"]); hi = row["income_to_eur"]
        if income >= lo and (hi == "" or income <= D(hi)):
            return D(row["pct_first_child" if first else "pct_next_child"])
    raise ValueError(income)

def fee(income, care, hours, price, first=True, year=2026):
    hours = D(str(hours)); price = D(str(price))
    p = pct(income, first)
    ep = min(price, maxprice(year, care))
    eh = min(hours, D(230))
    ec = r(eh * ep)
    reimb = r(ec * p / 100)
    inv = r(hours * price)
    return {"pct": p, "eligible_price": ep, "eligible_cost": ec, "reimbursed": reimb, "invoice": inv, "fee": inv - reimb}

def family(income, children):
    """children: list of (care, hours, price). First child = most hours; tie -> highest cost."""
    idx = list(range(len(children)))
    first = max(idx, key=lambda i: (D(str(children[i][1])), r(D(str(children[i][1])) * D(str(children[i][2])))))
    return {i: fee(income, *children[i], first=(i == first)) for i in idx}

if __name__ == "__main__":
    # brochure checks
    assert fee(60000, "dagopvang", 122, "10.50")["reimbursed"] == D("1202.86")
    assert fee(120000, "dagopvang", 87, "12.45")["reimbursed"] == D("592.07")
    assert fee(120000, "bso", 65, "10.10", first=False)["reimbursed"] == D("570.21")
    assert fee(40000, "gastouderopvang", 240, "8.25")["reimbursed"] == D("1821.60")
    assert fee(50000, "gastouderopvang", 108, "9.52")["reimbursed"] == D("880.24")
    print("brochure checks ok")
