"""The 15 basislijn points (content/basislijn.toml) and the voorliggende routes
(content/routes.toml), each with its source."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from wizard.content import parse, read_toml
from wizard.paths import content_dir
from wizard.profiles import BASISLIJN_IDS, LocalText
from wizard.sources import Source


class Point(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: LocalText
    text: LocalText
    # Thresholds that the point modules (wizard/points/) read; nothing is hard-coded there.
    min_days_per_week: int | None = None  # B6
    min_months: int | None = None  # B6
    end_of_primary_months: int | None = None  # B4: from this age a child is past basisschool
    peuter_from_months: int | None = None  # B3: peuteropvang / VE, from about 2.5 years
    peuter_to_months: int | None = None  # B3: ... to about 4 years (inclusive, in months)
    derived: str | None = None  # how a threshold above is our reading of the source


class BasislijnFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    valid_from: date
    valid_until: date | None = None
    source: Source
    points: dict[str, Point]


class RouteInfo(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    title: LocalText
    next_step: LocalText
    url: str
    source: Source


class RoutesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    routes: dict[str, RouteInfo]


@lru_cache(maxsize=1)
def basislijn() -> BasislijnFile:
    path = content_dir() / "basislijn.toml"
    data = parse(BasislijnFile, read_toml(path), path)
    missing = [b for b in BASISLIJN_IDS if b not in data.points]
    if missing:
        from wizard.errors import ContentError

        raise ContentError({"en": f"basislijn.toml: points missing: {missing}",
                            "nl": f"basislijn.toml: punten ontbreken: {missing}"})
    return data


def point(point_id: str) -> Point:
    return basislijn().points[point_id]


@lru_cache(maxsize=1)
def routes() -> dict[str, RouteInfo]:
    path = content_dir() / "routes.toml"
    return parse(RoutesFile, read_toml(path), path).routes
