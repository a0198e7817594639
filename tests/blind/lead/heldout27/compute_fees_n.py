"""Own fee computation for the h27 n writer (blind). KOT table 2026 + max uurprijs 2026,
Decimal, half-up to whole cents, 230 h cap, first child = most hours (tie: highest cost).
eigen bijdrage = round(hours*price) - round(round(min(h,230)*min(price,max)) * pct/100)."""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = Decimal("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = Decimal(row["income_from_eur"])
        hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
        if income >= lo and (hi is None or income <= hi):
            return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if row["year"] == "2026" and row["care_type"] == care:
            return Decimal(row["max_eur_per_hour"])
    raise ValueError(care)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of dicts per child index."""
    first, nxt = kot_row(income)
    kids = [(i, c, Decimal(str(h)), Decimal(str(p))) for i, (c, h, p) in enumerate(children)]
    # first child: most hours; tie -> highest invoice
    order = sorted(kids, key=lambda k: (k[2], k[2] * k[3]), reverse=True)
    first_idx = order[0][0]
    out = []
    for i, c, h, p in kids:
        pct = first if i == first_idx else nxt
        price = min(p, max_price(c))
        hours = min(h, Decimal(230))
        eligible = r(hours * price)
        reimb = r(eligible * pct / 100)
        invoice = r(h * p)
        out.append(dict(i=i, care=c, pct=pct, invoice=invoice, eligible=eligible,
                        reimbursed=reimb, fee=invoice - reimb))
    return out


CASES = {
    # brochure checks
    "check brochure 1": (60000, [("dagopvang", 122, "10.50")]),
    "check brochure 3": (40000, [("gastouderopvang", 240, "8.25")]),
    # chat contribution questions
    "q C1 60.000, dagopvang 100h x 10,50": (60000, [("dagopvang", 100, "10.50")]),
    "q C2 45.000, bso 80h x 9.85": (45000, [("bso", 80, "9.85")]),
    "q C3 1.250,50/mnd (15006/jr), gastouder 120h x 7,90": (Decimal("1250.50") * 12, [("gastouderopvang", 120, "7.90")]),
    "q C4 85,000, dagopvang 140h x 12.10 + bso 60h x 10.40": (85000, [("dagopvang", 140, "12.10"), ("bso", 60, "10.40")]),
    "q C5 38.000, dagopvang 240h x 10,95": (38000, [("dagopvang", 240, "10.95")]),
    # families.toml
    "F1 72500: bso 56h x 9.60 (idx0), dagopvang 110h x 11.50 (idx1)": (72500, [("bso", 56, "9.60"), ("dagopvang", 110, "11.50")]),
    "F2 17000: gastouder 150h x 9.10 (idx0), bso 40h x 8.75 (idx1)": (17000, [("gastouderopvang", 150, "9.10"), ("bso", 40, "8.75")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name)
        for f in fees(inc, kids):
            print("   child %(i)d %(care)s pct %(pct)s invoice %(invoice)s eligible %(eligible)s "
                  "reimbursed %(reimbursed)s -> eigen bijdrage %(fee)s" % f)
