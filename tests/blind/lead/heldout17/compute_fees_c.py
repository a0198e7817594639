"""Own fee computation for heldout17 writer c (KOT 2026 table, max uurprijs 2026, 230 h cap).
Decimal, half-up to cents, per child per month. First child = most hours; tie -> highest cost."""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = Decimal("0.01")

def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)

def kot_row(income):
    inc = Decimal(str(income))
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if inc >= lo and (hi is None or inc <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)

def max_price(care):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if row["year"] == "2026" and row["care_type"] == care:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care)

def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of dicts in input order."""
    p1, pn = kot_row(income)
    kids = [(i, c, Decimal(str(h)), Decimal(str(p))) for i, (c, h, p) in enumerate(children)]
    first = max(kids, key=lambda k: (k[2], k[2] * k[3]))[0]
    out = []
    for i, c, h, p in kids:
        pct = p1 if i == first else pn
        ep = min(p, max_price(c))
        eh = min(h, Decimal(230))
        cost = r(eh * ep)
        reimb = r(cost * pct / 100)
        inv = r(h * p)
        out.append(dict(i=i, care=c, first=(i == first), pct=pct, elig_price=ep, elig_hours=eh,
                        elig_cost=cost, reimbursed=reimb, invoice=inv, fee=inv - reimb))
    return out

CASES = {
    # chat questions
    "h17cq009 (64000; dagopvang 96 h x 10.80)": (64000, [("dagopvang", 96, "10.80")]),
    "h17cq010 (30000; bso 60 h x 10.50)": (30000, [("bso", 60, "10.50")]),
    "h17cq011 (110000; dagopvang 120 h x 11.23, bso 50 h x 9.98)": (110000, [("dagopvang", 120, "11.23"), ("bso", 50, "9.98")]),
    "h17cq012 (45000; gastouder 250 h x 8.00)": (45000, [("gastouderopvang", 250, "8.00")]),
    # families
    "family 1 (97500; bso 80 h x 10.40, dagopvang 80 h x 11.50; tie)": (97500, [("bso", 80, "10.40"), ("dagopvang", 80, "11.50")]),
    "family 2 (21800; gastouder 236 h x 9.10, bso 40 h x 9.98)": (21800, [("gastouderopvang", 236, "9.10"), ("bso", 40, "9.98")]),
    # brochure checks
    "check brochure 1 (60000; dagopvang 122 h x 10.50)": (60000, [("dagopvang", 122, "10.50")]),
    "check brochure 2 (120000; dagopvang 87 x 12.45, bso 65 x 10.10)": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name)
        for o in fees(inc, kids):
            print("  child %(i)d %(care)s first=%(first)s pct=%(pct)s price=%(elig_price)s hours=%(elig_hours)s "
                  "cost=%(elig_cost)s reimbursed=%(reimbursed)s invoice=%(invoice)s FEE=%(fee)s" % o)
