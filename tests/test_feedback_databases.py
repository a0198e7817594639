"""The feedback store (B15) works the same on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from datetime import date

import pytest

from tests.servers import postgres_server
from wizard.feedback import FeedbackStore


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    if request.param == "sqlite":
        yield FeedbackStore(str(tmp_path / "feedback.sqlite3"))
        return
    with postgres_server() as url:
        yield FeedbackStore(url)


def test_the_same_feedback_gives_the_same_report_on_both_databases(store):
    store.add("rotterdam", 4, "Duidelijk", "nl", today=date(2026, 11, 2))
    store.add("rotterdam", 2, "", "en", today=date(2026, 11, 20))
    store.add("leiden", 5, "=cmd|' /C calc'!A0", "nl", today=date(2026, 10, 1))
    rows = {(r.gemeente, r.month): (r.count, r.average) for r in store.report()}
    assert rows == {("leiden", "2026-10"): (1, 5.0), ("rotterdam", "2026-11"): (2, 3.0)}
    assert store.is_postgres == store.url.startswith("postgresql://")


def test_rows_hold_no_answers_only_the_five_columns(store):
    store.add("den-haag", 3, "ok", "nl", today=date(2026, 11, 1))
    conn = store._connect()
    try:
        cur = conn.cursor()
        cur.execute("SELECT * FROM smi_feedback")
        columns = [d[0] for d in cur.description]
    finally:
        conn.close()
    assert columns == ["month", "gemeente", "rating", "comment", "lang"]
