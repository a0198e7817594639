"""Letters from the gemeente to the parent (professional mode and CLI): the brief ontbrekende
gegevens (a request, Awb 4:5 — not a besluit) and the beschikkingen toekenning, verlenging and
afwijzing (Awb 3:45-3:47: legal basis, facts and rule in plain words, bezwaar).

Inputs: the answers, the gemeente profile (rules, legal basis, contact) and a small Decision
file that the gemeente's staff fill in. The outcome comes from the Verdict; the letter only
words it, in the gemeente's voice: never a comparison with the basislijn (that is the
monitor's), never an internal rule id. What the profile does not know becomes a marked place
for the gemeente to fill in (gemeente_info.fill_in)."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from wizard.application import Application
from wizard.documents.common import check_children, check_lang, preview_css, profile_for
from wizard.documents.cover import add_cover
from wizard.documents.decision import Decision, require
from wizard.documents.env import fmt_date, fmt_number, render
from wizard.documents.fields import income_matters, needed_missing
from wizard.documents.gemeente_info import contact, fill_in, gemeente_name, legal_basis
from wizard.documents.pdf import html_to_pdf
from wizard.documents.rule_words import age_words, is_stated, own_age_words
from wizard.documents.texts import catalogue, text, texts
from wizard.errors import InputError
from wizard.i18n import NEW_LANGS
from wizard.models import Answers, School
from wizard.profiles import Profile, rule_or_basislijn
from wizard.rules import assess
from wizard.verdict import ChildVerdict

LetterKind = Literal["ontbrekend", "toekenning", "verlenging", "afwijzing"]
LETTER_KINDS: tuple[LetterKind, ...] = ("ontbrekend", "toekenning", "verlenging", "afwijzing")
_EXTENSION = {"possible": "grant.extension_possible", "ask": "grant.extension_ask",
              "exceptional": "grant.extension_exceptional",
              "yearly_reassessment": "grant.extension_yearly",
              "not_possible": "grant.extension_not"}
# Sentences of the check's own texts that speak about the basislijn or cite a point: a
# gemeente's letter does not argue with its own rules.
_BASISLIJN_SENTENCE = re.compile(r"[^.]*\b(basislijn|baseline|B\d{1,2})\b[^.]*\.\s*", re.I)


def _without_name(lines: list[str], sender: str) -> list[str]:
    """The postal lines under the letterhead, without a first line that repeats it
    ("Gemeente Rotterdam" above "Gemeente Rotterdam, Team ...")."""
    repeats = lines and lines[0].strip().casefold() == sender.strip().casefold()
    return lines[1:] if repeats else lines


def _child_label(app: Application, n: int, lang: str) -> str:
    label = text("common.child_n", lang, n=n)
    name = app.child(n - 1).name
    return f"{label} ({name})" if name else label


def _grants(answers: Answers, app: Application, decision: Decision, lang: str) -> list[str]:
    out = []
    for g in decision.grants:
        if g.child > len(answers.children):
            raise InputError(texts("error.grant_child", n=g.child, m=len(answers.children)))
        parts = []
        if g.hours_per_month is not None:
            parts.append(text("common.hours_per_month", lang,
                              hours=fmt_number(g.hours_per_month, lang)))
        if g.days_per_week is not None:
            parts.append(text("common.days_per_week", lang,
                              days=fmt_number(g.days_per_week, lang)))
        provider = app.child(g.child - 1).provider.name
        if provider:
            parts.append(text("grant.at_provider", lang, provider=provider))
        out.append(text("grant.child_line", lang, child=_child_label(app, g.child, lang),
                        amount=", ".join(parts)))
    return out


def _reasons_plain(answers: Answers, lang: str) -> str:
    return ", ".join(text(f"reason.{r.value}", lang).lower() for r in answers.situation.reasons)


def _grant_facts(answers: Answers, profile: Profile, lang: str) -> list[str]:
    """What the gemeente took as the facts of this family, from the application."""
    app = answers.application or Application()
    facts = []
    if answers.situation.reasons:
        facts.append(text("why.fact_reason", lang, reasons=_reasons_plain(answers, lang)))
    facts.append(text("why.fact_no_kot", lang))
    if app.professional.organisation or app.professional.name:
        facts.append(text("why.fact_professional", lang,
                          who=app.professional.organisation or app.professional.name))
    elif answers.situation.professional_can_confirm:
        facts.append(text("why.fact_professional_someone", lang))
    age = own_age_words(profile, lang)
    facts.append(text("why.fact_age", lang, age=age) if age else text("why.fact_age_own", lang))
    return facts


def _age_years(answers: Answers, n: int) -> int | None:
    lo, hi = answers.children[n - 1].age_months_on(answers.reference_date)
    return lo // 12 if lo // 12 == hi // 12 else None


def _refusal_ground(c: ChildVerdict, answers: Answers, profile: Profile, app: Application,
                    lang: str) -> dict:
    """The facts and the rule for one refused child, in plain words. The outcome and the
    deciding reason come from the Verdict; only the wording is the letter's."""
    child = _child_label(app, c.child, lang)
    route = c.referrals[0].route if c.referrals else None
    decisive = c.reasons[-1] if c.reasons else None
    rule_id = decisive.rule if decisive else ""
    age_rule = rule_or_basislijn(profile, "age")
    kid = answers.children[c.child - 1]
    if route == "kot":
        parents = answers.household.parents
        if any(p.wlz_indication for p in parents):
            fact = text("refuse.kot_fact_wlz", lang)
        elif any(p.detention for p in parents):
            fact = text("refuse.kot_fact_detention", lang)
        else:
            fact = text("refuse.kot_fact", lang)
        return {"rule": rule_id, "fact": fact, "rule_text": text("refuse.kot_rule", lang)}
    if route in ("wlz", "jeugdwet"):
        return {"rule": rule_id, "fact": text(f"refuse.{route}_fact", lang, child=child),
                "rule_text": text(f"refuse.{route}_rule", lang)}
    if not answers.situation.reasons and rule_id == "B3":
        return {"rule": rule_id, "fact": text("refuse.no_reason_fact", lang),
                "rule_text": text("refuse.no_reason_rule", lang)}
    if rule_id in (age_rule.id, "B4"):
        if kid.school == School.secondary:
            fact = text("refuse.age_fact_secondary", lang, child=child)
        elif (years := _age_years(answers, c.child)) is not None:
            fact = text("refuse.age_fact", lang, child=child, years=years)
        else:
            fact = text("refuse.age_fact_unknown", lang, child=child)
        return {"rule": rule_id, "fact": fact,
                "rule_text": text("refuse.age_rule", lang, gemeente=profile.name,
                                  age=age_words(profile, lang))}
    plain = _BASISLIJN_SENTENCE.sub("", decisive.text(lang)).strip() if decisive else ""
    return {"rule": rule_id, "fact": plain or text("refuse.other_fact", lang),
            "rule_text": ""}


