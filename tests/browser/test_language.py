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
