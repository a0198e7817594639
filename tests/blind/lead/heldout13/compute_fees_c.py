"""Own fee computation (KOT table 2026, Decimal half-up, per child per month)."""
import csv, sys
from decimal import Decimal as D, ROUND_HALF_UP
REF = "/work/shared/reference/"
def r(x): return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)
def row(inc):
    inc = D(str(inc))
    for rw in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = D(rw["income_from_eur"]); hi = D(rw["income_to_eur"]) if rw["income_to_eur"] else None
        if inc >= lo and (hi is None or inc <= hi):
            return D(rw["pct_first_child"]), D(rw["pct_next_child"])
def maxp(ct, year=2026):
    for rw in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if rw["year"] == str(year) and rw["care_type"] == ct: return D(rw["max_eur_per_hour"])
def fees(inc, children):
    """children: list of (care_type, hours, price). returns list of eigen bijdrage per child."""
    p1, pn = row(inc)
    order = sorted(range(len(children)), key=lambda i: (-D(str(children[i][1])), -(D(str(children[i][1]))*D(str(children[i][2])))))
    first = order[0]
    out = []
    for i, (ct, h, pr) in enumerate(children):
        h = D(str(h)); pr = D(str(pr))
        pct = p1 if i == first else pn
        ep = min(pr, maxp(ct)); eh = min(h, D(230))
        cost = r(eh * ep); reimb = r(cost * pct / 100); inv = r(h * pr)
        out.append(dict(pct=pct, cost=cost, reimbursed=reimb, invoice=inv, fee=inv - reimb))
    return out
if __name__ == "__main__":
    cases = {
     "worked1": (60000, [("dagopvang", 122, "10.50")]),
     "q_a": (72500, [("dagopvang", 96, "10.95")]),
     "q_b": (48000, [("bso", 60, "11.40")]),
     "q_c": (95000, [("dagopvang", 88, "10.20"), ("bso", 40, "9.50")]),
     "q_d": (130000, [("gastouderopvang", 100, "9.00")]),
     "q_e": (61000, [("dagopvang", "86.67", "12.10")]),
     "fam1": (66000, [("dagopvang", 104, "11.50"), ("bso", 52, "10.40")]),
    }
    for k, (inc, ch) in cases.items():
        print(k, inc, ch); [print("   ", x) for x in fees(inc, ch)]
