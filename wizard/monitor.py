"""The basislijn monitor: for every gemeente profile, each point B1..B15 as met, below or
unknown, with the rule and source behind the judgement, plus the spread across gemeenten.
Unknown stays unknown: a point is only 'met' or 'below' where a shipped rule says so."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Literal

from wizard import dated
from wizard.points import compare_all
from wizard.profiles import Profile, all_profiles

Status = Literal["met", "below", "unknown"]


@dataclass(frozen=True)
class Judgement:
    point: str
    status: Status
    rule: str | None  # the gemeente rule the judgement rests on
    source: str | None  # title and reference of that rule's source
    texts: dict[str, str]


def judge(profile: Profile, on: date | None = None) -> list[Judgement]:
    """One judgement per basislijn point for one profile: the point modules' own comparison
    (wizard/points/), so the monitor says what the verdict's flags say. Without a date: as of
    today, so an ended rule (Rotterdam's former tax-debt condition) is not judged."""
    return [Judgement(c.point, c.status, c.rule, c.source, c.texts)
            for c in compare_all(profile, on or dated.today())]


def spread(profiles: list[Profile] | None = None) -> dict[str, dict[str, int]]:
    """How the gemeenten differ: counts per value of days, months, age limit, fee method and
    income test ('unknown' where the profile has no rule)."""
    profiles = [p for p in (profiles or all_profiles().values()) if not p.is_basislijn]
    out: dict[str, Counter] = {k: Counter() for k in
                               ("days_per_week", "months", "age_limit", "fee_method",
                                "income_or_asset_test")}
    for p in profiles:
        r = p.rules
        days = r.days.days_per_week if r.days else None
        out["days_per_week"][str(days) if isinstance(days, Decimal) else "unknown"] += 1
        out["months"][str(r.months.months) if r.months else "unknown"] += 1
        if not r.age:
            age = "unknown"
        elif r.age.until_end_of_primary:
            age = "end of primary school"
        elif r.age.below_age_months:
            age = f"< {Decimal(r.age.below_age_months) / 12:.1f} years"
        else:
            age = f"<= {r.age.max_age_years} years"
        out["age_limit"][age] += 1
        out["fee_method"][r.fee.method if r.fee else "unknown"] += 1
        test = "yes" if r.fee and (r.fee.income_test_for_access or r.fee.asset_test) else (
            "unknown")
        out["income_or_asset_test"][test] += 1
    return {k: dict(sorted(v.items())) for k, v in out.items()}


def monitor_rows(lang: str = "nl") -> list[dict[str, str]]:
    rows = []
    for p in all_profiles().values():
        for j in judge(p):
            rows.append({"gemeente": p.id, "name": p.name, "point": j.point, "status": j.status,
                         "rule": j.rule or "", "source": j.source or "", "text": j.texts[lang]})
    return rows
