"""Builds tests/blind/families.toml and heldout/families.toml from the cases below.
Expected eigen bijdrage is computed with the independent ../../calc_eigen_bijdrage.py (KOT table).
Split rule: family number divisible by 3 -> heldout."""
import json, sys, subprocess
from pathlib import Path
HERE = Path(__file__).parent
BLIND = HERE.parent.parent
sys.path.insert(0, str(BLIND))
from calc_eigen_bijdrage import eigen_bijdrage
from decimal import Decimal

F = []
def P(act="none", wlz=False, det=False):
    d = {"activity": act}
    if wlz: d["wlz_indication"] = True
    if det: d["detention"] = True
    return d
def K(age=None, school="none", care=None, hours=None, price=None, wlz=False, treat=False, birth=None):
    d = {}
    if age is not None: d["age"] = age
    if birth: d["birth_date"] = birth
    d["school"] = school
    if wlz: d["wlz_indication"] = True
    if treat: d["needs_treatment_daycare"] = True
    if care:
        c = {"type": care}
        if hours is not None: c["hours_per_month"] = hours
        if price is not None: c["hourly_price"] = price
        d["care"] = c
    return d
def fam(name, outcome, parents, children, reasons, income=None, gemeente="basislijn", date="2026-03-01",
        long_term=False, confirm=True, income_num=None, note=None):
    ans = {"schema_version": 1, "gemeente": gemeente, "reference_date": date,
           "household": {"parents": parents}, "children": children,
           "situation": {"reasons": reasons, "professional_can_confirm": confirm, "long_term": long_term}}
    if income is not None:
        ans["income"] = {"toetsingsinkomen": income}
    f = {"name": name, "reference_date": date, "gemeente": gemeente, "expected_outcome": outcome}
    # eigen bijdrage when income + hours + price are known for every child and family is eligible
    if outcome == "eligible" and income is not None and all(
            c.get("care", {}).get("hours_per_month") is not None and c.get("care", {}).get("hourly_price") is not None
            for c in children):
        num = lambda v: Decimal(str(v).replace("€", "").replace(" ", "").replace(".", "").replace(",", ".")) if isinstance(v, str) else Decimal(str(v))
        inc = income_num if income_num is not None else num(income)
        rows = eigen_bijdrage(inc, [(c["care"]["type"], num(c["care"]["hours_per_month"]), num(c["care"]["hourly_price"])) for c in children])
        f["expected_eigen_bijdrage"] = [str(r["eigen_bijdrage"]) for r in rows]
        f["expected_first_child"] = [r["rank"] for r in rows].index("first")
        f["expected_pct"] = [str(r["pct"]) for r in rows]
    if note: f["note"] = note
    f["answers"] = ans
    F.append(f)

W, N = "work", "none"
# ---- eligible, classic, with eigen bijdrage
fam("Moeder heeft een zware depressie en werkt niet, vader werkt fulltime; dochter van 2 gaat 96 uur per maand naar de kdv van € 10,50; inkomen € 60.000.",
    "eligible", [P(N), P(W)], [K(2, care="dagopvang", hours=96, price=10.50)], ["parent_mental_illness"], 60000)
fam("Vader is ernstig ziek (kanker), moeder werkt; zoon van 1 op de kdv 120 uur à € 11,23; inkomen € 130.000.",
    "eligible", [P(W), P(N)], [K(1, care="dagopvang", hours=120, price=11.23)], ["parent_physical_illness"], 130000)
fam("Alleenstaande zieke moeder zonder werk; zoon van 6 in groep 3 gaat 60 uur per maand naar de bso à € 9,50; inkomen € 24.000.",
    "eligible", [P(N)], [K(6, "primary", "bso", 60, 9.50)], ["parent_physical_illness"], 24000)
fam("Alleenstaande vader met een beperking, geen werk; dochter van 3 bij een gastouder, 80 uur à € 8,00; inkomen € 30.000.",
    "eligible", [P(N)], [K(3, care="gastouderopvang", hours=80, price=8.00)], ["parent_disability"], 30000)
