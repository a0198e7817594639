"""Fee tables (KOT, VNG adviestabel, maximum hourly prices) read from content/tables/ as of a
year. A year or table that is not shipped raises TableNotAvailable naming what exists."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict

from wizard.content import parse, read_toml
from wizard.errors import ContentError, TableNotAvailable
from wizard.i18n import both
from wizard.paths import content_dir
from wizard.sources import Source

TableKind = Literal["kot", "vng", "max_uurprijs"]


class TableMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: TableKind
    year: int
    file: str
    valid_from: date
    valid_until: date
    rows_expected: int
    source: Source


class Limits(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max_hours_per_month: int
    source: Source


class TablesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    table: list[TableMeta]
    limits: Limits


@dataclass(frozen=True)
class KotRow:
    income_from: Decimal
    income_to: Decimal | None
    pct_first_child: Decimal
    pct_next_child: Decimal


@dataclass(frozen=True)
class VngRow:
    income_from: Decimal
    income_to: Decimal | None
    parent_rate_first: Decimal
    parent_rate_next: Decimal
    standard_rate: Decimal


def _income_matches(row: KotRow | VngRow, income: Decimal) -> bool:
    # Bounds are inclusive whole euros; an income with cents between two rows
    # (e.g. 24149.50) belongs to the lower row, as the bound is "up to and including".
    return income >= row.income_from and (
        row.income_to is None or income < row.income_to + 1
    )


@dataclass(frozen=True)
class BracketTable:
    meta: TableMeta
    rows: tuple

    def row_for(self, income: Decimal | None):
        """The row for a yearly income; None means 'not given' and takes the highest row."""
        if income is None:
            return self.rows[-1]
        for row in self.rows:
            if _income_matches(row, income):
                return row
        raise ValueError(f"income {income} outside table {self.meta.file}")


def _dec(value: str) -> Decimal | None:
    value = value.strip()
    return Decimal(value) if value else None


@lru_cache(maxsize=1)
def catalogue() -> TablesFile:
    path = content_dir() / "tables" / "tables.toml"
    return parse(TablesFile, read_toml(path), path)


def _read_csv(meta: TableMeta) -> list[dict[str, str]]:
    path = content_dir() / "tables" / meta.file
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if len(rows) != meta.rows_expected:
        raise ContentError(
            {
                "en": f"{meta.file}: {len(rows)} rows, expected {meta.rows_expected}",
                "nl": f"{meta.file}: {len(rows)} rijen, verwacht {meta.rows_expected}",
            }
        )
    return rows


def available(kind: TableKind) -> list[int]:
    return sorted(
        {y for t in catalogue().table if t.kind == kind
         for y in range(t.valid_from.year, t.valid_until.year + 1)}
    )


def _meta(kind: TableKind, year: int) -> TableMeta:
    for t in catalogue().table:
        if t.kind == kind and t.valid_from.year <= year <= t.valid_until.year:
            return t
    raise _not_available(kind, year)


def not_published(year: int) -> dict[str, str]:
    """The one sentence, in every language, for a year after the last table in this tool: its
    tables are not published yet, so no contribution is estimated (never last year's numbers)."""
    return both("The tables for the own contribution (eigen bijdrage) in {year} are not "
                "published yet, so this tool cannot estimate your contribution yet: the gemeente "
                "will tell you the amount.", year=year)


def _not_available(kind: TableKind, year: int) -> TableNotAvailable:
    if available(kind) and year > available(kind)[-1]:
        return TableNotAvailable(not_published(year))
    years = ", ".join(str(y) for y in available(kind)) or "none"
    name = {"kot": "KOT table", "vng": "VNG adviestabel", "max_uurprijs": "maximum hourly prices"}[
        kind
    ]
    naam = {"kot": "KOT-tabel", "vng": "VNG-adviestabel", "max_uurprijs": "maximum uurprijzen"}[
        kind
    ]
    return TableNotAvailable(
        {
            "en": f"There is no {name} for {year} in this tool. Available: {years}.",
            "nl": f"Er is geen {naam} voor {year} in deze tool. Wel beschikbaar: {years}.",
        }
    )


@lru_cache(maxsize=16)
def kot_table(year: int) -> BracketTable:
    meta = _meta("kot", year)
    rows = tuple(
        KotRow(
            Decimal(r["income_from_eur"]),
            _dec(r["income_to_eur"]),
            Decimal(r["pct_first_child"]),
            Decimal(r["pct_next_child"]),
        )
        for r in _read_csv(meta)
    )
    return BracketTable(meta, rows)


@lru_cache(maxsize=16)
def vng_table(year: int) -> BracketTable:
    meta = _meta("vng", year)
    rows = tuple(
        VngRow(
            Decimal(r["income_from_eur"]),
            _dec(r["income_to_eur"]),
            Decimal(r["parent_eur_per_hour"]),
            Decimal(r["parent_eur_per_hour_next_child"]),
            Decimal(r["standard_hourly_rate_eur"]),
        )
        for r in _read_csv(meta)
    )
    return BracketTable(meta, rows)


@lru_cache(maxsize=16)
def max_uurprijs(year: int) -> dict[str, Decimal]:
    meta = _meta("max_uurprijs", year)
    prices = {r["care_type"]: Decimal(r["max_eur_per_hour"]) for r in _read_csv(meta)
              if int(r["year"]) == year}
    if not prices:
        raise _not_available("max_uurprijs", year)
    return prices


def max_hours_per_month() -> Decimal:
    return Decimal(catalogue().limits.max_hours_per_month)
