"""Structured logs (wizard/log.py): one JSON object per line with the event and only coded
fields; free text and unknown fields never reach the log."""

from __future__ import annotations

import json
import logging

from wizard.log import event


def test_an_event_is_one_json_line_with_only_safe_fields(caplog):
    with caplog.at_level(logging.INFO, logger="smi"):
        event("letter_made", kind="toekenning", lang="nl", gemeente="leiden",
              name="Jan Jansen", comment="mijn BSN is 111222333")
    record = json.loads(caplog.records[-1].getMessage())
    assert record == {"event": "letter_made", "kind": "toekenning", "lang": "nl",
                      "gemeente": "leiden"}


def test_a_field_with_free_text_is_dropped_not_logged(caplog):
    with caplog.at_level(logging.INFO, logger="smi"):
        event("feedback_retry", error="Connection refused by Jan", kind="x y")
    assert json.loads(caplog.records[-1].getMessage()) == {"event": "feedback_retry"}
