"""Answers built from a gemeente profile: the gemeente's own rule for a topic (days, months,
age, ...) with its source, and how it compares with the basislijn."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from wizard.basislijn import basislijn, routes
from wizard.chat import gated_re as gre
from wizard.chat.faq import load_responses
from wizard.points import b6_offer
from wizard.profiles import Profile, all_profiles, below_basislijn, get_profile


@lru_cache(maxsize=1)
def _name_patterns() -> list[tuple[re.Pattern[str], str]]:
    pats: list[tuple[re.Pattern[str], str]] = []
    for p in all_profiles().values():
        if p.is_basislijn:
            continue
        for name in {p.name, *p.covers}:
            n = name.lower().split(" (")[0]
            pats.append((gre.compile(rf"(?<![\w-]){re.escape(n)}(?![\w-])"), p.id))
    pats.sort(key=lambda x: -len(x[0].pattern))
    return pats


def mentioned(text: str) -> tuple[str, str] | None:
    """(profile id, the words that named it) when the text names a gemeente we have a profile of."""
    low = text.lower()
    for rx, pid in _name_patterns():
        m = rx.search(low)
        if m:
            return pid, m.group(0)
    return None


def profile_or_none(gemeente: str | None) -> Profile | None:
    if not gemeente:
        return None
    try:
        return get_profile(gemeente)
    except Exception:  # an unknown id from the UI or CLI: answer as for "no gemeente"
        return None


def _t(key: str, lang: str, **fields: object) -> str:
    return load_responses().gemeente[key][lang].format(**fields)


def _src(profile: Profile, rule) -> dict[str, str]:
    s = profile.source_of(rule)
    return {"title": f"{s.title} ({rule.id})", "ref": s.ref}


def _flags(profile: Profile, rule_id: str, lang: str) -> list[str]:
    return [f.texts[lang] for f in below_basislijn(profile) if f.rule == rule_id]


def _basis(point: str, lang: str) -> str:
    return basislijn().points[point].text.get(lang)


def _meets_b6(profile: Profile, rule, lang: str) -> list[str]:
    """The line that a gemeente's days or months rule meets the B6 minimum (from content/), or
    nothing (another rule, or a rule below the minimum)."""
    if rule is not None and rule is profile.rules.days and b6_offer.meets_days(rule.days_per_week):
        return [_t("meets_days", lang)]
    if rule is not None and rule is profile.rules.months and b6_offer.meets_months(rule.months):
        return [_t("meets_months", lang)]
    return []


def topic_answer(profile: Profile, topic: str, lang: str) -> tuple[str, list[dict[str, str]]]:
    """The gemeente paragraph for a topic and its sources; ("", []) when the topic has no
    rule type."""
    r, name = profile.rules, profile.name
    intro = _t("intro", lang, name=name)
    parts: list[str] = []
    after: list[str] = []  # what to do instead, said after the comparison with the basislijn
    rules = []
    compare_point = None
    if topic == "days":
        compare_point = "B6"
        if r.days:
            rules.append(r.days)
            parts.append(r.days.text.get(lang))
            parts += _meets_b6(profile, r.days, lang)
    elif topic == "months":
        compare_point = "B6"
        if r.months:
            rules.append(r.months)
            parts.append(_t("months", lang, months=r.months.months))
            parts += _meets_b6(profile, r.months, lang)
        if r.extension:
            rules.append(r.extension)
            parts.append(_ext(r.extension, lang))
    elif topic == "extension":
        compare_point = "B7"
        if r.extension:
            rules.append(r.extension)
            parts.append(_ext(r.extension, lang))
        if r.months:
            rules.append(r.months)
            parts.append(_t("months", lang, months=r.months.months))
    elif topic == "age":
        compare_point = "B4"
        if r.age:
            rules.append(r.age)
            if r.age.until_end_of_primary:
                parts.append(_t("age_primary", lang))
            elif r.age.below_age_months is not None:
                years = (Decimal(r.age.below_age_months) / 12).normalize()
                shown = str(years).replace(".", "," if lang == "nl" else ".")
                parts.append(_t("age_below", lang, years=shown))
                if r.age.redirect:  # Den Haag: from 2,5 the peuteropvang, which comes first
                    after.append(routes()[r.age.redirect].next_step.get(lang))
            elif r.age.max_age_years is not None:
                parts.append(_t("age_max", lang, age=r.age.max_age_years))
    elif topic == "fee":
        compare_point = "B11"
        if r.fee:
            rules.append(r.fee)
            parts.append(r.fee.text.get(lang))
    elif topic == "professional":
        compare_point = "B13"
        if r.professional:
            rules.append(r.professional)
            parts.append(r.professional.who.get(lang))
    elif topic == "care":
        compare_point = "B3"
        if r.care:
            rules.append(r.care)
            if r.care.note:
                parts.append(r.care.note.get(lang))
    elif topic == "conditions":
        compare_point = "B3"
        for c in profile.conditions:
            if c.id.startswith("AWB"):
                continue
            rules.append(c)
            parts.append(c.text.get(lang))
    elif topic in ("apply", "decision"):
        return _apply(profile, topic, lang)
    else:
        return "", []
    sources = [_src(profile, rule) for rule in rules]
    if not parts:
        text = _t("no_rule", lang, name=name, basislijn=_basis(compare_point, lang))
        return f"{intro} {text}", [{"title": _point_title(compare_point, lang),
                                    "ref": compare_point}]
    for rule in rules:
        for flag in _flags(profile, rule.id, lang):
            parts.append(_t("below", lang, flag=flag))
    # (a rule's own words come back in the basislijn flag: each sentence is said once)
    said = gre.split(r"(?<=[.!?])\s+", " ".join(dict.fromkeys(parts + after)))
    return f"{intro} " + " ".join(dict.fromkeys(said)), sources


def _ext(rule, lang: str) -> str:
    key = {"possible": "ext_possible", "exceptional": "ext_exceptional",
           "yearly_reassessment": "ext_yearly", "not_possible": "ext_not"}[rule.extension]
    text = _t(key, lang)
    if rule.note:
        text += " " + rule.note.get(lang)
    return text


def _point_title(point: str, lang: str) -> str:
    label = "Basislijn SMI" if lang == "nl" else "SMI basislijn"
    return f"{label} {point}: {basislijn().points[point].title.get(lang)}"


def _apply(profile: Profile, topic: str, lang: str) -> tuple[str, list[dict[str, str]]]:
    a, name = profile.apply, profile.name
    intro = _t("intro", lang, name=name)
    sources: list[dict[str, str]] = []
    web = next(iter(profile.sources.values()))
    contact = profile.contact  # interface 3: None or any field None = unknown
    page = {"title": web.title, "ref": (contact.url if contact and contact.url else None)
            or a.url or web.ref}
    weeks = contact.decision_term_weeks if contact else None
    if topic == "decision":
        if weeks:
            text = _t("decision_weeks", lang, weeks=weeks)
        else:
            text = _t("decision_unknown", lang, name=name)
            sources.append({"title": "Algemene wet bestuursrecht, art. 4:13",
                            "ref": "https://wetten.overheid.nl/BWBR0005537"})
        return f"{intro} {text}", [page, *sources]
    text = a.how.get(lang)
    if contact and contact.phone:
        text += " " + _t("phone", lang, phone=contact.phone)
    return f"{intro} {text}", [page]


_COMMON_TOKENS = frozenset({"smi", "gemeent", "kind", "opvang", "aanvrag", "aanvraag", "u", "uw"})


def own_rule_matching(profile: Profile, question: str, lang: str
                      ) -> tuple[str, list[dict[str, str]]]:
    """The gemeente's own rule or condition whose words the question uses ("plan van aanpak"
    in Haarlemmermeer), with its source; ("", []) when none shares two topic words."""
    from wizard.chat import text as T

    if profile.is_basislijn:
        return "", []
    asked = set(T.tokens(question, "nl")) - _COMMON_TOKENS
    texts: list[tuple[str, str, object]] = [(profile.apply.how.nl, profile.apply.how.get(lang),
                                             None)]
    for c in profile.conditions:
        texts.append((c.text.nl, c.text.get(lang), c))
    for name in ("days", "fee", "care", "professional", "extension", "months", "age"):
        rule = getattr(profile.rules, name)
        if rule is None:
            continue
        for attr in ("text", "who", "note"):
            t = getattr(rule, attr, None)
            if t is not None:
                texts.append((t.nl, t.get(lang), rule))
    best, best_n = None, 1
    for nl, shown, rule in texts:
        shared = asked & (set(T.tokens(nl, "nl")) - _COMMON_TOKENS)
        if len(shared) > best_n:
            best, best_n = (shown, rule), len(shared)
    if best is None:
        return "", []
    shown, rule = best
    # a days or months rule is always set beside the B6 minimum, as in topic_answer
    shown = " ".join([shown, *_meets_b6(profile, rule, lang)])
    web = next(iter(profile.sources.values()))
    src = _src(profile, rule) if rule is not None else {"title": web.title,
                                                          "ref": profile.apply.url or web.ref}
    return f"{_t('intro', lang, name=profile.name)} {shown}", [src]
