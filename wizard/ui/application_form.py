"""The application details on the result page: only what the aanvraagformulier needs (B13),
each field with one line on why it is asked. Optional: what is left empty stays a fillable
box on the PDF. What is on screen goes into the answers (draft.application) on every
change, so that the saved file, the form and the letters all read the same facts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import streamlit as st
from pydantic import BaseModel, ValidationError

from wizard.answers_io import problem_texts
from wizard.application import (
    Application,
    ApplicationChild,
    Contact,
    Person,
    Professional,
    Provider,
)
from wizard.documents import income_matters
from wizard.draft import Draft, field_max_length
from wizard.i18n import N_, gettext_for, pick
from wizard.limits import MAX_CHILD_AGE
from wizard.models import Answers
from wizard.profiles import get_profile
from wizard.ui.safe import md_literal

# One source per concept. These are the screen's texts: a question to the person at the
# keyboard, through gettext like all UI text. The printed aanvraagformulier has its own box
# labels (content/documents/texts.toml [field.*], [why.*], and lang/<lang>.toml). They look
# alike but are not the same thing, so they are kept apart on purpose: the screen speaks to
# whoever types - in professional mode the professional, about "the parent" - while the paper
# form is always the parent's own, in the gemeente's words (for tr/ar/pl/uk a Dutch form with
# a companion sheet). Neither reads the other's texts, so changing one never changes the other.


@dataclass(frozen=True)
class Say:
    """A text for a parent, and the one for a professional when it must differ."""

    parent: str
    pro: str | None = None

    def __call__(self, _: Callable[[str], str], pro: bool) -> str:
        return _(self.pro if pro and self.pro else self.parent)


# field -> (label, why it is asked or None)
FIELDS: dict[str, tuple[Say, Say | None]] = {
    "applicant_name": (Say(N_("Your name"), N_("The parent's name")),
                       Say(N_("So the gemeente knows who applies."))),
    "applicant_bsn": (Say(N_("Your citizen service number (BSN)"),
                          N_("The parent's citizen service number (BSN)")),
                      Say(N_("The gemeente uses it to find your details. You may also write "
                             "it by hand."),
                          N_("The gemeente uses it to find the parent's details. It may also "
                             "be written by hand on the form."))),
    "street": (Say(N_("Street and house number")), None),
    "postcode": (Say(N_("Postcode")), None),
    "city": (Say(N_("Town")), None),
    "phone": (Say(N_("Phone number")), None),
    "email": (Say(N_("E-mail address")), None),
    "partner_name": (Say(N_("Your partner's name"), N_("The partner's name")),
                     Say(N_("The gemeente checks if you can get childcare benefit. Your "
                            "partner counts for that."),
                         N_("The gemeente checks if the family can get childcare benefit. "
                            "The partner counts for that."))),
    "child_name": (Say(N_("The child's name")),
                   Say(N_("So the gemeente knows which child needs childcare."))),
    "child_birth_date": (Say(N_("Date of birth")),
                         Say(N_("SMI is for children up to the end of primary school."))),
    "provider": (Say(N_("Name of the childcare")),
                 Say(N_("The gemeente often pays the childcare directly."))),
    "lrk": (Say(N_("LRK number of the childcare")),
            Say(N_("Only childcare in the national register (LRK) counts. The number is on "
                   "the contract."))),
    "start_date": (Say(N_("First day of childcare")),
                   Say(N_("So the gemeente knows from when it pays."))),
    "reason_text": (Say(N_("Your situation in a few words"),
                        N_("The family's situation in a few words")),
                    Say(N_("A short explanation is enough. Do not write medical details."))),
    "professional_name": (Say(N_("Name")), None),
    "professional_organisation": (Say(N_("Organisation (for example GP, wijkteam or GGD)")),
                                  None),
    "professional_phone": (Say(N_("Phone number")), None),
    "consent": (Say(N_("I agree that the gemeente calls this person about my situation."),
                    N_("The parent agrees that the gemeente calls you about the family's "
                       "situation.")),
                Say(N_("Without your consent the gemeente calls nobody."),
                    N_("Without the parent's consent the gemeente calls nobody."))),
    "period_start": (Say(N_("From")), None),
    "period_end": (Say(N_("Up to and including")), None),
    "accept_highest": (Say(N_("I do not give my income. I pay the highest contribution."),
                           N_("The parent does not give the income and pays the highest "
                              "contribution.")),
                       Say(N_("Income only sets how much you pay yourself. Not whether you "
                              "get SMI."),
                           N_("Income only sets how much the family pays itself. Not whether "
                              "it gets SMI."))),
}

# Parts of one thing share its reason (street, postcode and city: the address).
GROUP_WHY = {
    "address": Say(N_("The gemeente sends the decision to this address.")),
    "contact": Say(N_("So the gemeente can quickly ask you something."),
                   N_("So the gemeente can quickly ask the parent something.")),
    "professional": Say(N_("This person can confirm your situation. The gemeente does not "
                           "ask for a medical file."),
                        N_("You can confirm the family's situation. The gemeente does not ask "
                           "for a medical file.")),
    "period": Say(N_("So the gemeente knows how long you need help."),
                  N_("So the gemeente knows how long the family needs help.")),
}
WHY_OF = {"street": "address", "postcode": "address", "city": "address", "phone": "contact",
          "email": "contact", "professional_name": "professional",
          "professional_organisation": "professional", "professional_phone": "professional",
          "period_start": "period", "period_end": "period"}

# Each text field's model field: a screen takes as many characters as the answers file may
# hold (wizard/application.py), never more or fewer.
TEXT_OF: dict[str, tuple[type[BaseModel], str]] = {
    "applicant_name": (Person, "name"), "applicant_bsn": (Person, "bsn"),
    "partner_name": (Person, "name"),
    "street": (Contact, "street"), "postcode": (Contact, "postcode"),
    "city": (Contact, "city"), "phone": (Contact, "phone"), "email": (Contact, "email"),
    "child_name": (ApplicationChild, "name"), "provider": (Provider, "name"),
    "lrk": (Provider, "lrk_number"), "reason_text": (Application, "reason_text"),
    "professional_name": (Professional, "name"),
    "professional_organisation": (Professional, "organisation"),
    "professional_phone": (Professional, "phone"),
}


def label_and_help(field: str, lang: str, pro: bool = False) -> tuple[str, str | None]:
    """The screen's label of a form field and why it is asked, in the visitor's language."""
    _ = gettext_for(lang, "ui")
    label, why = FIELDS[field]
    why = why or GROUP_WHY.get(WHY_OF.get(field, ""))
    return label(_, pro), why(_, pro) if why else None


# Where the model says a problem is (its error location) -> the widget it belongs to.
WIDGET_OF = {("applicant", "name"): "name", ("applicant", "bsn"): "bsn",
             ("contact", "street"): "street", ("contact", "postcode"): "postcode",
             ("contact", "city"): "city", ("contact", "phone"): "phone",
             ("contact", "email"): "email", ("partner", "name"): "partner",
             ("reason_text",): "reason", ("professional", "name"): "prof_name",
             ("professional", "organisation"): "prof_org",
             ("professional", "phone"): "prof_phone", ("period",): "period_end"}
CHILD_WIDGET_OF = {("name",): "name", ("provider", "name"): "provider",
                   ("provider", "lrk_number"): "lrk", ("provider", "start_date"): "start",
                   ("birth_date",): "birth"}


def model_message(exc: ValidationError, lang: str) -> tuple[str | None, str]:
    """(widget key or None, message) of the first problem the model finds: the model's own
    words in the visitor's language, as one sentence to show under the field."""
    err = exc.errors()[0]
    text = pick(problem_texts(err), lang)
    loc = tuple(p for p in err["loc"] if p != "")
    if loc[:1] == ("children",) and len(loc) > 1 and isinstance(loc[1], int):
        key = CHILD_WIDGET_OF.get(tuple(loc[2:]), "birth")
        widget: str | None = f"c{loc[1]}_{key}"
    elif "n" in (err.get("ctx") or {}):  # a check over all children names the child
        widget = f"c{int(err['ctx']['n']) - 1}_birth"
    else:
        widget = WIDGET_OF.get(loc)
    return widget, text[:1].upper() + text[1:] + "."


