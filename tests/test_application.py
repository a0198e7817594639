"""The application details (B13): optional, strict, bounded, validated; old files stay valid."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from tests.conftest import BASE, make_answers
from wizard.answers_io import parse_answers
from wizard.application import Application, is_valid_bsn
from wizard.models import SCHEMA_VERSION, Answers


def test_b13_answers_without_application_stay_valid():
    a = make_answers()
    assert a.application is None and a.schema_version == SCHEMA_VERSION == 1


def test_b13_schema_has_no_assets_or_medical_fields():
    names = str(Application.model_json_schema()).lower()
    for word in ("asset", "vermogen", "savings", "diagnos", "medical_file", "bank"):
        assert word not in names


@pytest.mark.parametrize("bsn,ok", [("111222333", True), ("123456782", True),
                                    ("123456789", False), ("000000000", False),
                                    ("12345678", False), ("abcdefghi", False)])
def test_bsn_elfproef(bsn, ok):
    assert is_valid_bsn(bsn) is ok


def test_bsn_is_optional_and_checked_when_given():
    assert Application.model_validate_json('{"applicant": {"name": "A"}}').applicant.bsn is None
    assert Application.model_validate_json(
        '{"applicant": {"bsn": "1112 22 333"}}').applicant.bsn == "111222333"
    with pytest.raises(ValidationError, match="elfproef"):
        Application.model_validate_json('{"applicant": {"bsn": "123456789"}}')


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_elfproef_property(bsn):
    weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    total = sum(int(d) * w for d, w in zip(bsn, weights, strict=True))
    expected = bsn != "000000000" and total % 11 == 0
    assert is_valid_bsn(bsn) is expected


@pytest.mark.parametrize("patch", [
    {"applicant": {"name": "x" * 301}},
    {"reason_text": "x" * 201},
    {"contact": {"postcode": "0123 AB"}},
    {"contact": {"email": "not-an-address"}},
    {"contact": {"phone": "call me"}},
    {"children": [{"provider": {"lrk_number": "12A456789"}}]},
    {"period": {"start": "2026-05-01", "end": "2026-04-01"}},
    {"applicant": {"name": "a\x00b"}},
    {"unknown_field": 1},
    {"professional": {"consent": "yes"}},
])
def test_bad_application_details_are_refused(patch):
    import json
    with pytest.raises(ValidationError):
        Application.model_validate_json(json.dumps(patch))


def test_application_in_answers_file_round_trip():
    import json
    data = dict(BASE, application={"applicant": {"name": "Sanne"},
                                   "contact": {"postcode": "1234ab"},
                                   "children": [{"provider": {"lrk_number": "123456789",
                                                              "start_date": "2026-12-01"}}]})
    a = parse_answers(json.dumps(data))
    assert a.application.contact.postcode == "1234 AB"
    assert Answers.model_validate_json(a.model_dump_json()) == a
