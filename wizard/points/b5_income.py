"""B5: no income or asset test for access; income only sets the contribution (B11).
Data: `rules.fee.income_test_for_access` / `asset_test` in a profile."""

from __future__ import annotations

from wizard.i18n import both
from wizard.points._base import (
    Comparison,
    Criterion,
    compare_with,
    condition_flags,
    from_flags,
    reason,
    unknown,
)
from wizard.profiles import Flag, Profile

POINT = "B5"


def _compare(profile: Profile) -> Comparison:
    fee, flags = profile.rules.fee, []
    if fee and fee.income_test_for_access:
        flags.append(Flag(rule=fee.id, basislijn=POINT, texts=both(
            "Income decides whether you can get SMI. The basislijn says: no income test.")))
    if fee and fee.asset_test:
        flags.append(Flag(rule=fee.id, basislijn=POINT, texts=both(
            "Your assets (savings, property) count. The basislijn says: no asset test.")))
    flags += condition_flags(profile, POINT)
    return from_flags(profile, POINT, flags) or unknown(POINT)


compare = compare_with(POINT, _compare)


def judge(ctx) -> Criterion:
    """The basislijn promise, unless the gemeente's own rule contradicts it: then that rule,
    and what the basislijn says, side by side (never a promise the gemeente does not keep)."""
    c = compare(ctx.profile)
    if c.status == "below":
        return Criterion(c.rule or POINT, POINT, "info", reason(
            "In {gemeente}, your income or assets can decide whether you get SMI. The "
            "basislijn says: income may only set the size of your own contribution (B5). You "
            "can ask the gemeente about this.", gemeente=ctx.profile.name))
    return Criterion(POINT, POINT, "info", reason(
        "Your income does not decide whether you can get SMI. Income only sets the size of "
        "your own contribution."))
