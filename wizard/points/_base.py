"""What every basislijn point module offers: a Comparison of a gemeente profile with the point
(met / below / unknown, with the rule and source) and a Criterion for one family or child (the
result, a plain reason in every language, the answers it needs, the referrals it makes)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

from wizard.basislijn import Point, point
from wizard.i18n import both
from wizard.models import Answers
from wizard.profiles import Flag, Profile, Rule

Status = Literal["met", "below", "unknown"]
# met: the criterion holds; not_met: it stops SMI for this child; refer: a voorliggende
# voorziening comes first; unknown: the gemeente must assess it; info: only explains.
Result = Literal["met", "not_met", "refer", "unknown", "info"]


@dataclass(frozen=True)
class Comparison:
    point: str  # B1..B15
    status: Status
    rule: str | None  # the gemeente rule the judgement rests on
    source: str | None  # title and reference of that rule's source
    texts: dict[str, str]
    flags: tuple[Flag, ...] = ()  # every rule that is below this point (verdict flags)


class Criterion(BaseModel):
    """One condition judged for one family or child (MyFriendBen: every condition recorded)."""

    model_config = ConfigDict(frozen=True)
    id: str  # the rule cited: B1..B15 or a gemeente rule id in content/
    point: str  # the basislijn point the criterion belongs to
    result: Result
    texts: dict[str, str] | None  # the reason for the family; None = a silent pass
    needs: tuple[str, ...] = ()  # answer fields it reads, e.g. "children.wlz_indication"
    referrals: tuple[str, ...] = ()  # routes in content/routes.toml
    redirect: bool = False  # not_met, but with a route elsewhere (e.g. peuteropvang)

    def __init__(self, id: str, point: str, result: Result, texts: dict[str, str] | None,
                 needs: tuple[str, ...] = (), referrals: tuple[str, ...] = (), *,
                 redirect: bool = False, **kw) -> None:
        super().__init__(id=id, point=point, result=result, texts=texts, needs=needs,
                         referrals=referrals, redirect=redirect, **kw)


@dataclass(frozen=True)
class Context:
    """What a point module may read: the answers, the profile as of the reference date."""

    answers: Answers
    profile: Profile
    on: date


def params(point_id: str) -> Point:
    """The point's thresholds and texts from content/basislijn.toml."""
    return point(point_id)


def source_of(profile: Profile, rule: Rule) -> str:
    s = profile.source_of(rule)
    return f"{s.title} ({s.ref})"


def condition_flags(profile: Profile, point_id: str) -> list[Flag]:
    """The gemeente's extra conditions that its data marks as below this point."""
    return [Flag(rule=c.id, basislijn=point_id, texts=both(
        "Extra condition that is not in the basislijn: {condition}",
        condition=c.text.model_dump()))
        for c in profile.conditions if point_id in c.below_basislijn]


def from_flags(profile: Profile, point_id: str, flags: list[Flag]) -> Comparison | None:
    """A 'below' comparison resting on the first flag, carrying all of them."""
    if not flags:
        return None
    first = flags[0]
    rule = next(r for r in profile.all_rules() if r.id == first.rule)
    return Comparison(point_id, "below", first.rule, source_of(profile, rule), first.texts,
                      tuple(flags))


def met(profile: Profile, point_id: str, rule: Rule, msgid: str, **fields) -> Comparison:
    return Comparison(point_id, "met", rule.id, source_of(profile, rule), both(msgid, **fields))


def unknown(point_id: str) -> Comparison:
    return Comparison(point_id, "unknown", None, None,
                      both("Not known: our sources for this gemeente do not say."))


def basislijn_itself(point_id: str) -> Comparison:
    return Comparison(point_id, "met", point_id, None, both("The basislijn itself."))


def reason(msgid: str, **fields) -> dict[str, str]:
    return both(msgid, **fields)


def compare_with(point_id: str, judge_profile: Callable[[Profile], Comparison] | None = None
                 ) -> Callable[..., Comparison]:
    """A point's `compare(profile, on)`: the profile as of `on`; the basislijn meets itself;
    otherwise `judge_profile` decides, or, without one, the gemeente's extra conditions do."""
    def compare(profile: Profile, on: date | None = None) -> Comparison:
        profile = profile.as_of(on) if on else profile
        if profile.is_basislijn:
            return basislijn_itself(point_id)
        if judge_profile is not None:
            return judge_profile(profile)
        return (from_flags(profile, point_id, condition_flags(profile, point_id))
                or unknown(point_id))
    return compare
