"""The result page: the verdict in plain words, referrals, the offer, the gemeente's rules
with below-basislijn flags, the eigen bijdrage estimate, the checklist, how to apply and the
satisfaction question (B15)."""

from __future__ import annotations

import streamlit as st

from wizard import flow
from wizard.amounts import show_money
from wizard.feedback import MAX_COMMENT, FeedbackStore
from wizard.i18n import N_
from wizard.models import Answers
from wizard.profiles import Profile, get_profile
from wizard.rules import WHO_GETS_SMI, assess
from wizard.ui import documents as _issue4_documents  # noqa: F401 (registers the hook)
from wizard.ui import hooks
from wizard.ui.fee_chart import render_fee_chart
from wizard.ui.safe import md_literal
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


NEXT_OUTCOME = {
    "eligible": N_("You can probably get SMI from the gemeente {gemeente}."),
    "assessment_needed": N_("You may be able to get SMI from the gemeente {gemeente}. The "
                            "gemeente must look at your situation first."),
}
KOT_OUTCOME = N_("You probably have a right to childcare benefit (kinderopvangtoeslag). That "
                 "comes before SMI.")
# Professional mode speaks about the family, not to the reader (issue 13, item 10).
PRO = {
    KOT_OUTCOME: N_("The family probably has a right to childcare benefit "
                    "(kinderopvangtoeslag). That comes before SMI."),
    NEXT_OUTCOME["eligible"]: N_("The family can probably get SMI from the gemeente "
                                 "{gemeente}."),
    NEXT_OUTCOME["assessment_needed"]: N_("The family may be able to get SMI from the gemeente "
                                          "{gemeente}. The gemeente must look at the "
                                          "situation first."),
    "Your own contribution is about {amount} a month.": N_(
        "The family's own contribution is about {amount} a month."),
    "Your result": N_("The family's result"),
    # the next steps on the result page (issue 13, item 10)
    "Ask your gemeente where to send the application. Search its website for 'SMI' or call "
    "the gemeente. Use the form below.": N_(
        "Ask the family's gemeente where to send the application. Search its website for "
        "'SMI' or call the gemeente. Use the form below."),
    "your address, phone number and e-mail address": N_(
        "the parent's address, phone number and e-mail address"),
    "the name and phone number of the professional who knows your situation": N_(
        "the name and phone number of the professional who knows the family's situation"),
    "a professional who can confirm your situation (GP, wijkteam or CJG)": N_(
        "a professional who can confirm the family's situation (GP, wijkteam or CJG)"),
    "an estimate of your income this year": N_("an estimate of the family's income this year"),
    "an estimate of your income this year, or accept the highest contribution": N_(
        "an estimate of the family's income this year, or accept the highest contribution"),
    "NOT_ELIGIBLE_APPLY": N_("Does the family need help all the same? The parent may still "
                             "apply. The gemeente decides. In exceptional situations it can "
                             "depart from its own rules (hardship clause, B8)."),
    "NOT_ELIGIBLE_HELP": N_("For other help for the family, contact the wijkteam or the CJG "
                            "of the gemeente."),
}
# Not eligible is never a dead end (B14): what the parent can still do.
NOT_ELIGIBLE_NEXT = {
    "NOT_ELIGIBLE_APPLY": N_("Do you need help all the same? You may still apply. The gemeente "
                             "decides. In exceptional situations it can depart from its own "
                             "rules (hardship clause, B8)."),
    "NOT_ELIGIBLE_HELP": N_("For other help for your family, contact the wijkteam or the CJG "
                            "of your gemeente."),
}


def _say(msgid: str) -> str:
    """The text for a parent, or in professional mode the one about the family."""
    return T()(PRO.get(msgid, msgid) if ss.get("pro") else NOT_ELIGIBLE_NEXT.get(msgid, msgid))
# For a child who can get SMI these are extras, never the first step (issue 13).
LATER_ROUTES = ("peuteropvang_ve",)


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


def is_kot(verdict: Verdict) -> bool:
    return verdict.outcome == "other_route" and any(r.route == "kot" for r in verdict.referrals)


def gemeente_label(profile: Profile) -> str:
    """The gemeente the family chose (also one judged by the basislijn), else the profile."""
    from wizard.ui.steps import gemeente_entry

    entry = gemeente_entry(ss.get("gemeente_code"))
    return entry.common_name if entry else _gemeente_name(profile)


def render_result() -> None:
    _ = T()
    answers = flow.build_answers(ss["draft"])
    verdict, profile = compute(answers)
    st.title(_say("Your result"))
    st.caption(_("Gemeente: {name}").format(name=gemeente_label(profile)))
    if is_kot(verdict):
        _kot(verdict)
    else:
        _summary(answers, verdict, profile)
    _details(answers, verdict, profile)
    st.divider()
    _feedback(verdict)