def _refusal(answers: Answers, profile: Profile, decision: Decision, lang: str):
    verdict = assess(answers, profile)
    app = answers.application or Application()
    refused = [c for c in verdict.children if c.outcome in ("other_route", "not_eligible")]
    grounds: list[dict] = []
    for c in refused:  # a household ground (KOT, no reason) is said once, not per child
        ground = _refusal_ground(c, answers, profile, app, lang)
        if all(g["fact"] != ground["fact"] for g in grounds):
            grounds.append(ground)
    for r in decision.extra_reasons:  # the staff member's own words
        grounds.append({"rule": r.rule, "fact": r.text, "rule_text": ""})
    if not grounds:
        raise InputError(texts("error.no_refusal_reason"))
    seen, referrals = set(), []
    for r in verdict.referrals + [ref for c in refused for ref in c.referrals]:
        if r.route in seen:
            continue
        seen.add(r.route)
        # the gemeente writes the letter: its own words where the route's general advice
        # speaks of "the gemeente" and of other gemeenten (texts.toml [refer.*])
        own = catalogue().get(f"refer.{r.route}")
        referrals.append({"route": r.route, "title": r.title.get(lang, r.title["nl"]),
                          "text": (own.get(lang, own["nl"]) if own else
                                   _BASISLIJN_SENTENCE.sub("", r.texts.get(lang, r.texts["nl"]))),
                          "url": r.url})
    return grounds, referrals


def _legal_line(kind: str, profile: Profile, decision: Decision, lang: str) -> str:
    """'Wij nemen dit besluit op grond van artikel 4 van de Verordening ...' — from the
    decision file, else the profile, else the marked place for the gemeente to fill in."""
    lb = legal_basis(profile, lang)
    # Which of the profile's articles may carry the decision: the one on granting, on the
    # target group or the conditions — never the definitions article.
    keys = {"toekenning": ("toekenning", "aanspraak", "doelgroep", "voorwaarden"),
            "verlenging": ("verlenging", "duur", "toekenning", "aanspraak", "doelgroep",
                           "voorwaarden"),
            "afwijzing": ("afwijzing", "weigering", "weigeringsgronden", "toekenning",
                          "aanspraak", "doelgroep", "voorwaarden")}[kind]
    article = decision.article or lb.article(*keys) or fill_in("article", lang)
    regulation = decision.regulation or lb.title or fill_in("regulation", lang)
    return text("letter.legal_basis", lang, article=article, regulation=regulation)


def _sender(profile: Profile, lang: str) -> str:
    if profile.is_basislijn:
        return fill_in("gemeente", lang)
    if profile.kind == "gemeente":
        return text("common.gemeente_of", lang, gemeente=profile.name)
    return profile.name  # a cooperation (ISD, RSD) that decides for its gemeenten


