"""Scale-out: two app replicas behind nginx (deploy/nginx.conf: ip_hash stickiness and the
WebSocket upgrade), all on loopback. The upload/resume journey works through nginx."""

from __future__ import annotations

import json
from contextlib import ExitStack

import pytest

from tests.browser.driver import settle
from tests.conftest import BASE
from tests.servers import free_port, nginx_server, streamlit_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    logs = tmp_path_factory.mktemp("replicas")
    with ExitStack() as stack:
        ports = [free_port(), free_port()]
        for i, port in enumerate(ports):
            stack.enter_context(streamlit_server(port, log_path=logs / f"app{i}.log"))
        ng = stack.enter_context(nginx_server(ports))
        yield ng.parents, logs


def test_upload_and_resume_through_nginx_reaches_the_same_result(cluster, browser, tmp_path):
    url, logs = cluster
    answers = tmp_path / "smi-answers.json"
    answers.write_text(json.dumps(BASE))
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        page.goto(url)
        settle(page)
        page.locator("input[type=file]").first.set_input_files(str(answers))
        page.locator(".st-key-to_result button").wait_for(timeout=30_000)
        page.locator(".st-key-to_result button").click()
        page.get_by_text("33,60").first.wait_for(timeout=30_000)
        body = page.locator("[data-testid='stMain']").inner_text()
    finally:
        ctx.close()
    # The base family: dagopvang 80 h x 10.50 at income 45,000 -> 96 % -> € 33,60 a month.
    assert "33,60" in body
    assert "400" not in body and "session" not in body.lower()


def test_nginx_config_is_sticky_and_upgrades_websockets():
    from pathlib import Path

    conf = (Path(__file__).resolve().parents[2] / "deploy" / "nginx.conf").read_text()
    assert "ip_hash;" in conf
    assert "proxy_set_header Upgrade $http_upgrade;" in conf
    assert "proxy_set_header Connection $connection_upgrade;" in conf


def _replica_of(ng, ports: list[int]) -> int:
    """The replica port that served this browser's requests (nginx's access log, test only)."""
    served = [line.split()[-1] for line in ng.access_log.read_text().splitlines()]
    for addr in reversed(served):
        port = int(addr.rsplit(":", 1)[1])
        if port in ports:
            return port
    raise AssertionError("no request reached a replica")


def test_killing_the_replica_mid_journey_leads_the_parent_to_the_saved_file(
        browser, tmp_path_factory, shots):
    """A replica dies (SIGKILL) while a parent is on a question step. Streamlit reconnects
    the page to the other replica through nginx; the answers were only in the dead one. The
    page moves by itself to the start page with a notice in the parent's language that says
    what happened and where to upload the saved file — no blank page, no stack trace."""
    import os
    import signal

    logs = tmp_path_factory.mktemp("kill")
    env = {"SMI_FEEDBACK_DB": str(logs / "fb.sqlite3"), "SMI_DATABASE_URL": ""}
    with ExitStack() as stack:
        ports = [free_port(), free_port()]
        pids = {port: stack.enter_context(streamlit_server(port, env, logs / f"app{i}.log")).pid
                for i, port in enumerate(ports)}
        ng = stack.enter_context(nginx_server(ports))
        ctx = browser.new_context(viewport={"width": 1280, "height": 900})
        ctx.set_default_timeout(30_000)
        stack.callback(ctx.close)
        page = ctx.new_page()
        page.on("dialog", lambda d: d.accept())
        page.goto(ng.parents + "/?lang=English")
        settle(page)
        page.get_by_role("button", name="Start the check").click()
        settle(page)
        assert page.get_by_role("button", name="Download my answers (JSON file)").count() \
            or page.get_by_text("Save your answers").count()  # the way back is offered
        page.screenshot(path=str(shots / "01-on-a-step.png"))
        victim = _replica_of(ng, ports)
        os.kill(pids[victim], signal.SIGKILL)
        # Streamlit reconnects through nginx to the other replica; the page then runs there
        # by itself and shows the notice, without the parent having to click first
        notice = page.get_by_text("Your session has ended")
        notice.wait_for(timeout=30_000)
        settle(page)
        page.screenshot(path=str(shots / "03-notice.png"), full_page=True)
        body = page.locator("[data-testid=stApp]").inner_text()
        assert "Continue with saved answers" in body
        assert "Traceback" not in body and "Error" not in body.replace("Connection error", "")
        assert _replica_of(ng, ports) != victim  # now served by the other replica