def _kot(verdict: Verdict) -> None:
    """KOT comes first: say so plainly, with the proefberekening, and no SMI rules."""
    _ = T()
    lg = lang()
    ref = next(r for r in verdict.referrals if r.route == "kot")
    with st.container(border=True):
        st.markdown(f"**{_say(KOT_OUTCOME)}**")
        st.markdown(ref.texts[lg] + (f" [{ref.rule}]" if ss.get("pro") else ""))
        if ref.url:
            st.markdown("[" + _("Make a trial calculation (proefberekening) at Dienst "
                                "Toeslagen") + f"]({ref.url})")
        st.caption(_("This is a check, not a decision."))


def _summary(answers: Answers, verdict: Verdict, profile: Profile) -> None:
    """The outcome in one sentence and the next steps, at the top."""
    _ = T()
    lg = lang()
    name = gemeente_label(profile) if ss.get("gemeente_code") or profile.kind == "gemeente" \
        else None
    with st.container(border=True):
        if verdict.outcome in NEXT_OUTCOME and name:
            st.markdown("**" + _say(NEXT_OUTCOME[verdict.outcome]).format(gemeente=name) + "**")
        else:
            st.markdown(f"**{_(OUTCOME[verdict.outcome])}**")
        if verdict.fee is not None and verdict.outcome in WHO_GETS_SMI:
            st.markdown(_say("Your own contribution is about {amount} a month.").format(
                amount=show_money(verdict.fee.total_eigen_bijdrage, lg, cents=True)))
        elif verdict.fee_not_published:  # the year's fee tables are not out: say so, no amount
            st.markdown(" ".join(r.text(lg) for r in verdict.fee_notes))
        elif verdict.outcome in WHO_GETS_SMI and verdict.fee_notes:
            # the gemeente's own way of setting the contribution, which we cannot estimate:
            # a parent who sees no amount at the top should read why right there
            st.markdown(" ".join(r.text(lg) for r in verdict.fee_notes))
        amount = verdict.fee is not None and verdict.outcome in WHO_GETS_SMI
        st.caption(_("This is an estimate, not a decision. The gemeente decides.") if amount
                   else _("This is a check, not a decision. The gemeente decides."))
    first = [r for r in verdict.referrals if verdict.outcome not in WHO_GETS_SMI
             or r.route not in LATER_ROUTES]
    if verdict.outcome in WHO_GETS_SMI:
        _next_steps(answers, verdict, profile)
    elif first:
        st.subheader(_("What to do now"))
        _referrals(first)
    elif verdict.outcome == "not_eligible":
        st.subheader(_("What to do now"))
        st.markdown("\n".join(f"{i}. {_say(k)}" for i, k in enumerate(NOT_ELIGIBLE_NEXT, 1)))


def _referrals(refs: list) -> None:
    _ = T()
    lg = lang()
    for ref in refs:
        rule = f"[{ref.rule}] " if ss.get("pro") else ""
        st.markdown(f"**{rule}{ref.title[lg]}**  \n{ref.texts[lg]}")
        if ref.url:
            st.markdown("[" + _("More information") + f": {ref.title[lg]}]({ref.url})")


def _contact(profile: Profile):
    return profile.contact  # None = unknown: we say so, never guess


def _next_steps(answers: Answers, verdict: Verdict, profile: Profile) -> None:
    """1. where to send the application, 2. who to call, 3. when the decision comes,
    4. what to bring. Only what the profile says; unknown is said to be unknown."""
    _ = T()
    c = _contact(profile)
    a = profile.apply
    url = (c.url if c and c.url else None) or a.url
    page = f" [{_('the SMI page of the gemeente')}]({url})" if url else ""
    st.subheader(_("What to do now"))
    address = (c.address if c else None) or None
    email = c.email if c else None
    if address or email:
        where = []
        if address:
            where.append(_("by post to:") + " " + ", ".join(md_literal(x) for x in address))
        if email:
            where.append(_("by e-mail to:") + f" {email}")
        send = _("Fill in the application form below and send it {where}.").format(
            where=f" {_('or')} ".join(where))
    elif profile.is_basislijn:
        send = _say("Ask your gemeente where to send the application. Search its website for "
                    "'SMI' or call the gemeente. Use the form below.")
    else:
        send = _("We do not know the address for applications of this gemeente. Ask the "
                 "gemeente where to send it:") + (page or " " + _("call the gemeente."))
    phone = c.phone if c else None
    if phone:
        call = _("Questions? Call the gemeente: {phone}.").format(phone=phone)
    else:
        call = _("We do not know a phone number for SMI here. Look on the gemeente's "
                 "website.")
        if url:  # the link in the sentence, not dangling after its full stop
            call = _("We do not know a phone number for SMI here. Look on {page}.").format(
                page=page.strip())
    weeks = c.decision_term_weeks if c and c.decision_term_weeks else None
    if weeks:
        decide = _("The gemeente decides within {weeks} weeks (its own term).").format(
            weeks=weeks)
    else:
        decide = _("The gemeente decides within 8 weeks. That is the legal term when the "
                   "gemeente has no term of its own (Awb 4:13).")
    bring = _("Have ready: {items}.").format(items="; ".join(
        _say(BRING[code]) for code in flow.checklist(answers, verdict, profile) if code in BRING))
    st.markdown(f"1. {send}\n2. {call}\n3. {decide}\n4. {bring}")
    st.warning(_("Sign a childcare contract only after the gemeente's decision."),
               icon=":material/warning:")


