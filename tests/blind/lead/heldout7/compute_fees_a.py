"""Own fee computation for writer a (KOT table 2026, Decimal, half-up, per child per month).
Usage: python compute_fees.py  -> prints the worked cases used in chat_questions.jsonl and families.toml."""
import csv
from decimal import Decimal as D, ROUND_HALF_UP
from pathlib import Path

REF = Path("/work/shared/reference")
C = D("0.01")

def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)

def kot_row(income):
    income = D(str(income))
    for row in csv.DictReader(open(REF / "kot_2026.csv")):
        lo = D(row["income_from_eur"]); hi = row["income_to_eur"]
        if income >= lo and (hi == "" or income <= D(hi)):
            return D(row["pct_first_child"]), D(row["pct_next_child"])
    raise ValueError(income)

def max_price(year, care):
    for row in csv.DictReader(open(REF / "max_uurprijs.csv")):
        if row["year"] == str(year) and row["care_type"] == care:
            return D(row["max_eur_per_hour"])
    raise ValueError((year, care))

def fees(income, children, year=2026):
    """children: list of (care_type, hours_per_month, hourly_price). Returns list of dicts in input order."""
    p1, pn = kot_row(income)
    kids = [(i, care, D(str(h)), D(str(p))) for i, (care, h, p) in enumerate(children)]
    # first child: most hours, tie -> highest cost (invoice)
    first = max(kids, key=lambda k: (k[2], r(k[2] * k[3])))[0]
    out = []
    for i, care, h, p in kids:
        pct = p1 if i == first else pn
        ep = min(p, max_price(year, care)); eh = min(h, D(230))
        cost = r(eh * ep); reimb = r(cost * pct / 100); inv = r(h * p)
        out.append(dict(child=i, pct=pct, eligible_cost=cost, reimbursed=reimb, invoice=inv, eigen=inv - reimb))
    return out

CASES = {
    # chat contribution questions
    "q_nl_38000_kdv_88h_11.80": (38000, [("dagopvang", 88, "11.80")]),
    "q_en_75000_bso_60h_9.50": (75000, [("bso", 60, "9.50")]),
    "q_nl_52000_gastouder_100h_8.00": (52000, [("gastouderopvang", 100, "8.00")]),
    "q_nl_90000_kdv100h10.00_bso50h9.00": (90000, [("dagopvang", 100, "10.00"), ("bso", 50, "9.00")]),
    "q_en_60000_kdv_80h_10.50": (60000, [("dagopvang", 80, "10.50")]),
    "q_nl_125000_kdv_96h_12.10": (125000, [("dagopvang", 96, "12.10")]),
    # brochure checks
    "check_brochure_1": (60000, [("dagopvang", 122, "10.50")]),
    "check_brochure_2": (120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]),
    "check_brochure_3": (40000, [("gastouderopvang", 240, "8.25")]),
    "check_brochure_4": (50000, [("gastouderopvang", 108, "9.52")]),
    # families.toml
    "fam1": (72500, [("dagopvang", 90, "11.40"), ("bso", 52, "9.75")]),
    "fam2": (21000, [("bso", 40, "9.20")]),
}

if __name__ == "__main__":
    for name, (inc, kids) in CASES.items():
        print(name)
        for f in fees(inc, kids):
            print("   ", {k: str(v) for k, v in f.items()})
