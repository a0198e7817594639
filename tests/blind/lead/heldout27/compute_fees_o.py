"""Own fee calculator for the blind test set h27 (writer o).

KOT table 2026 + max uurprijs 2026 from /work/shared/reference, Decimal, half-up to cents,
per child per month. First child = most hours; tie -> highest cost (invoice).
eligible_price = min(price, max); eligible_hours = min(hours, 230);
eligible_cost = round(eh * ep); reimbursed = round(eligible_cost * pct / 100);
invoice = round(hours * price); fee = invoice - reimbursed.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = Decimal("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care, year=2026):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of dicts in input order."""
    first, nxt = kot_row(income)
    kids = [(i, c, Decimal(str(h)), Decimal(str(p))) for i, (c, h, p) in enumerate(children)]
    order = sorted(kids, key=lambda k: (-k[2], -(k[2] * k[3])))
    first_idx = order[0][0]
    out = []
    for i, care, h, p in kids:
        pct = first if i == first_idx else nxt
        ep = min(p, max_price(care))
        eh = min(h, Decimal(230))
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        inv = r(h * p)
        out.append(dict(idx=i, care=care, hours=h, price=p, pct=pct, elig_price=ep, elig_hours=eh,
                        elig_cost=ec, reimbursed=reimb, invoice=inv, fee=inv - reimb,
                        first=(i == first_idx)))
    return out


CASES = {
    # brochure checks
    "check brochure 1 (60000, kdv 122h x 10.50)": (60000, [("dagopvang", 122, "10.50")]),
    "check brochure 2 (120000, kdv 87h x 12.45 + bso 65h x 10.10)": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "check brochure 3 (40000, gastouder 240h x 8.25)": (40000, [("gastouderopvang", 240, "8.25")]),
    "check brochure 4 (50000, gastouder 108h x 9.52)": (50000, [("gastouderopvang", 108, "9.52")]),
    # chat contribution questions
    "h27oq010 (60000, kdv 130h x 10.95)": (60000, [("dagopvang", 130, "10.95")]),
    "h27oq011 (45000, gastouder 100h x 8.75)": (45000, [("gastouderopvang", 100, "8.75")]),
    "h27oq012 (85000, bso 80h x 10.50)": (85000, [("bso", 80, "10.50")]),
    "h27oq013 (72000, kdv 120h x 11.50 + bso 60h x 9.75)": (72000, [("dagopvang", 120, "11.50"), ("bso", 60, "9.75")]),
    # families.toml
    "family 1 (95000, bso 100h x 10.40 + kdv 100h x 11.00; tie -> kdv first)": (95000, [("bso", 100, "10.40"), ("dagopvang", 100, "11.00")]),
    "family 2 (31000, gastouder 235h x 8.60 + bso 60h x 9.10)": (31000, [("gastouderopvang", 235, "8.60"), ("bso", 60, "9.10")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name)
        for k in fees(inc, kids):
            print("  child %d %-15s %sh x %s | pct %s%s | elig %sh x %s = %s | reimb %s | invoice %s | FEE %s" % (
                k["idx"], k["care"], k["hours"], k["price"], k["pct"], " (first)" if k["first"] else "",
                k["elig_hours"], k["elig_price"], k["elig_cost"], k["reimbursed"], k["invoice"], k["fee"]))
