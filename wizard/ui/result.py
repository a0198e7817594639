"""The result page: the verdict in plain words, referrals, the offer, the gemeente's rules
with below-basislijn flags, the eigen bijdrage estimate, the checklist, how to apply and the
satisfaction question (B15)."""

from __future__ import annotations

import streamlit as st

from wizard import flow
from wizard.feedback import FeedbackStore
from wizard.i18n import N_
from wizard.models import Answers
from wizard.money import fmt_eur
from wizard.profiles import Profile, get_profile
from wizard.rules import assess
from wizard.ui import documents as _issue4_documents  # noqa: F401 (registers the hook)
from wizard.ui import hooks
from wizard.ui.fee_chart import render_fee_chart
from wizard.ui.state import T, lang, ss
from wizard.verdict import Reason, Verdict

OUTCOME = {
    "eligible": N_("You can probably get SMI."),
    "assessment_needed": N_("You may be able to get SMI. The gemeente must look at your "
                            "situation first."),
    "other_route": N_("Another arrangement comes before SMI for your family."),
    "not_eligible": N_("SMI is probably not possible for your family."),
}
CHILD_OUTCOME = {
    "eligible": N_("Child {n}: can probably get SMI."),
    "assessment_needed": N_("Child {n}: the gemeente must look at the situation first."),
    "other_route": N_("Child {n}: another arrangement comes first."),
    "not_eligible": N_("Child {n}: SMI is probably not possible."),
}
CARE_NAME = {"dagopvang": N_("day care"), "bso": N_("after-school care (BSO)"),
             "gastouderopvang": N_("childminder")}
TABLE_NAME = {"kot": N_("the table of the childcare benefit (KOT table) {year}"),
              "vng": N_("the VNG advice table for toddler care {year}"),
              "none": N_("no contribution")}
EXTENSION = {"possible": N_("Extension is possible."),
             "exceptional": N_("Extension only in exceptional cases."),
             "yearly_reassessment": N_("The gemeente looks at your situation again every year."),
             "not_possible": N_("No extension: SMI is given once.")}
CHECKLIST = {
    "contact": N_("Your name, address, phone number and e-mail address."),
    "children": N_("The name and date of birth of each child who needs childcare."),
    "opvang_choose": N_("Choose a childcare provider. Ask for the price per hour and the hours. "
                        "Do not sign a contract yet."),
    "opvang_details": N_("The childcare details: name of the provider, LRK number, type of care, "
                         "hours, price per hour and start date."),
    "reason_words": N_("A few words about why you need childcare. You do not need to give a "
                       "diagnosis or a medical file."),
    "professional_contact": N_("The name and phone number of the professional who knows your "
                               "situation, and their consent to be contacted."),
    "professional_find": N_("Find a professional who can confirm your situation: your GP "
                            "(huisarts), the wijkteam or the CJG."),
    "period": N_("The period you need childcare for (usually 6 months to start with)."),
    "period_long": N_("The period you need childcare for. Your situation will probably last "
                      "long: ask for a longer period right away (hardship clause, B8)."),
    "income_estimate": N_("An estimate of your income for this year (for the contribution only)."),
    "income_or_highest": N_("An estimate of your income for this year, or say that you accept "
                            "the highest contribution."),
}


def compute(answers: Answers) -> tuple[Verdict, Profile]:
    profile = get_profile(answers.gemeente)
    return assess(answers, profile), profile


def _lines(reasons: list[Reason], seen: set[str] | None = None) -> None:
    """Each reason once, with its rule id in professional mode."""
    seen = set() if seen is None else seen
    for r in reasons:
        text = r.text(lang())
        if text in seen:
            continue
        seen.add(text)
        st.markdown(f"- **[{r.rule}]** {text}" if ss.get("pro") else f"- {text}")


