"""Every Dutch gemeente of 1 January 2026 (content/gemeenten-nl.toml): find one by name, alias,
CBS code or slug, accent- and case-free, and tell which profile holds its SMI rules."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from wizard.content import parse, read_toml
from wizard.errors import ContentError, UnknownGemeente
from wizard.i18n import both
from wizard.paths import content_dir
from wizard.profiles import Profile, all_profiles
from wizard.sources import Source

BASISLIJN = "basislijn"


class GemeenteEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str  # the official CBS name, e.g. "'s-Gravenhage", "Bergen (NH.)"
    cbs_code: str = Field(pattern=r"^GM\d{4}$")
    aliases: tuple[str, ...] = ()
    profile_id: str = BASISLIJN  # own, regional or the basislijn
    has_own_profile: bool = False  # True when profile_id is not the basislijn

    @property
    def common_name(self) -> str:
        """The name people write: "Den Haag" for "'s-Gravenhage", "Den Bosch" for
        "'s-Hertogenbosch" (the list's first alias without the old "'s"); else the CBS name."""
        if self.name.startswith("'s"):
            return next((a for a in self.aliases if not a.startswith("'s")), self.name)
        return self.name

    @property
    def slug(self) -> str:
        return _normalise(self.name).replace(" ", "-")


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=r"^GM\d{4}$")
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    profile: str | None = None


class _ListSource(Source):
    via: str  # the file the codes and names were transcribed from
    count: int = Field(ge=1)


class _GemeentenFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    gemeenten: list[_Row]
    source: _ListSource

    @model_validator(mode="after")
    def _consistent(self) -> _GemeentenFile:
        if len(self.gemeenten) != self.source.count:
            raise ValueError(
                f"{len(self.gemeenten)} gemeenten, the source says {self.source.count}")
        for what, values in (("code", [r.code for r in self.gemeenten]),
                             ("name", [r.name for r in self.gemeenten])):
            doubles = sorted({v for v in values if values.count(v) > 1})
            if doubles:
                raise ValueError(f"{what} used twice: {', '.join(doubles)}")
        return self


