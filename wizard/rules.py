"""The rules engine: `assess(answers, profile)` runs every criterion of every basislijn point
(wizard/points/) for the household and each child, derives the outcome from them and returns
a Verdict in which every reason names its rule (after MyFriendBen's approach)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from wizard.basislijn import routes
from wizard.caps import fee_caps, over_gemeente_max
from wizard.dated import check_date, fee_not_published
from wizard.errors import SmiError
from wizard.fees import fee, rank_children
from wizard.i18n import both
from wizard.models import Answers, Care, Child
from wizard.money import cents
from wizard.points import (
    b3_voorliggend,
    b4_age,
    b5_income,
    b6_offer,
    b7_extension,
    b8_hardheid,
    b11_fee,
    b13_data,
    local,
)
from wizard.points._base import Context, Criterion
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
    """Every criterion of every point, for the household and each child; the outcome is
    derived from them afterwards, so no criterion hides another (B3: the voorliggende
    voorzieningen Wlz and Jeugdwet come before any local age or offer rule)."""
    on = answers.reference_date
    check_date(on)
    profile = (profile or get_profile(answers.gemeente)).as_of(on)
    ctx = Context(answers, profile, on)
    kot, situation, professional = (b3_voorliggend.kot(ctx), b3_voorliggend.situation(ctx),
                                    b13_data.judge(ctx))
    household = [kot, situation]
    children = [_child(ctx, n, child, kot, situation, professional)
                for n, child in enumerate(answers.children, start=1)]
    return _verdict(ctx, children, household)


def child_criteria(ctx: Context, n: int, child: Child, professional: Criterion
                   ) -> list[Criterion]:
    """Every criterion for one child, in the order a family reads them."""
    out = [b4_age.judge(ctx, n, child), b3_voorliggend.wlz(ctx, n, child),
           b3_voorliggend.jeugdwet(ctx, n, child), b3_voorliggend.peuteropvang(ctx, n, child),
           local.care_type(ctx, n, child), professional]
    return [c for c in out if c is not None]


def _child(ctx: Context, n: int, child: Child, kot: Criterion, situation: Criterion,
           professional: Criterion) -> ChildVerdict:
    crits = child_criteria(ctx, n, child, professional)
    if kot.result == "refer":  # KOT for the household; a Wlz / Jeugdwet child goes there too
        outcome, shown = "other_route", [kot] + [c for c in crits if c.result == "refer"]
    elif situation.result == "not_met":
        outcome, shown = "not_eligible", [situation]
    elif first := [c for c in crits if c.result == "refer"]:
        # Wlz / Jeugdwet first: a local age cap or school rule does not take the route away.
        outcome = "other_route"
        shown = [c for c in crits if c.result == "not_met"] + first
    elif stops := [c for c in crits if c.result == "not_met"]:
        outcome = "other_route" if any(c.redirect for c in stops) else "not_eligible"
        shown = stops
    else:
        unsure = situation.result == "unknown" or any(c.result == "unknown" for c in crits)
        outcome = "assessment_needed" if unsure else "eligible"
        shown = crits
    # With a Wlz / Jeugdwet route, a local redirect (e.g. peuteropvang) is not offered too.
    referring = [c for c in shown if c.result == "refer"] or shown
    refs = [_referral(r, c.id) for c in referring for r in c.referrals]
    return ChildVerdict(child=n, outcome=outcome,
                        reasons=[Reason(rule=c.id, texts=c.texts) for c in shown if c.texts],
                        referrals=list({r.route: r for r in refs}.values()),
                        criteria=[kot, situation, *crits])


def _offer(answers: Answers, profile: Profile) -> Offer:
    r = profile.rules
    days, months, ext = (rule_or_basislijn(profile, n) for n in ("days", "months", "extension"))
    from_base = [name for name, own in (("days", r.days), ("months", r.months),
                                        ("extension", r.extension)) if own is None]
    long_term = answers.situation.long_term
    return Offer(
        days_per_week=days.days_per_week, days_texts=days.text.model_dump(), days_rule=days.id,
        months=months.months, months_rule=months.id, extension=ext.extension,
        extension_rule=ext.id, extension_possible=b7_extension.extension_possible(profile),
        hardheidsclausule=long_term, from_basislijn=[] if profile.is_basislijn else from_base,
    )


def _offer_criteria(ctx: Context, offer: Offer) -> list[Criterion]:
    """What the offer means for this family, point by point (B6, B5, B7, B8)."""
    return [*b6_offer.judge(ctx, offer.from_basislijn), b5_income.judge(ctx),
            *b7_extension.judge(ctx), *b8_hardheid.judge(ctx)]


def _fee(answers: Answers, profile: Profile, children: list[ChildVerdict]
         ) -> tuple[FeeEstimate | None, list[Reason]]:
    rule = rule_or_basislijn(profile, "fee")
    notes: list[Reason] = []
    if rule.method == "own":
        return None, [_reason(rule.id, "{gemeente} uses its own way to calculate the "
                              "contribution. We cannot estimate it; ask the gemeente.",
                              gemeente=profile.name)]
    table = _fee_table(profile)
    if later := fee_not_published(table, answers.reference_date):
        # A year whose tables are not out yet: no estimate at all, never last year's numbers.
        return None, [Reason(rule="B11", texts=later)]
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
    rows, caps = [], []
    try:
        for i, care in cares:
            row, row_caps = _child_fee(i, care, table, year, income, ranks[i], profile)
            rows.append(row)
            caps += row_caps
    except SmiError as exc:
        return None, notes + [Reason(rule="B11", texts=exc.texts)]
    notes += caps
    if income is None:
        notes.append(_reason("B12", "You did not give your income. This estimate uses the highest "
                             "contribution. With your current income it may be lower."))
    notes.append(_reason("B11", "This is an estimate, not a decision. The gemeente calculates "
                         "the real amount."))
    total = sum((r.result.eigen_bijdrage for r in rows), Decimal("0.00"))
    return FeeEstimate(table=table, year=year, rule=rule.id, income_given=income is not None,
                       children=rows, total_eigen_bijdrage=total, notes=notes), []


def _child_fee(n: int, care: Care, table: str, year: int, income: Decimal | None, rank: int,
               profile: Profile) -> tuple[ChildFee, list[Reason]]:
    """One child's fee, with a note for every cap that makes the parent pay more (item: caps
    explained): the gemeente's own maximum hours first, then the table's caps."""
    hours, price = care.hours_per_month, care.hourly_price
    over = over_gemeente_max(n, hours, price, profile)
    counted = over[0] if over else hours
    result = fee(table, year, income, care.type, price, counted, rank)
    notes = ([over[1]] if over else []) + fee_caps(n, result)
    if over:  # the hours above the gemeente's maximum are the parent's own, at full price
        extra = cents((hours - counted) * price)
        result = result.model_copy(update={
            "hours": hours, "invoice": result.invoice + extra,
            "eigen_bijdrage": result.eigen_bijdrage + extra})
    return ChildFee(child=n, result=result), notes


def _verdict(ctx: Context, children: list[ChildVerdict], household: list[Criterion]
             ) -> Verdict:
    answers, profile = ctx.answers, ctx.profile
    outcome = best([c.outcome for c in children])
    kot, situation = household
    shown = [situation] if kot.result != "refer" and situation.result != "not_met" else []
    offer, fee_est, fee_notes = None, None, []
    criteria = list(household)
    if outcome in WHO_GETS_SMI:
        offer = _offer(answers, profile)
        shown += _offer_criteria(ctx, offer)
        fee_est, fee_notes = _fee(answers, profile, children)
        with_care = [c.child for c in children if c.outcome in WHO_GETS_SMI
                     and answers.children[c.child - 1].care
                     and answers.children[c.child - 1].care.is_complete]
        criteria += [*shown[1:], b11_fee.judge(ctx, with_care)]
    referrals: dict[str, Referral] = {}
    for c in children:
        for r in c.referrals:
            referrals.setdefault(r.route, r)
    return Verdict(
        gemeente=profile.id, gemeente_name=profile.name, reference_date=answers.reference_date,
        outcome=outcome, children=children,
        reasons=[Reason(rule=c.id, texts=c.texts) for c in shown if c.texts],
        referrals=list(referrals.values()), offer=offer, flags=below_basislijn(profile),
        gemeente_rules=_gemeente_rules(profile), fee=fee_est, fee_notes=fee_notes,
        fee_not_published=_unpublished_year(profile, answers.reference_date, outcome),
        criteria=criteria,
    )


def _fee_table(profile: Profile) -> str | None:
    """The table the estimate uses: the gemeente's, the KOT table of the basislijn when its
    method is unknown, None when the gemeente calculates in its own way."""
    method = rule_or_basislijn(profile, "fee").method
    return None if method == "own" else "kot" if method == "unknown" else method


def _unpublished_year(profile: Profile, on: date, outcome: Outcome) -> int | None:
    """The reference year when SMI may fit but its fee tables are not published yet."""
    table = _fee_table(profile)
    if outcome not in WHO_GETS_SMI or table is None:
        return None
    return on.year if fee_not_published(table, on) else None


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
