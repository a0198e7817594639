"""The extension page (verlenging): a parent who already has SMI uploads the answers file of the
first application (or fills the short version) and answers only what may have changed (B7, B8,
B13). The steps and their order come from wizard.extension_flow."""

from __future__ import annotations

import hashlib

import streamlit as st

from wizard import extension_flow as xf
from wizard.answers_io import dump_answers
from wizard.documents.changes import (
    build_extension_pdf,
    fee_note,
    fee_rows,
    stayed_the_same,
    what_changed,
)
from wizard.draft import CareDraft, IncomeDraft
from wizard.errors import SmiError
from wizard.i18n import N_
from wizard.profiles import all_profiles, get_profile
from wizard.ui.amount_field import as_cell, as_text, read_field
from wizard.ui.downloads import pdf_on_request
from wizard.ui.result import EXTENSION, OUTCOME
from wizard.ui.runner import Errors, Journey, focus, goto, on_back, render_step
from wizard.ui.state import T, init, lang, load_answers_file, seed, ss
from wizard.ui.steps import CARE_TYPE, profile_label

STILL = {"yes": N_("Yes, it is still there"), "no": N_("No, it is over")}
WORKS_NOW = {"no": N_("No"), "yes": N_("Yes: every parent in the household now has a job, "
                                        "studies or follows a route to work")}
DURATION = {
    "under_6_months": N_("Less than 6 months"),
    "6_to_12_months": N_("6 to 12 months"),
    "longer": N_("Longer than a year"),
    "chronic": N_("It will not go away (chronic)"),
    "unknown": N_("I do not know"),
}
PROF = {"yes": N_("Yes, they can confirm it again"), "no": N_("No, or I do not know yet")}
INCOME = {"keep": N_("Our income is about the same as before"),
          "give": N_("Our income has changed: I give the new income"),
          "skip": N_("Skip: show the estimate with the highest contribution")}


def _state() -> None:
    init()
    ss.setdefault("ext", None)
    ss.setdefault("ext_done", [])
    ss.setdefault("ext_step", "start")
    ss.setdefault("ext_errors", {})


ERRORS = Errors("ext_errors")


def _radio(label: str, options: dict[str, str], key: str, help: str | None = None) -> None:
    _ = T()
    st.radio(label, list(options), key=key, index=None, format_func=lambda c: _(options[c]),
             help=help)
    ERRORS.show(key)


# Widgets of the question steps: seeded again from the extension draft after every step
# change (Streamlit forgets the value of a widget that a run does not draw).
STEP_WIDGETS = ("x_still", "x_works", "x_duration", "x_prof", "x_o", "x_inc")


def _clear_step_widgets() -> None:
    for key in [k for k in ss if isinstance(k, str) and k.startswith(STEP_WIDGETS)]:
        del ss[key]


def _clear_widgets() -> None:
    for key in [k for k in ss if isinstance(k, str) and k.startswith("x_")
                and k != "x_upload"]:
        del ss[key]


def _begin(first, short: bool) -> None:
    ss["ext"] = xf.new_extension(first, short=short)
    ss["ext_done"] = []
    _clear_widgets()
    _goto(xf.next_step(ss["ext"], [], "start"))


# --- start ----------------------------------------------------------------------------------

def _on_upload() -> None:
    f = ss.get("x_upload")
    if f is None:
        return
    raw = f.getvalue()
    digest = hashlib.sha256(raw).hexdigest()
    if ss.get("ext_upload_hash") == digest:
        return
    try:
        first = load_answers_file(raw)
    except SmiError as exc:
        ss["ext_upload_error"] = exc.texts
        return
    ss["ext_upload_hash"] = digest
    ss["ext_upload_error"] = None
    _begin(first, short=False)


def _on_short() -> None:
    ss["ext"] = None
    ss["ext_done"] = []
    ss["ext_short"] = True
    _clear_widgets()
    _goto("basics")


def render_start() -> None:
    _ = T()
    st.markdown(_("You already have SMI and you need it for longer? Then ask the gemeente for "
                  "an extension (verlenging). We only ask what may have changed. What stayed "
                  "the same, you do not have to give again."))
    st.subheader(_("Use the file of your first application"))
    st.file_uploader(_("Upload your answers file (JSON)"), type=["json"], key="x_upload",
                     on_change=_on_upload,
                     help=_("The file you downloaded when you did the check for your first "
                            "application."))
    err = ss.get("ext_upload_error")
    if err:
        st.error(err.get(lang()) or err.get("en", ""), icon=":material/error:")
    st.subheader(_("No file?"))
    st.write(_("Then fill in the short version. We ask your gemeente and your children first."))
    st.button(_("Fill in the short version"), key="x_short", on_click=_on_short,
              icon=":material/arrow_forward:")


