"""Structured operational logs: one JSON line per event on the "smi" logger (stderr, which
the container platform collects). Only an event name and fields from a fixed list of codes
are written — never an answer, a name or free text — so a log cannot hold personal data."""

from __future__ import annotations

import json
import logging
import re
import sys

# Field name -> allowed pattern. Anything else is dropped, not escaped.
SAFE_FIELDS = {"kind": r"[a-z_]{1,30}", "gemeente": r"[a-z0-9-]{1,80}", "lang": r"[a-z]{2}",
               "attempt": r"\d{1,3}", "app": r"[a-z_]{1,20}", "error": r"[A-Za-z]{1,60}"}
_logger = logging.getLogger("smi")


def _setup() -> None:
    if _logger.handlers:
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    _logger.addHandler(handler)
    _logger.setLevel(logging.INFO)


def event(event_name: str, level: int = logging.INFO, /, **fields: object) -> None:
    """Log one event, e.g. event("letter_made", kind="toekenning", lang="nl")."""
    _setup()
    record = {"event": re.sub(r"[^a-z_]", "", event_name)[:40]}
    for key, value in fields.items():
        pattern = SAFE_FIELDS.get(key)
        if pattern and re.fullmatch(pattern, str(value)):
            record[key] = str(value)
    _logger.log(level, json.dumps(record, sort_keys=True))
