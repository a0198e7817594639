"""Reason about the family a chat message describes with the same `assess` the wizard uses:
what we understood, KOT or SMI, the one missing fact that decides it, the gemeente's route and
rules, and the eigen bijdrage when income, hours and price are given. Conditional and plain."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import takewhile

from wizard import dated
from wizard.amounts import show_money
from wizard.caps import fee_caps
from wizard.chat.facts import ChildFact, Facts, Person
from wizard.chat.faq import load_responses
from wizard.fees import fee as engine_fee
from wizard.fees import rank_children
from wizard.i18n import pick
from wizard.models import (
    Activity,
    Answers,
    Care,
    CareType,
    Child,
    Household,
    Income,
    Parent,
    Reason,
    School,
    Situation,
)
from wizard.profiles import Profile, get_profile, rule_or_basislijn
from wizard.rules import WHO_GETS_SMI, assess
from wizard.verdict import Verdict


@dataclass
class Reading:
    text: str
    sources: list[dict[str, str]] = field(default_factory=list)
    outcome: dict[str, object] | None = None
    route: str | None = None  # kot | smi | smi_no_reason | other | ask
    asks: str | None = None  # partner | me: the fact that decides it


def _t(key: str, lang: str, **kw: object) -> str:
    return load_responses().situation[key]["en" if lang == "en" else "nl"].format(**kw)


def _me_activity(p: Person) -> Activity | None:
    """An ill parent who does not mention a job is read as not working (said as a condition)."""
    if p.activity is not None:
        return p.activity
    return Activity.none if (p.ill or p.hospital) else None


def _counts(p: Person) -> bool:
    a = _me_activity(p)
    return a is not None and a != Activity.none


def household(f: Facts) -> tuple[list[Parent] | None, str | None]:
    """The parents as the engine sees them, or (None, the fact that decides KOT vs SMI), or
    (None, None) when the message says nothing about the parents."""
    has_partner = not f.single and (f.partner.mentioned or f.partner.known)
    me_act = _me_activity(f.me)
    partner_act = _me_activity(f.partner) if has_partner else None
    me_exempt = f.me.detention or f.me.wlz
    partner_exempt = has_partner and (f.partner.detention or f.partner.wlz)

    def parent(act: Activity | None, p: Person) -> Parent:
        return Parent(activity=act or Activity.none, detention=p.detention,
                      wlz_indication=p.wlz)

    if me_act is None and not me_exempt:
        if not has_partner:
            return None, None
        if partner_exempt or partner_act not in (None, Activity.none):
            return None, "me"  # the partner counts for KOT: the writer's own work decides
        if partner_act is None and not (f.partner.ill or f.partner.hospital):
            return None, None
        # the partner cannot care or does not work: no KOT whatever the writer does
        return [Parent(activity=Activity.work), parent(partner_act, f.partner)], None
    me = parent(me_act, f.me)
    if f.single:
        return [me], None
    if not has_partner:
        if me_act in (None, Activity.none):
            return [me], None  # the writer does not work: no KOT whatever a partner does
        return None, "partner"
    if partner_act is None and not partner_exempt:
        if me_act in (None, Activity.none):
            return [me, Parent(activity=Activity.work)], None
        return None, "partner_named"
    return [me, parent(partner_act, f.partner)], None


def _children(f: Facts) -> list[Child]:
    kids = []
    for c in f.children:
        age = c.age if c.age is not None else (13 if c.school == School.secondary else None)
        if age is None:
            continue
        kids.append(Child(age=age, school=c.school or School.none,
                          wlz_indication=f.child_wlz and c.wlz is not False,
                          needs_treatment_daycare=f.child_treatment))
    if not kids:  # the ages are unknown: one child of an age every gemeente covers
        kids = [Child(age=1, wlz_indication=f.child_wlz,
                      needs_treatment_daycare=f.child_treatment)]
    return kids


def _care(f: Facts) -> Care | None:
    if f.hours_per_month is None or f.price is None:
        return None
    # the kind of the care the hours and price belong to ("kleine 100 uur kdv, grote bso")
    kind = f.cares[0].type if f.cares and f.cares[0].type else f.care_type
    return Care(type=kind or CareType.dagopvang, hours_per_month=f.hours_per_month,
                hourly_price=f.price)


def profile_of(f: Facts) -> Profile:
    return get_profile(f.gemeente.profile_id) if f.gemeente else get_profile("basislijn")


def role(f: Facts, who: str, lang: str) -> str:
    """How to name a parent back: "uw man" to a parent; "de moeder", "the father" when the
    writer tells about another family (then nobody is "u")."""
    if not f.third:
        return f.partner_word(lang) if who == "partner" else ""
    g, other = (f.me_gender, f.partner_gender) if who == "me" else (f.partner_gender, f.me_gender)
    if g is not None and g != other:
        return _t("role_mother" if g == "f" else "role_father", lang)
    return _t("role_parent" if who == "me" else "role_other", lang)


def understood(f: Facts, lang: str) -> str:
    parts: list[str] = []
    third = "_third" if f.third else ""
    both_work = _me_activity(f.me) == Activity.work and _me_activity(f.partner) == Activity.work \
        and not f.me.ill and not f.partner.ill
    if both_work:
        parts.append(_t("both_work" + third, lang))
    else:
        for who, p in (("me", f.me), ("partner", f.partner)):
            if who == "partner" and f.single:
                continue
            # in a story about another family both parents are told as "de moeder", "the father"
            key = "partner" if f.third else who
            pw = role(f, who, lang)
            if p.activity is not None:
                parts.append(_t(f"{key}_{_ACT[p.activity]}", lang, partner=pw))
            if p.hospital:
                parts.append(_t(f"{key}_hospital", lang, partner=pw))
            elif p.ill:
                parts.append(_t(f"{key}_ill", lang, partner=pw))
            if p.detention:
                parts.append(_t(f"{key}_detention", lang, partner=pw))
            if p.wlz:
                parts.append(_t(f"{key}_wlz", lang, partner=pw))
    if f.single:
        parts.append(_t("single" + third, lang, partner=role(f, "me", lang)))
    if f.child_ill and not f.child_wlz:
        parts.append(_t("child_ill" + third, lang))
    if f.child_wlz:
        parts.append(_t("child_wlz", lang))
    ages = [a for a in (_age_desc(c, lang) for c in f.children) if a]
    if ages:
        joined = f" {_t('and', lang)} ".join(ages)
        key = ("child_one" if len(ages) == 1 else "child_many") + third
        parts.append(_t(key, lang, ages=joined))
    if not parts:
        return ""
    text = ", ".join(parts[:-1]) + (f" {_t('and', lang)} " if len(parts) > 1 else "") + parts[-1]
    return _t("understood" + third, lang, facts=text)


def _age_desc(c: ChildFact, lang: str) -> str:
    """A child as the parent named it: "groep 8 (11 jaar)", "3 jaar", "een baby"."""
    if c.group is not None and c.age is not None and c.age_said:
        return _t("group_age", lang, group=c.group, age=c.age)  # "groep 8 (11 jaar)"
    if c.group is not None:
        return _t("group", lang, group=c.group)
    if c.age == 0:
        return _t("baby", lang)
    if c.age is not None:
        return _t("age_one" if c.age == 1 else "age", lang, age=c.age)
    if c.school == School.secondary:
        return _t("secondary", lang)
    return ""


def per_child(f: Facts, verdict: Verdict, lang: str) -> list[str]:
    """Children of different ages in one story: a line per child where the age changes the answer
    (a toddler also has peuteropvang or VE, a school child goes to the BSO, a child at secondary
    school is past SMI age, B4). From the engine's verdict per child; nothing when it is the same
    answer for all."""
    kids = f.known_children()
    if len(kids) < 2 or len(kids) != len(verdict.children):
        return []
    keyed: list[tuple[str, str]] = []
    for n, (c, v) in enumerate(zip(kids, verdict.children, strict=True), start=1):
        who = _t("kid", lang, n=n, desc=_age_desc(c, lang))
        routes = {r.route for r in v.referrals}
        if v.outcome in WHO_GETS_SMI:
            key = "kid_peuter" if "peuteropvang_ve" in routes else \
                "kid_bso" if c.school == School.primary or (c.age or 0) >= 4 else "kid_daycare"
            keyed.append((key, _t(key, lang, who=who)))
        elif any(r.rule == "B4" for r in v.reasons):
            keyed.append(("kid_too_old", _t("kid_too_old", lang, who=who)))
        else:  # a gemeente's own age rule, the Wlz or youth care: the engine's own words
            keyed.append((v.outcome, " ".join(r.text(lang) for r in v.reasons)))
    if len({k for k, _ in keyed}) < 2:
        return []  # the same answer for every child: the reading above says it
    return [_t("per_child", lang), *(line for _, line in keyed)]


_ACT = {Activity.work: "work", Activity.study: "study", Activity.route_to_work: "route",
        Activity.none: "none"}


def read_situation(f: Facts, lang: str, today: date | None = None,
                   fee_first: bool = False) -> Reading | None:
    """The reasoning reply for a message that says who works or cannot care; None when the
    message says nothing about the parents. `fee_first`: the message asks what they pay, so the
    estimate (when the engine made one) leads and the reading follows."""
    parents, missing = household(f)
    if parents is None and missing is None:
        return None
    profile = profile_of(f)
    lines = [understood(f, lang)]
    if missing:
        key = {"me": "ask_me", "partner": "ask_partner", "partner_named": "ask_partner_named"}
        if f.third:  # "werkt de vader?": the parent whose work decides it, by role
            lines.append(_t("ask_partner_named", lang, partner=role(f, "me" if missing == "me" else
                                                                         "partner", lang)))
        else:
            lines.append(_t(key[missing], lang, partner=f.partner_word(lang)))
        lines += local(f, profile, lang, None)
        return Reading(text="\n\n".join(x for x in lines if x), route="ask", asks=missing,
                       sources=[{"title": _b3(lang), "ref": "B3"}])
    answers = Answers(
        gemeente=profile.id, reference_date=today or dated.today(),
        household=Household(parents=parents), children=_children(f),
        situation=Situation(reasons=f.reasons), income=Income(toetsingsinkomen=f.income))
    owners = f.care_owners() if len(answers.children) == len(f.known_children()) else None
    if owners is not None:  # each child's own care: the engine judges each child with it
        for c, k in zip(f.cares, owners, strict=True):
            answers.children[k].care = Care(type=c.type or CareType.dagopvang,
                                            hours_per_month=c.hours, hourly_price=c.price)
    elif (care := _care(f)) is not None:
        answers.children[0].care = care
    verdict = assess(answers, profile)
    sources = [{"title": _b3(lang), "ref": "B3"}]
    kot = any(r.route == "kot" for r in verdict.referrals) or any(
        r.route == "kot" for c in verdict.children for r in c.referrals)
    if kot:
        route = "kot"
        key = "kot_detention" if (f.partner.detention or f.me.detention) else \
            "kot_wlz" if (f.partner.wlz or f.me.wlz) else "kot"
        lines.append(_t(key, lang))
        # "she is in hospital, should we switch to SMI?": a job goes on during sick leave
        for who, p in (("me", f.me), ("partner", f.partner)):
            if p.activity == Activity.work and (p.ill or p.hospital) and key == "kot":
                lines.append(_t("kot_job_ill_partner" if f.third else f"kot_job_ill_{who}", lang,
                                Partner=(role(f, who, lang) if f.third else
                                         f.partner_word(lang)).capitalize()))
                break
        ref = next(r for c in verdict.children for r in c.referrals if r.route == "kot")
        sources.append({"title": ref.title.get(lang, ref.title["nl"]), "ref": ref.url or "B3"})
        if fee_first:
            # "what would my part be?" with hours, price and income: what they pay themselves
            # with kinderopvangtoeslag, from the same table
            kot_fee = money_line(f, profile, lang, None, kot=True)
            if kot_fee:
                lines.append(f"{_t('kot_fee', lang)}\n\n{kot_fee}")
    elif verdict.outcome in WHO_GETS_SMI:
        route = "smi"
        lines.append(_t("smi_third" if f.third else "smi", lang))
        # "does SMI exist for single parents?": yes, one parent at home counts too
        if f.single and not f.third:
            lines.append(_t("single_too", lang))
        if f.care_type is not None and not f.cares:
            # "can the gemeente help pay bso?": the kind of care named is said to count
            lines.append(_t("care_fits", lang, care=_t(f"care_{f.care_type.value}", lang)))
        if f.child_wlz and any(c.wlz is False for c in f.children) and \
                not (_counts(f.me) and _counts(f.partner)):
            lines.append(_t("wlz_sibling", lang))  # SMI for the sibling, the Wlz for the child
        if Reason.child_development_at_risk in f.reasons:
            lines.append(_t("child_development", lang))
        # an ill parent whose work the message does not tell: sick leave keeps the job, and with
        # it kinderopvangtoeslag; exactly that decides (also for a parent alone, or when the
        # message says nothing of a partner)
        if (f.me.ill or f.me.hospital) and (f.me.activity is None or f.me.job_unsure) and \
                (f.single or _counts(f.partner) or not f.partner.known):
            lines.append(_t("job_caveat_third", lang, partner=role(f, "me", lang)) if f.third
                         else _t("job_caveat", lang))
        elif (f.partner.job_unsure or f.partner.activity is None) and \
                (f.partner.ill or f.partner.hospital) and not f.single and _counts(f.me):
            # "he is off work", "zit ziek thuis": whether his job goes on (sick leave) decides
            lines.append(_t("job_caveat_third", lang, partner=role(f, "partner", lang) if f.third
                            else f.partner_word(lang)))
        lines += per_child(f, verdict, lang)  # children of different ages
        lines += local(f, profile, lang, verdict)  # the next step first: where to apply
        if not (profile.is_basislijn and f.gemeente):  # no_profile above already gives B6
            lines.append(_offer(verdict, profile, f, lang))
        if f.children:  # what the engine says per child: e.g. peuteropvang/VE for a toddler
            for ref in dict.fromkeys(r.route for c in verdict.children for r in c.referrals):
                if ref in ("confirm", "kot"):
                    continue
                r = next(x for c in verdict.children for x in c.referrals if x.route == ref)
                lines.append(r.texts.get(lang, r.texts["nl"]))
                if r.url:
                    sources.append({"title": r.title.get(lang, r.title["nl"]), "ref": r.url})
        if not verdict.children or any(r.route == "confirm" for r in verdict.referrals):
            lines.append(_t("confirm_third" if f.third else "confirm", lang))
        sources += [{"title": _point(p, lang), "ref": p} for p in ("B6", "B13")]
    elif not f.reasons and all(c.outcome == "not_eligible" for c in verdict.children) and \
            all(r.rule == "B3" for c in verdict.children for r in c.reasons):
        route = "smi_no_reason"
        lines.append(_t("smi_no_reason_third" if f.third else "smi_no_reason", lang))
    else:
        route = "other"
        seen = set()
        for c in verdict.children:
            for r in c.reasons:
                text = r.text(lang)
                if text not in seen and (f.children or r.rule not in ("B4",)):
                    seen.add(text)
                    lines.append(text)
            for ref in c.referrals:
                lines.append(ref.texts.get(lang, ref.texts["nl"]))
                if ref.url:
                    sources.append({"title": ref.title.get(lang, ref.title["nl"]), "ref": ref.url})
    shown: dict[str, str] = {}
    fee_line = money_line(f, profile, lang, verdict if route == "smi" else None, shown)
    if route == "smi_no_reason" or (route == "other" and f.gemeente):
        lines += local(f, profile, lang, verdict)
    if fee_line and route == "smi":
        if fee_first:
            lines.insert(0, fee_line)  # the fee was asked: the estimate answers it first
        else:
            # numbers given are a question about money: the estimate right after the verdict,
            # before the gemeente's route and the general notes
            at = lines.index(_t("smi_third" if f.third else "smi", lang)) + 1
            lines.insert(at, fee_line)
    outcome = {"outcome": verdict.outcome, "route": route, "gemeente": profile.id,
               "rules": sorted({r.rule for r in verdict.all_reasons()})}
    if fee_line and route == "smi" and shown:
        # the estimate the text gives: every child the message gave hours and a price for
        outcome["fee"] = {"table": shown["table"], "year": int(shown["year"]),
                          "eigen_bijdrage_per_month": shown["total"]}
    elif verdict.fee:
        outcome["fee"] = {"table": verdict.fee.table, "year": verdict.fee.year,
                          "eigen_bijdrage_per_month": str(verdict.fee.total_eigen_bijdrage)}
    if f.gemeente:
        sources += local_sources(profile)
    return Reading(text="\n\n".join(x for x in lines if x), sources=sources, outcome=outcome,
                   route=route)


def _b3(lang: str) -> str:
    return _point("B3", lang)


def _point(point: str, lang: str) -> str:
    from wizard.basislijn import basislijn

    label = "Basislijn SMI" if lang != "en" else "SMI basislijn"
    return f"{label} {point}: {basislijn().points[point].title.get(lang)}"


def _offer(verdict: Verdict, profile: Profile, f: Facts, lang: str) -> str:
    o = verdict.offer
    if o is None or profile.is_basislijn or not f.gemeente:
        return _t("offer", lang)
    days = o.days_texts.get(lang, o.days_texts["nl"]).rstrip()
    if not days.endswith("."):
        days += "."
    return _t("offer_local", lang, name=f.gemeente.name, days=days, months=o.months)


def local(f: Facts, profile: Profile, lang: str, verdict: Verdict | None) -> list[str]:
    """The named gemeente's route and contact, and honestly what we do not know of it."""
    if not f.gemeente:
        return []
    name = f.gemeente.name
    if profile.is_basislijn:
        return [_t("no_profile", lang, name=name)]
    a = profile.apply
    lines = [_t("route_local", lang, name=name, how=a.how.get(lang))]
    contact = profile.contact  # interface 3: None or any field None = unknown
    phone = contact.phone if contact else None
    email = contact.email if contact else None
    extra = []
    if phone:
        extra.append(_t("phone", lang, phone=phone))
    if email:
        extra.append(_t("email", lang, email=email))
    if contact and contact.address:
        extra.append(_t("address", lang, address=", ".join(contact.address)))
    url = (contact.url if contact else None) or a.url
    if url:
        extra.append(_t("page", lang, url=url))
    if extra:
        lines.append(" ".join(extra))
    unknown = []
    if verdict is not None and verdict.offer is not None:
        unknown = [_t(f"part_{p}", lang) for p in verdict.offer.from_basislijn]
    if unknown:
        lines.append(_t("unknown_parts", lang, name=name, parts=", ".join(unknown)))
    if not phone:
        lines.append(_t("unknown_phone", lang, name=name))
    if verdict is not None:
        for flag in verdict.flags:
            lines.append(flag.texts.get(lang, flag.texts["nl"]))
    return lines