# Short forms of the checklist for the next steps (the full list is folded below).
BRING = {
    "contact": N_("your address, phone number and e-mail address"),
    "children": N_("the name and date of birth of each child"),
    "opvang_details": N_("the childcare details (provider, LRK number, hours, price)"),
    "professional_contact": N_("the name and phone number of the professional who knows "
                               "your situation"),
    "professional_find": N_("a professional who can confirm your situation (GP, wijkteam or "
                            "CJG)"),
    "income_estimate": N_("an estimate of your income this year"),
    "income_or_highest": N_("an estimate of your income this year, or accept the highest "
                            "contribution"),
}


def _details(answers: Answers, verdict: Verdict, profile: Profile) -> None:
    """Reasons, other arrangements, the offer, the fee, the rules, the form: folded below."""
    _ = T()
    children_known = "children" in ss["done"]
    kot = is_kot(verdict)
    # a "no" without its reasons in sight leaves a parent guessing: unfold them then
    with st.expander(_("Why this outcome"), expanded=verdict.outcome == "not_eligible"):
        seen: set[str] = set()
        _lines(verdict.reasons, seen)
        if not children_known:
            _lines([r for c in verdict.children for r in c.reasons], seen)
        else:
            for c in verdict.children:
                st.markdown("**" + _(CHILD_OUTCOME[c.outcome]).format(n=c.child) + "**")
                _lines(c.reasons, seen)
    if kot:
        return
    later = [r for r in verdict.referrals if verdict.outcome in WHO_GETS_SMI
             and r.route in LATER_ROUTES]
    others = [r for r in verdict.referrals if verdict.outcome in WHO_GETS_SMI
              and r.route not in LATER_ROUTES]
    if others or later:
        with st.expander(_("Other help that may fit")):
            _referrals(others + later)
    if verdict.offer:
        with st.expander(_("What the gemeente offers")):
            _offer(verdict, profile)
    if verdict.outcome in WHO_GETS_SMI:
        with st.expander(_("Your own contribution (estimate)")):
            _fee(answers, verdict)
        with st.expander(_("What to prepare")):
            _checklist(answers, verdict, profile)
    # another arrangement comes first (Wlz, Jeugdwet): the gemeente's SMI rules do not apply
    if (verdict.gemeente_rules or verdict.flags) and verdict.outcome != "other_route":
        with st.expander(_("Rules of {name}").format(name=_gemeente_name(profile))):
            _gemeente_rules(verdict, profile)
    if verdict.outcome in WHO_GETS_SMI:
        with st.expander(_("How to apply at {name}").format(name=gemeente_label(profile))):
            _apply(profile)
        _documents(answers, verdict)


def _gemeente_name(profile: Profile) -> str:
    return T()(N_("National minimum (basislijn)")) if profile.is_basislijn else profile.name


def _offer(verdict: Verdict, profile: Profile) -> None:
    _ = T()
    o = verdict.offer
    assert o is not None
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
    fee = verdict.fee
    if fee is None:
        if not verdict.fee_not_published:  # else fee_notes say the tables are not out yet
            st.markdown(_("We cannot estimate your contribution yet. We need the type of "
                          "childcare, the hours and the price per hour."))
        _lines(verdict.fee_notes)
        return
    rows = []
    for c in fee.children:
        r = c.result
        # the parent's own amount right after the child: on a phone the table scrolls
        # sideways and the last columns start out of sight
        rows.append({
            _("Child"): str(c.child),
            _("Own contribution per month"): show_money(r.eigen_bijdrage, lg, cents=True),
            _("Type of care"): _(CARE_NAME[r.care_type.value]),
            _("Hours per month"): f"{r.hours.normalize():f}",
            _("Price per hour"): show_money(r.hourly_price, lg, cents=True),
            _("Invoice per month"): show_money(r.invoice, lg, cents=True),
        })
    st.table(rows)
    st.markdown("**" + _("Total own contribution per month: {amount}").format(
        amount=show_money(fee.total_eigen_bijdrage, lg, cents=True)) + "**")
    table = _(TABLE_NAME[fee.table]).format(year=fee.year)
    st.markdown(_("Table used: {table}.").format(table=table)
                + (f" [{fee.rule}]" if ss.get("pro") else ""))
    _lines(fee.notes)
    render_fee_chart(answers, get_profile(answers.gemeente))


def _checklist(answers: Answers, verdict: Verdict, profile: Profile) -> None:
    _ = T()
    items = flow.checklist(answers, verdict, profile)
    if not items:
        return
    st.caption(_("Only what the gemeente needs. You never need to show your savings, bank "
                 "statements or medical file."))
    for code in items:
        st.markdown(f"- {_(CHECKLIST[code])}")


def _apply(profile: Profile) -> None:
    _ = T()
    lg = lang()
    a = profile.apply
    st.markdown(a.how.get(lg))
    c = _contact(profile)
    url = (c.url if c and c.url else None) or a.url
    if url:
        st.markdown(_("Website") + f": [{url}]({url})")


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
        st.text_area(_("Comment"), key="w_fb_comment", max_chars=MAX_COMMENT,
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
