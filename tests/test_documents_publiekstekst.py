"""Publiekstekst per gemeente (B14): every section, both languages, all formats, and
readability at B1 level (Flesch-Douma via textstat, average sentence length)."""

from __future__ import annotations

import re

import pytest
import textstat

from tests.test_documents import pdf_text
from wizard.documents import build_publiekstekst
from wizard.documents.publiekstekst import plain_text
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
    assert profile.apply.how.get(lang)[:30] in md.replace("\\", "")


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
