"""Document texts in the languages added after nl/en (tr, ar, pl, uk): one flat file per
language, content/documents/lang/<lang>.toml, keyed like texts.toml ("pub.title" = "...").
Kept apart from texts.toml so that the nl/en texts and these can change independently."""

from __future__ import annotations

from functools import lru_cache

from wizard.content import read_toml
from wizard.errors import ContentError
from wizard.i18n import NEW_LANGS
from wizard.paths import content_dir


def lang_texts_path(lang: str):
    return content_dir() / "documents" / "lang" / f"{lang}.toml"


@lru_cache(maxsize=8)
def lang_catalogue(lang: str) -> dict[str, str]:
    """key -> text of one new language ({} when the file is absent)."""
    path = lang_texts_path(lang)
    if lang not in NEW_LANGS or not path.exists():
        return {}
    data = read_toml(path)
    data.pop("lang", None)  # the file names its language
    bad = [k for k, v in data.items() if not isinstance(v, str) or not v.strip()]
    if bad:
        raise ContentError({"en": f"{path.name}: not a text: {', '.join(bad)}",
                            "nl": f"{path.name}: geen tekst: {', '.join(bad)}"})
    return data


def more_text(key: str, lang: str) -> str | None:
    """The text in a new language, or None (the caller then uses the Dutch text)."""
    return lang_catalogue(lang).get(key) if lang in NEW_LANGS else None
