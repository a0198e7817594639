"""Letters from the gemeente to the parent (professional mode and CLI): brief ontbrekende
gegevens, beschikking toekenning, verlenging and afwijzing. Inputs: the answers and a small
Decision file; refusal reasons and referrals come from the Verdict with their rule ids."""

from __future__ import annotations

from datetime import date
from typing import Literal

from wizard.application import Application
from wizard.documents.common import check_children, check_lang, preview_css, profile_for
from wizard.documents.cover import add_cover
from wizard.documents.decision import Decision, require
from wizard.documents.env import fmt_number, render
from wizard.documents.fields import missing_fields
from wizard.documents.pdf import html_to_pdf
from wizard.documents.texts import text, texts
from wizard.errors import InputError
from wizard.i18n import NEW_LANGS
from wizard.models import Answers
from wizard.profiles import Profile, rule_or_basislijn
from wizard.rules import assess

LetterKind = Literal["ontbrekend", "toekenning", "verlenging", "afwijzing"]
LETTER_KINDS: tuple[LetterKind, ...] = ("ontbrekend", "toekenning", "verlenging", "afwijzing")
_EXTENSION = {"possible": "grant.extension_possible",
              "exceptional": "grant.extension_exceptional",
              "yearly_reassessment": "grant.extension_yearly",
              "not_possible": "grant.extension_not"}
_SUBJECT = {"ontbrekend": "ontbrekend.subject", "toekenning": "toekenning.subject",
            "verlenging": "verlenging.subject", "afwijzing": "afwijzing.subject"}


def _child_label(answers: Answers, app: Application, n: int, lang: str) -> str:
    label = text("common.child_n", lang, n=n)
    name = app.child(n - 1).name
    return f"{label} ({name})" if name else label


def _grants(answers: Answers, app: Application, decision: Decision, lang: str) -> list[dict]:
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
        out.append({"line": text("grant.child_line", lang,
                                 child=_child_label(answers, app, g.child, lang),
                                 amount=", ".join(parts))})
    return out


def _refusal(answers: Answers, profile: Profile, decision: Decision | None, lang: str):
    verdict = assess(answers, profile)
    app = answers.application or Application()
    grouped: dict[tuple, list[str]] = {}  # children with the same reasons are named together
    for c in verdict.children:
        if c.outcome in ("other_route", "not_eligible"):
            key = tuple((r.rule, r.text(lang)) for r in c.reasons)
            grouped.setdefault(key, []).append(_child_label(answers, app, c.child, lang))
    blocks = [{"label": ", ".join(labels),
               "reasons": [{"rule": rule, "text": txt} for rule, txt in key]}
              for key, labels in grouped.items()]
    extra = decision.extra_reasons if decision else []
    if extra:
        blocks.append({"label": "", "reasons": [{"rule": r.rule, "text": r.text}
                                                for r in extra]})
    if not blocks:
        raise InputError(texts("error.no_refusal_reason"))
    referrals = [{"route": r.route, "rule": r.rule, "title": r.title.get(lang, r.title["nl"]),
                  "text": r.texts.get(lang, r.texts["nl"]), "url": r.url}
                 for r in verdict.referrals]
    return blocks, referrals


def letter_context(kind: LetterKind, answers: Answers, profile: Profile,
                   decision: Decision | None, lang: str) -> dict:
    app = answers.application or Application()
    c = app.contact
    recipient = [x for x in (app.applicant.name, c.street,
                             " ".join(x for x in (c.postcode, c.city) if x)) if x]
    subject = text(_SUBJECT[kind], lang)
    ctx: dict = {
        "kind": kind, "profile": profile, "decision": decision, "subject": subject,
        "title": f"{subject} – {profile.name}", "author": profile.name,
        "name": app.applicant.name, "recipient": recipient,
        "letter_date": decision.date if decision else date.today(),
        "number": decision.number if decision else None,
        "application_date": decision.application_date if decision else None,
        "official": decision.official if decision else None,
    }
    if kind == "ontbrekend":
        ctx["missing"] = [{"id": m.id, "text": text(f"missing.{m.key}", lang, n=m.child)}
                          for m in missing_fields(answers, profile)]
        ctx["due"] = decision.due if decision else Decision(
            number="-", date=date.today()).due
    elif kind in ("toekenning", "verlenging"):
        fields = ["number", "period_start", "period_end", "grants"]
        if kind == "verlenging":
            fields.append("previous_number")
        decision = require(decision, kind, *fields)
        ext = rule_or_basislijn(profile, "extension")
        ctx |= {"grants": _grants(answers, app, decision, lang),
                "extension_key": _EXTENSION[ext.extension],
                "extension_rule": ext.id, "extension_by": decision.extension_by}
    elif kind == "afwijzing":
        decision = require(decision, kind, "number")
        ctx["refusal"], ctx["referrals"] = _refusal(answers, profile, decision, lang)
    else:
        raise InputError(texts("error.letter_kind", kind=kind, kinds=", ".join(LETTER_KINDS)))
    return ctx


def build_letter_html(kind: LetterKind, answers: Answers, decision: Decision | None = None,
                      profile: Profile | str | None = None, lang: str = "nl",
                      preview: bool = True) -> str:
    check_lang(lang)
    if lang in NEW_LANGS:  # letters stay Dutch; one cover line in the parent's language
        return add_cover(build_letter_html(kind, answers, decision, profile, "nl", preview),
                         lang, "cover.letter")
    check_children(answers)
    profile = profile_for(answers, profile)
    return render("letter.html.j2", lang, preview=preview, css=preview_css(),
                  **letter_context(kind, answers, profile, decision, lang))


def build_letter_pdf(kind: LetterKind, answers: Answers, decision: Decision | None = None,
                     profile: Profile | str | None = None, lang: str = "nl") -> bytes:
    return html_to_pdf(build_letter_html(kind, answers, decision, profile, lang, preview=False))
