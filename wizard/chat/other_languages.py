"""Chat questions in Turkish, Arabic, Polish or Ukrainian (issue 15): the SMI answers exist in
Dutch and English only, so the reply starts with one line in the parent's own language that
says so and points to the SMI check in that language. Which language a message is in comes
from the safety net's recogniser (one place for it); safety replies themselves are written
in these languages there (wizard/chat/safety.py)."""

from __future__ import annotations

from urllib.parse import quote

from wizard.i18n import LANG_NAMES, NEW_LANGS, gettext_for

NOTE = ("This answer is in {reply}. The SMI check also works in your language: "
        "[{name}]({link}).")
_REPLY = {"nl": "Dutch", "en": "English", "both": "Dutch and English"}


def written_in(question: str, ui_lang: str | None = None) -> str | None:
    """tr/ar/pl/uk when the message is written in it, else None."""
    from wizard.chat.safety import reply_lang

    found = reply_lang(question or "", hint=ui_lang)
    return found if found in NEW_LANGS else None


def language_note(question: str, ui_lang: str | None, reply: str) -> str:
    """The one line, in the language the parent writes in (or has chosen on the page), or ""
    when that is Dutch or English."""
    lang = written_in(question, ui_lang) or (ui_lang if ui_lang in NEW_LANGS else None)
    if lang is None:
        return ""
    _ = gettext_for(lang, "ui")
    name = LANG_NAMES[lang]
    return _(NOTE).format(reply=_(_REPLY.get(reply, _REPLY["both"])), name=name,
                          link="/?lang=" + quote(name))


def with_language_note(prefix: str, question: str, ui_lang: str | None, reply: str) -> str:
    """The reply's opening lines with the language note first (the hook in compose)."""
    note = language_note(question, ui_lang, reply)
    return "\n\n".join(p for p in (note, prefix) if p)
