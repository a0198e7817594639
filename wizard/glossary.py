"""The official Dutch words that stay Dutch in tr/ar/pl/uk (SMI, gemeente, kinderopvangtoeslag,
eigen bijdrage, Wlz, Jeugdwet, ...), each with a short explanation in that language:
content/glossary/<lang>.toml. Used by the wizard's "Woorden" panel and the documents."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from wizard.content import parse, read_toml
from wizard.i18n import NEW_LANGS
from wizard.paths import content_dir
from wizard.sources import Source

# The words every glossary explains (issue 15); a glossary may explain more.
REQUIRED_TERMS = ("SMI", "gemeente", "kinderopvangtoeslag", "eigen bijdrage", "Wlz", "Jeugdwet",
                  "BSO", "gastouder", "dagopvang", "peuteropvang", "verordening", "bezwaar",
                  "beschikking", "huisarts", "wijkteam")


class _Meta(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    lang: str
    title: str = Field(min_length=1)
    intro: str = Field(min_length=1)
    source: Source


class Glossary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    meta: _Meta
    terms: dict[str, str]

    def missing(self) -> list[str]:
        return [t for t in REQUIRED_TERMS if not (self.terms.get(t) or "").strip()]


def glossary_path(lang: str):
    return content_dir() / "glossary" / f"{lang}.toml"


@lru_cache(maxsize=8)
def glossary(lang: str) -> Glossary | None:
    """The glossary of a new language; None for nl and en (they need none)."""
    if lang not in NEW_LANGS:
        return None
    path = glossary_path(lang)
    return parse(Glossary, read_toml(path), path)


def terms_in(text: str, lang: str) -> list[tuple[str, str]]:
    """(word, explanation) for each glossary word that occurs in a text, in glossary order:
    for a document or a Dutch-only passage that needs its words explained."""
    g = glossary(lang)
    if g is None:
        return []
    low = text.lower()
    return [(w, e) for w, e in g.terms.items() if w.lower() in low]
