"""Own fee computation for families.toml expect_fee (KOT table 2026, domain.md formula).
Decimal, half-up to cents, per child per month."""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = Decimal("0.01")
def r(x): return x.quantize(C, rounding=ROUND_HALF_UP)

def kot_row(income):
    income = Decimal(str(income))
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = Decimal(row["income_from_eur"]); hi = row["income_to_eur"]
        if income >= lo and (hi == "" or income <= Decimal(hi)):
            return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)

def max_price(year, care):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if row["year"] == str(year) and row["care_type"] == care:
            return Decimal(row["max_eur_per_hour"])
    raise ValueError((year, care))

def fees(income, children, year=2026):
    """children: list of (care_type, hours, price). Returns {index: fee}."""
    first, nxt = kot_row(income)
    ch = [(i, c, Decimal(str(h)), Decimal(str(p))) for i, (c, h, p) in enumerate(children)]
    # first child: most hours; tie -> highest cost
    first_idx = max(ch, key=lambda t: (t[2], t[2] * t[3]))[0]
    out = {}
    for i, care, h, p in ch:
        pct = first if i == first_idx else nxt
        ep = min(p, max_price(year, care))
        eh = min(h, Decimal(230))
        cost = r(eh * ep)
        reimb = r(cost * pct / 100)
        invoice = r(h * p)
        out[str(i)] = str(invoice - reimb)
    return out

CASES = {
    "ziek_ouder_een_kind_dagopvang": (45000, [("dagopvang", 88, "9.75")]),
    "brochure_check_two_children": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),  # brochure ex. 2, not a case
    "alleenstaand_ziek_gastouder_240u": (40000, [("gastouderopvang", 240, "8.25")]),
    "psychisch_ziek_bso_en_kdv": (75000, [("bso", 60, "9.40"), ("dagopvang", 60, "11.90")]),
}

if __name__ == "__main__":
    # sanity against brochure examples (reimbursed amounts)
    for name, (inc, kids) in CASES.items():
        print(name, fees(inc, kids))
