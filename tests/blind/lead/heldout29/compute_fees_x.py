"""Own fee computation for heldout29 writer x (blind; from domain.md + reference CSVs only).

eigen bijdrage per child per month, basislijn = KOT table 2026, max uurprijs 2026, 230 h cap,
first child = most hours (tie: highest cost). Decimal, half-up to cents.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
C = Decimal("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    with open(REF / "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF / "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours_per_month, hourly_price) or None (no care).
    Returns {index: (invoice, reimbursed, fee, pct)}."""
    first_pct, next_pct = kot_row(income)
    idx = [i for i, c in enumerate(children) if c is not None]
    # first child: most hours, tie -> highest cost
    first = max(idx, key=lambda i: (Decimal(str(children[i][1])),
                                    Decimal(str(children[i][1])) * Decimal(str(children[i][2]))))
    out = {}
    for i in idx:
        t, h, p = children[i]
        h, p = Decimal(str(h)), Decimal(str(p))
        pct = first_pct if i == first else next_pct
        elig_price = min(p, max_price(t))
        elig_hours = min(h, Decimal(230))
        elig_cost = r(elig_hours * elig_price)
        reimbursed = r(elig_cost * pct / 100)
        invoice = r(h * p)
        out[i] = (invoice, reimbursed, invoice - reimbursed, pct)
    return out


# brochure checks (SOURCES.md worked examples)
def _selftest():
    assert fees(60000, [("dagopvang", 122, 10.50)])[0][1] == Decimal("1202.86")
    f = fees(120000, [("dagopvang", 87, 12.45), ("bso", 65, 10.10)])
    assert f[0][1] == Decimal("592.07") and f[1][1] == Decimal("570.21")
    assert fees(40000, [("gastouderopvang", 240, 8.25)])[0][1] == Decimal("1821.60")
    assert fees(50000, [("gastouderopvang", 108, 9.52)])[0][1] == Decimal("880.24")


CHAT = {
    "h29xq009 Utrecht 38.500, kdv 10,50 x 120h": (38500, [("dagopvang", 120, 10.50)]),
    "h29xq010 Eindhoven 38,500, kdv 11,90 x 130h + bso 10.50 x 60h": (38500, [("dagopvang", 130, 11.90), ("bso", 60, 10.50)]),
    "h29xq011 Amsterdam ~70k (70000), kdv 12.75 x 108h": (70000, [("dagopvang", 108, 12.75)]),
    "h29xq012 Almere 3.208,33/mnd bruto (38500/jr; 41580 incl. vakantiegeld, same row pct), gastouder 9,85 x 80h": (38500, [("gastouderopvang", 80, 9.85)]),
    "h29xq013 Tilburg 38k, bso 10.50 x 72h": (38000, [("bso", 72, 10.50)]),
    "h29xq014 Breda ~52k, gastouder 8.00 x 120h, kdv 10.95 x 100h, bso 9.50 x 40h": (52000, [("gastouderopvang", 120, 8.00), ("dagopvang", 100, 10.95), ("bso", 40, 9.50)]),
    "h29xq015 Groningen netto 2400 (any gross <= 56412 -> 96%), kdv 9,85 x 104h": (45000, [("dagopvang", 104, 9.85)]),
    "h29xq016 Nijmegen 95.000, kdv 11,23 x 160h + bso 9,98 x 80h": (95000, [("dagopvang", 160, 11.23), ("bso", 80, 9.98)]),
    "h29xq017 60k, kdv 11.23 x 100h": (60000, [("dagopvang", 100, 11.23)]),
}

FAMILIES = {
    "h29x-fam1 ill mother, working father, 45000; kdv 240h x 10.80 (cap 230) + bso 50h x 10.20": (45000, [("dagopvang", 240, 10.80), ("bso", 50, 10.20)]),
    "h29x-fam2 father stopped work for sick child, 88000; sick child no care, kdv 150h x 12.10, bso 64h x 10.40": (88000, [None, ("dagopvang", 150, 12.10), ("bso", 64, 10.40)]),
}

if __name__ == "__main__":
    _selftest()
    print("brochure examples OK")
    for title, (inc, kids) in list(CHAT.items()) + list(FAMILIES.items()):
        print(title)
        for i, (inv, reimb, fee, pct) in fees(inc, kids).items():
            print(f"   child {i}: pct {pct}  invoice {inv}  reimbursed {reimb}  eigen bijdrage {fee}")
