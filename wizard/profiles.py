"""Gemeente profiles: each gemeente's own SMI rules as data (content/gemeenten/*.toml),
layered over the basislijn. Every rule names its source; points where a gemeente offers
less than the basislijn become flags."""

from __future__ import annotations

import datetime as dt
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_serializer, model_validator

from wizard.content import parse, read_toml
from wizard.errors import ContentError, DateNotCovered
from wizard.i18n import LANGS, NEW_LANGS, both
from wizard.limits import MAX_CHILD_AGE, MAX_DAYS_PER_WEEK
from wizard.models import CareType
from wizard.paths import content_dir
from wizard.sources import Source

RuleId = str
Route = Literal["kot", "wlz", "jeugdwet", "peuteropvang_ve", "confirm"]
BASISLIJN_IDS = tuple(f"B{i}" for i in range(1, 16))


class _Data(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LocalText(_Data):
    nl: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: str) -> str:
        # Only nl and en exist in content/: the newer languages read the Dutch text (NEW_LANGS).
        return self.en if lang == "en" else self.nl

    # Dumped as a text for every language of the app (tr/ar/pl/uk = the Dutch text), so the
    # {lang: text} dicts in a Verdict work for every language; read back, those are dropped.
    @model_serializer
    def _every_lang(self) -> dict[str, str]:
        return {lang: self.get(lang) for lang in LANGS}

    @model_validator(mode="before")
    @classmethod
    def _drop_copies(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if k not in NEW_LANGS}
        return data


class Rule(_Data):
    id: RuleId = Field(pattern=r"^[A-Z0-9][A-Z0-9-]*$")
    source: str  # a key of the profile's [sources]
    quote: str | None = None  # the gemeente's own words, verbatim
    derived: bool = False  # our reading of the source, not its literal words
    note: LocalText | None = None
    # When the rule is in force; absent = the profile's own dates. A past rule is ended with
    # valid_until, never deleted (openfisca), so an old reference date is judged by old rules.
    valid_from: date | None = None
    valid_until: date | None = None

    def in_force_on(self, on: date) -> bool:
        return ((self.valid_from is None or self.valid_from <= on)
                and (self.valid_until is None or on <= self.valid_until))


class AgeRule(Rule):
    until_end_of_primary: bool = False
    max_age_years: int | None = Field(default=None, ge=0, le=MAX_CHILD_AGE)  # inclusive
    below_age_months: int | None = Field(default=None, ge=1, le=216)  # "younger than"
    redirect: Route | None = None  # where older children go instead (e.g. peuteropvang)


class DaysRule(Rule):
    days_per_week: Decimal | None = Field(default=None, ge=0, le=MAX_DAYS_PER_WEEK)
    # The longest day the gemeente pays for, only where its text says so (e.g. "10,5 uur per
    # dag"); with days_per_week it gives the gemeente's maximum hours a month (wizard/caps.py).
    hours_per_day: Decimal | None = Field(default=None, gt=0, le=24)
    text: LocalText


class MonthsRule(Rule):
    months: int = Field(ge=1, le=60)


class ExtensionRule(Rule):
    extension: Literal["possible", "exceptional", "yearly_reassessment", "not_possible"]
    extra_months: int | None = None


class FeeRule(Rule):
    method: Literal["kot", "vng", "none", "own", "unknown"]
    income_test_for_access: bool = False
    asset_test: bool = False
    text: LocalText


class ProfessionalRule(Rule):
    required: bool
    who: LocalText


class CareRule(Rule):
    care_types: list[CareType]


class LegalFormRule(Rule):
    """How the gemeente laid SMI down; B1 asks for a verordening."""

    form: Literal["verordening", "beleidsregels", "bijzondere_bijstand"]


class Condition(Rule):
    text: LocalText
    below_basislijn: list[str] = Field(default_factory=list)
    # Official gemeente names (content/gemeenten-nl.toml) this condition is for; empty = every
    # gemeente the profile serves (e.g. Leiden's plan van aanpak is for Leiden, not Leiderdorp).
    only_for: list[str] = Field(default_factory=list)


class Rules(_Data):
    age: AgeRule | None = None
    days: DaysRule | None = None
    months: MonthsRule | None = None
    extension: ExtensionRule | None = None
    fee: FeeRule | None = None
    professional: ProfessionalRule | None = None
    care: CareRule | None = None
    legal_form: LegalFormRule | None = None