fam("Moeder psychisch ziek, vader werkt; kdv rekent € 11,80 per uur (boven de maximum uurprijs), 100 uur per maand; inkomen € 85.000.",
    "eligible", [P(N), P(W)], [K(2, care="dagopvang", hours=100, price=11.80)], ["parent_mental_illness"], 85000)
fam("Vader na een beroerte thuis, moeder werkt lange diensten; kind gaat 250 uur per maand naar de kdv à € 10,00 (meer dan 230 uur); inkomen € 40.000.",
    "eligible", [P(N), P(W)], [K(1, care="dagopvang", hours=250, price=10.00)], ["parent_physical_illness"], 40000)
fam("Moeder verslaafd en in behandeling, vader werkt; twee kinderen: kdv 110 uur à € 10,90 en bso 50 uur à € 9,75; inkomen € 72.500.",
    "eligible", [P(N), P(W)], [K(2, care="dagopvang", hours=110, price=10.90), K(7, "primary", "bso", 50, 9.75)], ["addiction"], 72500)
fam("Moeder overbelast en niet aan het werk, vader werkt; de oudste (7, bso 40 uur à € 9,98) staat eerst in de lijst, de jongste (2, kdv 100 uur à € 10,00) heeft de meeste uren; inkomen € 95.000.",
    "eligible", [P(N), P(W)], [K(7, "primary", "bso", 40, 9.98), K(2, care="dagopvang", hours=100, price=10.00)], ["parent_overload"], 95000,
    note="first child = the child with the most hours (the second in the list)")
fam("Vader chronisch ziek, moeder werkt; drie kinderen: tweeling op de kdv elk 80 uur (één locatie € 10,50, andere € 11,00) en een schoolkind op de bso 40 uur à € 9,00; inkomen € 110.000.",
    "eligible", [P(N), P(W)], [K(1, care="dagopvang", hours=80, price=10.50), K(1, care="dagopvang", hours=80, price=11.00), K(5, "primary", "bso", 40, 9.00)],
    ["parent_physical_illness"], 110000, long_term=True, note="tie on hours: the child with the highest cost is first (second child)")
fam("Zelfde gezin als het eerste, maar alles als tekst getypt: inkomen \"60.000\", uren \"96\", uurprijs \"10,50\".",
    "eligible", [P(N), P(W)], [K(2, care="dagopvang", hours="96", price="10,50")], ["parent_mental_illness"], "60.000", income_num=60000)
fam("Alleenstaande moeder met long covid, geen werk; zoon van 8 naar de bso 60 uur à \"9,50\"; inkomen getypt als \"€ 45.000\".",
    "eligible", [P(N)], [K(8, "primary", "bso", "60", "9,50")], ["parent_physical_illness"], "€ 45.000", income_num=45000)
fam("Vader met burn-out thuis, moeder werkt; dochter van 3 op de kdv 88 uur à € 10,75; inkomen getypt als \"72.500\".",
    "eligible", [P(N), P(W)], [K(3, care="dagopvang", hours=88, price=10.75)], ["parent_overload"], "72.500", income_num=72500)
fam("Moeder ernstig ziek, vader werkt met een hoog inkomen (€ 250.000); kdv 100 uur à € 11,23; geen inkomenstoets (B5), alleen een hogere bijdrage.",
    "eligible", [P(N), P(W)], [K(1, care="dagopvang", hours=100, price=11.23)], ["parent_physical_illness"], 250000)
fam("Grensgeval: inkomen precies € 56.412 (laatste rij met 96 %); vader ziek, moeder werkt; kdv 100 uur à € 10,00.",
    "eligible", [P(N), P(W)], [K(2, care="dagopvang", hours=100, price=10.00)], ["parent_physical_illness"], 56412)
