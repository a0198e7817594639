"""B11: the eigen bijdrage follows the KOT table or the VNG adviestabel; the gemeente may pay
more. Data: `rules.fee.method` in a profile; the tables in content/tables/."""

from __future__ import annotations

from wizard.dated import fee_published
from wizard.i18n import N_, both
from wizard.points._base import (
    Comparison,
    Criterion,
    compare_with,
    condition_flags,
    from_flags,
    met,
    unknown,
)
from wizard.profiles import Profile, rule_or_basislijn

POINT = "B11"
_TABLES = {"kot": N_("the KOT table"), "vng": N_("the VNG table"),
           "none": N_("no table: the gemeente pays it all")}


def _compare(profile: Profile) -> Comparison:
    if below := from_flags(profile, POINT, condition_flags(profile, POINT)):
        return below
    fee = profile.rules.fee
    if fee and fee.method in _TABLES:
        return met(profile, POINT, fee, "The contribution follows {table}.",
                   table=both(_TABLES[fee.method]))
    return unknown(POINT)


compare = compare_with(POINT, _compare)


def method(profile: Profile) -> str:
    return rule_or_basislijn(profile, "fee").method


def income_counts(profile: Profile) -> bool:
    """Income can change the contribution only where a table is used (B5, B12)."""
    return method(profile) not in ("own", "none")


def judge(ctx, smi_children_with_care: list[int]) -> Criterion:
    """The contribution estimate: it needs the income only when it can be made at all."""
    # A year whose tables are not published yet gets no estimate, so no income is asked.
    table = method(ctx.profile)
    published = fee_published("kot" if table == "unknown" else table, ctx.on) if (
        table != "own") else False
    needs = ("children.care", "income.toetsingsinkomen") if (
        income_counts(ctx.profile) and smi_children_with_care and published) else (
        "children.care",)
    return Criterion(rule_or_basislijn(ctx.profile, "fee").id, POINT, "info", None, needs)
