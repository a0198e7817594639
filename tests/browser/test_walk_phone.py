"""What a walk on a 390 px phone showed (session 2, helper walker): the fee table scrolls
sideways, and the parent's own amount per child was its last column, out of sight."""

from __future__ import annotations

import pytest

from tests.browser.driver import eligible_flow, settle

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_own_contribution_per_child_is_in_sight_on_a_phone(new_page, lang):
    app = new_page(lang, width=390, height=844).open()
    eligible_flow(app, check=False)
    _ = app._
    app.page.get_by_text(_("Your own contribution (estimate)"), exact=True).click()
    settle(app.page)
    header = app.page.locator("[data-testid=stTable] th").filter(
        has_text=_("Own contribution per month")).first
    # scroll the page down to the table, not the table sideways
    header.evaluate("e => e.closest('[data-testid=stTable]').scrollIntoView({block: 'center'})")
    app.shot("fee-table-phone", full_page=False)
    box = header.bounding_box()
    width = app.page.evaluate("document.documentElement.clientWidth")
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, (box, width)
    # the amount itself, in the same column of the first row
    cell = app.page.locator("[data-testid=stTable] tbody tr").first.locator("td, th").nth(1)
    assert cell.inner_text().strip().startswith("€"), cell.inner_text()
    assert cell.bounding_box()["x"] + cell.bounding_box()["width"] <= width
