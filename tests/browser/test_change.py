"""The change report runs on the journey runner: after "Show the change" a keyboard or
screen-reader user lands on the result's heading, and a wrong amount is said under its field."""

from __future__ import annotations

import pytest

from tests.browser.driver import settle
from tests.conftest import make_answers
from wizard.answers_io import dump_answers

pytestmark = pytest.mark.browser


def test_the_change_result_takes_the_focus_and_a_wrong_price_is_said_at_its_field(app,
                                                                                  tmp_path):
    _ = app._
    saved = tmp_path / "smi-answers.json"
    saved.write_bytes(dump_answers(make_answers()))
    app.open("wijziging")
    app.page.locator("input[type=file]").first.set_input_files(str(saved))
    settle(app.page)

    app.fill(_("Price per hour, in euros"), "-3")
    app.click(_("Show the change"))
    assert _("Some answers are missing or not right. See the messages above.") in \
        app.main_text()
    assert _("What changes") not in app.main_text()

    app.fill(_("Price per hour, in euros"), "11,50")
    app.click(_("Show the change"))
    app.page.wait_for_timeout(600)  # the focus script waits for the run to finish
    focused = app.page.evaluate("() => [document.activeElement.tagName, "
                                "document.activeElement.innerText]")
    assert focused[0] == "H2" and focused[1].strip().startswith(_("What changes"))
    app.screen("change-result")
