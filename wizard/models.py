"""The answers model: the one shape that the wizard fills, the CLI reads, save/resume writes
and the documents use. Strict, and unknown fields are refused, so a hand-edited or foreign
file fails loudly instead of being half understood."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from wizard.amounts import read_amount
from wizard.application import Application
from wizard.errors import AmountError
from wizard.limits import (  # noqa: F401 (re-exported)
    MAX_CHILD_AGE,
    MAX_CHILDREN,
    MAX_HOURLY_PRICE,
    MAX_HOURS_PER_MONTH,
    MAX_INCOME,
)

SCHEMA_VERSION = 1



def _typed_amount(kind: str):
    """A string in a file ("60.000", "€ 10,50") is read by the one amount reader, so the
    answers file, the CLI and the wizard agree; numbers pass on to the model's checks."""
    def read(value: object) -> object:
        # A JSON number reaches a before-validator as int/float; strict Decimal wants Decimal.
        if isinstance(value, int) and not isinstance(value, bool):
            return Decimal(value)
        if isinstance(value, float):
            return Decimal(repr(value))  # 10.5 in the file is 10.5, not a binary fraction
        if not isinstance(value, str):
            return value
        try:
            return read_amount(value, kind=kind)  # type: ignore[arg-type]
        except AmountError as exc:
            raise PydanticCustomError("smi_amount", "{en}", dict(exc.texts)) from None
    return BeforeValidator(read)


class Activity(StrEnum):
    work = "work"
    study = "study"
    route_to_work = "route_to_work"  # traject naar werk (gemeente/UWV) or inburgering
    none = "none"


class School(StrEnum):
    none = "none"
    primary = "primary"
    secondary = "secondary"


class CareType(StrEnum):
    dagopvang = "dagopvang"
    bso = "bso"
    gastouderopvang = "gastouderopvang"


class Reason(StrEnum):
    parent_physical_illness = "parent_physical_illness"
    parent_mental_illness = "parent_mental_illness"
    parent_disability = "parent_disability"
    addiction = "addiction"
    domestic_violence = "domestic_violence"
    family_crisis = "family_crisis"
    caring_for_sick_child = "caring_for_sick_child"
    child_development_at_risk = "child_development_at_risk"
    parent_overload = "parent_overload"
    other = "other"


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", validate_assignment=True)


class Parent(_Strict):
    activity: Activity = Activity.none
    wlz_indication: bool = False
    detention: bool = False

    @property
    def counts_for_kot(self) -> bool:
        """Working, studying or on a route to work gives KOT (domain.md)."""
        return self.activity != Activity.none

    @property
    def does_not_block_kot(self) -> bool:
        """A partner with a Wlz indication or in detention does not block KOT (domain.md)."""
        return self.counts_for_kot or self.wlz_indication or self.detention


class Household(_Strict):
    parents: Annotated[list[Parent], Field(min_length=1, max_length=2)] = Field(
        default_factory=lambda: [Parent()]
    )


class Care(_Strict):
    type: CareType
    hours_per_month: Annotated[Decimal, Field(ge=0, le=MAX_HOURS_PER_MONTH),
                               _typed_amount("hours")] | None = None
    hourly_price: Annotated[Decimal, Field(ge=0, le=MAX_HOURLY_PRICE),
                            _typed_amount("price")] | None = None

    @property
    def is_complete(self) -> bool:
        return self.hours_per_month is not None and self.hourly_price is not None


class Child(_Strict):
    age: Annotated[int, Field(ge=0, le=MAX_CHILD_AGE)] | None = None
    birth_date: date | None = None
    school: School = School.none
    wlz_indication: bool = False
    needs_treatment_daycare: bool = False  # Jeugdwet, e.g. a medisch kinderdagverblijf
    care: Care | None = None

    @model_validator(mode="after")
    def _age_or_birth_date(self) -> Child:
        if self.age is None and self.birth_date is None:
            raise PydanticCustomError("smi_age_missing", "give the child's age or date of birth")
        return self

    def age_months_on(self, on: date) -> tuple[int, int]:
        """The child's age in whole months on a date, as a (lowest, highest) range:
        exact with a birth date, a 12-month band with only an age in years."""
        if self.birth_date is not None:
            months = (on.year - self.birth_date.year) * 12 + on.month - self.birth_date.month
            if on.day < self.birth_date.day:
                months -= 1
            return months, months
        assert self.age is not None
        return self.age * 12, self.age * 12 + 11

    def age_years_on(self, on: date) -> int:
        return self.age_months_on(on)[0] // 12


class Situation(_Strict):
    reasons: list[Reason] = Field(default_factory=list)
    professional_can_confirm: bool = False
    long_term: bool = False

    @field_validator("reasons")
    @classmethod
    def _unique(cls, v: list[Reason]) -> list[Reason]:
        return list(dict.fromkeys(v))


class Income(_Strict):
    # Joint yearly income of applicant and toeslagpartner; None = not given, so the
    # estimate uses the highest contribution (the parent may always accept that).
    toetsingsinkomen: Annotated[Decimal, Field(ge=0, le=MAX_INCOME),
                                _typed_amount("income")] | None = None


class Answers(_Strict):
    schema_version: int = SCHEMA_VERSION
    gemeente: Annotated[str, Field(min_length=1, max_length=80, pattern=r"^[a-z0-9-]+$")] = (
        "basislijn"
    )
    reference_date: date = Field(default_factory=date.today)
    household: Household = Field(default_factory=Household)
    children: Annotated[list[Child], Field(min_length=1, max_length=MAX_CHILDREN)]
    situation: Situation = Field(default_factory=Situation)
    income: Income = Field(default_factory=Income)
    # Optional details for the aanvraagformulier (B13); absent in files from before issue 4.
    application: Application | None = None

    @classmethod
    def from_data(cls, data: dict) -> Answers:
        """Validate plain Python data the way a saved JSON file is validated (strict JSON rules:
        enum values as strings, dates as ISO strings, amounts as numbers or strings)."""
        import json

        return cls.model_validate_json(json.dumps(data, default=str))

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, v: int) -> int:
        if v > SCHEMA_VERSION:
            raise PydanticCustomError(
                "smi_newer_version",
                "this file was made by a newer version (schema {version}); this tool reads "
                "{supported}", {"version": v, "supported": SCHEMA_VERSION})
        if v < 1:
            raise PydanticCustomError("smi_bad_version", "schema_version must be 1 or higher")
        return v

    @model_validator(mode="after")
    def _ages_possible(self) -> Answers:
        for i, child in enumerate(self.children, start=1):
            if child.birth_date is None:
                continue
            if child.birth_date > self.reference_date:
                raise PydanticCustomError("smi_birth_future",
                                          "child {n}: the date of birth is in the future", {"n": i})
            computed = child.age_years_on(self.reference_date)
            if computed > MAX_CHILD_AGE:
                raise PydanticCustomError("smi_too_old",
                                          "child {n}: the date of birth gives an age above 18",
                                          {"n": i})
            if child.age is not None and child.age != computed:
                raise PydanticCustomError(
                    "smi_age_mismatch", "child {n}: the age ({age}) does not match the date of "
                    "birth (which gives {computed})", {"n": i, "age": child.age,
                                                       "computed": computed})
        return self
