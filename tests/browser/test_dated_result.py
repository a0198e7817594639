"""The result page in a real browser on 1 February 2027, a day after the last published fee
tables (2026): the verdict, the next steps, and instead of an amount, table or chart the one
sentence that the year's tables are not published yet. The wizard has no field for the date,
so this test's own server runs app.py on that day (tests/browser/app_on_day.py)."""

from __future__ import annotations

import pytest

from tests.browser.conftest import DAY_APP, OUTPUT
from tests.browser.driver import App, eligible_flow
from tests.servers import free_port, streamlit_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def url_2027(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser-2027")
    OUTPUT.mkdir(exist_ok=True)
    env = {"SMI_FEEDBACK_DB": str(tmp / "feedback.sqlite3"), "SMI_DATABASE_URL": "",
           "SMI_TEST_DAY": "2027-02-01"}
    with streamlit_server(free_port(), env, OUTPUT / "streamlit-browser-2027.log",
                          script=DAY_APP) as url:
        yield url


def test_the_result_in_2027_gives_the_verdict_and_says_the_fee_tables_are_not_out(
        browser, url_2027, shots):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="nl-NL")
    ctx.set_default_timeout(30_000)
    try:
        app = App(ctx.new_page(), url_2027, "nl", shots).open()
        eligible_flow(app, income=False)  # no income question: it only served an estimate
        shown = app.main_text()
        assert "U kunt waarschijnlijk SMI krijgen bij de gemeente Leiden." in shown
        sentence = ("De tabellen voor de eigen bijdrage in 2027 zijn nog niet gepubliceerd, dus "
                    "deze tool kan uw eigen bijdrage nog niet schatten: de gemeente vertelt u "
                    "het bedrag.")
        assert sentence in shown
        assert "Uw eigen bijdrage is ongeveer" not in shown  # the 2026 amount is not given
        app.page.get_by_text(app._("Your own contribution (estimate)"), exact=True).click()
        app.screen("result-2027-contribution")
        shown = app.main_text()
        assert shown.count(sentence) == 2  # on top and in the folded contribution part
        assert app.page.locator("[data-testid='stTable'], [data-testid='stVegaLiteChart']"
                                ).count() == 0
    finally:
        ctx.close()