fam("Grensgeval: inkomen € 56.413 (eerste rij met 95,5 %); vader ziek, moeder werkt; kdv 100 uur à € 10,00.",
    "eligible", [P(N), P(W)], [K(2, care="dagopvang", hours=100, price=10.00)], ["parent_physical_illness"], 56413)
fam("Moeder met een angststoornis, vader werkt; gastouder rekent € 9,52 (boven het maximum € 8,49), 108 uur; inkomen € 50.000.",
    "eligible", [P(N), P(W)], [K(4, "primary", "gastouderopvang", 108, 9.52)], ["parent_mental_illness"], 50000)
fam("Vader in een kliniek opgenomen, moeder werkt; zoon van 9 op de bso 64 uur à € 10,40 (boven € 9,98); inkomen € 100.000.",
    "eligible", [P(W), P(N)], [K(9, "primary", "bso", 64, 10.40)], ["parent_mental_illness"], 100000)
fam("Moeder stopt met werken om voor een ernstig ziek kind te zorgen, vader werkt; de twee broertjes (4 en 6) gaan naar de bso, 45 en 50 uur à € 9,80; inkomen € 66.000.",
    "eligible", [P(N), P(W)], [K(4, "primary", "bso", 45, 9.80), K(6, "primary", "bso", 50, 9.80)], ["caring_for_sick_child"], 66000)
fam("Alleenstaande moeder na huiselijk geweld, in een opvanghuis, geen werk; dochter van 1 op de kdv 70 uur à € 10,20; inkomen € 18.000.",
    "eligible", [P(N)], [K(1, care="dagopvang", hours=70, price=10.20)], ["domestic_violence"], 18000)
fam("Moeder zwanger met voorgeschreven bedrust (zzp, gestopt), vader werkt; peuter van 2 naar de kdv 80 uur à € 10,95; inkomen € 78.000.",
    "eligible", [P(N), P(W)], [K(2, care="dagopvang", hours=80, price=10.95)], ["parent_physical_illness"], 78000)
fam("Vader met MS (chronisch, langdurig), moeder werkt; zoon van 12 in groep 8 naar de bso 40 uur à € 9,50; inkomen € 90.000.",
    "eligible", [P(N), P(W)], [K(12, "primary", "bso", 40, 9.50)], ["parent_physical_illness"], 90000, long_term=True)
fam("Baby van 0 jaar; moeder na een zware bevalling ziek thuis, vader werkt; kdv 90 uur à € 11,00; inkomen € 62.000.",
    "eligible", [P(N), P(W)], [K(0, care="dagopvang", hours=90, price=11.00)], ["parent_physical_illness"], 62000)
fam("Kind in groep 8 met geboortedatum: geboren 1 juni 2013, peildatum 1 maart 2026 (12 jaar), basisschool; moeder ziek, vader werkt; bso 30 uur à € 9,00; inkomen € 48.000.",
    "eligible", [P(N), P(W)], [K(birth="2013-06-01", school="primary", care="bso", hours=30, price=9.00)], ["parent_mental_illness"], 48000)
fam("Moeder ziek zonder werk, vader heeft een Wlz-indicatie en kan niet zorgen; niemand werkt, dus geen KOT; kdv 96 uur à € 10,50; inkomen € 28.000.",
    "eligible", [P(N), P(N, wlz=True)], [K(2, care="dagopvang", hours=96, price=10.50)], ["parent_physical_illness", "parent_disability"], 28000,
    note="the Wlz partner does not block KOT, but the other parent does not work either, so there is no KOT")
# eligible without amount
fam("Ouders allebei zonder werk; jeugdarts ziet dat de ontwikkeling van de dochter (3) thuis in gevaar is; kdv, uren nog onbekend.",
    "eligible", [P(N), P(N)], [K(3, care="dagopvang")], ["child_development_at_risk"], None)
fam("Gezinscrisis na een overlijden; moeder kan even niets, vader werkt; kinderen van 1 en 5; geen inkomen opgegeven.",
    "eligible", [P(N), P(W)], [K(1, care="dagopvang"), K(5, "primary", "bso")], ["family_crisis"], None)
