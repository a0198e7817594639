"""Own fee calculator for the money21 b question set (KOT 2026 table, max uurprijs 2026).

Conventions (see README.md):
- all money in Decimal, rounded to whole cents half-up;
- hours per week -> hours per month = weekly * 52 / 12, rounded to 2 decimals half-up
  (the rounded value is what is used further on);
- eligible_price = min(price, max_uurprijs[2026][care]); eligible_hours = min(hours, 230);
  eligible_cost = round(eligible_hours * eligible_price); reimbursed = round(eligible_cost * pct / 100);
  invoice = round(hours * price); eigen bijdrage = invoice - reimbursed;
- first child = most hours per month; on a tie the highest invoice; other children use pct_next_child.
"""
import csv
from decimal import Decimal as D, ROUND_HALF_UP

REF = "/work/shared/reference"
CENT = D("0.01")


def r2(x):
    return D(x).quantize(CENT, rounding=ROUND_HALF_UP)


def load_kot():
    rows = []
    with open(f"{REF}/kot_2026.csv", newline="") as f:
        for row in csv.DictReader(f):
            lo = D(row["income_from_eur"])
            hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
            rows.append((lo, hi, D(row["pct_first_child"]), D(row["pct_next_child"])))
    return rows


def load_max(year=2026):
    out = {}
    with open(f"{REF}/max_uurprijs.csv", newline="") as f:
        for row in csv.DictReader(f):
            if int(row["year"]) == year:
                out[row["care_type"]] = D(row["max_eur_per_hour"])
    return out


KOT = load_kot()
MAXP = load_max()
CARE = {"kdv": "dagopvang", "bso": "bso", "go": "gastouderopvang"}


def pct_for(income):
    income = D(income)
    for lo, hi, p1, pn in KOT:
        if income >= lo and (hi is None or income <= hi):
            return p1, pn
    raise ValueError(income)


def week_to_month(weekly, exact=False):
    v = D(weekly) * 52 / 12
    return v if exact else r2(v)


def fee_one(hours, price, care, pct):
    hours, price = D(hours), D(price)
    ep = min(price, MAXP[CARE[care]])
    eh = min(hours, D(230))
    cost = r2(eh * ep)
    reimb = r2(cost * pct / 100)
    inv = r2(hours * price)
    return {"invoice": inv, "eligible_cost": cost, "reimbursed": reimb, "eigen": inv - reimb,
            "elig_price": ep, "elig_hours": eh}


def order(children):
    """children: list of (care, hours, price). Returns index list, first child first."""
    idx = list(range(len(children)))
    return sorted(idx, key=lambda i: (-D(children[i][1]), -r2(D(children[i][1]) * D(children[i][2]))))


def fees(income, children):
    p1, pn = pct_for(income)
    ordr = order(children)
    res = [None] * len(children)
    for rank, i in enumerate(ordr):
        care, h, pr = children[i]
        pct = p1 if rank == 0 else pn
        d = fee_one(h, pr, care, pct)
        d.update(pct=pct, rank=rank + 1, care=care, hours=D(h), price=D(pr))
        res[i] = d
    return res


def fees_wrong_nocap(income, children):
    """A clearly wrong variant: no max uurprijs and no 230 h cap."""
    p1, pn = pct_for(income)
    ordr = order(children)
    res = [None] * len(children)
    for rank, i in enumerate(ordr):
        care, h, pr = children[i]
        pct = p1 if rank == 0 else pn
        inv = r2(D(h) * D(pr))
        res[i] = inv - r2(inv * pct / 100)
    return res


# ---------------------------------------------------------------------------
# Cases. hours: either a number (per month) or ("w", weekly_hours) -> 52/12.
# ---------------------------------------------------------------------------
CASES = {}


def case(cid, income, children, note=""):
    CASES[cid] = (D(income), children, note)


def resolve(children, exact=False):
    out = []
    for care, h, pr in children:
        if isinstance(h, tuple):
            h = week_to_month(h[1], exact=exact)
        out.append((care, D(h), D(pr)))
    return out


def amt_group(x):
    x = r2(x)
    s = f"{x:.2f}"
    whole, cents = s.split(".")
    g = [f"{whole}.{cents}", f"{whole},{cents}"]
    if len(whole) > 3:
        t = whole[:-3] + "." + whole[-3:]
        c = whole[:-3] + "," + whole[-3:]
        g += [f"{t},{cents}", f"{c}.{cents}"]
    return g


def run(cid):
    income, ch, note = CASES[cid]
    conv = fees(income, resolve(ch))
    exact = fees(income, resolve(ch, exact=True))
    wrong = fees_wrong_nocap(income, resolve(ch))
    return conv, exact, wrong


# ---- the 40 computed cases ----
W = lambda h: ("w", h)  # hours per week -> per month with 52/12

