"""The wizard's flow without Streamlit: which step comes next given the answers so far, how
many questions a path asks, and what a family must prepare. The UI, the extension flow and
the benchmarks all read this module; it holds no texts, only stable codes.

The draft is the typed `wizard.draft.Draft` (the Answers shape with every question optional),
filled in step by step; `Draft.complete()` turns it into the one `Answers` model.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from wizard.care_hours import month_hours, week_hours
from wizard.draft import (  # noqa: F401 (re-exported: the screens read limits here)
    MAX_AGE,
    MAX_CHILDREN,
    ChildDraft,
    Draft,
    HouseholdDraft,
    SituationDraft,
    field_max_length,
)
from wizard.models import Activity, Answers
from wizard.points import b11_fee
from wizard.profiles import Profile, get_profile
from wizard.rules import WHO_GETS_SMI, assess
from wizard.verdict import Verdict

# Every screen of the wizard, in order. QUESTION_STEPS are the ones that ask something.
# "Who knows about it" is asked on the situation step: a verdict in at most 6 questions for a
# typical family (issue 13).
STEPS: tuple[str, ...] = ("start", "gemeente", "household", "situation", "children", "opvang",
                          "income", "review", "result")
QUESTION_STEPS: tuple[str, ...] = ("gemeente", "household", "situation", "children", "opvang",
                                   "income")





def new_draft(today: date | None = None) -> Draft:
    return Draft.new(today)


def draft_from_answers(answers: Answers) -> Draft:
    return Draft.from_answers(answers)


def build_answers(draft: Draft) -> Answers:
    """The Answers model of a draft (raises pydantic.ValidationError on bad data)."""
    return draft.complete()


# --- skip logic -----------------------------------------------------------------------------

def settles_kot(answers: Answers) -> bool:
    """Every parent works (or may not block KOT): kinderopvangtoeslag, not SMI (domain.md)."""
    parents = answers.household.parents
    return any(p.counts_for_kot for p in parents) and all(p.does_not_block_kot for p in parents)


def needs_special_question(activities: list[Activity | str | None]) -> list[int]:
    """Indexes of parents to ask about a Wlz indication or detention: only a non-working
    parent next to a working one, because only then can it turn the outcome into KOT."""
    working = [(a or Activity.none) != Activity.none for a in activities]
    if len(activities) < 2 or not any(working):
        return []
    return [i for i, w in enumerate(working) if not w]


def children_who_may_get_smi(verdict: Verdict) -> list[int]:
    """1-based numbers of the children whose outcome is eligible or assessment needed."""
    return [c.child for c in verdict.children if c.outcome in WHO_GETS_SMI]


def fee_method(profile: Profile) -> str:
    return b11_fee.method(profile)


def needs_income(answers: Answers, verdict: Verdict, profile: Profile) -> bool:
    """Income only sets the contribution (B5): ask it only when a criterion needs it (the B11
    fee criterion does, when an estimate can be made; wizard/points/b11_fee.py)."""
    return "income.toetsingsinkomen" in verdict.needs()


def path(draft: Draft, done: Iterable[str]) -> list[str]:
    """The screens this family goes through, given what is answered so far. Steps not yet
    answered are assumed to be asked, so the list is the longest path still possible."""
    done = set(done)
    steps = ["start", "gemeente", "household"]
    # A settled outcome goes to the result at once (no review of a two-question path).
    if "household" in done and settles_kot(build_answers(draft)):
        return steps + ["result"]
    steps.append("situation")
    if "situation" in done and not draft.situation.reasons:
        return steps + ["result"]
    steps.append("children")
    if "children" in done:
        answers = build_answers(draft)
        verdict = assess(answers, get_profile(answers.gemeente))
        if not children_who_may_get_smi(verdict):
            return steps + ["result"]
        steps.append("opvang")
        if "opvang" in done and not needs_income(answers, verdict,
                                                 get_profile(answers.gemeente)):
            return steps + ["review", "result"]
    else:
        steps.append("opvang")
    return steps + ["income", "review", "result"]


def step_after(steps: list[str], current: str, off_path: str) -> str:
    """The step after `current` in `steps`: the result at the end, `off_path` when `current`
    is not on the path (any more). Shared by the first application and the extension."""
    if current not in steps:
        return off_path
    i = steps.index(current)
    return steps[i + 1] if i + 1 < len(steps) else "result"


def next_step(draft: Draft, done: Iterable[str], current: str) -> str:
    """The step after `current` on this family's path (the result when the path ends)."""
    return step_after(path(draft, done), current, "review")


