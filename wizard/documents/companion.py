"""The companion sheet (issue 15): the aanvraagformulier stays Dutch for the gemeente; the
parent gets a sheet in tr/ar/pl/uk that explains each question of that form, in the form's
order, and why it is asked. The sheet is built from the Dutch form itself (its field names),
so it lists exactly the form's fields; a form field without an explanation is an error."""

from __future__ import annotations

import html
import re

from wizard.documents.common import check_lang, preview_css, profile_for
from wizard.documents.env import render
from wizard.documents.form import build_form_html
from wizard.documents.pdf import html_to_pdf
from wizard.documents.texts import text
from wizard.documents.texts_more import more_text
from wizard.errors import ContentError
from wizard.glossary import glossary
from wizard.i18n import NEW_LANGS
from wizard.models import Answers
from wizard.profiles import Profile

# form field name (childN_ prefix taken off) -> (section, label, why) text keys of
# texts.toml / content/documents/lang/<lang>.toml. `why` None: the label says it all.
FIELDS: dict[str, tuple[str, str, str | None]] = {
    "gemeente_name": ("form.title", "form.gemeente_field", "companion.why_gemeente"),
    "applicant_name": ("form.section_applicant", "field.applicant_name", "why.applicant_name"),
    "applicant_bsn": ("form.section_applicant", "field.applicant_bsn", "why.applicant_bsn"),
    "street": ("form.section_applicant", "field.street", "why.address"),
    "postcode": ("form.section_applicant", "field.postcode", "why.address"),
    "city": ("form.section_applicant", "field.city", "why.address"),
    "phone": ("form.section_applicant", "field.phone", "why.contact"),
    "email": ("form.section_applicant", "field.email", "why.contact"),
    "partner_name": ("form.section_partner", "field.partner_name", "why.partner_name"),
    "partner_bsn": ("form.section_partner", "field.partner_bsn", "why.partner_bsn"),
    "child_name": ("form.section_children", "field.child_name", "why.child_name"),
    "child_birth_date": ("form.section_children", "field.child_birth_date",
                         "why.child_birth_date"),
    "child_bsn": ("form.section_children", "field.child_bsn", "why.child_bsn"),
    "child_care_type": ("form.section_children", "field.care_type", "why.care_type"),
    "child_provider": ("form.section_children", "field.provider", "why.provider"),
    "child_lrk": ("form.section_children", "field.lrk", "why.lrk"),
    "child_hours": ("form.section_children", "field.hours", "why.hours"),
    "child_price": ("form.section_children", "field.price", "why.price"),
    "child_start_date": ("form.section_children", "field.start_date", "why.start_date"),
    "reason_category": ("form.section_reason", "field.reason_category", "why.reason_category"),
    "reason_text": ("form.section_reason", "field.reason_text", "why.reason_text"),
    "professional_name": ("form.section_professional", "field.professional_name",
                          "why.professional"),
    "professional_organisation": ("form.section_professional",
                                  "field.professional_organisation", "why.professional"),
    "professional_phone": ("form.section_professional", "field.professional_phone",
                           "why.professional"),
    "consent": ("form.section_professional", "field.consent", "why.consent"),
    "period_start": ("form.section_period", "field.period_start", "why.period"),
    "period_end": ("form.section_period", "field.period_end", "why.period"),
    "income": ("form.section_income", "field.income", "why.income"),
    "income_payslip": ("form.section_income", "field.income_payslip", "why.income"),
    "accept_highest": ("form.section_income", "field.accept_highest", "why.income"),
    "attach_contract": ("form.section_attachments", "form.attach_contract", None),
    "attach_professional": ("form.section_attachments", "form.attach_professional", None),
    "attach_income": ("form.section_attachments", "form.attach_income", None),
    "sign_date": ("form.section_sign", "form.date", "form.declaration"),
}
# A blank field is <input name=...>, a filled one <span data-field=...>.
_FIELD = re.compile(r'(?:<input[^>]*\bname="|data-field=")([a-z0-9_]+)"')


