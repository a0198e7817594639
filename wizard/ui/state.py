"""Session state of one visitor: the language, the answers draft (wizard.draft.Draft, typed,
every question optional), the answered steps, the current step and professional mode.
Nothing here is written to disk or logs: refresh = gone, unless the visitor downloads it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import streamlit as st

from wizard import flow
from wizard.answers_io import dump_answers, parse_answers
from wizard.errors import SmiError, UnknownGemeente
from wizard.i18n import both, gettext_for, normalise_lang
from wizard.models import Answers
from wizard.profiles import get_profile

ss = st.session_state


def init() -> None:
    if "lang" not in ss:
        ss["lang"] = normalise_lang(st.query_params.get("lang"))
    ss.setdefault("draft", flow.new_draft())
    ss.setdefault("done", [])
    ss.setdefault("step", "start")
    ss.setdefault("pro", False)
    ss.setdefault("pro_contact", {})
    ss.setdefault("errors", {})
    ss.setdefault("from_review", False)


def lang() -> str:
    return normalise_lang(ss.get("lang"))


def T() -> Callable[[str], str]:  # noqa: N802 - reads like gettext's `_`
    return gettext_for(lang(), "ui")


def draft() -> flow.Draft:
    return ss["draft"]


def done() -> list[str]:
    return ss["done"]


def seed(values: dict[str, Any]) -> None:
    """Put saved answers into widget keys before the widgets are drawn (never over a value
    the visitor is editing)."""
    for key, value in values.items():
        if key not in ss:
            ss[key] = value


def move_to(step_key: str, errors_key: str, step: str, clear: Callable[[], None]) -> None:
    """Go to a step of a journey (wizard/ui/runner.py): its errors go, the focus moves to its
    heading, and its widgets are seeded again from the draft (Streamlit forgets the value of
    a widget that a run does not draw)."""
    ss[step_key] = step
    ss[errors_key] = {}
    ss["moves"] = ss.get("moves", 0) + 1
    clear()


def goto(step: str) -> None:
    """A step of the first application (also used by the chat's handoff)."""
    move_to("step", "errors", step, clear_widgets)


def answers_or_none() -> Answers | None:
    try:
        return flow.build_answers(draft())
    except Exception:  # noqa: BLE001 - an incomplete draft simply has no file yet
        return None


def answers_bytes(d: flow.Draft) -> bytes:
    """The download: the Answers model as JSON via dump_answers (nothing else)."""
    return dump_answers(flow.build_answers(d))


def load_answers_file(raw: bytes) -> Answers:
    """Parse an uploaded answers file; raises SmiError with one clear message."""
    answers = parse_answers(raw)
    try:
        get_profile(answers.gemeente)
    except UnknownGemeente:
        raise SmiError(both("This answers file names a gemeente we do not know. Start again, "
                            "or choose the gemeente again.", "ui")) from None
    return answers


def apply_upload(raw: bytes) -> str | None:
    """Load an uploaded file into the session. Returns an error message in the visitor's
    language and leaves the state untouched, or None when the answers were loaded."""
    digest = hashlib.sha256(raw).hexdigest()
    if ss.get("upload_hash") == digest and not ss.get("upload_error"):
        return None  # this exact file was applied already; the uploader re-sends it
    try:
        answers = load_answers_file(raw)
    except SmiError as exc:
        ss["upload_error"] = exc.texts
        return exc.message(lang())
    ss["draft"] = flow.draft_from_answers(answers)
    ss["done"] = flow.done_for_answers(answers)
    ss["upload_hash"] = digest
    ss["upload_error"] = None
    ss.pop("gemeente_code", None)  # a fact of the previous answers
    clear_widgets()
    goto("review")
    return None


KEEP_WIDGETS = ("w_pro", "w_cmp", "w_fb_")  # start toggle, compare choice, feedback form


def clear_widgets() -> None:
    """Forget step widget values so they are seeded again from the draft."""
    for key in [k for k in ss if isinstance(k, str) and k.startswith("w_")
                and not k.startswith(KEEP_WIDGETS)]:
        del ss[key]


def restart() -> None:
    keep = ss.get("lang")
    for key in list(ss.keys()):
        del ss[key]
    ss["lang"] = keep
    init()
