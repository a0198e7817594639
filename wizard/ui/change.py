"""The change page (wijziging): a parent with SMI reports changed hours, price, childcare
provider or income and sees the eigen bijdrage per child and month before and after, with a
filled change form (PDF)."""

from __future__ import annotations

from typing import Any

import streamlit as st
from pydantic import ValidationError

from wizard.application import Provider
from wizard.changes import apply_change
from wizard.documents.changes import build_change_pdf, fee_note, fee_rows, what_changed
from wizard.errors import SmiError
from wizard.flow import field_max_length
from wizard.i18n import N_
from wizard.models import Answers
from wizard.profiles import get_profile
from wizard.ui.amount_field import as_cell, as_text, read_field
from wizard.ui.application_form import model_message
from wizard.ui.downloads import pdf_on_request
from wizard.ui.runner import Errors, Journey, focus, render_step
from wizard.ui.state import T, answers_or_none, init, lang, load_answers_file, ss
from wizard.ui.steps import CARE_TYPE

INCOME = {"keep": N_("Our income has not changed"),
          "give": N_("Our income has changed: I give the new income"),
          "skip": N_("Skip: show the estimate with the highest contribution")}


def _before() -> Answers | None:
    return ss.get("chg_before")


def _on_upload() -> None:
    f = ss.get("c_upload")
    if f is None:
        return
    try:
        answers = load_answers_file(f.getvalue())
    except SmiError as exc:
        ss["chg_error"] = exc.texts
        return
    ss["chg_error"] = None
    _use(answers)


def _use(answers: Answers) -> None:
    ss["chg_before"] = answers
    ss.pop("chg_after", None)
    for key in [k for k in ss if isinstance(k, str) and k.startswith("c_") and k != "c_upload"]:
        del ss[key]


def _on_use_session() -> None:
    a = answers_or_none()
    if a is not None:
        _use(a)


ERRORS = Errors("chg_errors")  # shown the way every journey shows them (wizard/ui/runner.py)


def _care_children(before: Answers) -> list[int]:
    return [i for i, c in enumerate(before.children) if c.care is not None]


def _form(before: Answers) -> None:
    _ = T()
    app = before.application
    types = {k: v for k, v in CARE_TYPE.items() if k != "unknown"}
    for i in _care_children(before):
        care = before.children[i].care
        provider = app.child(i).provider if app else None
        ss.setdefault(f"c_o{i}_type", care.type.value)
        ss.setdefault(f"c_o{i}_hours", as_text(care.hours_per_month, lang()))
        ss.setdefault(f"c_o{i}_price", as_text(care.hourly_price, lang()))
        ss.setdefault(f"c_o{i}_provider", (provider.name if provider else None) or "")
        ss.setdefault(f"c_o{i}_lrk", (provider.lrk_number if provider else None) or "")
        st.subheader(_("Child {n}").format(n=i + 1))
        st.radio(_("Which type of childcare?"), list(types), key=f"c_o{i}_type",
                 format_func=lambda c: _(types[c]))
        st.text_input(_("Hours of childcare per month"), key=f"c_o{i}_hours")
        ERRORS.show(f"c_o{i}_hours")
        st.text_input(_("Price per hour, in euros"), key=f"c_o{i}_price")
        ERRORS.show(f"c_o{i}_price")
        st.text_input(_("Name of the childcare provider"), key=f"c_o{i}_provider",
                      max_chars=field_max_length(Provider, "name"))
        st.text_input(_("LRK number of the childcare (optional)"), key=f"c_o{i}_lrk",
                      max_chars=field_max_length(Provider, "lrk_number"),
                      help=_("The number of the childcare in the national register (Landelijk "
                             "Register Kinderopvang)."))
        ERRORS.show(f"c_o{i}_lrk")
    st.subheader(_("Income"))
    options = dict(INCOME) if before.income.toetsingsinkomen is not None else {
        k: v for k, v in INCOME.items() if k != "keep"}
    ss.setdefault("c_inc_choice", next(iter(options)))
    st.radio(_("Has your income changed?"), list(options), key="c_inc_choice",
             format_func=lambda c: _(options[c]))
    if ss.get("c_inc_choice") == "give":
        st.text_input(_("Income per year, in euros, before tax"), key="c_inc")
        ERRORS.show("c_inc")


