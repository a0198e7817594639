"""B13: the application asks only for strictly necessary data. For a family: a professional
who knows the situation confirms it, and the gemeente needs only their contact details, never a
medical file. For a gemeente: extra demands marked below B13 in its profile (e.g. a copy of a
bank card)."""

from __future__ import annotations

from wizard.points._base import (
    Criterion,
    compare_with,
    reason,
)

POINT = "B13"


compare = compare_with(POINT)


def judge(ctx) -> Criterion:
    """Someone who knows the situation confirms it; the gemeente needs only their contact."""
    needs = ("situation.professional_can_confirm",)
    if not ctx.answers.situation.professional_can_confirm:
        return Criterion("B3", "B3", "unknown", reason(
            "Nobody who knows your situation can confirm it yet. The gemeente usually asks a "
            "professional, such as the wijkteam, your GP (huisarts) or a practice nurse "
            "(POH/PMM). Talk to one of them first."), needs, ("confirm",))
    return Criterion(POINT, POINT, "met", reason(
        "A professional can confirm your situation. The gemeente only needs their contact "
        "details, not your medical file."), needs)
