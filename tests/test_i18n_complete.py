"""Turkish, Arabic, Polish and Ukrainian (issue 15) are complete: every message of the Dutch
catalogues is translated, with the same placeholders; the glossary explains every official
word; a Turkish or Arabic page shows its
own language and Arabic runs right to left."""

from __future__ import annotations

import re

import pytest
from babel.messages.pofile import read_po

from wizard.documents.texts import catalogue
from wizard.documents.texts_more import lang_catalogue
from wizard.glossary import glossary
from wizard.i18n import LANG_NAMES, NEW_LANGS, normalise_lang, text_dir
from wizard.paths import locales_dir

DOMAINS = ("messages", "ui")
_PLACEHOLDER = re.compile(r"\{\w*\}|%\(\w+\)[sd]|%[sd]")


def _catalog(lang: str, domain: str):
    path = locales_dir() / lang / "LC_MESSAGES" / f"{domain}.po"
    assert path.exists(), f"{path} is missing"
    with path.open("rb") as fh:
        return read_po(fh, locale=lang)


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", NEW_LANGS)
def test_every_dutch_message_is_translated(lang, domain):
    dutch = [m.id for m in _catalog("nl", domain) if m.id]
    ours = {m.id: m for m in _catalog(lang, domain) if m.id}
    missing = [mid for mid in dutch if mid not in ours or not (ours[mid].string or "").strip()
               or ours[mid].fuzzy]
    assert missing == [], f"{lang}/{domain}: {len(missing)} untranslated, e.g. {missing[:3]}"


@pytest.mark.parametrize("domain", DOMAINS)
@pytest.mark.parametrize("lang", NEW_LANGS)
def test_placeholders_are_the_same_as_in_the_source(lang, domain):
    wrong = [(m.id, m.string) for m in _catalog(lang, domain)
             if m.id and m.string and _placeholders(m.id) != _placeholders(m.string)]
    assert wrong == []


@pytest.mark.parametrize("lang", NEW_LANGS)
def test_a_translation_is_not_the_english_text_left_in_place(lang):
    # short ids ("SMI check", "E-mail", "Gemeente") may rightly stay; a sentence may not
    same = [m.id for d in DOMAINS for m in _catalog(lang, d)
            if m.id and m.string == m.id and len(m.id.split()) > 3]
    assert same == []


@pytest.mark.parametrize("lang", NEW_LANGS)
def test_the_language_switch_and_the_address_know_the_language(lang):
    assert lang in LANG_NAMES
    assert normalise_lang(LANG_NAMES[lang]) == lang  # ?lang=Türkçe, ?lang=العربية, ...
    assert normalise_lang(lang) == lang


def test_only_arabic_runs_right_to_left():
    assert [lang for lang in LANG_NAMES if text_dir(lang) == "rtl"] == ["ar"]


@pytest.mark.parametrize("lang", NEW_LANGS)
def test_the_glossary_explains_every_official_dutch_word(lang):
    g = glossary(lang)
    assert g.missing() == []
    assert g.meta.lang == lang


def _english_only_sentences() -> list[str]:
    """English ui texts that are not the same in Dutch (so they cannot rightly appear on a
    Turkish, Arabic, Polish or Ukrainian screen)."""
    return [m.id for m in _catalog("nl", "ui")
            if m.id and m.id != m.string and len(m.id) > 20 and "{" not in m.id]


@pytest.mark.parametrize("lang", NEW_LANGS)
def test_a_family_goes_through_the_wizard_in_the_language_without_english_left(lang):
    from tests.ui_driver import eligible_family, new_app, texts

    at = eligible_family(new_app(lang), gid="rotterdam")
    assert not at.exception, at.exception
    assert at.session_state["step"] == "result"
    screen = texts(at)
    assert [e for e in _english_only_sentences() if e in screen] == []
    # the result page's heading is in the language, the English outcome is not there
    assert _catalog(lang, "ui")["Your result"].string in screen
    assert "can probably get SMI" not in screen


@pytest.mark.parametrize("lang", NEW_LANGS)
def test_every_publiekstekst_and_cover_text_exists_with_the_same_placeholders(lang):
    ours = lang_catalogue(lang)
    # every text of the publiekstekst (pub, gloss, words), its contact labels, the cover lines,
    # and the documents' error messages (bad input: one clear line in the reader's language)
    needed = [k for k in catalogue() if k.startswith(("pub.", "gloss.", "words.", "error."))
              or k in (
        "common.website", "common.phone", "common.address", "common.email")]
    needed += ["cover.letter", "cover.form"]
    assert [k for k in needed if k not in ours] == []
    for key in needed:
        if key in catalogue():
            assert _placeholders(ours[key]) == _placeholders(catalogue()[key]["nl"]), key


def test_the_words_panel_and_the_remark_line_show_in_the_new_languages_only():
    from tests.ui_driver import new_app

    at = new_app("pl")
    assert glossary("pl").meta.title in [e.label for e in at.expander]
    assert [t.key for t in at.text_area].count("tr_remark") == 1
    dutch = new_app("nl")
    assert "tr_remark" not in [t.key for t in dutch.text_area]
    assert glossary("pl").meta.title not in [e.label for e in dutch.expander]


def test_a_translation_remark_is_sent_from_the_page(tmp_path, monkeypatch):
    from tests.ui_driver import new_app
    from wizard.translation_feedback import TranslationRemarks

    monkeypatch.setenv("SMI_FEEDBACK_DB", str(tmp_path / "f.sqlite3"))
    monkeypatch.delenv("SMI_DATABASE_URL", raising=False)
    at = new_app("uk")
    at.text_area(key="tr_remark").set_value("Кнопка 'Далі' перекладена дивно").run()
    at.button(key="tr_send").click().run()
    assert not at.exception
    assert [r[1:] for r in TranslationRemarks().remarks()] == [
        ("uk", "check", "Кнопка 'Далі' перекладена дивно")]
