"""The chat page ('Stel een vraag'): a question gets an answer with its source, and "kom ik
in aanmerking?" leads to the wizard."""

from __future__ import annotations

import pytest

from tests.browser.driver import App, settle

pytestmark = pytest.mark.browser


def ask(app: App, question: str):
    box = app.page.locator("[data-testid='stChatInputTextArea']")
    box.fill(question)
    box.press("Enter")
    settle(app.page)
    return app.page.locator("[data-testid='stChatMessage']").last


def test_chat_answers_with_a_source_and_hands_over_to_the_wizard(app):
    _ = app._
    app.open("chat")
    assert app.heading() == _("Ask a question about SMI")
    app.screen("chat-empty")
    # st.chat_input's send button is an icon named in English by Streamlit; its accessible
    # name follows the page language (wizard/ui/a11y.py)
    send = app.page.locator("[data-testid='stChatInputSubmitButton']")
    assert send.get_attribute("aria-label") == "Vraag versturen"

    answer = ask(app, "Heb ik een brief van de huisarts nodig?")
    said = answer.inner_text()
    assert "professional" in said and "Bronnen" in said and "B13" in said
    app.screen("chat-answer")

    answer = ask(app, "Kom ik in aanmerking?")
    assert "de gemeente beslist" in answer.inner_text()
    app.screen("chat-handoff")
    answer.get_by_role("button", name="Doe de check in de wizard").click()
    settle(app.page)
    assert app.heading() == _("Where do you live?")
    app.screen("wizard-after-chat")
