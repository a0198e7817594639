"""Publiekstekst per gemeente (B14): every section, both languages, all formats, and
readability at B1 level (Flesch-Douma via textstat, average sentence length)."""

from __future__ import annotations

import re
from datetime import date

import pytest
import textstat

from tests.test_documents import pdf_text
from wizard.documents import build_publiekstekst
from wizard.documents.publiekstekst import GLOSSARY, own_voice, plain_text
from wizard.documents.texts import text
from wizard.profiles import all_profiles

PROFILES = sorted(all_profiles())
MAX_WORDS_PER_SENTENCE = 15
# Flesch-Douma: 60-70 "fairly easy", 70+ "easy"; B1 texts aim at 60 or more.
MIN_FLESCH_DOUMA = 60


def sentences(text_: str) -> list[str]:
    parts = re.split(r"(?<=[.!?])\s+|\n", text_)
    return [p for p in parts if re.search(r"\w", p)]


def avg_words(text_: str) -> float:
    s = sentences(text_)
    return sum(len(x.split()) for x in s) / len(s)


@pytest.mark.parametrize("gemeente", PROFILES)
def test_b14_publiekstekst_is_b1_readable(gemeente):
    tx = plain_text(gemeente, "nl")
    textstat.set_lang("nl")
    fd = textstat.flesch_reading_ease(tx)
    words = avg_words(tx)
    print(f"\n{gemeente:20} Flesch-Douma {fd:5.1f}  words/sentence {words:4.1f}  "
          f"sentences {len(sentences(tx))}")
    assert words <= MAX_WORDS_PER_SENTENCE
    assert fd >= MIN_FLESCH_DOUMA


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("gemeente", PROFILES)
def test_publiekstekst_has_every_section(gemeente, lang):
    md = build_publiekstekst(gemeente, lang, "md")
    for key in ("what_h", "who_h", "get_h", "cost_h", "apply_h", "after_h", "objection_h"):
        assert f"## {text('pub.' + key, lang)}" in md, key
    profile = all_profiles()[gemeente]
    assert own_voice(profile.apply.how.get(lang))[:30] in md.replace("\\", "")


def test_publiekstekst_formats():
    html = build_publiekstekst("leiden", "en", "html")
    assert '<html lang="en">' in html and "<h1>" in html
    pdf = build_publiekstekst("leiden", "nl", "pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
    t = pdf_text(pdf)
    assert "Kinderopvang met SMI in Leiden" in t and "6 weken" in t


def test_publiekstekst_uses_the_gemeente_decision_term_or_8_weeks():
    assert "8 weken" in build_publiekstekst("basislijn", "nl", "md")


def test_markdown_output_escapes_html():
    from wizard.documents.env import md_escape
    assert md_escape("<script>*x*</script>") == "&lt;script&gt;\\*x\\*&lt;/script&gt;"


def _html(gemeente: str, lang: str = "nl") -> str:
    return build_publiekstekst(gemeente, lang, "html", made=date(2026, 11, 30))


@pytest.mark.parametrize("gemeente", PROFILES)
def test_publiekstekst_speaks_as_the_gemeente_and_states_only_what_its_profile_knows(gemeente):
    p = all_profiles()[gemeente]
    tx = plain_text(gemeente, "nl")
    assert "onze bron" not in tx and "wij konden lezen" not in tx
    if not p.is_basislijn:
        assert "basislijn" not in tx.lower()
        months = p.rules.months
        if months is None or months.derived:  # e.g. Leiden, Den Haag: no duration known
            assert not re.search(r"U krijgt SMI voor (minstens )?\d+ maanden", tx)
        else:
            assert f"U krijgt SMI voor {months.months} maanden" in tx
        ext = p.rules.extension
        if ext is None or ext.derived:  # our reading (Rotterdam "één keer") is not a fact
            assert "één keer" not in tx and "Vraag de gemeente naar verlenging" in tx
        for c in p.conditions:
            if c.derived:
                assert c.text.nl not in tx
    # one income message: either income does not decide access, or (a local income test)
    # it does — never both
    says_not = "Uw inkomen bepaalt niet of u SMI krijgt" in tx
    says_test = "kijkt de gemeente ook naar uw inkomen" in tx
    assert says_not != says_test
    assert "telt niet mee" not in tx


@pytest.mark.parametrize("gemeente", PROFILES)
def test_publiekstekst_explains_each_term_it_uses_and_says_when_it_was_made(gemeente):
    html = _html(gemeente)
    body = plain_text(gemeente, "nl")
    for term in GLOSSARY:
        if re.search(rf"\b{re.escape(term)}\b", body, re.I):
            assert f"<dt>{term}</dt>" in html, term
    assert "Deze tekst is gemaakt op 30 november 2026." in html


def test_publiekstekst_html_has_links_and_a_viewport():
    html = _html("rotterdam")
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert '<a href="https://www.rotterdam.nl/loket/smi/">' in html
    assert '<a href="tel:' in html
    alkmaar = _html("alkmaar")
    assert '<a href="mailto:smi@alkmaar.nl">' in alkmaar


@pytest.mark.parametrize("gemeente", ["rotterdam", "basislijn", "leiden"])
def test_markdown_puts_every_paragraph_on_its_own_block(gemeente):
    md = build_publiekstekst(gemeente, "nl", "md", made=date(2026, 11, 30))
    blocks = [b for b in md.split("\n\n") if b.strip()]
    for block in blocks:
        lines = block.strip("\n").split("\n")
        # a block is one paragraph, one heading, or a list (every line an item)
        assert len(lines) == 1 or all(x.startswith("- ") for x in lines), block
    for para in plain_text(gemeente, "nl").split("\n"):
        assert para.replace("'", "").split(".")[0][:20] in md.replace("\\", ""), para


def test_basislijn_text_is_for_any_gemeente():
    html = _html("basislijn", "en")
    assert "Landelijke basislijn" not in html
    assert "Get in touch with your gemeente." in html
