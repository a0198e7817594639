"""Amounts found in a chat message, read by the one amount reader (wizard.amounts.read_amount).
An amount the reader refuses or finds ambiguous is left out: the chat then asks instead."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation


def read(text: str, kind: str) -> Decimal | None:
    try:
        from wizard.amounts import read_amount
    except ImportError:  # before wizard/amounts.py landed: the plain cases only
        return _fallback(text, kind)
    try:
        return read_amount(text, kind=kind)  # type: ignore[arg-type]
    except Exception:  # AmountError (also .ambiguous): not understood, so not used
        return None


def _fallback(text: str, kind: str) -> Decimal | None:
    t = text.replace("€", "").replace(" ", "").strip()
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".") if t.rfind(",") > t.rfind(".") else \
            t.replace(",", "")
    elif "," in t:
        head, tail = t.rsplit(",", 1)
        t = f"{head}.{tail}" if len(tail) != 3 or kind == "price" else head + tail
    elif "." in t:
        head, tail = t.rsplit(".", 1)
        t = t if len(tail) != 3 or kind == "price" else head + tail
    try:
        return Decimal(t)
    except InvalidOperation:
        return None
