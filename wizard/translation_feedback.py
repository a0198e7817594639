"""Remarks on a translation ("Klopt een vertaling niet? Laat het weten"): month, language,
the page and the remark only, in the same database as the satisfaction feedback (B15).
No answers, no name; the remark is cleaned and cut like a feedback comment."""

from __future__ import annotations

import re
from datetime import date

from wizard.feedback import FeedbackStore, clean_text
from wizard.i18n import NEW_LANGS

MAX_REMARK = 500
_PAGE = re.compile(r"^[a-z0-9_-]{1,40}$")
SCHEMA = """CREATE TABLE IF NOT EXISTS smi_translation_remark (
    month TEXT NOT NULL,
    lang TEXT NOT NULL,
    page TEXT NOT NULL,
    remark TEXT NOT NULL
)"""
INSERT = "INSERT INTO smi_translation_remark (month, lang, page, remark) VALUES (%s, %s, %s, %s)"
SELECT = "SELECT month, lang, page, remark FROM smi_translation_remark ORDER BY lang, month"


class TranslationRemarks(FeedbackStore):
    def add_remark(self, lang: str, page: str, remark: str, today: date | None = None) -> bool:
        """Store one remark; False (nothing stored) when it is empty after cleaning."""
        text = clean_text(remark or "", limit=MAX_REMARK)
        if not text:
            return False
        if lang not in NEW_LANGS or not _PAGE.match(page):
            raise ValueError("unknown language or page")
        self._run(SCHEMA)
        self._run(INSERT, ((today or date.today()).strftime("%Y-%m"), lang, page, text))
        return True

    def remarks(self) -> list[tuple[str, str, str, str]]:
        self._run(SCHEMA)
        return [tuple(r) for r in self._run(SELECT, fetch=True)]
