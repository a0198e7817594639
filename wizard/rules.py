"""The rules engine: `assess(answers, profile)` applies the basislijn and the gemeente's own
rules and returns a Verdict in which every reason names its rule. It never stops at the first
reason: a family sees every condition that mattered (after MyFriendBen's approach)."""

from __future__ import annotations

from decimal import Decimal

from wizard.basislijn import routes
from wizard.errors import SmiError
from wizard.fees import fee, rank_children
from wizard.i18n import both
from wizard.models import Answers, Child, School
from wizard.models import Reason as Why
from wizard.profiles import Profile, below_basislijn, get_profile, rule_or_basislijn
from wizard.verdict import (
    OUTCOME_ORDER,
    ChildFee,
    ChildVerdict,
    FeeEstimate,
    Offer,
    Outcome,
    Reason,
    Referral,
    Verdict,
)

PEUTER_FROM_MONTHS, PEUTER_TO_MONTHS = 30, 47  # about 2.5 to 4 years (domain.md)
END_OF_PRIMARY_MONTHS = 13 * 12  # past this age without primary school: past basisschool age
WHO_GETS_SMI: tuple[Outcome, ...] = ("eligible", "assessment_needed")


def _reason(rule: str, msgid: str, **fields: object) -> Reason:
    return Reason(rule=rule, texts=both(msgid, **fields))


def _referral(route: str, rule: str = "B3") -> Referral:
    info = routes()[route]
    return Referral(route=route, rule=rule, title=info.title.model_dump(),
                    texts=info.next_step.model_dump(), url=info.url)


def best(outcomes: list[Outcome]) -> Outcome:
    return min(outcomes, key=OUTCOME_ORDER.index)


def assess(answers: Answers, profile: Profile | None = None) -> Verdict:
    profile = profile or get_profile(answers.gemeente)
    parents = answers.household.parents

    has_kot = any(p.counts_for_kot for p in parents) and all(
        p.does_not_block_kot for p in parents)
    if has_kot:
        return _kot_verdict(answers, profile)

    household: list[Reason] = []
    reasons = answers.situation.reasons
    if not reasons:
        why = _reason("B3", "You did not mention a social or medical problem in your family, or "
                      "a risk to your child's development. SMI is only for such situations. If "
                      "something is going on that you did not mention, talk to the wijkteam or "
                      "your GP (huisarts).")
        children = [ChildVerdict(child=i, outcome="not_eligible", reasons=[why])
                    for i in range(1, len(answers.children) + 1)]
        return _verdict(answers, profile, children, household, [_referral("confirm")])

    only_other = set(reasons) == {Why.other}
    if only_other:
        household.append(_reason("B3", "You described another situation. The gemeente decides "
                                 "whether it counts as a social or medical reason."))
    else:
        household.append(_reason("B3", "There is a social or medical reason in your family, "
                                 "and not every parent works or studies. So kinderopvangtoeslag "
                                 "does not apply, and SMI can be the route."))

    children = [_assess_child(i, child, answers, profile, only_other)
                for i, child in enumerate(answers.children, start=1)]
    return _verdict(answers, profile, children, household, [])


def _kot_verdict(answers: Answers, profile: Profile) -> Verdict:
    special = [p for p in answers.household.parents if not p.counts_for_kot]
    if special and special[0].wlz_indication:
        why = _reason("B3", "One parent works, studies or follows a route to work, and your "
                      "partner has a Wlz indication. A partner with a Wlz indication does not "
                      "stop kinderopvangtoeslag (KOT). KOT comes before SMI.")
    elif special:
        why = _reason("B3", "One parent works, studies or follows a route to work, and your "
                      "partner is in detention. A partner in detention does not stop "
                      "kinderopvangtoeslag (KOT). KOT comes before SMI.")
    else:
        why = _reason("B3", "Every parent in your household works, studies or follows a route to "
                      "work. Then you probably have a right to kinderopvangtoeslag (KOT). KOT "
                      "comes before SMI.")
    children = [ChildVerdict(child=i, outcome="other_route", reasons=[why],
                             referrals=[_referral("kot")])
                for i in range(1, len(answers.children) + 1)]
    return _verdict(answers, profile, children, [], [])


