"""The answers while a journey is under way: the shape of `Answers` with every question optional
(None = not asked yet), so a screen can hold half a family. `complete()` is the one place where
a draft becomes `Answers`; the limits are the answers model's own (wizard/limits.py), so a
screen never takes a value that the saved file may not hold."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from wizard import dated
from wizard.application import Application
from wizard.limits import MAX_DAYS_PER_WEEK, MAX_HOURLY_PRICE, MAX_HOURS_PER_MONTH, MAX_INCOME
from wizard.models import SCHEMA_VERSION, Activity, Answers, CareType, Child, Reason, School


def field_max_length(model: type, field: str) -> int:
    """The max_length the answers model sets on a field: the screens take their limits from
    the model, so a screen never allows more or less than a saved file may hold."""
    from typing import get_args

    from annotated_types import MaxLen

    def found(items: Iterable[Any]) -> int | None:
        for m in items:
            if isinstance(m, MaxLen):
                return m.max_length
            for inner in getattr(m, "metadata", ()):  # a pydantic FieldInfo inside Annotated
                if isinstance(inner, MaxLen):
                    return inner.max_length
        return None

    info = model.model_fields[field]
    todo, seen = [info.annotation], found(info.metadata)
    while seen is None and todo:
        ann = todo.pop()
        seen = found(getattr(ann, "__metadata__", ()))
        todo.extend(get_args(ann))
    if seen is None:
        raise KeyError(f"{model.__name__}.{field} has no max_length")
    return seen


def field_most(model: type, field: str) -> int:
    """The largest value the answers model allows in a number field (its `le=`), so a
    screen never offers a number a saved file may not hold."""
    from typing import get_args

    from annotated_types import Le

    todo = [model.model_fields[field].annotation, *model.model_fields[field].metadata]
    while todo:
        item = todo.pop()
        if isinstance(item, Le):
            return int(item.le)
        todo.extend(getattr(item, "__metadata__", ()))
        todo.extend(getattr(item, "metadata", ()) if not isinstance(item, type) else ())
        todo.extend(get_args(item))
    raise KeyError(f"{model.__name__}.{field} has no upper bound")


def field_accepts(model: type[BaseModel], field: str, value: Any) -> bool:
    """Whether the model's own constraints on one field (length, pattern) take this value,
    so a screen checks a field as the model does without copying its rule."""
    from pydantic import TypeAdapter, ValidationError

    info = model.model_fields[field]
    try:
        TypeAdapter(Annotated[info.annotation, *info.metadata]).validate_python(value)
    except ValidationError:
        return False
    return True


MAX_AGE = field_most(Child, "age")
MAX_CHILDREN = field_max_length(Answers, "children")

# Until the children step is answered the draft has no children, but an Answers file needs
# at least one. On the short paths (KOT, no reason) the children do not change the outcome,
# so a neutral child keeps the file valid; the result page does not show it.
PLACEHOLDER_CHILD: dict[str, Any] = {"age": 0}


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class ParentDraft(_Part):
    activity: Activity | None = None
    wlz_indication: bool | None = None
    detention: bool | None = None


class HouseholdDraft(_Part):
    parents: list[ParentDraft] = Field(
        default_factory=lambda: [ParentDraft(activity=Activity.none)], min_length=1,
        max_length=2)


# How the parent gave the amount of care: days a week (with the hours of one day) or hours a
# month. Only the hours a month go into Answers; these parts of a CareDraft stay in the draft,
# so a screen can show the care again as it was asked.
_ASKED_ONLY = ("asked_as", "days_per_week", "hours_per_day")


class CareDraft(_Part):
    type: CareType | None = None
    asked_as: Literal["days", "hours"] | None = None
    days_per_week: Annotated[Decimal, Field(ge=0, le=MAX_DAYS_PER_WEEK)] | None = None
    # read as the amount reader's "hours"; the month it makes is checked as hours a month
    hours_per_day: Annotated[Decimal, Field(ge=0, le=MAX_HOURS_PER_MONTH)] | None = None
    hours_per_month: Annotated[Decimal, Field(ge=0, le=MAX_HOURS_PER_MONTH)] | None = None
    hourly_price: Annotated[Decimal, Field(ge=0, le=MAX_HOURLY_PRICE)] | None = None

    def given_as(self) -> Literal["days", "hours"]:
        """How to ask again: as asked, else days unless hours a month are known (a file)."""
        return self.asked_as or ("hours" if self.hours_per_month is not None else "days")


class ChildDraft(_Part):
    age: Annotated[int, Field(ge=0, le=MAX_AGE)] | None = None
    birth_date: date | None = None
    school: School | None = None
    wlz_indication: bool | None = None
    needs_treatment_daycare: bool | None = None
    care: CareDraft | None = None


class SituationDraft(_Part):
    reasons: list[Reason] = Field(default_factory=list)
    long_term: bool | None = None
    professional_can_confirm: bool | None = None


class IncomeDraft(_Part):
    toetsingsinkomen: Annotated[Decimal, Field(ge=0, le=MAX_INCOME)] | None = None


class Draft(_Part):
    schema_version: int = SCHEMA_VERSION
    gemeente: str = "basislijn"
    reference_date: date = Field(default_factory=lambda: dated.today())
    household: HouseholdDraft = Field(default_factory=HouseholdDraft)
    children: list[ChildDraft] = Field(default_factory=list, max_length=MAX_CHILDREN)
    situation: SituationDraft = Field(default_factory=SituationDraft)
    income: IncomeDraft = Field(default_factory=IncomeDraft)
    application: Application | None = None

    @classmethod
    def new(cls, today: date | None = None) -> Draft:
        return cls(reference_date=today or dated.today())

    @classmethod
    def from_answers(cls, answers: Answers) -> Draft:
        return cls.model_validate(answers.model_dump(exclude_none=True))

    def data(self) -> dict[str, Any]:
        """The answers file's JSON shape of what is given so far (how the care was asked,
        days or hours, stays in the draft: the file holds the hours a month)."""
        data = json.loads(self.model_dump_json(exclude_none=True))
        for child in data.get("children", []):
            for key in _ASKED_ONLY:
                child.get("care", {}).pop(key, None)
        return data

    def complete(self) -> Answers:
        """The Answers of this draft (pydantic.ValidationError when it cannot be one);
        what is not asked yet takes the answers model's defaults."""
        data = self.data()
        if not data.get("children"):
            data["children"] = [dict(PLACEHOLDER_CHILD)]
        return Answers.from_data(data)
