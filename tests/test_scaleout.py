"""Deployment on real servers, all on loopback: Debian nginx with the project's own
deploy/nginx.conf in front of two parents' replicas and the staff app, and a real PostgreSQL
for feedback. The staff address refuses a request without credentials; nothing of the staff
app is reachable from the parents' address; feedback survives a database restart."""

from __future__ import annotations

import base64
import secrets
import threading
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from datetime import date

import pytest

from tests.servers import (
    free_port,
    htpasswd_line,
    nginx_server,
    postgres_control,
    streamlit_server,
)
from wizard.feedback import FeedbackStore

USER = "medewerker"
PASSWORD = secrets.token_urlsafe(12)


def get(url: str, auth: tuple[str, str] | None = None) -> tuple[int, str, dict]:
    req = urllib.request.Request(url)
    if auth:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        req.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read().decode(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace"), dict(e.headers)


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    logs = tmp_path_factory.mktemp("deploy")
    env = {"SMI_FEEDBACK_DB": str(logs / "fb.sqlite3"), "SMI_DATABASE_URL": ""}
    with ExitStack() as stack:
        parents = [free_port(), free_port()]
        for i, port in enumerate(parents):
            stack.enter_context(streamlit_server(port, env, logs / f"app{i}.log"))
        staff = free_port()
        stack.enter_context(streamlit_server(staff, env, logs / "staff.log",
                                             script="staff_app.py"))
        ng = stack.enter_context(nginx_server(parents, staff, htpasswd_line(USER, PASSWORD)))
        yield ng, parents, staff


def test_the_staff_address_refuses_a_request_without_credentials(deployment):
    ng, _, _ = deployment
    status, body, headers = get(ng.staff + "/")
    assert status == 401
    assert headers.get("WWW-Authenticate", "").startswith("Basic")
    assert get(ng.staff + "/monitor")[0] == 401
    assert get(ng.staff + "/_stcore/stream")[0] == 401  # the app's own channel too


def test_the_staff_address_refuses_a_wrong_password(deployment):
    ng, _, _ = deployment
    assert get(ng.staff + "/", (USER, PASSWORD + "x"))[0] == 401
    assert get(ng.staff + "/", ("someone", PASSWORD))[0] == 401


def test_the_staff_address_opens_the_staff_app_with_credentials(deployment):
    ng, _, _ = deployment
    status, body, headers = get(ng.staff + "/", (USER, PASSWORD))
    assert status == 200 and "<noscript>" in body  # Streamlit's page
    assert "frame-ancestors 'none'" in headers.get("Content-Security-Policy", "")


def test_the_load_balancer_health_check_answers_on_both_addresses_without_a_password(
        deployment):
    ng, _, _ = deployment
    assert get(ng.parents + "/_stcore/health")[:2] == (200, "ok")
    assert get(ng.staff + "/_stcore/health")[:2] == (200, "ok")


def test_nothing_from_the_parents_address_reaches_the_staff_app(deployment):
    ng, parents, staff = deployment
    probe = secrets.token_hex(6)  # marks this test's requests in the log
    paths = ("/", "/brieven", "/monitor", "/tevredenheid", "/_stcore/health",
             "/_stcore/host-config", "/static/../brieven")
    for path in paths:
        get(f"{ng.parents}{path}?probe={probe}")
    time.sleep(0.2)
    lines = [ln for ln in ng.access_log.read_text().splitlines() if probe in ln]
    assert len(lines) == len(paths)
    upstreams = {line.split()[-1] for line in lines}
    assert upstreams <= {f"127.0.0.1:{p}" for p in parents}, upstreams
    assert f"127.0.0.1:{staff}" not in upstreams


def test_when_no_replica_answers_the_parent_gets_a_calm_page_in_dutch_and_english():
    with nginx_server([free_port()]) as ng:  # a port where nothing listens
        status, body, _ = get(ng.parents + "/")
    assert status == 502
    assert "De SMI-wegwijzer is even niet bereikbaar" in body
    assert "SMI-wegwijzer is not available right now" in body
    assert "Verder met bewaarde antwoorden" in body and "Continue with saved answers" in body
    assert "nginx" not in body.lower()


def test_feedback_sent_while_postgresql_restarts_is_kept():
    with postgres_control() as pg:
        store = FeedbackStore(pg.url)
        store.add("leiden", 5, "", "nl", today=date(2026, 11, 30))
        pg.stop()
        errors: list[BaseException] = []

        def send():
            try:
                store.add("leiden", 2, "Duidelijk", "nl", today=date(2026, 11, 30))
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        sender = threading.Thread(target=send)
        sender.start()
        time.sleep(1.5)  # the parent's rating arrives while the database is down
        pg.start()
        sender.join(30)
        assert not errors, errors
        rows = store.report()
    assert [(r.gemeente, r.count, r.average) for r in rows] == [("leiden", 2, 3.5)]


def test_feedback_is_not_lost_silently_when_the_database_stays_away(monkeypatch):
    import wizard.feedback as fb

    monkeypatch.setattr(fb, "RETRY_SECONDS", 0.5)
    store = FeedbackStore(f"postgresql://postgres@127.0.0.1:{free_port()}/postgres")
    started = time.monotonic()
    with pytest.raises(Exception) as exc:
        store.add("leiden", 4)
    assert "psycopg" in type(exc.value).__module__
    assert time.monotonic() - started < 15
