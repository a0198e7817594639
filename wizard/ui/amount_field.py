"""One way to read an amount field on any screen (first application, extension, change):
the engine's one reader (wizard.amounts.read_amount) with its message in the visitor's
language. Shown back with show_money, so "85,000" in English is €85,000, never €85."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from wizard.amounts import read_amount
from wizard.errors import InputError

Kind = Literal["income", "price", "hours", "days"]


def read_field(text: object, kind: Kind, lang: str) -> tuple[Decimal | None, str | None]:
    """(value, None) for a readable amount, (None, None) for an empty field, or
    (None, message) with the reader's message in the visitor's language. What was typed is
    never changed, so a wrong amount can be corrected in place."""
    if text is None or (isinstance(text, str) and not text.strip()):
        return None, None
    try:
        return read_amount(text if isinstance(text, str) else str(text), kind=kind,
                           lang=lang), None
    except InputError as exc:
        return None, exc.message(lang)


def as_text(value: object, lang: str) -> str:
    """A stored amount as a plain number for a text field in the visitor's way of writing
    ("10,5" in Dutch, "10.5" in English; "" when absent). No thousands separator, so the
    text reads back as the same amount."""
    if value is None or value == "":
        return ""
    text = f"{Decimal(str(value)).normalize():f}"
    return text.replace(".", ",") if lang == "nl" else text


def as_cell(text: str) -> str:
    """A table cell that stays text: "+ € 2,42" would be read as a Markdown list item (a
    bullet), so the space after a leading + or − is made non-breaking."""
    if len(text) > 1 and text[0] in "+-−*" and text[1] == " ":
        return text[0] + "\u00a0" + text[2:]
    return text
