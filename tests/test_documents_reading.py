"""The letters read once more as a gemeente's legal staff and a parent would (issue 14, second
pass): the legal line reads as one sentence where the gemeente must fill in the article, the
letterhead does not repeat the gemeente's name, and a refusal's "where else" advice speaks in
the gemeente's own voice — the gemeente that writes never says "ask the gemeente"."""

from __future__ import annotations

import json

import pytest

from tests.test_documents import pdf_text
from tests.test_documents_fixtures import DECISION, full_answers
from wizard.documents import Decision, build_letter_pdf

DEC = Decision.model_validate_json(json.dumps(
    DECISION | {"gemeente_pays": "opvang", "eigen_bijdrage_to": "opvang",
                "extra_reasons": [{"rule": "GESPREK", "text": "Uit het gesprek blijkt dat de "
                                   "zorg thuis geregeld kan worden."}]}))
# a child of about two and a half: the refusal points to peuteropvang (route peuteropvang_ve)
TODDLER = {"reference_date": "2026-11-26",
           "children": [{"birth_date": "2024-03-15",
                         "care": {"type": "dagopvang", "hours_per_month": "80",
                                  "hourly_price": "10.25"}}]}


def test_basislijn_legal_line_is_one_sentence_with_the_article_to_fill_in():
    t = pdf_text(build_letter_pdf("toekenning", full_answers(), DEC, "basislijn", "nl"))
    assert ("op grond van [artikel ... — door de gemeente in te vullen] van de "
            "[naam van de verordening of beleidsregels") in t
    assert "van de verordening — door" not in t  # not "artikel ... van de verordening van de"
    t = pdf_text(build_letter_pdf("toekenning", full_answers(), DEC, "basislijn", "en"))
    assert "on the basis of [article ... — to be filled in by the gemeente] of the [name" in t


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_rotterdam_letterhead_names_the_gemeente_once(lang):
    t = pdf_text(build_letter_pdf("toekenning", full_answers(gemeente="rotterdam"), DEC,
                                  "rotterdam", lang))
    head = t.split("Fatima")[0]  # the letterhead, above the addressee
    assert head.count("Gemeente Rotterdam") == 1, head
    assert "Team Sociaal Medische Advisering" in head and "3000 VB Rotterdam" in head


@pytest.mark.parametrize("pid", ["leiden", "rotterdam", "alkmaar", "basislijn"])
@pytest.mark.parametrize("lang,ours,not_ours", [
    ("nl", "Vraag ons of het consultatiebureau", ("Vraag de gemeente", "Veel gemeenten")),
    ("en", "Ask us or the child health clinic", ("Ask the gemeente", "Many gemeenten"))])
def test_refusal_advice_speaks_as_the_gemeente(pid, lang, ours, not_ours):
    t = pdf_text(build_letter_pdf("afwijzing", full_answers(gemeente=pid, **TODDLER), DEC,
                                  pid, lang))
    assert ours in t
    for phrase in not_ours:
        assert phrase not in t, phrase


@pytest.mark.parametrize("lang,amount,cents", [("nl", "€ 42.000", "42.000,00"),
                                                ("en", "€42,000", "42,000.00")])
def test_form_shows_the_yearly_income_in_whole_euros(lang, amount, cents):
    from wizard.documents import build_form_pdf
    t = pdf_text(build_form_pdf(full_answers(gemeente="rotterdam",
                                             income={"toetsingsinkomen": "42000"}),
                                "rotterdam", lang))
    assert amount in t and cents not in t


@pytest.mark.parametrize("lang,range_words", [("nl", "basisschool"), ("en", "primary school")])
def test_alkmaar_documents_do_not_state_the_basislijn_age_as_its_rule(lang, range_words):
    """Alkmaar's profile has no age rule of its own: its form and letter say the child's age
    is checked against its rules, without the basislijn's range; the basislijn keeps it."""
    from wizard.documents import build_form_pdf
    a = full_answers(gemeente="alkmaar")
    form = pdf_text(build_form_pdf(a, "alkmaar", lang))
    letter = pdf_text(build_letter_pdf("toekenning", a, DEC, "alkmaar", lang))
    assert range_words not in form and range_words not in letter
    assert ("leeftijd" if lang == "nl" else "age") in form
    assert ("in onze regels" if lang == "nl" else "in our rules") in letter
    base = pdf_text(build_letter_pdf("toekenning", full_answers(), DEC, "basislijn", lang))
    assert range_words in base


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_publiekstekst_ends_on_a_near_empty_page(lang):
    """Rotterdam's and Alkmaar's Dutch text ran one line onto a third page; the words list
    now puts each term beside its explanation. Every profile, both languages."""
    import io
    import re

    from pypdf import PdfReader

    from wizard.documents import build_publiekstekst
    from wizard.profiles import all_profiles
    for pid in sorted(all_profiles()):
        pages = PdfReader(io.BytesIO(build_publiekstekst(pid, lang, "pdf"))).pages
        last = re.sub(r"\s+", " ", pages[-1].extract_text() or "")
        assert len(pages) == 1 or len(last) > 300, (pid, last)


@pytest.mark.parametrize("pid,lang,where", [
    ("alkmaar", "nl", "Stuur ze naar: Gemeente Alkmaar Afdeling Jeugd t.a.v. SMI Postbus 53 "
                      "1800 BC Alkmaar E-mail: smi@alkmaar.nl"),
    ("rotterdam", "en", "Send them to: Gemeente Rotterdam Team Sociaal Medische Advisering "
                        "Antwoordnummer 1722 3000 VB Rotterdam"),
    ("leiden", "nl", "Stuur ze naar: [postadres van de gemeente, met postcode — door de "
                     "gemeente in te vullen]")])
def test_missing_details_letter_says_where_to_send_them(pid, lang, where):
    from tests.test_documents_fixtures import FULL_APP
    app = FULL_APP | {"contact": FULL_APP["contact"] | {"phone": None, "email": None}}
    t = pdf_text(build_letter_pdf("ontbrekend", full_answers(gemeente=pid, application=app),
                                  DEC, pid, lang))
    assert where in t
