"""What the newer languages (tr, ar, pl, uk) add to every page: right-to-left layout for
Arabic, the "Woorden" panel with the official Dutch words explained, and the line
"Klopt een vertaling niet? Laat het weten" with a short remark form."""

from __future__ import annotations

import streamlit as st

from wizard.glossary import glossary
from wizard.i18n import NEW_LANGS, gettext_for, text_dir
from wizard.translation_feedback import MAX_REMARK, TranslationRemarks
from wizard.ui.state import T, ss

# Right to left: Streamlit follows <html dir="rtl"> for the flow of text and flex rows; these
# rules fix what it draws with fixed left/right: text alignment, list indents, tables, the
# direction of the arrow icons on Back/Next/Start, the progress bar (filled from the right).
# Amounts are LTR isolates (wizard.money).
RTL_CSS = """<style>
[data-testid="stAppViewContainer"], [data-testid="stSidebar"], header { direction: rtl; }
[data-testid="stMain"] :is(p, li, h1, h2, h3, label, td, th, caption) { text-align: right; }
[data-testid="stMarkdownContainer"] :is(ul, ol) { padding-right: 1.5em; padding-left: 0; }
[data-testid="stMain"] table { direction: rtl; }
:is(.st-key-next, .st-key-back, .st-key-start, .st-key-next_missing, .st-key-to_result)
  [data-testid="stIconMaterial"] { transform: scaleX(-1); }
[data-testid="stMain"] :is(input, textarea) { text-align: right; }
[data-testid="stMain"] [dir="ltr"] { text-align: right !important; }
[data-testid="stProgressBarTrack"] { transform: scaleX(-1); }
[data-testid="stMain"] input[type="number"], [data-testid="stMain"] bdi { direction: ltr; }
</style>"""


# In an Arabic page, a paragraph with no Arabic letter in it (a gemeente's own rule text, which
# exists in Dutch only) is marked dir="ltr", so its full stop and brackets stay where Dutch puts
# them; it stays right-aligned. Re-checked whenever Streamlit changes the page.
RTL_SCRIPT = """<script>
if (!window.__smiRtl) {
  window.__smiRtl = true;
  const arabic = /[\\u0600-\\u06ff]/, latin = /[A-Za-z]/;
  const mark = () => {
    const rtl = document.documentElement.dir === 'rtl';
    document.querySelectorAll('[data-testid=stMain] :is(p, li, td, th)').forEach(el => {
      const t = el.textContent || '';
      if (rtl && latin.test(t) && !arabic.test(t)) el.setAttribute('dir', 'ltr');
      else if (el.getAttribute('dir') === 'ltr') el.removeAttribute('dir');
    });
  };
  let queued = false;
  new MutationObserver(() => { if (!queued) { queued = true;
    requestAnimationFrame(() => { queued = false; mark(); }); } })
    .observe(document.body, {childList: true, subtree: true, characterData: true});
  mark();
}
</script>"""


def direction_script(lang: str) -> str:
    """The script above, for right-to-left pages ("" otherwise)."""
    return RTL_SCRIPT if text_dir(lang) == "rtl" else ""


def direction_html(lang: str) -> str:
    """The stylesheet for the page's writing direction ("" for left-to-right languages)."""
    return RTL_CSS if text_dir(lang) == "rtl" else ""


def _send(lang: str, page: str) -> None:
    remark = ss.get("tr_remark") or ""
    try:
        ok = TranslationRemarks().add_remark(lang, page, remark)
    except Exception:  # noqa: BLE001 - a missing database must not break the page
        ss["tr_remark_state"] = "error"
        return
    ss["tr_remark_state"] = "sent" if ok else "empty"
    ss["tr_remark"] = ""


def language_help(lang: str, page: str = "check") -> None:
    """Woorden panel and translation remark line; nothing for nl and en."""
    if lang not in NEW_LANGS:
        return
    _ = T()
    g = glossary(lang)
    with st.expander(g.meta.title, icon=":material/translate:"):
        st.markdown(g.meta.intro)
        st.markdown("\n".join(f"- **{w}**: {e}" for w, e in g.terms.items()))
        st.caption(_("Some texts from the gemeente are only in Dutch. The words above "
                        "explain them."))
    with st.popover(_("Is a translation wrong? Let us know"), icon=":material/feedback:"):
        st.text_area(_("Which text is wrong, and what should it say?"), key="tr_remark",
                     max_chars=MAX_REMARK, help=_("Do not write your name or other personal "
                                              "details."))
        st.button(_("Send"), key="tr_send", on_click=_send, args=(lang, page))
        state = ss.get("tr_remark_state")
        if state == "sent":
            st.success(_("Thank you. We will look at it."))
        elif state == "empty":
            st.warning(_("Please write a few words first."))
        elif state == "error":
            st.error(_("Your remark cannot be saved now. Try again later."))


def companion_download(answers, lang: str, build_answers) -> None:
    """On the result page in tr/ar/pl/uk: the companion sheet that explains the Dutch
    aanvraagformulier question by question. `build_answers()` gives the answers as they are
    when the button is clicked (the application details may change on the page)."""
    if lang not in NEW_LANGS:
        return
    from wizard.documents.companion import build_companion

    _ = gettext_for(lang, "ui")
    st.download_button(_("Download the explanation sheet of the form in your language (PDF)"),
                       data=lambda: build_companion(build_answers(), None, lang),
                       file_name=f"uitleg-aanvraag-smi-{answers.gemeente}-{lang}.pdf",
                       mime="application/pdf", key="doc_companion_download",
                       on_click="ignore", icon=":material/translate:")