def _save_form() -> bool:
    """Read the form; with every answer right, the answers after the change are kept."""
    before = _before()
    if before is None:
        return False
    updates: dict[str, Any] = {}
    for i in _care_children(before):
        updates[f"children.{i}.care.type"] = ss.get(f"c_o{i}_type")
        for key, field, kind in (("hours", "hours_per_month", "hours"),
                                 ("price", "hourly_price", "price")):
            value, message = read_field(ss.get(f"c_o{i}_{key}"), kind, lang())
            if message:
                ERRORS.message(f"c_o{i}_{key}", message)
                continue
            updates[f"children.{i}.care.{field}"] = str(value) if value is not None else None
        name = (ss.get(f"c_o{i}_provider") or "").strip() or None
        lrk = (ss.get(f"c_o{i}_lrk") or "").strip() or None
        try:  # the one LRK check, with its one message: the application model's
            lrk = Provider.model_validate({"lrk_number": lrk}).lrk_number
        except ValidationError as exc:
            ERRORS.message(f"c_o{i}_lrk", model_message(exc, lang())[1])
        app = before.application
        old = app.child(i).provider if app else None
        if name != (old.name if old else None):
            updates[f"application.children.{i}.provider.name"] = name
        if lrk != (old.lrk_number if old else None):
            updates[f"application.children.{i}.provider.lrk_number"] = lrk
    choice = ss.get("c_inc_choice")
    if choice == "skip":
        updates["income.toetsingsinkomen"] = None
    elif choice == "give":
        value, message = read_field(ss.get("c_inc"), "income", lang())
        if message:
            ERRORS.message("c_inc", message)
        else:
            if value is None:
                ERRORS.set("c_inc", N_("Fill in an amount, or choose 'Skip'."))
            else:
                updates["income.toetsingsinkomen"] = str(value)
    if ERRORS.all():
        ss.pop("chg_after", None)
        return False
    ss["chg_after"] = apply_change(before, updates)
    return True


# One screen: the form stays on screen with the result below it; after "Show the change" the
# focus goes to the result's heading.
CHANGE = Journey(
    name="chg", step_key="chg_step", done_key="chg_done", errors=ERRORS,
    render={"form": lambda: _form(_before())}, save={"form": _save_form},
    next_step=lambda step: step, back_step=lambda step: step, progress=lambda step: None,
    clear=lambda: None, block_prefix="smi_chg_", button_prefix="c_", next_key="compute",
    next_label=N_("Show the change"), has_back=False, heading="[data-testid=stMain] h2")


def _result(before: Answers, after: Answers) -> None:
    _ = T()
    lg = lang()
    profile = get_profile(after.gemeente)
    st.header(_("What changes"))
    changed = what_changed(before, after, lg, profile)
    if changed:
        st.table([{_("What"): a, _("Before"): b, _("Now"): c} for a, b, c in changed],
                 hide_index=True)
    else:
        st.markdown(_("Nothing changed."))
    fees, total = fee_rows(before, after, lg)
    st.subheader(_("Your own contribution per month (estimate)"))
    if note := fee_note(after, lg):  # this year's fee tables are not published yet
        st.markdown(note)
    if fees:
        rows = [{_("Child"): r["child"], _("Before"): r["before"], _("Now"): r["after"],
                 _("Difference"): as_cell(r["difference"])} for r in fees]
        if total:
            rows.append({_("Child"): _("Total"), _("Before"): total["before"],
                         _("Now"): total["after"], _("Difference"): as_cell(total["difference"])})
        st.table(rows, hide_index=True)
        st.caption(_("This is an estimate, not a decision. The gemeente calculates the real "
                     "amount."))
    elif not note:
        st.markdown(_("We cannot estimate your contribution. We need the type of childcare, "
                      "the hours and the price per hour."))
    pdf_on_request("chg_pdf", _("Download the change form (PDF)"),
                   lambda: build_change_pdf(before, after, profile, lg),
                   f"wijziging-smi-{after.gemeente}.pdf")


def change_page() -> None:
    init()
    _ = T()
    st.title(_("Report a change"))
    st.markdown(_("You have SMI and something changed: the hours, the price, the childcare "
                  "provider or your income? Then tell the gemeente. Here you see what it "
                  "means for your own contribution."))
    st.file_uploader(_("Upload your answers file (JSON)"), type=["json"], key="c_upload",
                     on_change=_on_upload,
                     help=_("The file you downloaded earlier in this check."))
    err = ss.get("chg_error")
    if err:
        st.error(err.get(lang()) or err.get("en", ""), icon=":material/error:")
    current = answers_or_none()
    if current is not None and "children" in ss.get("done", []):
        st.button(_("Use the answers of the check I just did"), key="c_use_session",
                  on_click=_on_use_session)
    before = _before()
    if before is None:
        return
    if not _care_children(before):
        st.warning(_("Your answers have no childcare details yet. Do the check first and fill "
                     "in the childcare."), icon=":material/warning:")
        return
    render_step(CHANGE, "form")
    after = ss.get("chg_after")
    if after:
        _result(before, after)
        focus(CHANGE, "form")
