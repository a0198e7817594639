"""A journey that starts from the chat: the facts the chat understood (no personal data, see
wizard/chat/handoff.py) are filled in once, at the start, and then leave the address."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import streamlit as st

from wizard import flow
from wizard.chat.handoff import read_prefill
from wizard.errors import SmiError
from wizard.gemeenten import all_gemeenten, resolve_gemeente
from wizard.i18n import N_
from wizard.ui.state import T, done, draft, goto, ss

# The query parameters of the handoff link (the language stays: the switch is bound to it).
PARAMS = ("from", "gemeente", "parents", "ages", "school", "reasons", "care")
NOTE = N_("We filled in what you wrote in the chat. Check each answer, please.")


def _gemeente_code(value: str) -> str | None:
    """The one gemeente a handoff names: a profile of one gemeente, or a name or CBS code.
    A regional profile covers several gemeenten: then the family chooses."""
    covered = [e.cbs_code for e in all_gemeenten() if e.profile_id == value]
    if covered:
        return covered[0] if len(covered) == 1 else None
    try:
        return resolve_gemeente(value).cbs_code
    except SmiError:
        return None


def take_prefill() -> None:
    """Read the handoff once (the session key the chat panel sets, or the address of a shared
    link) and always remove it, so nothing lingers. Only a new journey is filled in: answers
    the visitor gave are never overwritten."""
    link = ss.pop("chat_handoff_link", None) or ""
    params = dict(parse_qsl(urlsplit(link).query)) if link else {}
    in_address = {k: st.query_params[k] for k in PARAMS if k in st.query_params}
    for k in in_address:
        del st.query_params[k]
    params = params or in_address
    if not params or done() or ss.get("prefilled"):
        return
    fill = read_prefill(params)
    steps = flow.apply_prefill(draft(), fill)
    code = _gemeente_code(str(fill.get("gemeente") or ""))
    if code:
        entry = next(e for e in all_gemeenten() if e.cbs_code == code)
        ss["gemeente_code"] = code
        draft().gemeente = entry.profile_id
        steps.insert(0, "gemeente")
    if not steps:
        return
    ss["prefilled"] = steps
    if ss.get("step", "start") == "start":
        goto("gemeente")


def prefilled(step: str) -> bool:
    """True while a step shows facts from the chat that the visitor has not confirmed yet."""
    return step in ss.get("prefilled", ()) and step not in done()


def prefill_note(step: str) -> None:
    if prefilled(step):
        st.info(T()(NOTE), icon=":material/chat:")
