"""B4: all children from 0 to the end of basisschool age can get SMI. Thresholds in
content/basislijn.toml [points.B4]; a gemeente's own limit in `rules.age` of its profile."""

from __future__ import annotations

from decimal import Decimal

from wizard.amounts import show_number
from wizard.i18n import both
from wizard.models import Child, School
from wizard.points._base import (
    Comparison,
    Criterion,
    compare_with,
    condition_flags,
    from_flags,
    met,
    params,
    reason,
    unknown,
)
from wizard.profiles import Flag, Profile

POINT = "B4"
NEEDS = ("children.age", "children.birth_date", "children.school")


def end_of_primary_months() -> int:
    value = params(POINT).end_of_primary_months
    assert value is not None, "content/basislijn.toml [points.B4] end_of_primary_months"
    return value


def last_primary_age() -> int:
    """The highest whole age still of basisschool age (12 with the shipped data)."""
    return end_of_primary_months() // 12 - 1


def years(months: int) -> dict[str, str]:
    """'2,5' in Dutch, '2.5' in English."""
    value = Decimal(months) / 12
    return {lg: show_number(value, lg) for lg in ("nl", "en")}


def _compare(profile: Profile) -> Comparison:
    rule, flags = profile.rules.age, []
    if rule and not rule.until_end_of_primary:
        if rule.below_age_months is not None:
            flags.append(Flag(rule=rule.id, basislijn=POINT, texts=both(
                "Only children younger than {years} years. The basislijn says: from 0 to the "
                "end of primary school.", years=years(rule.below_age_months))))
        elif rule.max_age_years is not None and rule.max_age_years < last_primary_age():
            flags.append(Flag(rule=rule.id, basislijn=POINT, texts=both(
                "Only children up to {age} years. The basislijn says: from 0 to the end of "
                "primary school.", age=rule.max_age_years)))
    flags += condition_flags(profile, POINT)
    if below := from_flags(profile, POINT, flags):
        return below
    if rule and (rule.until_end_of_primary or (
            rule.max_age_years is not None and rule.max_age_years >= last_primary_age())):
        return met(profile, POINT, rule, "Children up to the end of primary school.")
    return unknown(POINT)


compare = compare_with(POINT, _compare)


def judge(ctx, n: int, child: Child) -> Criterion:
    """Child n's age against B4 and the gemeente's own age rule."""
    profile = ctx.profile
    lo, hi = child.age_months_on(ctx.on)
    if child.school == School.secondary:
        return Criterion(POINT, POINT, "not_met", reason(
            "Child {n} goes to secondary school. SMI is for children up to the end of primary "
            "school.", n=n), NEEDS)
    if child.school != School.primary and lo >= end_of_primary_months():
        return Criterion(POINT, POINT, "not_met", reason(
            "Child {n} is past primary-school age. SMI is for children up to the end of "
            "primary school.", n=n), NEEDS)
    rule = profile.rules.age
    if rule is None or rule.until_end_of_primary or profile.is_basislijn:
        return Criterion(POINT, POINT, "met", reason(
            "Child {n} is of an age that can get SMI (0 to the end of primary school).", n=n),
            NEEDS)
    if rule.below_age_months is not None:
        limit = rule.below_age_months
        if lo >= limit:
            why = reason("In {gemeente}, SMI is only for children younger than {years} years. "
                         "Child {n} is older. The basislijn says: up to the end of primary "
                         "school (B4). You can ask the gemeente about this.",
                         gemeente=profile.name, years=years(limit), n=n)
            # Redirect (e.g. to peuteropvang) only where that route fits the child's age.
            peuter_to = params("B3").peuter_to_months or 0
            fits = rule.redirect != "peuteropvang_ve" or lo <= peuter_to
            refs = (rule.redirect,) if rule.redirect and fits else ()
            return Criterion(rule.id, POINT, "not_met", why, NEEDS, refs, redirect=bool(refs))
        if hi >= limit:
            return Criterion(rule.id, POINT, "unknown", reason(
                "In {gemeente}, SMI is only for children younger than {years} years. Give "
                "child {n}'s date of birth so that we can check this.",
                gemeente=profile.name, years=years(limit), n=n), NEEDS)
    if rule.max_age_years is not None and lo >= (rule.max_age_years + 1) * 12:
        return Criterion(rule.id, POINT, "not_met", reason(
            "In {gemeente}, SMI is for children up to {age} years. Child {n} is older. The "
            "basislijn says: up to the end of primary school (B4). You can ask the gemeente "
            "about this.", gemeente=profile.name, age=rule.max_age_years, n=n), NEEDS)
    return Criterion(rule.id, POINT, "met", reason(
        "Child {n} is of an age that can get SMI in {gemeente}.", n=n, gemeente=profile.name),
        NEEDS)
