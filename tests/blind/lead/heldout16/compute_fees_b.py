"""Own fee computation for heldout16 writer b (KOT table 2026, max uurprijs 2026).
Decimal, half-up to cents, per child per month. First child = most hours (tie: highest cost)."""
import csv
from decimal import Decimal as D, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = D("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = D(str(income))
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = D(row["income_from_eur"])
            hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return D(row["pct_first_child"]), D(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return D(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of dicts, by input index."""
    first_pct, next_pct = kot_row(income)
    costs = [(D(str(h)), D(str(p))) for _, h, p in children]
    order = sorted(range(len(children)), key=lambda i: (-costs[i][0], -(costs[i][0] * costs[i][1])))
    first = order[0]
    out = []
    for i, (ct, h, p) in enumerate(children):
        h, p = D(str(h)), D(str(p))
        pct = first_pct if i == first else next_pct
        ep = min(p, max_price(ct))
        eh = min(h, D(230))
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        inv = r(h * p)
        out.append(dict(i=i, type=ct, hours=h, price=p, pct=pct, elig_price=ep, elig_hours=eh,
                        elig_cost=ec, reimbursed=reimb, invoice=inv, fee=inv - reimb, first=(i == first)))
    return out


CASES = {
    # brochure checks
    "check brochure 1 (reimb 1202.86)": (60000, [("dagopvang", 122, 10.50)]),
    "check brochure 2 (592.07 / 570.21)": (120000, [("dagopvang", 87, 12.45), ("bso", 65, 10.10)]),
    "check brochure 3 (1821.60)": (40000, [("gastouderopvang", 240, 8.25)]),
    "check format example (145.28 / 35.95)": (66000, [("dagopvang", 96, 11.8), ("bso", 48, 10.25)]),
    # chat questions
    "chat h16bq011: 45k, kdv 100h x 10.50": (45000, [("dagopvang", 100, 10.50)]),
    "chat h16bq012: 70k, bso 60h x 10.50": (70000, [("bso", 60, 10.50)]),
    "chat h16bq013: 100k, kdv 80h x 11.80": (100000, [("dagopvang", 80, 11.80)]),
    "chat h16bq014: 62k, kdv 120h x 11.50 + bso 50h x 9.50": (62000, [("dagopvang", 120, 11.50), ("bso", 50, 9.50)]),
    # families
    "family 1: 52k, gastouder 240h x 9.00": (52000, [("gastouderopvang", 240, 9.00)]),
    "family 2: 85k, [bso 60h x 10.20, kdv 150h x 11.40]": (85000, [("bso", 60, 10.20), ("dagopvang", 150, 11.40)]),
}

if __name__ == "__main__":
    for name, (inc, ch) in CASES.items():
        print(name, "income", inc)
        for c in fees(inc, ch):
            print("   child %d %s %s h x %s: pct %s (%s), eligible %s h x %s = %s, reimbursed %s, invoice %s, FEE %s" % (
                      c["i"], c["type"], c["hours"], c["price"], c["pct"], "first" if c["first"] else "next",
                      c["elig_hours"], c["elig_price"], c["elig_cost"], c["reimbursed"], c["invoice"], c["fee"]))
