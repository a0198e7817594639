"""Caps explained: where the estimate counts fewer hours or a lower hourly price than the
family's opvang costs (the KOT maximum of 230 hours, the maximum hourly price, the VNG standard
rate, the gemeente's own maximum), a note per child says what is counted and what the parent
pays on top. Money in Decimal, cents half-up."""

from __future__ import annotations

from decimal import Decimal

from wizard.amounts import show_money, show_number
from wizard.care_hours import month_hours
from wizard.fees import FeeResult
from wizard.i18n import both
from wizard.money import cents
from wizard.profiles import Profile
from wizard.verdict import Reason

_LANGS = ("nl", "en")


def _money(amount: Decimal) -> dict[str, str]:
    return {lg: show_money(amount, lg, cents=True) for lg in _LANGS}


def _num(value: Decimal) -> dict[str, str]:
    return {lg: show_number(value, lg) for lg in _LANGS}


def gemeente_max_hours(profile: Profile) -> tuple[Decimal, str] | None:
    """(hours a month, rule id) the gemeente pays at most, where its rule gives both the days
    a week and the hours a day; None otherwise (the basislijn's 2 days are a minimum)."""
    rule = None if profile.is_basislijn else profile.rules.days
    if rule is None or rule.days_per_week is None or rule.hours_per_day is None:
        return None
    hours = month_hours(rule.days_per_week * rule.hours_per_day)
    return hours, rule.id


def over_gemeente_max(child: int, hours: Decimal, price: Decimal, profile: Profile
                      ) -> tuple[Decimal, Reason] | None:
    """(hours that count, note) when the opvang asked for is more than the gemeente pays."""
    limit = gemeente_max_hours(profile)
    if limit is None or hours <= limit[0]:
        return None
    most, rule = limit
    extra = hours - most
    return most, Reason(rule=rule, texts=both(
        "Child {n}: {gemeente} pays for at most {most} hours a month. You asked for {hours}. "
        "You pay the other {extra} hours yourself: {amount} a month.", n=child,
        gemeente=profile.name, most=_num(most), hours=_num(hours), extra=_num(extra),
        amount=_money(cents(extra * price))))


def fee_caps(child: int, r: FeeResult) -> list[Reason]:
    """Notes for the caps inside one child's fee calculation (KOT hours and price, VNG rate)."""
    out = []
    if r.table == "kot" and r.hours > r.eligible_hours:
        extra = r.hours - r.eligible_hours
        out.append(Reason(rule="B11", texts=both(
            "Child {n}: the KOT table counts at most {most} hours a month. You have {hours}. "
            "For the other {extra} hours you pay the full price yourself: {amount} a month.",
            n=child, most=_num(r.eligible_hours), hours=_num(r.hours), extra=_num(extra),
            amount=_money(cents(extra * r.hourly_price)))))
    if r.hourly_price > r.eligible_price:
        diff = r.hourly_price - r.eligible_price
        msgid = ("Child {n}: the KOT table counts at most {most} an hour for {care}. Your price "
                 "is {price}. You pay the difference yourself: {diff} an hour, {amount} a month."
                 if r.table == "kot" else
                 "Child {n}: the VNG table counts at most {most} an hour. Your price is {price}. "
                 "You pay the difference yourself: {diff} an hour, {amount} a month.")
        out.append(Reason(rule="B11", texts=both(
            msgid, n=child, most=_money(r.eligible_price), care=r.care_type.value,
            price=_money(r.hourly_price), diff=_money(diff),
            amount=_money(cents(r.eligible_hours * diff)))))
    return out