def _age_outcome(i: int, child: Child, answers: Answers, profile: Profile
                 ) -> tuple[Outcome | None, list[Reason], list[Referral]]:
    """None when age does not stop this child; otherwise the outcome with its reasons."""
    lo, hi = child.age_months_on(answers.reference_date)
    if child.school == School.secondary:
        return "not_eligible", [_reason("B4", "Child {n} goes to secondary school. SMI is for "
                                        "children up to the end of primary school.", n=i)], []
    if child.school != School.primary and lo >= END_OF_PRIMARY_MONTHS:
        return "not_eligible", [_reason("B4", "Child {n} is past primary-school age. SMI is for "
                                        "children up to the end of primary school.", n=i)], []
    rule = profile.rules.age
    if rule is None or rule.until_end_of_primary or profile.is_basislijn:
        return None, [_reason("B4", "Child {n} is of an age that can get SMI (0 to the end of "
                              "primary school).", n=i)], []
    if rule.below_age_months is not None:
        limit = rule.below_age_months
        years = f"{(Decimal(limit) / 12).normalize()}"
        if lo >= limit:
            why = _reason(rule.id, "In {gemeente}, SMI is only for children younger than {years} "
                          "years. Child {n} is older. The basislijn says: up to the end of "
                          "primary school (B4). You can ask the gemeente about this.",
                          gemeente=profile.name, years=years, n=i)
            # Redirect (e.g. to peuteropvang) only where that route fits the child's age.
            fits = rule.redirect != "peuteropvang_ve" or lo <= PEUTER_TO_MONTHS
            refs = [_referral(rule.redirect, rule.id)] if rule.redirect and fits else []
            return ("other_route" if refs else "not_eligible"), [why], refs
        if hi >= limit:
            return "assessment_needed", [_reason(
                rule.id, "In {gemeente}, SMI is only for children younger than {years} years. "
                "Give child {n}'s date of birth so that we can check this.",
                gemeente=profile.name, years=years, n=i)], []
    if rule.max_age_years is not None and lo >= (rule.max_age_years + 1) * 12:
        return "not_eligible", [_reason(
            rule.id, "In {gemeente}, SMI is for children up to {age} years. Child {n} is older. "
            "The basislijn says: up to the end of primary school (B4). You can ask the gemeente "
            "about this.", gemeente=profile.name, age=rule.max_age_years, n=i)], []
    return None, [_reason(rule.id, "Child {n} is of an age that can get SMI in {gemeente}.",
                          n=i, gemeente=profile.name)], []


