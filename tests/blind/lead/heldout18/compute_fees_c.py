"""Own fee calculator for the h18c test cases (KOT 2026 table, max uurprijs 2026, Decimal half-up).
Per child per month: eligible_price = min(price, max[type]); eligible_hours = min(hours, 230);
eligible_cost = round(eh * ep); reimbursed = round(eligible_cost * pct / 100); invoice = round(hours * price);
fee = invoice - reimbursed. First child = most hours (tie: highest cost)."""
import csv
from decimal import Decimal as D, ROUND_HALF_UP

REF = "/work/shared/reference/"
C = D("0.01")


def r(x):
    return x.quantize(C, rounding=ROUND_HALF_UP)


def kot_row(income):
    inc = D(str(income))
    with open(REF + "kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = D(row["income_from_eur"])
            hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
            if inc >= lo and (hi is None or inc <= hi):
                return D(row["pct_first_child"]), D(row["pct_next_child"])
    raise ValueError(income)


def max_price(care_type, year=2026):
    with open(REF + "max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year and row["care_type"] == care_type:
                return D(row["max_eur_per_hour"])
    raise ValueError(care_type)


def fees(income, children):
    """children: list of (care_type, hours, price). Returns list of fee strings by index + detail."""
    p1, pn = kot_row(income)
    kids = []
    for i, (t, h, p) in enumerate(children):
        h, p = D(str(h)), D(str(p))
        kids.append((i, t, h, p, r(h * p)))
    order = sorted(kids, key=lambda k: (-k[2], -k[4]))
    first = order[0][0]
    out = {}
    for i, t, h, p, invoice in kids:
        pct = p1 if i == first else pn
        ep = min(p, max_price(t))
        eh = min(h, D(230))
        ec = r(eh * ep)
        reimb = r(ec * pct / 100)
        fee = invoice - reimb
        out[i] = fee
        print(f"  child {i} {t}: {h} h x {p} = invoice {invoice}; eligible {eh} h x {ep} = {ec}; "
              f"pct {pct} ({'first' if i == first else 'next'}) -> reimbursed {reimb}; fee {fee}")
    return out


CASES = {
    "chat contribution q (nl) 45000, kdv 120h x 10.95": (45000, [("dagopvang", 120, "10.95")]),
    "chat contribution q (en) 90000, bso 60h x 10.75": (90000, [("bso", 60, "10.75")]),
    "chat contribution q (nl) 70500, gastouder 110h x 8.95": (70500, [("gastouderopvang", 110, "8.95")]),
    "family 1: 84000, kdv 88h x 11.95 + bso 104h x 10.60": (84000, [("dagopvang", 88, "11.95"), ("bso", 104, "10.60")]),
    "family 2: 62000, twins 100h: gastouder 8.30 (idx0) + kdv 11.40 (idx1)": (62000, [("gastouderopvang", 100, "8.30"), ("dagopvang", 100, "11.40")]),
    "family 3: 19500, gastouder 240h x 8.75": (19500, [("gastouderopvang", 240, "8.75")]),
}

if __name__ == "__main__":
    for name, (inc, ch) in CASES.items():
        print(name, "pct", kot_row(inc))
        fees(inc, ch)
