"""The source every value in content/ carries: a title plus a URL or CVDR id, and a date or a
note saying why there is none. Loading fails when a source is missing."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, model_validator


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str
    url: str | None = None
    cvdr: str | None = None
    publisher: str | None = None
    date: dt.date | None = None
    date_note: str | None = None  # e.g. "page without a date" — honest, never a guessed date
    confidence: str | None = None

    @model_validator(mode="after")
    def _traceable(self) -> Source:
        if not (self.url or self.cvdr):
            raise ValueError("a source needs a url or a cvdr id")
        if self.date is None and not self.date_note:
            raise ValueError("a source needs a date or a date_note saying why it has none")
        return self

    @property
    def ref(self) -> str:
        return self.url or f"CVDR {self.cvdr}"
