"""The verlengingsaanvraag (extension request) and the wijzigingsformulier (change report):
what changed, what stayed the same (listed, not asked again: B13) and the eigen bijdrage per
child before and after. Same PDF standards as the aanvraagformulier (wizard.documents.pdf)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from wizard.application import Application
from wizard.changes import changed_fields, fee_changes, unchanged_fields
from wizard.documents.common import (
    check_children,
    check_lang,
    gemeente_block,
    preview_css,
    profile_for,
)
from wizard.documents.env import fmt_date, fmt_number, render
from wizard.documents.pdf import html_to_pdf
from wizard.documents.texts import text, texts
from wizard.errors import InputError
from wizard.models import Answers
from wizard.money import fmt_eur
from wizard.profiles import Profile

# Which dotted answer paths are shown, in this order, with their label key in texts.toml.
# Paths not listed (schema version, flags that are false, BSNs) are not printed.
_LABELS: tuple[tuple[str, str], ...] = (
    ("gemeente", "label.gemeente"),
    ("household.parents.0.activity", "label.activity_you"),
    ("household.parents.1.activity", "label.activity_partner"),
    ("application.applicant.name", "field.applicant_name"),
    ("application.contact.street", "field.street"),
    ("application.contact.postcode", "field.postcode"),
    ("application.contact.city", "field.city"),
    ("application.contact.phone", "field.phone"),
    ("application.contact.email", "field.email"),
    ("application.partner.name", "field.partner_name"),
    ("children.*.age", "label.age"),
    ("children.*.birth_date", "field.child_birth_date"),
    ("application.children.*.name", "field.child_name"),
    ("children.*.care.type", "field.care_type"),
    ("application.children.*.provider.name", "field.provider"),
    ("application.children.*.provider.lrk_number", "field.lrk"),
    ("application.children.*.provider.start_date", "field.start_date"),
    ("children.*.care.hours_per_month", "field.hours"),
    ("children.*.care.hourly_price", "field.price"),
    ("situation.reasons", "field.reason_category"),
    ("application.reason_text", "field.reason_text"),
    ("situation.long_term", "label.long_term"),
    ("situation.professional_can_confirm", "label.professional_can_confirm"),
    ("application.professional.name", "field.professional_name"),
    ("application.professional.organisation", "field.professional_organisation"),
    ("application.professional.phone", "field.professional_phone"),
    ("income.toetsingsinkomen", "field.income"),
)


@dataclass(frozen=True)
class Line:
    path: str
    label: str
    value: str


def _match(path: str, pattern: str) -> int | None | bool:
    """False when no match; otherwise the child number (1-based) or None."""
    p, q = path.split("."), pattern.split(".")
    if len(p) != len(q):
        return False
    child = None
    for a, b in zip(p, q, strict=True):
        if b == "*":
            if not a.isdigit():
                return False
            child = int(a) + 1
        elif a != b:
            return False
    return child


def _value(path: str, value: Any, lang: str, profile: Profile) -> str | None:
    if value is None or value == "" or value == []:
        return None
    last = path.rsplit(".", 1)[-1]
    if path == "gemeente":
        return profile.name
    if last == "activity":
        return text(f"activity.{value}", lang)
    if last == "type":
        return text(f"common.care_type.{value}", lang)
    if last == "reasons":
        return "; ".join(text(f"reason.{r}", lang) for r in value)
    if isinstance(value, bool):
        return text("common.yes" if value else "common.no", lang)
    if last in ("hourly_price", "toetsingsinkomen"):
        return fmt_eur(Decimal(str(value)), lang)
    if last == "hours_per_month":
        return fmt_number(Decimal(str(value)), lang)
    if last in ("birth_date", "start_date"):
        return fmt_date(date.fromisoformat(str(value)), lang)
    return str(value)


def _label(path: str, lang: str) -> str | None:
    for pattern, key in _LABELS:
        child = _match(path, pattern)
        if child is False:
            continue
        label = text(key, lang)
        return f"{text('common.child_n', lang, n=child)}: {label}" if child else label
    return None


def _order(path: str) -> tuple[int, int]:
    for i, (pattern, _key) in enumerate(_LABELS):
        child = _match(path, pattern)
        if child is not False:
            return (child or 0, i)
    return (99, 99)


def stayed_the_same(before: Answers, after: Answers, lang: str,
                    profile: Profile) -> list[Line]:
    """What did not change, in plain words (label and value), in form order."""
    data = _flat(after)
    out = []
    for path in sorted(unchanged_fields(before, after), key=_order):
        label, value = _label(path, lang), _value(path, data.get(path), lang, profile)
        if label and value:
            out.append(Line(path, label, value))
    return out


def what_changed(before: Answers, after: Answers, lang: str,
                 profile: Profile) -> list[tuple[str, str, str]]:
    """(label, before, after) of each changed item that a parent would recognise."""
    dash = "–"
    out = []
    for path, (a, b) in sorted(changed_fields(before, after).items(), key=lambda kv: _order(
            kv[0])):
        label = _label(path, lang)
        if label:
            out.append((label, _value(path, a, lang, profile) or dash,
                        _value(path, b, lang, profile) or dash))
    return out


def _flat(answers: Answers) -> dict[str, Any]:
    from wizard.changes import _flatten

    return _flatten(answers.model_dump(mode="json", exclude={"reference_date"}))


def fee_rows(before: Answers, after: Answers, lang: str) -> tuple[list[dict], dict | None]:
    """Per child and in total: the monthly eigen bijdrage before, after and the difference."""
    rows, vb, va = fee_changes(before, after)
    out = []
    for r in rows:
        out.append({"child": text("common.child_n", lang, n=r.child),
                    "before": fmt_eur(r.before, lang) if r.before is not None else "–",
                    "after": fmt_eur(r.after, lang) if r.after is not None else "–",
                    "difference": _signed(r.difference, lang)})
    total = None
    if vb.fee and va.fee:
        d = va.fee.total_eigen_bijdrage - vb.fee.total_eigen_bijdrage
        total = {"before": fmt_eur(vb.fee.total_eigen_bijdrage, lang),
                 "after": fmt_eur(va.fee.total_eigen_bijdrage, lang),
                 "difference": _signed(d, lang)}
    return out, total


def fee_note(after: Answers, lang: str) -> str | None:
    """The sentence that stands where the new amount would be, when the fee tables of the new
    reference year are not published yet (B11); None otherwise."""
    from wizard.rules import assess

    v = assess(after)
    return " ".join(r.text(lang) for r in v.fee_notes) if v.fee_not_published else None


def _signed(d: Decimal | None, lang: str) -> str:
    if d is None:
        return "–"
    return ("+ " if d > 0 else "− " if d < 0 else "") + fmt_eur(abs(d), lang)


def _gemeente(profile: Profile, lang: str) -> str:
    return text("common.your_gemeente", lang) if profile.is_basislijn else profile.name


def _common(before: Answers, after: Answers, profile: Profile, lang: str) -> dict[str, Any]:
    check_lang(lang)
    check_children(after)
    if len(before.children) != len(after.children):
        raise InputError(texts("error.children_differ"))
    fees, total = fee_rows(before, after, lang)
    g = gemeente_block(profile, lang)
    return {"profile": profile, "app": after.application or Application(), "g": g,
            "author": g["name"] or "SMI-wegwijzer",
            "changed": what_changed(before, after, lang, profile),
            "fees": fees, "fee_total": total, "fee_note": fee_note(after, lang),
            "today": date.today(),
            "has_partner": len(after.household.parents) > 1}


def extension_context(first: Answers, after: Answers, profile: Profile, lang: str, *,
                      duration: str | None = None, professional: bool | None = None,
                      from_file: bool = True) -> dict[str, Any]:
    ctx = _common(first, after, profile, lang)
    rule = profile.rules.extension
    ctx |= {
        "title": f"{text('ext.title', lang)} – {_gemeente(profile, lang)}",
        "duration": text(f"ext.duration.{duration}", lang) if duration else None,
        "professional": professional, "from_file": from_file,
        "same": stayed_the_same(first, after, lang, profile) if from_file else [],
        "hardheid": duration in ("longer", "chronic"),
        # our own reading of a gemeente's text is not put to the parent as its rule
        "extension_rule": rule.extension if rule and not rule.derived else None,
    }
    return ctx


def build_extension_html(first: Answers, after: Answers, profile: Profile | str | None = None,
                         lang: str = "nl", *, duration: str | None = None,
                         professional: bool | None = None, from_file: bool = True,
                         preview: bool = True) -> str:
    """The verlengingsaanvraag as HTML (`preview=True` inlines the stylesheet)."""
    profile = profile_for(after, profile)
    return render("verlenging.html.j2", lang, preview=preview, css=preview_css(),
                  **extension_context(first, after, profile, lang, duration=duration,
                                      professional=professional, from_file=from_file))


def build_extension_pdf(first: Answers, after: Answers, profile: Profile | str | None = None,
                        lang: str = "nl", **kwargs: Any) -> bytes:
    """The verlengingsaanvraag as a tagged PDF (PDF/UA-1), blanks as fillable fields."""
    return html_to_pdf(build_extension_html(first, after, profile, lang, preview=False,
                                            **kwargs))


def build_change_html(before: Answers, after: Answers, profile: Profile | str | None = None,
                      lang: str = "nl", preview: bool = True) -> str:
    """The change report (wijziging) as HTML."""
    profile = profile_for(after, profile)
    ctx = _common(before, after, profile, lang)
    ctx["title"] = f"{text('chg.title', lang)} – {_gemeente(profile, lang)}"
    return render("wijziging.html.j2", lang, preview=preview, css=preview_css(), **ctx)


def build_change_pdf(before: Answers, after: Answers, profile: Profile | str | None = None,
                     lang: str = "nl") -> bytes:
    """The change report as a tagged PDF (PDF/UA-1), blanks as fillable fields."""
    return html_to_pdf(build_change_html(before, after, profile, lang, preview=False))