def progress(draft: Draft, done: Iterable[str], current: str) -> tuple[int, int]:
    """(k, n) for "step k of n": the question steps plus the review, start and result excluded."""
    steps = [s for s in path(draft, done) if s not in ("start", "result")]
    k = steps.index(current) + 1 if current in steps else len(steps)
    return k, len(steps)


def question_count(draft: Draft, done: Iterable[str]) -> int:
    """How many question steps this family answered to reach its verdict."""
    return sum(1 for s in path(draft, done) if s in QUESTION_STEPS)


def done_for_answers(answers: Answers) -> list[str]:
    """The answered steps of a complete answers file (for resume): its whole path."""
    draft = draft_from_answers(answers)
    return [s for s in path(draft, QUESTION_STEPS) if s in QUESTION_STEPS]


# --- checklist (B13: only what is needed) ------------------------------------------------------

def checklist(answers: Answers, verdict: Verdict, profile: Profile) -> list[str]:
    """Codes of what to prepare for the application; only what this gemeente needs to decide
    and pay (B13). The UI turns the codes into text."""
    if verdict.outcome not in WHO_GETS_SMI:
        return []
    items = ["contact", "children"]
    kids = [answers.children[i - 1] for i in children_who_may_get_smi(verdict)]
    if any(c.care is None or not c.care.is_complete for c in kids):
        items.append("opvang_choose")
    items.append("opvang_details")
    items.append("reason_words")
    if answers.situation.professional_can_confirm:
        items.append("professional_contact")
    else:
        items.append("professional_find")
    if answers.situation.long_term:
        items.append("period_long")
    else:
        items.append("period")
    if b11_fee.income_counts(profile):
        items.append("income_estimate" if answers.income.toetsingsinkomen is not None
                     else "income_or_highest")
    return items


# --- how much care: days a week or hours a month ----------------------------------------------

def hours_per_month(days_per_week: Decimal, hours_per_day: Decimal) -> Decimal:
    """Hours a month of `days_per_week` days of `hours_per_day` hours, in whole hours (half-up),
    as a childcare contract states them."""
    return month_hours(days_per_week * hours_per_day)


def max_days_per_week(profile: Profile) -> tuple[Decimal, str] | None:
    """(days, rule id) of the gemeente's own maximum number of days a week, or None. The
    basislijn's 2 days (B6) is a minimum, never a maximum."""
    rule = None if profile.is_basislijn else profile.rules.days
    if rule is None or rule.days_per_week is None:
        return None
    return Decimal(rule.days_per_week), rule.id


def care_limit_note(profile: Profile, *, days_per_week: Decimal | None = None,
                    hours_month: Decimal | None = None) -> dict[str, Any] | None:
    """A note when the care asked for may be more than the gemeente gives: code "days_over"
    (days a week above its maximum) or "hours_check" (hours a month given, while the gemeente
    counts in days: we cannot know how long a day is there, so the parent checks)."""
    limit = max_days_per_week(profile)
    if limit is None:
        return None
    most, rule = limit
    if days_per_week is not None:
        if days_per_week > most:
            return {"code": "days_over", "rule": rule, "max": most, "asked": days_per_week}
        return None
    if hours_month:
        per_week = week_hours(hours_month)
        return {"code": "hours_check", "rule": rule, "max": most, "hours": hours_month,
                "per_week": per_week}
    return None


# --- facts from the chat ----------------------------------------------------------------------

def apply_prefill(draft: Draft, fill: dict[str, Any]) -> list[str]:
    """Write the facts the chat understood (`wizard.chat.handoff.read_prefill`) into a new
    draft; returns the question steps that now show a filled-in answer. Every step is still
    asked: the family checks each answer and goes on with Next. A child without an age is
    left out (a draft child needs one to count), and with it its care type."""
    steps = []
    parents = (fill.get("household") or {}).get("parents")
    if parents:
        draft.household = HouseholdDraft.model_validate({"parents": parents})
        steps.append("household")
    reasons = (fill.get("situation") or {}).get("reasons")
    if reasons:
        draft.situation = SituationDraft(reasons=reasons)
        steps.append("situation")
    kids = [c for c in fill.get("children") or [] if c.get("age") is not None]
    if kids:
        draft.children = [ChildDraft.model_validate(c) for c in kids[:MAX_CHILDREN]]
        steps.append("children")
        if any(c.care for c in draft.children):
            steps.append("opvang")
    return steps
