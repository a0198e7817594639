"""What the documents may say about a gemeente itself: the legal basis of its SMI decisions
(regulation and article) and how to reach it (postal address, phone, e-mail, website,
decision term). Reads interface 3 of the profiles (`profile.legal_basis`,
`profile.contact`); anything a profile does not know is None, and the documents then print a
marked place for the gemeente to fill in (`fill_in`) — never a guessed article or address."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from wizard.documents.texts import text
from wizard.profiles import Profile

# A Dutch postcode; an address without one cannot receive a bezwaarschrift reliably.
_POSTCODE = re.compile(r"\b\d{4}\s?[A-Z]{2}\b")
AWB_DECISION_WEEKS = 8  # Awb 4:13: without a term in the regulation, at most eight weeks


def _get(obj: Any, *names: str) -> Any:
    """The first attribute (or mapping key) of `names` that obj has and that is not empty."""
    if obj is None:
        return None
    for name in names:
        value = obj.get(name) if isinstance(obj, dict) else getattr(obj, name, None)
        if value not in (None, "", [], {}):
            return value
    return None


def _text(value: Any, lang: str) -> str | None:
    """A plain string, or a {nl, en} text in the reader's language."""
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if hasattr(value, "get") and not isinstance(value, dict):
        return value.get(lang)
    if isinstance(value, dict):
        return value.get(lang) or value.get("nl")
    return str(value)


@dataclass(frozen=True)
class LegalBasis:
    title: str | None  # e.g. "Verordening ... 2024"
    kind: str | None  # "verordening" | "beleidsregels"
    url: str | None
    articles: dict[str, str]  # "toekenning" -> "artikel 4", only where the text gives one

    def article(self, *keys: str) -> str | None:
        for key in keys:
            if self.articles.get(key):
                return self.articles[key]
        return None


def legal_basis(profile: Profile, lang: str = "nl") -> LegalBasis:
    lb = None if profile.is_basislijn else getattr(profile, "legal_basis", None)
    only_for = _get(lb, "only_for")
    if only_for and profile.name not in only_for:
        lb = None  # the regulation binds other gemeenten of this profile, not this one
    articles = _get(lb, "articles") or {}
    if not isinstance(articles, dict):
        articles = dict(articles)
    url = _get(lb, "url")
    cvdr = _get(lb, "cvdr", "cvdr_id")
    if not url and cvdr:
        url = f"https://lokaleregelgeving.overheid.nl/{cvdr}"
    return LegalBasis(title=_text(_get(lb, "title"), lang), kind=_get(lb, "kind"),
                      url=url, articles={str(k): str(v) for k, v in articles.items() if v})


@dataclass(frozen=True)
class Contact:
    postal: list[str] | None  # complete postal address lines (with a postcode), else None
    # True when that address is the gemeente's own (a bezwaar to its college can go there);
    # False when it belongs to an organisation that handles applications for it.
    is_gemeente_address: bool
    phone: str | None
    email: str | None
    url: str | None
    decision_weeks: int | None  # the gemeente's own term; None = not known


def contact(profile: Profile) -> Contact:
    if profile.is_basislijn:
        return Contact(None, False, None, None, None, None)
    c = getattr(profile, "contact", None)
    lines = _get(c, "address", "postal_address")
    if isinstance(lines, str):
        lines = [x.strip() for x in re.split(r"[\n,]", lines) if x.strip()]
    if lines is not None:
        lines = [str(x) for x in lines]
    if lines and not _POSTCODE.search(" ".join(lines)):
        lines = None  # e.g. "Antwoordnummer 1722" without a postcode: not an address
    weeks = _get(c, "decision_term_weeks")
    name = _get(c, "name")
    own = profile.kind == "gemeente" and (name is None or name.startswith("Gemeente"))
    return Contact(postal=lines or None, is_gemeente_address=bool(lines) and own,
                   phone=_get(c, "phone"),
                   email=_get(c, "email"),
                   url=_get(c, "url") or profile.apply.url,
                   decision_weeks=int(weeks) if weeks else None)


def fill_in(what: str, lang: str) -> str:
    """A marked place for the gemeente's staff: '[postadres van de gemeente — door de
    gemeente in te vullen]'. `what` is a key of texts.toml [fill.*]."""
    return text("fill.marker", lang, what=text(f"fill.{what}", lang))


def gemeente_name(profile: Profile) -> str | None:
    """The gemeente whose college decides: the profile's own name for a gemeente; None for
    the basislijn and for a cooperation (ISD, RSD) that serves several gemeenten."""
    return profile.name if profile.kind == "gemeente" else None
