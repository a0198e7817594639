"""Fixtures for the real-browser tests: one `streamlit run app.py` server and one Chromium
(Debian's package, never a downloaded build) for the whole session, a fresh browser context
(cookies, storage, downloads) per test. Under CI=true a missing browser fails, never skips."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tests.servers import ROOT, free_port, require, streamlit_server

CHROMIUM = os.environ.get("SMI_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
OUTPUT = ROOT / "test-output"
SCREENSHOTS = OUTPUT / "screenshots"
DAY_APP = "tests/browser/app_on_day.py"  # app.py on SMI_TEST_DAY


@pytest.fixture(scope="session")
def app_url(tmp_path_factory):
    """The base URL of the app, served on a free loopback port with the project's config;
    feedback goes to a throw-away SQLite file, never to a configured database."""
    tmp = tmp_path_factory.mktemp("browser-server")
    OUTPUT.mkdir(exist_ok=True)
    env = {"SMI_FEEDBACK_DB": str(tmp / "feedback.sqlite3"), "SMI_DATABASE_URL": "",
           "SMI_TEST_DAY": TODAY.isoformat()}  # the day every test runs on (tests/conftest.py)
    with streamlit_server(free_port(), env, OUTPUT / "streamlit-browser.log",
                          script=DAY_APP) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        sync_playwright = None
    require("Playwright for Python (pip package playwright)", sync_playwright is not None)
    require(f"Chromium ({CHROMIUM}, Debian package chromium)",
            Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is not None)
    pw = sync_playwright().start()
    b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    try:
        yield b
    finally:
        b.close()
        pw.stop()


@pytest.fixture
def shots(request) -> Path:
    """test-output/screenshots/<test name>/ (emptied first), for this test's screenshots."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.name).strip("_")
    folder = SCREENSHOTS / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def new_page(browser, app_url, shots):
    """A factory for pages in fresh contexts (desktop size unless told), closed afterwards."""
    from tests.browser.driver import App

    contexts = []

    def make(lang: str = "nl", width: int = 1280, height: int = 900, **kw) -> App:
        ctx = browser.new_context(viewport={"width": width, "height": height},
                                  accept_downloads=True, locale="nl-NL", **kw)
        ctx.set_default_timeout(30_000)
        contexts.append(ctx)
        return App(ctx.new_page(), app_url, lang, shots)

    yield make
    for ctx in contexts:
        ctx.close()


@pytest.fixture
def app(new_page):
    """A desktop page in Dutch."""
    return new_page()
