"""Extension points of the result page for later issues.

DOCUMENTS: the place for the "download aanvraagformulier (PDF)" and "publiekstekst" buttons
(issue 4). Register a function `(answers, verdict, lang, contact) -> None` that draws its own
Streamlit buttons (build the PDF lazily, behind a button). `contact` holds the professional's
session-only contact details ({} in parent mode).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wizard.models import Answers
from wizard.verdict import Verdict

DocumentHook = Callable[[Answers, Verdict, str, dict[str, Any]], None]
DOCUMENTS: list[DocumentHook] = []


def register_documents(hook: DocumentHook) -> DocumentHook:
    """Add a document hook (usable as a decorator); each hook runs once per result page."""
    if hook not in DOCUMENTS:
        DOCUMENTS.append(hook)
    return hook
