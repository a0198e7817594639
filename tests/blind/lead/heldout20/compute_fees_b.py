"""Own fee calculator for the blind test set (writer b, heldout20).

Rules (domain.md, SOURCES.md): KOT table 2026 (bounds inclusive), max uurprijs 2026,
at most 230 hours per child per month, first child = child with most hours (tie: highest cost).
All money in Decimal, rounded half-up to cents, per child per month.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
CENT = Decimal("0.01")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    with open(REF / "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year="2026"):
    with open(REF / "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if row["year"] == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts."""
    pf, pn = kot_row(income)
    kids = [(ct, Decimal(str(h)), Decimal(str(p))) for ct, h, p in children]
    # first child: most hours, tie -> highest cost
    order = sorted(range(len(kids)), key=lambda i: (kids[i][1], kids[i][1] * kids[i][2]), reverse=True)
    first = order[0]
    out = []
    for i, (ct, h, p) in enumerate(kids):
        pct = pf if i == first else pn
        ep = min(p, max_price(ct))
        eh = min(h, Decimal(230))
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        inv = r(h * p)
        out.append(dict(child=i, type=ct, hours=h, price=p, pct=pct, eligible_price=ep,
                        eligible_hours=eh, eligible_cost=ec, reimbursed=reimb, invoice=inv,
                        fee=inv - reimb))
    return out


def show(label, income, children):
    print(f"== {label}: income {income}")
    for d in fees(income, children):
        print("  child {child} {type} {hours}h x {price}: pct {pct}; eligible {eligible_hours}h x {eligible_price} = "
              "{eligible_cost}; reimbursed {reimbursed}; invoice {invoice}; FEE {fee}".format(**d))


if __name__ == "__main__":
    # self-check against the brochure examples in SOURCES.md
    assert fees(60000, [("dagopvang", 122, "10.50")])[0]["reimbursed"] == Decimal("1202.86")
    ex2 = fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")])
    assert ex2[0]["reimbursed"] == Decimal("592.07") and ex2[1]["reimbursed"] == Decimal("570.21")
    assert fees(40000, [("gastouderopvang", 240, "8.25")])[0]["reimbursed"] == Decimal("1821.60")
    assert fees(50000, [("gastouderopvang", 108, "9.52")])[0]["reimbursed"] == Decimal("880.24")
    # format examples (h8 writer a)
    assert fees(28000, [("gastouderopvang", 100, "8.2")])[0]["fee"] == Decimal("32.80")
    fx = fees(66000, [("dagopvang", 96, "11.8"), ("bso", 48, "10.25")])
    assert [d["fee"] for d in fx] == [Decimal("145.28"), Decimal("35.95")]
    print("self-checks ok")

    # chat questions (contribution)
    show("h20bq010 EUR 60k, dagopvang 11.60 x 100h", 60000, [("dagopvang", 100, "11.60")])
    show("h20bq011 45.000, bso 9,75 x 60u", 45000, [("bso", 60, "9.75")])
    show("h20bq012 85,000, gastouder 9.10 x 80h", 85000, [("gastouderopvang", 80, "9.10")])
    show("h20bq013 72,500, dagopvang 11.23 x 120h + bso 10.40 x 50h", 72500,
         [("dagopvang", 120, "11.23"), ("bso", 50, "10.40")])
    show("h20bq014 30.000, dagopvang 10,00 x 240u", 30000, [("dagopvang", 240, "10.00")])

    # families.toml
    show("family 1", 68000, [("dagopvang", 88, "11.45")])
    show("family 2", 78400, [("bso", 52, "10.60"), ("gastouderopvang", 236, "8.75")])