def local_sources(profile: Profile) -> list[dict[str, str]]:
    if profile.is_basislijn:
        return []
    src = next(iter(profile.sources.values()))
    return [{"title": src.title, "ref": profile.apply.url or src.ref}]


def money_line(f: Facts, profile: Profile, lang: str, verdict: Verdict | None = None,
               shown: dict[str, str] | None = None, kot: bool = False) -> str:
    """The eigen bijdrage per child from the engine's fee tables (the gemeente's table, else
    the KOT table of the basislijn) when hours and price are known; otherwise "". `shown`
    receives the table, year and total of what the text says (for the reply's outcome).
    `kot`: the family has kinderopvangtoeslag: what they pay themselves with it (the same KOT
    table, whatever the gemeente's own SMI table), worked out by Dienst Toeslagen."""
    if not f.cares:
        return ""
    rule = rule_or_basislijn(profile, "fee")
    if kot:
        table = "kot"
    elif rule.method == "own":
        return ""
    # the basislijn allows either table (B11): for a gemeente whose table we do not know, the
    # table the parent says it uses, else the KOT table
    elif rule.method == "unknown" or (profile.is_basislijn and f.fee_table):
        table = f.fee_table or "kot"
    else:
        table = rule.method
    on = verdict.reference_date if verdict else dated.today()
    if later := dated.fee_not_published(table, on):  # never last year's numbers
        return pick(later, lang)
    year = on.year
    cares = [(i, Care(type=c.type or CareType.dagopvang, hours_per_month=c.hours,
                      hourly_price=c.price)) for i, c in enumerate(f.cares, start=1)]
    lines = []
    # each care paired with its child: numbered as that child, and a child past SMI's age or
    # sent to another route has no SMI contribution (as the engine's own estimate leaves it out)
    owners = f.care_owners() if verdict is not None and \
        len(verdict.children) == len(f.known_children()) else None
    num = {i: (owners[i - 1] + 1 if owners else i) for i, _ in cares}
    if owners is not None and verdict is not None:
        kids = f.known_children()
        out = [i for i, _ in cares if verdict.children[owners[i - 1]].outcome not in WHO_GETS_SMI]
        not_covered = [_t("fee_not_covered", lang, who=_t("kid", lang, n=num[i], desc=_age_desc(
            kids[owners[i - 1]], lang))) for i in out]
        cares = [(i, c) for i, c in cares if i not in out]
        if not cares:
            return " ".join(not_covered)
    else:
        not_covered = []
    ranks = rank_children(cares)
    # another child with more hours, price not given: that child counts as the first (KOT rule)
    bigger = max(f.unpriced, key=lambda u: u[1], default=None)
    if bigger is not None and all(bigger[1] > c.hours_per_month for _, c in cares):
        ranks = {i: 2 for i, _ in cares}
    else:
        bigger = None
    income, lowest = f.income, None
    if income is None and f.bijstand and table == "kot":
        # only a bijstandsuitkering, no amount: the lowest row, and up to which income it goes
        lowest = _lowest_kot_row(year)
        income = lowest[0] if lowest else None
    try:
        results = [(i, c, engine_fee(table, year, income, c.type, c.hourly_price,
                                     c.hours_per_month, ranks[i])) for i, c in cares]
    except Exception:  # a year or amount the tables do not cover: no estimate
        return ""
    if shown is not None:
        shown.update(table=table, year=str(year), total=str(sum(
            (r.eigen_bijdrage for _, _, r in results), Decimal("0.00"))))
    children: list[list[str]] = []  # each child's own lines
    for i, c, res in sorted(results, key=lambda r: num[r[0]]):  # in the children's order
        mine: list[str] = []
        src = f.cares[i - 1]
        care = _t(f"care_{c.type.value}", lang) if src.type else _t("care_assumed", lang)
        key = "fee" if len(results) == 1 and len(f.cares) == 1 else "fee_child"
        amount = show_money(res.eigen_bijdrage, lang, cents=True)
        mine.append(_t(key, lang, n=num[i], amount=amount,
                       table=_t(f"table_{table}", lang), year=year,
                       hours=_plain_number(c.hours_per_month, lang),
                       price=show_money(c.hourly_price, lang, cents=True), care=care))
        if res.pct is not None and f.income is not None:
            # the row of the table the income falls in, so a parent or social worker can check it
            mine.append(_t("fee_pct", lang, pct=_plain_number(res.pct, lang),
                           which=_t("fee_first" if res.rank == 1 else "fee_next", lang)))
        # the engine's own notes where the table counts fewer hours or a lower price than
        # the parent pays: "does everything count?" is answered with the same words as the wizard
        mine.extend(pick(note.texts, lang) for note in fee_caps(num[i], res))
        children.append(mine)
    # several children: a paragraph each, then the rest (one long paragraph is hard on a phone)
    per_child = [" ".join(mine) for mine in children] if len(children) > 1 else []
    if not per_child:
        lines += [line for mine in children for line in mine]
    lines += not_covered
    for kind, days in f.days_only:  # another child's days, without the hours a day
        lines.append(_t("fee_days_only", lang, care=_t(f"care_{kind.value}", lang),
                        days=_plain_number(days, lang)))
    if bigger is not None:
        lines.append(_t("fee_other_first", lang, hours=_plain_number(bigger[1], lang),
                        care=_t(f"care_{bigger[0].value}", lang)))
    if len(results) > 1 and bigger is None and not f.days_only:
        # which child the KOT rule takes as the first (engine: rank_children)
        first = next(i for i, r in ranks.items() if r == 1)
        lines.append(_t("fee_first_child", lang, n=num[first]))
    if len(results) > 1:
        total = sum((r.eigen_bijdrage for _, _, r in results), Decimal("0.00"))
        lines.append(_t("fee_total", lang, amount=show_money(total, lang, cents=True)))
    lines.append(_t("fee_estimate_kot" if kot else "fee_estimate", lang))
    if f.income is not None and f.income_summed:
        lines.append(_t("fee_two_incomes", lang, amount=show_money(f.income, lang, cents=True)))
    elif f.income is not None and f.income_per_month:
        lines.append(_t("fee_monthly_income", lang, amount=show_money(f.income, lang, cents=True)))
    if lowest is not None:
        lines.append(_t("fee_bijstand", lang, pct=_plain_number(lowest[2], lang),
                        upto=show_money(lowest[1], lang)))
    elif f.income is None:
        lines.append(_t("fee_no_income", lang))
    return "\n\n".join([*per_child, " ".join(lines)])


