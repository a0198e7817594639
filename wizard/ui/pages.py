"""The pages of the app (wizard, compare) and what every page shows: the language switch,
the progress, back/next, and the save panel. app.py only routes to these."""

from __future__ import annotations

from typing import Any

import streamlit as st

from wizard import flow
from wizard.amounts import show_money
from wizard.i18n import LANG_NAMES, N_, text_dir
from wizard.ui import a11y, runner, steps
from wizard.ui.amount_field import as_text
from wizard.ui.change import change_page
from wizard.ui.compare import render_compare
from wizard.ui.extension import extension_page
from wizard.ui.language import direction_html, direction_script, language_help
from wizard.ui.prefill import prefill_note, take_prefill
from wizard.ui.result import render_result
from wizard.ui.safe import md_literal
from wizard.ui.state import (
    T,
    answers_bytes,
    apply_upload,
    clear_widgets,
    done,
    draft,
    goto,
    init,
    lang,
    restart,
    ss,
)

PAGES: dict[str, Any] = {}  # filled by page_list(); used for links between pages
STEP_TITLE = {
    "gemeente": N_("Gemeente"), "household": N_("Household"), "situation": N_("Situation"),
    "children": N_("Children"), "opvang": N_("Childcare"),
    "income": N_("Income"),
}

# Warn before a refresh or close loses the answers (they live only in this session).
BEFOREUNLOAD = """<script>
if (!window.__smiGuard) {
  window.__smiGuard = true;
  window.addEventListener("beforeunload", function (e) { e.preventDefault(); e.returnValue = ""; });
}
</script>"""


# Sets <html lang> and <html dir> (a code of LANG_NAMES, never user input); container hidden.
HTML_LANG = """<script>document.documentElement.lang = "{lang}";
document.documentElement.dir = "{dir}";</script>"""
LANG_CSS = "<style>.st-key-smi_html_lang { display: none; }</style>"
# A clear keyboard focus ring (WCAG 2.4.7): Streamlit's own is a faint background on radios,
# checkboxes, toggles and the top navigation links (about 1.1:1 against white), and none at
# all around text, number and select fields.
FOCUS_CSS = """<style>
a:focus-visible, button:focus-visible, label:has(input:focus-visible) {
  outline: 3px solid #154273 !important; outline-offset: 2px;
}
div:has(> input:not([type="radio"], [type="checkbox"]):focus-visible),
div:has(> textarea:focus-visible) { outline: 3px solid #154273; outline-offset: 1px; }
</style>"""


def page_list() -> list[Any]:
    _ = T()
    PAGES["wizard"] = st.Page(wizard_page, title=_("SMI check"), url_path="check", default=True,
                              icon=":material/checklist:")
    PAGES["compare"] = st.Page(compare_page, title=_("Compare gemeenten"), url_path="compare",
                               icon=":material/compare:")
    PAGES["chat"] = st.Page(chat_page, title=_("Ask a question"), url_path="chat",
                            icon=":material/chat:")
    PAGES["extension"] = st.Page(extension_page, title=_("Extend SMI"), url_path="verlenging",
                                 icon=":material/update:")
    PAGES["change"] = st.Page(change_page, title=_("Report a change"), url_path="wijziging",
                              icon=":material/edit_note:")
    return list(PAGES.values())


def header() -> None:
    """Language switch (every page) and the professional-mode label."""
    init()
    # Bound to the address (?lang=...), so a refresh or a shared link keeps the language.
    # The language is the only thing in the address: never an answer (privacy).
    st.radio("Taal / Language", list(LANG_NAMES), key="lang", horizontal=True,
             format_func=LANG_NAMES.get, bind="query-params")
    # Streamlit's page says <html lang="en">; screen readers need the language we show.
    st.html(LANG_CSS + FOCUS_CSS + direction_html(lang()))
    with st.container(key="smi_html_lang"):
        st.html(HTML_LANG.format(lang=lang(), dir=text_dir(lang())) + direction_script(lang()),
                unsafe_allow_javascript=True)
    language_help(lang())  # tr/ar/pl/uk: the Woorden panel and "Klopt een vertaling niet?"
    _phone_menu()
    a11y.apply(lang())
    if ss.get("pro"):
        st.caption(T()(N_("Professional mode: rule ids are shown next to the reasons.")))


# On a narrow screen Streamlit folds the top menu into an unlabelled "»" that opens a sidebar
# over most of the screen and stays open after a choice. There we show a labelled "Menu"
# button instead; a choice opens the page and the menu is closed on it.
MENU_CSS = """<style>
[data-testid="stExpandSidebarButton"], [data-testid="stSidebar"] { display: none !important; }
.st-key-smi_menu { display: none; }
body:has([data-testid="stExpandSidebarButton"]) .st-key-smi_menu { display: block; }
.st-key-smi_menu_js { display: none; }
</style>"""
# A choice in the menu closes it (Escape closes a Streamlit popover).
MENU_JS = """<script>
if (!window.__smiMenu) {
  window.__smiMenu = true;
  document.addEventListener("click", function (e) {
    if (!e.target.closest("[data-testid=stPopoverBody] a")) return;
    setTimeout(function () {
      document.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", code: "Escape",
        keyCode: 27, bubbles: true}));
    }, 50);
  }, true);
}
</script>"""


