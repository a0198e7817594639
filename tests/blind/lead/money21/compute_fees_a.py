#!/usr/bin/env python3
"""Eigen bijdrage per child per month under SMI with the KOT 2026 table.

Conventions (see README.md):
- Decimal everywhere, ROUND_HALF_UP to cents.
- hours per week -> hours per month = hours_per_week * 52 / 12, rounded half-up to 2 decimals.
- eligible_price = min(price, max_uurprijs 2026[care]); eligible_hours = min(hours, 230)
- eligible_cost = round(eligible_hours * eligible_price); reimbursed = round(eligible_cost * pct / 100)
- invoice = round(hours * price); eigen bijdrage = invoice - reimbursed
- first child = most hours; tie -> highest invoice.
"""
import csv
import sys
from decimal import Decimal as D, ROUND_HALF_UP

REF = "/work/shared/reference"
C = D("0.01")


def r2(x):
    return D(x).quantize(C, rounding=ROUND_HALF_UP)


def load_kot():
    rows = []
    with open(f"{REF}/kot_2026.csv", newline="") as f:
        for r in csv.DictReader(f):
            lo = D(r["income_from_eur"])
            hi = D(r["income_to_eur"]) if r["income_to_eur"] else None
            rows.append((lo, hi, D(r["pct_first_child"]), D(r["pct_next_child"])))
    return rows


def load_max():
    m = {}
    with open(f"{REF}/max_uurprijs.csv", newline="") as f:
        for r in csv.DictReader(f):
            if r["year"] == "2026":
                m[r["care_type"]] = D(r["max_eur_per_hour"])
    return m


KOT = load_kot()
MAX = load_max()
CAP_HOURS = D("230")


def pct_row(income):
    income = D(income)
    for lo, hi, p1, pn in KOT:
        if income >= lo and (hi is None or income <= hi):
            return lo, hi, p1, pn
    raise ValueError(income)


def week_to_month(hours_per_week):
    return r2(D(hours_per_week) * 52 / 12)


def child_fee(care, hours, price, pct):
    hours, price = D(hours), D(price)
    e_price = min(price, MAX[care])
    e_hours = min(hours, CAP_HOURS)
    e_cost = r2(e_hours * e_price)
    reimb = r2(e_cost * pct / 100)
    invoice = r2(hours * price)
    return dict(care=care, hours=hours, price=price, e_price=e_price, e_hours=e_hours,
                e_cost=e_cost, pct=pct, reimbursed=reimb, invoice=invoice, eb=invoice - reimb)


def household(income, children):
    """children: list of (label, care, hours_per_month, price). Returns list in input order."""
    lo, hi, p1, pn = pct_row(income)
    # first child: most hours, tie -> highest invoice
    order = sorted(range(len(children)),
                   key=lambda i: (D(children[i][2]), r2(D(children[i][2]) * D(children[i][3]))),
                   reverse=True)
    first = order[0]
    out = []
    for i, (label, care, h, p) in enumerate(children):
        res = child_fee(care, h, p, p1 if i == first else pn)
        res["label"] = label
        res["rank"] = "first" if i == first else "next"
        out.append(res)
    return (lo, hi, p1, pn), out


def spellings(amount):
    """Accepted spellings of an amount: 60.12 / 60,12 (+ thousands forms >= 1000)."""
    a = r2(amount)
    s = f"{a:.2f}"
    forms = [s, s.replace(".", ",")]
    if a >= 1000:
        ip, dp = s.split(".")
        th = f"{int(ip):,}"
        forms += [f"{th}.{dp}", f"{th.replace(',', '.')},{dp}"]
    return forms


