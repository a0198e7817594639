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


def open_all(app: App) -> None:
    """Unfold every folded part of the result page (reasons, fee table, rules, form)."""
    for summary in app.page.locator("[data-testid=stExpander] summary").all():
        summary.click()
        settle(app.page)


@pytest.mark.parametrize("lang,width", [("nl", 390), ("en", 360)])
def test_every_screen_fits_a_phone(new_page, lang, width):
    app = new_page(lang, width=width, height=844, is_mobile=True, has_touch=True,
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
    app.radio(_("Do you have a job, or do you study?"),
              _("Has a job or own business (also when ill, on sick leave or in hospital)"))
    fits(app, "household")

    # A saved file takes the phone straight to the review and the result page.
    app.open()
    app.page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
        files=[{"name": "smi-answers.json", "mimeType": "application/json",
                "buffer": dump_answers(make_answers(gemeente="rotterdam"))}])
    settle(app.page)
    fits(app, "review")
    app.click(_("Show my result"))
    assert app.heading() == _("Your result")
    fits(app, "result")
    open_all(app)
    fits(app, "result-unfolded")
    app.screen("result-unfolded")
    app.open("compare")
    fits(app, "compare")
    app.open("chat")
    fits(app, "chat")


def test_the_phone_menu_is_labelled_and_closes_after_a_choice(new_page):
    app = new_page("nl", width=390, height=844, is_mobile=True, has_touch=True)
    app.open()
    menu = app.page.get_by_role("button", name="Menu")
    menu.click()
    settle(app.page)
    app.shot("menu-open")
    app.page.get_by_role("link", name="Gemeenten vergelijken").click()
    settle(app.page)
    app.page.wait_for_timeout(300)
    assert app.heading() == "Gemeenten vergelijken"
    assert not app.page.locator("[data-testid=stPopoverBody]").is_visible()
    assert not app.page.locator("[data-testid=stExpandSidebarButton]").is_visible()
    app.shot("menu-closed-after-choice")
