"""The question steps of the wizard. Each step has a `render_*` (draws widgets, seeded from
the draft) and a `save_*` (reads the widgets, validates, writes the draft; False on errors).
Options are stable codes, translated with format_func; every widget has a fixed key."""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal

import streamlit as st

from wizard import flow
from wizard.i18n import N_
from wizard.models import MAX_HOURS_PER_MONTH, Reason
from wizard.profiles import all_profiles, get_profile
from wizard.rules import assess
from wizard.ui.state import T, draft, error_for, seed, set_error, ss

# --- option labels (English msgids, translated where shown) ----------------------------------

ACTIVITY = {
    "work": N_("Works (also self-employed)"),
    "study": N_("Studies"),
    "route_to_work": N_("Follows a route to work or an integration course (inburgering)"),
    "none": N_("None of these: does not work or study now"),
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
AMOUNT_ERRORS = {
    "not_a_number": N_("Write a number, for example 10,50."),
    "negative": N_("This cannot be less than zero."),
    "too_large": N_("This number is too large. Check it, please."),
    "too_many_decimals": N_("Use at most two digits after the comma."),
}
CHOOSE = N_("Choose an answer, please.")


def _fmt(options: dict[str, str]) -> Callable[[str], str]:
    _ = T()
    return lambda code: _(options[code])


def _radio(label: str, options: dict[str, str], key: str, help: str | None = None) -> None:
    st.radio(label, list(options), key=key, format_func=_fmt(options), help=help, index=None)
    error_for(key)


def _need(key: str) -> bool:
    if ss.get(key) is None:
        set_error(key, CHOOSE)
        return False
    return True


def profile_label(pid: str, _: Callable[[str], str]) -> str:
    if pid == "basislijn":
        return _("I do not know / my gemeente is not in the list (national minimum)")
    p = get_profile(pid)
    extra = [g for g in p.covers if g != p.name]
    return f"{p.name} ({', '.join(extra)})" if extra else p.name


# --- gemeente -------------------------------------------------------------------------------

def render_gemeente() -> None:
    _ = T()
    st.title(_("Where do you live?"))
    seed({"w_gemeente": draft()["gemeente"] if "gemeente" in ss["done"] else None})
    ids = ["basislijn"] + sorted((p for p in all_profiles() if p != "basislijn"),
                                 key=lambda p: get_profile(p).name)
    st.selectbox(_("Your gemeente"), ids, key="w_gemeente", index=None,
                 format_func=lambda p: profile_label(p, _),
                 placeholder=_("Type the name of your gemeente"),
                 help=_("You can type to search. Is your gemeente not in the list? Choose "
                        "'I do not know'. Then we use the national minimum (basislijn)."))
    error_for("w_gemeente")
    st.caption(_("We know the rules of some gemeenten. For the other gemeenten we show the "
                 "national minimum that every gemeente should offer (the basislijn)."))


def save_gemeente() -> bool:
    if not _need("w_gemeente"):
        return False
    draft()["gemeente"] = ss["w_gemeente"]
    return True


# --- household ------------------------------------------------------------------------------

def render_household() -> None:
    _ = T()
    st.title(_("Your household"))
    parents = draft()["household"]["parents"]
    answered = "household" in ss["done"]
    seed({"w_partner": ("partner" if len(parents) == 2 else "alone") if answered else None})
    _radio(_("Do you care for the children alone, or together with a partner?"),
           {"alone": N_("Alone"), "partner": N_("With a partner")}, "w_partner",
           help=_("A partner is someone you live with, married or not."))
    two = ss.get("w_partner") == "partner"
    for i in range(2 if two else 1):
        p = parents[i] if i < len(parents) else {}
        seed({f"w_act_{i}": p.get("activity") if answered and p else None})
        label = _("What do you do at the moment?") if i == 0 else \
            _("What does your partner do at the moment?")
        _radio(label, ACTIVITY, f"w_act_{i}")
    acts = [{"activity": ss.get(f"w_act_{i}") or "none"} for i in range(2 if two else 1)]
    if all(ss.get(f"w_act_{i}") for i in range(len(acts))):
        for i in flow.needs_special_question(acts):
            p = parents[i] if i < len(parents) else {}
            code = "wlz" if p.get("wlz_indication") else "detention" if p.get("detention") \
                else "no"
            seed({f"w_special_{i}": code if answered else None})
            label = _("Do you have a Wlz indication, or are you in detention?") if i == 0 else \
                _("Does your partner have a Wlz indication, or is your partner in detention?")
            _radio(label, SPECIAL, f"w_special_{i}",
                   help=_("We ask this because then you may get childcare benefit "
                          "(kinderopvangtoeslag) instead."))


def save_household() -> bool:
    ok = _need("w_partner")
    n = 2 if ss.get("w_partner") == "partner" else 1
    for i in range(n):
        ok = _need(f"w_act_{i}") and ok
    if not ok:
        return False
    parents = [{"activity": ss[f"w_act_{i}"]} for i in range(n)]
    for i in flow.needs_special_question(parents):
        if not _need(f"w_special_{i}"):
            return False
        code = ss[f"w_special_{i}"]
        parents[i]["wlz_indication"] = code == "wlz"
        parents[i]["detention"] = code == "detention"
    draft()["household"] = {"parents": parents}
    return True


# --- situation ------------------------------------------------------------------------------

def render_situation() -> None:
    _ = T()
    st.title(_("Your situation"))
    st.write(_("It is not about which illness you have. We only ask what kind of situation "
               "it is. You can choose more than one."))
    sit = draft()["situation"]
    answered = "situation" in ss["done"]
    seed({f"w_reason_{code}": code in sit.get("reasons", []) for code in REASONS})
    seed({"w_reason_none": answered and not sit.get("reasons")})
    st.markdown("**" + _("What is going on in your family?") + "**")
    for code, msgid in REASONS.items():
        st.checkbox(_(msgid), key=f"w_reason_{code}")
    st.checkbox(_("None of these"), key="w_reason_none")
    error_for("w_reason_none")
    if any(ss.get(f"w_reason_{c}") for c in REASONS):
        seed({"w_long": ("yes" if sit.get("long_term") else "no") if answered else None})
        _radio(_("Will the situation probably last longer than 6 months?"), YES_NO_UNKNOWN,
               "w_long", help=_("We ask this because the gemeente can then give SMI for "
                                "longer, or extend it."))


def save_situation() -> bool:
    chosen = [c for c in REASONS if ss.get(f"w_reason_{c}")]
    if not chosen and not ss.get("w_reason_none"):
        set_error("w_reason_none", N_("Choose at least one situation, or 'None of these'."))
        return False
    if chosen and ss.get("w_reason_none"):
        set_error("w_reason_none", N_("You chose 'None of these' and also a situation. "
                                      "Choose one of the two."))
        return False
    if chosen and not _need("w_long"):
        return False
    sit = draft()["situation"]
    sit["reasons"] = [Reason(c).value for c in chosen]
    sit["long_term"] = bool(chosen) and ss.get("w_long") == "yes"
    return True


# --- professional ---------------------------------------------------------------------------

CONTACT_FIELDS = {
    "name": N_("Your name"),
    "organisation": N_("Your organisation (for example wijkteam, CJG or GP practice)"),
    "phone": N_("Your phone number"),
    "email": N_("Your e-mail address"),
}


def render_professional() -> None:
    _ = T()
    st.title(_("Someone who knows your situation"))
    st.write(_("The gemeente usually asks a professional to confirm that you need childcare. "
               "For example your GP (huisarts), the wijkteam, the CJG, a practice nurse "
               "(POH/PMM), a specialist or a social worker. The gemeente does not ask for your "
               "medical file."))
    sit = draft()["situation"]
    answered = "professional" in ss["done"]
    seed({"w_prof": ("yes" if sit.get("professional_can_confirm") else "no")
          if answered else None})
    _radio(_("Does a professional know about your situation?"), PROFESSIONAL, "w_prof")
    if ss.get("pro"):
        st.subheader(_("Your contact details as a professional"))
        st.caption(_("For the application form. These details stay in this session only."))
        seed({f"w_pc_{k}": ss["pro_contact"].get(k, "") for k in CONTACT_FIELDS})
        for k, msgid in CONTACT_FIELDS.items():
            st.text_input(_(msgid), key=f"w_pc_{k}", max_chars=120)
            error_for(f"w_pc_{k}")


def save_professional() -> bool:
    if not _need("w_prof"):
        return False
    if ss.get("pro"):
        email = (ss.get("w_pc_email") or "").strip()
        if email and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", email):
            set_error("w_pc_email", N_("This e-mail address looks wrong. Check it, please."))
            return False
        ss["pro_contact"] = {k: (ss.get(f"w_pc_{k}") or "").strip() for k in CONTACT_FIELDS}
    draft()["situation"]["professional_can_confirm"] = ss["w_prof"] == "yes"
    return True


# --- children -------------------------------------------------------------------------------

MAX_CHILDREN = 6


def render_children() -> None:
    _ = T()
    st.title(_("Your children"))
    kids = draft().get("children") or []
    answered = "children" in ss["done"]
    seed({"w_n_children": len(kids) if answered and kids else 1})
    st.selectbox(_("For how many children do you want childcare?"),
                 list(range(1, MAX_CHILDREN + 1)), key="w_n_children")
    for i in range(ss["w_n_children"]):
        c = kids[i] if answered and i < len(kids) else {}
        code = "wlz" if c.get("wlz_indication") else "treatment" if c.get(
            "needs_treatment_daycare") else "no"
        seed({f"w_c{i}_age": c.get("age"), f"w_c{i}_school": c.get("school") if c else None,
              f"w_c{i}_care": code if c else None})
        st.subheader(_("Child {n}").format(n=i + 1))
        st.number_input(_("Age in years"), min_value=0, max_value=18, step=1,
                        key=f"w_c{i}_age", value=None,
                        help=_("A baby younger than 1 year is 0 years old."))
        error_for(f"w_c{i}_age")
        _radio(_("Which school does this child go to?"), SCHOOL, f"w_c{i}_school")
        _radio(_("Does this child need special care?"), CHILD_CARE, f"w_c{i}_care")


def save_children() -> bool:
    ok = True
    n = ss["w_n_children"]
    for i in range(n):
        if ss.get(f"w_c{i}_age") is None:
            set_error(f"w_c{i}_age", N_("Fill in the age, please."))
            ok = False
        ok = _need(f"w_c{i}_school") and ok
        ok = _need(f"w_c{i}_care") and ok
    if not ok:
        return False
    old = draft().get("children") or []
    kids = []
    for i in range(n):
        child = {"age": int(ss[f"w_c{i}_age"]), "school": ss[f"w_c{i}_school"],
                 "wlz_indication": ss[f"w_c{i}_care"] == "wlz",
                 "needs_treatment_daycare": ss[f"w_c{i}_care"] == "treatment"}
        if i < len(old) and old[i].get("care"):
            child["care"] = old[i]["care"]
        kids.append(child)
    draft()["children"] = kids
    return True


# --- opvang ---------------------------------------------------------------------------------

def opvang_children() -> list[int]:
    """0-based indexes of the children the opvang step asks about."""
    answers = flow.build_answers(draft())
    verdict = assess(answers, get_profile(answers.gemeente))
    return [n - 1 for n in flow.children_who_may_get_smi(verdict)]


def _dec(value: object) -> str:
    if value is None:
        return ""
    return f"{Decimal(str(value)):f}"


def render_opvang() -> None:
    _ = T()
    st.title(_("The childcare"))
    st.write(_("Do you not know this yet? That is fine. Choose 'I do not know yet' or leave the "
               "hours and price empty. Then we cannot estimate your contribution yet."))
    kids = draft()["children"]
    answered = "opvang" in ss["done"]
    for i in opvang_children():
        care = kids[i].get("care") or {}
        seed({f"w_o{i}_type": (care.get("type") or "unknown") if answered else None,
              f"w_o{i}_hours": _dec(care.get("hours_per_month")),
              f"w_o{i}_price": _dec(care.get("hourly_price"))})
        st.subheader(_("Child {n}").format(n=i + 1))
        _radio(_("Which type of childcare?"), CARE_TYPE, f"w_o{i}_type")
        if ss.get(f"w_o{i}_type") not in (None, "unknown"):
            st.text_input(_("Hours of childcare per month"), key=f"w_o{i}_hours",
                          help=_("For example: 2 days of 10 hours a week is about 87 hours a "
                                 "month. Leave empty if you do not know yet."))
            error_for(f"w_o{i}_hours")
            st.text_input(_("Price per hour, in euros"), key=f"w_o{i}_price",
                          help=_("You find this on the website of the childcare, for example "
                                 "10,50. Leave empty if you do not know yet."))
            error_for(f"w_o{i}_price")


def save_opvang() -> bool:
    ok = True
    kids = draft()["children"]
    cares: dict[int, dict | None] = {}
    for i in opvang_children():
        if not _need(f"w_o{i}_type"):
            ok = False
            continue
        kind = ss[f"w_o{i}_type"]
        if kind == "unknown":
            cares[i] = None
            continue
        care: dict = {"type": kind}
        for key, field, maximum in (("hours", "hours_per_month", MAX_HOURS_PER_MONTH),
                                    ("price", "hourly_price", Decimal(100))):
            try:
                value = flow.parse_amount(ss.get(f"w_o{i}_{key}"), maximum=maximum)
            except ValueError as exc:
                set_error(f"w_o{i}_{key}", AMOUNT_ERRORS[str(exc)])
                ok = False
                continue
            if value is not None:
                care[field] = str(value)
        cares[i] = care
    if not ok:
        return False
    for i, care in cares.items():
        kids[i].pop("care", None)
        if care:
            kids[i]["care"] = care
    return True


# --- income ---------------------------------------------------------------------------------

def render_income() -> None:
    _ = T()
    st.title(_("Your income (you may skip this)"))
    st.info(_("Your income never decides whether you can get SMI. It only sets the size of "
              "your own contribution (eigen bijdrage)."), icon=":material/info:")
    inc = draft().get("income", {}).get("toetsingsinkomen")
    answered = "income" in ss["done"]
    seed({"w_inc_choice": ("give" if inc is not None else "skip") if answered else None,
          "w_inc": _dec(inc)})
    _radio(_("Do you want to give your income?"), INCOME_CHOICE, "w_inc_choice",
           help=_("If you skip this, the estimate uses the highest contribution. The gemeente "
                  "may ask less."))
    if ss.get("w_inc_choice") == "give":
        st.text_input(_("Income per year, in euros, before tax"), key="w_inc",
                      help=_("The income of you and your partner together (toetsingsinkomen), "
                             "for this year. An estimate is fine, for example 32000."))
        error_for("w_inc")


def save_income() -> bool:
    if not _need("w_inc_choice"):
        return False
    income: dict = {}
    if ss["w_inc_choice"] == "give":
        try:
            value = flow.parse_amount(ss.get("w_inc"), maximum=Decimal(10_000_000))
        except ValueError as exc:
            set_error("w_inc", AMOUNT_ERRORS[str(exc)])
            return False
        if value is None:
            set_error("w_inc", N_("Fill in an amount, or choose 'Skip'."))
            return False
        income["toetsingsinkomen"] = str(value)
    draft()["income"] = income
    return True


RENDER = {"gemeente": render_gemeente, "household": render_household,
          "situation": render_situation, "professional": render_professional,
          "children": render_children, "opvang": render_opvang, "income": render_income}
SAVE = {"gemeente": save_gemeente, "household": save_household, "situation": save_situation,
        "professional": save_professional, "children": save_children, "opvang": save_opvang,
        "income": save_income}
