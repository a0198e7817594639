"""The aanvraagformulier: the answers printed, the blanks as fillable PDF fields (B13)."""

from __future__ import annotations

from datetime import date

from wizard.application import Application
from wizard.documents.common import check_children, check_lang, preview_css, profile_for
from wizard.documents.cover import add_cover
from wizard.documents.env import render
from wizard.documents.fields import income_matters
from wizard.documents.pdf import html_to_pdf
from wizard.documents.texts import text
from wizard.i18n import NEW_LANGS
from wizard.models import Answers
from wizard.profiles import Profile


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
    matters = income_matters(profile)
    income = answers.income.toetsingsinkomen
    title = f"{text('form.title', lang)} – {profile.name}"
    return {
        "title": title, "author": profile.name, "profile": profile, "app": app,
        "children": children,
        "has_partner": len(answers.household.parents) > 1 or app.partner is not None,
        "reasons": [text(f"reason.{r.value}", lang) for r in answers.situation.reasons],
        "income_matters": matters, "income": income,
        "income_proof_needed": matters and not app.accept_highest_contribution,
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
    return html_to_pdf(build_form_html(answers, profile, lang, preview=False))
