"""The aanvraagformulier: the answers printed beside their labels, the blanks as fillable
PDF fields (B13: only what the gemeente needs to decide)."""

from __future__ import annotations

from datetime import date

from wizard.amounts import show_money
from wizard.application import Application
from wizard.documents.common import (
    check_children,
    check_lang,
    gemeente_block,
    preview_css,
    profile_for,
)
from wizard.documents.cover import add_cover
from wizard.documents.env import render
from wizard.documents.fields import income_matters
from wizard.documents.pdf import html_to_pdf
from wizard.documents.rule_words import own_age_words
from wizard.documents.texts import text
from wizard.i18n import NEW_LANGS
from wizard.models import Answers, CareType
from wizard.profiles import Profile, rule_or_basislijn


def asks_bsn(profile: Profile) -> bool:
    """Only where the profile says the gemeente requires a BSN on the application (B13)."""
    return bool(getattr(profile.apply, "requires_bsn", False)
                or getattr(getattr(profile, "contact", None), "requires_bsn", False))


def form_context(answers: Answers, profile: Profile, lang: str) -> dict:
    app = answers.application or Application()
    children = []
    for i, child in enumerate(answers.children):
        d, care = app.child(i), child.care
        children.append({
            "n": i + 1, "name": d.name, "bsn": d.bsn, "birth_date": child.birth_date,
            "care_type": care.type.value if care else None,
            "hours": care.hours_per_month if care else None,
            "price": care.hourly_price if care else None,
            "provider": d.provider.name, "lrk": d.provider.lrk_number,
            "start_date": d.provider.start_date,
        })
    fee = rule_or_basislijn(profile, "fee")
    g = gemeente_block(profile, lang)
    own_professional = None if profile.is_basislijn else profile.rules.professional
    return {
        "title": f"{text('form.title', lang)} – {g['name'] or text('common.your_gemeente', lang)}",
        "author": g["name"] or "SMI-wegwijzer", "profile": profile, "g": g, "app": app,
        "children": children, "asks_bsn": asks_bsn(profile),
        "has_partner": len(answers.household.parents) > 1 or app.partner is not None,
        "reasons": [text(f"reason.{r.value}", lang) for r in answers.situation.reasons],
        "income_matters": income_matters(profile),
        "income_test": bool(fee.income_test_for_access or fee.asset_test),
        "income": (show_money(answers.income.toetsingsinkomen, lang, cents=False)
                   if answers.income.toetsingsinkomen is not None else None),
        "age": own_age_words(profile, lang),
        "care_options": [(c.value, text(f"common.care_type.{c.value}", lang)) for c in CareType],
        "professional_who": (own_professional.who.get(lang)
                             if own_professional and not own_professional.derived else None),
        "today": date.today(),
    }


def build_form_html(answers: Answers, profile: Profile | str | None = None, lang: str = "nl",
                    preview: bool = True) -> str:
    """The form as HTML; `preview=True` inlines the stylesheet for a browser."""
    check_lang(lang)
    if lang in NEW_LANGS:  # the form stays Dutch for the gemeente; a cover line points to
        # the companion sheet in the parent's language (wizard/documents/companion.py)
        return add_cover(build_form_html(answers, profile, "nl", preview), lang, "cover.form")
    check_children(answers)
    profile = profile_for(answers, profile)
    return render("form.html.j2", lang, preview=preview, css=preview_css(),
                  **form_context(answers, profile, lang))


def build_form_pdf(answers: Answers, profile: Profile | str | None = None,
                   lang: str = "nl") -> bytes:
    """The form as a tagged PDF (PDF/UA-1) with fillable fields for what is still empty."""
    # every answer is in a [data-field] element of the form (_macros.html.j2), so the
    # line breaks of the form's other words may be kept between builds
    return html_to_pdf(build_form_html(answers, profile, lang, preview=False),
                       static_lines=True)
