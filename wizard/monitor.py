"""The basislijn monitor: for every gemeente profile, each point B1..B15 as met, below or
unknown, with the rule and source behind the judgement, plus the spread across gemeenten.
Unknown stays unknown: a point is only 'met' or 'below' where a shipped rule says so."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from wizard.i18n import N_, both
from wizard.profiles import BASISLIJN_IDS, Profile, Rule, all_profiles, below_basislijn

Status = Literal["met", "below", "unknown"]
_TABLES = {"kot": N_("the KOT table"), "vng": N_("the VNG table"),
           "none": N_("no table: the gemeente pays it all")}


@dataclass(frozen=True)
class Judgement:
    point: str
    status: Status
    rule: str | None  # the gemeente rule the judgement rests on
    source: str | None  # title and reference of that rule's source
    texts: dict[str, str]


def _src(profile: Profile, rule: Rule) -> str:
    s = profile.source_of(rule)
    return f"{s.title} ({s.ref})"


def _met(profile: Profile, point: str, rule: Rule, msgid: str, **f) -> Judgement:
    return Judgement(point, "met", rule.id, _src(profile, rule), both(msgid, **f))


def judge(profile: Profile) -> list[Judgement]:
    """One judgement per basislijn point for one profile."""
    if profile.is_basislijn:
        return [Judgement(b, "met", b, None, both("The basislijn itself.")) for b in BASISLIJN_IDS]
    found: dict[str, Judgement] = {}
    for flag in below_basislijn(profile):
        if flag.basislijn not in found:
            rule = next(r for r in profile.all_rules() if r.id == flag.rule)
            found[flag.basislijn] = Judgement(flag.basislijn, "below", flag.rule,
                                              _src(profile, rule), flag.texts)
    r = profile.rules
    if r.legal_form and "B1" not in found:
        if r.legal_form.form == "verordening":
            found["B1"] = _met(profile, "B1", r.legal_form, "SMI is laid down in a verordening.")
        else:
            found["B1"] = Judgement("B1", "below", r.legal_form.id, _src(profile, r.legal_form),
                                    both("SMI is not laid down in a verordening but in {form}.",
                                         form=r.legal_form.form.replace("_", " ")))
    if r.age and "B4" not in found and (r.age.until_end_of_primary or (
            r.age.max_age_years is not None and r.age.max_age_years >= 12)):
        found["B4"] = _met(profile, "B4", r.age, "Children up to the end of primary school.")
    if "B6" not in found and r.days and r.months and r.days.days_per_week is not None \
            and r.days.days_per_week >= 2 and r.months.months >= 6:
        found["B6"] = _met(profile, "B6", r.months, "{days} days a week for {months} months.",
                           days=r.days.days_per_week, months=r.months.months)
    if r.extension and "B7" not in found and r.extension.extension in (
            "possible", "yearly_reassessment"):
        found["B7"] = _met(profile, "B7", r.extension, "An extension is possible.")
    if r.fee and "B11" not in found and r.fee.method in ("kot", "vng", "none"):
        found["B11"] = _met(profile, "B11", r.fee, "The contribution follows {table}.",
                            table=both(_TABLES[r.fee.method]))
    unknown = both("Not known: our sources for this gemeente do not say.")
    return [found.get(b) or Judgement(b, "unknown", None, None, unknown) for b in BASISLIJN_IDS]


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
