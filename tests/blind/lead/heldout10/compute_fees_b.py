"""Own fee computation for writer b (heldout10). KOT table 2026 + VNG peuter table 2026,
Decimal, whole cents half-up, per child per month. Reads /work/shared/reference/ only."""
import csv
from decimal import Decimal as D, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = D("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = D(str(income))
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = D(row["income_from_eur"]); hi = row["income_to_eur"]
            if income >= lo and (hi == "" or income <= D(hi)):
                return D(row["pct_first_child"]), D(row["pct_next_child"])
    raise ValueError(income)


def max_price(care, year=2026):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care:
                return D(row["max_eur_per_hour"])
    raise ValueError(care)


def kot_fee(income, care, hours, price, first=True):
    hours = D(str(hours)); price = D(str(price))
    p1, pn = kot_row(income)
    pct = p1 if first else pn
    ep = min(price, max_price(care))
    eh = min(hours, D(230))
    cost = r(eh * ep)
    reimb = r(cost * pct / 100)
    invoice = r(hours * price)
    return {"pct": pct, "eligible_cost": cost, "reimbursed": reimb, "invoice": invoice, "fee": invoice - reimb}


def vng_fee(income, hours, price, first=True):
    income = D(str(income)); hours = D(str(hours)); price = D(str(price))
    with open(REF + "vng_peuter_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = D(row["income_from_eur"]); hi = row["income_to_eur"]
            if income >= lo and (hi == "" or income <= D(hi)):
                pr = D(row["parent_eur_per_hour" if first else "parent_eur_per_hour_next_child"])
                std = D(row["standard_hourly_rate_eur"])
                sub = max(D(0), min(price, std) - pr)
                return {"parent_rate": pr, "subsidy": sub, "fee": r(hours * price - hours * sub)}
    raise ValueError(income)


if __name__ == "__main__":
    # brochure checks
    assert kot_fee(60000, "dagopvang", 122, "10.50")["reimbursed"] == D("1202.86")
    assert kot_fee(120000, "dagopvang", 87, "12.45")["reimbursed"] == D("592.07")
    assert kot_fee(120000, "bso", 65, "10.10", first=False)["reimbursed"] == D("570.21")
    assert kot_fee(40000, "gastouderopvang", 240, "8.25")["reimbursed"] == D("1821.60")
    assert kot_fee(50000, "gastouderopvang", 108, "9.52")["reimbursed"] == D("880.24")
    assert kot_fee(45000, "dagopvang", 80, "10.5")["fee"] == D("33.60")
    cases = {
        "q_a en 48500 dag 88h 10.95": kot_fee(48500, "dagopvang", 88, "10.95"),
        "q_b nl 72000 bso 60h 10.50": kot_fee(72000, "bso", 60, "10.50"),
        "q_c en 95000 dag 100h 11.80 first": kot_fee(95000, "dagopvang", 100, "11.80"),
        "q_c en 95000 bso 40h 9.50 next": kot_fee(95000, "bso", 40, "9.50", first=False),
        "q_d en 33000 gastouder 120h 9.00": kot_fee(33000, "gastouderopvang", 120, "9.00"),
        "q_e nl 28000 dag 250h 10.00": kot_fee(28000, "dagopvang", 250, "10.00"),
        "q_f en vng 55000 32h 11.50": vng_fee(55000, 32, "11.50"),
    }
    for k, v in cases.items():
        print(k, v)
    # families.toml
    fam = {
        "case1 child0 61000 dag 96h 10.95 first": kot_fee(61000, "dagopvang", 96, "10.95"),
        "case1 child1 61000 bso 52h 10.40 next": kot_fee(61000, "bso", 52, "10.40", first=False),
        "case2 child0 22000 gastouder 140h 8.75": kot_fee(22000, "gastouderopvang", 140, "8.75"),
    }
    for k, v in fam.items():
        print(k, v)
    assert fam["case1 child0 61000 dag 96h 10.95 first"]["fee"] == D("64.12")
    assert fam["case1 child1 61000 bso 52h 10.40 next"]["fee"] == D("44.67")
    assert fam["case2 child0 22000 gastouder 140h 8.75"]["fee"] == D("83.94")
