"""B8: a hardheidsclausule lets the gemeente depart from its own policy, e.g. when SMI is
clearly needed for long from the start. No profile records it yet, so the comparison is
'unknown' unless a condition says otherwise."""

from __future__ import annotations

from wizard.points._base import (
    Criterion,
    compare_with,
    reason,
)

POINT = "B8"


compare = compare_with(POINT)


def judge(ctx) -> list[Criterion]:
    if not ctx.answers.situation.long_term:
        return []
    return [Criterion(POINT, POINT, "info", reason(
        "If it is clear from the start that you need SMI for a long time, the gemeente can "
        "depart from its own rules (hardship clause) and grant a longer period. Ask for this in "
        "your application."), ("situation.long_term",))]
