"""The period this tool has national rules and tables for (content/basislijn.toml and
content/tables/tables.toml, each with valid_from / valid_until). A reference date outside it is
judged by no rule at all: one clear DateNotCovered message (exit 2 in the CLI), never the
nearest year's rules."""

from __future__ import annotations

from datetime import date

from wizard.basislijn import basislijn
from wizard.errors import DateNotCovered
from wizard.i18n import both
from wizard.tables import catalogue

# The national parts every verdict needs: the basislijn and the KOT table with its caps.
_NEEDED_TABLES = ("kot", "max_uurprijs")


def periods(kind: str) -> list[tuple[date, date]]:
    return sorted((t.valid_from, t.valid_until) for t in catalogue().table if t.kind == kind)


def _covered(on: date, spans: list[tuple[date, date | None]]) -> bool:
    return any(start <= on and (end is None or on <= end) for start, end in spans)


def covered_period() -> tuple[date, date | None]:
    """The first and last day for which every national part has a value (None = open)."""
    b = basislijn()
    starts = [b.valid_from] + [periods(k)[0][0] for k in _NEEDED_TABLES]
    ends = [e for e in [b.valid_until] + [periods(k)[-1][1] for k in _NEEDED_TABLES] if e]
    return max(starts), (min(ends) if ends else None)


def check_date(on: date) -> None:
    """Raise DateNotCovered when the basislijn or a needed table has no value for `on`."""
    b = basislijn()
    ok = _covered(on, [(b.valid_from, b.valid_until)]) and all(
        _covered(on, periods(k)) for k in _NEEDED_TABLES)
    if ok:
        return
    start, end = covered_period()
    raise DateNotCovered(both(
        "This tool has no rules or tables for {date}. It knows them from {start} until {end}. "
        "Please use a date in that period.", date=on.isoformat(), start=start.isoformat(),
        end=end.isoformat() if end else "-"))
