"""B8: a hardheidsclausule lets the gemeente depart from its own policy, e.g. when SMI is
clearly needed for long from the start. No profile records it yet, so the comparison is
'unknown' unless a condition says otherwise."""

from __future__ import annotations

from datetime import date

from wizard.points._base import (
    Comparison,
    Criterion,
    basislijn_itself,
    condition_flags,
    from_flags,
    reason,
    unknown,
)
from wizard.profiles import Profile

POINT = "B8"


def compare(profile: Profile, on: date | None = None) -> Comparison:
    profile = profile.as_of(on) if on else profile
    if profile.is_basislijn:
        return basislijn_itself(POINT)
    return from_flags(profile, POINT, condition_flags(profile, POINT)) or unknown(POINT)


def judge(ctx) -> list[Criterion]:
    if not ctx.answers.situation.long_term:
        return []
    return [Criterion(POINT, POINT, "info", reason(
        "If it is clear from the start that you need SMI for a long time, the gemeente can "
        "depart from its own rules (hardship clause) and grant a longer period. Ask for this in "
        "your application."), ("situation.long_term",))]
