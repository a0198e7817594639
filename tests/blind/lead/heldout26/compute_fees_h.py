"""Own fee computation for the h26 held-out set (blind writer).

KOT table 2026 + max uurprijs 2026 from /work/shared/reference, Decimal, half-up to cents,
230 h cap, first child = most hours (tie: highest cost). Also the VNG peuter table.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
CENT = Decimal("0.01")


def r(x):
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return Decimal(row["max_eur_per_hour"])
    raise ValueError(care_type)


def kot_fees(income, children):
    """children: list of (care_type, hours, price). Returns list of fee strings by index."""
    first_pct, next_pct = kot_row(income)
    kids = [(ct, Decimal(str(h)), Decimal(str(p))) for ct, h, p in children]
    order = sorted(range(len(kids)), key=lambda i: (-kids[i][1], -(kids[i][1] * kids[i][2])))
    first = order[0]
    out = []
    for i, (ct, h, p) in enumerate(kids):
        pct = first_pct if i == first else next_pct
        price = min(p, max_price(ct))
        hours = min(h, Decimal(230))
        cost = r(hours * price)
        reimb = r(cost * pct / 100)
        invoice = r(h * p)
        out.append((i, ct, str(h), str(p), str(pct), str(cost), str(reimb), str(invoice), str(invoice - reimb)))
    return out


def vng_fee(income, hours, price, first=True):
    income = Decimal(str(income))
    with open(REF + "vng_peuter_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            if income >= lo and (hi is None or income <= hi):
                rate = Decimal(row["parent_eur_per_hour"] if first else row["parent_eur_per_hour_next_child"])
                std = Decimal(row["standard_hourly_rate_eur"])
                break
    h, p = Decimal(str(hours)), Decimal(str(price))
    sub = max(Decimal(0), min(p, std) - rate)
    return str(r(h * p - h * sub)), str(rate), str(sub)


CASES = {
    # reference checks against the brochure and the format examples
    "check brochure 1 (60k, kdv 10.50 x 122)": (60000, [("dagopvang", 122, "10.50")]),
    "check format ex 2 (66k)": (66000, [("dagopvang", 96, "11.8"), ("bso", 48, "10.25")]),
    # chat questions
    "h26hq011 (60k, kdv 88 h x 10.95)": (60000, [("dagopvang", 88, "10.95")]),
    "h26hq012 (84,694, kdv 100 h x 12.40)": (84694, [("dagopvang", 100, "12.40")]),
    "h26hq013 (110k, kdv 120 h x 10.80 + bso 60 h x 10.50)": (110000, [("dagopvang", 120, "10.80"), ("bso", 60, "10.50")]),
    "h26hq014 (45.000, gastouder 240 h x 8.00)": (45000, [("gastouderopvang", 240, "8.00")]),
    # families.toml
    "family 1 (72,500; kdv 80 h x 9.80 + kdv 80 h x 10.40, tie)": (72500, [("dagopvang", 80, "9.80"), ("dagopvang", 80, "10.40")]),
    "family 2 (31,000; gastouder 250 h x 8.75)": (31000, [("gastouderopvang", 250, "8.75")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name, "pct", kot_row(inc))
        for row in kot_fees(inc, kids):
            print("   child %d %s h=%s p=%s pct=%s eligible_cost=%s reimbursed=%s invoice=%s FEE=%s" % row)
    print("h26hq040 VNG (75k, peuter 32 h x 11.50, first child): fee, parent rate, subsidy/h =",
          vng_fee(75000, 32, "11.50"))