# ---------------------------------------------------------------------------
# The cases behind chat_questions.jsonl (full-number questions).
# hours: ("m", x) = hours per month as given; ("w", x) = hours per week -> * 52/12.
# ---------------------------------------------------------------------------
CASES = {
    "m21aq001": (60000, [("kind", "dagopvang", ("m", 122), "10.50")]),
    "m21aq002": (42000, [("kind", "dagopvang", ("w", 24), "11.80")]),            # 3 dagen van 8 uur
    "m21aq003": (37200, [("kind", "bso", ("m", 40), "9.45")]),                   # 3.100 bruto p/m
    "m21aq004": (85000, [("jongste", "dagopvang", ("w", 21), "10.95"),           # 2 dagen van 10,5
                         ("oudste", "bso", ("w", 10), "10.20")]),
    "m21aq005": (28500, [("kind", "gastouderopvang", ("w", 32), "7.90")]),
    "m21aq006": (95000, [("kind", "dagopvang", ("m", 122), "10.25")]),           # factuur 1.250,50 / 122 u
    "m21aq007": (120000, [("baby", "dagopvang", ("w", 25), "11.40"),             # 2,5 dag van 10 uur
                          ("middelste", "dagopvang", ("w", 20), "11.40"),
                          ("oudste", "bso", ("w", 12), "9.60")]),
    "m21aq008": (150000, [("kind", "dagopvang", ("w", 55), "11.23")]),           # 5 dagen van 11 uur
    "m21aq009": (51000, [("kind", "dagopvang", ("w", 22), "10.50")]),            # 4 ochtenden 7.30-13.00
    "m21aq010": (31200, [("kind", "bso", ("m", 52), "9.98")]),                   # 2.600 netto p/m
    "m21aq011": (72500, [("kind", "gastouderopvang", ("m", 140), "8.75")]),
    "m21aq012": (65000, [("oudste", "dagopvang", ("w", 27), "10.80"),            # 3 dagen van 9
                         ("jongste", "dagopvang", ("w", 18), "10.80")]),          # 2 dagen van 9
    "m21aq013": (110000, [("kind", "bso", ("w", 9), "10.45")]),                  # 2 middagen 14.00-18.30
    "m21aq014": (47000, [("kind", "dagopvang", ("w", 32), "11.05")]),
    "m21aq015": (200000, [("kind", "dagopvang", ("w", 33), "12.30")]),           # 3 dagen van 11
    "m21aq016": (51000, [("kind", "gastouderopvang", ("w", 27), "7.25")]),       # 4.250 bruto p/m
    "m21aq017": (38400, [("jongste", "dagopvang", ("w", 21), "10.70"),
                         ("oudste", "bso", ("w", 8), "9.30")]),
    "m21aq018": (78000, [("kind", "dagopvang", ("m", 84), "11.75")]),            # factuur 987,00 / 84 u
    "m21aq019": (135000, [("oudste", "bso", ("m", 50), "10.35"),
                          ("jongste", "bso", ("m", 35), "10.35")]),
    "m21aq020": (58000, [("kind", "dagopvang", ("w", 36), "10.90")]),
    "m21aq021": (180000, [("jongste", "dagopvang", ("m", 160), "11.80"),
                          ("oudste", "bso", ("m", 60), "9.80")]),
    "m21aq022": (33000, [("jongste", "dagopvang", ("w", 20), "10.60"),
                         ("middelste", "gastouderopvang", ("w", 15), "7.80"),
                         ("oudste", "bso", ("m", 40), "9.90")]),
    "m21aq023": (75000, [("kind", "dagopvang", ("w", 40), "11.60")]),
    "m21aq024": (98000, [("kind", "bso", ("w", 10.5), "9.75")]),
    "m21aq025": (40000, [("kind", "gastouderopvang", ("w", 60), "8.00")]),
    "m21aq026": (84000, [("kind", "dagopvang", ("w", 19), "11.23")]),            # 7.000 gross p/m x12
    "m21aq027": (125000, [("youngest", "dagopvang", ("w", 30), "12.10"),
                          ("oldest", "bso", ("w", 15), "10.10")]),
    "m21aq028": (68000, [("kind", "dagopvang", ("m", 130), "11.05")]),           # bill 1,436.50 / 130 h
    "m21aq029": (55000, [("kind", "gastouderopvang", ("w", 25), "9.00")]),
    "m21aq030": (240000, [("youngest", "dagopvang", ("w", 33), "13.00"),
                          ("middle", "dagopvang", ("w", 22), "13.00"),
                          ("oldest", "bso", ("m", 50), "11.00")]),
    "m21aq031": (45500, [("kind", "dagopvang", ("w", 25), "10.99")]),
    "m21aq032": (102000, [("kind", "bso", ("w", 14), "9.20")]),
    "m21aq033": (30000, [("kind", "dagopvang", ("w", 25.5), "10.40")]),          # 2.500 net p/m
    "m21aq034": (160000, [("son", "dagopvang", ("m", 100), "11.50"),
                          ("daughter", "dagopvang", ("m", 100), "11.20")]),
    "m21aq035": (62000, [("older", "gastouderopvang", ("m", 90), "8.20"),
                         ("younger", "gastouderopvang", ("m", 70), "8.20")]),
    "m21aq036": (90000, [("kind", "dagopvang", ("w", 30), "11.23")]),
    "m21aq037": (30000, [("kind", "dagopvang", ("m", 200), "10.00")]),
    "m21aq038": (115500, [("older", "bso", ("m", 45), "9.98"),
                          ("younger", "bso", ("m", 30), "9.98")]),
    "m21aq039": (70000, [("kind", "dagopvang", ("w", 20), "11.40")]),
    "m21aq040": (250000, [("kind", "gastouderopvang", ("m", 120), "9.50")]),
}


def run_case(cid):
    income, kids = CASES[cid]
    conv = []
    for label, care, (unit, x), price in kids:
        h = D(str(x)) if unit == "m" else week_to_month(str(x))
        conv.append((label, care, h, price))
    row, res = household(income, conv)
    for (label, care, (unit, x), price), r in zip(kids, res):
        r["hours_src"] = f"{x} h/maand" if unit == "m" else f"{x} h/week x 52/12 = {r['hours']}"
    return income, row, res


def self_test():
    # Dienst Toeslagen brochure 2026 worked examples (reimbursed amounts)
    _, r = household(60000, [("a", "dagopvang", "122", "10.50")])
    assert r[0]["reimbursed"] == D("1202.86"), r
    _, r = household(120000, [("a", "dagopvang", "87", "12.45"), ("b", "bso", "65", "10.10")])
    assert r[0]["reimbursed"] == D("592.07") and r[1]["reimbursed"] == D("570.21"), r
    _, r = household(40000, [("a", "gastouderopvang", "240", "8.25")])
    assert r[0]["reimbursed"] == D("1821.60"), r
    _, r = household(50000, [("a", "gastouderopvang", "108", "9.52")])
    assert r[0]["reimbursed"] == D("880.24"), r


if __name__ == "__main__":
    self_test()
    ids = sys.argv[1:] or sorted(CASES)
    for cid in ids:
        income, (lo, hi, p1, pn), res = run_case(cid)
        print(f"{cid} income {income} row {lo}-{hi or ''} ({p1}/{pn})")
        for r in res:
            print(f"   {r['label']:10s} {r['care']:15s} {r['hours_src']:32s} price {r['price']} "
                  f"-> elig {r['e_hours']}h x {r['e_price']} = {r['e_cost']}; {r['rank']} {r['pct']}% "
                  f"= {r['reimbursed']}; invoice {r['invoice']}; EB {r['eb']}")
