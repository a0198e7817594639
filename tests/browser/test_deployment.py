"""A gemeente's deployment in Chromium, all on loopback: its own settings file (name, logo,
colours, contact), the parents' app and the staff app behind Debian nginx with the project's
deploy/nginx.conf, and a tiny gemeente page that embeds the wizard in an iframe."""

from __future__ import annotations

import http.server
import io
import json
import re
import threading
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.browser.driver import App, settle
from tests.conftest import BASE
from tests.servers import free_port, htpasswd_line, nginx_server, streamlit_server
from wizard.site import contrast

pytestmark = pytest.mark.browser

USER, PASSWORD = "medewerker", "test-only-password-7Kq"
SITE = """name = "Gemeente Testdorp"
profile = "basislijn"
[logo]
path = "logo.svg"
alt = "Logo van Gemeente Testdorp"
[colours]
primary = "#6A1B4D"
text = "#1A1A1A"
background = "#FFFFFF"
secondary_background = "#F6EEF3"
header_background = "#6A1B4D"
header_text = "#FFFFFF"
[contact]
phone = "0000 111 222"
email = "smi@testdorp.example"
url = "https://www.testdorp.example/smi"
address = ["Postbus 1", "9999 ZZ Testdorp"]
"""
LOGO = ('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="40">'
        '<rect width="96" height="40" fill="#fff"/><circle cx="20" cy="20" r="14" '
        'fill="#6A1B4D"/></svg>')


@contextmanager
def gemeente_page(app_url: str):
    """The gemeente's own web page on another loopback port, with the wizard in an iframe
    (the snippet from the README)."""
    page = (f'<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente '
            f'Testdorp - SMI</title></head><body><main><h1>Hulp bij kinderopvang (SMI)</h1>'
            f'<iframe src="{app_url}/" title="SMI-wegwijzer" '
            f'style="width:100%;height:1600px;border:0" '
            f'allow="clipboard-write"></iframe></main></body></html>').encode()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, *args):  # no request log on stderr
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gemeente")
    (tmp / "site.toml").write_text(SITE)
    (tmp / "logo.svg").write_text(LOGO)
    env = {"SMI_SITE_FILE": str(tmp / "site.toml"), "SMI_FEEDBACK_DB": str(tmp / "fb.sqlite3"),
           "SMI_DATABASE_URL": ""}
    with ExitStack() as stack:
        app_port, staff_port = free_port(), free_port()
        stack.enter_context(streamlit_server(app_port, env, tmp / "app.log"))
        stack.enter_context(streamlit_server(staff_port, env, tmp / "staff.log",
                                             script="staff_app.py"))
        ng = stack.enter_context(nginx_server([app_port], staff_port,
                                              htpasswd_line(USER, PASSWORD),
                                              frame_ancestors="http://127.0.0.1:*"))
        gemeente = stack.enter_context(gemeente_page(ng.parents))
        yield ng, gemeente, tmp


def hex_colour(css: str) -> str:
    r, g, b = (int(x) for x in re.findall(r"\d+", css)[:3])
    return f"#{r:02X}{g:02X}{b:02X}"


def test_a_themed_deployment_shows_logo_colours_and_contact_on_the_result(
        browser, deployment, shots, tmp_path):
    ng, _, _ = deployment
    answers = tmp_path / "smi-answers.json"
    answers.write_text(json.dumps(BASE))
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    ctx.set_default_timeout(30_000)
    try:
        app = App(ctx.new_page(), ng.parents, "nl", shots)
        app.open()
        header = app.page.locator("[data-testid=smi-site-header]")
        assert "Gemeente Testdorp" in header.inner_text()
        logo = header.locator("img")
        assert logo.get_attribute("alt") == "Logo van Gemeente Testdorp"
        assert logo.evaluate("i => i.complete && i.naturalWidth > 0")  # the logo is drawn
        fg, bg = header.evaluate("e => [getComputedStyle(e).color, "
                                 "getComputedStyle(e).backgroundColor]")
        assert (hex_colour(fg), hex_colour(bg)) == ("#FFFFFF", "#6A1B4D")
        assert contrast(hex_colour(fg), hex_colour(bg)) >= 4.5
        start = app.page.get_by_role("button", name="Start de check")
        assert hex_colour(start.evaluate("b => getComputedStyle(b).backgroundColor")) \
            == "#6A1B4D"  # the launcher gave Streamlit the gemeente's colours
        assert app.page.title().startswith("SMI-wegwijzer – Gemeente Testdorp")
        assert app.page.locator("[data-testid=stMainMenu]").is_hidden()
        assert app.page.locator("[data-testid=stAppDeployButton]").count() == 0 or \
            app.page.locator("[data-testid=stAppDeployButton]").is_hidden()
        app.screen("start-themed")
        # to the result through the saved answers file (the question steps are tested in
        # test_journeys.py; this test is about the look around them)
        app.page.locator("input[type=file]").first.set_input_files(str(answers))
        app.page.locator(".st-key-to_result button").click()
        app.page.get_by_text("33,60").first.wait_for()
        settle(app.page)
        app.screen("result-themed")  # axe, html lang, labels, one h1 with the theme on
        foot = app.page.locator("[data-testid=smi-site-footer]")
        text = foot.inner_text()
        assert "Vragen over SMI? Neem contact op met Gemeente Testdorp." in text
        assert "0000 111 222" in text and "smi@testdorp.example" in text
        assert foot.locator("a[href='tel:0000111222']").count() == 1
    finally:
        ctx.close()


