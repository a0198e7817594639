"""The extension (verlenging) flow without Streamlit: which steps a parent who already has SMI
goes through, what they change, and how many questions that takes. Only what may have changed
is asked (B7, B13); everything else comes from the answers file of the first application.

An extension draft is the typed `ExtensionDraft` below (None = not answered yet).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from wizard import dated, flow
from wizard.changes import apply_extension
from wizard.draft import CareDraft, Draft, IncomeDraft
from wizard.models import Answers
from wizard.profiles import get_profile
from wizard.rules import WHO_GETS_SMI, assess
from wizard.verdict import Verdict

# Every screen of the extension, in order; EXTENSION_QUESTION_STEPS ask something.
EXTENSION_STEPS: tuple[str, ...] = ("start", "basics", "situation", "professional", "opvang",
                                    "income", "result")
EXTENSION_QUESTION_STEPS: tuple[str, ...] = ("basics", "situation", "professional", "opvang",
                                             "income")

# How long the situation is expected to last; 'longer' and 'chronic' make B8 relevant.
DURATIONS: tuple[str, ...] = ("under_6_months", "6_to_12_months", "longer", "chronic",
                              "unknown")
LONG_DURATIONS = frozenset({"6_to_12_months", "longer", "chronic"})
HARDHEID_DURATIONS = frozenset({"longer", "chronic"})


class ExtensionDraft(BaseModel):
    """What a parent answers for an extension, on top of the first application's answers."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    first: Answers  # from the saved file, or the short version's gemeente and children
    short: bool = False  # no saved file: the short version was filled in
    still: bool | None = None  # is the situation still there?
    works_now: bool | None = None  # does every parent now work or study? (then KOT)
    duration: Literal[DURATIONS] | None = None  # type: ignore[valid-type]
    professional: bool | None = None  # can the professional confirm it again?
    # child index -> new hours and price; a field not set stays as it was
    care: dict[int, CareDraft] = Field(default_factory=dict)
    income: IncomeDraft | None = None  # None: unchanged; toetsingsinkomen None: skipped


def new_extension(first: Answers, short: bool = False) -> ExtensionDraft:
    return ExtensionDraft(first=first, short=short)


def short_first(gemeente: str, children: list[dict[str, Any]],
                today: date | None = None) -> Answers:
    """The 'first application' of the short version (no saved file): the gemeente and the
    children with their type of care. The household is not asked again: the gemeente checked
    it when it granted SMI, so it is recorded as one parent without work (no KOT)."""
    draft = Draft.model_validate({
        "reference_date": today or dated.today(), "gemeente": gemeente, "children": children,
        "situation": {"reasons": ["other"], "professional_can_confirm": True}})
    return draft.complete()


def first_answers(ext: ExtensionDraft) -> Answers:
    return ext.first


def updates(ext: ExtensionDraft, today: date | None = None) -> dict[str, Any]:
    """The extension answers as dotted paths for wizard.changes.apply_extension. Only what
    was answered is changed; `today` (default: today) becomes the reference date."""
    out: dict[str, Any] = {"reference_date": (today or dated.today()).isoformat()}
    if ext.works_now:
        # Every parent now works or studies: that is kinderopvangtoeslag, not SMI (domain.md).
        for i in range(len(ext.first.household.parents)):
            out[f"household.parents.{i}.activity"] = "work"
    if ext.duration is not None:
        out["situation.long_term"] = ext.duration in LONG_DURATIONS
    if ext.professional is not None:
        out["situation.professional_can_confirm"] = ext.professional
    for i, care in sorted(ext.care.items()):
        for field, value in care.model_dump(mode="json", exclude_unset=True).items():
            if field in ("hours_per_month", "hourly_price"):
                out[f"children.{i}.care.{field}"] = value
    if ext.income is not None:
        inc = ext.income.toetsingsinkomen
        out["income.toetsingsinkomen"] = None if inc is None else str(inc)
    return out


def extended_answers(ext: ExtensionDraft, today: date | None = None) -> Answers:
    """The first application with the extension answers applied (the one Answers model)."""
    return apply_extension(first_answers(ext), updates(ext, today))


def care_children(answers: Answers) -> list[int]:
    """0-based indexes of the children whose hours and price the extension asks: children who
    may get SMI and whose type of care is known from the first application."""
    verdict = assess(answers, get_profile(answers.gemeente))
    return [n - 1 for n in flow.children_who_may_get_smi(verdict)
            if answers.children[n - 1].care is not None]


def path(ext: ExtensionDraft, done: Iterable[str]) -> list[str]:
    """The screens of this extension, given what is answered so far (the longest path still
    possible for steps not yet answered)."""
    done = set(done)
    steps = ["start"] + (["basics"] if ext.short else []) + ["situation"]
    if "situation" in done and (ext.still is False or ext.works_now):
        return steps + ["result"]  # nothing to extend, or kinderopvangtoeslag now
    steps.append("professional")
    first = first_answers(ext)
    if care_children(first):
        steps.append("opvang")
    if "opvang" in done or not care_children(first):
        answers = extended_answers(ext)
        verdict = assess(answers, get_profile(answers.gemeente))
        if not flow.needs_income(answers, verdict, get_profile(answers.gemeente)):
            return steps + ["result"]
    return steps + ["income", "result"]


def next_step(ext: ExtensionDraft, done: Iterable[str], current: str) -> str:
    return flow.step_after(path(ext, done), current, "result")


def previous_step(ext: ExtensionDraft, done: Iterable[str], current: str) -> str:
    steps = path(ext, done)
    i = steps.index(current) if current in steps else len(steps) - 1
    return steps[max(i - 1, 0)]


def progress(ext: ExtensionDraft, done: Iterable[str], current: str) -> tuple[int, int]:
    steps = [s for s in path(ext, done) if s in EXTENSION_QUESTION_STEPS]
    k = steps.index(current) + 1 if current in steps else len(steps)
    return k, len(steps)


def question_count(ext: ExtensionDraft, done: Iterable[str]) -> int:
    """How many question steps this extension asks."""
    return sum(1 for s in path(ext, done) if s in EXTENSION_QUESTION_STEPS)


def first_application_count(first: Answers) -> int:
    """How many question steps the first application of the same family asked."""
    return flow.question_count(flow.draft_from_answers(first), flow.done_for_answers(first))


def is_needed(ext: ExtensionDraft) -> bool:
    """False when the parent says the situation is over: no extension is needed."""
    return ext.still is not False


def hardheidsclausule_applies(duration: str | None) -> bool:
    """B8: with a situation that lasts long or does not go away, ask for a longer grant."""
    return duration in HARDHEID_DURATIONS


def verdict(ext: ExtensionDraft, today: date | None = None) -> Verdict:
    answers = extended_answers(ext, today)
    return assess(answers, get_profile(answers.gemeente))


def may_extend(v: Verdict) -> bool:
    return v.outcome in WHO_GETS_SMI