fam("Rotterdam: vader psychisch ziek, moeder werkt; zoon van 3 naar de kdv (alleen basislijn-feiten: in aanmerking).",
    "eligible", [P(N), P(W)], [K(3, care="dagopvang")], ["parent_mental_illness"], None, gemeente="rotterdam")
fam("Haarlemmermeer: moeder na een hersenbloeding aan het revalideren, vader werkt; dochter van 6 naar de bso.",
    "eligible", [P(N), P(W)], [K(6, "primary", "bso")], ["parent_physical_illness"], None, gemeente="haarlemmermeer")
fam("Leiden: alleenstaande vader verslaafd en in behandeling, geen werk; dochter van 2 naar de kdv.",
    "eligible", [P(N)], [K(2, care="dagopvang")], ["addiction"], None, gemeente="leiden")
fam("Den Haag: moeder met kanker in behandeling, vader werkt; baby van 1 naar de kdv (onder 2,5 jaar).",
    "eligible", [P(N), P(W)], [K(1, care="dagopvang")], ["parent_physical_illness"], None, gemeente="den-haag")
# ---- KOT referral
fam("Beide ouders werken fulltime; de opvang is duur; dochter van 2 op de kdv.",
    "kot_referral", [P(W), P(W)], [K(2, care="dagopvang", hours=100, price=10.50)], ["other"], 95000)
fam("Alleenstaande moeder werkt 24 uur per week; zoon van 5 op de bso.",
    "kot_referral", [P(W)], [K(5, "primary", "bso", 48, 9.50)], ["parent_overload"], 32000)
fam("Moeder werkt, vader studeert aan de hogeschool; kind van 1 naar de kdv.",
    "kot_referral", [P(W), P("study")], [K(1, care="dagopvang")], ["other"], 41000)
fam("Vader werkt, moeder volgt een traject naar werk via het UWV; kind van 3 naar de kdv.",
    "kot_referral", [P(W), P("route_to_work")], [K(3, care="dagopvang")], ["parent_overload"], 38000)
fam("Vader zit in detentie, moeder werkt 4 dagen; kinderen van 2 en 7.",
    "kot_referral", [P(W), P(N, det=True)], [K(2, care="dagopvang"), K(7, "primary", "bso")], ["family_crisis"], 36000)
fam("Moeder heeft een Wlz-indicatie en kan niet voor de kinderen zorgen; vader werkt fulltime; zoon van 1 naar de kdv.",
    "kot_referral", [P(N, wlz=True), P(W)], [K(1, care="dagopvang")], ["parent_disability"], 52000)
fam("Alleenstaande student (hbo), geen baan; dochter van 2 naar de kdv.",
    "kot_referral", [P("study")], [K(2, care="dagopvang")], ["parent_overload"], 15000)
fam("Beide ouders hebben een baan, moeder is ziek gemeld met reuma (heeft nog haar contract); kind van 4 naar de bso.",
    "kot_referral", [P(W), P(W)], [K(4, "primary", "bso")], ["parent_physical_illness"], 70000,
    note="a parent on sick leave still has a job, so KOT applies")
fam("Rotterdam: partner in detentie, moeder werkt in de zorg; dochter van 3 naar de kdv.",
    "kot_referral", [P(W), P(N, det=True)], [K(3, care="dagopvang")], ["family_crisis"], None, gemeente="rotterdam")
# ---- Wlz referral
fam("Dochter van 4 heeft zelf een Wlz-indicatie; moeder ziek, vader werkt.",
    "wlz_referral", [P(N), P(W)], [K(4, "primary", "bso", wlz=True)], ["parent_physical_illness"], 55000)
fam("Den Haag (leeftijdsgrens lager dan de basislijn): zoon van 1 met een eigen Wlz-indicatie; vader ziek, moeder werkt.",
    "wlz_referral", [P(N), P(W)], [K(1, care="dagopvang", wlz=True)], ["caring_for_sick_child"], None, gemeente="den-haag",
    note="child is under 2.5, so the Den Haag age cap is not what decides; the Wlz comes first")