def test_the_wizard_works_inside_an_iframe_on_the_gemeentes_page(browser, deployment, shots,
                                                                  tmp_path):
    ng, gemeente, _ = deployment
    answers = tmp_path / "smi-answers.json"
    answers.write_text(json.dumps(BASE))
    ctx = browser.new_context(viewport={"width": 1280, "height": 1000}, locale="nl-NL")
    ctx.set_default_timeout(30_000)
    try:
        page = ctx.new_page()
        page.goto(gemeente)
        frame = page.frame_locator("iframe[title='SMI-wegwijzer']")
        frame.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for()
        assert page.locator("h1").inner_text() == "Hulp bij kinderopvang (SMI)"
        # the upload needs Streamlit's XSRF cookie inside the frame (XSRF stays on)
        frame.locator("input[type=file]").first.set_input_files(str(answers))
        frame.locator(".st-key-to_result button").wait_for()
        frame.locator(".st-key-to_result button").click()
        frame.get_by_text("33,60").first.wait_for()
        page.screenshot(path=str(shots / "iframe-result.png"), full_page=True)
        body = frame.locator("[data-testid='stMain']").inner_text()
        assert "33,60" in body and "400" not in body
    finally:
        ctx.close()


def test_a_page_on_another_site_may_not_frame_the_wizard(browser, deployment):
    ng, _, _ = deployment
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        # localhost is another origin than the allowed http://127.0.0.1:*
        with gemeente_page(ng.parents.replace("127.0.0.1", "localhost")) as other:
            page.goto(other.replace("127.0.0.1", "localhost"))
            page.wait_for_timeout(1500)
            frame = page.frames[1] if len(page.frames) > 1 else None
            assert frame is None or "stApp" not in (frame.content() or "")
    finally:
        ctx.close()


def test_the_staff_address_refuses_the_browser_without_credentials(browser, deployment):
    ng, _, _ = deployment
    from playwright.sync_api import Error as PlaywrightError

    ctx = browser.new_context()
    try:
        assert ctx.request.get(ng.staff + "/").status == 401
        page = ctx.new_page()
        # Chromium asks for a password; headless, with none to give, the load is refused
        with pytest.raises(PlaywrightError, match="ERR_INVALID_AUTH_CREDENTIALS"):
            page.goto(ng.staff + "/")
    finally:
        ctx.close()


def test_the_parents_address_has_no_staff_pages(browser, deployment, shots):
    ng, _, _ = deployment
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = ctx.new_page()
        for path in ("monitor", "tevredenheid", "brieven"):
            page.goto(f"{ng.parents}/{path}")
            settle(page)
            main = page.locator("[data-testid=stApp]").inner_text()
            assert "Brieven aan ouders" not in main and "Basislijn-monitor" not in main
            assert "Tevredenheid" not in main
            page.screenshot(path=str(shots / f"parents-{path}.png"))
    finally:
        ctx.close()


def test_staff_letters_page_upload_decide_download(browser, deployment, shots, tmp_path):
    ng, _, _ = deployment
    answers = tmp_path / "smi-answers.json"
    answers.write_text(json.dumps(BASE))
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL",
                              http_credentials={"username": USER, "password": PASSWORD},
                              accept_downloads=True)
    ctx.set_default_timeout(30_000)
    try:
        app = App(ctx.new_page(), ng.staff, "nl", shots)
        app.open()
        assert app.heading() == "Brieven aan ouders"
        app.screen("staff-letters-empty")
        app.page.locator("input[type=file]").first.set_input_files(str(answers))
        settle(app.page)
        app.page.get_by_text("Antwoordenbestand gelezen").wait_for()
        app.fill("Nummer van het besluit", "SMI-2026/42")
        date_fields = {"Datum waarop de aanvraag binnenkwam": "02-11-2026",
                       "Eerste dag van de periode": "01-12-2026",
                       "Laatste dag van de periode": "31-05-2027"}
        for label, value in date_fields.items():
            # a segmented date field (day, month, year): type into the first segment, the
            # field moves on by itself, as with a keyboard
            group = app.page.get_by_role("group", name=label, exact=True)
            group.get_by_role("spinbutton").first.click()
            app.page.keyboard.type(value.replace("-", ""))
            app.page.keyboard.press("Tab")
            settle(app.page)
        app.fill("Of: toegekende dagen per week", "2")
        app.fill("Eigen bijdrage per maand, in euro (leeg laten als dit later wordt bepaald)",
                 "33,60")
        app.screen("staff-letters-filled")
        app.click("Maak de brief (pdf)")
        with app.page.expect_download() as d:
            app.page.get_by_role("button", name="Download de brief (pdf)").click()
        data = Path(d.value.path()).read_bytes()
        app.screen("staff-letters-made")
        text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
        assert "SMI-2026/42" in text and "2 dagen per week" in text and "33,60" in text
        assert "1 december 2026" in text
    finally:
        ctx.close()


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_staff_monitor_and_satisfaction_pages_pass_axe(browser, deployment, shots, lang):
    ng, _, _ = deployment
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL",
                              http_credentials={"username": USER, "password": PASSWORD})
    ctx.set_default_timeout(30_000)
    try:
        app = App(ctx.new_page(), ng.staff, lang, shots)
        for path in ("monitor", "tevredenheid"):
            app.open(path)
            app.screen(f"staff-{path}-{lang}")
    finally:
        ctx.close()
