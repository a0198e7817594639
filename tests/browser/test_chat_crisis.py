"""The chat page in a real browser: a crisis reply shows the help line in a box of its own at the
top of the reply (role "alert", readable by a screen reader), in Dutch and in English, with the
SMI answer below it; axe finds nothing."""

from __future__ import annotations

import pytest

from tests.browser.driver import settle

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("lang, question, number, heading, below", [
    ("nl", "mijn man slaat me en ik ben bang. kan ik smi krijgen?", "0800-2000", "Hulp nu",
     "wizard"),
    ("en", "I can't go on, my kids are better off without me. Do I qualify for SMI?",
     "0800-0113", "Help now", "wizard"),
])
def test_a_crisis_reply_has_the_help_line_in_a_box_at_the_top(new_page, lang, question, number,
                                                              heading, below):
    app = new_page(lang)
    app.open("chat")
    box = app.page.locator("[data-testid='stChatInputTextArea']")
    box.fill(question)
    box.press("Enter")
    settle(app.page)
    reply = app.page.locator("[data-testid='stChatMessage']").last
    alert = reply.locator("[role='alert']")
    assert alert.count() == 1 and alert.is_visible()
    said = alert.inner_text()
    assert number in said and heading in said
    # On a phone the number can be tapped to call.
    assert alert.locator(f"a[href='tel:{number.replace('-', '')}']").count() == 1
    outside = "[data-testid='stMarkdownContainer']:not([role='alert'] *)"
    text = reply.locator(outside).filter(has_text=below).first
    assert text.is_visible()
    # The box comes first in the reply, the SMI answer below it.
    assert alert.bounding_box()["y"] < text.bounding_box()["y"]
    alert.scroll_into_view_if_needed()
    app.screen(f"chat-crisis-{lang}")
    reply.screenshot(path=str(app.shots / f"chat-crisis-reply-{lang}.png"))  # the whole reply
