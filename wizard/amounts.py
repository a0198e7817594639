"""The one reader of amounts typed by people (wizard, CLI, answers file) and the one way to show
them back. "60.000" is sixty thousand, "10,50" ten fifty, "1.250,50" twelve hundred fifty and a
half; a typing that can mean two things ("1.250" as an hourly price) raises a question instead of
a guess, so a parent never gets a silent €60 for €60,000."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from wizard.errors import AmountError
from wizard.i18n import N_, RTL_LANGS, both, normalise_lang
from wizard.limits import MAXIMUM

Kind = Literal["income", "price", "hours", "days"]
KINDS: tuple[str, ...] = ("income", "price", "hours", "days")
_MONEY = ("income", "price")

# What is asked, mid-sentence, and an example in each language's own format.
_WHAT = {
    "income": N_("the yearly income"),
    "price": N_("the price per hour"),
    "hours": N_("the number of hours per month"),
    "days": N_("the number of days per week"),
}
_EXAMPLE = {
    "income": {"nl": "60.000", "en": "60,000"},
    "price": {"nl": "10,50", "en": "10.50"},
    "hours": {"nl": "80", "en": "80"},
    "days": {"nl": "2", "en": "2"},
}
# Unit words people type after a number of hours or days.
_UNIT = {
    "hours": ("uur", "uren", "u", "hours", "hour", "hrs", "hr", "h"),
    "days": ("dagen", "dag", "days", "day", "d"),
}
# The period each kind is asked per; the same period may be typed after the number.
_PERIOD = {
    "income": ("jaar", "year", "jr"),
    "price": ("uur", "hour", "u"),
    "hours": ("maand", "month", "mnd"),
    "days": ("week", "wk"),
}
_PERIOD_RE = re.compile(r"(?:\s+(?:per|a|an|in\s+de|in\s+a)\s+|\s*/\s*)([a-z]+)\.?\s*$")
_UNIT_RE = re.compile(r"\s*([a-z]+)\.?\s*$")
_CURRENCY_RE = re.compile(r"^(?:€|eur|euro|euros)\s*|\s*(?:€|eur|euro|euros)$")
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2212": "-",
                         "\u2013": "-"})
_GROUPED = re.compile(r"\d{1,3}(?:\d{3})*")


def _error(msgid: str, kind: str, lang: str, *, ambiguous: bool = False,
           readings: tuple = (), **fields: object) -> AmountError:
    texts = both(msgid, what=both(_WHAT[kind]), example=_EXAMPLE[kind], **fields)
    return AmountError(texts, lang=lang, ambiguous=ambiguous, readings=readings)


_NEGATIVE = N_("A number below zero is not possible for {what}. Please type zero or more.")


def _garbage(kind: str, lang: str) -> AmountError:
    return _error(N_("Please type {what} in digits, for example {example}."), kind, lang)


def _valid_groups(groups: list[str]) -> bool:
    """Thousands groups: the first has 1 to 3 digits (not a lone 0), every next exactly 3."""
    first, rest = groups[0], groups[1:]
    return (1 <= len(first) <= 3 and first.isdigit() and not (first == "0" and rest)
            and all(len(g) == 3 and g.isdigit() for g in rest))


def _strip_words(t: str, kind: str, lang: str) -> str:
    """Remove a currency sign, a unit ("20 uur") and a period ("per maand") that fit `kind`;
    a unit or period of another kind is a question, not a guess."""
    m = _PERIOD_RE.search(t)
    if m and re.search(r"\d", t[:m.start()]):
        word = m.group(1)
        if word in _PERIOD[kind]:
            t = t[:m.start()]
        elif kind == "hours" and word in _PERIOD["days"]:
            raise _error(N_("You typed hours per week. How many hours a month is that? A month "
                            "has about 4.3 weeks. Please type the hours per month, for example "
                            "{example}."), kind, lang, ambiguous=True)
        else:
            raise _garbage(kind, lang)
    if kind in _UNIT:
        m = _UNIT_RE.search(t)
        if m and re.search(r"\d", t[:m.start()]):
            word = m.group(1)
            other = "days" if kind == "hours" else "hours"
            if word in _UNIT[kind]:
                t = t[:m.start()]
            elif word in _UNIT[other]:
                msgid = (N_("You typed days. How many hours a month is that? Please type the "
                            "number of hours per month, for example {example}.")
                         if kind == "hours" else
                         N_("You typed hours. How many days a week is that? Please type the "
                            "number of days per week, for example {example}."))
                raise _error(msgid, kind, lang, ambiguous=True)
    elif kind in _MONEY:
        t = _CURRENCY_RE.sub("", t).strip()
        t = _CURRENCY_RE.sub("", t).strip()  # "-€ 5" and "€ -5" alike
    return t.strip()


def _readings(digits: str, kind: str) -> tuple[Decimal, ...]:
    """Every sensible reading of digits with '.' and ',' (spaces already gone)."""
    dots, commas = digits.count("."), digits.count(",")
    if not dots and not commas:
        return (Decimal(digits),)
    if dots and commas:  # the last sign is the decimal sign: 1.250,50 and 1,250.50
        dec = "," if digits.rfind(",") > digits.rfind(".") else "."
        group = "." if dec == "," else ","
        whole, _, frac = digits.rpartition(dec)
        if digits.count(dec) != 1 or not _valid_groups(whole.split(group)) or not frac.isdigit():
            return ()
        return (Decimal(whole.replace(group, "") + "." + frac),)
    sep = "." if dots else ","
    parts = digits.split(sep)
    if len(parts) > 2:  # 1.250.000: only thousands groups make sense
        return (Decimal("".join(parts)),) if _valid_groups(parts) else ()
    whole, frac = parts
    whole = whole or "0"
    if not whole.isdigit() or not frac.isdigit():
        return ()
    as_decimal = Decimal(f"{whole}.{frac}")
    if len(frac) != 3 or not _valid_groups([whole, frac]):
        return (as_decimal,)
    as_thousands = Decimal(whole + frac)
    if kind == "income" or not frac.endswith("0"):  # nobody types a tenth of a cent
        return (as_thousands,)
    return (as_decimal, as_thousands)


def show_number(value: Decimal, lang: str) -> str:
    """A plain number in the reader's format: 7,5 (nl) or 7.5 (en); 1.000 or 1,000."""
    lang = normalise_lang(lang)
    q = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    whole, _, frac = f"{abs(q):f}".partition(".")
    text = f"{int(whole):,}" + (f".{frac}" if frac else "")
    if lang != "en":  # Dutch notation, also in tr/ar/pl/uk (as on the gemeente's letters)
        text = text.translate(str.maketrans(",.", ".,"))
    return ("-" if q < 0 else "") + text


