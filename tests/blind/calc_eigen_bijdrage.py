"""Independent hand-check of the SMI eigen bijdrage (KOT-table method, domain.md).

Written for the blind test set from /work/shared/domain.md and /work/shared/reference only;
it does not import the project.  Usage: python3 calc_eigen_bijdrage.py INCOME TYPE:HOURS:PRICE ...
"""
import csv
import sys
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
CENT = Decimal("0.01")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(income)
    with open(REF / "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(year, care):
    with open(REF / "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError((year, care))


def eigen_bijdrage(income, children, year=2026):
    """children: list of (care_type, hours, price). Returns list of dicts in input order."""
    pct_first, pct_next = kot_row(income)
    kids = [(i, c, Decimal(str(h)), Decimal(str(p))) for i, (c, h, p) in enumerate(children)]
    # first child: most hours; tie -> highest cost (hours x price)
    first = max(kids, key=lambda k: (k[2], k[2] * k[3]))[0]
    out = []
    for i, care, hours, price in kids:
        pct = pct_first if i == first else pct_next
        ep = min(price, max_price(year, care))
        eh = min(hours, Decimal(230))
        cost = r(eh * ep)
        reimb = r(cost * pct / 100)
        inv = r(hours * price)
        out.append(dict(index=i, rank="first" if i == first else "next", pct=pct,
                        eligible_cost=cost, reimbursed=reimb, invoice=inv, eigen_bijdrage=inv - reimb))
    return out


if __name__ == "__main__":
    inc = sys.argv[1]
    kids = [tuple(a.split(":")) for a in sys.argv[2:]]
    for row in eigen_bijdrage(inc, [(c, h, p) for c, h, p in kids]):
        print(row)
