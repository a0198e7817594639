"""The question steps of the wizard. Each step has a `render_*` (draws widgets, seeded from
the draft) and a `save_*` (reads the widgets, validates, writes the draft; False on errors).
Options are stable codes, translated with format_func; every widget has a fixed key."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import Enum

import streamlit as st
from pydantic import ValidationError

from wizard import flow
from wizard.amounts import show_money, show_number
from wizard.application import Contact, Professional
from wizard.draft import (
    CareDraft,
    ChildDraft,
    HouseholdDraft,
    IncomeDraft,
    ParentDraft,
    SituationDraft,
)
from wizard.flow import field_max_length
from wizard.gemeenten import all_gemeenten, basislijn_note
from wizard.i18n import N_
from wizard.models import Reason
from wizard.profiles import get_profile
from wizard.rules import assess
from wizard.ui.amount_field import as_text, read_field
from wizard.ui.application_form import model_message
from wizard.ui.prefill import prefilled
from wizard.ui.runner import Errors
from wizard.ui.state import T, draft, lang, seed, ss

# --- option labels (English msgids, translated where shown) ----------------------------------

ACTIVITY = {
    "work": N_("Has a job or own business (also when ill, on sick leave or in hospital)"),
    "study": N_("Studies"),
    "route_to_work": N_("Follows a route to work or an integration course (inburgering)"),
    "none": N_("None of these: no job and no study"),
}
SPECIAL = {
    "no": N_("No"),
    "wlz": N_("Yes, has a Wlz indication (Wet langdurige zorg: care for the long term)"),
    "detention": N_("Yes, is in detention (prison)"),
}
REASONS = {
    "parent_physical_illness": N_("A parent is ill (physically)"),
    "parent_mental_illness": N_("A parent has mental health problems"),
    "parent_disability": N_("A parent has a disability"),
    "addiction": N_("Addiction in the family"),
    "domestic_violence": N_("Domestic violence"),
    "family_crisis": N_("A crisis in the family (for example a death, divorce or eviction)"),
    "caring_for_sick_child": N_("A parent cares for a sick child"),
    "child_development_at_risk": N_("A child's development is at risk at home"),
    "parent_overload": N_("A parent is overloaded and cannot cope"),
    "other": N_("Something else"),
}
YES_NO_UNKNOWN = {"yes": N_("Yes"), "no": N_("No"), "unknown": N_("I do not know")}
PROFESSIONAL = {
    "yes": N_("Yes, someone knows about it and can confirm it"),
    "no": N_("No, not yet"),
}
SCHOOL = {
    "none": N_("Not at school yet"),
    "primary": N_("Primary school (basisschool)"),
    "secondary": N_("Secondary school (middelbare school) or older"),
}
CHILD_CARE = {
    "no": N_("No"),
    "wlz": N_("Yes: my child has a Wlz indication"),
    "treatment": N_("Yes: my child needs treatment or special day care, for example a medical "
                    "day nursery (medisch kinderdagverblijf)"),
}
CARE_TYPE = {
    "dagopvang": N_("Day care (kinderdagverblijf), usually 0 to 4 years"),
    "bso": N_("After-school care (BSO), 4 to 12 years"),
    "gastouderopvang": N_("Childminder (gastouderopvang)"),
    "unknown": N_("I do not know yet"),
}
INCOME_CHOICE = {
    "give": N_("I give our income, for a better estimate"),
    "skip": N_("Skip: show the estimate with the highest contribution"),
}
CARE_UNIT = {"days": N_("In days a week"), "hours": N_("In hours a month")}
ERRORS = Errors("errors")  # the first application's messages (wizard/ui/runner.py)


def _code(value: object) -> object:
    """A widget option is the plain code ("work"), not the enum member of the draft."""
    return value.value if isinstance(value, Enum) else value


def _fmt(options: dict[str, str]) -> Callable[[str], str]:
    _ = T()
    return lambda code: _(options[code])


def _radio(label: str, options: dict[str, str], key: str, help: str | None = None) -> None:
    st.radio(label, list(options), key=key, format_func=_fmt(options), help=help, index=None)
    ERRORS.show(key)


def _say(parent: str, professional: str) -> str:
    """The text for a parent, or in professional mode the one about the family."""
    return T()(professional if ss.get("pro") else parent)


def profile_label(pid: str, _: Callable[[str], str]) -> str:
    if pid == "basislijn":
        return _("I do not know / my gemeente is not in the list (national minimum)")
    p = get_profile(pid)
    extra = [g for g in p.covers if g != p.name]
    return f"{p.name} ({', '.join(extra)})" if extra else p.name


# --- gemeente -------------------------------------------------------------------------------

NOT_KNOWN = "basislijn"  # the option "I do not know": the national minimum


def gemeente_options() -> dict[str, str]:
    """CBS code -> label: the name people write first, then the other names ("Den Haag
    ('s-Gravenhage, The Hague)"), so typing any of them finds it and the chosen one reads as
    the parent knows it; "basislijn" -> the 'I do not know' option, first."""
    out = {NOT_KNOWN: ""}
    for e in sorted(all_gemeenten(), key=lambda e: e.common_name.lower().lstrip("'")):
        others = [n for n in (e.name, *e.aliases) if n != e.common_name]
        out[e.cbs_code] = f"{e.common_name} ({', '.join(others)})" if others else e.name
    return out


def gemeente_entry(code: str | None):
    return next((e for e in all_gemeenten() if e.cbs_code == code), None)


def _gemeente_for_draft() -> str | None:
    """The chosen option to show again: the gemeente itself, or for an uploaded file the
    one gemeente its profile covers (a regional profile covers several: ask again)."""
    code = ss.get("gemeente_code")
    if code:
        return code
    pid = draft().gemeente
    if pid == NOT_KNOWN:
        return NOT_KNOWN
    matches = [e.cbs_code for e in all_gemeenten() if e.profile_id == pid]
    return matches[0] if len(matches) == 1 else None


def render_gemeente() -> None:
    _ = T()
    st.title(_say(N_("Where do you live?"), N_("Where does the family live?")))
    seed({"w_gemeente": _gemeente_for_draft()
          if "gemeente" in ss["done"] or prefilled("gemeente") else None})
    options = gemeente_options()
    st.selectbox(_say(N_("Your gemeente"), N_("The family's gemeente")), list(options),
                 key="w_gemeente", index=None,
                 format_func=lambda c: profile_label(NOT_KNOWN, _) if c == NOT_KNOWN
                 else options[c],
                 placeholder=_("Type the name of the gemeente"),
                 help=_("Type the first letters to search. Every gemeente in the Netherlands "
                        "is in the list."))
    ERRORS.show("w_gemeente")
    entry = gemeente_entry(ss.get("w_gemeente"))
    note = basislijn_note(entry)
    if note:
        st.info(note[lang()], icon=":material/info:")
    st.caption(_("We know the rules of some gemeenten. For the other gemeenten we show the "
                 "national minimum that every gemeente should offer (the basislijn)."))


def save_gemeente() -> bool:
    if not ERRORS.need("w_gemeente"):
        return False
    code = ss["w_gemeente"]
    entry = gemeente_entry(code)
    ss["gemeente_code"] = code if entry else None
    draft().gemeente = entry.profile_id if entry else NOT_KNOWN
    return True


# --- household ------------------------------------------------------------------------------

def render_household() -> None:
    _ = T()
    st.title(_say(N_("Your household"), N_("The family's household")))
    parents = draft().household.parents
    answered = "household" in ss["done"]
    # From the chat: one parent named does not say the other is absent, so only a partner
    # named is filled in; a Wlz indication or detention only when the chat said so.
    pre = prefilled("household")
    seed({"w_partner": ("partner" if len(parents) == 2 else "alone") if answered
          else "partner" if pre and len(parents) == 2 else None})
    _radio(_say(N_("Do you care for the children alone, or together with a partner?"),
                N_("Does the parent care for the children alone, or together with a partner?")),
           {"alone": N_("Alone"), "partner": N_("With a partner")}, "w_partner",
           help=_("A partner is someone you live with, married or not."))
    two = ss.get("w_partner") == "partner"
    work_help = _("Ill, on sick leave or in hospital, but the job is still there? Then choose "
                  "'Has a job'. A job stays a job during illness. Choose 'None of these' only "
                  "when there is no job (any more) and no study.")
    for i in range(2 if two else 1):
        p = parents[i] if i < len(parents) else None
        seed({f"w_act_{i}": _code(p.activity) if (answered or pre) and p else None})
        if i == 0:
            label = _say(N_("Do you have a job, or do you study?"),
                         N_("Does the parent who applies have a job, or study?"))
            helptext = work_help
        else:
            label = _say(N_("Does your partner have a job, or study?"),
                         N_("Does the partner have a job, or study?"))
            helptext = work_help + " " + _("In detention (prison)? Choose 'None of these'; "
                                           "we ask about it next.")
        _radio(label, ACTIVITY, f"w_act_{i}", help=helptext)
    acts = [ss.get(f"w_act_{i}") for i in range(2 if two else 1)]
    if all(acts):
        for i in flow.needs_special_question(acts):
            p = parents[i] if i < len(parents) else ParentDraft()
            code = "wlz" if p.wlz_indication else "detention" if p.detention else "no"
            said = pre and (p.wlz_indication is not None or p.detention is not None)
            seed({f"w_special_{i}": code if answered or said else None})
            if i == 0:
                label = _say(N_("Do you have a Wlz indication, or are you in detention?"),
                             N_("Does the parent who applies have a Wlz indication, or is "
                                "this parent in detention?"))
            else:
                label = _say(N_("Does your partner have a Wlz indication, or is your partner "
                                "in detention?"),
                             N_("Does the partner have a Wlz indication, or is the partner in "
                                "detention?"))
            _radio(label, SPECIAL, f"w_special_{i}",
                   help=_("We ask this because then the family may get childcare benefit "
                          "(kinderopvangtoeslag) instead."))


def save_household() -> bool:
    ok = ERRORS.need("w_partner")
    n = 2 if ss.get("w_partner") == "partner" else 1
    for i in range(n):
        ok = ERRORS.need(f"w_act_{i}") and ok
    if not ok:
        return False
    parents = [ParentDraft(activity=ss[f"w_act_{i}"]) for i in range(n)]
    for i in flow.needs_special_question([p.activity for p in parents]):
        if not ERRORS.need(f"w_special_{i}"):
            return False
        code = ss[f"w_special_{i}"]
        parents[i].wlz_indication = code == "wlz"
        parents[i].detention = code == "detention"
    draft().household = HouseholdDraft(parents=parents)
    return True


# --- situation, and who knows about it ----------------------------------------------------------

# The limits of the application model's fields, so what is typed always fits the form.
TEXT_LIMITS = {"name": field_max_length(Professional, "name"),
               "organisation": field_max_length(Professional, "organisation"),
               "phone": field_max_length(Professional, "phone"),
               "email": field_max_length(Contact, "email")}
CONTACT_FIELDS = {
    "name": N_("Your name (the professional)"),
    "organisation": N_("Your organisation (for example wijkteam, CJG or GP practice)"),
    "phone": N_("Your phone number (the professional)"),
    "email": N_("Your e-mail address (the professional)"),
}


def render_situation() -> None:
    _ = T()
    st.title(_say(N_("Your situation"), N_("The family's situation")))
    st.write(_("It is not about which illness it is. We only ask what kind of situation it "
               "is. You can choose more than one."))
    sit = draft().situation
    answered = "situation" in ss["done"]
    seed({f"w_reason_{code}": code in sit.reasons for code in REASONS})
    seed({"w_reason_none": answered and not sit.reasons})
    st.markdown("**" + _say(N_("What is going on in your family?"),
                            N_("What is going on in the family?")) + "**")
    for code, msgid in REASONS.items():
        st.checkbox(_(msgid), key=f"w_reason_{code}")
    st.checkbox(_("None of these"), key="w_reason_none")
    ERRORS.show("w_reason_none")
    if not any(ss.get(f"w_reason_{c}") for c in REASONS):
        return
    seed({"w_long": ("yes" if sit.long_term else "no") if answered else None})
    _radio(_("Will the situation probably last longer than 6 months?"), YES_NO_UNKNOWN,
           "w_long", help=_("We ask this because the gemeente can then give SMI for "
                            "longer, or extend it."))
    seed({"w_prof": ("yes" if sit.professional_can_confirm else "no")
          if answered else None})
    _radio(_say(N_("Does a professional know about your situation?"),
                N_("Does a professional know about the family's situation?")),
           PROFESSIONAL, "w_prof",
           help=_("The gemeente usually asks a professional to confirm the need for "
                  "childcare: for example the GP (huisarts), the wijkteam, the CJG, a "
                  "practice nurse (POH/PMM), a specialist or a social worker. The gemeente "
                  "does not ask for a medical file."))
    if ss.get("pro"):
        st.subheader(_("Your contact details as a professional"))
        st.caption(_("These are your own details, not the parent's. They go on the "
                     "application form as the professional who knows the family. They stay "
                     "in this session only."))
        seed({f"w_pc_{k}": ss["pro_contact"].get(k, "") for k in CONTACT_FIELDS})
        for k, msgid in CONTACT_FIELDS.items():
            st.text_input(_(msgid), key=f"w_pc_{k}", max_chars=TEXT_LIMITS[k])
            ERRORS.show(f"w_pc_{k}")


def save_situation() -> bool:
    chosen = [c for c in REASONS if ss.get(f"w_reason_{c}")]
    if not chosen and not ss.get("w_reason_none"):
        ERRORS.set("w_reason_none", N_("Choose at least one situation, or 'None of these'."))
        return False
    if chosen and ss.get("w_reason_none"):
        ERRORS.set("w_reason_none", N_("You chose 'None of these' and also a situation. "
                                      "Choose one of the two."))
        return False
    if chosen:
        ok = ERRORS.need("w_long")
        if not (ERRORS.need("w_prof") and ok):
            return False
    if chosen and ss.get("pro"):
        email = (ss.get("w_pc_email") or "").strip()
        try:  # the one e-mail check, with its one message: the application model's
            Contact.model_validate({"email": email or None})
        except ValidationError as exc:
            ERRORS.message("w_pc_email", model_message(exc, lang())[1])
            return False
        ss["pro_contact"] = {k: (ss.get(f"w_pc_{k}") or "").strip() for k in CONTACT_FIELDS}
    draft().situation = SituationDraft(
        reasons=[Reason(c) for c in chosen], long_term=bool(chosen) and ss.get("w_long") == "yes",
        professional_can_confirm=bool(chosen) and ss.get("w_prof") == "yes")
    return True


# --- children -------------------------------------------------------------------------------

MAX_CHILDREN = flow.MAX_CHILDREN  # from the answers model, as the saved file allows


def render_children() -> None:
    _ = T()
    st.title(_say(N_("Your children"), N_("The children")))
    kids = draft().children
    answered = "children" in ss["done"] or prefilled("children")
    seed({"w_n_children": len(kids) if answered and kids else 1})
    st.selectbox(_("For how many children is childcare needed?"),
                 list(range(1, MAX_CHILDREN + 1)), key="w_n_children")
    for i in range(ss["w_n_children"]):
        c = kids[i] if answered and i < len(kids) else ChildDraft()
        code = "wlz" if c.wlz_indication else "treatment" if c.needs_treatment_daycare else "no"
        # the chat never asks about special care: that answer stays open
        said = c.wlz_indication is not None or c.needs_treatment_daycare is not None
        seed({f"w_c{i}_age": c.age, f"w_c{i}_school": _code(c.school),
              f"w_c{i}_care": code if said else None})
        st.subheader(_("Child {n}").format(n=i + 1))
        st.number_input(_("Age in years"), min_value=0, max_value=flow.MAX_AGE, step=1,
                        key=f"w_c{i}_age", value=None,
                        help=_("A baby younger than 1 year is 0 years old."))
        ERRORS.show(f"w_c{i}_age")
        _radio(_("Which school does this child go to?"), SCHOOL, f"w_c{i}_school")
        _radio(_("Does this child need special care?"), CHILD_CARE, f"w_c{i}_care")


def save_children() -> bool:
    ok = True
    n = ss["w_n_children"]
    for i in range(n):
        if ss.get(f"w_c{i}_age") is None:
            ERRORS.set(f"w_c{i}_age", N_("Fill in the age, please."))
            ok = False
        ok = ERRORS.need(f"w_c{i}_school") and ok
        ok = ERRORS.need(f"w_c{i}_care") and ok
    if not ok:
        return False
    old = draft().children
    draft().children = [
        ChildDraft(age=int(ss[f"w_c{i}_age"]), school=ss[f"w_c{i}_school"],
                   wlz_indication=ss[f"w_c{i}_care"] == "wlz",
                   needs_treatment_daycare=ss[f"w_c{i}_care"] == "treatment",
                   care=old[i].care if i < len(old) else None)
        for i in range(n)]
    return True


# --- opvang ---------------------------------------------------------------------------------

def opvang_children() -> list[int]:
    """0-based indexes of the children the opvang step asks about."""
    answers = flow.build_answers(draft())
    verdict = assess(answers, get_profile(answers.gemeente))
    return [n - 1 for n in flow.children_who_may_get_smi(verdict)]


def care_note_text(note: dict, lg: str) -> str:
    """The plain text of flow.care_limit_note for one child."""
    _ = T()
    name = gemeente_display_name()
    if note["code"] == "days_over":
        return _("{gemeente} gives at most {max} days a week. You ask for {asked} days. The "
                 "gemeente probably pays for at most {max} days; you pay the rest.").format(
            gemeente=name, max=_num(note["max"], lg), asked=_num(note["asked"], lg))
    return _("{gemeente} gives at most {max} days a week. You ask for {hours} hours a month "
             "(about {per_week} hours a week). Is that more than {max} days at your "
             "childcare? Then the gemeente probably pays for at most {max} days.").format(
        gemeente=name, max=_num(note["max"], lg), hours=_num(note["hours"], lg),
        per_week=_num(note["per_week"], lg))


def _num(value: Decimal, lg: str) -> str:
    return show_number(Decimal(value), lg)


def gemeente_display_name() -> str:
    entry = gemeente_entry(ss.get("gemeente_code"))
    if entry:
        return entry.common_name
    p = get_profile(draft().gemeente)
    return T()(N_("The gemeente")) if p.is_basislijn else p.name


def render_opvang() -> None:
    _ = T()
    lg = lang()
    st.title(_("The childcare"))
    st.write(_("Do you not know this yet? That is fine. Choose 'I do not know yet' or leave the "
               "hours and price empty. Then we cannot estimate the contribution yet."))
    kids = draft().children
    answered = "opvang" in ss["done"]
    profile = get_profile(draft().gemeente)
    for i in opvang_children():
        care = kids[i].care or CareDraft()
        seed({f"w_o{i}_type": (_code(care.type) or "unknown") if answered
              else _code(care.type) if prefilled("opvang") else None,
              f"w_o{i}_unit": care.given_as(),
              f"w_o{i}_days": as_text(care.days_per_week, lg),
              f"w_o{i}_dayhours": as_text(care.hours_per_day, lg),
              f"w_o{i}_hours": as_text(care.hours_per_month, lg),
              f"w_o{i}_price": as_text(care.hourly_price, lg)})
        st.subheader(_("Child {n}").format(n=i + 1))
        _radio(_("Which type of childcare?"), CARE_TYPE, f"w_o{i}_type")
        if ss.get(f"w_o{i}_type") in (None, "unknown"):
            continue
        st.radio(_("How do you want to give the amount of childcare?"), list(CARE_UNIT),
                 key=f"w_o{i}_unit", format_func=_fmt(CARE_UNIT), horizontal=True)
        if ss.get(f"w_o{i}_unit") == "days":
            st.text_input(_("Days a week"), key=f"w_o{i}_days",
                          help=_("For example 2, or 2.5 for two and a half days."))
            ERRORS.show(f"w_o{i}_days")
            st.text_input(_("Hours in one day of childcare"), key=f"w_o{i}_dayhours",
                          help=_("How long one day at this childcare is, for example 10 or "
                                 "10.5. Ask the childcare if you do not know."))
            ERRORS.show(f"w_o{i}_dayhours")
            days, _e = read_field(ss.get(f"w_o{i}_days"), "days", lg)
            per_day, _e2 = read_field(ss.get(f"w_o{i}_dayhours"), "hours", lg)
            shown = st.empty()  # keeps its place, so the price field below never moves
            if days is not None and per_day is not None:
                shown.caption(_("That is about {hours} hours a month.").format(
                    hours=_num(flow.hours_per_month(days, per_day), lg)))
            note = flow.care_limit_note(profile, days_per_week=days)
        else:
            st.text_input(_("Hours of childcare per month"), key=f"w_o{i}_hours",
                          help=_("Leave empty if you do not know yet."))
            ERRORS.show(f"w_o{i}_hours")
            hours, _e = read_field(ss.get(f"w_o{i}_hours"), "hours", lg)
            note = flow.care_limit_note(profile, hours_month=hours)
        warn = st.empty()
        if note:
            warn.warning(care_note_text(note, lg), icon=":material/warning:")
        st.text_input(_("Price per hour, in euros"), key=f"w_o{i}_price",
                      help=_("You find this on the website of the childcare, for example "
                             "10,50. Leave empty if you do not know yet."))
        ERRORS.show(f"w_o{i}_price")


def _amount(key: str, kind: str) -> tuple[Decimal | None, bool]:
    """(value, ok) of an amount field; on a bad amount its message is set under the field."""
    value, message = read_field(ss.get(key), kind, lang())  # type: ignore[arg-type]
    if message:
        ERRORS.message(key, message)
        return None, False
    return value, True


def save_opvang() -> bool:
    ok = True
    kids = draft().children
    cares: dict[int, CareDraft | None] = {}
    for i in opvang_children():
        if not ERRORS.need(f"w_o{i}_type"):
            ok = False
            continue
        kind = ss[f"w_o{i}_type"]
        if kind == "unknown":
            cares[i] = None
            continue
        unit = ss.get(f"w_o{i}_unit") or "days"
        care = CareDraft(type=kind, asked_as=unit)
        if unit == "days":
            days, ok_d = _amount(f"w_o{i}_days", "days")
            per_day, ok_h = _amount(f"w_o{i}_dayhours", "hours")
            ok = ok and ok_d and ok_h
            care.days_per_week, care.hours_per_day = days, per_day
            if days is not None and per_day is not None:
                hours = flow.hours_per_month(days, per_day)
                # each is possible, together more than a month has: the reader says so
                _h, message = read_field(str(hours), "hours", lang())
                if message:
                    ERRORS.message(f"w_o{i}_dayhours", message)
                    ok = False
                else:
                    care.hours_per_month = hours
            elif (days is None) != (per_day is None) and ok_d and ok_h:
                missing = f"w_o{i}_dayhours" if per_day is None else f"w_o{i}_days"
                ERRORS.set(missing, N_("Fill in both the days and the hours in a day, or leave "
                                      "both empty."))
                ok = False
        else:
            hours, ok_h = _amount(f"w_o{i}_hours", "hours")
            ok = ok and ok_h
            if hours is not None:
                care.hours_per_month = hours
        price, ok_p = _amount(f"w_o{i}_price", "price")
        ok = ok and ok_p
        if price is not None:
            care.hourly_price = price
        cares[i] = care
    if not ok:
        return False
    for i, care in cares.items():
        kids[i].care = care
    return True


# --- income ---------------------------------------------------------------------------------

def render_income() -> None:
    _ = T()
    st.title(_say(N_("Your income (you may skip this)"),
                  N_("The family's income (you may skip this)")))
    st.info(_("Income never decides whether a family can get SMI. It only sets the size of "
              "the own contribution (eigen bijdrage)."), icon=":material/info:")
    inc = draft().income.toetsingsinkomen
    answered = "income" in ss["done"]
    seed({"w_inc_choice": ("give" if inc is not None else "skip") if answered else None,
          "w_inc": as_text(inc, lang())})
    _radio(_("Do you want to give the income?"), INCOME_CHOICE, "w_inc_choice",
           help=_("If you skip this, the estimate uses the highest contribution. The gemeente "
                  "may ask less."))
    if ss.get("w_inc_choice") == "give":
        st.text_input(_("Income per year, in euros, before tax"), key="w_inc",
                      help=_say(N_("The income of you and your partner together "
                                   "(toetsingsinkomen), for this year. An estimate is fine, "
                                   "for example 32,000."),
                                N_("The income of the parent and partner together "
                                   "(toetsingsinkomen), for this year. An estimate is fine, "
                                   "for example 32,000.")))
        ERRORS.show("w_inc")
        value, _e = read_field(ss.get("w_inc"), "income", lang())
        if value is not None:
            st.caption(_("We read: {amount} a year.").format(
                amount=show_money(value, lang(), cents=None)))
            if 0 < value < MONTHLY_LOOKING:  # a question, not a refusal: it may be right
                st.warning(_("Is this the income of one month? Fill in the income of a whole "
                             "year: about 12 times the amount per month."),
                           icon=":material/help:")


# A yearly household income this low is rare; a monthly salary typed here ("€ 1.250,50", seen
# in the walk) would give a far too low contribution without a word.
MONTHLY_LOOKING = Decimal(10000)


def save_income() -> bool:
    if not ERRORS.need("w_inc_choice"):
        return False
    income = IncomeDraft()
    if ss["w_inc_choice"] == "give":
        value, ok = _amount("w_inc", "income")
        if not ok:
            return False
        if value is None:
            ERRORS.set("w_inc", N_("Fill in an amount, or choose 'Skip'."))
            return False
        income.toetsingsinkomen = value
    draft().income = income
    return True


RENDER = {"gemeente": render_gemeente, "household": render_household,
          "situation": render_situation, "children": render_children,
          "opvang": render_opvang, "income": render_income}
SAVE = {"gemeente": save_gemeente, "household": save_household, "situation": save_situation,
        "children": save_children, "opvang": save_opvang, "income": save_income}