# --- basics (short version only) -------------------------------------------------------------

def render_basics() -> None:
    _ = T()
    st.header(_("Your gemeente and your children"))
    ids = ["basislijn"] + sorted((p for p in all_profiles() if p != "basislijn"),
                                 key=lambda p: get_profile(p).name)
    st.selectbox(_("Your gemeente"), ids, key="x_gemeente", index=None,
                 format_func=lambda p: profile_label(p, _),
                 placeholder=_("Type the name of your gemeente"))
    ERRORS.show("x_gemeente")
    seed({"x_n": 1})
    st.selectbox(_("For how many children do you want childcare?"),
                 list(range(1, xf.flow.MAX_CHILDREN + 1)), key="x_n")
    types = {k: v for k, v in CARE_TYPE.items() if k != "unknown"}
    for i in range(ss["x_n"]):
        st.subheader(_("Child {n}").format(n=i + 1))
        st.number_input(_("Age in years"), min_value=0, max_value=xf.flow.MAX_AGE, step=1,
                        key=f"x_c{i}_age", value=None)
        ERRORS.show(f"x_c{i}_age")
        _radio(_("Which type of childcare?"), types, f"x_c{i}_type")


def save_basics() -> bool:
    ok = ERRORS.need("x_gemeente")
    for i in range(ss["x_n"]):
        if ss.get(f"x_c{i}_age") is None:
            ERRORS.set(f"x_c{i}_age", N_("Fill in the age, please."))
            ok = False
        ok = ERRORS.need(f"x_c{i}_type") and ok
    if not ok:
        return False
    kids = [{"age": int(ss[f"x_c{i}_age"]), "school": "primary" if ss[f"x_c{i}_type"] == "bso"
             else "none", "care": {"type": ss[f"x_c{i}_type"]}} for i in range(ss["x_n"])]
    first = xf.short_first(ss["x_gemeente"], kids)
    ss["ext"] = xf.new_extension(first, short=True)
    return True


# --- situation ------------------------------------------------------------------------------

def render_situation() -> None:
    _ = T()
    st.header(_("Your situation now"))
    ext = ss["ext"]
    if ext.still is not None:
        seed({"x_still": "yes" if ext.still else "no", "x_duration": ext.duration})
    _radio(_("Is the situation that you got SMI for still there?"), STILL, "x_still")
    if ext.works_now is not None:
        seed({"x_works": "yes" if ext.works_now else "no"})
    _radio(_("Has work changed? Does every parent in the household now have a job, or study?"),
           WORKS_NOW, "x_works",
           help=_("Ill, on sick leave or in hospital, but the job is still there? That counts "
                  "as having a job. When every parent works or studies, the family gets "
                  "childcare benefit (kinderopvangtoeslag) instead of SMI."))
    if ss.get("x_still") == "yes" and ss.get("x_works") != "yes":
        _radio(_("How long will it probably last from now?"), DURATION, "x_duration",
               help=_("We ask this because the gemeente can give SMI for longer when your "
                      "situation lasts long (hardship clause, B8)."))


def save_situation() -> bool:
    ok = ERRORS.need("x_still")
    if not (ERRORS.need("x_works") and ok):
        return False
    ext = ss["ext"]
    ext.still = ss["x_still"] == "yes"
    ext.works_now = ss["x_works"] == "yes"
    if ext.still and not ext.works_now:
        if not ERRORS.need("x_duration"):
            return False
        ext.duration = ss["x_duration"]
    else:
        ext.duration = None
    return True


# --- professional ---------------------------------------------------------------------------

def render_professional() -> None:
    _ = T()
    st.header(_("Someone who knows your situation"))
    st.write(_("The gemeente may ask a professional again whether you still need childcare. "
               "For example your GP (huisarts), the wijkteam or the CJG. The gemeente does not "
               "ask for your medical file."))
    if ss["ext"].professional is not None:
        seed({"x_prof": "yes" if ss["ext"].professional else "no"})
    _radio(_("Can a professional confirm that the situation is still there?"), PROF, "x_prof")


def save_professional() -> bool:
    if not ERRORS.need("x_prof"):
        return False
    ss["ext"].professional = ss["x_prof"] == "yes"
    return True


# --- opvang ---------------------------------------------------------------------------------

