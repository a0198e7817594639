"""Own fee computation: KOT table 2026, Decimal half-up, per child per month."""
import csv, sys
from decimal import Decimal, ROUND_HALF_UP
REF = "/work/shared/reference/"
C = Decimal("0.01")
def r(x): return x.quantize(C, rounding=ROUND_HALF_UP)
def row(income):
    income = Decimal(str(income))
    for rw in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = Decimal(rw["income_from_eur"]); hi = rw["income_to_eur"]
        if income >= lo and (hi == "" or income <= Decimal(hi)):
            return Decimal(rw["pct_first_child"]), Decimal(rw["pct_next_child"])
    raise ValueError(income)
def maxp(care, year=2026):
    for rw in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if rw["year"] == str(year) and rw["care_type"] == care:
            return Decimal(rw["max_eur_per_hour"])
def fees(income, children):
    """children: list of (care, hours, price). Returns list of fee strings by index."""
    first, nxt = row(income)
    ch = [(i, c, Decimal(str(h)), Decimal(str(p))) for i, (c, h, p) in enumerate(children)]
    order = sorted(ch, key=lambda t: (-t[2], -(t[2] * t[3])))
    first_idx = order[0][0]
    out = {}
    for i, c, h, p in ch:
        pct = first if i == first_idx else nxt
        ep = min(p, maxp(c)); eh = min(h, Decimal(230))
        cost = r(eh * ep); reimb = r(cost * pct / 100); inv = r(h * p)
        out[i] = (str(inv - reimb), str(pct), str(inv), str(reimb))
    return out
if __name__ == "__main__":
    tests = {
        "q60k": (60000, [("dagopvang", 90, "10.95")]),
        "q85k": (85000, [("dagopvang", 100, "12.10")]),
        "q48k2": (48000, [("dagopvang", 120, "10.80"), ("bso", 60, "10.50")]),
        "q72kgo": (72000, [("gastouderopvang", 120, "9.00")]),
        "q150k": (150000, [("dagopvang", 80, "11.00")]),
        "q32k": (32000, [("dagopvang", 72, "10.40")]),
        "h6": (45000, [("dagopvang", 80, "10.5")]),
    }
    for k, (inc, chs) in tests.items():
        print(k, fees(inc, chs))
