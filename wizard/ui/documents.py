"""Issue 4's buttons on the result page: the aanvraagformulier (PDF) and the publiekstekst,
each built only when asked (behind a button), through the Streamlit-free builders in
wizard.documents. Registered in wizard.ui.hooks.DOCUMENTS at import."""

from __future__ import annotations

from typing import Any

import streamlit as st
from pydantic import ValidationError

from wizard.application import Application, Professional
from wizard.documents import build_form_pdf, build_publiekstekst
from wizard.i18n import gettext_for
from wizard.models import Answers
from wizard.profiles import get_profile
from wizard.ui import hooks
from wizard.ui.language import companion_download
from wizard.ui.state import ss
from wizard.ui.steps import gemeente_entry
from wizard.verdict import Verdict


def with_professional(answers: Answers, contact: dict[str, Any]) -> Answers:
    """The answers with the professional's session-only name, organisation and phone in the
    application's professional section (fields already in the answers file win). A value the
    form model refuses (a phone number that is not one) is left for the form's empty field."""
    fields = {k: contact.get(k) for k in ("name", "organisation", "phone") if contact.get(k)}
    if not fields:
        return answers
    app = answers.application or Application()
    prof = app.professional.model_dump()
    for k, v in fields.items():
        if prof.get(k) is None:
            try:
                Professional.model_validate({**prof, k: v})
            except ValidationError:
                continue
            prof[k] = v
    app = app.model_copy(update={"professional": Professional.model_validate(prof)})
    return answers.model_copy(update={"application": app})


def with_gemeente_name(answers: Answers) -> Answers:
    """A gemeente without its own profile is judged by the basislijn; the form still names the
    gemeente the family chose on step 1 (unless the answers already name one)."""
    app = answers.application or Application()
    if app.gemeente_name or not get_profile(answers.gemeente).is_basislijn:
        return answers
    entry = gemeente_entry(ss.get("gemeente_code"))
    if entry is None:
        return answers
    app = app.model_copy(update={"gemeente_name": entry.common_name})
    return answers.model_copy(update={"application": app})


@hooks.register_documents
def documents_buttons(answers: Answers, verdict: Verdict, lang: str,
                      contact: dict[str, Any]) -> None:
    # The details the form needs (optional); saving them changes the answers, so read again.
    from wizard import flow
    from wizard.ui.application_form import render_application_form
    from wizard.ui.state import draft

    current = draft()
    render_application_form(answers, lang, current)

    def form_pdf() -> bytes:
        # Built when the button is clicked, from the draft as it is then: the details on
        # screen are stored in it on every change, so one click gives a filled form.
        now = flow.build_answers(current)
        # The professional mode asks contact details "for the application form": print them.
        now = with_professional(now, contact)
        return build_form_pdf(with_gemeente_name(now), now.gemeente, lang)

    _ = gettext_for(lang, "ui")
    st.caption(_("The form holds what you filled in. You fill in the empty boxes yourself."))
    st.download_button(_("Download the application form (PDF)"), form_pdf,
                       file_name=f"aanvraag-smi-{answers.gemeente}.pdf", mime="application/pdf",
                       key="doc_form_download", on_click="ignore", type="primary",
                       icon=":material/download:")
    # tr/ar/pl/uk: the form stays Dutch; a sheet in the parent's language explains it
    companion_download(answers, lang, lambda: with_professional(flow.build_answers(current),
                                                                contact))
    gemeente = answers.gemeente
    st.download_button(_("Download the explanation of SMI (PDF)"),
                       data=lambda: build_publiekstekst(gemeente, lang, "pdf"),
                       file_name=f"smi-{gemeente}-{lang}.pdf", mime="application/pdf",
                       key="doc_download_pub", on_click="ignore", icon=":material/download:")
