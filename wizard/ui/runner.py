"""One step runner for every journey (first application, extension): draw a step with its
progress, validate and save it on Next, keep valid input on Back, show the errors under the
fields and once above the buttons, and move the focus to the new step's heading. A journey
only says which steps it has, how each is drawn and saved, and which step comes next."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import streamlit as st

from wizard.i18n import N_
from wizard.ui.focus import focus_heading
from wizard.ui.state import T, move_to, ss

CHOOSE = N_("Choose an answer, please.")
SOME_WRONG = N_("Some answers are missing or not right. See the messages above.")


@dataclass(frozen=True)
class Journey:
    """The session keys and the steps of one journey."""

    name: str  # also the focus key's prefix ("check", "ext")
    step_key: str  # session key of the current step
    done_key: str  # session key of the answered steps (a list)
    errors: Errors
    render: Mapping[str, Callable[[], None]]
    save: Mapping[str, Callable[[], bool]]
    next_step: Callable[[str], str]  # the step after a saved step
    back_step: Callable[[str], str]
    progress: Callable[[str], tuple[int, int] | None]  # (k, n) or None: no progress bar
    clear: Callable[[], None]  # forget step widgets: they are seeded again from the draft
    block_prefix: str = "smi_step_"  # the step block's key ("smi_step_household")
    button_prefix: str = ""  # "" -> keys "back"/"next"; "x_" -> "x_back"/"x_next"
    heading: str = "[data-testid=stMain] h1"
    not_saved_on_back: frozenset[str] = field(default_factory=frozenset)
    after_render: Callable[[str], None] | None = None  # e.g. the "filled in from the chat" note
    # A one-screen journey (the change report) names its own button and has no Back.
    next_label: str = N_("Next")
    next_key: str = "next"
    has_back: bool = True


# --- errors (one place for every journey) -------------------------------------------------------

@dataclass(frozen=True)
class Errors:
    """The validation messages of one journey, kept in the session under `key` as
    {widget key: msgid, or ("text", a message already in the visitor's language)}."""

    key: str

    def all(self) -> dict:
        return ss.setdefault(self.key, {})

    def set(self, widget: str, msgid: str) -> None:
        self.all()[widget] = msgid

    def message(self, widget: str, message: str) -> None:
        """A message already in the visitor's language (e.g. from the amount reader)."""
        self.all()[widget] = ("text", message)

    def show(self, widget: str) -> None:
        """The plain-language message under a field, if there is one."""
        msg = self.all().get(widget)
        if msg:
            st.error(msg[1] if isinstance(msg, tuple) else T()(msg), icon=":material/error:")

    def need(self, widget: str) -> bool:
        """A choice that must be made: False, with the message under the field, if not."""
        if ss.get(widget) is None:
            self.set(widget, CHOOSE)
            return False
        return True


# --- moving ---------------------------------------------------------------------------------

def goto(j: Journey, step: str) -> None:
    move_to(j.step_key, j.errors.key, step, j.clear)


def _mark_done(j: Journey, step: str) -> None:
    done = ss.setdefault(j.done_key, [])
    if step not in done:
        done.append(step)


def on_next(j: Journey, step: str) -> None:
    ss[j.errors.key] = {}
    if not j.save[step]():
        return
    _mark_done(j, step)
    goto(j, j.next_step(step))


def on_back(j: Journey, step: str) -> None:
    # Keep what was typed on this step when it is valid ("Terug" never loses input).
    if step in j.save and step not in j.not_saved_on_back and j.save[step]():
        _mark_done(j, step)
    goto(j, j.back_step(step))


# --- drawing --------------------------------------------------------------------------------

def render_step(j: Journey, step: str) -> None:
    """The progress, the step in one block (a question that appears inside it never moves
    the Back/Next buttons: a moved button loses the keyboard focus), and the buttons."""
    _ = T()
    progress_bar(j, step)
    with st.container(key=f"{j.block_prefix}{step}"):
        j.render[step]()
        if j.after_render is not None:
            j.after_render(step)
    with st.container():
        if j.errors.all():
            st.error(_(SOME_WRONG), icon=":material/error:")
    if not j.has_back:
        st.button(_(j.next_label), key=f"{j.button_prefix}{j.next_key}", on_click=on_next,
                  args=(j, step), type="primary", icon=":material/arrow_forward:")
        return
    left, right = st.columns(2)
    left.button(_("Back"), key=f"{j.button_prefix}back", on_click=on_back, args=(j, step),
                icon=":material/arrow_back:")
    right.button(_(j.next_label), key=f"{j.button_prefix}{j.next_key}", on_click=on_next,
                 args=(j, step), type="primary", icon=":material/arrow_forward:")


def progress_bar(j: Journey, step: str) -> None:
    shown = j.progress(step)
    if shown is not None:
        k, n = shown
        st.progress(k / n, text=T()(N_("Step {k} of {n}")).format(k=k, n=n))


def focus(j: Journey, step: str) -> None:
    """After the page is drawn: the focus to the heading once per step change."""
    if ss.get("moves"):
        focus_heading(f"{j.name}:{step}:{ss['moves']}", j.heading)
