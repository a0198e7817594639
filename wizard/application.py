"""The application details (B13): what the aanvraagformulier needs beyond the check, and
nothing more. An optional part of the answers model; every field may still be empty, so a
half-filled form is valid and the empty fields are printed as fields to fill in by hand.

Facts the check already holds (care type, hours, hourly price, date of birth, reason
category, income) stay in `Answers` and are not copied here.
Never asked: assets (B5), medical details or diagnoses, bank statements."""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from wizard.limits import MAX_CHILDREN

MAX_NAME = 300  # names may be long (several given names, double surnames) but are bounded
MAX_TEXT = 200
MAX_REASON = 200  # "the reason in a few words" (B13): a short line, no medical story
# A BSN has 9 digits; people may write it in groups ("123 456 782", "1234.56.782"): the two
# separators are taken out by the check below, so a screen lets 11 characters be typed.
MAX_BSN_WRITTEN = 11

# Control characters (C0, DEL, C1) never belong in a one-line field; bidi controls are
# allowed in, and shown visibly on paper (wizard.documents.env.visible).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _clean(v: str | None) -> str | None:
    if v is None:
        return None
    if _CONTROL.search(v):
        raise PydanticCustomError("smi_control_char", "this text has characters that are not "
                                  "allowed")
    v = v.strip()
    return v or None


Name = Annotated[str, Field(max_length=MAX_NAME)]
Text = Annotated[str, Field(max_length=MAX_TEXT)]
Bsn = Annotated[str, Field(max_length=MAX_BSN_WRITTEN)]


def is_valid_bsn(bsn: str) -> bool:
    """The elfproef for a burgerservicenummer: 9 digits d1..d9 with
    9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11 (and not all zero)."""
    if not re.fullmatch(r"\d{9}", bsn) or bsn == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(bsn[:8], range(9, 1, -1), strict=True))
    return (total - int(bsn[8])) % 11 == 0


def _check_bsn(v: str | None) -> str | None:
    v = _clean(v)
    if v is None:
        return None
    v = re.sub(r"[ .]", "", v)
    if len(v) == 8 and v.isdigit():  # an old BSN written without its leading zero
        v = "0" + v
    if not is_valid_bsn(v):
        raise PydanticCustomError("smi_bsn", "this is not a valid BSN (the elfproef fails)")
    return v


# The one e-mail check (the application's, the professional's and the site's contact): a name,
# one @, and a domain with a dot; no spaces or characters that would break a link.
EMAIL = r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+"


def _check_phone(v: str | None) -> str | None:
    v = _clean(v)
    if v is not None and not re.fullmatch(r"\+?[0-9][0-9 ()-]{5,28}", v):
        raise PydanticCustomError("smi_phone", "this is not a phone number")
    return v


