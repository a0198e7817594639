"""B6: a basic offer of at least 2 days a week (or the same hours) for 6 months. The two
thresholds live in content/basislijn.toml [points.B6]; every caller asks this module."""

from __future__ import annotations

from decimal import Decimal

from wizard.amounts import show_number
from wizard.i18n import both
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

POINT = "B6"


def min_days() -> Decimal:
    return Decimal(params(POINT).min_days_per_week or 0)


def min_months() -> int:
    return params(POINT).min_months or 0


def meets_days(days_per_week: Decimal | None) -> bool | None:
    """True/False against the B6 minimum; None when the number of days is not known."""
    return None if days_per_week is None else days_per_week >= min_days()


def meets_months(months: int | None) -> bool | None:
    return None if months is None else months >= min_months()


def _compare(profile: Profile) -> Comparison:
    r, flags = profile.rules, []
    if r.days and meets_days(r.days.days_per_week) is False:
        flags.append(Flag(rule=r.days.id, basislijn=POINT, texts=both(
            "At most {days} days a week. The basislijn says: at least {minimum} days a week.",
            days={lg: show_number(r.days.days_per_week, lg) for lg in ("nl", "en")},
            minimum=min_days())))
    if r.months and meets_months(r.months.months) is False:
        flags.append(Flag(rule=r.months.id, basislijn=POINT, texts=both(
            "At most {months} months. The basislijn says: at least {minimum} months.",
            months=r.months.months, minimum=min_months())))
    flags += condition_flags(profile, POINT)
    if below := from_flags(profile, POINT, flags):
        return below
    if r.days and r.months and meets_days(r.days.days_per_week) and meets_months(
            r.months.months):
        return met(profile, POINT, r.months, "{days} days a week for {months} months.",
                   days={lg: show_number(r.days.days_per_week, lg) for lg in ("nl", "en")},
                   months=r.months.months)
    return unknown(POINT)


compare = compare_with(POINT, _compare)


def judge(ctx, from_basislijn: list[str]) -> list[Criterion]:
    """What the offer means for the family: the basislijn minimum, the gemeente's own days and
    months, and a note where the gemeente's sources say nothing."""
    profile = ctx.profile
    out = [Criterion(POINT, POINT, "info", reason(
        "The basislijn offer is at least {days} days a week (or the same hours) for {months} "
        "months. Less is fine if you need less.", days=min_days(), months=min_months()))]
    if profile.is_basislijn:
        return out
    r = profile.rules
    if r.days:
        out.append(Criterion(r.days.id, POINT, "info", both(
            "{gemeente}: {days}", gemeente=profile.name, days=r.days.text.model_dump())))
    if r.months:
        out.append(Criterion(r.months.id, POINT, "info", reason(
            "{gemeente} grants SMI for at most {months} months.", gemeente=profile.name,
            months=r.months.months)))
    if from_basislijn:
        out.append(Criterion(POINT, POINT, "info", reason(
            "Not every part of the offer is known for {gemeente}. Where it is not known, we "
            "show the basislijn minimum.", gemeente=profile.name)))
    return out
