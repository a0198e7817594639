"""Streamlit's own chrome in the page language, and its tables reachable by keyboard.

Streamlit has no setting for texts such as "Skip to main content", "No results", "Clear all",
"Remove …" or the file uploader's "Drag and drop file here" / "Upload" / "… per file". A small
script in the page puts them in the visitor's language (and back, when the language changes),
and gives every st.table scroll box a name and keyboard focus (WCAG 2.1.1, axe
'scrollable-region-focusable'), so a wide table on a phone scrolls instead of being cut off.
The texts it cannot reach are listed in the README."""

from __future__ import annotations

import json

import streamlit as st

from wizard.i18n import N_, gettext_for

# English text as Streamlit writes it -> msgid in the ui catalogue ({x} = the variable part).
TEXTS: dict[str, str] = {
    "Skip to main content": N_("Skip to main content"),
    "No results": N_("No results"),
    "Clear all": N_("Clear all"),
    "Remove {x}": N_("Remove {x}"),
    "Drag and drop file here": N_("Drag and drop file here"),
    "Drag and drop files here": N_("Drag and drop files here"),
    "Upload": N_("Upload"),
    "{x} per file": N_("{x} per file"),
    "Choose an option": N_("Choose an option"),
    "Running...": N_("Running..."),
    "Stop": N_("Stop"),
    "Press Enter to apply": N_("Press Enter to apply"),
    "Send message": N_("Send message"),  # st.chat_input's send button (aria-label only)
    # aria-labels a screen reader speaks on every step: the "?" next to a question and the
    # anchor link next to a heading (heard in English on Dutch pages in the walk)
    "Help for {x}": N_("Help for {x}"),
    "Link to heading": N_("Link to heading"),
}
TABLE = N_("Table (scroll sideways to see all columns)")

HIDE = "<style>.st-key-smi_a11y { display: none; }</style>"
SCRIPT = """<script>
(function () {
  window.__smiT = %s;
  window.__smiTable = %s;
  function rules() {
    return Object.keys(window.__smiT).map(function (en) {
      var parts = en.split("{x}");
      return {en: en, re: new RegExp("^" + parts.map(function (p) {
        return p.replace(/[.*+?^${}()|[\\]\\\\]/g, "\\\\$&"); }).join("(.+)") + "$"),
        to: window.__smiT[en]};
    });
  }
  function tr(text, list) {
    for (var i = 0; i < list.length; i++) {
      var m = list[i].re.exec(text);
      if (m) return list[i].to.replace("{x}", m[1] || "");
    }
    return null;
  }
  function fix(root) {
    var list = rules();
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var p = node.parentElement;
      if (!p || p.closest("[data-testid=stMarkdown], [data-testid=stTable], textarea")) continue;
      var orig = node.__smiOrig || node.data.trim();
      var to = tr(orig, list);
      if (to !== null && node.data.trim() !== to) { node.__smiOrig = orig; node.data = to; }
    }
    root.querySelectorAll("[aria-label]").forEach(function (el) {
      var orig = el.getAttribute("data-smi-aria") || el.getAttribute("aria-label");
      var to = tr(orig, list);
      if (to !== null && el.getAttribute("aria-label") !== to) {
        el.setAttribute("data-smi-aria", orig); el.setAttribute("aria-label", to);
      }
    });
    root.querySelectorAll("[data-testid=stTable] > div").forEach(function (box) {
      if (box.getAttribute("tabindex") === "0") return;
      box.setAttribute("tabindex", "0");
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", window.__smiTable);
    });
  }
  if (!window.__smiA11y) {
    window.__smiA11y = new MutationObserver(function () { fix(document.body); });
    window.__smiA11y.observe(document.body, {childList: true, subtree: true});
  }
  fix(document.body);
})();
</script>"""


def chrome_texts(lang: str) -> dict[str, str]:
    _ = gettext_for(lang, "ui")
    return {en: _(msgid) for en, msgid in TEXTS.items()}


def apply(lang: str) -> None:
    """Draw the (hidden) script for this language; call once per run, on every page."""
    _ = gettext_for(lang, "ui")
    with st.container(key="smi_a11y"):
        st.html(HIDE + SCRIPT % (json.dumps(chrome_texts(lang)), json.dumps(_(TABLE))),
                unsafe_allow_javascript=True)
