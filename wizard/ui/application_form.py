"""The application details on the result page: only what the aanvraagformulier needs (B13),
each field with one line on why it is asked. Optional: what is left empty stays a fillable
box on the PDF. What is on screen goes into the answers (draft.application) on every
change, so that the saved file, the form and the letters all read the same facts."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import streamlit as st
from pydantic import ValidationError

from wizard.answers_io import explain
from wizard.application import MAX_NAME, Application, Contact, Professional
from wizard.documents import field_help, income_matters
from wizard.documents.texts import text
from wizard.draft import Draft
from wizard.errors import SmiError
from wizard.flow import field_max_length
from wizard.i18n import gettext_for
from wizard.models import Answers
from wizard.profiles import get_profile

# Parts of a field share the whole field's reason (street, postcode and city: the address).
WHY_OF = {"street": "address", "postcode": "address", "city": "address", "phone": "contact",
          "email": "contact", "professional_name": "professional",
          "professional_organisation": "professional", "professional_phone": "professional",
          "period_start": "period", "period_end": "period"}


def _field(kind: str, key: str, label_key: str, lang: str, value: Any, **kw: Any) -> Any:
    label, why = field_help(label_key, lang)
    if why is None and label_key in WHY_OF:
        why = field_help(WHY_OF[label_key], lang)[1]
    widget = {"text": st.text_input, "area": st.text_area, "date": st.date_input,
              "check": st.checkbox}[kind]
    if kind == "text":
        kw.setdefault("max_chars", MAX_NAME)  # the longest text the application model takes
        value = value or ""
    if kind == "date":
        kw.setdefault("format", "DD-MM-YYYY")
    return widget(label, value=value, key=f"app_{key}", help=why, **kw)


def _clean(values: Any) -> Any:
    """Drop empty strings and None so the model sees 'not given', not 'blank'."""
    if isinstance(values, dict):
        out = {k: _clean(v) for k, v in values.items()}
        return {k: v for k, v in out.items() if v not in (None, "", {}, [])}
    if isinstance(values, str):
        return values.strip() or None
    return values


def _given(values: Any) -> bool:
    """Whether anything was filled in (a ticked box counts, an empty or unticked one not)."""
    if isinstance(values, dict):
        return any(_given(v) for v in values.values())
    if isinstance(values, list):
        return any(_given(v) for v in values)
    if isinstance(values, str):
        return bool(values.strip())
    return values not in (None, False)


def render_application_form(answers: Answers, lang: str, draft: Draft) -> None:
    """Draw the fields; what is on screen is stored in the draft at once when it is valid, so
    the PDF always holds it (no separate 'save'). A wrong value gives one message and keeps
    what was typed; the rest of the form keeps working."""
    _ = gettext_for(lang, "ui")
    pro = bool(st.session_state.get("pro"))
    app = answers.application or Application()
    profile = get_profile(answers.gemeente)
    with st.expander(text("ui.details_title", lang)):
        st.caption(text("ui.details_intro", lang))
        v: dict[str, Any] = {"applicant": {}, "contact": {}, "children": [],
                             "professional": {}, "period": {}}
        st.markdown("**" + (_("The parent who applies (not you)") if pro
                            else _("You, the parent who applies")) + "**")
        v["applicant"]["name"] = _field("text", "name", "applicant_name", lang,
                                        app.applicant.name)
        v["applicant"]["bsn"] = _field("text", "bsn", "applicant_bsn", lang,
                                       app.applicant.bsn, max_chars=9)
        c = app.contact
        v["contact"]["street"] = _field("text", "street", "street", lang, c.street)
        v["contact"]["postcode"] = _field("text", "postcode", "postcode", lang, c.postcode,
                                          max_chars=7)
        v["contact"]["city"] = _field("text", "city", "city", lang, c.city,
                                        max_chars=field_max_length(Contact, "city"))
        v["contact"]["phone"] = _field("text", "phone", "phone", lang, c.phone,
                                       max_chars=field_max_length(Contact, "phone"))
        v["contact"]["email"] = _field("text", "email", "email", lang, c.email)
        if len(answers.household.parents) > 1:
            partner = app.partner.name if app.partner else None
            v["partner"] = {"name": _field("text", "partner", "partner_name", lang, partner)}
        births: dict[int, date | None] = {}
        for i, child in enumerate(answers.children):
            st.markdown("**" + text("ui.details_child", lang, n=i + 1) + "**")
            d = app.child(i)
            births[i] = _field("date", f"c{i}_birth", "child_birth_date", lang,
                               child.birth_date, min_value=date.today() - timedelta(
                                   days=19 * 366), max_value=date.today())
            v["children"].append({
                "name": _field("text", f"c{i}_name", "child_name", lang, d.name),
                "provider": {
                    "name": _field("text", f"c{i}_provider", "provider", lang,
                                   d.provider.name),
                    "lrk_number": _field("text", f"c{i}_lrk", "lrk", lang,
                                         d.provider.lrk_number, max_chars=12),
                    "start_date": _field("date", f"c{i}_start", "start_date", lang,
                                         d.provider.start_date),
                }})
        v["reason_text"] = _field("area", "reason", "reason_text", lang, app.reason_text or "",
                                  max_chars=field_max_length(Application, "reason_text"))
        st.markdown("**" + (_("You, the professional who knows the family") if pro
                            else _("The professional who knows your situation")) + "**")
        p = app.professional
        v["professional"] = {
            "name": _field("text", "prof_name", "professional_name", lang, p.name),
            "organisation": _field("text", "prof_org", "professional_organisation", lang,
                                   p.organisation),
            "phone": _field("text", "prof_phone", "professional_phone", lang, p.phone,
                            max_chars=field_max_length(Professional, "phone")),
            "consent": _field("check", "consent", "consent", lang, p.consent),
        }
        v["period"] = {"start": _field("date", "period_start", "period_start", lang,
                                       app.period.start),
                       "end": _field("date", "period_end", "period_end", lang,
                                     app.period.end)}
        if income_matters(profile) and answers.income.toetsingsinkomen is None:
            v["accept_highest_contribution"] = _field(
                "check", "accept_highest", "accept_highest", lang,
                app.accept_highest_contribution)
        problem = store(v, births, draft)
        if problem:
            st.error(problem.message(lang) + " " + _("The other details are on the form; "
                                                     "this box stays empty until it is right."),
                     icon=":material/error:")


def store(values: dict[str, Any], births: dict[int, date | None],
          draft: Draft) -> SmiError | None:
    """Put the details in the draft when they are valid; otherwise leave the draft as it was
    and return the one message to show."""
    data = _clean(values)
    if "children" in data:
        data["children"] = [_clean(c) or {} for c in values["children"]]
    try:
        app = Application.model_validate(data)
    except ValidationError as exc:
        return explain(exc)
    children = [c.model_copy() for c in draft.children]
    for i, born in births.items():
        if born and i < len(children):
            children[i].birth_date = born
    # an untouched form adds nothing to the answers file
    candidate = draft.model_copy(update={"children": children,
                                         "application": app if _given(values) else None})
    try:
        candidate.complete()
    except ValidationError as exc:
        return explain(exc)
    if candidate != draft:
        draft.children, draft.application = candidate.children, candidate.application
    return None
