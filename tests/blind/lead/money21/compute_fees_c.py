"""Own fee calculator for the money21 (writer c) chat questions.

KOT table 2026 + max uurprijs 2026 from /work/shared/reference, Decimal, half-up to cents.
Rules (domain.md, SOURCES.md):
  eligible_price = min(price, max_uurprijs[2026][care])
  eligible_hours = min(hours_per_month, 230)
  eligible_cost  = round(eligible_hours * eligible_price)
  reimbursed     = round(eligible_cost * pct / 100)    pct = first child or next child
  invoice        = round(hours * price)
  eigen bijdrage = invoice - reimbursed
First child = most hours; on a tie the highest cost (invoice).
Hours per week -> hours per month: week * 52 / 12, rounded half-up to 2 decimals.
"""
import csv
from decimal import Decimal, ROUND_HALF_UP

REF = "/work/shared/reference"
C = Decimal("0.01")


def r2(x):
    return Decimal(x).quantize(C, rounding=ROUND_HALF_UP)


def load_kot():
    rows = []
    with open(f"{REF}/kot_2026.csv") as f:
        for row in csv.DictReader(f):
            lo = Decimal(row["income_from_eur"])
            hi = Decimal(row["income_to_eur"]) if row["income_to_eur"] else None
            rows.append((lo, hi, Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])))
    return rows


def load_max():
    m = {}
    with open(f"{REF}/max_uurprijs.csv") as f:
        for row in csv.DictReader(f):
            m[(int(row["year"]), row["care_type"])] = Decimal(row["max_eur_per_hour"])
    return m


KOT = load_kot()
MAXP = load_max()


def kot_row(income):
    if income == "max":  # parent accepts the highest contribution: the last row
        return KOT[-1]
    income = Decimal(income)
    for lo, hi, p1, p2 in KOT:
        if income >= lo and (hi is None or income <= hi):
            return (lo, hi, p1, p2)
    raise ValueError(income)


def week_to_month(week):
    return r2(Decimal(week) * 52 / 12)


def fee(income, children, year=2026):
    """children: list of dicts with care, hours (Decimal per month), price (Decimal)."""
    lo, hi, p1, p2 = kot_row(income)
    order = sorted(range(len(children)),
                   key=lambda i: (-children[i]["hours"], -children[i]["hours"] * children[i]["price"], i))
    out = []
    for rank, i in enumerate(order):
        ch = children[i]
        pct = p1 if rank == 0 else p2
        ep = min(ch["price"], MAXP[(year, ch["care"])])
        eh = min(ch["hours"], Decimal(230))
        ecost = r2(eh * ep)
        reimb = r2(ecost * pct / 100)
        inv = r2(ch["hours"] * ch["price"])
        out.append(dict(index=i, first=(rank == 0), pct=pct, elig_price=ep, elig_hours=eh,
                        elig_cost=ecost, reimbursed=reimb, invoice=inv, eb=inv - reimb,
                        bracket=(lo, hi)))
    out.sort(key=lambda d: d["index"])
    return out


def check_examples():
    """Worked examples from SOURCES.md (Dienst Toeslagen brochure 2026)."""
    D = Decimal
    r = fee(60000, [dict(care="dagopvang", hours=D(122), price=D("10.50"))])
    assert r[0]["reimbursed"] == D("1202.86"), r
    r = fee(120000, [dict(care="dagopvang", hours=D(87), price=D("12.45")),
                     dict(care="bso", hours=D(65), price=D("10.10"))])
    assert r[0]["reimbursed"] == D("592.07") and r[1]["reimbursed"] == D("570.21"), r
    r = fee(40000, [dict(care="gastouderopvang", hours=D(240), price=D("8.25"))])
    assert r[0]["reimbursed"] == D("1821.60"), r
    r = fee(50000, [dict(care="gastouderopvang", hours=D(108), price=D("9.52"))])
    assert r[0]["reimbursed"] == D("880.24"), r


if __name__ == "__main__":
    check_examples()
    print("worked examples OK")
