"""Translations without global state: every call names its language (sessions share a process).

Message ids are English; `locales/<lang>/LC_MESSAGES/<domain>.po` holds the translations.
A compiled `.mo` is used when it is up to date, otherwise the `.po` is compiled in memory,
so a checkout works before `make` has built the catalogues.
"""

from __future__ import annotations

import gettext
import io
from collections.abc import Callable
from functools import lru_cache

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from wizard.paths import locales_dir

LANGS: tuple[str, ...] = ("nl", "en", "tr", "ar", "pl", "uk")
DEFAULT_LANG = "nl"
# Each language under its own name, as its readers write it (the language switch, the address).
LANG_NAMES: dict[str, str] = {"nl": "Nederlands", "en": "English", "tr": "Türkçe",
                              "ar": "العربية", "pl": "Polski", "uk": "Українська"}
# Languages written right to left: the page gets dir="rtl".
RTL_LANGS = frozenset({"ar"})
# Languages added after nl/en. Content written only in nl/en (gemeente rule notes, FAQ
# answers) is shown in Dutch there: Dutch is the language of the gemeente's own letters, and the
# glossary (content/glossary/<lang>.toml) explains its official words.
NEW_LANGS: tuple[str, ...] = ("tr", "ar", "pl", "uk")
_BY_NAME = {name.lower(): code for code, name in LANG_NAMES.items()}


def normalise_lang(lang: str | None) -> str:
    """A language code from a code ("tr", "tr-TR") or a name ("Türkçe", as in the address)."""
    raw = (lang or DEFAULT_LANG).strip().lower()
    if raw in _BY_NAME:
        return _BY_NAME[raw]
    raw = raw[:2]
    return raw if raw in LANGS else DEFAULT_LANG


def text_dir(lang: str) -> str:
    """ "rtl" or "ltr": the writing direction of a language (for dir= on pages and documents)."""
    return "rtl" if normalise_lang(lang) in RTL_LANGS else "ltr"


def pick(texts: dict[str, str], lang: str) -> str:
    """The text of one language from a {lang: text} dict; a language the dict lacks gets the
    Dutch text (see NEW_LANGS), then the English one."""
    return texts.get(lang) or texts.get("nl") or texts.get("en") or next(iter(texts.values()))


@lru_cache(maxsize=32)
def translations(lang: str, domain: str = "messages") -> gettext.NullTranslations:
    own = _load(lang, domain)
    if lang in NEW_LANGS:  # a message not yet translated shows in Dutch, never as an English id
        own.add_fallback(_load("nl", domain))
    return own


def _load(lang: str, domain: str) -> gettext.NullTranslations:
    base = locales_dir() / lang / "LC_MESSAGES"
    po, mo = base / f"{domain}.po", base / f"{domain}.mo"
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as fh:
            return gettext.GNUTranslations(fh)
    if po.exists():
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        buf = io.BytesIO()
        write_mo(buf, catalog)
        buf.seek(0)
        return gettext.GNUTranslations(buf)
    return gettext.NullTranslations()


def gettext_for(lang: str, domain: str = "messages") -> Callable[[str], str]:
    """The `_` of one language and domain; pass it around, never install it globally."""
    return translations(normalise_lang(lang), domain).gettext


def both(msgid: str, domain: str = "messages", /, **fields: object) -> dict[str, str]:
    """A message in every language, with `{fields}` filled in after translation.
    A field given as a {lang: text} dict is filled in with the text of that language."""
    return {
        lang: translations(lang, domain).gettext(msgid).format(
            **{k: pick(v, lang) if isinstance(v, dict) else v for k, v in fields.items()}
        )
        for lang in LANGS
    }


def N_(msgid: str) -> str:
    """Mark a string for extraction; it is translated later where the language is known."""
    return msgid


def compile_all() -> list[str]:
    """Build every locales/<lang>/LC_MESSAGES/<domain>.mo from its .po (run by `make`)."""
    built = []
    for po in sorted(locales_dir().glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=po.parts[-3])
        with po.with_suffix(".mo").open("wb") as out:
            write_mo(out, catalog)
        built.append(str(po.with_suffix(".mo")))
    translations.cache_clear()
    return built


if __name__ == "__main__":
    for path in compile_all():
        print(f"compiled {path}")
