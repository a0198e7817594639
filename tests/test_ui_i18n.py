"""The UI catalogue (domain "ui") is complete in nl and en, matches the code, and screens
show no untranslated text from it in either language."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from tests.ui_driver import eligible_family, new_app, start, texts
from wizard.paths import locales_dir

ROOT = Path(__file__).resolve().parent.parent
KEYWORDS = {"_": None, "N_": None, "both": (1,)}


def _catalog(lang: str):
    with (locales_dir() / lang / "LC_MESSAGES" / "ui.po").open("rb") as fh:
        return read_po(fh, locale=lang)


def _code_msgids() -> set[str]:
    ids = set()
    for sub in ("wizard/ui",):
        for _f, _l, msg, _c, _x in extract_from_dir(str(ROOT / sub), keywords=KEYWORDS,
                                                     comment_tags=()):
            ids.add(msg if isinstance(msg, str) else msg[0])
    return ids


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_ui_msgid_has_a_translation(lang):
    missing = [m.id for m in _catalog(lang) if m.id and not m.string]
    assert missing == []


def test_every_ui_string_in_the_code_is_in_the_catalogue():
    assert _code_msgids() - {m.id for m in _catalog("nl") if m.id} == set()


def test_placeholders_are_kept_in_the_dutch_translation():
    import re

    for m in _catalog("nl"):
        if m.id:
            assert set(re.findall(r"{\w+}", m.id)) == set(re.findall(r"{\w+}", m.string)), m.id


def _distinct():
    """(English-only texts, Dutch-only texts) of the ui catalogue: ids that differ."""
    pairs = [(m.id, m.string) for m in _catalog("nl") if m.id and m.id != m.string
             and len(m.id) > 12 and "{" not in m.id]
    return [e for e, _n in pairs], [n for _e, n in pairs]


def _screens(lang: str) -> list[str]:
    out = [texts(new_app(lang))]
    at = new_app(lang)
    start(at)
    out.append(texts(at))
    out.append(texts(eligible_family(new_app(lang), gid="rotterdam")))
    return out


def test_no_untranslated_english_on_dutch_screens():
    english, _dutch = _distinct()
    for screen in _screens("nl"):
        assert [e for e in english if e in screen] == []


def test_no_untranslated_dutch_on_english_screens():
    _english, dutch = _distinct()
    for screen in _screens("en"):
        assert [d for d in dutch if d in screen] == []


def test_english_result_page_shows_english_engine_texts():
    screen = texts(eligible_family(new_app("en")))
    assert "You can probably get SMI" in screen
    assert "Uw inkomen" not in screen and "Kind 1" not in screen
