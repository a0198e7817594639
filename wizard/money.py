"""Money helpers: every amount is a Decimal rounded to whole cents, half-up (domain.md)."""

from decimal import ROUND_HALF_UP, Decimal

from wizard.i18n import RTL_LANGS

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
    if lang == "en":
        return f"{sign}€{groups}.{frac}"
    # Dutch notation also for tr/ar/pl/uk: the same figures as on the gemeente's letters.
    shown = f"{sign}€ {groups.replace(',', '.')},{frac}"
    # In right-to-left text the amount is a left-to-right isolate (U+2066 … U+2069), so
    # "€ 60.000,00" is not shown as "60.000,00 €" or with its sign on the wrong side.
    return f"\u2066{shown}\u2069" if lang in RTL_LANGS else shown
