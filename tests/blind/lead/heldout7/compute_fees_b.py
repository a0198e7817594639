"""Own fee computation (KOT table 2026, Decimal, half-up), per child per month. Writer b."""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = Decimal("0.01")

def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)

def kot_row(income):
    income = Decimal(str(income))
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = Decimal(row["income_from_eur"]); hi = row["income_to_eur"]
        if income >= lo and (hi == "" or income <= Decimal(hi)):
            return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)

def maxprice(year, care):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if row["year"] == str(year) and row["care_type"] == care:
            return Decimal(row["max_eur_per_hour"])
    raise ValueError((year, care))

def fees(income, children, year=2026):
    """children: list of (care_type, hours, price). Returns list of (invoice, reimbursed, bijdrage)."""
    first, nxt = kot_row(income)
    kids = [(i, c, Decimal(str(h)), Decimal(str(p))) for i, (c, h, p) in enumerate(children)]
    # first child: most hours; tie -> highest cost
    first_i = max(kids, key=lambda k: (k[2], r(k[2] * k[3])))[0]
    out = []
    for i, care, h, p in kids:
        pct = first if i == first_i else nxt
        ep = min(p, maxprice(year, care)); eh = min(h, Decimal(230))
        ecost = r(eh * ep); reimb = r(ecost * pct / 100); inv = r(h * p)
        out.append((i, pct, inv, reimb, inv - reimb))
    return out

CASES = {
    # chat contribution questions
    "q_a 48000 dag 96h 11.50": (48000, [("dagopvang", 96, "11.50")]),
    "q_b 85000 bso 60h 9.40": (85000, [("bso", 60, "9.40")]),
    "q_c 32500 gastouder 100h 7.90": (32500, [("gastouderopvang", 100, "7.90")]),
    "q_d 70000 dag 88h 10.95 + bso 40h 10.25": (70000, [("dagopvang", 88, "10.95"), ("bso", 40, "10.25")]),
    "q_e 42000 dag 80h 12.10": (42000, [("dagopvang", 80, "12.10")]),
    "q_e2 45360 (incl. vakantiegeld) dag 80h 12.10": (45360, [("dagopvang", 80, "12.10")]),
    "q_f 55000 dag 240h 10.00": (55000, [("dagopvang", 240, "10.00")]),
    # families.toml
    "fam1 78000 dag 100h 10.80 + bso 50h 9.50": (78000, [("dagopvang", 100, "10.80"), ("bso", 50, "9.50")]),
    "fam2 21500 gastouder 120h 9.00": (21500, [("gastouderopvang", 120, "9.00")]),
}

if __name__ == "__main__":
    for name, (inc, ch) in CASES.items():
        print(name)
        for i, pct, inv, reimb, eb in fees(inc, ch):
            print(f"   child {i}: pct {pct} invoice {inv} reimbursed {reimb} eigen bijdrage {eb}")
    # sanity against the brochure examples
    assert fees(60000, [("dagopvang", 122, "10.50")])[0][3] == Decimal("1202.86")
    e = fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")])
    assert e[0][3] == Decimal("592.07") and e[1][3] == Decimal("570.21")
    assert fees(40000, [("gastouderopvang", 240, "8.25")])[0][3] == Decimal("1821.60")
    assert fees(50000, [("gastouderopvang", 108, "9.52")])[0][3] == Decimal("880.24")
    print("brochure examples OK")