class Apply(_Data):
    how: LocalText
    url: str | None = None
    # The basislijn's default decision time (Awb 4:13); a gemeente's own term is in [contact].
    decision_weeks: int | None = None
    decision_rule: RuleId | None = None  # the rule id that states the decision time


class LegalBasis(_Data):
    """The regulation a decision cites (Awb 3:46/3:47). Only what the text says; what we could
    not read stays None."""

    title: str = Field(min_length=1)
    kind: Literal["verordening", "beleidsregels", "nadere_regels"]
    cvdr: str | None = Field(default=None, pattern=r"^CVDR\d+$")
    url: str | None = None
    date: dt.date | None = None  # in force from ("geldend van")
    date_note: str | None = None
    # Article per topic, only where the text gives it, e.g. {"doelgroep": "artikel 2"}.
    articles: dict[str, str] = Field(default_factory=dict)
    # Official gemeente names this regulation binds; empty = every gemeente of the profile.
    only_for: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _traceable(self) -> LegalBasis:
        if not (self.cvdr or self.url):
            raise ValueError("a legal basis needs a cvdr id or a url")
        return self


class Contact(_Data):
    """Where a family sends an application or a bezwaar for SMI. Absent = unknown: callers say
    so and never fill in a guess."""

    sources: list[str] = Field(min_length=1)  # keys of the profile's [sources]
    name: str | None = None  # e.g. "RSD De Liemers", when not the gemeente itself
    address: list[str] | None = None  # postal address lines
    phone: str | None = None
    email: str | None = None
    url: str | None = None  # the SMI page itself
    decision_term_weeks: int | None = Field(default=None, ge=1, le=26)


class Profile(_Data):
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str
    kind: Literal["basislijn", "gemeente", "samenwerkingsverband"]
    covers: list[str] = Field(default_factory=list)  # gemeente names served by this profile
    # From when the tool uses this profile (the day it was transcribed): not a legal date, so
    # an earlier reference date is still judged by it. Legal dates sit on each rule.
    valid_from: date
    valid_until: date | None = None  # the last day the profile's rules apply, where known
    checked: LocalText  # how and against what it was transcribed, and what is still open
    sources: dict[str, Source]
    apply: Apply
    rules: Rules = Field(default_factory=Rules)
    conditions: list[Condition] = Field(default_factory=list)
    legal_basis: LegalBasis | None = None
    contact: Contact | None = None

    @model_validator(mode="after")
    def _sources_exist(self) -> Profile:
        ids: set[str] = set()
        for rule in self.all_rules():
            if rule.source not in self.sources:
                raise ValueError(f"rule {rule.id}: source '{rule.source}' is not in [sources]")
            if rule.id in ids and rule.id not in BASISLIJN_IDS:
                raise ValueError(f"rule id {rule.id} is used twice")
            ids.add(rule.id)
        for key in self.contact.sources if self.contact else []:
            if key not in self.sources:
                raise ValueError(f"contact: source '{key}' is not in [sources]")
        form = self.rules.legal_form
        if form and self.legal_basis and form.form != self.legal_basis.kind and (
                form.form in ("verordening", "beleidsregels")):
            raise ValueError(f"rules.legal_form says {form.form}, legal_basis says "
                             f"{self.legal_basis.kind}")
        if self.kind != "basislijn":
            if self.apply.decision_weeks is not None:
                raise ValueError("a gemeente's decision term goes in [contact], not [apply]")
            for c in self.conditions:
                for b in c.below_basislijn:
                    if b not in BASISLIJN_IDS:
                        raise ValueError(f"condition {c.id}: '{b}' is not a basislijn point")
        return self

    def covers_date(self, on: date) -> bool:
        return self.valid_until is None or on <= self.valid_until

    def as_of(self, on: date) -> Profile:
        """This profile with only the rules in force on `on` (each rule's valid_from /
        valid_until); a date after the profile's valid_until raises DateNotCovered."""
        if not self.covers_date(on):
            raise date_not_covered(self, on)
        if all(r.in_force_on(on) for r in self.all_rules()):
            return self
        rules = {name: (None if getattr(self.rules, name) is None
                        or not getattr(self.rules, name).in_force_on(on)
                        else getattr(self.rules, name)) for name in Rules.model_fields}
        return self.model_copy(update={
            "rules": Rules(**rules),
            "conditions": [c for c in self.conditions if c.in_force_on(on)]})

    def all_rules(self) -> list[Rule]:
        rules = [getattr(self.rules, name) for name in Rules.model_fields]
        return [r for r in rules if r is not None] + list(self.conditions)

    def rule_ids(self) -> set[str]:
        return {r.id for r in self.all_rules()}

    def source_of(self, rule: Rule) -> Source:
        return self.sources[rule.source]

    @property
    def is_basislijn(self) -> bool:
        return self.kind == "basislijn"

    def for_gemeente(self, name: str) -> Profile:
        """This profile as it applies to one gemeente it serves: conditions and a legal basis
        that are only for another gemeente are left out."""
        conditions = [c for c in self.conditions if not c.only_for or name in c.only_for]
        basis = self.legal_basis
        if basis and basis.only_for and name not in basis.only_for:
            basis = None
        if len(conditions) == len(self.conditions) and basis is self.legal_basis:
            return self
        return self.model_copy(update={"conditions": conditions, "legal_basis": basis})


