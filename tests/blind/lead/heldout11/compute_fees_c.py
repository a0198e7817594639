"""Own fee computation for writer c (heldout11): KOT table 2026, Decimal, half-up, per child per month."""
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


def maxprice(year, care):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if row["year"] == str(year) and row["care_type"] == care:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError((year, care))


def fees(income, children, year=2026):
    """children: list of (care_type, hours, price). Returns list of eigen bijdrage per child (input order)."""
    first, nxt = kot_row(income)
    ch = [(c, Decimal(str(h)), Decimal(str(p))) for c, h, p in children]
    # first child: most hours; tie -> highest cost
    order = sorted(range(len(ch)), key=lambda i: (ch[i][1], ch[i][1] * ch[i][2]), reverse=True)
    first_idx = order[0]
    out = []
    for i, (care, h, p) in enumerate(ch):
        pct = first if i == first_idx else nxt
        ep = min(p, maxprice(year, care))
        eh = min(h, Decimal(230))
        cost = r(eh * ep)
        reimb = r(cost * pct / 100)
        invoice = r(h * p)
        out.append(dict(care=care, pct=pct, eligible_cost=cost, reimbursed=reimb, invoice=invoice, bijdrage=invoice - reimb))
    return out


if __name__ == "__main__":
    # brochure checks
    print(fees(60000, [("dagopvang", 122, "10.50")]))
    print(fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]))
    print(fees(40000, [("gastouderopvang", 240, "8.25")]))
    print(fees(50000, [("gastouderopvang", 108, "9.52")]))
    print("--- chat questions")
    cases = {
        "q_a 38000 dag 11.80x100": (38000, [("dagopvang", 100, "11.80")]),
        "q_b 62500 bso 10.20x60": (62500, [("bso", 60, "10.20")]),
        "q_c 75000 gast 8.00x120": (75000, [("gastouderopvang", 120, "8.00")]),
        "q_d 1250.50/m=15006 dag 10.95x96": (15006, [("dagopvang", 96, "10.95")]),
        "q_e 58000 dag 11.23x88 + bso 9.50x40": (58000, [("dagopvang", 88, "11.23"), ("bso", 40, "9.50")]),
        "q_f 90000 dag 12.10x70": (90000, [("dagopvang", 70, "12.10")]),
        "fam1 47000 dag 11.50x72": (47000, [("dagopvang", 72, "11.50")]),
        "fam2 66000 dag 10.80x104 + bso 9.00x52": (66000, [("dagopvang", 104, "10.80"), ("bso", 52, "9.00")]),
    }
    for k, (inc, ch) in cases.items():
        print(k, [(str(x["pct"]), str(x["eligible_cost"]), str(x["reimbursed"]), str(x["invoice"]), str(x["bijdrage"])) for x in fees(inc, ch)])
