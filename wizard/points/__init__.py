"""One module per basislijn point (B1..B15, with the voorliggende voorzieningen under B3):
each reads its thresholds from content/, compares a gemeente profile with the point (met /
below / unknown, with rule and source) and judges one family or child (a Criterion). The
verdict's flags, the monitor, the compare page, the publiekstekst and the chat all ask here,
so they cannot disagree."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from wizard.points import (
    b1_legal_form,
    b3_voorliggend,
    b4_age,
    b5_income,
    b6_offer,
    b7_extension,
    b8_hardheid,
    b11_fee,
    b13_data,
    others,
)
from wizard.points._base import Comparison, Context, Criterion, Status
from wizard.profiles import BASISLIJN_IDS, Flag, Profile

COMPARE: dict[str, Callable[..., Comparison]] = {
    "B1": b1_legal_form.compare, "B3": b3_voorliggend.compare, "B4": b4_age.compare,
    "B5": b5_income.compare, "B6": b6_offer.compare, "B7": b7_extension.compare,
    "B8": b8_hardheid.compare, "B11": b11_fee.compare, "B13": b13_data.compare,
    **others.COMPARE,
}
def compare(point_id: str, profile: Profile, on: date | None = None) -> Comparison:
    return COMPARE[point_id](profile, on)


# Comparisons depend only on the (frozen) profile: remember them per profile object, so a
# verdict, the monitor and a wizard rerun do not judge the same profile again.
_SEEN: dict[int, tuple[Profile, list[Comparison]]] = {}


def compare_all(profile: Profile, on: date | None = None) -> list[Comparison]:
    """One comparison per basislijn point, B1..B15, for one profile (as of `on`)."""
    profile = profile.as_of(on) if on else profile
    seen = _SEEN.get(id(profile))
    if seen is not None and seen[0] is profile:
        return list(seen[1])
    result = [COMPARE[p](profile) for p in BASISLIJN_IDS]
    if len(_SEEN) > 512:  # dated or edited copies: keep the memory bounded
        _SEEN.clear()
    _SEEN[id(profile)] = (profile, result)
    return list(result)


def below(profile: Profile, on: date | None = None) -> list[Flag]:
    """Every rule of this profile that offers less than the basislijn (the verdict's flags)."""
    return [f for c in compare_all(profile, on) if c.status == "below" for f in c.flags]


__all__ = ["COMPARE", "Comparison", "Context", "Criterion", "Status", "below", "compare",
           "compare_all"]