def _normalise(text: str) -> str:
    """Lower case, accents off, every run of other signs one space: "'s-Gravenhage" ->
    "s gravenhage", "Súdwest-Fryslân" -> "sudwest fryslan", "Bergen (NH.)" -> "bergen nh"."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", plain).strip()


def _path():
    return content_dir() / "gemeenten-nl.toml"


def _load() -> tuple[tuple[GemeenteEntry, ...], _ListSource]:
    # Keyed on the content folder and the loaded profiles, so a test that points
    # SMI_CONTENT_DIR elsewhere (and clears all_profiles) gets a fresh list.
    profiles = all_profiles()
    return _load_from(str(_path()), id(profiles))


@lru_cache(maxsize=4)
def _load_from(path_text: str, _profiles_id: int) -> tuple[tuple[GemeenteEntry, ...], _ListSource]:
    path = Path(path_text)
    data = parse(_GemeentenFile, read_toml(path), path)
    profiles = all_profiles()
    entries = []
    for row in data.gemeenten:
        profile_id = row.profile or BASISLIJN
        if profile_id not in profiles:
            raise ContentError({
                "en": f"{path.name}: {row.name} maps to unknown profile '{profile_id}'",
                "nl": f"{path.name}: {row.name} verwijst naar onbekend profiel '{profile_id}'",
            })
        entries.append(GemeenteEntry(name=row.name, cbs_code=row.code, aliases=row.aliases,
                                     profile_id=profile_id,
                                     has_own_profile=profile_id != BASISLIJN))
    used = {e.profile_id for e in entries}
    unused = sorted(p for p in profiles if p not in used and p != BASISLIJN)
    if unused:
        raise ContentError({
            "en": f"{path.name}: no gemeente uses profile(s) {', '.join(unused)}",
            "nl": f"{path.name}: geen gemeente gebruikt profiel(en) {', '.join(unused)}",
        })
    return tuple(entries), data.source


def _index() -> tuple[dict[str, GemeenteEntry], list[tuple[str, GemeenteEntry]]]:
    # Keyed as _load: hashing the 342 entries themselves on every call cost about a millisecond
    # per chat message that names a place.
    return _index_at(str(_path()), id(all_profiles()))


@lru_cache(maxsize=4)
def _index_at(
    path_text: str, profiles_id: int,
) -> tuple[dict[str, GemeenteEntry], list[tuple[str, GemeenteEntry]]]:
    """Exact keys (normalised name, alias, code, code digits) and every searchable form."""
    entries = _load_from(path_text, profiles_id)[0]
    exact: dict[str, list[GemeenteEntry]] = {}
    forms: list[tuple[str, GemeenteEntry]] = []
    for e in entries:
        keys = {_normalise(n) for n in (e.name, *e.aliases)}
        for key in keys:
            forms.append((key, e))
        keys |= {e.cbs_code.lower(), e.cbs_code[2:], e.cbs_code[2:].lstrip("0")}
        for key in keys:
            exact.setdefault(key, []).append(e)
    # A key two gemeenten share (none today) would be ambiguous: it is left to search.
    return {k: v[0] for k, v in exact.items() if len(v) == 1}, forms


def all_gemeenten() -> list[GemeenteEntry]:
    """The 342 gemeenten of 1 January 2026, in CBS code order."""
    return list(_load()[0])


def gemeenten_source() -> Source:
    """Where the list comes from (title, URL, date)."""
    return _load()[1]


def search_gemeenten(query: str, limit: int = 10) -> list[GemeenteEntry]:
    """Gemeenten whose name or alias matches `query`: exact first, then names that start with
    it, then names with a word that starts with it. Accents, case and punctuation are ignored."""
    q = _normalise(query)
    if not q or limit <= 0:
        return []
    exact, forms = _index()
    ranked: dict[str, tuple[int, str, GemeenteEntry]] = {}

    def offer(rank: int, e: GemeenteEntry) -> None:
        if e.cbs_code not in ranked or rank < ranked[e.cbs_code][0]:
            ranked[e.cbs_code] = (rank, _normalise(e.name), e)

    if q.replace(" ", "") in exact:
        offer(0, exact[q.replace(" ", "")])
    for form, e in forms:
        if form == q:
            offer(0, e)
        elif form.startswith(q):
            offer(1, e)
        elif f" {q}" in f" {form}":
            offer(2, e)
    return [e for _, _, e in sorted(ranked.values(), key=lambda t: (t[0], t[1]))][:limit]


def resolve_gemeente(name_or_id: str) -> GemeenteEntry:
    """The one gemeente meant by a name, alias, CBS code ("GM0344", "0344") or slug
    ("den-haag"). Raises UnknownGemeente with suggestions when there is not exactly one."""
    q = _normalise(name_or_id)
    exact, _ = _index()
    if q in exact:
        return exact[q]
    if q.replace(" ", "") in exact:  # a code typed as "GM 0344"
        return exact[q.replace(" ", "")]
    matches = search_gemeenten(name_or_id, limit=5)
    shown = (name_or_id or "").strip()[:80]
    if len(matches) == 1:
        return matches[0]
    if matches:
        names = ", ".join(e.name for e in matches)
        raise UnknownGemeente(both(
            "More than one gemeente matches '{query}': {names}. Type the full name.",
            query=shown, names=names))
    raise UnknownGemeente(both(
        "We do not know the gemeente '{query}'. Check the spelling, or type the first letters "
        "of the name.", query=shown))


def profile_for_gemeente(name_or_id: str) -> tuple[Profile, GemeenteEntry | None]:
    """The profile that judges this gemeente, with the gemeente. A profile id that is no
    gemeente (e.g. "isd-bollenstreek", "basislijn") gives that profile and None."""
    try:
        entry = resolve_gemeente(name_or_id)
    except UnknownGemeente:
        if name_or_id in all_profiles():
            return all_profiles()[name_or_id], None
        raise
    return all_profiles()[entry.profile_id].for_gemeente(entry.name), entry


def basislijn_note(entry: GemeenteEntry | None) -> dict[str, str] | None:
    """The plain note for a gemeente judged by the basislijn, in every language; None when the
    gemeente has rules of its own."""
    if entry is None or entry.has_own_profile:
        return None
    return both("We do not know the own rules of {name} yet. This is the national minimum.",
                name=entry.name)
