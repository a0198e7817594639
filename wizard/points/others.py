"""The points without a rule type of their own in the profiles (B2, B9, B10, B12, B14, B15):
'below' only where a gemeente condition is marked so, otherwise 'unknown'. A point that gets
its own data gets its own module."""

from __future__ import annotations

from datetime import date
from functools import partial

from wizard.points._base import (
    Comparison,
    compare_with,
)
from wizard.profiles import Profile

POINTS = ("B2", "B9", "B10", "B12", "B14", "B15")


def compare_point(point_id: str, profile: Profile, on: date | None = None) -> Comparison:
    return compare_with(point_id)(profile, on)


COMPARE = {p: partial(compare_point, p) for p in POINTS}
