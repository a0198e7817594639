"""Extensions (verlenging) and change reports (wijziging): what changed between the first
application and now, and the eigen bijdrage per child before and after."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from wizard.models import Answers
from wizard.rules import assess
from wizard.verdict import Verdict

# What may change at an extension; everything else is carried over without asking (B13).
EXTENSION_FIELDS = (
    "household.parents.*.activity",  # a parent who works or studies again (KOT, not SMI)
    "situation.reasons", "situation.long_term", "situation.professional_can_confirm",
    "children.*.care.hours_per_month", "children.*.care.hourly_price",
    "income.toetsingsinkomen",
)


def _flatten(data: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for k, v in data.items():
            out |= _flatten(v, f"{prefix}{k}.")
        return out
    if isinstance(data, list) and data and all(isinstance(x, dict) for x in data):
        out = {}
        for i, v in enumerate(data):
            out |= _flatten(v, f"{prefix}{i}.")
        return out
    return {prefix.rstrip("."): data}


def changed_fields(before: Answers, after: Answers) -> dict[str, tuple[Any, Any]]:
    """Dotted paths whose value differs, with (before, after); reference_date is ignored."""
    a = _flatten(before.model_dump(mode="json", exclude={"reference_date"}))
    b = _flatten(after.model_dump(mode="json", exclude={"reference_date"}))
    return {k: (a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)}


def unchanged_fields(before: Answers, after: Answers) -> list[str]:
    """What stayed the same: the verlengingsaanvraag lists these without asking again."""
    changed = changed_fields(before, after)
    return sorted(k for k in _flatten(after.model_dump(mode="json", exclude={"reference_date"}))
                  if k not in changed)


@dataclass(frozen=True)
class FeeChange:
    child: int
    before: Decimal | None
    after: Decimal | None

    @property
    def difference(self) -> Decimal | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before


def _per_child(v: Verdict) -> dict[int, Decimal]:
    return {c.child: c.result.eigen_bijdrage for c in v.fee.children} if v.fee else {}


def fee_changes(before: Answers, after: Answers) -> tuple[list[FeeChange], Verdict, Verdict]:
    """Eigen bijdrage per child per month before and after a change, with both verdicts."""
    vb, va = assess(before), assess(after)
    b, a = _per_child(vb), _per_child(va)
    rows = [FeeChange(i, b.get(i), a.get(i)) for i in sorted(set(b) | set(a))]
    return rows, vb, va


def apply_extension(first: Answers, updates: dict[str, Any]) -> Answers:
    """The first application with only the extension answers replaced (dotted paths from
    EXTENSION_FIELDS, '*' as a child index) and today's reference date."""
    data = first.model_dump(mode="json")
    for path, value in updates.items():
        if not any(_matches(path, allowed) for allowed in EXTENSION_FIELDS + ("reference_date",)):
            raise KeyError(f"{path} is not asked at an extension")
        _set(data, path.split("."), value)
    return Answers.from_data(data)


def _matches(path: str, pattern: str) -> bool:
    p, q = path.split("."), pattern.split(".")
    return len(p) == len(q) and all(b == "*" and a.isdigit() or a == b
                                    for a, b in zip(p, q, strict=True))


def _set(data: Any, keys: list[str], value: Any) -> None:
    for key in keys[:-1]:
        data = data[int(key)] if isinstance(data, list) else data.setdefault(key, {})
    last = keys[-1]
    if isinstance(data, list):
        data[int(last)] = value
    else:
        data[last] = value


# What a change report (wijziging) may change: the opvang, its provider and the income.
CHANGE_FIELDS = (
    "children.*.care.type", "children.*.care.hours_per_month", "children.*.care.hourly_price",
    "application.children.*.provider.name", "application.children.*.provider.lrk_number",
    "application.children.*.provider.start_date", "income.toetsingsinkomen",
)


def apply_change(before: Answers, updates: dict[str, Any]) -> Answers:
    """The answers after a change report: only CHANGE_FIELDS replaced (dotted paths, a child
    index for '*'); a missing care or provider block is created on the way."""
    data = before.model_dump(mode="json")
    for path, value in updates.items():
        if not any(_matches(path, allowed) for allowed in CHANGE_FIELDS + ("reference_date",)):
            raise KeyError(f"{path} is not part of a change report")
        keys = path.split(".")
        if keys[0] == "application":
            app = data.get("application") or {}
            data["application"] = app
            kids = app.setdefault("children", [])
            while len(kids) <= int(keys[2]):
                kids.append({})
        elif keys[0] == "children" and len(keys) > 2 and keys[2] == "care":
            child = data["children"][int(keys[1])]
            if child.get("care") is None:
                child["care"] = {"type": value if keys[3] == "type" else None}
        _set(data, keys, value)
    return Answers.from_data(data)
