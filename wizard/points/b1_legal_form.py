"""B1: the gemeente lays SMI down in a verordening. Data: `rules.legal_form` in a profile."""

from __future__ import annotations

from wizard.i18n import both
from wizard.points._base import (
    Comparison,
    compare_with,
    condition_flags,
    from_flags,
    met,
    unknown,
)
from wizard.profiles import Flag, Profile

POINT = "B1"


def _compare(profile: Profile) -> Comparison:
    form = profile.rules.legal_form
    flags = []
    if form and form.form != "verordening":
        flags.append(Flag(rule=form.id, basislijn=POINT, texts=both(
            "SMI is not laid down in a verordening but in {form}.",
            form=form.form.replace("_", " "))))
    flags += condition_flags(profile, POINT)
    if below := from_flags(profile, POINT, flags):
        return below
    if form:
        return met(profile, POINT, form, "SMI is laid down in a verordening.")
    return unknown(POINT)


compare = compare_with(POINT, _compare)


