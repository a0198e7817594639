"""Own fee computation from /work/shared/domain.md + reference CSVs (KOT 2026). Decimal, half-up."""
import csv, sys
from decimal import Decimal as D, ROUND_HALF_UP
REF = "/work/shared/reference/"
def r2(x): return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)
def kot_row(income):
    inc = D(str(income))
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = D(row["income_from_eur"]); hi = D(row["income_to_eur"]) if row["income_to_eur"] else None
        if inc >= lo and (hi is None or inc <= hi):
            return D(row["pct_first_child"]), D(row["pct_next_child"])
    raise ValueError(income)
def max_price(year, care):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if row["year"] == str(year) and row["care_type"] == care:
            return D(row["max_eur_per_hour"])
    raise ValueError((year, care))
def fee(income, care, hours, price, first=True, year=2026):
    hours = D(str(hours)); price = D(str(price))
    p1, pn = kot_row(income); pct = p1 if first else pn
    ep = min(price, max_price(year, care)); eh = min(hours, D(230))
    cost = r2(eh * ep); reimb = r2(cost * pct / 100); inv = r2(hours * price)
    return inv - reimb
def fees(income, children, year=2026):
    """children: list of (care, hours, price). first child = most hours, tie -> highest cost."""
    order = sorted(range(len(children)), key=lambda i: (-D(str(children[i][1])), -(D(str(children[i][1])) * D(str(children[i][2])))))
    first = order[0]
    return {str(i): str(fee(income, c[0], c[1], c[2], i == first, year)) for i, c in enumerate(children)}
if __name__ == "__main__":
    # brochure checks (reimbursed amounts)
    assert fee(60000, "dagopvang", 122, "10.50") == D("1281.00") - D("1202.86")
    assert fee(120000, "dagopvang", 87, "12.45") == r2(D(87) * D("12.45")) - D("592.07")
    assert fee(120000, "bso", 65, "10.10", first=False) == r2(D(65) * D("10.10")) - D("570.21")
    assert fee(40000, "gastouderopvang", 240, "8.25") == D("1980.00") - D("1821.60")
    assert fee(50000, "gastouderopvang", 108, "9.52") == r2(D(108) * D("9.52")) - D("880.24")
    print("brochure checks ok")
    print("chat a", fee(45000, "dagopvang", 80, "9.80"))
    print("chat b", fee(72000, "bso", 60, "10.50"))
    print("chat c", fee(60000, "dagopvang", 122, "10.25"))
    print("chat d", fee(38500, "gastouderopvang", 100, "9.00"))
