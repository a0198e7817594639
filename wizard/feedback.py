"""Customer satisfaction (B15) without personal data: only gemeente id, month, rating (1-5),
comment and language. SQLite by default (SMI_FEEDBACK_DB); SMI_DATABASE_URL=postgresql://...
uses PostgreSQL through psycopg 3 with the same SQL."""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import time
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from wizard.log import event

MAX_COMMENT = 1000
RETRY_SECONDS = 10.0  # how long a write waits for a restarting database
_GEMEENTE = re.compile(r"^[a-z0-9-]{1,80}$")
# Cc (control) and Cf (format, e.g. bidi overrides) characters; newline and tab become spaces.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

SCHEMA = """CREATE TABLE IF NOT EXISTS smi_feedback (
    month TEXT NOT NULL,
    gemeente TEXT NOT NULL,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL
)"""
INSERT = ("INSERT INTO smi_feedback (month, gemeente, rating, comment, lang) "
          "VALUES (%s, %s, %s, %s, %s)")
REPORT = """SELECT gemeente, month, COUNT(*), AVG(rating) FROM smi_feedback
GROUP BY gemeente, month ORDER BY gemeente, month"""
COMMENTS = "SELECT gemeente, month, rating, comment FROM smi_feedback WHERE comment <> '' " \
           "ORDER BY gemeente, month"


def default_db_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "smi-wegwijzer" / "feedback.sqlite3"


def clean_text(text: str, limit: int = MAX_COMMENT) -> str:
    """Drop control and format characters (newlines become spaces), trim, cut to the limit."""
    out = []
    for ch in text:
        if ch in "\n\t\r":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Cn"):
            continue
        else:
            out.append(ch)
    return re.sub(r" {2,}", " ", "".join(out)).strip()[:limit]


def neutralise(value: object) -> str:
    """A value safe to print in a report that may be opened as CSV: control characters gone,
    a leading formula character (= + - @) prefixed with an apostrophe."""
    text = clean_text(str(value), limit=10_000)
    if text.startswith(_FORMULA_START) and not re.fullmatch(r"-?\d+(\.\d+)?", text):
        text = "'" + text
    return text


@dataclass(frozen=True)
class Row:
    gemeente: str
    month: str
    count: int
    average: float


class FeedbackStore:
    """Write and summarise feedback. `url` is a sqlite file path or a postgresql:// URL."""

    def __init__(self, url: str | None = None):
        self.url = url or os.environ.get("SMI_DATABASE_URL") or os.environ.get(
            "SMI_FEEDBACK_DB") or str(default_db_path())
        self.is_postgres = self.url.startswith(("postgresql://", "postgres://"))

    def _connect(self) -> Any:
        if self.is_postgres:
            import psycopg  # only needed for PostgreSQL

            return psycopg.connect(self.url, connect_timeout=3)
        path = self.url.removeprefix("sqlite:///")
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        return sqlite3.connect(path)

    def _sql(self, sql: str) -> str:
        return sql if self.is_postgres else sql.replace("%s", "?")

    def _run(self, sql: str, params: tuple = (), fetch: bool = False) -> list[tuple]:
        """Runs one statement; a database that is restarting or briefly away is tried again
        for about RETRY_SECONDS, so a parent's rating is not lost to a restart. After that
        the error reaches the caller, who tells the parent (never lost silently)."""
        waited, pause = 0.0, 0.25
        while True:
            try:
                return self._run_once(sql, params, fetch)
            except Exception as exc:  # noqa: BLE001 - only connection trouble is retried
                if not self._is_transient(exc) or waited >= RETRY_SECONDS:
                    event("feedback_not_saved", logging.ERROR, error=type(exc).__name__)
                    raise
                event("feedback_retry", logging.WARNING, error=type(exc).__name__)
                time.sleep(pause)
                waited += pause
                pause = min(pause * 2, 2.0)

    def _is_transient(self, exc: Exception) -> bool:
        if self.is_postgres:
            import psycopg

            return isinstance(exc, psycopg.OperationalError)
        return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)

    def _run_once(self, sql: str, params: tuple, fetch: bool) -> list[tuple]:
        conn = self._connect()
        try:
            cur = conn.cursor()
            cur.execute(SCHEMA)
            cur.execute(self._sql(sql), params)
            rows = cur.fetchall() if fetch else []
            conn.commit()
            return rows
        finally:
            conn.close()

    def add(self, gemeente: str, rating: int, comment: str = "", lang: str = "nl",
            today: date | None = None) -> None:
        if not isinstance(rating, int) or not 1 <= rating <= 5:
            raise ValueError("rating must be 1 to 5")
        if not _GEMEENTE.match(gemeente):
            raise ValueError("not a gemeente id")
        lang = lang if lang in ("nl", "en") else "nl"
        month = (today or date.today()).strftime("%Y-%m")
        self._run(INSERT, (month, gemeente, rating, clean_text(comment or ""), lang))

    def report(self) -> list[Row]:
        return [Row(g, m, int(n), round(float(avg), 2))
                for g, m, n, avg in self._run(REPORT, fetch=True)]

    def comments(self) -> list[tuple[str, str, int, str]]:
        return [(g, m, int(r), c) for g, m, r, c in self._run(COMMENTS, fetch=True)]
