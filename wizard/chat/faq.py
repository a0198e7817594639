"""FAQ items and fixed replies of the chat assistant (content/faq/*.toml), with validation:
every basislijn id a source cites exists, and every URL appears in our own sources."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from wizard.chat import gated_re as gre
from wizard.content import parse, read_toml
from wizard.errors import ContentError
from wizard.paths import content_dir

LANGS = ("nl", "en")
TOPICS = ("age", "days", "months", "extension", "fee", "decision", "apply", "professional",
          "care", "conditions")
_BASISLIJN_REF = gre.compile(r"^B(1[0-5]|[1-9])$")
_URL = gre.compile(r"https?://[^\s\"'<>)]+")
# Official help lines and services cited by the fixed replies; not in the other content files.
OFFICIAL_URLS = frozenset({
    "https://www.113.nl", "https://veiligthuis.nl", "https://www.rijksoverheid.nl",
    "https://www.juridischloket.nl",
})


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class SourceRef(_Data):
    ref: str = Field(min_length=1)  # a basislijn id (B1..B15) or a URL
    title: str | None = None  # filled in from content/basislijn.toml for a basislijn id

    @property
    def is_basislijn(self) -> bool:
        return bool(_BASISLIJN_REF.match(self.ref))


class LangPart(_Data):
    variants: list[str] = Field(min_length=2)
    answer: str = Field(min_length=20)


class Item(_Data):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    topic: str | None = None
    sources: list[SourceRef] = Field(min_length=1)
    nl: LangPart
    en: LangPart

    @model_validator(mode="after")
    def _topic_known(self) -> Item:
        if self.topic is not None and self.topic not in TOPICS:
            raise ValueError(f"topic '{self.topic}' is not one of {TOPICS}")
        return self

    def part(self, lang: str) -> LangPart:
        return self.en if lang == "en" else self.nl


class FaqFile(_Data):
    items: list[Item]


class Reply(_Data):
    nl: str
    en: str
    sources: list[SourceRef] = Field(default_factory=list)

    def get(self, lang: str) -> str:
        return self.en if lang == "en" else self.nl


class ResponsesFile(_Data):
    replies: dict[str, Reply]
    words: dict[str, dict[str, str]]
    gemeente: dict[str, dict[str, str]]
    situation: dict[str, dict[str, str]]


def faq_dir() -> Path:
    return content_dir() / "faq"


@lru_cache(maxsize=1)
def load_items() -> tuple[Item, ...]:
    items: list[Item] = []
    for path in sorted(faq_dir().glob("[0-9]*.toml")):
        items.extend(parse(FaqFile, read_toml(path), path).items)
    ids = [i.id for i in items]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ContentError({"en": f"content/faq: duplicate FAQ ids {dupes}",
                            "nl": f"content/faq: dubbele FAQ-ids {dupes}"})
    for item in items:
        check_sources(item.sources, f"FAQ item {item.id}")
    return tuple(items)


@lru_cache(maxsize=1)
def load_responses() -> ResponsesFile:
    path = faq_dir() / "responses.toml"
    data = parse(ResponsesFile, read_toml(path), path)
    for name, reply in data.replies.items():
        check_sources(reply.sources, f"reply {name}")
    return data


@lru_cache(maxsize=1)
def known_urls() -> frozenset[str]:
    """URLs that appear in our own content (profiles, basislijn, routes, tables,
    content/sources.toml), plus the official help lines. Only content/ counts: the app runs
    without the research notes beside it."""
    urls: set[str] = set(OFFICIAL_URLS)
    root = content_dir()
    for path in root.rglob("*.toml"):
        if faq_dir() in path.parents:
            continue
        urls.update(u.rstrip(".,;") for u in _URL.findall(path.read_text(encoding="utf-8")))
    return frozenset(urls)


def check_sources(sources: list[SourceRef], where: str) -> None:
    from wizard.basislijn import basislijn

    points = basislijn().points
    for s in sources:
        if s.is_basislijn:
            if s.ref not in points:
                raise ContentError({"en": f"{where}: unknown basislijn point {s.ref}",
                                    "nl": f"{where}: onbekend basislijnpunt {s.ref}"})
        elif s.ref.startswith("http"):
            if s.ref not in known_urls():
                raise ContentError({"en": f"{where}: URL {s.ref} is not in our sources",
                                    "nl": f"{where}: URL {s.ref} staat niet in onze bronnen"})
            if not s.title:
                raise ContentError({"en": f"{where}: source {s.ref} needs a title",
                                    "nl": f"{where}: bron {s.ref} heeft een titel nodig"})
        else:
            raise ContentError({"en": f"{where}: source ref '{s.ref}' is not B1..B15 or a URL",
                                "nl": f"{where}: bron '{s.ref}' is geen B1..B15 of URL"})


def source_dict(s: SourceRef, lang: str) -> dict[str, str]:
    """{"title", "ref"} of a source; a basislijn id gets the point's title."""
    if s.is_basislijn:
        from wizard.basislijn import basislijn

        point = basislijn().points[s.ref]
        label = "Basislijn SMI" if lang == "nl" else "SMI basislijn"
        return {"title": s.title or f"{label} {s.ref}: {point.title.get(lang)}", "ref": s.ref}
    return {"title": s.title or s.ref, "ref": s.ref}