fam("Rotterdam: zoon van 8 met een ernstige meervoudige beperking en een Wlz-indicatie; alleenstaande moeder zonder werk.",
    "wlz_referral", [P(N)], [K(8, "primary", "bso", wlz=True)], ["parent_overload"], None, gemeente="rotterdam")
# ---- Jeugdwet referral
fam("Peuter van 2 heeft volgens het consultatiebureau een medisch kinderdagverblijf nodig; moeder overbelast, vader werkt.",
    "jeugdwet_referral", [P(N), P(W)], [K(2, care="dagopvang", treat=True)], ["child_development_at_risk"], 47000)
fam("Leiden: peuter van 3 met ernstige ontwikkelingsproblemen, heeft behandeling op een medisch kinderdagverblijf nodig; alleenstaande ouder zonder werk.",
    "jeugdwet_referral", [P(N)], [K(3, care="dagopvang", treat=True)], ["child_development_at_risk"], None, gemeente="leiden")
# ---- not eligible: too old
fam("Zoon van 13 zit in de brugklas (voortgezet onderwijs); moeder ziek, vader werkt; ze vragen bso.",
    "not_eligible", [P(N), P(W)], [K(13, "secondary", "bso", 40, 9.50)], ["parent_physical_illness"], 60000,
    note="B4: 0 to end of basisschool; secondary school is outside")
fam("Haarlemmermeer: dochter van 14 op de middelbare school; alleenstaande zieke vader.",
    "not_eligible", [P(N)], [K(14, "secondary", "bso")], ["parent_physical_illness"], None, gemeente="haarlemmermeer")
fam("Kind geboren 10 januari 2013, peildatum 1 maart 2026 (13 jaar), zit op het vmbo; moeder psychisch ziek, vader werkt.",
    "not_eligible", [P(N), P(W)], [K(birth="2013-01-10", school="secondary", care="bso")], ["parent_mental_illness"], None)

# ---- emit TOML
def tv(v):
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, (int, float)): return repr(v)
    if isinstance(v, str): return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list) and all(not isinstance(x, dict) for x in v): return "[" + ", ".join(tv(x) for x in v) + "]"
    raise TypeError(v)
def emit(obj, path, lines):
    for k, v in obj.items():
        if not isinstance(v, dict) and not (isinstance(v, list) and v and all(isinstance(x, dict) for x in v)):
            lines.append(f"{k} = {tv(v)}")
    for k, v in obj.items():
        if isinstance(v, dict):
            lines.append(f"\n[{path}.{k}]"); emit(v, f"{path}.{k}", lines)
        elif isinstance(v, list) and v and all(isinstance(x, dict) for x in v):
            for x in v:
                lines.append(f"\n[[{path}.{k}]]"); emit(x, f"{path}.{k}", lines)
HEADER = """# Blind family cases for the SMI wizard, written from /work/shared/domain.md and reference/ only.
# expected_outcome: eligible | kot_referral | wlz_referral | jeugdwet_referral | not_eligible
# expected_eigen_bijdrage: euro per child per month, in the order of answers.children (KOT table 2026,
# formula of domain.md, computed by tests/blind/calc_eigen_bijdrage.py); expected_first_child: index
# of the child that gets the first-child percentage. Named gemeenten assert basislijn-level facts only.
"""
def write(path, fams):
    lines = [HEADER]
    for f in fams:
        lines.append("\n[[family]]"); emit(f, "family", lines)
    path.write_text("\n".join(lines) + "\n")
dev, held = [], []
for i, f in enumerate(F, 1):
    f = {"id": f"f{i:03d}", **f}
    (held if i % 3 == 0 else dev).append(f)
write(BLIND / "families.toml", dev)
write(BLIND / "heldout" / "families.toml", held)
print("families", len(dev), len(held))
