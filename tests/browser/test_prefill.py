"""From the chat to the wizard: what the parent wrote in the chat is filled in on the wizard's
steps, and nothing of it stays in the address."""

from __future__ import annotations

import pytest

from tests.browser.driver import App, settle
from wizard.ui.steps import ACTIVITY

pytestmark = pytest.mark.browser

STORY = ("Ik ben ziek en mijn man werkt. We wonen in Rotterdam. Onze zoon is 3 jaar. "
         "Kom ik in aanmerking voor SMI?")


def _checked(app: App, group: str) -> str | None:
    radios = app.page.get_by_role("radiogroup", name=group).get_by_role("radio")
    for i in range(radios.count()):
        if radios.nth(i).is_checked():
            return radios.nth(i).locator("xpath=ancestor::label").inner_text().strip()
    return None


def test_the_chat_hands_over_what_it_understood_to_the_wizard(app):
    _ = app._
    app.open("chat")
    box = app.page.locator("[data-testid='stChatInputTextArea']")
    box.fill(STORY)
    box.press("Enter")
    settle(app.page)
    answer = app.page.locator("[data-testid='stChatMessage']").last
    answer.get_by_role("button", name="Doe de check in de wizard").click()
    settle(app.page)

    assert app.heading() == _("Where do you live?")
    chosen = app.page.get_by_role("combobox", name=_("Your gemeente")).evaluate(
        "el => el.value || el.closest('[data-testid=stSelectbox]').innerText")
    assert "Rotterdam" in chosen
    assert _("We filled in what you wrote in the chat. Check each answer, please.") in \
        app.main_text()
    for private in ("parents", "ages", "reasons", "gemeente"):
        assert private not in app.page.url
    app.screen("gemeente-from-chat")

    app.next()
    assert app.heading() == _("Your household")
    assert _checked(app, _("Do you care for the children alone, or together with a "
                           "partner?")) == _("With a partner")
    assert _checked(app, _("Do you have a job, or do you study?")) == _(ACTIVITY["none"])
    assert _checked(app, _("Does your partner have a job, or study?")) == _(ACTIVITY["work"])
    app.screen("household-from-chat")
