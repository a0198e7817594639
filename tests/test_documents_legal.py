"""Each letter read as a gemeente's legal staff would, for every profile in content/gemeenten:
a beschikking names its legal basis (regulation and article from the profile, or a marked
place to fill in — never a guessed one), the facts and the rule in plain words, the period,
hours, eigen bijdrage and to whom it is paid, the application date, what to report and what
happens if one does not, and bezwaar (Awb 3:45, 6:5, 6:7) to the college at its postal
address; the brief ontbrekende gegevens is a request (Awb 4:5), not a besluit. No letter
argues with its own gemeente (no basislijn, no rule ids)."""

from __future__ import annotations

import json
import re

import pytest

from tests.test_documents import pdf_text
from tests.test_documents_fixtures import DECISION, full_answers
from wizard.documents import Decision, build_letter_pdf
from wizard.documents.texts import text
from wizard.profiles import all_profiles

PROFILES = sorted(all_profiles())
DEC = Decision.model_validate_json(json.dumps(
    DECISION | {"gemeente_pays": "opvang", "eigen_bijdrage_to": "opvang"}))
KOT = {"household": {"parents": [{"activity": "work"}, {"activity": "study"}]}}
MARK = "door de gemeente in te vullen"
# Articles that may carry a decision; a definitions article never does.
DECIDING = ("toekenning", "aanspraak", "doelgroep", "voorwaarden", "afwijzing", "weigering",
            "weigeringsgronden", "verlenging", "duur")


def flat(s: str) -> str:
    return re.sub(r"\s+", " ", s)


def legal_expectations(pid: str):
    p = all_profiles()[pid]
    lb = None if p.is_basislijn else p.legal_basis
    if lb is not None and lb.only_for and p.name not in lb.only_for:
        lb = None
    title = lb.title if lb else None
    articles = [v for k, v in (lb.articles if lb else {}).items() if k in DECIDING]
    c = None if p.is_basislijn else p.contact
    own = (p.kind == "gemeente" and c is not None and c.address
           and (c.name is None or c.name.startswith("Gemeente")))
    return p, title, articles, (c.address if own else None)


def no_internal_ids(t: str, pid: str) -> None:
    p = all_profiles()[pid]
    own_ids = {r.id for r in p.all_rules()} - {f"B{i}" for i in range(1, 16)}
    shown = [i for i in own_ids if re.search(rf"\b{re.escape(i)}\b", t)]
    assert not shown, shown
    assert not re.search(r"\bB\d{1,2}\b", t), re.search(r".{40}\bB\d{1,2}\b.{40}", t)
    assert "basislijn" not in t.lower() and "onze bron" not in t


def check_legal_basis(t: str, pid: str) -> None:
    p, title, articles, _ = legal_expectations(pid)
    line = re.search(r"Wij nemen dit besluit op grond van (\[[^\]]+\]|artikel [\w.:]+) van de "
                     r"(\[[^\]]+\]|.+?)\. ", t)
    assert line, "no legal basis line"
    article, regulation = line[1], line[2]
    if articles:
        assert article in articles, (article, articles)
    else:
        assert MARK in article and "artikel" in article
    if title:
        assert flat(title) in regulation
    else:
        assert MARK in regulation


def check_last_page(pdf: bytes) -> None:
    """Bezwaar and the signature stay together: never a last page with only a signature."""
    import io

    from pypdf import PdfReader
    last = PdfReader(io.BytesIO(pdf)).pages[-1].extract_text() or ""
    assert "bezwaar" in last and "namens het college" in last, last


def check_bezwaar(t: str, pid: str, number: str) -> None:
    p, _, _, address = legal_expectations(pid)
    assert "bezwaar maken" in t
    assert "binnen 6 weken na de dag waarop wij dit besluit hebben verstuurd" in t
    college = re.search(r"Het college van burgemeester en wethouders van (.+?) ", t)
    assert college
    if p.kind == "gemeente":
        assert t[college.start():].startswith(
            f"Het college van burgemeester en wethouders van {p.name}")
    else:
        assert MARK in t[college.start():college.start() + 200]
    block = t[college.end():college.end() + 300]
    if address:
        for line in address:
            assert line in block, line
    else:
        assert "postadres van de gemeente" in block and MARK in block
    for what in ("uw naam en adres", "de datum", f"het besluitnummer {number}",
                 "waarom u het niet eens bent", "uw handtekening"):
        assert what in t, what
    assert "3:45" in t and "6:5" in t and "6:7" in t
    assert "namens het college van burgemeester en wethouders" in t


@pytest.mark.parametrize("pid", PROFILES)
def test_toekenning_has_every_legal_element(pid):
    a = full_answers(gemeente=pid)
    pdf = build_letter_pdf("toekenning", a, DEC, pid, "nl")
    t = pdf_text(pdf)
    check_last_page(pdf)
    check_legal_basis(t, pid)
    check_bezwaar(t, pid, "SMI-2026-0042")
    no_internal_ids(t, pid)
    for value in ("Besluitnummer: SMI-2026-0042", "Uw aanvraag van: 2 november 2026",
                  "Op 2 november 2026 hebt u SMI aangevraagd",
                  "van 1 december 2026 tot en met 31 mei 2027", "80 uur per maand",
                  "U betaalt zelf € 123,45 per maand", "U betaalt dit aan de opvang",
                  "De gemeente betaalt haar deel rechtstreeks aan de opvang",
                  "Wat moet u aan ons doorgeven?", "intrekken", "terugbetalen",
                  "een ouder heeft psychische problemen", "geen kinderopvangtoeslag"):
        assert value in t, value


