"""Amounts found in a chat message, read by the one amount reader (wizard.amounts.read_amount).
An amount the reader refuses or finds ambiguous is left out: the chat then asks instead."""

from __future__ import annotations

from decimal import Decimal

from wizard.amounts import read_amount


def read(text: str, kind: str) -> Decimal | None:
    try:
        return read_amount(text, kind=kind)  # type: ignore[arg-type]
    except Exception:  # AmountError (also .ambiguous): not understood, so not used
        return None
