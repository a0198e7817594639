"""`smi --lang tr|ar|pl|uk` (issue 15): check answers in the language, the publiekstekst in
the language, a letter in Dutch with one cover line in the language; a bad option still gives
one clear line. Also the translation remarks store keeps nothing but month, language, page
and the cleaned remark."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date

import pytest

from tests.conftest import BASE
from tests.test_documents_fixtures import DECISION, FULL_APP
from wizard.i18n import NEW_LANGS, gettext_for
from wizard.translation_feedback import TranslationRemarks


def smi(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "wizard", *args], capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("lang", NEW_LANGS)
def test_check_speaks_the_language(tmp_path, lang):
    answers = tmp_path / "a.json"
    answers.write_text(json.dumps(BASE))
    r = smi("--lang", lang, "check", str(answers))
    assert r.returncode == 0, r.stderr
    outcome = gettext_for(lang, "messages")("You can probably get SMI.")
    assert outcome != "You can probably get SMI." and outcome in r.stdout


@pytest.mark.parametrize("lang", ["tr", "ar"])
def test_publiekstekst_and_letter_from_the_command_line(tmp_path, lang):
    md = tmp_path / "p.md"
    r = smi("--lang", lang, "publiekstekst", "--gemeente", "leiden", "-o", str(md))
    assert r.returncode == 0, r.stderr
    assert "Kinderopvang met SMI" not in md.read_text("utf-8")  # not the Dutch title
    answers, decision, out = tmp_path / "a.json", tmp_path / "d.json", tmp_path / "l.html"
    answers.write_text(json.dumps({**BASE, "gemeente": "leiden", "application": FULL_APP}))
    decision.write_text(json.dumps(DECISION))
    r = smi("--lang", lang, "letter", "toekenning", str(answers), "--decision", str(decision),
            "--html", "-o", str(out))
    assert r.returncode == 0, r.stderr
    html = out.read_text("utf-8")
    assert '<html lang="nl"' in html and f'<p class="cover" lang="{lang}"' in html


def test_an_unknown_language_is_one_clear_line():
    r = smi("--lang", "xx", "check", "whatever.json")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def test_a_translation_remark_is_stored_cleaned_and_without_anything_else(tmp_path):
    store = TranslationRemarks(str(tmp_path / "f.sqlite3"))
    assert store.add_remark("tr", "check", "  'İleri' düğmesi\u202e yanlış\n", date(2026, 11, 30))
    assert not store.add_remark("tr", "check", "   ")  # nothing to store
    with pytest.raises(ValueError):
        store.add_remark("nl", "check", "x")  # only for the new languages
    assert store.remarks() == [("2026-11", "tr", "check", "'İleri' düğmesi yanlış")]
    con = sqlite3.connect(tmp_path / "f.sqlite3")
    cols = [r[1] for r in con.execute("PRAGMA table_info(smi_translation_remark)")]
    assert cols == ["month", "lang", "page", "remark"]