def form_fields(form_html: str) -> list[str]:
    """The fields of a rendered form, in order, each once; child1_name etc. become
    child_name (the sheet explains a question once, not per child)."""
    out: list[str] = []
    for name in _FIELD.findall(form_html):
        key = re.sub(r"^child\d+_", "child_", name)
        if key not in out:
            out.append(key)
    return out


def form_labels(form_html: str) -> dict[str, str]:
    """field name -> the Dutch label printed next to it on the form (blank field: its
    <label for=...>; filled field: the label span before the value)."""
    out: dict[str, str] = {}
    for name, label in re.findall(r'<label[^>]*\bfor="([a-z0-9_]+)"[^>]*>(.*?)</label>',
                                  form_html, re.S):
        out.setdefault(name, label)
    for label, name in re.findall(r'<span class="label">(.*?)</span>\s*<span class="value"'
                                  r' data-field="([a-z0-9_]+)"', form_html, re.S):
        out.setdefault(name, label)
    return {k: html.unescape(re.sub(r"<[^>]+>", "", v)).strip() for k, v in out.items()}


def _t(key: str, lang: str, **fields: object) -> str:
    own = more_text(key, lang)
    if own is None:
        raise ContentError({"en": f"content/documents/lang/{lang}.toml: no text '{key}'",
                            "nl": f"content/documents/lang/{lang}.toml: geen tekst '{key}'"})
    return own.format(**fields) if fields else own


def companion_rows(answers: Answers, profile: Profile | str | None, lang: str) -> list[dict]:
    """One row per form field: the section, the Dutch label as printed on the form, its
    meaning and why it is asked in the parent's language."""
    profile = profile_for(answers, profile)
    rows = []
    form = build_form_html(answers, profile, "nl", preview=False)
    labels = {re.sub(r"^child\d+_", "child_", k): v for k, v in form_labels(form).items()}
    for key in form_fields(form):
        if key not in FIELDS:
            raise ContentError({"en": f"companion sheet: form field '{key}' has no explanation",
                                "nl": f"uitlegblad: formulierveld '{key}' heeft geen uitleg"})
        section, label, why = FIELDS[key]
        rows.append({"field": key, "section": _t(section, lang),
                     "section_nl": text(section, "nl"),
                     "dutch": labels.get(key) or text(label, "nl"),
                     "meaning": _t(label, lang), "why": _t(why, lang) if why else ""})
    return rows


def build_companion(answers: Answers, profile: Profile | str | None = None, lang: str = "tr",
                    fmt: str = "pdf") -> bytes | str:
    """The sheet as PDF (bytes) or HTML (str), in one of the new languages."""
    check_lang(lang)
    if lang not in NEW_LANGS:  # nl/en parents read the form itself
        raise ContentError({"en": "The companion sheet is for tr, ar, pl and uk.",
                            "nl": "Het uitlegblad is er voor tr, ar, pl en uk."})
    profile = profile_for(answers, profile)
    rows = companion_rows(answers, profile, lang)
    ctx = {"title": _t("companion.title", lang, gemeente=profile.name), "author": profile.name,
           "rows": rows, "intro": _t("companion.intro", lang),
           "col_form": _t("companion.col_form", lang),
           "col_meaning": _t("companion.col_meaning", lang),
           "col_why": _t("companion.col_why", lang), "footer": _t("companion.footer", lang),
           "help": _t("companion.help", lang),
           # the official Dutch words on the form, explained (content/glossary/<lang>.toml)
           "words_h": glossary(lang).meta.title, "words": list(glossary(lang).terms.items())}
    if fmt == "html":
        return render("companion.html.j2", lang, preview=True, css=preview_css(), **ctx)
    return html_to_pdf(render("companion.html.j2", lang, preview=False, css="", **ctx))