class _Form:
    """Draws the fields, each with a place for its message just below it."""

    def __init__(self, lang: str, pro: bool):
        self.lang, self.pro = lang, pro
        self.slots: dict[str, Any] = {}

    def field(self, kind: str, key: str, field: str, value: Any, **kw: Any) -> Any:
        label, why = label_and_help(field, self.lang, self.pro)
        widget = {"text": st.text_input, "area": st.text_area, "date": st.date_input,
                  "check": st.checkbox}[kind]
        if kind in ("text", "area"):
            kw["max_chars"] = field_max_length(*TEXT_OF[field])
            value = value or ""
        if kind == "date":
            kw.setdefault("format", "DD-MM-YYYY")
        got = widget(label, value=value, key=f"app_{key}", help=why, **kw)
        self.slots[key] = st.empty()
        return got

    def show(self, widget: str | None, message: str) -> None:
        """The message under its field (or, for a problem of no one field, here)."""
        _ = gettext_for(self.lang, "ui")
        text = message + " " + _("The other details are on the form; this box stays empty "
                                 "until it is right.")
        slot = self.slots.get(widget or "")
        (slot or st).error(text, icon=":material/error:")


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
    form = _Form(lang, pro)
    with st.expander(_("The family's details for the application form (optional)") if pro
                     else _("Your details for the application form (optional)")):
        st.caption(_("Fill in what you like. What you leave empty, you fill in yourself on "
                     "the form later. Each box says why the gemeente asks for it. We store "
                     "nothing: it is only in this session and in the file you download "
                     "yourself."))
        v: dict[str, Any] = {"applicant": {}, "contact": {}, "children": [],
                             "professional": {}, "period": {}}
        st.markdown("**" + (_("The parent who applies (not you)") if pro
                            else _("You, the parent who applies")) + "**")
        v["applicant"]["name"] = form.field("text", "name", "applicant_name",
                                            app.applicant.name)
        v["applicant"]["bsn"] = form.field("text", "bsn", "applicant_bsn", app.applicant.bsn)
        c = app.contact
        v["contact"]["street"] = form.field("text", "street", "street", c.street)
        v["contact"]["postcode"] = form.field("text", "postcode", "postcode", c.postcode)
        v["contact"]["city"] = form.field("text", "city", "city", c.city)
        v["contact"]["phone"] = form.field("text", "phone", "phone", c.phone)
        v["contact"]["email"] = form.field("text", "email", "email", c.email)
        if len(answers.household.parents) > 1:
            partner = app.partner.name if app.partner else None
            v["partner"] = {"name": form.field("text", "partner", "partner_name", partner)}
        births: dict[int, date | None] = {}
        for i, child in enumerate(answers.children):
            st.markdown("**" + _("Child {n}").format(n=i + 1) + "**")
            d = app.child(i)
            births[i] = form.field("date", f"c{i}_birth", "child_birth_date",
                                   child.birth_date, min_value=date.today() - timedelta(
                                       days=(MAX_CHILD_AGE + 1) * 366),
                                   max_value=date.today())
            v["children"].append({
                "name": form.field("text", f"c{i}_name", "child_name", d.name),
                "provider": {
                    "name": form.field("text", f"c{i}_provider", "provider",
                                       d.provider.name),
                    "lrk_number": form.field("text", f"c{i}_lrk", "lrk",
                                             d.provider.lrk_number),
                    "start_date": form.field("date", f"c{i}_start", "start_date",
                                             d.provider.start_date),
                }})
        v["reason_text"] = form.field("area", "reason", "reason_text", app.reason_text)
        st.markdown("**" + (_("You, the professional who knows the family") if pro
                            else _("The professional who knows your situation")) + "**")
        p = app.professional
        own = {k: v for k, v in (st.session_state.get("pro_contact") or {}).items()
               if k in ("name", "organisation", "phone") and v}
        if pro and own and not (p.name or p.organisation or p.phone):
            # the boxes below are empty, yet the PDF prints the details given on the
            # situation step (wizard.ui.documents.with_professional): say so
            st.caption(_("The form shows your details from the step about the situation: "
                         "{details}. Fill in the boxes below only to change them.").format(
                             details=", ".join(md_literal(x) for x in own.values())))
        v["professional"] = {
            "name": form.field("text", "prof_name", "professional_name", p.name),
            "organisation": form.field("text", "prof_org", "professional_organisation",
                                       p.organisation),
            "phone": form.field("text", "prof_phone", "professional_phone", p.phone),
            "consent": form.field("check", "consent", "consent", p.consent),
        }
        v["period"] = {"start": form.field("date", "period_start", "period_start",
                                           app.period.start),
                       "end": form.field("date", "period_end", "period_end", app.period.end)}
        if income_matters(profile) and answers.income.toetsingsinkomen is None:
            v["accept_highest_contribution"] = form.field(
                "check", "accept_highest", "accept_highest", app.accept_highest_contribution)
        problem = store(v, births, draft)
        if problem:
            form.show(*model_message(problem, lang))


def store(values: dict[str, Any], births: dict[int, date | None],
          draft: Draft) -> ValidationError | None:
    """Put the details in the draft when they are valid; otherwise leave the draft as it was
    and return the model's objection."""
    data = _clean(values)
    if "children" in data:
        data["children"] = [_clean(c) or {} for c in values["children"]]
    try:
        app = Application.model_validate(data)
    except ValidationError as exc:
        return exc
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
        return exc
    if candidate != draft:
        draft.children, draft.application = candidate.children, candidate.application
    return None