def date_not_covered(profile: Profile, on: date) -> DateNotCovered:
    span = both("from {start} until {end}", start=profile.valid_from.isoformat(),
                end=(profile.valid_until or on).isoformat())
    return DateNotCovered(both("This tool has no SMI rules for {gemeente} on {date}. It knows "
                               "the rules {span}.", gemeente=profile.name, date=on.isoformat(),
                               span=span))


class Flag(_Data):
    """A point where a gemeente rule offers less than the basislijn."""

    rule: RuleId  # the gemeente rule
    basislijn: str  # B1..B15
    texts: dict[str, str]


def below_basislijn(profile: Profile, on: date | None = None) -> list[Flag]:
    """Every point where this profile offers less than the basislijn minimum. The judgement
    itself lives in wizard/points/ (one module per point)."""
    from wizard.points import below  # the point modules read profiles: import when called

    return below(profile, on)


def _gemeenten_dir():
    return content_dir() / "gemeenten"


@lru_cache(maxsize=1)
def all_profiles() -> dict[str, Profile]:
    profiles: dict[str, Profile] = {}
    for path in sorted(_gemeenten_dir().glob("*.toml")):
        profile = parse(Profile, read_toml(path), path)
        if profile.id != path.stem:
            raise ContentError({
                "en": f"{path.name}: field 'id' is '{profile.id}', expected '{path.stem}'",
                "nl": f"{path.name}: veld 'id' is '{profile.id}', verwacht '{path.stem}'",
            })
        profiles[profile.id] = profile
    if "basislijn" not in profiles:
        raise ContentError({"en": "content/gemeenten/basislijn.toml is missing",
                            "nl": "content/gemeenten/basislijn.toml ontbreekt"})
    return profiles


def get_profile(gemeente_id: str) -> Profile:
    """The profile with this id; a gemeente name, slug or CBS code ("utrecht", "leiderdorp",
    "GM0344") gives the profile that judges that gemeente."""
    profiles = all_profiles()
    if gemeente_id not in profiles:
        from wizard.gemeenten import profile_for_gemeente  # the list of gemeenten uses profiles

        return profile_for_gemeente(gemeente_id)[0]  # or one clear "unknown gemeente"
    return profiles[gemeente_id]


def rule_or_basislijn(profile: Profile, name: str) -> Any:
    """The gemeente's own rule `name` (age, days, months, extension, fee), or the basislijn's
    where the gemeente's sources say nothing: the basislijn is the minimum (B2)."""
    rule = getattr(profile.rules, name) or getattr(get_profile("basislijn").rules, name)
    if rule is None:
        raise ContentError({"en": f"basislijn.toml: rule '{name}' is missing",
                            "nl": f"basislijn.toml: regel '{name}' ontbreekt"})
    return rule


def find_profiles(query: str) -> list[Profile]:
    """Profiles whose name, id or covered gemeenten contain the query (case-insensitive)."""
    q = query.strip().lower()
    return [p for p in all_profiles().values()
            if not q or q in p.name.lower() or q in p.id
            or any(q in g.lower() for g in p.covers)]