def _lowest_kot_row(year: int) -> tuple[Decimal, Decimal, Decimal] | None:
    """(income of the lowest row, the highest income with the same percentage for a first child,
    that percentage), from the KOT table of that year."""
    from wizard.tables import kot_table

    rows = kot_table(year).rows  # (the row bounds are whole euros)
    first = rows[0]
    # the rows from the bottom with the same percentage as the lowest one
    same = list(takewhile(lambda r: r.pct_first_child == first.pct_first_child, rows))
    upto = same[-1].income_to
    return (first.income_from, upto, first.pct_first_child) if upto is not None else None


def _plain_number(x: Decimal, lang: str) -> str:
    text = f"{x.normalize():f}"
    return text.replace(".", ",") if lang != "en" else text


def fee_missing(f: Facts, lang: str) -> str:
    """What is still needed for an estimate, when the message gave part of it (nothing can
    be needed when the year's tables are not published yet: that is said instead)."""
    if later := dated.fee_not_published("kot", dated.today()):
        return pick(later, lang)
    need = []
    if f.income is None:
        need.append(_t("need_income", lang))
    if f.hours_per_month is None:
        need.append(_t("need_hours", lang))
    if f.price is None:
        need.append(_t("need_price", lang))
    if not need:
        return ""
    joined = need[0] if len(need) == 1 else \
        ", ".join(need[:-1]) + f" {_t('and', lang)} " + need[-1]
    return _t("fee_need", lang, missing=joined)


