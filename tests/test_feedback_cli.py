"""`smi feedback-report` and the feedback store's cleaning (B15)."""

from __future__ import annotations

from datetime import date

import pytest

from wizard.cli import main
from wizard.feedback import FeedbackStore, clean_text, neutralise


def test_report_prints_counts_and_average_per_gemeente_and_month(tmp_path, capsys):
    db = str(tmp_path / "f.sqlite3")
    s = FeedbackStore(db)
    s.add("leiden", 5, today=date(2026, 11, 1))
    s.add("leiden", 2, today=date(2026, 11, 9))
    s.add("rotterdam", 4, "=HYPERLINK(\"http://x\")\x1b[31m", today=date(2026, 10, 3))
    assert main(["feedback-report", "--db", db, "--csv", "--comments"]) == 0
    out = capsys.readouterr().out
    assert "leiden,2026-11,2,3.50" in out
    assert "rotterdam,2026-10,1,4.00" in out
    assert "'=HYPERLINK" in out and "\x1b" not in out


def test_report_reads_smi_feedback_db_from_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("SMI_DATABASE_URL", raising=False)
    monkeypatch.setenv("SMI_FEEDBACK_DB", str(tmp_path / "env.sqlite3"))
    FeedbackStore().add("basislijn", 3)
    assert main(["feedback-report"]) == 0
    assert "basislijn" in capsys.readouterr().out


@pytest.mark.parametrize("rating", [0, 6, "5", 4.5])
def test_only_ratings_one_to_five(tmp_path, rating):
    with pytest.raises(ValueError):
        FeedbackStore(str(tmp_path / "f.sqlite3")).add("leiden", rating)


def test_gemeente_must_be_an_id_not_free_text(tmp_path):
    with pytest.raises(ValueError):
        FeedbackStore(str(tmp_path / "f.sqlite3")).add("Jan Jansen, Dorpsstraat 1", 3)


def test_cleaning_drops_control_and_bidi_characters():
    assert clean_text("a\u202eb\x00c\nd") == "abc d"
    assert neutralise("+31 6 1234") == "'+31 6 1234"
    assert neutralise("-2") == "-2"
    assert neutralise("@SUM(A1)") == "'@SUM(A1)"