def show_money(amount: Decimal, lang: str, cents: bool | None = None) -> str:
    """An amount in the reader's format: "€ 60.000" / "€ 10,50" (nl), "€60,000" / "€10.50" (en).
    cents=None shows cents only when there are any; False rounds to whole euros, half-up."""
    lang = normalise_lang(lang)
    q = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    if cents is None:
        cents = q != q.to_integral_value()
    if not cents:
        q = q.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    whole, _, frac = f"{abs(q):f}".partition(".")
    text = f"{int(whole):,}" + (f".{frac}" if cents else "")
    if lang == "en":
        return f"{'-' if q < 0 else ''}€{text}"
    # Dutch notation, also in tr/ar/pl/uk (as on the gemeente's letters); in Arabic a
    # left-to-right isolate, so "€ 36,54" does not turn into "36,54 €" inside the sentence
    shown = f"{'-' if q < 0 else ''}€ " + text.translate(str.maketrans(",.", ".,"))
    return f"\u2066{shown}\u2069" if lang in RTL_LANGS else shown


_EURO_SPACE = re.compile(r"€ (?=[-\d])")


def keep_amounts_together(text: str) -> str:
    """The euro sign and its digits on one line: "€ 11,50" with a no-break space, so a narrow
    phone screen does not leave "€" at the end of one line and "11,50" on the next."""
    return _EURO_SPACE.sub("€\u00a0", text)


def _show(value: Decimal, kind: str, lang: str) -> str:
    if abs(value) >= 10**15:  # a typing slip of many digits: show its start, not all of it
        return f"{value:f}"[:12] + "…"
    return show_money(value, lang) if kind in _MONEY else show_number(value, lang)


def _typed(value: Decimal, kind: str, lang: str) -> str:
    """How to type a reading so it is not ambiguous: without thousands sign."""
    text = f"{value.normalize():f}"
    return text if lang == "en" else text.replace(".", ",")


def _checked(value: Decimal, kind: str, lang: str) -> Decimal:
    if not value.is_finite():
        raise _garbage(kind, lang)
    if value < 0:
        raise _error(_NEGATIVE, kind, lang)
    maximum = MAXIMUM[kind]
    if value > maximum:
        raise _error(N_("{value} is more than the maximum for {what} ({maximum}). Please check "
                        "the number."), kind, lang,
                     value={lg: _show(value, kind, lg) for lg in ("nl", "en")},
                     maximum={lg: _show(maximum, kind, lg) for lg in ("nl", "en")})
    if value != value.quantize(Decimal("0.01")):
        raise _error(N_("Please type {what} with at most two digits after the decimal sign."),
                     kind, lang)
    return value


def read_amount(text: str | int | Decimal, *, kind: Kind, lang: str = "nl") -> Decimal:
    """The one reading of an amount typed by a person, within the answers model's bounds.
    Raises AmountError with a message in `lang` (and `ambiguous=True` when it must ask)."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind of amount: {kind}")
    lang = normalise_lang(lang)
    if isinstance(text, bool):
        raise _garbage(kind, lang)
    if isinstance(text, (int, Decimal)):
        return _checked(Decimal(text), kind, lang)
    if not isinstance(text, str):
        raise _garbage(kind, lang)
    t = text.translate(_SPACES).strip().lower()
    t = _strip_words(t, kind, lang)
    negative = t.startswith("-")
    t = t.lstrip("-+").strip()
    if kind in _MONEY:
        t = _CURRENCY_RE.sub("", t).strip()
    t = re.sub(r"[.,]-$", "", t)  # "€ 60,-" is whole euros
    t = re.sub(r"(?<=\d)[ '’](?=\d{3}\b)", "", t)  # 60 000 and 60'000
    t = t.rstrip(".,") if re.search(r"\d[.,]$", t) else t
    if not t or not re.fullmatch(r"[0-9.,]+", t) or not re.search(r"\d", t):
        raise _garbage(kind, lang)
    readings = _readings(t, kind)
    if not readings:
        raise _garbage(kind, lang)
    if negative:
        raise _error(_NEGATIVE, kind, lang)
    if len(readings) > 1:
        first, second = readings
        raise _error(N_("Do you mean {first} or {second}? Please type it again, for example "
                        "{first_typed} or {second_typed}."), kind, lang, ambiguous=True,
                     readings=readings,
                     first={lg: _show(first, kind, lg) for lg in ("nl", "en")},
                     second={lg: _show(second, kind, lg) for lg in ("nl", "en")},
                     first_typed={lg: _typed(first, kind, lg) for lg in ("nl", "en")},
                     second_typed={lg: _typed(second, kind, lg) for lg in ("nl", "en")})
    return _checked(readings[0], kind, lang)