def _phone_menu() -> None:
    if not PAGES:
        return
    st.html(MENU_CSS)
    with st.container(key="smi_menu_js"):
        st.html(MENU_JS, unsafe_allow_javascript=True)
    with st.container(key="smi_menu"):
        with st.popover(T()(N_("Menu")), icon=":material/menu:"):
            for page in PAGES.values():
                st.page_link(page)


# --- the wizard ------------------------------------------------------------------------------

def _next_step(step: str) -> str:
    nxt = flow.next_step(draft(), done(), step)
    if ss.get("from_review"):  # a change from the review: the next unanswered step, or back
        later = flow.path(draft(), done())
        later = later[later.index(step) + 1:]
        nxt = next((s for s in later if s in flow.QUESTION_STEPS and s not in done()), "review")
    if nxt in ("review", "result"):
        ss["from_review"] = False
    return nxt


def _back_step(step: str) -> str:
    p = flow.path(draft(), done())
    i = p.index(step) if step in p else len(p) - 1
    return p[max(i - 1, 0)]


def _progress(step: str) -> tuple[int, int] | None:
    return None if step == "result" else flow.progress(draft(), done(), step)


CHECK = runner.Journey(
    name="check", step_key="step", done_key="done", errors=steps.ERRORS,
    render=steps.RENDER, save=steps.SAVE, next_step=_next_step, back_step=_back_step,
    progress=_progress, clear=clear_widgets, after_render=prefill_note)


def wizard_page() -> None:
    init()
    take_prefill()
    step = ss["step"]
    if step == "start":
        render_start()
        runner.focus(CHECK, step)
        return
    if step in steps.RENDER:
        runner.render_step(CHECK, step)
    elif step == "review":
        runner.progress_bar(CHECK, step)
        render_review()
    else:
        render_result()
        _result_nav()
    _save_panel()
    runner.focus(CHECK, step)


def _save_panel() -> None:
    _ = T()
    with st.container(border=True):
        st.markdown("**" + _("Save your answers") + "**")
        st.caption(_("We do not store your answers. If you refresh or close this page, they are "
                     "gone. Download them to continue later: upload the file on the start "
                     "page."))
        try:
            data = answers_bytes(draft())
        except Exception:  # noqa: BLE001 - a draft that cannot be saved yet
            data = None
        if data is not None:
            st.download_button(_("Download my answers (JSON file)"), data,
                               file_name="smi-answers.json", mime="application/json",
                               key="download", on_click="ignore",
                               icon=":material/download:")
    if done():
        st.html(BEFOREUNLOAD, unsafe_allow_javascript=True)


# --- start ----------------------------------------------------------------------------------

def _on_pro() -> None:
    ss["pro"] = bool(ss.get("w_pro"))


def _on_upload() -> None:
    f = ss.get("upload")
    if f is None:
        return
    apply_upload(f.getvalue())


def _on_start() -> None:
    goto("gemeente")


def render_start() -> None:
    _ = T()
    st.title(_("Help with childcare costs: the SMI check"))
    st.markdown(_("SMI means Sociaal Medische Indicatie. With SMI, the gemeente helps pay for "
                  "childcare when your family has a hard time because of social or medical "
                  "problems. It is for families who cannot get childcare benefit "
                  "(kinderopvangtoeslag)."))
    st.markdown("- " + _("This is a check, not a decision. The gemeente decides.") + "\n"
                "- " + _("It takes about 5 minutes.") + "\n"
                "- " + _("Nothing is stored. Your answers stay in this browser window only. "
                         "You can download them to continue later."))
    st.session_state.setdefault("w_pro", ss.get("pro", False))
    st.toggle(_("I am a professional (for example PMM, wijkteam or CJG) and fill this in for "
                "or with a family"), key="w_pro", on_change=_on_pro)
    st.button(_("Start the check"), key="start", type="primary", on_click=_on_start,
              icon=":material/arrow_forward:")
    st.subheader(_("Continue with saved answers"))
    st.file_uploader(_("Upload your answers file (JSON)"), type=["json"], key="upload",
                     on_change=_on_upload,
                     help=_("The file you downloaded earlier in this check."))
    err = ss.get("upload_error")
    if err:
        st.error(err.get(lang()) or err.get("en", ""), icon=":material/error:")
    _already_smi()


def _already_smi() -> None:
    """Parents who already have SMI: extension (B7) or a change report (issue 8)."""
    _ = T()
    if "extension" not in PAGES:
        return
    st.subheader(_("Do you already have SMI?"))
    st.page_link(PAGES["extension"], label=_("I already have SMI and want an extension"),
                 icon=":material/update:")
    st.page_link(PAGES["change"], label=_("Something changed: hours, price, childcare or "
                                          "income"), icon=":material/edit_note:")


