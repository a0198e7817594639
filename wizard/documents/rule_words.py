"""A gemeente's own rules in plain words, the same in the form, the letters and the
publiekstekst: who (age), how much, how long. Each says only what the profile holds; our
own readings (`derived`) are not stated as the gemeente's rule in its own voice."""

from __future__ import annotations

from decimal import Decimal

from wizard.documents.env import fmt_number
from wizard.documents.texts import text
from wizard.profiles import Profile, rule_or_basislijn


def is_stated(profile: Profile, name: str) -> bool:
    """The gemeente's own rule `name` exists and is its own words, not our reading."""
    rule = getattr(profile.rules, name, None)
    return rule is not None and not rule.derived


def age_words(profile: Profile, lang: str) -> str:
    """'van 0 jaar tot het einde van de basisschool', 'jonger dan 2,5 jaar', 'tot en met 12
    jaar' — the profile's age rule (the basislijn's, B4, where the gemeente has none)."""
    age = rule_or_basislijn(profile, "age")
    if age.below_age_months and not age.until_end_of_primary:
        years = (Decimal(age.below_age_months) / 12).quantize(Decimal("0.1")).normalize()
        return text("words.age_below", lang, years=fmt_number(years, lang))
    if age.max_age_years is not None and not age.until_end_of_primary:
        return text("words.age_max", lang, age=age.max_age_years)
    return text("words.age_primary", lang)


def own_age_words(profile: Profile, lang: str) -> str | None:
    """The age range a gemeente's own document may state: its own rule, or the basislijn's on
    the basislijn documents; None where the profile has no age rule of its own (a gemeente's
    form or letter does not present the basislijn's range as that gemeente's rule)."""
    if profile.is_basislijn or is_stated(profile, "age"):
        return age_words(profile, lang)
    return None