def money_only(f: Facts, lang: str) -> Reading | None:
    """A fee question with hours and price but nothing about the parents."""
    if not f.cares:
        return None
    profile = profile_of(f)
    text = money_line(f, profile, lang, None)
    if not text:
        return None
    lines = [text, *local(f, profile, lang, None)]
    sources = [{"title": _point("B11", lang), "ref": "B11"}, *local_sources(profile)]
    return Reading(text="\n\n".join(lines), sources=sources, route="fee",
                   outcome={"outcome": "fee_estimate", "route": "fee", "gemeente": profile.id})


def max_price_line(f: Facts, lang: str, today: date | None = None) -> str:
    """The maximum hourly price of the KOT table (content/tables/max_uurprijs.csv, via the
    engine's table reader) for the care type named, or for all three: the figure a parent asking
    "betaalt de gemeente dat helemaal?" needs. Empty when the year is not in the table."""
    from wizard.amounts import show_money
    from wizard.tables import max_uurprijs

    on = today or dated.today()
    if later := dated.fee_not_published("kot", on):
        return pick(later, lang)
    year = on.year
    try:
        prices = max_uurprijs(year)
    except Exception:  # noqa: BLE001 - a year the table does not cover: no figure, no guess
        return ""
    kinds = [f.care_type.value] if f.care_type else ["dagopvang", "bso", "gastouderopvang"]
    parts = [_t("max_price_one", lang, care=_t(f"care_{k}", lang),
                price=show_money(prices[k], lang, cents=True)) for k in kinds if k in prices]
    return _t("max_price", lang, year=year, prices="; ".join(parts)) if parts else ""
