"""Which gemeente a chat message names: every Dutch gemeente (wizard.gemeenten) with its aliases,
found as whole words. Names that are also ordinary words ("Best", "Goes", "Ede") count only
when written with a capital or after "gemeente"/"in"."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from wizard.chat import gated_re as gre
from wizard.chat.per_message import remembered


@dataclass(frozen=True)
class Place:
    name: str  # the gemeente's own name ("Lisse")
    profile_id: str  # the profile that applies (own, regional or "basislijn")
    has_own_profile: bool


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("’", "'")


def _entries() -> list[tuple[str, Place]]:
    """(name or alias, place) for every gemeente we know of."""
    out: list[tuple[str, Place]] = []
    try:
        from wizard.gemeenten import all_gemeenten
    except ImportError:  # before wizard/gemeenten.py: only the gemeenten with a profile
        from wizard.profiles import all_profiles

        for p in all_profiles().values():
            if p.is_basislijn:
                continue
            names = p.covers or [p.name]
            for n in names:
                out.append((n, Place(n, p.id, True)))
            out.append((p.name.split(" (")[0], Place(p.name.split(" (")[0], p.id, True)))
        return out
    for g in all_gemeenten():
        # "'s-Gravenhage" is written "Den Haag" by almost everyone: name it back that way
        place = Place(g.common_name, g.profile_id, g.has_own_profile)
        for n in {g.name, *g.aliases}:
            out.append((n, place))
    return out


# Gemeente names that are also everyday words in Dutch or English.
_COMMON = frozenset("""best goes ede epe oss urk sluis bergen putten laren zeist baarn buren
    heerde loon altena elburg gemert weert venray rhenen bunnik borne hof land midden uden
    sint beek stein soest vaals eemnes renswoude oldebroek staphorst olst veere""".split())


def _key(text: str) -> str:
    return gre.sub(r"[\s-]+", " ", _fold(text).lower()).strip()


_PART = r"(?:zuid|noord|oost|west|centrum|south|north|east|west)"


@lru_cache(maxsize=1)
def _matcher() -> tuple[re.Pattern[str], dict[str, tuple[bool, Place]]]:
    """One pattern for every name and alias (longest first, so "Den Haag" wins over "Haag"),
    and per name: (needs a capital or "gemeente/in ...", place)."""
    table: dict[str, tuple[bool, Place]] = {}
    for name, place in _entries():
        n = _fold(name).strip()
        if len(n) < 3:
            continue
        table.setdefault(_key(n), (n.lower() in _COMMON or len(n) <= 4, place))
    alts = sorted(table, key=len, reverse=True)
    body = "|".join(re.escape(k).replace(r"\ ", r"[\s-]+") for k in alts)
    # "Rotterdam-Zuid", "Amsterdam-Noord": a part of town after a hyphen still names the gemeente
    return gre.compile(rf"(?<![\w-])(?:{body})(?![\w])(?!-(?!{_PART}\b))", re.IGNORECASE), table


_BEFORE = gre.compile(r"(?:gemeente|in|uit|te|from|of|bij|near|van)\s+$", re.IGNORECASE)


@remembered  # per message: the facts, the asks and the gemeente lead all look for the names
def _found(text: str) -> list[tuple[int, Place]]:
    """Every gemeente named in the text, with where it starts. A name that is also an ordinary
    word counts only with a capital inside a sentence, or after "gemeente", "in", "uit", ..."""
    folded = _fold(text)
    rx, table = _matcher()
    out: list[tuple[int, Place]] = []
    for m in rx.finditer(folded):
        strict, place = table[_key(m.group(0))]
        before = folded[: m.start()]
        if strict:
            capital = m.group(0)[:1].isupper() and before.strip()[-1:] not in ("", ".", "!", "?")
            if not (capital or _BEFORE.search(before)):
                continue
        out.append((m.start(), _shown(place, m.group(0))))
    return out


# The parent's own gemeente when a message names more than one: where they live now or move
# to ("ik woon in", "here in", "verhuisd naar", "moved to"), not a sister's or the old one.
_OWN = gre.compile(r"(?:\b(?:ik|wij|we|i)\s+(?:woon|wonen|live)\s+(?:nu\s+|now\s+)?(?:in|te)|"
                  r"\b(?:hier|here)\s+in|\b(?:me|mij|ik)\s+(?:hier\s+|here\s+)?in|"
                  r"\b(?:verhui[sz]\w*|moved?|moving|relocat\w*)\s+"
                  r"(?:\w+\s+){0,3}?(?:naar|to)|\bnieuwe\s+gemeente|\bnew\s+(?:gemeente|municipality|"
                  r"town|city)|\bonze\s+gemeente|\bmijn\s+gemeente|\bour\s+(?:gemeente|municipality)|"
                  r"\bmy\s+(?:gemeente|municipality))\s*(?:,\s*)?(?:de\s+gemeente\s+|gemeente\s+)?$",
                  re.IGNORECASE)


_NEAR = gre.compile(r"\b(?:near|close\s+to|outside|nearby|next\s+to|vlakbij|dichtbij|bij|"
                    r"naast|rond|"
                   r"around|in\s+de\s+buurt\s+van|onder\s+de\s+rook\s+van)\s*$", re.IGNORECASE)


def mentioned(text: str) -> Place | None:
    """The gemeente the message is about: the only one named, or of several the one the parent
    lives in or moves to, else the first."""
    found = _found(text)
    if len(found) > 1:
        folded = _fold(text)
        own = [pl for start, pl in found if _OWN.search(folded[max(0, start - 60): start])]
        if own:
            return own[-1]
        # "near Utrecht (in Nieuwegein actually)": a town named only as a landmark is not home
        home = [pl for start, pl in found if not _NEAR.search(folded[max(0, start - 25): start])]
        if home and len(home) < len(found):
            return home[0]
    return found[0][1] if found else None


def all_mentioned(text: str) -> list[Place]:
    """Every gemeente the text names, in order (a comparison or a move names two)."""
    return [pl for _, pl in _found(text)]


def _shown(place: Place, written: str) -> Place:
    """Name the gemeente back as the parent wrote it when that is one of its names with a
    capital ("Den Haag", not "'s-Gravenhage")."""
    if written[:1].isupper() and _key(written) != _key(place.name):
        return Place(written.strip(), place.profile_id, place.has_own_profile)
    return Place(gre.sub(r"\s*\(.*\)$", "", place.name), place.profile_id, place.has_own_profile)


@lru_cache(maxsize=512)
def chosen(name_or_id: str) -> Place | None:
    """The gemeente chosen in the UI or with --gemeente (a profile id, CBS code or name)."""
    try:
        from wizard.gemeenten import resolve_gemeente
    except ImportError:
        from wizard.profiles import all_profiles

        p = all_profiles().get(name_or_id)
        if p is None or p.is_basislijn:
            return None
        return Place(p.name.split(" (")[0], p.id, True)
    try:
        g = resolve_gemeente(name_or_id)
    except Exception:  # an unknown id from the UI: answer as without a gemeente
        from wizard.profiles import all_profiles

        p = all_profiles().get(name_or_id)
        if p is None or p.is_basislijn:
            return None
        return Place(p.name.split(" (")[0], p.id, True)
    return Place(g.name, g.profile_id, g.has_own_profile)
