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