def render_opvang() -> None:
    _ = T()
    st.header(_("Hours and price of the childcare"))
    st.write(_("We filled in what you gave last time. Change only what is different."))
    first = xf.first_answers(ss["ext"])
    given = ss["ext"].care
    for i in xf.care_children(first):
        care = first.children[i].care.model_dump() | (
            given[i].model_dump(exclude_unset=True) if i in given else {})
        seed({f"x_o{i}_hours": as_text(care.get("hours_per_month"), lang()),
              f"x_o{i}_price": as_text(care.get("hourly_price"), lang())})
        st.subheader(_("Child {n}").format(n=i + 1))
        st.text_input(_("Hours of childcare per month"), key=f"x_o{i}_hours")
        ERRORS.show(f"x_o{i}_hours")
        st.text_input(_("Price per hour, in euros"), key=f"x_o{i}_price")
        ERRORS.show(f"x_o{i}_price")


def save_opvang() -> bool:
    ok = True
    cares: dict[int, CareDraft] = {}
    first = xf.first_answers(ss["ext"])
    for i in xf.care_children(first):
        care = CareDraft()
        for key, field, kind in (("hours", "hours_per_month", "hours"),
                                 ("price", "hourly_price", "price")):
            value, message = read_field(ss.get(f"x_o{i}_{key}"), kind, lang())
            if message:
                ERRORS.message(f"x_o{i}_{key}", message)
                ok = False
                continue
            setattr(care, field, value)
        cares[i] = care
    if ok:
        ss["ext"].care = cares
    return ok


# --- income ---------------------------------------------------------------------------------

def render_income() -> None:
    _ = T()
    st.header(_("Your income (you may skip this)"))
    st.info(_("Your income never decides whether you can get SMI. It only sets the size of "
              "your own contribution (eigen bijdrage)."), icon=":material/info:")
    first = xf.first_answers(ss["ext"])
    options = dict(INCOME) if first.income.toetsingsinkomen is not None else {
        k: v for k, v in INCOME.items() if k != "keep"}
    inc = ss["ext"].income
    if "income" in ss["ext_done"]:
        given = None if inc is None else inc.toetsingsinkomen
        seed({"x_inc_choice": "keep" if inc is None else "give" if given else "skip",
              "x_inc": as_text(given, lang())})
    _radio(_("Has your income changed?"), options, "x_inc_choice")
    if ss.get("x_inc_choice") == "give":
        st.text_input(_("Income per year, in euros, before tax"), key="x_inc",
                      help=_("The income of you and your partner together (toetsingsinkomen), "
                             "for this year. An estimate is fine, for example 32,000."))
        ERRORS.show("x_inc")


def save_income() -> bool:
    if not ERRORS.need("x_inc_choice"):
        return False
    choice = ss["x_inc_choice"]
    ext = ss["ext"]
    if choice == "keep":
        ext.income = None  # unchanged: nothing to update
    elif choice == "skip":
        ext.income = IncomeDraft()
    else:
        value, message = read_field(ss.get("x_inc"), "income", lang())
        if message:
            ERRORS.message("x_inc", message)
            return False
        if value is None:
            ERRORS.set("x_inc", N_("Fill in an amount, or choose 'Skip'."))
            return False
        ext.income = IncomeDraft(toetsingsinkomen=value)
    return True


RENDER = {"basics": render_basics, "situation": render_situation,
          "professional": render_professional, "opvang": render_opvang,
          "income": render_income}
SAVE = {"basics": save_basics, "situation": save_situation, "professional": save_professional,
        "opvang": save_opvang, "income": save_income}


def _back_step(step: str) -> str:
    return "start" if ss["ext"] is None else xf.previous_step(ss["ext"], ss["ext_done"], step)


EXT = Journey(
    name="ext", step_key="ext_step", done_key="ext_done", errors=ERRORS, render=RENDER,
    save=SAVE, next_step=lambda step: xf.next_step(ss["ext"], ss["ext_done"], step),
    back_step=_back_step,
    progress=lambda step: None if ss["ext"] is None else xf.progress(ss["ext"],
                                                                      ss["ext_done"], step),
    clear=_clear_step_widgets, block_prefix="smi_ext_", button_prefix="x_",
    heading="[data-testid=stMain] h2", not_saved_on_back=frozenset({"basics"}))


def _goto(step: str) -> None:
    goto(EXT, step)


def _restart() -> None:
    for key in ("ext", "ext_done", "ext_step", "ext_errors", "ext_upload_hash",
                "ext_upload_error", "ext_short", "ext_pdf"):
        ss.pop(key, None)
    _clear_widgets()
    _state()


# --- result ---------------------------------------------------------------------------------