@pytest.mark.parametrize("pid", PROFILES)
def test_afwijzing_gives_facts_rule_and_bezwaar_without_arguing(pid):
    a = full_answers(gemeente=pid, **KOT)
    pdf = build_letter_pdf("afwijzing", a, DEC, pid, "nl")
    t = pdf_text(pdf)
    check_last_page(pdf)
    check_legal_basis(t, pid)
    check_bezwaar(t, pid, "SMI-2026-0042")
    no_internal_ids(t, pid)
    assert "Iedere ouder in uw gezin werkt, studeert of volgt een traject naar werk" in t
    assert "kinderopvangtoeslag" in t and "Dienst Toeslagen" in t
    assert "Op 2 november 2026 hebt u SMI aangevraagd" in t


AGE_LIMITED = [pid for pid in PROFILES if (r := all_profiles()[pid].rules.age) is not None
               and not r.until_end_of_primary and (r.below_age_months or r.max_age_years)]


@pytest.mark.parametrize("pid", AGE_LIMITED)
def test_an_age_refusal_states_the_gemeentes_own_age_rule(pid):
    p = all_profiles()[pid]
    age = 11 if p.rules.age.below_age_months else p.rules.age.max_age_years + 1
    a = full_answers(gemeente=pid, children=[{"age": age, "school": "primary" if age < 12
                                              else "none"}])
    t = pdf_text(build_letter_pdf("afwijzing", a, DEC, pid, "nl"))
    no_internal_ids(t, pid)
    assert f"is {age} jaar" in t
    assert f"In {p.name} is SMI voor kinderen" in t


def test_den_haag_refusal_does_not_argue_with_den_haag():
    a = full_answers(gemeente="den-haag", children=[{"age": 3}])
    t = pdf_text(build_letter_pdf("afwijzing", a, DEC, "den-haag", "nl"))
    assert "De basislijn zegt" not in t and "U kunt de gemeente hiernaar vragen" not in t
    assert "In Den Haag is SMI voor kinderen jonger dan 2,5 jaar" in t
    assert "2.5" not in t


@pytest.mark.parametrize("pid", PROFILES)
def test_ontbrekend_is_a_request_with_a_term_not_a_besluit(pid):
    data = json.loads(full_answers(gemeente=pid).model_dump_json())
    data["application"]["children"][0]["provider"] = {}
    data["application"].pop("reason_text")
    data["application"]["professional"]["consent"] = False
    from wizard.models import Answers
    t = pdf_text(build_letter_pdf("ontbrekend", Answers.from_data(data), DEC, pid, "nl"))
    assert "Besluitnummer" not in t and "Kenmerk: SMI-2026-0042" in t
    assert "bezwaar" not in t.lower()
    assert "vóór 10 december 2026" in t  # the term (decision date + 14 days)
    assert "4:5" in t and "nog geen besluit" in t
    assert "uw situatie in een paar woorden" in t
    # only what the gemeente needs to decide: no LRK, hours, price, start date or consent
    for key in ("lrk", "hours", "price", "start_date", "provider", "consent"):
        assert text(f"missing.{key}", "nl", n=1) not in t, key
    no_internal_ids(t, pid)


@pytest.mark.parametrize("kind", ["toekenning", "afwijzing"])
def test_english_letters_have_the_same_legal_elements(kind):
    a = full_answers(gemeente="rotterdam", **(KOT if kind == "afwijzing" else {}))
    t = pdf_text(build_letter_pdf(kind, a, DEC, "rotterdam", "en"))
    for value in ("on the basis of", "within 6 weeks after the day we sent this decision",
                  "Het college van burgemeester en wethouders van Rotterdam",
                  "3000 VB Rotterdam", "your signature", "On 2 November 2026 you applied"):
        assert value in t, value
    assert "basislijn" not in t.lower() and not re.search(r"\bB\d{1,2}\b", t)


def test_basislijn_letters_mark_every_gemeente_specific_place():
    t = pdf_text(build_letter_pdf("toekenning", full_answers(), DEC.model_copy(
        update={"official": None, "gemeente_pays": None}), "basislijn", "nl"))
    for what in ("Gemeente ...", "artikel ... —",
                 "naam van de verordening of beleidsregels", "postadres van de gemeente",
                 "telefoonnummer van de gemeente", "naam en functie van wie ondertekent",
                 "de opvang of de ouder"):
        assert f"[{what}" in t and MARK in t, what


def test_staff_can_fill_every_open_place_in_the_decision_file():
    dec = DEC.model_copy(update={
        "gemeente_name": "Voorbeeldstad", "regulation": "Verordening SMI Voorbeeldstad 2026",
        "article": "artikel 5", "postal_address": ["Postbus 1", "1000 AA Voorbeeldstad"],
        "phone": "14 000"})
    for kind, extra in (("toekenning", {}), ("afwijzing", KOT)):
        t = pdf_text(build_letter_pdf(kind, full_answers(**extra), dec, "basislijn", "nl"))
        assert MARK not in t and "[" not in t, t
        assert ("op grond van artikel 5 van de Verordening SMI Voorbeeldstad 2026" in t)
        assert "wethouders van Voorbeeldstad Postbus 1 1000 AA Voorbeeldstad" in t
        assert "Bel dan 14 000" in t


def test_a_decision_without_application_date_gets_a_place_to_fill_it_in():
    dec = DEC.model_copy(update={"application_date": None})
    t = pdf_text(build_letter_pdf("toekenning", full_answers(gemeente="leiden"), dec, "leiden",
                                  "nl"))
    assert "Uw aanvraag van: [datum van de aanvraag — door de gemeente in te vullen]" in t
