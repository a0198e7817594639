"""A phone (375×812): every screen fits the width — no horizontal scroll and no text or
control cut off at the edge."""

from __future__ import annotations

import pytest

from tests.browser.driver import App, settle
from tests.conftest import make_answers
from wizard.answers_io import dump_answers

pytestmark = pytest.mark.browser


def fits(app: App, name: str) -> None:
    app.shot(f"phone-{name}")
    app.no_horizontal_scroll()
    assert not app.cut_off(), f"{name}: cut off on a phone: {app.cut_off()}"


def test_every_screen_fits_a_phone(new_page):
    app = new_page(width=375, height=812, is_mobile=True, has_touch=True,
                   device_scale_factor=2)
    _ = app._
    app.open()
    fits(app, "start")
    app.click(_("Start the check"))
    fits(app, "gemeente")
    app.choose(_("Your gemeente"), "Rotterdam")
    app.next()
    app.radio(_("Do you care for the children alone, or together with a partner?"),
              _("With a partner"))
    app.radio(_("What do you do at the moment?"), _("Works (also self-employed)"))
    fits(app, "household")

    # A saved file takes the phone straight to the review and the (long) result page.
    app.open()
    app.page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        files=[{"name": "smi-answers.json", "mimeType": "application/json",
                "buffer": dump_answers(make_answers(gemeente="rotterdam"))}])
    settle(app.page)
    fits(app, "review")
    app.click(_("Show my result"))
    assert app.heading() == _("Your result")
    fits(app, "result")
    app.open("compare")
    fits(app, "compare")
    app.open("chat")
    fits(app, "chat")