def render_result() -> None:
    _ = T()
    lg = lang()
    ext = ss["ext"]
    st.header(_("Your extension"))
    if not xf.is_needed(ext):
        st.markdown("**" + _("You do not need an extension.") + "**")
        st.markdown(_("Your SMI stops on the end date in the gemeente's letter. Does your "
                      "situation come back or get worse? Then you can ask for SMI again."))
        return
    first, after = xf.first_answers(ext), xf.extended_answers(ext)
    verdict = xf.verdict(ext)
    profile = get_profile(after.gemeente)
    if ext.works_now:
        _kot_now(verdict)
        _answers_download(after)
        return
    with st.container(border=True):
        st.subheader(_("Outcome"))
        st.markdown("**" + _(OUTCOME[verdict.outcome]) + "**")
        st.caption(_("This is a check, not a decision. The gemeente decides."))
    st.subheader(_("Can the gemeente extend your SMI?"))
    st.markdown(_("Yes. When your situation lasts longer, the gemeente can extend SMI, also "
                  "more than once (B7)."))
    if verdict.offer:
        st.markdown(_("Extension in {name}: {rule}").format(
            name=profile.name, rule=_(EXTENSION[verdict.offer.extension])))
    if xf.hardheidsclausule_applies(ext.duration):
        st.info(_("Your situation lasts long or will not go away. Ask for a long period right "
                  "away. The gemeente can depart from its own rules for you (hardship clause, "
                  "B8). Then you do not have to ask for an extension again and again."),
                icon=":material/info:")
    if verdict.outcome not in ("eligible", "assessment_needed"):
        for r in verdict.reasons:
            st.markdown(f"- {r.text(lg)}")
    changed = what_changed(first, after, lg, profile)
    st.subheader(_("What changed"))
    if changed:
        st.table([{_("What"): a, _("Before"): b, _("Now"): c} for a, b, c in changed],
                 hide_index=True)
    else:
        st.markdown(_("Nothing changed."))
    fees, total = fee_rows(first, after, lg)
    if note := fee_note(after, lg):  # this year's fee tables are not published yet
        st.subheader(_("Your own contribution per month (estimate)"))
        st.markdown(note)
    if fees:
        if not note:
            st.subheader(_("Your own contribution per month (estimate)"))
        rows = [{_("Child"): r["child"], _("Before"): r["before"], _("Now"): r["after"],
                 _("Difference"): as_cell(r["difference"])} for r in fees]
        st.table(rows, hide_index=True)
    if not ext.short:
        same = stayed_the_same(first, after, lg, profile)
        with st.expander(_("What stayed the same ({n} items): you do not have to give this "
                           "again").format(n=len(same))):
            for line in same:
                st.markdown(f"- {line.label}: {line.value}")
    st.subheader(_("Your extension request"))
    st.caption(_("The request lists what changed and what stayed the same. You fill in the "
                 "empty boxes yourself and send it to the gemeente."))
    pdf_on_request("ext_pdf", _("Download the extension request (PDF)"),
                   lambda: build_extension_pdf(first, after, profile, lg,
                                               duration=ext.duration,
                                               professional=ext.professional,
                                               from_file=not ext.short),
                   f"verlenging-smi-{after.gemeente}.pdf")
    _answers_download(after)


def _kot_now(verdict) -> None:
    """Every parent works or studies now: kinderopvangtoeslag, said plainly."""
    _ = T()
    lg = lang()
    ref = next((r for r in verdict.referrals if r.route == "kot"), None)
    with st.container(border=True):
        st.markdown("**" + _("You probably have a right to childcare benefit "
                             "(kinderopvangtoeslag). That comes before SMI.") + "**")
        if ref is not None:
            st.markdown(ref.texts[lg])
            if ref.url:
                st.markdown("[" + _("Make a trial calculation (proefberekening) at Dienst "
                                    "Toeslagen") + f"]({ref.url})")
        st.caption(_("This is a check, not a decision."))
    st.markdown(_("Tell the gemeente that you now work or study. Your SMI stops; apply for "
                  "childcare benefit in time."))


def _answers_download(after) -> None:
    """The updated answers for next time (an extension or a change report later)."""
    _ = T()
    st.download_button(_("Download the updated answers (JSON file)"), dump_answers(after),
                       file_name="smi-answers.json", mime="application/json",
                       key="x_answers_download", on_click="ignore",
                       icon=":material/download:",
                       help=_("Keep this file. Next time you upload it and answer only what "
                              "changed."))


# --- page -----------------------------------------------------------------------------------

def extension_page() -> None:
    _state()
    _ = T()
    st.title(_("Extend your SMI"))
    step = ss["ext_step"]
    if step == "start":
        render_start()
        return
    if step != "basics" and ss["ext"] is None:
        _goto("start")
        st.rerun()
    if step in RENDER:
        render_step(EXT, step)
    else:
        render_result()
        left, right = st.columns(2)
        left.button(_("Back"), key="x_back", on_click=on_back, args=(EXT, "result"),
                    icon=":material/arrow_back:")
        right.button(_("Start again"), key="x_restart", on_click=_restart,
                     icon=":material/restart_alt:")
    focus(EXT, step)
