"""The letters page of the staff app: an employee uploads the parent's answers file, fills in
the decision (number, dates, granted hours or days, eigen bijdrage, extra reasons) and
downloads the letter. The letter is made by the same documents code as `smi letter`; this
page only turns what is typed into a Decision. Nothing is stored: the file and the letter
live in this session only."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from decimal import Decimal

import streamlit as st
from pydantic import ValidationError

from wizard.amounts import read_amount
from wizard.documents import LETTER_KINDS, Decision, build_letter_pdf
from wizard.documents.decision import ExtraReason
from wizard.draft import field_accepts, field_max_length
from wizard.errors import AmountError, SmiError
from wizard.i18n import N_
from wizard.log import event
from wizard.models import Answers
from wizard.ui.state import T, init, lang, load_answers_file, ss

KIND = {"ontbrekend": N_("Missing details (brief ontbrekende gegevens)"),
        "toekenning": N_("Grant (beschikking toekenning)"),
        "verlenging": N_("Extension (beschikking verlenging)"),
        "afwijzing": N_("Refusal (beschikking afwijzing)")}
LETTER_LANG = {"nl": "Nederlands", "en": "English"}
# "unknown" leaves a marked place in the letter for the gemeente to fill in (documents code)
PAYS = {"unknown": N_("Not set: leave a place to fill in"), "opvang": N_("the childcare"),
        "ouder": N_("the parent")}
BIJDRAGE_TO = {"unknown": N_("Not set: leave a place to fill in"),
               "opvang": N_("the childcare"), "gemeente": N_("the gemeente")}
EXTRA_ROWS = 3
_NUMBER = re.compile(r"^\d{1,6}(?:[.,]\d{1,2})?$")


def _on_upload() -> None:
    f = ss.get("staff_upload")
    ss["staff_letter"] = None
    if f is None:
        ss["staff_answers"], ss["staff_upload_error"] = None, None
        return
    raw = f.getvalue()
    digest = hashlib.sha256(raw).hexdigest()
    if ss.get("staff_upload_hash") == digest:
        return
    try:
        ss["staff_answers"], ss["staff_upload_error"] = load_answers_file(raw), None
        ss["staff_upload_hash"] = digest
    except SmiError as exc:
        ss["staff_answers"], ss["staff_upload_error"] = None, exc.texts


def _granted(text: str, kind: str, errors: dict, key: str) -> Decimal | None:
    """Granted hours or days through the one reader of typed amounts ("2 dagen" too)."""
    if not (text or "").strip():
        return None
    try:
        return read_amount(text, kind=kind, lang=lang())
    except AmountError as exc:
        errors[key] = exc.texts
        return None


def _number(text: str, errors: dict, key: str) -> Decimal | None:
    """A typed amount of money per month ("33,60", "120"); blank = not given. (The shared
    reader caps a "price" at an hourly rate, too low for a month.)"""
    text = (text or "").strip().replace(" ", "")
    if not text:
        return None
    if not _NUMBER.match(text):
        errors[key] = N_("Write a number, for example 20 or 2,5.")
        return None
    return Decimal(text.replace(",", "."))


def decision_from_form(kind: str, answers: Answers) -> tuple[Decision | None, dict[str, str]]:
    """The Decision from the widgets, or the errors per widget key (English msgids)."""
    errors: dict[str, str] = {}
    number = (ss.get("w_staff_number") or "").strip()
    if not number:
        errors["w_staff_number"] = N_("Fill in the decision number.")
    elif not field_accepts(Decision, "number", number):  # the decision model's own rule
        errors["w_staff_number"] = N_("Use only letters, digits and / . _ - (at most 40).")
    fields: dict = {"number": number or "-", "date": ss.get("w_staff_date") or date.today(),
                    "application_date": ss.get("w_staff_app_date")}
    if kind != "ontbrekend" and not fields["application_date"]:
        errors["w_staff_app_date"] = N_("Fill in the date the application was received.")
    official = (ss.get("w_staff_official") or "").strip()
    if official:
        fields["official"] = official
    if kind in ("toekenning", "verlenging"):
        start, end = ss.get("w_staff_start"), ss.get("w_staff_end")
        if not start:
            errors["w_staff_start"] = N_("Fill in the first day of the period.")
        if not end:
            errors["w_staff_end"] = N_("Fill in the last day of the period.")
        elif start and end <= start:
            errors["w_staff_end"] = N_("The last day must be after the first day.")
        fields |= {"period_start": start, "period_end": end}
        grants = []
        for n in range(1, len(answers.children) + 1):
            hours = _granted(ss.get(f"w_staff_hours_{n}"), "hours", errors,
                             f"w_staff_hours_{n}")
            days = _granted(ss.get(f"w_staff_days_{n}"), "days", errors, f"w_staff_days_{n}")
            if hours is not None or days is not None:
                grants.append({"child": n, "hours_per_month": hours, "days_per_week": days})
        if not grants and not any(k.startswith("w_staff_hours") for k in errors):
            errors["w_staff_hours_1"] = N_("Fill in the granted hours or days for at least "
                                           "one child.")
        fields["grants"] = grants
        bijdrage = _number(ss.get("w_staff_bijdrage"), errors, "w_staff_bijdrage")
        if bijdrage is not None:
            fields["eigen_bijdrage_per_month"] = bijdrage
        for key, field in (("w_staff_pays", "gemeente_pays"),
                           ("w_staff_bijdrage_to", "eigen_bijdrage_to")):
            if ss.get(key) not in (None, "unknown"):
                fields[field] = ss[key]
        if kind == "verlenging":
            previous = (ss.get("w_staff_previous") or "").strip()
            if not previous:
                errors["w_staff_previous"] = N_("Fill in the number of the earlier decision.")
            fields["previous_number"] = previous or None
    if kind == "ontbrekend" and ss.get("w_staff_due"):
        fields["due_date"] = ss["w_staff_due"]
    if kind == "afwijzing":
        extra = []
        for i in range(EXTRA_ROWS):
            rule = (ss.get(f"w_staff_rule_{i}") or "").strip().upper()
            reason = (ss.get(f"w_staff_reason_{i}") or "").strip()
            if not rule and not reason:
                continue
            if not field_accepts(ExtraReason, "rule", rule) or not reason:
                errors[f"w_staff_rule_{i}"] = N_("Give both a rule id (for example B3) and "
                                                 "the reason.")
                continue
            extra.append({"rule": rule, "text": reason})
        fields["extra_reasons"] = extra
    if errors:
        return None, errors
    try:
        return Decision.model_validate(fields, strict=False), {}
    except ValidationError:
        return None, {"w_staff_make": N_("These details cannot be used together. Check the "
                                         "dates and numbers.")}


def _error(key: str) -> None:
    err = ss.get("staff_errors", {}).get(key)  # an English msgid, or a text per language
    if err:
        shown = err.get(lang()) or err.get("en", "") if isinstance(err, dict) else T()(err)
        st.error(shown, icon=":material/error:")


def _on_make() -> None:
    answers: Answers | None = ss.get("staff_answers")
    ss["staff_letter"] = None
    ss["staff_build_error"] = None
    if answers is None:
        return
    kind = ss.get("w_staff_kind") or "toekenning"
    decision, errors = decision_from_form(kind, answers)
    ss["staff_errors"] = errors
    if decision is None:
        return
    letter_lang = ss.get("w_staff_letter_lang") or "nl"
    try:
        pdf = build_letter_pdf(kind, answers, decision, answers.gemeente, letter_lang)
    except SmiError as exc:
        ss["staff_build_error"] = exc.texts
        return
    event("letter_made", kind=kind, lang=letter_lang, gemeente=answers.gemeente)
    ss["staff_letter"] = (f"smi-{kind}-{decision.number.replace('/', '-')}.pdf", pdf)


def _decision_fields(kind: str, answers: Answers) -> None:
    _ = T()
    st.text_input(_("Decision number"), key="w_staff_number",
                  max_chars=field_max_length(Decision, "number"))
    _error("w_staff_number")
    st.date_input(_("Date of the letter"), key="w_staff_date", value=date.today(),
                  format="DD-MM-YYYY")
    st.date_input(_("Date the application was received") if kind != "ontbrekend" else
                  _("Date the application was received (optional)"), key="w_staff_app_date",
                  value=None, format="DD-MM-YYYY")
    _error("w_staff_app_date")
    if kind in ("toekenning", "verlenging"):
        if kind == "verlenging":
            st.text_input(_("Number of the earlier decision"), key="w_staff_previous",
                          max_chars=field_max_length(Decision, "previous_number"))
            _error("w_staff_previous")
        st.date_input(_("First day of the period"), key="w_staff_start", value=None,
                      format="DD-MM-YYYY")
        _error("w_staff_start")
        st.date_input(_("Last day of the period"), key="w_staff_end", value=None,
                      format="DD-MM-YYYY")
        _error("w_staff_end")
        for n in range(1, len(answers.children) + 1):
            st.markdown("**" + _("Child {n}").format(n=n) + "**")
            left, right = st.columns(2)
            left.text_input(_("Granted hours per month"), key=f"w_staff_hours_{n}")
            right.text_input(_("Or: granted days per week"), key=f"w_staff_days_{n}")
            _error(f"w_staff_hours_{n}")
            _error(f"w_staff_days_{n}")
        st.text_input(_("Eigen bijdrage per month, in euros (leave empty if decided later)"),
                      key="w_staff_bijdrage")
        _error("w_staff_bijdrage")
        st.radio(_("The gemeente pays its part to"), list(PAYS), key="w_staff_pays",
                 format_func=lambda k: _(PAYS[k]), horizontal=True)
        st.radio(_("The parent pays the eigen bijdrage to"), list(BIJDRAGE_TO),
                 key="w_staff_bijdrage_to", format_func=lambda k: _(BIJDRAGE_TO[k]),
                 horizontal=True)
    if kind == "ontbrekend":
        st.date_input(_("Send the missing details before (optional, default 14 days)"),
                      key="w_staff_due", value=None, format="DD-MM-YYYY")
    if kind == "afwijzing":
        st.markdown("**" + _("Extra reasons (optional)") + "**")
        st.caption(_("The reasons from the check are in the letter already. Add a reason "
                     "only with the rule it rests on."))
        for i in range(EXTRA_ROWS):
            left, right = st.columns([1, 3])
            left.text_input(_("Rule id {n}").format(n=i + 1), key=f"w_staff_rule_{i}",
                            max_chars=field_max_length(ExtraReason, "rule"))
            right.text_input(_("Reason {n}").format(n=i + 1), key=f"w_staff_reason_{i}",
                             max_chars=field_max_length(ExtraReason, "text"))
            _error(f"w_staff_rule_{i}")
    st.text_input(_("Signed by (optional)"), key="w_staff_official",
                  max_chars=field_max_length(Decision, "official"))


def letters_page() -> None:
    init()
    _ = T()
    ss.setdefault("staff_errors", {})
    st.title(_("Letters to parents"))
    st.write(_("Upload the answers file the parent sent, fill in the decision and download "
               "the letter. Nothing is stored on the server."))
    st.file_uploader(_("The parent's answers file (JSON)"), type=["json"], key="staff_upload",
                     on_change=_on_upload)
    err = ss.get("staff_upload_error")
    if err:
        st.error(err.get(lang()) or err.get("en", ""), icon=":material/error:")
    answers: Answers | None = ss.get("staff_answers")
    if answers is None:
        return
    st.success(_("Answers file read: gemeente {gemeente}, {n} children.").format(
        gemeente=answers.gemeente, n=len(answers.children)), icon=":material/check:")
    st.radio(_("Which letter?"), list(LETTER_KINDS), key="w_staff_kind",
             format_func=lambda k: _(KIND[k]), index=1)
    st.radio(_("Language of the letter"), list(LETTER_LANG), key="w_staff_letter_lang",
             format_func=LETTER_LANG.get, horizontal=True)
    _decision_fields(ss.get("w_staff_kind") or "toekenning", answers)
    st.button(_("Make the letter (PDF)"), key="w_staff_make", type="primary",
              on_click=_on_make, icon=":material/description:")
    if ss["staff_errors"]:
        st.error(_("Some details are missing or not right. See the messages above."),
                 icon=":material/error:")
    _error("w_staff_make")
    build_err = ss.get("staff_build_error")
    if build_err:
        st.error(build_err.get(lang()) or build_err.get("en", ""), icon=":material/error:")
    letter = ss.get("staff_letter")
    if letter:
        st.download_button(_("Download the letter (PDF)"), letter[1], file_name=letter[0],
                           mime="application/pdf", key="w_staff_download", on_click="ignore",
                           icon=":material/download:")
