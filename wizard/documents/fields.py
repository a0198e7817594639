"""Which application details are still missing (for the brief ontbrekende gegevens and the
wizard), and which ones a gemeente needs at all (income only where the contribution
depends on it, B11/B13)."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.application import Application
from wizard.models import Answers
from wizard.profiles import Profile, get_profile, rule_or_basislijn

# The order in which missing details are listed: the order of the form.
MISSING_KEYS = (
    "applicant_name", "address", "contact", "partner_name",
    "child_name", "child_birth_date", "care_type", "provider", "lrk", "hours", "price",
    "start_date",
    "reason_category", "reason_text", "professional", "consent", "period", "income",
)


# What a gemeente needs to *decide* (B13), so what the brief ontbrekende gegevens may ask
# for. The opvang's LRK number, hours, price and start date are settled after the decision
# (the advice is to sign a contract only then); consent to call a professional is optional;
# the period is the gemeente's to set.
NEEDED_TO_DECIDE = frozenset({
    "applicant_name", "address", "contact", "partner_name", "child_name", "child_birth_date",
    "reason_category", "reason_text", "professional", "income",
})


@dataclass(frozen=True)
class Missing:
    key: str  # one of MISSING_KEYS; its text is texts.toml [missing.<key>]
    child: int | None = None  # 1-based, for the per-child keys

    @property
    def id(self) -> str:
        return self.key if self.child is None else f"child{self.child}.{self.key}"


def income_matters(profile: Profile) -> bool:
    """Whether this gemeente's contribution depends on income; 'none' = no contribution."""
    return rule_or_basislijn(profile, "fee").method != "none"


def needed_missing(answers: Answers, profile: Profile | None = None) -> list[Missing]:
    """The missing details the gemeente needs to decide (the brief ontbrekende gegevens)."""
    profile = profile or get_profile(answers.gemeente)
    out = [m for m in missing_fields(answers, profile) if m.key in NEEDED_TO_DECIDE]
    own = profile.rules.professional
    if own is not None and not own.required:
        out = [m for m in out if m.key != "professional"]
    return out


def missing_fields(answers: Answers, profile: Profile | None = None) -> list[Missing]:
    """Every detail the form has a place for that the answers do not hold, in form order."""
    profile = profile or get_profile(answers.gemeente)
    app = answers.application or Application()
    out: list[Missing] = []
    c = app.contact
    if not app.applicant.name:
        out.append(Missing("applicant_name"))
    if not (c.street and c.postcode and c.city):
        out.append(Missing("address"))
    if not (c.phone or c.email):
        out.append(Missing("contact"))
    if len(answers.household.parents) > 1 and not (app.partner and app.partner.name):
        out.append(Missing("partner_name"))
    for i, child in enumerate(answers.children):
        n, details, care = i + 1, app.child(i), child.care
        checks = (
            ("child_name", details.name),
            ("child_birth_date", child.birth_date),
            ("care_type", care),
            ("provider", details.provider.name),
            ("lrk", details.provider.lrk_number),
            ("hours", care and care.hours_per_month is not None),
            ("price", care and care.hourly_price is not None),
            ("start_date", details.provider.start_date),
        )
        out += [Missing(key, n) for key, value in checks if not value]
    if not answers.situation.reasons:
        out.append(Missing("reason_category"))
    if not app.reason_text:
        out.append(Missing("reason_text"))
    p = app.professional
    if not (p.name and p.organisation and p.phone):
        out.append(Missing("professional"))
    if not p.consent:
        out.append(Missing("consent"))
    if not (app.period.start and app.period.end):
        out.append(Missing("period"))
    if (income_matters(profile) and answers.income.toetsingsinkomen is None
            and not app.accept_highest_contribution):
        out.append(Missing("income"))
    return out