# --- review ---------------------------------------------------------------------------------

def _on_change(step: str) -> None:
    ss["from_review"] = True
    goto(step)


def _on_result() -> None:
    ss["from_review"] = False
    goto("result")


def _summary(step: str) -> list[str]:
    _ = T()
    d = draft()
    if step == "gemeente":
        entry = steps.gemeente_entry(ss.get("gemeente_code"))
        return [entry.common_name if entry else steps.profile_label(d.gemeente, _)]
    if step == "household":
        parents = d.household.parents
        out = [_("Alone") if len(parents) == 1 else _("With a partner")]
        for i, p in enumerate(parents):
            who = _("You") if i == 0 else _("Your partner")
            line = f"{who}: {_(steps.ACTIVITY[p.activity or 'none'])}"
            if p.wlz_indication:
                line += " (" + _("Wlz indication") + ")"
            if p.detention:
                line += " (" + _("in detention") + ")"
            out.append(line)
        return out
    if step == "situation":
        sit = d.situation
        if not sit.reasons:
            return [_("None of these")]
        out = [_(steps.REASONS[r]) for r in sit.reasons]
        out.append(_("Lasts longer than 6 months: {answer}").format(
            answer=_("Yes") if sit.long_term else _("No or do not know")))
        yes = sit.professional_can_confirm
        out.append(_("A professional knows about it: {answer}").format(
            answer=_(steps.PROFESSIONAL["yes" if yes else "no"])))
        contact = ss.get("pro_contact") or {}
        if ss.get("pro") and any(contact.values()):
            out.append(", ".join(md_literal(v) for v in contact.values() if v))
        return out
    if step == "children":
        out = []
        for i, c in enumerate(d.children, start=1):
            special = "wlz" if c.wlz_indication else "treatment" if c.needs_treatment_daycare \
                else "no"
            out.append(_("Child {n}: {age} years").format(n=i, age=c.age) + "; "
                       + _(steps.SCHOOL[c.school or "none"]) + "; "
                       + _("special care: {answer}").format(answer=_(steps.CHILD_CARE[special])))
        return out
    if step == "opvang":
        out = []
        for i, c in enumerate(d.children, start=1):
            care = c.care
            if not care or not care.type:
                continue
            parts = [_(steps.CARE_TYPE[care.type])]
            if care.hours_per_month is not None:
                parts.append(_("{hours} hours a month").format(
                    hours=as_text(care.hours_per_month, lang())))
            if care.hourly_price is not None:
                parts.append(_("{price} per hour").format(
                    price=show_money(care.hourly_price, lang(), cents=True)))
            out.append(_("Child {n}").format(n=i) + ": " + "; ".join(parts))
        return out or [_("I do not know yet")]
    if step == "income":
        inc = d.income.toetsingsinkomen
        return [_("{amount} per year").format(
            amount=show_money(inc, lang(), cents=None)) if inc is not None
                else _("Skipped: the estimate uses the highest contribution")]
    return []


def render_review() -> None:
    _ = T()
    st.title(_("Check your answers"))
    st.write(_("Is everything right? You can change each answer."))
    for step in flow.path(draft(), done()):
        if step not in flow.QUESTION_STEPS or step not in done():
            continue
        with st.container(border=True):
            st.subheader(_(STEP_TITLE[step]))
            for line in _summary(step):
                st.markdown(f"- {line}")
            st.button(_("Change"), key=f"change_{step}", on_click=_on_change, args=(step,),
                      help=_("Change your answer about: {topic}").format(
                          topic=_(STEP_TITLE[step]).lower()))
    missing = [s for s in flow.path(draft(), done())
               if s in flow.QUESTION_STEPS and s not in done()]
    left, right = st.columns(2)
    left.button(_("Back"), key="back", on_click=runner.on_back, args=(CHECK, "review"),
                icon=":material/arrow_back:")
    if missing:
        right.button(_("Next"), key="next_missing", on_click=goto, args=(missing[0],),
                     type="primary", icon=":material/arrow_forward:")
    else:
        right.button(_("Show my result"), key="to_result", on_click=_on_result, type="primary",
                     icon=":material/arrow_forward:")


def _result_nav() -> None:
    _ = T()
    left, right = st.columns(2)
    left.button(_("Back to my answers"), key="back", on_click=goto, args=("review",),
                icon=":material/arrow_back:")
    right.button(_("Start again"), key="restart", on_click=_restart,
                 icon=":material/restart_alt:")
    if "compare" in PAGES:
        st.page_link(PAGES["compare"], label=_("Compare your result in other gemeenten"),
                     icon=":material/compare:")


def _restart() -> None:
    restart()
    clear_widgets()


# --- compare --------------------------------------------------------------------------------

def compare_page() -> None:
    init()
    render_compare()


def chat_page() -> None:
    """The guidance chat on its own page; a chat turn reruns only the chat fragment."""
    from wizard.ui.chat_panel import render_chat_panel

    init()
    st.title(T()(N_("Ask a question about SMI")))
    render_chat_panel(lang(), draft().gemeente or "")
