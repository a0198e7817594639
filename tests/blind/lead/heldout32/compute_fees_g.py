"""Own fee computation for held-out set g (KOT table 2026, max uurprijs 2026, 230 h cap).

Reads only /work/shared/reference/*.csv. Decimal, half-up to cents, per child per month.
First child = most hours; on a tie the highest cost (invoice).
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
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"]), row
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of dicts in input order."""
    p1, pn, row = kot_row(income)
    items = []
    for i, (ct, h, p) in enumerate(children):
        h, p = Decimal(str(h)), Decimal(str(p))
        items.append(dict(i=i, ct=ct, h=h, p=p, invoice=r(h * p)))
    order = sorted(items, key=lambda c: (-c["h"], -c["invoice"]))
    first = order[0]["i"]
    for c in items:
        pct = p1 if c["i"] == first else pn
        ep = min(c["p"], max_price(c["ct"]))
        eh = min(c["h"], Decimal(230))
        cost = r(eh * ep)
        reimb = r(cost * pct / 100)
        c.update(pct=pct, first=(c["i"] == first), eligible_price=ep, eligible_hours=eh,
                 eligible_cost=cost, reimbursed=reimb, fee=c["invoice"] - reimb)
    return items, row


CASES = {
    # check against the format example and the Dienst Toeslagen worked examples
    "format_example": (87400, [("bso", 64, "10.4"), ("dagopvang", 236, "11.65")]),
    "DT_example_1": (60000, [("dagopvang", 122, "10.50")]),
    "DT_example_2": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "DT_example_3": (40000, [("gastouderopvang", 240, "8.25")]),
    "DT_example_4": (50000, [("gastouderopvang", 108, "9.52")]),
    # chat questions (contribution)
    "h32gq010": (48000, [("dagopvang", 88, "10.80")]),
    "h32gq011": (95000, [("bso", 60, "11.20")]),
    "h32gq012": (72500, [("dagopvang", 100, "11.50"), ("bso", 50, "9.50")]),
    "h32gq013": (33000, [("gastouderopvang", 150, "7.90")]),
    "h32gq014": (130000, [("dagopvang", 240, "10.00")]),
    # families.toml
    "family_1": (22800, [("gastouderopvang", 240, "8.75"), ("gastouderopvang", 70, "8.75")]),
    "family_2": (104000, [("bso", 96, "10.40"), ("dagopvang", 96, "10.95")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        items, row = fees(inc, kids)
        print(f"== {name}: income {inc} -> row {row['income_from_eur']}-{row['income_to_eur']} "
              f"({row['pct_first_child']}% / {row['pct_next_child']}%)")
        for c in items:
            print(f"  child {c['i']} {c['ct']} {c['h']} h x {c['p']}: first={c['first']} pct={c['pct']} "
                  f"eligible {c['eligible_hours']} h x {c['eligible_price']} = {c['eligible_cost']}; "
                  f"reimbursed {c['reimbursed']}; invoice {c['invoice']}; eigen bijdrage {c['fee']}")


def check_families(path="families.toml"):
    """Recompute expect_fee for every eligible case in families.toml."""
    import tomllib
    with open(path, "rb") as f:
        data = tomllib.load(f)
    ok = True
    for case in data["case"]:
        if case["expect_outcome"] != "eligible":
            continue
        a = case["answers"]
        kids = [(c["care"]["type"], c["care"]["hours_per_month"], str(c["care"]["hourly_price"])) for c in a["children"]]
        items, _ = fees(a["income"]["toetsingsinkomen"], kids)
        got = {str(c["i"]): str(c["fee"]) for c in items}
        ok &= got == case["expect_fee"]
        print("families.toml:", case["name"][:50], got, "OK" if got == case["expect_fee"] else "MISMATCH")
    return ok


if __name__ == "__main__":
    import os
    if os.path.exists("families.toml"):
        assert check_families()
