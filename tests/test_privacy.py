"""Privacy: every flow (wizard, upload, PDF, chat, feedback, the staff app's letters) is run
with a sentinel name,
e-mail and BSN; afterwards the sentinels appear in no log output and no file written during
the run, and feedback rows hold no answers."""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

import pytest

from tests.conftest import BASE, deep_merge
from tests.ui_driver import eligible_family, new_app

NAME, EMAIL, BSN = "Zorgvuldig Sentinelnaam", "sentinel.privacy@example.org", "111222333"
SENTINELS = [NAME, EMAIL, BSN, NAME.split()[1]]
ROOT = Path(__file__).resolve().parents[1]


class _Collect(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        try:
            self.lines.append(self.format(record))
        except Exception:  # a record that cannot be formatted is still looked at
            self.lines.append(repr(record.__dict__))


@pytest.fixture
def logs():
    """Collect every log record at DEBUG from every logger that exists or appears."""
    handler = _Collect()
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    patched = []
    for name in list(logging.Logger.manager.loggerDict):
        lg = logging.getLogger(name)
        if not lg.propagate:
            lg.addHandler(handler)
            patched.append((lg, lg.level))
            lg.setLevel(logging.DEBUG)
    yield handler
    root.removeHandler(handler)
    root.setLevel(old_level)
    for lg, level in patched:
        lg.removeHandler(handler)
        lg.setLevel(level)


def _files_changed_since(start: float, roots: list[Path]) -> list[Path]:
    out = []
    for root in roots:
        if not root.exists():
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = [d for d in dirnames if d not in (".git", ".venv", "node_modules")]
            for f in filenames:
                p = Path(dirpath) / f
                try:
                    if p.stat().st_mtime >= start:
                        out.append(p)
                except OSError:
                    continue
    return out


def test_no_sentinel_in_logs_or_files(tmp_path, tmp_path_factory, monkeypatch, logs, capfd):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    db = home / "feedback.sqlite3"
    monkeypatch.setenv("SMI_FEEDBACK_DB", str(db))
    start = time.time() - 1

    # 1. The wizard, in professional mode with the professional's contact details.
    at = new_app(pro=True)
    at.button(key="start").click().run()
    from tests import ui_driver as d

    d.gemeente(at, "rotterdam")
    d.household(at, ["work", "none"])
    d.situation(at, ["parent_mental_illness"], long="yes")
    d.professional(at, yes=True, contact={"name": NAME, "email": EMAIL})
    d.children(at, [(2, "none", "no")])
    d.opvang(at, {0: ("dagopvang", "87", "10,50")})
    d.income(at, "40000")
    d.to_result(at)
    assert not at.exception

    # 2. Upload an answers file with the application details filled in.
    data = deep_merge(BASE, {"application": {"applicant": {"name": NAME, "bsn": BSN},
                                              "contact": {"email": EMAIL}}})
    raw = json.dumps(data).encode()
    up = new_app()
    up.file_uploader(key="upload").set_value(("answers.json", raw, "application/json")).run()
    assert not up.exception

    # 3. The aanvraagformulier PDF, built in memory as the download button does.
    from wizard.answers_io import parse_answers
    from wizard.documents import build_form_pdf

    pdf = build_form_pdf(parse_answers(raw), "basislijn", "nl")
    assert pdf.startswith(b"%PDF")

    # 4. The chatbot, asked a question that contains the sentinels.
    from wizard.chat import ask

    reply = ask(f"Ik ben {NAME}, mijn BSN is {BSN} en mail {EMAIL}. Hoeveel dagen krijg ik?",
                lang="nl")
    assert reply.kind in ("answer", "handoff", "refuse")

    # 5. Feedback, as the result page stores it.
    from wizard.feedback import FeedbackStore

    FeedbackStore().add("rotterdam", 4, "Fijn hulpmiddel", "nl")
    eligible_family(new_app())

    # 6. The staff app: the same file uploaded on the letters page, a grant letter made.
    from datetime import date

    from streamlit.testing.v1 import AppTest

    staff = AppTest.from_file(str(ROOT / "staff_app.py"), default_timeout=60).run()
    staff.file_uploader(key="staff_upload").set_value(("a.json", raw, "application/json")).run()
    staff.text_input(key="w_staff_number").set_value("SMI-1")
    staff.date_input(key="w_staff_app_date").set_value(date(2026, 11, 2))
    staff.date_input(key="w_staff_start").set_value(date(2026, 12, 1))
    staff.date_input(key="w_staff_end").set_value(date(2027, 5, 31))
    staff.text_input(key="w_staff_days_1").set_value("2")
    staff.button(key="w_staff_make").click().run()
    assert not staff.exception and not staff.error
    assert staff.session_state["staff_letter"][1].startswith(b"%PDF")

    out, err = capfd.readouterr()
    text = "\n".join(logs.lines) + out + err
    for s in SENTINELS:
        assert s not in text, f"sentinel {s!r} in log output"
    written = _files_changed_since(start, [home, ROOT, Path("/tmp")])
    # Other test runs on a shared machine write their own fixtures (with the same common
    # test BSN) under /tmp/pytest-of-<user>/pytest-<n>: those are not this run's output.
    base = tmp_path_factory.getbasetemp()
    written = [p for p in written
               if not (p.is_relative_to(base.parent) and not p.is_relative_to(base))]
    for p in written:
        try:
            if p.stat().st_size > 50_000_000:
                continue
            blob = p.read_bytes()
        except OSError:  # removed again since the walk (another program's temporary file)
            continue
        for s in SENTINELS:
            assert s.encode() not in blob, f"sentinel {s!r} written to {p}"
    assert db.exists()
    import sqlite3

    rows = sqlite3.connect(db).execute("SELECT * FROM smi_feedback").fetchall()
    assert rows == [(rows[0][0], "rotterdam", 4, "Fijn hulpmiddel", "nl")]
