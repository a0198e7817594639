"""Own computation of the SMI eigen bijdrage (basislijn: KOT table 2026 / VNG peuter table 2026).
Decimal, half-up to cents, per child per month. Reads /work/shared/reference/ only."""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = Decimal("0.01")


def r(x):
    return Decimal(x).quantize(C, rounding=ROUND_HALF_UP)


def kot_row(income):
    income = Decimal(str(income))
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = Decimal(row["income_from_eur"])
        hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
        if income >= lo and (hi is None or income <= hi):
            return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)


def max_price(care, year=2026):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if int(row["year"]) == year and row["care_type"] == care:
            return Decimal(row["max_eur_per_hour"])
    raise ValueError(care)


def kot_fee(income, care, hours, price, first=True):
    hours, price = Decimal(str(hours)), Decimal(str(price))
    p1, pn = kot_row(income)
    pct = p1 if first else pn
    ep = min(price, max_price(care))
    eh = min(hours, Decimal(230))
    cost = r(eh * ep)
    reimb = r(cost * pct / 100)
    invoice = r(hours * price)
    return invoice - reimb


def vng_fee(income, hours, price, first=True):
    income, hours, price = Decimal(str(income)), Decimal(str(hours)), Decimal(str(price))
    for row in csv.DictReader(open(REF + "vng_peuter_2026.csv")):
        lo = Decimal(row["income_from_eur"])
        hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
        if income >= lo and (hi is None or income <= hi):
            pr = Decimal(row["parent_eur_per_hour" if first else "parent_eur_per_hour_next_child"])
            std = Decimal(row["standard_hourly_rate_eur"])
            sub = max(Decimal(0), min(price, std) - pr)
            return r(hours * price - hours * sub)
    raise ValueError(income)


if __name__ == "__main__":
    # sanity: the brochure examples (reimbursed amounts)
    assert kot_fee(60000, "dagopvang", 122, "10.50") == r(Decimal("1281.00") - Decimal("1202.86"))
    assert kot_fee(40000, "gastouderopvang", 240, "8.25") == r(Decimal("1980.00") - Decimal("1821.60"))
    assert kot_fee(50000, "gastouderopvang", 108, "9.52") == r(Decimal("1028.16") - Decimal("880.24"))
    assert kot_fee(45000, "dagopvang", 80, "10.5") == Decimal("33.60")  # format example
    cases = {
        "chat A 72500 kdv 10.45x88": kot_fee(72500, "dagopvang", 88, "10.45"),
        "chat B 45000 kdv 12.10x100": kot_fee(45000, "dagopvang", 100, "12.10"),
        "chat B wrong, no price cap": r(Decimal("1210.00") - r(Decimal("1210.00") * Decimal("0.96"))),
        "chat F wrong, no 230h cap": r(Decimal("2616.00") - r(Decimal("2616.00") * Decimal("0.939"))),
        "chat C 29400 bso 9.50x60": kot_fee(29400, "bso", 60, "9.50"),
        "chat C 31752 bso 9.50x60": kot_fee(31752, "bso", 60, "9.50"),
        "chat D1 98000 kdv 11.00x120": kot_fee(98000, "dagopvang", 120, "11.00"),
        "chat D2 98000 bso 10.40x50 next": kot_fee(98000, "bso", 50, "10.40", first=False),
        "chat D2 wrong first pct": kot_fee(98000, "bso", 50, "10.40", first=True),
        "chat E 55000 gastouder 8.75x90": kot_fee(55000, "gastouderopvang", 90, "8.75"),
        "chat F 60000 kdv 10.90x240": kot_fee(60000, "dagopvang", 240, "10.90"),
        "chat G 150000 kdv 11.23x80": kot_fee(150000, "dagopvang", 80, "11.23"),
        "chat H VNG 80000 10.00x32": vng_fee(80000, 32, "10.00"),
        "chat I bijstand 0 kdv 10.00x70": kot_fee(0, "dagopvang", 70, "10.00"),
        "chat J 38000 gastouder 7.90x64": kot_fee(38000, "gastouderopvang", 64, "7.90"),
        "fam1 c0 83000 kdv 11.40x96": kot_fee(83000, "dagopvang", 96, "11.40"),
        "fam1 c1 83000 bso 9.60x60 next": kot_fee(83000, "bso", 60, "9.60", first=False),
        "fam2 c0 21000 gastouder 9.00x120": kot_fee(21000, "gastouderopvang", 120, "9.00"),
    }
    for k, v in cases.items():
        print(f"{k:40s} {v}")