class _Strict(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", validate_assignment=True)


class Person(_Strict):
    """The applicant or the partner."""

    name: Name | None = None
    bsn: Bsn | None = None  # optional: left blank, it is written by hand on the form

    @field_validator("name")
    @classmethod
    def _name(cls, v: str | None) -> str | None:
        return _clean(v)

    @field_validator("bsn")
    @classmethod
    def _bsn(cls, v: str | None) -> str | None:
        return _check_bsn(v)


class Contact(_Strict):
    street: Text | None = None  # street and house number
    postcode: Annotated[str, Field(max_length=10)] | None = None
    city: Annotated[str, Field(max_length=100)] | None = None
    phone: Annotated[str, Field(max_length=30)] | None = None
    email: Annotated[str, Field(max_length=MAX_TEXT)] | None = None

    @field_validator("street", "city")
    @classmethod
    def _text(cls, v: str | None) -> str | None:
        return _clean(v)

    @field_validator("postcode")
    @classmethod
    def _postcode(cls, v: str | None) -> str | None:
        v = _clean(v)
        if v is None:
            return None
        m = re.fullmatch(r"([1-9]\d{3}) ?([A-Za-z]{2})", v)
        if not m:
            raise PydanticCustomError("smi_postcode", "this is not a Dutch postcode (1234 AB)")
        return f"{m[1]} {m[2].upper()}"

    @field_validator("phone")
    @classmethod
    def _phone(cls, v: str | None) -> str | None:
        return _check_phone(v)

    @field_validator("email")
    @classmethod
    def _email(cls, v: str | None) -> str | None:
        v = _clean(v)
        if v is not None and not re.fullmatch(EMAIL, v):
            raise PydanticCustomError("smi_email", "this is not an e-mail address")
        return v


class Provider(_Strict):
    """The registered childcare (kinderopvang) for one child."""

    name: Text | None = None
    # The Landelijk Register Kinderopvang number. As far as we know it has 9 digits; we are
    # not sure that holds for every entry, so we accept digits only, 6 to 12 of them.
    lrk_number: Annotated[str, Field(max_length=20)] | None = None
    start_date: date | None = None

    @field_validator("name")
    @classmethod
    def _name(cls, v: str | None) -> str | None:
        return _clean(v)

    @field_validator("lrk_number")
    @classmethod
    def _lrk(cls, v: str | None) -> str | None:
        v = _clean(v)
        if v is None:
            return None
        v = v.replace(" ", "")
        if not re.fullmatch(r"\d{6,12}", v):
            raise PydanticCustomError("smi_lrk", "an LRK number has digits only (6 to 12)")
        return v


class ApplicationChild(_Strict):
    """Details for the child at the same position in `Answers.children` (date of birth, care
    type, hours and price are there)."""

    name: Name | None = None
    bsn: Bsn | None = None
    provider: Provider = Field(default_factory=Provider)

    @field_validator("name")
    @classmethod
    def _name(cls, v: str | None) -> str | None:
        return _clean(v)

    @field_validator("bsn")
    @classmethod
    def _bsn(cls, v: str | None) -> str | None:
        return _check_bsn(v)


class Professional(_Strict):
    """Someone who knows the situation and can confirm it: contact details only (B13)."""

    name: Name | None = None
    organisation: Text | None = None  # e.g. huisartsenpraktijk, wijkteam, GGD
    phone: Annotated[str, Field(max_length=30)] | None = None
    consent: bool = False  # the parent agrees that the gemeente contacts this person

    @field_validator("name", "organisation")
    @classmethod
    def _text(cls, v: str | None) -> str | None:
        return _clean(v)

    @field_validator("phone")
    @classmethod
    def _phone(cls, v: str | None) -> str | None:
        return _check_phone(v)


class Period(_Strict):
    start: date | None = None
    end: date | None = None

    @model_validator(mode="after")
    def _order(self) -> Period:
        if self.start and self.end and self.end <= self.start:
            raise PydanticCustomError("smi_period_order", "the end date is not after the start "
                                      "date")
        if self.start and self.end and (self.end - self.start).days > 5 * 366:
            raise PydanticCustomError("smi_period_long", "the period is longer than 5 years")
        return self


class Application(_Strict):
    applicant: Person = Field(default_factory=Person)
    contact: Contact = Field(default_factory=Contact)
    partner: Person | None = None  # only when there is a second parent in the household
    children: Annotated[list[ApplicationChild], Field(max_length=MAX_CHILDREN)] = Field(
        default_factory=list)
    reason_text: Annotated[str, Field(max_length=MAX_REASON)] | None = None
    professional: Professional = Field(default_factory=Professional)
    period: Period = Field(default_factory=Period)
    # Instead of giving an income, a parent may accept the highest contribution (B12, domain.md).
    accept_highest_contribution: bool = False
    # The gemeente the family chose when the tool judges it by the basislijn (no own profile):
    # `Answers.gemeente` then says "basislijn", and the form must still name the gemeente.
    gemeente_name: Text | None = None

    @field_validator("reason_text", "gemeente_name")
    @classmethod
    def _reason(cls, v: str | None) -> str | None:
        return _clean(v)

    def child(self, i: int) -> ApplicationChild:
        """The details of child i (0-based), empty when not given."""
        return self.children[i] if i < len(self.children) else ApplicationChild()
