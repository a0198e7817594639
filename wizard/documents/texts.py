"""The documents' texts (content/documents/texts.toml): every key in Dutch and English,
looked up per language and filled in with `str.format` (a value never becomes markup)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from wizard.content import parse, read_toml
from wizard.documents.texts_more import more_text
from wizard.errors import ContentError
from wizard.i18n import LANGS, NEW_LANGS
from wizard.paths import content_dir
from wizard.sources import Source


class _Text(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    nl: str = Field(min_length=1)
    en: str = Field(min_length=1)


def _flatten(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and not set(value) & set(LANGS):
            out |= _flatten(value, path + ".")
        else:
            out[path] = value
    return out


def texts_path():
    return content_dir() / "documents" / "texts.toml"


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    """key -> {lang: text}. Loading fails when a key lacks a language."""
    path = texts_path()
    data = read_toml(path)
    sources = data.pop("sources", {})
    for name, src in sources.items():
        parse(Source, src, path)  # every cited source is traceable
        del name
    out = {}
    for key, value in _flatten(data).items():
        if not isinstance(value, dict):
            raise ContentError({"en": f"{path.name}: '{key}' is not a text with nl and en",
                                "nl": f"{path.name}: '{key}' is geen tekst met nl en en"})
        out[key] = parse(_Text, value, path).model_dump()
    return out


def text(key: str, lang: str, **fields: object) -> str:
    try:
        # tr/ar/pl/uk: own file (texts_more), else the Dutch text, as the gemeente writes it
        template = more_text(key, lang) or catalogue()[key]["nl" if lang in NEW_LANGS else lang]
    except KeyError:
        raise ContentError({"en": f"texts.toml: no text '{key}' in '{lang}'",
                            "nl": f"texts.toml: geen tekst '{key}' in '{lang}'"}) from None
    return template.format(**fields) if fields else template


def texts(key: str, **fields: object) -> dict[str, str]:
    """A text in every language (for SmiError messages)."""
    return {lang: text(key, lang, **fields) for lang in LANGS}
