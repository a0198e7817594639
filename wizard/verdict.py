"""What `assess` returns: an outcome per child and for the household, with every reason
(rule id + text per language), referrals, the minimum offer, flags and the fee estimate."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

from wizard.fees import FeeResult, FeeTable
from wizard.points._base import Criterion
from wizard.profiles import Flag

Outcome = Literal["eligible", "assessment_needed", "other_route", "not_eligible"]
# Most favourable first: the household outcome is the best child outcome.
OUTCOME_ORDER: tuple[Outcome, ...] = (
    "eligible", "assessment_needed", "other_route", "not_eligible")


class Reason(BaseModel):
    rule: str  # B1..B15 or a gemeente rule id; always exists in content/
    texts: dict[str, str]

    def text(self, lang: str) -> str:
        return self.texts.get(lang) or self.texts["nl"]


class Referral(BaseModel):
    route: str  # kot | wlz | jeugdwet | peuteropvang_ve | confirm
    rule: str = "B3"
    title: dict[str, str]
    texts: dict[str, str]  # the concrete next step
    url: str | None = None


class ChildVerdict(BaseModel):
    child: int  # 1-based, in the order the children were entered
    outcome: Outcome
    reasons: list[Reason] = Field(default_factory=list)
    referrals: list[Referral] = Field(default_factory=list)
    criteria: list[Criterion] = Field(default_factory=list)  # every one judged, in order


class Offer(BaseModel):
    days_per_week: Decimal | None
    days_texts: dict[str, str]
    days_rule: str
    months: int
    months_rule: str
    extension: str  # possible | exceptional | yearly_reassessment | not_possible
    extension_rule: str
    extension_possible: bool
    hardheidsclausule: bool  # B8 mentioned because the situation is long-term
    from_basislijn: list[str] = Field(default_factory=list)  # parts the gemeente's rules lack


class ChildFee(BaseModel):
    child: int
    result: FeeResult


class FeeEstimate(BaseModel):
    table: FeeTable
    year: int
    rule: str  # the rule that chose the table (B11 or a gemeente rule)
    income_given: bool
    children: list[ChildFee]
    total_eigen_bijdrage: Decimal
    notes: list[Reason] = Field(default_factory=list)


class Verdict(BaseModel):
    gemeente: str
    gemeente_name: str
    reference_date: date
    outcome: Outcome
    children: list[ChildVerdict]
    reasons: list[Reason]
    referrals: list[Referral]
    offer: Offer | None
    flags: list[Flag]
    gemeente_rules: list[Reason]
    fee: FeeEstimate | None
    fee_notes: list[Reason] = Field(default_factory=list)
    # The reference year when its fee tables are not published yet: no estimate, the sentence
    # that says so is in fee_notes (B11). None when an estimate could be made or is not asked.
    fee_not_published: int | None = None
    criteria: list[Criterion] = Field(default_factory=list)  # the household's, in order

    def needs(self) -> set[str]:
        """Every answer field some criterion read: what the wizard must ask (flow.py)."""
        out = {n for c in self.criteria for n in c.needs}
        for child in self.children:
            out |= {n for c in child.criteria for n in c.needs}
        return out

    def all_reasons(self) -> list[Reason]:
        out = list(self.reasons) + list(self.gemeente_rules) + list(self.fee_notes)
        for c in self.children:
            out += c.reasons
        if self.fee:
            out += self.fee.notes
        return out
