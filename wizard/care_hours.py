"""Hours of care a week turned into hours a month, in one place for the wizard, the engine's caps
and the chat."""
from decimal import ROUND_HALF_UP, Decimal

# A year has 52 weeks, so a month has 52/12 weeks: the usual way childcare contracts turn hours
# a week into hours a month.
WEEKS_PER_MONTH = Decimal(52) / Decimal(12)
WHOLE = Decimal(1)
CENT_HOURS = Decimal("0.01")


def month_hours(hours_per_week: Decimal, places: Decimal = WHOLE) -> Decimal:
    """Hours a month of `hours_per_week` hours every week, half-up to `places`: whole hours as a
    contract states them (wizard, caps), or hundredths for a parent's own words (chat)."""
    return (hours_per_week * WEEKS_PER_MONTH).quantize(places, rounding=ROUND_HALF_UP)


def week_hours(hours_per_month: Decimal) -> Decimal:
    """Whole hours a week of `hours_per_month` hours a month."""
    return (hours_per_month / WEEKS_PER_MONTH).quantize(WHOLE, rounding=ROUND_HALF_UP)
