"""Compare 2-4 gemeente profiles side by side and, when the family's answers are complete
enough, their outcome and eigen bijdrage in each."""

from __future__ import annotations

from decimal import Decimal

import streamlit as st

from wizard import flow
from wizard.amounts import show_money
from wizard.i18n import N_
from wizard.profiles import Profile, all_profiles, below_basislijn, get_profile
from wizard.rules import assess
from wizard.ui.result import OUTCOME, TABLE_NAME
from wizard.ui.state import T, draft, lang, ss
from wizard.ui.steps import profile_label

FEE_METHOD = {"kot": N_("KOT table"), "vng": N_("VNG advice table"),
              "none": N_("No contribution"), "own": N_("Own method of the gemeente"),
              "unknown": N_("Not known (estimate with the KOT table)")}
EXTENSION = {"possible": N_("Possible"), "exceptional": N_("Only in exceptional cases"),
             "yearly_reassessment": N_("Looked at again every year"),
             "not_possible": N_("Not possible (once only)")}


def _age(p: Profile) -> str:
    _ = T()
    r = p.rules.age
    if r is None or r.until_end_of_primary:
        return _("0 to the end of primary school")
    if r.below_age_months is not None:
        years = f"{(Decimal(r.below_age_months) / 12).normalize()}"
        return _("Younger than {years} years").format(years=years)
    if r.max_age_years is not None:
        return _("0 to {age} years").format(age=r.max_age_years)
    return _("Not known")


def _days(p: Profile, base: Profile) -> str:
    r = p.rules.days or base.rules.days
    return r.text.get(lang()) if r else T()(N_("Not known"))


def _months(p: Profile, base: Profile) -> str:
    _ = T()
    r = p.rules.months
    if r is None:
        return _("Not known (national minimum: {months} months)").format(
            months=base.rules.months.months if base.rules.months else 6)
    return _("{months} months").format(months=r.months)


def _professional(p: Profile) -> str:
    _ = T()
    r = p.rules.professional
    if r is None:
        return _("Not stated")
    return (_("Yes") if r.required else _("No")) + ": " + r.who.get(lang())


def _flags(p: Profile) -> str:
    _ = T()
    flags = below_basislijn(p)
    if not flags:
        return _("None known")
    return " · ".join(f"⚠ {f.basislijn}: {f.texts[lang()]}" for f in flags)


def family_rows(ids: list[str]) -> dict[str, list[str]] | None:
    """The family's outcome and total eigen bijdrage per profile, or None before the check
    has an outcome. Any outcome counts: a KOT family sees KOT in every gemeente."""
    done = ss.get("done", [])
    if "household" not in done:
        return None
    _ = T()
    base = flow.build_answers(draft())
    outcome, fee = [], []
    for pid in ids:
        answers = base.model_copy(update={"gemeente": pid})
        v = assess(answers, get_profile(pid))
        outcome.append(_(OUTCOME[v.outcome]))
        if v.fee is None:
            fee.append(_("No estimate"))
        else:
            table = _(TABLE_NAME[v.fee.table]).format(year=v.fee.year)
            fee.append(_("{amount} a month ({table})").format(
                amount=show_money(v.fee.total_eigen_bijdrage, lang(), cents=True), table=table))
    return {_("Outcome for your family"): outcome,
            _("Your own contribution (estimate)"): fee}


def _name(pid: str) -> str:
    return T()(N_("National minimum (basislijn)")) if pid == "basislijn" else get_profile(pid).name


def render_compare() -> None:
    _ = T()
    st.title(_("Compare gemeenten"))
    st.write(_("Choose 2 to 4 gemeenten. You see their rules side by side. If you filled in "
               "the check, you also see your outcome in each gemeente."))
    ids = ["basislijn"] + sorted((p for p in all_profiles() if p != "basislijn"),
                                 key=lambda p: get_profile(p).name)
    if "w_cmp" not in ss:
        first = draft().gemeente
        # Two to start with, so a first visit shows a table and not an error.
        ss["w_cmp"] = list(dict.fromkeys([first, "basislijn", ids[1]]))[:2]
    st.multiselect(_("Gemeenten to compare"), ids, key="w_cmp", max_selections=4,
                   format_func=lambda p: profile_label(p, _),
                   placeholder=_("Type the name of a gemeente"))
    chosen = list(ss.get("w_cmp") or [])
    if not 2 <= len(chosen) <= 4:
        st.error(_("Choose at least 2 gemeenten."), icon=":material/error:")
        return
    base = get_profile("basislijn")
    profiles = [get_profile(p) for p in chosen]
    rows: dict[str, list[str]] = {
        _("Age of the children"): [_age(p) for p in profiles],
        _("Days a week"): [_days(p, base) for p in profiles],
        _("Period"): [_months(p, base) for p in profiles],
        _("Extension"): [_(EXTENSION[(p.rules.extension or base.rules.extension).extension])
                         for p in profiles],
        _("Own contribution"): [_(FEE_METHOD[(p.rules.fee or base.rules.fee).method])
                                for p in profiles],
        _("Professional required"): [_professional(p) for p in profiles],
        _("Below the basislijn"): [_flags(p) for p in profiles],
    }
    family = family_rows(chosen)
    if family:
        rows |= family
    names = [_name(p) for p in chosen]
    table = [{_("Topic"): topic, **dict(zip(names, values, strict=True))}
             for topic, values in rows.items()]
    st.table(table)
    if family is None:
        st.caption(_("Fill in the check to see your own outcome in each gemeente."))
    st.caption(_("⚠ means: this gemeente offers less than the national minimum (basislijn) on "
                 "this point. Our information about gemeenten can be out of date; the gemeente "
                 "decides."))