def _assess_child(i: int, child: Child, answers: Answers, profile: Profile,
                  only_other: bool) -> ChildVerdict:
    outcome, reasons, refs = _age_outcome(i, child, answers, profile)
    if outcome is not None and outcome != "assessment_needed":
        return ChildVerdict(child=i, outcome=outcome, reasons=reasons, referrals=refs)
    if child.wlz_indication:
        reasons.append(_reason("B3", "Child {n} has a Wlz indication. Care then goes through the "
                               "Wet langdurige zorg (Wlz), which comes before SMI.", n=i))
        return ChildVerdict(child=i, outcome="other_route", reasons=reasons,
                            referrals=[_referral("wlz")])
    if child.needs_treatment_daycare:
        reasons.append(_reason("B3", "Child {n} needs treatment or special day care. The gemeente "
                               "arranges that through youth care (Jeugdwet), which comes before "
                               "SMI.", n=i))
        return ChildVerdict(child=i, outcome="other_route", reasons=reasons,
                            referrals=[_referral("jeugdwet")])

    lo, hi = child.age_months_on(answers.reference_date)
    if lo <= PEUTER_TO_MONTHS and hi >= PEUTER_FROM_MONTHS:
        reasons.append(_reason("B3", "Child {n} is about 2.5 to 4 years old. Also ask about "
                               "peuteropvang and early education (VE); many gemeenten combine "
                               "them with SMI.", n=i))
        refs.append(_referral("peuteropvang_ve"))

    care_rule = profile.rules.care
    if care_rule and child.care and child.care.type not in care_rule.care_types:
        reasons.append(_reason(care_rule.id, "{gemeente} pays SMI only for: {types}. Child {n}'s "
                               "type of childcare is not on that list.", gemeente=profile.name,
                               types=", ".join(t.value for t in care_rule.care_types), n=i))
        outcome = "assessment_needed"

    if only_other:
        outcome = "assessment_needed"
    if not answers.situation.professional_can_confirm:
        reasons.append(_reason("B3", "Nobody who knows your situation can confirm it yet. The "
                               "gemeente usually asks a professional, such as the wijkteam, your "
                               "GP (huisarts) or a practice nurse (POH/PMM). Talk to one of "
                               "them first."))
        refs.append(_referral("confirm"))
        outcome = "assessment_needed"
    elif outcome is None:
        reasons.append(_reason("B13", "A professional can confirm your situation. The gemeente "
                               "only needs their contact details, not your medical file."))
    return ChildVerdict(child=i, outcome=outcome or "eligible", reasons=reasons, referrals=refs)


def _offer(answers: Answers, profile: Profile) -> Offer:
    r = profile.rules
    days, months, ext = (rule_or_basislijn(profile, n) for n in ("days", "months", "extension"))
    from_base = [name for name, own in (("days", r.days), ("months", r.months),
                                        ("extension", r.extension)) if own is None]
    long_term = answers.situation.long_term
    return Offer(
        days_per_week=days.days_per_week, days_texts=days.text.model_dump(), days_rule=days.id,
        months=months.months, months_rule=months.id, extension=ext.extension,
        extension_rule=ext.id, extension_possible=ext.extension != "not_possible",
        hardheidsclausule=long_term, from_basislijn=[] if profile.is_basislijn else from_base,
    )


def _offer_reasons(answers: Answers, profile: Profile, offer: Offer) -> list[Reason]:
    out = [_reason("B6", "The basislijn offer is at least 2 days a week (or the same hours) for 6 "
                   "months. Less is fine if you need less.")]
    if not profile.is_basislijn:
        r = profile.rules
        if r.days:
            out.append(Reason(rule=r.days.id, texts=both("{gemeente}: {days}",
                              gemeente=profile.name, days=r.days.text.model_dump())))
        if r.months:
            out.append(_reason(r.months.id, "{gemeente} grants SMI for at most {months} months.",
                               gemeente=profile.name, months=r.months.months))
        if offer.from_basislijn:
            out.append(_reason("B6", "Not every part of the offer is known for {gemeente}. Where "
                               "it is not known, we show the basislijn minimum.",
                               gemeente=profile.name))
    out.append(_reason("B5", "Your income does not decide whether you can get SMI. Income only "
                       "sets the size of your own contribution."))
    if answers.situation.long_term:
        out.append(_reason("B7", "Your situation will probably last long. The gemeente can "
                           "extend SMI, one or more times. Ask for an extension in time."))
        ext = profile.rules.extension
        if ext and not profile.is_basislijn and ext.extension != "possible":
            out.append(Reason(rule=ext.id, texts=_EXTENSION_TEXTS[ext.extension](profile)))
        out.append(_reason("B8", "If it is clear from the start that you need SMI for a long "
                           "time, the gemeente can depart from its own rules (hardship clause) "
                           "and grant a longer period. Ask for this in your application."))
    return out


