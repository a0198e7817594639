"""B3: SMI is the safety net for families without KOT, with a social or medical reason; the
voorliggende voorzieningen come first: KOT, Wlz, Jeugdwet (e.g. a medisch kinderdagverblijf),
and peuteropvang / VE for toddlers. Age band of peuteropvang in content/basislijn.toml [B3]."""

from __future__ import annotations

from wizard.models import Child, Reason
from wizard.points._base import (
    Criterion,
    compare_with,
    params,
    reason,
)

POINT = "B3"
PARENTS = ("household.parents",)


compare = compare_with(POINT)


def has_kot(answers) -> bool:
    """Every parent works, studies or follows a route to work, or may not block KOT."""
    parents = answers.household.parents
    return any(p.counts_for_kot for p in parents) and all(p.does_not_block_kot for p in parents)


def kot(ctx) -> Criterion:
    """KOT comes first: a household with a right to KOT goes there, not to SMI."""
    answers = ctx.answers
    if not has_kot(answers):
        return Criterion(POINT, POINT, "met", None, PARENTS)
    special = [p for p in answers.household.parents if not p.counts_for_kot]
    if special and special[0].wlz_indication:
        why = reason("One parent works, studies or follows a route to work, and your partner "
                     "has a Wlz indication. A partner with a Wlz indication does not stop "
                     "kinderopvangtoeslag (KOT). KOT comes before SMI.")
    elif special:
        why = reason("One parent works, studies or follows a route to work, and your partner is "
                     "in detention. A partner in detention does not stop kinderopvangtoeslag "
                     "(KOT). KOT comes before SMI.")
    else:
        why = reason("Every parent in your household works, studies or follows a route to "
                     "work. Then you probably have a right to kinderopvangtoeslag (KOT). KOT "
                     "comes before SMI.")
    return Criterion(POINT, POINT, "refer", why, PARENTS, ("kot",))


def situation(ctx) -> Criterion:
    """A social or medical reason in the family is what SMI is for."""
    reasons = ctx.answers.situation.reasons
    needs = ("situation.reasons",)
    if not reasons:
        return Criterion(POINT, POINT, "not_met", reason(
            "You did not mention a social or medical problem in your family, or a risk to your "
            "child's development. SMI is only for such situations. If something is going on "
            "that you did not mention, talk to the wijkteam or your GP (huisarts)."), needs,
            ("confirm",))
    if set(reasons) == {Reason.other}:
        return Criterion(POINT, POINT, "unknown", reason(
            "You described another situation. The gemeente decides whether it counts as a "
            "social or medical reason."), needs)
    return Criterion(POINT, POINT, "met", reason(
        "There is a social or medical reason in your family, and not every parent works or "
        "studies. So kinderopvangtoeslag does not apply, and SMI can be the route."), needs)


def wlz(ctx, n: int, child: Child) -> Criterion:
    needs = ("children.wlz_indication",)
    if not child.wlz_indication:
        return Criterion(POINT, POINT, "met", None, needs)
    return Criterion(POINT, POINT, "refer", reason(
        "Child {n} has a Wlz indication. Care then goes through the Wet langdurige zorg (Wlz), "
        "which comes before SMI.", n=n), needs, ("wlz",))


def jeugdwet(ctx, n: int, child: Child) -> Criterion:
    needs = ("children.needs_treatment_daycare",)
    if not child.needs_treatment_daycare:
        return Criterion(POINT, POINT, "met", None, needs)
    return Criterion(POINT, POINT, "refer", reason(
        "Child {n} needs treatment or special day care. The gemeente arranges that through "
        "youth care (Jeugdwet), which comes before SMI.", n=n), needs, ("jeugdwet",))


def is_peuter_age(ctx, child: Child) -> bool:
    p = params(POINT)
    lo, hi = child.age_months_on(ctx.on)
    return lo <= (p.peuter_to_months or -1) and hi >= (p.peuter_from_months or 10**6)


def peuteropvang(ctx, n: int, child: Child) -> Criterion:
    """Toddlers: peuteropvang / VE is worth asking about too; it does not stop SMI."""
    needs = ("children.age", "children.birth_date")
    if not is_peuter_age(ctx, child):
        return Criterion(POINT, POINT, "met", None, needs)
    return Criterion(POINT, POINT, "info", reason(
        "Child {n} is about 2.5 to 4 years old. Also ask about peuteropvang and early education "
        "(VE); many gemeenten combine them with SMI.", n=n), needs, ("peuteropvang_ve",))
