"""The extension (verlenging) flow without Streamlit: which steps a parent who already has SMI
goes through, what they change, and how many questions that takes. Only what may have changed
is asked (B7, B13); everything else comes from the answers file of the first application.

An extension draft is a plain dict (it lives in the session and in tests):
  first      the Answers JSON of the first application (from the saved file or the short version)
  short      True when there was no saved file and the short version was filled in
  still      is the situation still there? (True/False/None = not answered)
  works_now  does every parent now work, study or follow a route to work? (True = KOT now)
  duration   how long it is expected to last: one of DURATIONS
  professional  can the professional still confirm it? (True/False/None)
  care       {child index (str): {"hours_per_month": str|None, "hourly_price": str|None}}
  income     {"toetsingsinkomen": str|None} or None when the step was not answered
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from wizard import flow
from wizard.changes import apply_extension
from wizard.models import Answers
from wizard.profiles import get_profile
from wizard.rules import WHO_GETS_SMI, assess
from wizard.verdict import Verdict

ExtensionDraft = dict[str, Any]

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


def new_extension(first: Answers, short: bool = False) -> ExtensionDraft:
    return {"first": first.model_dump(mode="json", exclude_none=True), "short": short,
            "still": None, "works_now": None, "duration": None, "professional": None,
            "care": {}, "income": None}


def short_first(gemeente: str, children: list[dict[str, Any]],
                today: date | None = None) -> Answers:
    """The 'first application' of the short version (no saved file): the gemeente and the
    children with their type of care. The household is not asked again: the gemeente checked
    it when it granted SMI, so it is recorded as one parent without work (no KOT)."""
    draft = flow.new_draft(today)
    draft["gemeente"] = gemeente
    draft["children"] = children
    draft["situation"] = {"reasons": ["other"], "professional_can_confirm": True}
    return flow.build_answers(draft)


def first_answers(ext: ExtensionDraft) -> Answers:
    return Answers.from_data(ext["first"])


def updates(ext: ExtensionDraft, today: date | None = None) -> dict[str, Any]:
    """The extension answers as dotted paths for wizard.changes.apply_extension. Only what
    was answered is changed; `today` (default: today) becomes the reference date."""
    out: dict[str, Any] = {"reference_date": (today or date.today()).isoformat()}
    if ext.get("works_now"):
        # Every parent now works or studies: that is kinderopvangtoeslag, not SMI (domain.md).
        for i in range(len(ext["first"].get("household", {}).get("parents", [{}]))):
            out[f"household.parents.{i}.activity"] = "work"
    if ext.get("duration") is not None:
        out["situation.long_term"] = ext["duration"] in LONG_DURATIONS
    if ext.get("professional") is not None:
        out["situation.professional_can_confirm"] = bool(ext["professional"])
    for i, care in sorted((ext.get("care") or {}).items(), key=lambda kv: int(kv[0])):
        for field in ("hours_per_month", "hourly_price"):
            if field in care:
                out[f"children.{int(i)}.care.{field}"] = care[field]
    if ext.get("income") is not None:
        out["income.toetsingsinkomen"] = ext["income"].get("toetsingsinkomen")
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
    steps = ["start"] + (["basics"] if ext.get("short") else []) + ["situation"]
    if "situation" in done and (ext.get("still") is False or ext.get("works_now")):
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
    return ext.get("still") is not False


def hardheidsclausule_applies(ext: ExtensionDraft) -> bool:
    """B8: with a situation that lasts long or does not go away, ask for a longer grant."""
    return ext.get("duration") in HARDHEID_DURATIONS


def verdict(ext: ExtensionDraft, today: date | None = None) -> Verdict:
    answers = extended_answers(ext, today)
    return assess(answers, get_profile(answers.gemeente))


def may_extend(v: Verdict) -> bool:
    return v.outcome in WHO_GETS_SMI
