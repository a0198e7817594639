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


# Streamlit reconnects a page whose server went away, to another replica through nginx, but it
# does not rerun the script there: the parent would keep seeing the old step until the next
# click. This script notices a reconnect (a second WebSocket to /_stcore/stream) and presses
# a hidden button, so the new session runs at once and shows the notice. On the same server
# (a network blip) the extra run changes nothing.
RECONNECT_JS = """<script>
if (!window.__smiReconnectWatch) {
  window.__smiReconnectWatch = true;
  const Native = window.WebSocket;
  const Watched = function (url, protocols) {
    const ws = protocols === undefined ? new Native(url) : new Native(url, protocols);
    if (String(url).indexOf("/_stcore/stream") !== -1) {
      ws.addEventListener("open", function () {
        setTimeout(function () {
          const b = document.querySelector(".st-key-smi_reconnect button");
          if (b) { b.click(); }
        }, 700);
      });
    }
    return ws;
  };
  Watched.prototype = Native.prototype;
  ["CONNECTING", "OPEN", "CLOSING", "CLOSED"].forEach(function (k) { Watched[k] = Native[k]; });
  window.WebSocket = Watched;
}
</script>"""
HIDDEN_CSS = "<style>.st-key-smi_reconnect, .st-key-smi_reconnect_js { display: none; }</style>"


def watch_reconnect() -> None:
    st.html(HIDDEN_CSS)
    with st.container(key="smi_reconnect_js"):
        st.html(RECONNECT_JS, unsafe_allow_javascript=True)
    st.button("reconnect", key="smi_reconnect")  # hidden; pressed only by the script


def _under_way() -> bool:
    return ss.get("step", "start") != "start" or bool(ss.get("done"))


def before_page() -> None:
    """Call before the page: shows the notice in a new session that finds the flag."""
    watch_reconnect()
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
