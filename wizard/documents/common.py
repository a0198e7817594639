"""Shared helpers of the document builders: language and profile checks, the stylesheet for
HTML previews."""

from __future__ import annotations

from functools import lru_cache

from wizard.documents.env import templates_dir
from wizard.documents.gemeente_info import contact
from wizard.documents.texts import text, texts
from wizard.errors import InputError
from wizard.i18n import LANGS
from wizard.models import Answers
from wizard.profiles import Profile, get_profile


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise InputError(texts("error.lang", lang=lang))
    return lang


def profile_for(answers: Answers | None, profile: Profile | str | None) -> Profile:
    if isinstance(profile, Profile):
        return profile
    if profile:
        return get_profile(profile)
    return get_profile(answers.gemeente if answers else "basislijn")


def check_children(answers: Answers) -> None:
    app = answers.application
    if app and len(app.children) > len(answers.children):
        raise InputError(texts("error.children", n=len(app.children), m=len(answers.children)))


@lru_cache(maxsize=1)
def preview_css() -> str:
    return (templates_dir() / "documents.css").read_text("utf-8")


def gemeente_block(profile: Profile, lang: str) -> dict:
    """The gemeente as a form shows it: its name at the top and where to send the form
    (postal address and e-mail from the profile's contact; None where not known)."""
    info = contact(profile)
    name = None if profile.is_basislijn else profile.name
    heading = (text("common.gemeente_of", lang, gemeente=name) if profile.kind == "gemeente"
               else name)
    return {"name": name, "heading": heading,
            "postal": info.postal, "email": info.email, "phone": info.phone, "url": info.url}