def render_result() -> None:
    _ = T()
    lg = lang()
    answers = flow.build_answers(ss["draft"])
    verdict, profile = compute(answers)
    children_known = "children" in ss["done"]
    st.title(_("Your result"))
    st.caption(_("Gemeente: {name}").format(name=_gemeente_name(profile)))
    with st.container(border=True):
        st.subheader(_("Outcome"))
        st.markdown(f"**{_(OUTCOME[verdict.outcome])}**")
        st.caption(_("This is a check, not a decision. The gemeente decides."))

    st.subheader(_("Why"))
    seen: set[str] = set()
    _lines(verdict.reasons, seen)
    if not children_known:
        _lines([r for c in verdict.children for r in c.reasons], seen)
    else:
        for c in verdict.children:
            st.markdown("**" + _(CHILD_OUTCOME[c.outcome]).format(n=c.child) + "**")
            _lines(c.reasons, seen)

    if verdict.referrals:
        st.subheader(_("What to do first"))
        for ref in verdict.referrals:
            rule = f"[{ref.rule}] " if ss.get("pro") else ""
            st.markdown(f"**{rule}{ref.title[lg]}**  \n{ref.texts[lg]}")
            if ref.url:
                st.markdown("[" + _("More information") + f"]({ref.url})")

    if verdict.offer:
        _offer(verdict, profile)
    if verdict.gemeente_rules or verdict.flags:
        _gemeente_rules(verdict, profile)
    if verdict.outcome in ("eligible", "assessment_needed"):
        _fee(answers, verdict)
        _checklist(answers, verdict, profile)
        st.warning(_("Sign a childcare contract only after the gemeente's decision."),
                   icon=":material/warning:")
        _apply(profile)
        _documents(answers, verdict)
    st.divider()
    _feedback(verdict)


def _gemeente_name(profile: Profile) -> str:
    return T()(N_("National minimum (basislijn)")) if profile.is_basislijn else profile.name


def _offer(verdict: Verdict, profile: Profile) -> None:
    _ = T()
    o = verdict.offer
    assert o is not None
    st.subheader(_("What the gemeente offers"))
    pro = ss.get("pro")
    st.markdown(_("The national minimum (B6): at least 2 days a week (or the same hours) for 6 "
                  "months. Less is fine if you need less."))
    rules = f" [{o.days_rule}]" if pro else ""
    st.markdown("- " + _("Days") + f": {o.days_texts[lang()]}{rules}")
    rules = f" [{o.months_rule}]" if pro else ""
    st.markdown("- " + _("Period") + ": " + _("{months} months").format(months=o.months)
                + rules)
    rules = f" [{o.extension_rule}]" if pro else ""
    st.markdown("- " + _("Extension") + ": " + _(EXTENSION[o.extension]) + rules)
    if o.hardheidsclausule:
        st.markdown(_("Your situation will probably last long. The gemeente can extend SMI "
                      "(B7). If it is clear now that you need it for long, ask for a longer "
                      "period in your application: the gemeente can depart from its own rules "
                      "(hardship clause, B8)."))
    if o.from_basislijn:
        st.caption(_("For some parts we do not know the rules of this gemeente. There we show "
                     "the national minimum."))


def _gemeente_rules(verdict: Verdict, profile: Profile) -> None:
    _ = T()
    st.subheader(_("Rules of {name}").format(name=_gemeente_name(profile)))
    _lines(verdict.gemeente_rules)
    if verdict.flags:
        st.markdown("**" + _("Below the national minimum (basislijn):") + "**")
        for f in verdict.flags:
            ids = f" [{f.rule} / {f.basislijn}]" if ss.get("pro") else f" ({f.basislijn})"
            st.markdown("- ⚠ **" + _("Below the basislijn") + f"**{ids}: {f.texts[lang()]}")
        st.caption(_("A gemeente may do more than the basislijn, never less. You can ask the "
                     "gemeente about these points."))


