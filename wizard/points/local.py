"""Gemeente rules that belong to no basislijn point but matter for one child: the types of
childcare the gemeente pays for (`rules.care`)."""

from __future__ import annotations

from wizard.models import Child
from wizard.points._base import Criterion, reason


def care_type(ctx, n: int, child: Child) -> Criterion | None:
    rule = ctx.profile.rules.care
    if not rule or not child.care:
        return None
    if child.care.type in rule.care_types:
        return Criterion(rule.id, "B3", "met", None, ("children.care",))
    return Criterion(rule.id, "B3", "unknown", reason(
        "{gemeente} pays SMI only for: {types}. Child {n}'s type of childcare is not on that "
        "list.", gemeente=ctx.profile.name, types=", ".join(t.value for t in rule.care_types),
        n=n), ("children.care",))
