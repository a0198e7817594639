"""Own fee computation (writer c, heldout10): KOT table 2026, Decimal, half-up, per child per month."""
import csv, sys
from decimal import Decimal, ROUND_HALF_UP
REF = "/work/shared/reference/"
C = Decimal("0.01")
def r(x): return x.quantize(C, rounding=ROUND_HALF_UP)
def kot_row(income):
    income = Decimal(str(income))
    for row in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = Decimal(row["income_from_eur"]); hi = row["income_to_eur"]
        if income >= lo and (hi == "" or income <= Decimal(hi)):
            return Decimal(row["pct_first_child"]), Decimal(row["pct_next_child"])
    raise ValueError(income)
def maxp(care, year=2026):
    for row in csv.DictReader(open(REF + "max_uurprijs.csv")):
        if int(row["year"]) == year and row["care_type"] == care:
            return Decimal(row["max_eur_per_hour"])
def fee(income, care, hours, price, first=True):
    hours = Decimal(str(hours)); price = Decimal(str(price))
    p1, pn = kot_row(income); pct = p1 if first else pn
    ep = min(price, maxp(care)); eh = min(hours, Decimal(230))
    ec = r(eh * ep); reimb = r(ec * pct / 100); inv = r(hours * price)
    return inv - reimb, dict(pct=pct, eligible_cost=ec, reimbursed=reimb, invoice=inv)
def family(income, children):
    """children: list of (care, hours, price); first child = most hours, tie -> highest cost."""
    idx = sorted(range(len(children)), key=lambda i: (-Decimal(str(children[i][1])), -(Decimal(str(children[i][1]))*Decimal(str(children[i][2])))))
    first = idx[0]
    return {i: fee(income, *children[i], first=(i == first)) for i in range(len(children))}
if __name__ == "__main__":
    # self-check with the brochure examples (reimbursed amounts)
    assert fee(60000, "dagopvang", 122, "10.50")[1]["reimbursed"] == Decimal("1202.86")
    assert fee(120000, "dagopvang", 87, "12.45")[1]["reimbursed"] == Decimal("592.07")
    assert fee(120000, "bso", 65, "10.10", first=False)[1]["reimbursed"] == Decimal("570.21")
    assert fee(40000, "gastouderopvang", 240, "8.25")[1]["reimbursed"] == Decimal("1821.60")
    assert fee(50000, "gastouderopvang", 108, "9.52")[1]["reimbursed"] == Decimal("880.24")
    print("brochure checks ok")
    for args in [(60000,"dagopvang",122,"10.50"),(45000,"dagopvang",80,"10.5"),(85000,"dagopvang",96,"11.80"),
                 (32500,"bso",60,"9.50"),(72000,"gastouderopvang",100,"8.00"),(110000,"dagopvang",88,"10.90"),
                 (24000,"dagopvang",70,"10.00"),(150000,"dagopvang",100,"11.23")]:
        print(args, fee(*args))

def check_families(path="families.toml"):
    import tomllib
    data = tomllib.load(open(path, "rb"))
    for case in data["case"]:
        if "expect_fee" not in case: continue
        a = case["answers"]
        kids = [(c["care"]["type"], c["care"]["hours_per_month"], str(c["care"]["hourly_price"])) for c in a["children"]]
        got = {str(i): str(v[0]) for i, v in family(a["income"]["toetsingsinkomen"], kids).items()}
        print(case["name"][:50], got, "OK" if got == case["expect_fee"] else "MISMATCH " + str(case["expect_fee"]))

if __name__ == "__main__":
    check_families()
