"""The period this tool has national rules and fee tables for (content/basislijn.toml and
content/tables/tables.toml, each with valid_from / valid_until).

Two periods, because they answer two questions. Whether SMI fits (the basislijn B1..B15 and the
gemeente's own rules) does not depend on the fee tables: a verdict is given for every day the
basislijn covers, and a day before it is one clear DateNotCovered message (exit 2 in the CLI),
never the nearest year's rules. The eigen bijdrage (B11) needs the KOT table with its maximum
hourly prices, or the VNG table, of the reference year: for a year whose tables are not
published yet there is no estimate, only a sentence that says so; never last year's numbers."""

from __future__ import annotations

from datetime import date

from wizard.basislijn import basislijn
from wizard.errors import DateNotCovered
from wizard.i18n import both
from wizard.tables import catalogue, not_published

# The tables each way of calculating the contribution reads (wizard/fees.py).
FEE_TABLES: dict[str, tuple[str, ...]] = {"kot": ("kot", "max_uurprijs"), "vng": ("vng",),
                                          "none": ()}


def today() -> date:
    """The reference date of a check started now. Callers use `dated.today()` (the module
    attribute), so that tests/conftest.py can pin the day: no test depends on the day it runs."""
    return date.today()


def this_year() -> int:
    """The year of a check started now (today() looked up when called, so a pin holds)."""
    return today().year


def periods(kind: str) -> list[tuple[date, date]]:
    return sorted((t.valid_from, t.valid_until) for t in catalogue().table if t.kind == kind)


def _covered(on: date, spans: list[tuple[date, date | None]]) -> bool:
    return any(start <= on and (end is None or on <= end) for start, end in spans)


def covered_period() -> tuple[date, date | None]:
    """The first and last day a verdict can be given: the basislijn's (None = no end)."""
    b = basislijn()
    return b.valid_from, b.valid_until


def fee_period(table: str = "kot") -> tuple[date, date] | None:
    """The first and last day for which a contribution can be estimated with `table`
    (None for "none": the gemeente pays it all, no table is read)."""
    kinds = FEE_TABLES[table]
    if not kinds:
        return None
    return (max(periods(k)[0][0] for k in kinds), min(periods(k)[-1][1] for k in kinds))


def fee_published(table: str, on: date) -> bool:
    """Whether every table `table` reads has a value for `on`."""
    return all(_covered(on, periods(k)) for k in FEE_TABLES[table])


def fee_not_published(table: str, on: date) -> dict[str, str] | None:
    """The sentence for a reference date after the last published fee table (every language),
    or None when the contribution can be estimated. A date before the tables is not a year
    whose tables are still to come: check_date refuses it before this is asked."""
    if fee_published(table, on):
        return None
    return not_published(on.year)


def check_date(on: date) -> None:
    """Raise DateNotCovered when the basislijn has no value for `on`. The fee tables are not
    checked here: a verdict does not depend on them (see fee_not_published)."""
    start, end = covered_period()
    if _covered(on, [(start, end)]):
        return
    if end is None:
        raise DateNotCovered(both(
            "This tool has no rules for {date}. It knows them from {start}. Please use a "
            "date from then on.", date=on.isoformat(), start=start.isoformat()))
    raise DateNotCovered(both(
        "This tool has no rules or tables for {date}. It knows them from {start} until {end}. "
        "Please use a date in that period.", date=on.isoformat(), start=start.isoformat(),
        end=end.isoformat()))
