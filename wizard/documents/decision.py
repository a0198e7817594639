"""The decision file a gemeente employee writes for a letter: dates, granted hours, number.
Strict like the answers model; what a letter needs is checked by `require`."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from wizard.documents.texts import texts
from wizard.errors import InputError
from wizard.limits import MAX_CHILDREN, MAX_DAYS_PER_WEEK, MAX_HOURS_PER_MONTH

DEFAULT_DUE_DAYS = 14  # time to send missing details (Awb 4:5: a term set by the gemeente)
EXTENSION_NOTICE_DAYS = 42  # ask for an extension 6 weeks before the end, unless set


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")


class Grant(_Strict):
    child: Annotated[int, Field(ge=1, le=MAX_CHILDREN)]  # 1-based, as in the answers file
    hours_per_month: Annotated[Decimal, Field(ge=0, le=MAX_HOURS_PER_MONTH)] | None = None
    days_per_week: Annotated[Decimal, Field(ge=0, le=MAX_DAYS_PER_WEEK)] | None = None

    @model_validator(mode="after")
    def _amount(self) -> Grant:
        if self.hours_per_month is None and self.days_per_week is None:
            raise PydanticCustomError("smi_grant", "give hours_per_month or days_per_week")
        return self


class ExtraReason(_Strict):
    """A reason for refusal in the employee's own plain words, with its rule id."""

    rule: Annotated[str, Field(max_length=40, pattern=r"^[A-Z0-9][A-Z0-9-]*$")]
    text: Annotated[str, Field(min_length=1, max_length=500)]


class Decision(_Strict):
    number: Annotated[str, Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9/._-]+$")]
    date: date  # the date of the letter
    application_date: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    grants: Annotated[list[Grant], Field(max_length=MAX_CHILDREN)] = Field(default_factory=list)
    eigen_bijdrage_per_month: Annotated[Decimal, Field(ge=0, le=100_000)] | None = None
    # Who receives the money: the gemeente's part, and the parent's own contribution.
    # Not known = a marked place in the letter for the gemeente to fill in.
    gemeente_pays: Literal["opvang", "ouder"] | None = None
    eigen_bijdrage_to: Literal["opvang", "gemeente"] | None = None
    # B9: anything asked of the parents after granting is aimed at recovery only.
    expectations: Annotated[list[Annotated[str, Field(min_length=1, max_length=300)]],
                            Field(max_length=6)] = Field(default_factory=list)
    monitoring_date: date | None = None  # B10
    extension_deadline: date | None = None  # B7
    previous_number: Annotated[str, Field(max_length=40)] | None = None  # verlenging
    due_date: date | None = None  # ontbrekend
    extra_reasons: Annotated[list[ExtraReason], Field(max_length=10)] = Field(
        default_factory=list)
    official: Annotated[str, Field(max_length=200)] | None = None  # who signs
    # What the gemeente profile may not know; staff fill these in so the letter has no
    # "door de gemeente in te vullen" places left. Given values win over the profile's.
    gemeente_name: Annotated[str, Field(min_length=1, max_length=80)] | None = None
    regulation: Annotated[str, Field(min_length=1, max_length=300)] | None = None
    article: Annotated[str, Field(min_length=1, max_length=80)] | None = None
    postal_address: Annotated[list[Annotated[str, Field(min_length=1, max_length=100)]],
                              Field(min_length=1, max_length=6)] | None = None
    phone: Annotated[str, Field(min_length=1, max_length=40)] | None = None

    @model_validator(mode="after")
    def _dates(self) -> Decision:
        if self.period_start and self.period_end and self.period_end <= self.period_start:
            raise PydanticCustomError("smi_period_order",
                                      "period_end is not after period_start")
        return self

    @property
    def due(self) -> date:
        return self.due_date or self.date + timedelta(days=DEFAULT_DUE_DAYS)

    @property
    def extension_by(self) -> date | None:
        if self.extension_deadline:
            return self.extension_deadline
        if self.period_end:
            return self.period_end - timedelta(days=EXTENSION_NOTICE_DAYS)
        return None


def parse_decision(raw: bytes | str) -> Decision:
    if len(raw) > 100_000:
        raise InputError(texts("error.decision_large"))
    try:
        return Decision.model_validate_json(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"]) or "file"
        raise InputError(texts("error.decision_invalid", where=where, problem=err["msg"])) from None


def require(decision: Decision | None, kind: str, *fields: str) -> Decision:
    """The decision, or one clear error naming what this letter still needs."""
    if decision is None:
        raise InputError(texts("error.decision_needed", kind=kind))
    missing = [f for f in fields if not getattr(decision, f)]
    if missing:
        raise InputError(texts("error.decision_fields", kind=kind, fields=", ".join(missing)))
    return decision
