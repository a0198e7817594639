"""Own fee computation for the held-out cases (writer d).

Rules (domain.md, SOURCES.md): KOT table 2026 (bounds inclusive), max uurprijs 2026,
at most 230 hours per child per month, first child = most hours (tie: highest cost),
Decimal, half-up to whole cents, per child per month:
  eligible_cost = round(min(hours,230) * min(price, max))
  reimbursed    = round(eligible_cost * pct / 100)
  invoice       = round(hours * price)
  eigen bijdrage = invoice - reimbursed
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
            if lo <= income and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"]), row
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF / "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts by index."""
    pf, pn, row = kot_row(income)
    ch = [(i, t, Decimal(str(h)), Decimal(str(p))) for i, (t, h, p) in enumerate(children)]
    # first child: most hours, tie -> highest cost (invoice)
    first = max(ch, key=lambda c: (c[2], c[2] * c[3]))[0]
    out = []
    for i, t, h, p in ch:
        pct = pf if i == first else pn
        mp = max_price(t)
        eh = min(h, Decimal(230))
        ep = min(p, mp)
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        inv = r(h * p)
        out.append(dict(index=i, type=t, hours=h, price=p, first=(i == first), pct=pct,
                        eligible_hours=eh, eligible_price=ep, eligible_cost=ec,
                        reimbursed=reimb, invoice=inv, eigen_bijdrage=inv - reimb))
    return row, out


def show(label, income, children):
    row, out = fees(income, children)
    print(f"== {label}: income {income} -> row {row['income_from_eur']}-{row['income_to_eur'] or '...'}"
          f" ({row['pct_first_child']}% / {row['pct_next_child']}%)")
    for o in out:
        print(f"  child {o['index']} {o['type']} {o['hours']}h x {o['price']} first={o['first']} pct={o['pct']}:"
              f" {o['eligible_hours']}h x {o['eligible_price']} = {o['eligible_cost']};"
              f" reimbursed {o['reimbursed']}; invoice {o['invoice']}; eigen bijdrage {o['eigen_bijdrage']}")
    return out


if __name__ == "__main__":
    # self-check against the brochure examples and the format example
    assert fees(60000, [("dagopvang", 122, "10.50")])[1][0]["reimbursed"] == Decimal("1202.86")
    o = fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")])[1]
    assert o[0]["reimbursed"] == Decimal("592.07") and o[1]["reimbursed"] == Decimal("570.21")
    assert fees(40000, [("gastouderopvang", 240, "8.25")])[1][0]["reimbursed"] == Decimal("1821.60")
    assert fees(50000, [("gastouderopvang", 108, "9.52")])[1][0]["reimbursed"] == Decimal("880.24")
    o = fees(87400, [("bso", 64, "10.4"), ("dagopvang", 236, "11.65")])[1]
    assert (o[0]["eigen_bijdrage"], o[1]["eigen_bijdrage"]) == (Decimal("73.51"), Decimal("652.09"))
    print("self-checks OK\n")

    print("# chat questions (contribution)")
    show("h31dq010 (4.250 bruto/mnd = 51.000, or 55.080 with holiday pay: same row)", 51000, [("dagopvang", 96, "10.95")])
    show("h31dq010 check with holiday pay", 55080, [("dagopvang", 96, "10.95")])
    show("h31dq011", 60000, [("bso", 52, "10.50")])
    show("h31dq012", 95000, [("dagopvang", 150, "11.50"), ("bso", 60, "9.75")])
    show("h31dq013", 72000, [("gastouderopvang", 100, "8.25")])
    show("h31dq014", 135000, [("dagopvang", 240, "10.50")])

    print("\n# families.toml")
    show("family 1", 58500, [("bso", 70, "9.50"), ("dagopvang", 96, "10.20")])
    show("family 2", 24000, [("gastouderopvang", 120, "9.10")])
    show("family 3", 105000, [("bso", 80, "9.90"), ("dagopvang", 80, "10.80"), ("gastouderopvang", 40, "7.95")])

    # cross-check families.toml against this computation
    import tomllib
    with open(Path(__file__).with_name("families.toml"), "rb") as f:
        cases = tomllib.load(f)["case"]
    for case in cases:
        if case["expect_outcome"] != "eligible":
            continue
        a = case["answers"]
        kids = [(k["care"]["type"], k["care"]["hours_per_month"], k["care"]["hourly_price"]) for k in a["children"]]
        _, out = fees(a["income"]["toetsingsinkomen"], kids)
        got = {str(o["index"]): str(o["eigen_bijdrage"]) for o in out}
        assert got == case["expect_fee"], (case["name"], got, case["expect_fee"])
    print("\nfamilies.toml expect_fee matches")