case("m21bq001", 60000, [("kdv", 122, "10.50")], "brochure example 1")
case("m21bq002", 16800, [("kdv", W(24), "10.50")], "bijstand 1.400/mnd x12; 3 days of 8 h")
case("m21bq003", 60000, [("kdv", W(33), "11.80")], "60k; 3 days of 11 h")
case("m21bq004", 58184, [("go", 140, "7.95")], "income on upper bound of 95.5 row")
case("m21bq005", 37200, [("kdv", W(32), "9.95")], "3.100 bruto/mnd x12; 32 h/week")
case("m21bq006", 72500, [("kdv", W(20), "10.80"), ("bso", W("13.5"), "9.75")], "kdv 2x10h; bso 3 x 4.5h")
case("m21bq007", 85000, [("bso", 60, "10.40")], "85k; bso above cap")
case("m21bq008", 45000, [("kdv", 122, "10.25")], "invoice 1.250,50 / 122 h = 10.25")
case("m21bq009", 30000, [("go", W(27), "8.75")], "2.300 netto/mnd: any gross is in the 96% range; 3 days of 9 h")
case("m21bq010", 95000, [("kdv", W(27), "10.75"), ("kdv", W(18), "10.75"), ("bso", 52, "9.60")], "three kids; 3 and 2 days of 9 h")
case("m21bq011", 40000, [("go", 240, "8.25")], "brochure example 3, 230 h cap")
case("m21bq012", 50000, [("go", 108, "9.52")], "brochure example 4")
case("m21bq013", 120000, [("kdv", 87, "12.45"), ("bso", 65, "10.10")], "brochure example 2")
case("m21bq014", 61895, [("kdv", 100, "11.23")], "upper bound of 93.9 row")
case("m21bq015", 61896, [("kdv", 96, "11.05")], "lower bound of 92.4 row")
case("m21bq016", 51000, [("kdv", W(22), "10.60")], "4.250 bruto/mnd; 4 mornings 7.30-13.00")
case("m21bq017", 66000, [("kdv", W(25), "10.95")], "2,5 dag of 10 h")
case("m21bq018", 22800, [("bso", W("10.5"), "8.90")], "1.900/mnd; bso 3 afternoons of 3.5 h")
case("m21bq019", 78000, [("go", 120, "7.50"), ("go", 120, "7.50"), ("go", 80, "7.50")], "three kids, tie")
case("m21bq020", 100000, [("kdv", W(36), "12.10")], "100k; 4 days of 9 h")
case("m21bq021", 38500, [("bso", 70, "9.98")], "bso exactly at cap")
case("m21bq022", 25200, [("kdv", W(30), "11.25")], "2.100 netto/mnd; 3 days of 10 h; price 2 ct above cap")
case("m21bq023", 110000, [("kdv", W(24), "11.40"), ("bso", W(8), "10.25")], "two kids")
case("m21bq024", 34200, [("go", 95, "8.00"), ("go", 60, "8.00")], "2.850 bruto/mnd")
case("m21bq025", 24000, [("kdv", W(19), "10.00")], "2.000/mnd; 2 days of 9.5 h")
case("m21bq026", 92291, [("kdv", 80, "10.80"), ("bso", 80, "9.50")], "tie on hours; higher cost first")
case("m21bq027", 150000, [("kdv", W("31.5"), "11.95")], "3 days of 10.5 h")
case("m21bq028", 65000, [("go", W(30), "8.49")], "65 duizend; gastouder at cap")
case("m21bq029", 70000, [("bso", 60, "9.98")], "bso invoice 598,80 for 60 h")
case("m21bq030", 57000, [("kdv", W(40), "10.45")], "4 days of 10 h")
case("m21bq031", 47000, [("kdv", W(30), "10.70"), ("bso", W(12), "9.45")], "two kids")
case("m21bq032", 200000, [("kdv", 120, "11.00")], "200k")
case("m21bq033", 80891, [("kdv", W(22), "11.05")], "bound 85.9; 2 days 7-18")
case("m21bq034", 30000, [("kdv", W(24), "10.20"), ("bso", 40, "9.50"), ("bso", 40, "9.50")], "three kids, low income")
case("m21bq035", 125000, [("kdv", W(30), "11.50"), ("kdv", W(21), "11.50")], "two kids kdv")
case("m21bq036", 55000, [("go", 245, "7.80")], "245 h gastouder, cap 230")
case("m21bq037", 43000, [("kdv", W("27.5"), "10.80")], "3 mornings of 5.5 h + 1 day of 11 h")
case("m21bq038", 75000, [("bso", W(7), "9.50")], "bso 2 afternoons of 3.5 h")
case("m21bq039", 31200, [("kdv", W("24"), "10.35"), ("kdv", W("16"), "10.35")], "2.600 netto/mnd")
case("m21bq040", 88000, [("kdv", W(30), "11.60")], "88k; 3 days of 10 h")


if __name__ == "__main__":
    for cid in CASES:
        conv, exact, wrong = run(cid)
        income = CASES[cid][0]
        flag = "" if [c["eigen"] for c in conv] == [e["eigen"] for e in exact] else "  <-- differs with exact 52/12"
        print(f"{cid} income={income} pct={pct_for(income)}{flag}")
        for i, c in enumerate(conv):
            print(f"   child{i+1} {c['care']:3} h={c['hours']} p={c['price']} rank={c['rank']} pct={c['pct']} "
                  f"inv={c['invoice']} elig={c['eligible_cost']} reimb={c['reimbursed']} EIGEN={c['eigen']} "
                  f"(exact:{exact[i]['eigen']}, nocap-wrong:{wrong[i]})")
