"""Saved answers files: what loads, and one clear message for everything that does not."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import BASE, deep_merge
from wizard.answers_io import dump_answers, parse_answers
from wizard.errors import InputError
from wizard.rules import assess


def test_round_trip_keeps_every_answer_and_the_verdict():
    a = parse_answers(json.dumps(BASE))
    again = parse_answers(dump_answers(a))
    assert again == a
    assert assess(again).model_dump() == assess(a).model_dump()


@pytest.mark.parametrize("raw,nl_fragment", [
    (b"\xff\xfe\x00garbage", "geen geldige JSON"),
    (b"x" * 1_000_001, "te groot"),
    (json.dumps({"a": [[[[[[[[[[[[[[1]]]]]]]]]]]]]]}).encode(), "te diep"),
    (json.dumps(deep_merge(BASE, {"schema_version": 2})).encode(), "nieuwere versie"),
    (json.dumps(deep_merge(BASE, {"children": [{"age": -1}]})).encode(), "te klein"),
    (json.dumps(deep_merge(BASE, {"children": [{}]})).encode(), "leeftijd of de geboortedatum"),
    (json.dumps(deep_merge(BASE, {"children": [{"birth_date": "2030-01-01"}]})).encode(),
     "toekomst"),
    (json.dumps(deep_merge(BASE, {"children": [{"birth_date": "1990-01-01"}]})).encode(),
     "ouder dan 18"),
    (json.dumps(deep_merge(BASE, {"income": {"toetsingsinkomen": "veel"}})).encode(), "cijfers"),
    (json.dumps(deep_merge(BASE, {"gemeente": "<script>"})).encode(), "tekens"),
    (json.dumps(deep_merge(BASE, {"household": {"parents": []}})).encode(), "te kort"),
    (json.dumps(deep_merge(BASE, {"gemeente": "atlantis"})).encode(), "niet kent"),
])
def test_bad_files_give_one_clear_message_in_both_languages(raw, nl_fragment):
    with pytest.raises(InputError) as exc:
        parse_answers(raw)
    assert nl_fragment in exc.value.message("nl")
    assert exc.value.message("en") and exc.value.message("en") != exc.value.message("nl")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                 max_size=4),
    max_leaves=30)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_any_json_is_either_valid_answers_or_one_input_error(value):
    try:
        answers = parse_answers(json.dumps(value))
    except InputError as exc:
        assert exc.message("nl") and exc.message("en")
        return
    assess(answers)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_never_crash(raw):
    try:
        parse_answers(raw)
    except InputError:
        pass


def test_a_bad_bsn_in_the_application_section_is_named_plainly():
    data = deep_merge(BASE, {"application": {"applicant": {"bsn": "123456789"}}})
    with pytest.raises(InputError) as exc:
        parse_answers(json.dumps(data))
    assert "elfproef" in exc.value.message("nl") and "elfproef" in exc.value.message("en")
