"""Scale-out: two app replicas behind nginx (deploy/nginx.conf: ip_hash stickiness and the
WebSocket upgrade), all on loopback. The upload/resume journey works through nginx."""

from __future__ import annotations

import json
import os
import time
from contextlib import ExitStack

import pytest

from tests.conftest import BASE
from tests.servers import free_port, nginx_server, require, streamlit_server

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run"]


def settle(page, timeout: float = 30_000) -> None:
    time.sleep(0.3)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']",
                           timeout=timeout)
    time.sleep(0.2)


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    require("chromium (Debian package chromium)", os.path.exists(CHROMIUM))
    logs = tmp_path_factory.mktemp("replicas")
    with ExitStack() as stack:
        ports = [free_port(), free_port()]
        for i, port in enumerate(ports):
            stack.enter_context(streamlit_server(port, log_path=logs / f"app{i}.log"))
        url = stack.enter_context(nginx_server(ports))
        yield url, logs


def test_upload_and_resume_through_nginx_reaches_the_same_result(cluster, tmp_path):
    from playwright.sync_api import sync_playwright

    url, logs = cluster
    answers = tmp_path / "smi-answers.json"
    answers.write_text(json.dumps(BASE))
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(url)
            settle(page)
            page.locator("input[type=file]").first.set_input_files(str(answers))
            settle(page)
            page.locator(".st-key-to_result button").click()
            settle(page)
            body = page.locator("[data-testid='stMain']").inner_text()
        finally:
            browser.close()
    # The base family: dagopvang 80 h x 10.50 at income 45,000 -> 96 % -> € 33,60 a month.
    assert "33,60" in body
    assert "400" not in body and "session" not in body.lower()


def test_nginx_config_is_sticky_and_upgrades_websockets():
    from pathlib import Path

    conf = (Path(__file__).resolve().parents[1] / "deploy" / "nginx.conf").read_text()
    assert "ip_hash;" in conf
    assert "proxy_set_header Upgrade $http_upgrade;" in conf
    assert "proxy_set_header Connection $connection_upgrade;" in conf
