"""The Streamlit chat panel: a chat turn answers with sources, the handoff button sets
chat_handoff, and the panel only writes session keys that start with "chat_"."""

from __future__ import annotations

import pytest

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest  # noqa: E402


def _script(lang, gemeente):
    from wizard.ui.chat_panel import render_chat_panel

    render_chat_panel(lang, gemeente, on_handoff=lambda g, lg: None)


def _app(gemeente: str = "leiden", lang: str = "nl"):
    return AppTest.from_function(_script, kwargs={"lang": lang, "gemeente": gemeente},
                                 default_timeout=20)


def test_a_chat_turn_shows_the_answer_and_its_sources():
    at = _app().run()
    at.chat_input[0].set_value("hoeveel dagen krijg ik?").run()
    assert not at.exception
    texts = " ".join(m.value for m in at.markdown)
    assert "3 dagen" in texts and "Bronnen" in texts
    keys = at.session_state._state._state.filtered_state.keys()
    assert keys and all(k.startswith("chat_") for k in keys), keys


def test_the_handoff_button_sets_chat_handoff():
    at = _app().run()
    at.chat_input[0].set_value("Kom ik in aanmerking voor smi?").run()
    buttons = [b for b in at.button if b.key and b.key.startswith("chat_handoff_btn_")]
    assert buttons
    buttons[0].click().run()
    assert at.session_state["chat_handoff"] is True
    assert at.session_state["chat_handoff_gemeente"] == "leiden"
    assert at.session_state["chat_handoff_link"].startswith("/check?")
