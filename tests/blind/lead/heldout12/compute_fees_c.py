"""Own fee computation: KOT table 2026, Decimal half-up, per child per month."""
import csv
from decimal import Decimal as D, ROUND_HALF_UP
REF = "/work/shared/reference/"
def r(x): return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)
def kot_row(inc):
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = D(row["income_from_eur"]); hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
        if inc >= lo and (hi is None or inc <= hi):
            return D(row["pct_first_child"]), D(row["pct_next_child"])
MAX = {"dagopvang": D("11.23"), "bso": D("9.98"), "gastouderopvang": D("8.49")}
def fees(inc, kids):
    """kids: list of (type, hours, price). Returns list of eigen bijdrage per child."""
    inc = D(str(inc)); p1, pn = kot_row(inc)
    ks = [(t, D(str(h)), D(str(p))) for t, h, p in kids]
    order = sorted(range(len(ks)), key=lambda i: (-ks[i][1], -(ks[i][1] * ks[i][2])))
    first = order[0]; out = []
    for i, (t, h, p) in enumerate(ks):
        pct = p1 if i == first else pn
        ep = min(p, MAX[t]); eh = min(h, D(230))
        cost = r(eh * ep); reimb = r(cost * pct / 100); inv = r(h * p)
        out.append((pct, cost, reimb, inv, inv - reimb))
    return out
def vng(inc, hours, price, first=True):
    inc = D(str(inc)); h = D(str(hours)); p = D(str(price))
    for row in csv.DictReader(open(REF + "vng_peuter_2026.csv")):
        lo = D(row["income_from_eur"]); hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
        if inc >= lo and (hi is None or inc <= hi):
            pr = D(row["parent_eur_per_hour" if first else "parent_eur_per_hour_next_child"]); std = D(row["standard_hourly_rate_eur"])
    sub = max(D(0), min(p, std) - pr)
    return r(h * p - h * sub)
if __name__ == "__main__":
    # sanity vs brochure
    print("check1", fees(60000, [("dagopvang", 122, "10.50")]))
    print("check2", fees(120000, [("dagopvang", 87, "12.45"), ("bso", 65, "10.10")]))
    print("check3", fees(40000, [("gastouderopvang", 240, "8.25")]))
    cases = {
        "Q_A 60.000 kdv 10,50 80h": (60000, [("dagopvang", 80, "10.50")]),
        "Q_B 45,000 bso 10.50 60h": (45000, [("bso", 60, "10.50")]),
        "Q_C 85.000 kdv 11,50 100h + bso 10,20 50h": (85000, [("dagopvang", 100, "11.50"), ("bso", 50, "10.20")]),
        "Q_D 30000 gastouder 9,00 120h": (30000, [("gastouderopvang", 120, "9.00")]),
        "Q_E 72,500 kdv 12.10 2 days approx 88h": (72500, [("dagopvang", 88, "12.10")]),
        "Q_F 110000 kdv 11.23 96h": (110000, [("dagopvang", 96, "11.23")]),
        "F1 52000 kdv 10.95 96h": (52000, [("dagopvang", 96, "10.95")]),
        "F2 78000 kdv 11.80 88h + bso 9.50 40h": (78000, [("dagopvang", 88, "11.80"), ("bso", 40, "9.50")]),
    }
    for k, (i, kids) in cases.items():
        print(k, fees(i, kids))
    print("VNG 40000 8h*4=32h? 11.50", vng(40000, 32, "11.50"))
