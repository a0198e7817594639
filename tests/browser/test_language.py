"""The chosen language survives a refresh and a shared link: it is kept in the address
(?lang=...), which holds nothing else."""

from __future__ import annotations

import pytest

from tests.browser.driver import settle

pytestmark = pytest.mark.browser


def test_english_stays_english_after_a_refresh(new_page):
    app = new_page(lang="en")
    app.open()
    assert "lang=English" in app.page.url
    app.page.reload()
    settle(app.page)
    assert app.page.evaluate("document.documentElement.lang") == "en"
    assert "SMI check" in app.page.locator("[data-testid='stMain'] h1").first.inner_text()
    assert app.page.url.split("?", 1)[1] == "lang=English"  # the only thing in the address


def test_screen_reader_names_of_help_buttons_and_heading_links_are_dutch(new_page):
    """A screen reader says the name of the "?" next to each question and of the link next to
    a heading; on a Dutch page it heard "Help for Uw gemeente" and "Link to heading"."""
    app = new_page("nl").open()
    app.click(app._("Start the check"))
    # (on a loaded machine the rerun can start after settle() stopped waiting: wait for the step)
    app.page.wait_for_selector("[data-testid=stMain] [aria-label^='Uitleg bij']", timeout=30_000)
    labels = app.page.evaluate("[...document.querySelectorAll('[data-testid=stMain] "
                               "[aria-label]')].map(e => e.getAttribute('aria-label'))")
    assert "Uitleg bij Uw gemeente" in labels
    assert not [x for x in labels if x.startswith("Help for") or x == "Link to heading"], labels
    app.next()  # an empty answer: the same step with an error, then a step with headings
    app.choose(app._("Your gemeente"), "Hillegom")
    app.next()
    app.page.wait_for_selector("[data-testid=stMain] [aria-label^='Uitleg bij Zorgt u']", timeout=30_000)
    labels = app.page.evaluate("[...document.querySelectorAll('[data-testid=stMain] "
                               "[aria-label]')].map(e => e.getAttribute('aria-label'))")
    assert "Link naar deze kop" in labels
    assert "Uitleg bij Zorgt u alleen voor de kinderen, of samen met een partner?" in labels
    assert not [x for x in labels if x.startswith("Help for") or x == "Link to heading"], labels