_EXTENSION_TEXTS = {
    "exceptional": lambda p: both("In {gemeente}, an extension is only possible in exceptional "
                                  "cases.", gemeente=p.name),
    "yearly_reassessment": lambda p: both("In {gemeente}, the gemeente looks at your situation "
                                          "again every year.", gemeente=p.name),
    "not_possible": lambda p: both("In {gemeente}, SMI is given only once.", gemeente=p.name),
}


def _fee(answers: Answers, profile: Profile, children: list[ChildVerdict]
         ) -> tuple[FeeEstimate | None, list[Reason]]:
    rule = rule_or_basislijn(profile, "fee")
    notes: list[Reason] = []
    if rule.method == "own":
        return None, [_reason(rule.id, "{gemeente} uses its own way to calculate the "
                              "contribution. We cannot estimate it; ask the gemeente.",
                              gemeente=profile.name)]
    table = "kot" if rule.method == "unknown" else rule.method
    if rule.method == "unknown" or profile.rules.fee is None:
        notes.append(_reason("B11", "We do not know how {gemeente} calculates the contribution. "
                             "This estimate uses the KOT table, one of the two tables of the "
                             "basislijn. The gemeente may ask less.", gemeente=profile.name))
    cares = [(c.child, answers.children[c.child - 1].care) for c in children
             if c.outcome in WHO_GETS_SMI and answers.children[c.child - 1].care
             and answers.children[c.child - 1].care.is_complete]
    if not cares:
        return None, notes
    income = answers.income.toetsingsinkomen
    year = answers.reference_date.year
    ranks = rank_children(cares)
    try:
        rows = [ChildFee(child=i, result=fee(table, year, income, care.type, care.hourly_price,
                                             care.hours_per_month, ranks[i]))
                for i, care in cares]
    except SmiError as exc:
        return None, notes + [Reason(rule="B11", texts=exc.texts)]
    if income is None:
        notes.append(_reason("B12", "You did not give your income. This estimate uses the highest "
                             "contribution. With your current income it may be lower."))
    notes.append(_reason("B11", "This is an estimate, not a decision. The gemeente calculates "
                         "the real amount."))
    total = sum((r.result.eigen_bijdrage for r in rows), Decimal("0.00"))
    return FeeEstimate(table=table, year=year, rule=rule.id, income_given=income is not None,
                       children=rows, total_eigen_bijdrage=total, notes=notes), []


def _verdict(answers: Answers, profile: Profile, children: list[ChildVerdict],
             household: list[Reason], extra_refs: list[Referral]) -> Verdict:
    outcome = best([c.outcome for c in children])
    offer, fee_est, fee_notes, reasons = None, None, [], list(household)
    if outcome in WHO_GETS_SMI:
        offer = _offer(answers, profile)
        reasons += _offer_reasons(answers, profile, offer)
        fee_est, fee_notes = _fee(answers, profile, children)
    referrals: dict[str, Referral] = {r.route: r for r in extra_refs}
    for c in children:
        for r in c.referrals:
            referrals.setdefault(r.route, r)
    return Verdict(
        gemeente=profile.id, gemeente_name=profile.name, reference_date=answers.reference_date,
        outcome=outcome, children=children, reasons=reasons, referrals=list(referrals.values()),
        offer=offer, flags=below_basislijn(profile), gemeente_rules=_gemeente_rules(profile),
        fee=fee_est, fee_notes=fee_notes,
    )


def _gemeente_rules(profile: Profile) -> list[Reason]:
    """The gemeente's own conditions and requirements, shown beside the verdict."""
    if profile.is_basislijn:
        return []
    out = [Reason(rule=c.id, texts=c.text.model_dump()) for c in profile.conditions]
    if profile.rules.professional:
        p = profile.rules.professional
        out.append(Reason(rule=p.id, texts=p.who.model_dump()))
    if profile.rules.fee:
        out.append(Reason(rule=profile.rules.fee.id, texts=profile.rules.fee.text.model_dump()))
    if profile.rules.care and profile.rules.care.note:
        out.append(Reason(rule=profile.rules.care.id, texts=profile.rules.care.note.model_dump()))
    return out
