"""Money helpers: every amount is a Decimal rounded to whole cents, half-up (domain.md)."""

from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def cents(amount: Decimal) -> Decimal:
    """Round to whole cents, half-up, as a gemeente's estimate does (not down to euros like KOT)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def fmt_eur(amount: Decimal, lang: str = "nl") -> str:
    """A euro amount for people: '€ 1.202,86' in Dutch, '€1,202.86' in English."""
    q = cents(amount)
    sign = "-" if q < 0 else ""
    whole, frac = f"{abs(q):.2f}".split(".")
    groups = f"{int(whole):,}"
    if lang == "nl":
        return f"{sign}€ {groups.replace(',', '.')},{frac}"
    return f"{sign}€{groups}.{frac}"
