"""The guidance chat panel: st.chat_input / st.chat_message inside an @st.fragment, so a chat
turn reruns only this panel, not the wizard. Uses only session_state keys starting with "chat_".
The conversation lives in this browser session only: it is not logged, stored or sent anywhere
(unless the optional rephrasing endpoint is configured, see wizard/chat/llm.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import streamlit as st

from wizard.amounts import keep_amounts_together
from wizard.chat import ask, warm_up
from wizard.i18n import NEW_LANGS, gettext_for

MAX_TURNS = 20  # keep only the last turns in memory
TEXT = {
    "title": {"nl": "Vraag het de SMI-hulp", "en": "Ask the SMI helper"},
    "caption": {"nl": "Korte antwoorden over SMI, met de bron erbij. Uw tekst wordt niet "
                      "opgeslagen. De gemeente beslist altijd zelf.",
                "en": "Short answers about SMI, with their source. Your text is not stored. "
                      "The gemeente always decides."},
    "placeholder": {"nl": "Stel uw vraag, bijvoorbeeld: heb ik een brief van de huisarts nodig?",
                    "en": "Ask your question, for example: do I need a doctor's letter?"},
    "sources": {"nl": "Bronnen", "en": "Sources"},
    "clear": {"nl": "Gesprek wissen", "en": "Clear conversation"},
}


@st.cache_resource(show_spinner=False)
def _warm() -> bool:
    warm_up()  # one index per language, shared by all sessions
    return True


def _t(key: str, lang: str) -> str:
    if lang in NEW_LANGS:  # tr/ar/pl/uk: the English text is the msgid of the ui catalogue
        return gettext_for(lang, "ui")(TEXT[key]["en"])
    return TEXT[key]["en" if lang == "en" else "nl"]


def _sources_md(sources: list[dict[str, str]], lang: str) -> str:
    lines = []
    for s in sources:
        ref = s["ref"]
        if ref.startswith("http"):
            lines.append(f"- [{s['title']}]({ref})")
        else:
            lines.append(f"- {s['title']}" + ("" if ref in s["title"] else f" ({ref})"))
    return f"**{_t('sources', lang)}**\n" + "\n".join(lines)


def _callable(text: str) -> str:
    """Phone numbers in the help text as tel: links, so a parent on a phone can tap to call."""
    return re.sub(r"\*\*(\d{3,4}(?:-\d{4})?)\*\*",
                  lambda m: f"**[{m.group(1)}](tel:{m.group(1).replace('-', '')})**", text)


def _default_handoff(gemeente: str, lang: str) -> None:
    """Start the wizard through its own state helpers (first question step)."""
    try:
        from wizard.ui import state
    except ImportError:  # the wizard UI is not there: nothing else to do
        return
    if st.session_state.get("step", "start") == "start":
        state.goto("gemeente")


def _wizard_page() -> Any | None:
    try:
        from wizard.ui.pages import PAGES
    except ImportError:
        return None
    return PAGES.get("wizard")


@st.fragment
def render_chat_panel(lang: str, gemeente: str,
                      on_handoff: Callable[[str, str], None] | None = None) -> None:
    """Draw the chat. `gemeente` is a profile id ("" or "basislijn" when unknown).
    The wizard button sets st.session_state["chat_handoff"] = True, calls `on_handoff(gemeente,
    lang)` (default: start the wizard) and switches to the wizard page."""
    _warm()
    ss = st.session_state
    ss.setdefault("chat_messages", [])
    with st.container(border=True, key="chat_panel"):
        st.subheader(_t("title", lang))
        st.caption(_t("caption", lang))
        for i, m in enumerate(ss["chat_messages"]):
            with st.chat_message(m["role"]):
                if m.get("crisis"):  # the help line first, in a box of its own (role="alert")
                    st.error(_callable(m["crisis"]), icon=":material/emergency:")
                if m["text"]:
                    st.markdown(keep_amounts_together(m["text"]))
                if m.get("sources"):
                    st.markdown(_sources_md(m["sources"], m.get("lang", lang)))
                action = m.get("action")
                if action and st.button(action["label"], key=f"chat_handoff_btn_{i}",
                                        type="primary", icon=":material/checklist:"):
                    ss["chat_handoff"] = True
                    ss["chat_handoff_gemeente"] = action.get("gemeente", "")
                    # what the chat understood, for the wizard to fill in (no personal data:
                    # see wizard/chat/handoff.py, read_prefill)
                    ss["chat_handoff_link"] = action.get("link", "")
                    (on_handoff or _default_handoff)(action.get("gemeente", ""), lang)
                    page = _wizard_page()
                    if page is not None:
                        st.switch_page(page)
                    st.rerun()
        st.chat_input(_t("placeholder", lang), key="chat_input", on_submit=_on_submit,
                      args=(lang, gemeente))
        if ss["chat_messages"]:
            st.button(_t("clear", lang), key="chat_clear", on_click=_on_clear)


def _on_submit(lang: str, gemeente: str) -> None:
    """Answer in the callback, so the new turn is drawn in the same (fragment) run."""
    ss = st.session_state
    question = ss.get("chat_input")
    if not question:
        return
    reply = ask(question, lang=lang, gemeente=gemeente or None)
    crisis = (reply.crisis or {}).get("text", "")
    # The safety text leads the answer; the panel shows it apart, the SMI part (if any) below.
    rest = reply.answer.removeprefix(crisis).strip() if crisis else reply.answer
    ss["chat_messages"] = (ss.get("chat_messages", []) + [
        {"role": "user", "text": question},
        {"role": "assistant", "text": rest, "crisis": crisis, "sources": reply.sources,
         "action": reply.action, "lang": "en" if reply.lang == "en" else "nl"},
    ])[-2 * MAX_TURNS:]


def _on_clear() -> None:
    st.session_state["chat_messages"] = []
