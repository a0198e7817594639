"""B7: with long-term problems the gemeente can extend SMI, one or more times.
Data: `rules.extension` in a profile (possible | exceptional | yearly_reassessment |
not_possible)."""

from __future__ import annotations

from wizard.i18n import both
from wizard.points._base import (
    Comparison,
    Criterion,
    compare_with,
    condition_flags,
    from_flags,
    met,
    reason,
    unknown,
)
from wizard.profiles import Flag, Profile

POINT = "B7"
_LOCAL = {
    "exceptional": "In {gemeente}, an extension is only possible in exceptional cases.",
    "yearly_reassessment": "In {gemeente}, the gemeente looks at your situation again every "
                           "year.",
    "not_possible": "In {gemeente}, SMI is given only once.",
}


def _compare(profile: Profile) -> Comparison:
    ext, flags = profile.rules.extension, []
    if ext and ext.extension == "not_possible":
        flags.append(Flag(rule=ext.id, basislijn=POINT, texts=both(
            "No extension. The basislijn says: with long-term problems the gemeente can "
            "extend.")))
    if ext and ext.extension == "exceptional":
        flags.append(Flag(rule=ext.id, basislijn=POINT, texts=both(
            "Extension only in exceptional cases. The basislijn says: with long-term problems "
            "the gemeente can extend, one or more times.")))
    flags += condition_flags(profile, POINT)
    if below := from_flags(profile, POINT, flags):
        return below
    if ext and ext.extension in ("possible", "yearly_reassessment"):
        return met(profile, POINT, ext, "An extension is possible.")
    return unknown(POINT)


compare = compare_with(POINT, _compare)


def extension_possible(profile: Profile) -> bool:
    ext = profile.rules.extension
    return ext is None or ext.extension != "not_possible"


def judge(ctx) -> list[Criterion]:
    """Only for a long-term situation: whether and how SMI can be extended here. Where the
    gemeente gives SMI only once, we do not tell the family to ask for an extension in time."""
    if not ctx.answers.situation.long_term:
        return []
    profile, ext = ctx.profile, ctx.profile.rules.extension
    local = None
    if ext and not profile.is_basislijn and ext.extension != "possible":
        local = Criterion(ext.id, POINT, "info", both(_LOCAL[ext.extension],
                                                      gemeente=profile.name))
    if not extension_possible(profile):
        return [c for c in (local, Criterion(POINT, POINT, "info", reason(
            "The basislijn says: with long-term problems the gemeente can extend SMI (B7). Ask "
            "{gemeente} whether it can make an exception for you (hardship clause, B8).",
            gemeente=profile.name))) if c]
    out = [Criterion(POINT, POINT, "info", reason(
        "Your situation will probably last long. The gemeente can extend SMI, one or more "
        "times. Ask for an extension in time."))]
    return out + ([local] if local else [])
