"""The jinja2 environments for the documents: one per language and output kind, cached,
autoescaped (HTML) or Markdown-escaped, with helpers for texts, dates, money and user text."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from functools import lru_cache

import jinja2
from babel.dates import format_date
from markupsafe import Markup

from wizard.documents.texts import text
from wizard.i18n import text_dir
from wizard.money import fmt_eur
from wizard.paths import content_dir
from wizard.typed_text import neutralise_bidi

# Inline Markdown markers; '<' and '&' become entities so no raw HTML gets through.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")


def visible(value: object) -> str:
    return neutralise_bidi(value)


def md_escape(value: object) -> str:
    """Markdown-safe text: no markup, no raw HTML."""
    if isinstance(value, Markup):
        return str(value)
    s = _MD_SPECIAL.sub(r"\\\1", visible(value))
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fmt_date(d: date | None, lang: str) -> str:
    return "" if d is None else format_date(d, "d MMMM y", locale=lang)


def fmt_number(x: Decimal | int, lang: str) -> str:
    s = f"{Decimal(x).normalize():f}"
    return s.replace(".", ",") if lang == "nl" else s


def templates_dir():
    return content_dir() / "templates"


@lru_cache(maxsize=8)
def environment(lang: str, kind: str = "html") -> jinja2.Environment:
    """kind 'html': autoescape on; kind 'md': every value Markdown-escaped (finalize)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates_dir()),
        autoescape=kind == "html",
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=md_escape if kind == "md" else None,
        keep_trailing_newline=True,
    )

    def t(key: str, **fields: object) -> str:
        return text(key, lang, **{k: visible(v) for k, v in fields.items()})

    env.globals.update(t=t, lang=lang, dir=text_dir(lang))  # dir: rtl for Arabic
    env.filters.update(
        visible=visible,
        d=lambda v: fmt_date(v, lang),
        eur=lambda v: fmt_eur(v, lang),
        num=lambda v: fmt_number(v, lang),
    )
    return env


def render(template: str, lang: str, output: str = "html", **context: object) -> str:
    """The rendered document. Our templates and texts hold no bidi controls, so neutralising
    the whole output also catches typed text that code put into a sentence before rendering."""
    return neutralise_bidi(environment(lang, output).get_template(template).render(**context))
