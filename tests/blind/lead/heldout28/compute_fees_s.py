"""Own fee computation for writer s (heldout28): KOT table 2026, max uurprijs 2026, 230 h cap,
first child = most hours (tie: highest cost), Decimal half-up to cents, per child per month."""
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


def max_price(care_type, year="2026"):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if row["year"] == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts."""
    first_pct, next_pct = kot_row(income)
    kids = [(i, t, Decimal(str(h)), Decimal(str(p))) for i, (t, h, p) in enumerate(children)]
    # first child: most hours; tie -> highest cost (invoice)
    order = sorted(kids, key=lambda k: (k[2], k[2] * k[3]), reverse=True)
    first = order[0][0]
    out = []
    for i, t, h, p in kids:
        pct = first_pct if i == first else next_pct
        price = min(p, max_price(t))
        hours = min(h, Decimal(230))
        eligible_cost = r(hours * price)
        reimbursed = r(eligible_cost * pct / 100)
        invoice = r(h * p)
        out.append(dict(child=i, type=t, hours=h, price=p, pct=pct, first=(i == first),
                        eligible_cost=eligible_cost, reimbursed=reimbursed, invoice=invoice,
                        fee=invoice - reimbursed))
    return out


CASES = {
    # reference examples from SOURCES.md (reimbursed amounts)
    "ref1": (60000, [("dagopvang", 122, "10.50")]),
    "ref2": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "ref3": (40000, [("gastouderopvang", 240, "8.25")]),
    "ref4": (50000, [("gastouderopvang", 108, "9.52")]),
    # format example check
    "fmt1": (28000, [("gastouderopvang", 100, "8.2")]),
    "fmt2": (66000, [("dagopvang", 96, "11.8"), ("bso", 48, "10.25")]),
    # chat questions (contribution)
    "q_60000_kdv": (60000, [("dagopvang", 88, "10.85")]),
    "q_38k_gastouder": (38000, [("gastouderopvang", 120, "8.75")]),
    "q_uitkering_bso": (Decimal("1250.50") * 12, [("bso", 60, "9.85")]),
    "q_85000_two": (85000, [("dagopvang", 100, "11.40"), ("bso", 50, "9.60")]),
    # families.toml
    "fam1": (74500, [("dagopvang", 110, "10.95"), ("bso", 60, "10.40")]),
    "fam2": (31000, [("gastouderopvang", 240, "9.10")]),
    "fam3": (118000, [("bso", 80, "9.50"), ("dagopvang", 80, "11.50")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(f"== {name}  income {inc}")
        for d in fees(inc, kids):
            print("  child {child} {type} {hours}h x {price} first={first} pct={pct} "
                  "eligible={eligible_cost} reimbursed={reimbursed} invoice={invoice} fee={fee}".format(**d))