def _fee(answers: Answers, verdict: Verdict) -> None:
    _ = T()
    lg = lang()
    st.subheader(_("Your own contribution (estimate)"))
    fee = verdict.fee
    if fee is None:
        st.markdown(_("We cannot estimate your contribution yet. We need the type of "
                      "childcare, the hours and the price per hour."))
        _lines(verdict.fee_notes)
        return
    rows = []
    for c in fee.children:
        r = c.result
        rows.append({
            _("Child"): str(c.child),
            _("Type of care"): _(CARE_NAME[r.care_type.value]),
            _("Hours per month"): f"{r.hours.normalize():f}",
            _("Price per hour"): fmt_eur(r.hourly_price, lg),
            _("Invoice per month"): fmt_eur(r.invoice, lg),
            _("Own contribution per month"): fmt_eur(r.eigen_bijdrage, lg),
        })
    st.table(rows)
    st.markdown("**" + _("Total own contribution per month: {amount}").format(
        amount=fmt_eur(fee.total_eigen_bijdrage, lg)) + "**")
    table = _(TABLE_NAME[fee.table]).format(year=fee.year)
    st.markdown(_("Table used: {table}.").format(table=table)
                + (f" [{fee.rule}]" if ss.get("pro") else ""))
    st.caption(_("This is an estimate, not a decision. The gemeente calculates the real "
                 "amount."))
    _lines(fee.notes)
    render_fee_chart(answers, get_profile(answers.gemeente))


def _checklist(answers: Answers, verdict: Verdict, profile: Profile) -> None:
    _ = T()
    items = flow.checklist(answers, verdict, profile)
    if not items:
        return
    st.subheader(_("What to prepare"))
    st.caption(_("Only what the gemeente needs. You never need to show your savings, bank "
                 "statements or medical file."))
    for code in items:
        st.markdown(f"- {_(CHECKLIST[code])}")


def _apply(profile: Profile) -> None:
    _ = T()
    lg = lang()
    a = profile.apply
    st.subheader(_("Where and how to apply"))
    st.markdown(a.how.get(lg))
    if a.url:
        st.markdown(_("Website") + f": [{a.url}]({a.url})")
    c = profile.contact  # None = unknown: show nothing rather than a guess
    if c and c.phone:
        st.markdown(_("Phone") + f": {c.phone}")
    if c and c.address:
        st.markdown(_("Address") + f": {', '.join(c.address)}")
    weeks = (c.decision_term_weeks if c else None) or a.decision_weeks
    if weeks:
        st.markdown(_("The gemeente usually decides within {weeks} weeks.").format(weeks=weeks))


def _documents(answers: Answers, verdict: Verdict) -> None:
    # >>> DOCUMENTS: the "download aanvraagformulier (PDF)" and "publiekstekst" buttons
    # are drawn here by hooks registered in wizard.ui.hooks (issue 4).
    if not hooks.DOCUMENTS:
        return
    st.subheader(T()(N_("Documents")))
    for hook in hooks.DOCUMENTS:
        hook(answers, verdict, lang(), dict(ss.get("pro_contact") or {}))


def _store() -> FeedbackStore:
    return FeedbackStore()  # reads SMI_DATABASE_URL / SMI_FEEDBACK_DB; cheap to make


RATING = {1: N_("1 - very bad"), 2: N_("2 - bad"), 3: N_("3 - okay"), 4: N_("4 - good"),
          5: N_("5 - very good")}


def _feedback(verdict: Verdict) -> None:
    _ = T()
    st.subheader(_("What did you think of this check? (optional)"))
    if ss.get("feedback_sent"):
        st.success(_("Thank you for your feedback."), icon=":material/check:")
        return
    with st.form("feedback", border=False):
        st.radio(_("Your rating"), list(RATING), key="w_fb_rating", index=None,
                 format_func=lambda r: _(RATING[r]), horizontal=True)
        st.text_area(_("Comment"), key="w_fb_comment", max_chars=1000,
                     help=_("Do not write names or other personal details."))
        st.caption(_("We only keep your rating, your comment, the gemeente, the month and the "
                     "language. Not your answers."))
        sent = st.form_submit_button(_("Send"))
    if sent:
        if ss.get("w_fb_rating") is None:
            st.error(_("Choose a rating first, please."), icon=":material/error:")
            return
        try:
            _store().add(verdict.gemeente, int(ss["w_fb_rating"]),
                         ss.get("w_fb_comment") or "", lang())
        except Exception:  # noqa: BLE001 - feedback must never break the result page
            st.error(_("Your feedback could not be saved. Sorry."), icon=":material/error:")
            return
        ss["feedback_sent"] = True
        st.success(_("Thank you for your feedback."), icon=":material/check:")
