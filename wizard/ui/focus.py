"""Keyboard and screen-reader users land on the new step's heading after every step change
(WCAG 2.4.3): a tiny script in the page moves the focus to the first h1 of the main area.
It runs once per step change (the key changes), never on a rerun of the same step, so typing
in a field is never interrupted."""

from __future__ import annotations

import json

import streamlit as st

HIDE = "<style>.st-key-smi_focus { display: none; }</style>"
SCRIPT = """<script>
(function () {
  var key = %s, selector = %s, tries = 0, checks = 0;
  if (window.__smiFocus === key) return;
  window.__smiFocus = key;
  function done() {  // the run has finished drawing: the heading is the new step's
    var app = document.querySelector("[data-testid=stApp]");
    return !app || app.dataset.testScriptState !== "running";
  }
  function go() {
    if (window.__smiFocus !== key) return;  // a newer step took over
    var h = document.querySelector(selector);
    if (!h || !done()) { if (tries++ < 100) setTimeout(go, 50); return; }
    h.setAttribute("tabindex", "-1");  // focusable by script, not in the Tab order
    h.focus({preventScroll: true});
    h.scrollIntoView({block: "start"});
    // Streamlit may still swap the element once; then focus the new one (never steal the
    // focus from a control the person has moved to).
    if (checks++ < 5) setTimeout(function () {
      var a = document.activeElement;
      if (!a || a === document.body) go();
    }, 150);
  }
  setTimeout(go, 60);
})();
</script>"""


def focus_heading(key: str, selector: str = "[data-testid=stMain] h1") -> None:
    """Move the focus to the heading once for `key` (e.g. "check:opvang:7")."""
    with st.container(key="smi_focus"):
        st.html(HIDE + SCRIPT % (json.dumps(key), json.dumps(selector)),
                unsafe_allow_javascript=True)
