"""Issue 4's buttons on the result page: the aanvraagformulier (PDF) and the publiekstekst,
each built only when asked (behind a button), through the Streamlit-free builders in
wizard.documents. Registered in wizard.ui.hooks.DOCUMENTS at import."""

from __future__ import annotations

from typing import Any

import streamlit as st
from pydantic import ValidationError

from wizard.application import Application, Professional
from wizard.documents import build_form_pdf, build_publiekstekst
from wizard.documents.texts import text
from wizard.models import Answers
from wizard.ui import hooks
from wizard.ui.downloads import pdf_on_request
from wizard.verdict import Verdict


@st.cache_data(max_entries=32, show_spinner=False)
def _publiekstekst_pdf(gemeente: str, lang: str) -> bytes:
    return build_publiekstekst(gemeente, lang, "pdf")  # type: ignore[return-value]


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


@hooks.register_documents
def documents_buttons(answers: Answers, verdict: Verdict, lang: str,
                      contact: dict[str, Any]) -> None:
    # The details the form needs (optional); saving them changes the answers, so read again.
    from wizard import flow
    from wizard.ui.application_form import render_application_form
    from wizard.ui.state import draft

    render_application_form(answers, lang, draft())
    answers = flow.build_answers(draft())
    # The professional mode asks contact details "for the application form": print them there.
    answers = with_professional(answers, contact)
    st.caption(text("ui.form_note", lang))
    pdf_on_request("doc_form_pdf", f"{lang}:{answers.model_dump_json()}",
                   text("ui.make_form", lang), text("ui.download_form", lang),
                   lambda: build_form_pdf(answers, answers.gemeente, lang),
                   f"aanvraag-smi-{answers.gemeente}.pdf")
    if st.button(text("ui.make_pub", lang), key="doc_make_pub"):
        st.session_state["doc_pub"] = (answers.gemeente, lang)
    if st.session_state.get("doc_pub") == (answers.gemeente, lang):
        st.download_button(text("ui.download_pub_pdf", lang),
                           data=_publiekstekst_pdf(answers.gemeente, lang),
                           file_name=f"smi-{answers.gemeente}-{lang}.pdf",
                           mime="application/pdf", key="doc_download_pub")
