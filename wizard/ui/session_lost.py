"""Tell a parent when their session was lost — the page was reloaded, or the server that held
it went away (a replica restart behind nginx) — and how to go on from the saved answers file.
Streamlit keeps answers only in the server's memory, so a new session cannot get them back.
The address carries one flag, `journey=1`, while a journey is under way (never an answer):
a brand-new session that sees the flag knows an earlier one was lost."""

from __future__ import annotations

import streamlit as st

from wizard.i18n import N_
from wizard.log import event
from wizard.ui.state import T, ss

FLAG = "journey"
NOTICE = N_("Your session has ended, so your answers are no longer on this page. This happens "
            "when the page is reloaded or when our server was restarted. Did you download "
            "your answers? Then upload the file on the start page, under \"Continue with "
            "saved answers\", and go on where you were. If not, please start again.")


def _under_way() -> bool:
    return ss.get("step", "start") != "start" or bool(ss.get("done"))


def before_page() -> None:
    """Call before the page: shows the notice in a new session that finds the flag."""
    if "smi_session_seen" not in ss:
        ss["smi_session_seen"] = True
        ss["smi_session_lost"] = st.query_params.get(FLAG) == "1" and not _under_way()
        if ss["smi_session_lost"]:
            event("session_lost_notice")
    if ss.get("smi_session_lost") and _under_way():
        ss["smi_session_lost"] = False  # the parent uploaded the file or started again
    if ss.get("smi_session_lost"):
        st.warning(T()(NOTICE), icon=":material/sync_problem:")


def after_page() -> None:
    """Call after the page: the flag follows whether a journey is under way."""
    if _under_way():
        if st.query_params.get(FLAG) != "1":
            st.query_params[FLAG] = "1"
    elif FLAG in st.query_params and not ss.get("smi_session_lost"):
        del st.query_params[FLAG]
