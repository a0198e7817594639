"""Own eigen-bijdrage calculator (KOT table 2026), Decimal half-up, per child per month."""
import csv
from decimal import Decimal as D, ROUND_HALF_UP
REF = "/work/shared/reference/"
def q(x): return x.quantize(D("0.01"), rounding=ROUND_HALF_UP)
def pct(income, first=True):
    for r in csv.DictReader(open(REF + "kot_2026.csv")):
        lo = D(r["income_from_eur"]); hi = D(r["income_to_eur"]) if r["income_to_eur"] else None
        if D(income) >= lo and (hi is None or D(income) <= hi):
            return D(r["pct_first_child"] if first else r["pct_next_child"])
    raise ValueError(income)
MAX = {"dagopvang": D("11.23"), "bso": D("9.98"), "gastouderopvang": D("8.49")}
def fee(income, care, hours, price, first=True):
    hours = D(str(hours)); price = D(str(price))
    ep = min(price, MAX[care]); eh = min(hours, D(230))
    cost = q(eh * ep); reimb = q(cost * pct(income, first) / 100)
    inv = q(hours * price)
    return inv - reimb, inv, reimb, pct(income, first)
if __name__ == "__main__":
    import sys
    # self-check with the brochure examples
    assert fee(60000, "dagopvang", 122, "10.50")[2] == D("1202.86")
    assert fee(120000, "dagopvang", 87, "12.45")[2] == D("592.07")
    assert fee(120000, "bso", 65, "10.10", False)[2] == D("570.21")
    assert fee(40000, "gastouderopvang", 240, "8.25")[2] == D("1821.60")
    assert fee(50000, "gastouderopvang", 108, "9.52")[2] == D("880.24")
    print("ok")

# Fees used in families.toml (per child per month):
CASES = {
    "case1 child0 (first)": (75000, "dagopvang", 100, "11.00", True),   # 129.80
    "case1 child1 (next)": (75000, "bso", 40, "9.50", False),          # 22.04
    "case2 child0": (22000, "gastouderopvang", 100, "7.80", True),     # 31.20
}
# Fees used in chat_questions.jsonl: q025 (60000,dag,80,10.50)=51.24; q026 (45000,bso,50,9.75)=19.50;
# q027 (95000,dag,96,12.10)=334.71; q028 (22000,gastouder,100,7.80)=31.20; q029 = case1 above.
if __name__ == "__main__":
    for k, v in CASES.items():
        print(k, fee(*v)[0])
    for v in [(60000,"dagopvang",80,"10.50"),(45000,"bso",50,"9.75"),(95000,"dagopvang",96,"12.10"),(22000,"gastouderopvang",100,"7.80")]:
        print(v, fee(*v)[0])
