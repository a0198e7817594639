"""Fuzzing the answers model and the engine: any valid answers get a verdict whose reasons
all cite existing rules; any hand-edited file gives a validation message, nothing else."""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import BASE
from wizard.answers_io import parse_answers
from wizard.errors import InputError
from wizard.models import Activity, CareType, Reason, School
from wizard.profiles import all_profiles
from wizard.rules import assess
from wizard.verdict import OUTCOME_ORDER

REF = date(2026, 11, 26)

parents = st.builds(lambda a, w, d: {"activity": a, "wlz_indication": w, "detention": d},
                    st.sampled_from([a.value for a in Activity]), st.booleans(), st.booleans())
care = st.one_of(st.none(), st.builds(
    lambda t, h, p: {"type": t, "hours_per_month": h, "hourly_price": p},
    st.sampled_from([c.value for c in CareType]),
    st.one_of(st.none(), st.decimals(0, 744, places=1).map(str)),
    st.one_of(st.none(), st.decimals(0, 100, places=2).map(str))))
def _years(born: str) -> int:
    b = date.fromisoformat(born)
    return REF.year - b.year - ((REF.month, REF.day) < (b.month, b.day))


# An age given next to a birth date must agree with it (a contradiction is refused).
child = st.builds(
    lambda age, bd, school, wlz, tr, c: {k: v for k, v in {
        "age": _years(bd) if age is not None and bd else age, "birth_date": bd,
        "school": school, "wlz_indication": wlz,
        "needs_treatment_daycare": tr, "care": c}.items() if v is not None},
    st.one_of(st.none(), st.integers(0, 18)),
    st.one_of(st.none(), st.integers(0, 18 * 365).map(lambda d: str(REF - timedelta(days=d)))),
    st.sampled_from([s.value for s in School]), st.booleans(), st.booleans(), care,
).filter(lambda c: "age" in c or "birth_date" in c)
answers = st.builds(
    lambda g, ps, cs, rs, pc, lt, inc: {
        "gemeente": g, "reference_date": str(REF), "household": {"parents": ps},
        "children": cs, "situation": {"reasons": rs, "professional_can_confirm": pc,
                                      "long_term": lt},
        "income": {} if inc is None else {"toetsingsinkomen": str(inc)}},
    st.sampled_from(sorted(all_profiles())), st.lists(parents, min_size=1, max_size=2),
    st.lists(child, min_size=1, max_size=5),
    st.lists(st.sampled_from([r.value for r in Reason]), max_size=4, unique=True),
    st.booleans(), st.booleans(), st.one_of(st.none(), st.integers(0, 10_000_000)))


@settings(max_examples=400, deadline=None)
@given(answers)
def test_every_valid_family_gets_a_verdict_with_known_rules(data):
    a = parse_answers(json.dumps(data))
    v = assess(a)
    assert v.outcome in OUTCOME_ORDER and len(v.children) == len(a.children)
    assert v.outcome == min((c.outcome for c in v.children), key=OUTCOME_ORDER.index)
    ids = {b for b in (f"B{i}" for i in range(1, 16))}
    for p in all_profiles().values():
        ids |= p.rule_ids()
    assert all(r.rule in ids for r in v.all_reasons())
    if v.fee:
        assert v.fee.total_eigen_bijdrage >= 0


def _paths(obj, prefix=()):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _paths(v, prefix + (i,))
    yield prefix


PATHS = [p for p in _paths(BASE) if p]
junk = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**12), st.text(max_size=30),
                 st.floats(allow_nan=False, allow_infinity=False), st.just([]), st.just({}))


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(PATHS), junk)
def test_a_valid_file_edited_by_hand_loads_or_gives_one_message(path, value):
    data = json.loads(json.dumps(BASE))
    target = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    try:
        a = parse_answers(json.dumps(data))
    except InputError as exc:
        assert exc.message("nl") and exc.message("en")
        return
    assess(a)
