"""Documents for parents and gemeente staff: the aanvraagformulier (tagged PDF with fillable
blanks), the publiekstekst per gemeente and the letters. Streamlit-free builders; the wizard
and the CLI call these."""

from wizard.documents.decision import Decision, Grant, parse_decision
from wizard.documents.fields import Missing, income_matters, missing_fields
from wizard.documents.form import asks_bsn, build_form_html, build_form_pdf
from wizard.documents.letters import (
    LETTER_KINDS,
    build_letter_html,
    build_letter_pdf,
)
from wizard.documents.publiekstekst import build_publiekstekst

__all__ = [
    "Decision", "Grant", "LETTER_KINDS", "Missing", "asks_bsn", "build_form_html",
    "build_form_pdf",
    "build_letter_html", "build_letter_pdf", "build_publiekstekst",
    "income_matters", "missing_fields", "parse_decision",
]
