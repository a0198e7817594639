"""The main flow with the keyboard only (Tab, Shift+Tab, Enter, Space, arrows), and at every
stop a visible focus: the focused control (or the label that draws a radio, checkbox or
toggle) has an outline or a box-shadow."""

from __future__ import annotations

import re

import pytest

from tests.browser.driver import App, settle

pytestmark = pytest.mark.browser


class Keys:
    def __init__(self, app: App):
        self.app, self.page = app, app.page
        self.no_ring: list[str] = []

    def press(self, key: str, rerun: bool = False) -> dict:
        self.page.keyboard.press(key)
        if rerun:
            settle(self.page)
        f = self.app.focus()
        in_app = self.page.evaluate("!!document.activeElement.closest("
                                    "'[data-testid=stMain], header, nav')")
        if in_app and f.get("tag") not in ("MAIN", "BODY") and not f["ok"]:
            self.no_ring.append(f"{f.get('tag')} {f['what']}")
        return f

    def tab_to(self, pattern: str, back: bool = False, limit: int = 60) -> dict:
        """Tab (or Shift+Tab) until the focused control's name matches `pattern`."""
        for _ in range(limit):
            f = self.press("Shift+Tab" if back else "Tab")
            if re.search(pattern, f["what"]):
                return f
        raise AssertionError(f"no control matching {pattern!r} within {limit} Tab presses")

    def type(self, text: str) -> None:
        self.page.keyboard.type(text)


def test_main_flow_with_the_keyboard_only_and_a_visible_focus(app):
    _ = app._
    app.open()
    k = Keys(app)
    k.tab_to(_("Start the check"))
    k.press("Enter", rerun=True)
    assert app.heading() == _("Where do you live?")

    k.tab_to("^" + _("Your gemeente") + "$")
    k.type("Leiden")
    k.press("Enter", rerun=True)
    k.tab_to(_("Next") + "$")
    k.press("Enter", rerun=True)
    assert app.heading() == _("Your household")

    k.tab_to("^" + _("Alone") + "$")
    k.press("ArrowDown", rerun=True)  # arrows move to and choose "With a partner"
    k.tab_to(re.escape(_("Works (also self-employed)")))
    k.press("Space", rerun=True)
    k.tab_to(re.escape(_("Works (also self-employed)")))  # the partner's question
    for _i in range(3):
        k.press("ArrowDown", rerun=True)  # to "None of these"
    k.tab_to("^" + _("No") + "$")
    k.press("Space", rerun=True)
    k.tab_to(_("Next") + "$")
    k.tab_to(re.escape(_("None of these: does not work or study now")), back=True)
    k.tab_to(_("Next") + "$")
    k.press("Enter", rerun=True)
    assert app.heading() == _("Your situation")

    k.tab_to(re.escape(_("A parent has mental health problems")))
    k.press("Space", rerun=True)
    k.tab_to("^" + _("Yes") + "$")
    k.press("Space", rerun=True)
    k.tab_to(_("Next") + "$")
    k.press("Enter", rerun=True)
    assert app.heading() == _("Someone who knows your situation")

    k.tab_to(re.escape(_("Yes, someone knows about it and can confirm it")))
    k.press("Space", rerun=True)
    k.tab_to(_("Next") + "$")
    k.press("Enter", rerun=True)
    assert app.heading() == _("Your children")

    k.tab_to("^" + _("Age in years") + "$")
    k.type("2")
    k.tab_to(re.escape(_("Not at school yet")))
    settle(app.page)
    k.press("Space", rerun=True)
    k.tab_to("^" + _("No") + "$")
    k.press("Space", rerun=True)
    k.tab_to(_("Next") + "$")
    k.press("Enter", rerun=True)
    assert app.heading() == _("The childcare")

    k.tab_to(re.escape(_("Day care (kinderdagverblijf), usually 0 to 4 years")))
    k.press("Space", rerun=True)
    k.tab_to("^" + _("Hours of childcare per month") + "$")
    k.type("87")
    k.tab_to("^" + _("Price per hour, in euros") + "$")
    settle(app.page)
    k.type("10,50")
    k.tab_to(_("Next") + "$")
    settle(app.page)
    k.press("Enter", rerun=True)
    assert app.heading() == _("Your income (you may skip this)")

    k.tab_to(re.escape(_("I give our income, for a better estimate")))
    k.press("ArrowDown", rerun=True)  # to "Skip"
    k.tab_to(_("Next") + "$")
    k.press("Enter", rerun=True)
    assert app.heading() == _("Check your answers")

    k.tab_to(_("Show my result") + "$")
    k.press("Enter", rerun=True)
    assert app.heading() == _("Your result")
    assert "U kunt waarschijnlijk SMI krijgen." in app.main_text()
    app.shot("result-by-keyboard")
    assert not k.no_ring, f"focus without a visible ring: {sorted(set(k.no_ring))}"