def letter_context(kind: LetterKind, answers: Answers, profile: Profile,
                   decision: Decision | None, lang: str) -> dict:
    app = answers.application or Application()
    c = app.contact
    recipient = [x for x in (app.applicant.name, c.street,
                             " ".join(x for x in (c.postcode, c.city) if x)) if x]
    info = contact(profile)
    given = decision or Decision(number="-", date=date.today())  # staff's own values first
    gemeente = given.gemeente_name or gemeente_name(profile) or fill_in("gemeente_name", lang)
    sender = (text("common.gemeente_of", lang, gemeente=given.gemeente_name)
              if given.gemeente_name else _sender(profile, lang))
    own_postal = given.postal_address or (info.postal if info.is_gemeente_address else None)
    subject = text(f"{kind}.subject", lang)
    ctx: dict = {
        "kind": kind, "profile": profile, "decision": decision, "subject": subject,
        "title": f"{subject} – {sender}", "author": sender,
        "sender": sender, "gemeente": gemeente,
        "name": app.applicant.name, "recipient": recipient,
        "letter_date": decision.date if decision else date.today(),
        "number": decision.number if decision else None,
        "application_date": decision.application_date if decision else None,
        "official": (decision.official if decision and decision.official
                     else fill_in("official", lang)),
        "sender_postal": _without_name(given.postal_address or info.postal or [], sender),
        "postal": own_postal or [fill_in("postal", lang)],
        "phone": given.phone or info.phone or fill_in("phone", lang),
        "email": info.email, "website": info.url,
        "is_besluit": kind != "ontbrekend",
    }
    if kind == "ontbrekend":
        ctx["missing"] = [{"id": m.id, "text": text(f"missing.{m.key}", lang, n=m.child)}
                          for m in needed_missing(answers, profile)]
        if not ctx["missing"]:  # a request for nothing under "wij missen nog gegevens"
            raise InputError(texts("error.nothing_missing"))
        # where the parent sends them: where the gemeente takes applications (also an
        # organisation's address), else a marked place for the staff
        ctx["send_postal"] = (given.postal_address or info.postal
                              or [fill_in("postal", lang)])
        ctx["due"] = decision.due if decision else Decision(number="-", date=date.today()).due
        return ctx
    needs = ["number"]
    if kind in ("toekenning", "verlenging"):
        needs += ["period_start", "period_end", "grants"]
        if kind == "verlenging":
            needs.append("previous_number")
        decision = require(decision, kind, *needs)
        ext = rule_or_basislijn(profile, "extension")
        ext_kind = ext.extension if is_stated(profile, "extension") else "ask"
        ctx |= {
            "grants": _grants(answers, app, decision, lang),
            "facts": _grant_facts(answers, profile, lang),
            "extension": text(_EXTENSION[ext_kind], lang, gemeente=gemeente,
                              date=fmt_date(decision.extension_by, lang)),
            "pays": (text(f"grant.pays_{decision.gemeente_pays}", lang)
                     if decision.gemeente_pays else
                     text("grant.pays_unknown", lang, fill=fill_in("pays", lang))),
            "contribution_to": (text(f"grant.contribution_to_{decision.eigen_bijdrage_to}", lang)
                                if decision.eigen_bijdrage_to else
                                text("grant.contribution_to_unknown", lang,
                                     fill=fill_in("contribution_to", lang))),
            "report_income": income_matters(profile),
        }
    elif kind == "afwijzing":
        decision = require(decision, kind, *needs)
        ctx["grounds"], ctx["referrals"] = _refusal(answers, profile, decision, lang)
    else:
        raise InputError(texts("error.letter_kind", kind=kind, kinds=", ".join(LETTER_KINDS)))
    ctx["decision"] = decision
    # the application date belongs in every beschikking; unknown = a place to fill in
    ctx["applied_on"] = (fmt_date(decision.application_date, lang) if decision.application_date
                         else fill_in("application_date", lang))
    ctx["legal_line"] = _legal_line(kind, profile, decision, lang)
    return ctx


def build_letter_html(kind: LetterKind, answers: Answers, decision: Decision | None = None,
                      profile: Profile | str | None = None, lang: str = "nl",
                      preview: bool = True) -> str:
    check_lang(lang)
    if lang in NEW_LANGS:  # letters stay Dutch; one cover line in the parent's language
        return add_cover(build_letter_html(kind, answers, decision, profile, "nl", preview),
                         lang, "cover.letter")
    check_children(answers)
    if kind not in LETTER_KINDS:
        raise InputError(texts("error.letter_kind", kind=kind, kinds=", ".join(LETTER_KINDS)))
    profile = profile_for(answers, profile)
    return render("letter.html.j2", lang, preview=preview, css=preview_css(),
                  **letter_context(kind, answers, profile, decision, lang))


def build_letter_pdf(kind: LetterKind, answers: Answers, decision: Decision | None = None,
                     profile: Profile | str | None = None, lang: str = "nl") -> bytes:
    return html_to_pdf(build_letter_html(kind, answers, decision, profile, lang, preview=False))
