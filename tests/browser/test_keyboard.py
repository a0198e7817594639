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


def on_heading(app: App, title: str) -> None:
    """After a step change the focus is on the new step's heading (not the body or the old
    button), so the next Tab goes to its first question."""
    try:
        app.page.wait_for_function("document.activeElement && document.activeElement.tagName "
                                   "=== 'H1'", timeout=5000)
    except Exception:
        app.shot("no-heading-focus")
        raise
    assert app.heading() == title
    focused = app.page.evaluate("document.activeElement.innerText").strip()
    assert focused.startswith(title), focused


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_main_flow_with_the_keyboard_only_and_a_visible_focus(new_page, lang):
    app = new_page(lang).open()
    _ = app._
    k = Keys(app)
    k.tab_to(_("Start the check"))
    k.press("Enter", rerun=True)
    on_heading(app, _("Where do you live?"))

    k.tab_to("^" + _("Your gemeente") + "$", limit=5)  # the first question is close
    k.type("Leiden")
    k.press("Enter", rerun=True)
    k.tab_to(_("Next") + "$")
    k.press("Enter", rerun=True)
    on_heading(app, _("Your household"))

    k.tab_to("^" + _("Alone") + "$", limit=5)
    k.press("ArrowDown", rerun=True)  # arrows move to and choose "With a partner"
    job = re.escape(_("Has a job or own business (also when ill, on sick leave or in "
                      "hospital)")[:60])  # the focus check reads the first 80 characters
    k.tab_to(job)
    k.press("Space", rerun=True)
    k.tab_to(job)  # the partner's question
    for _i in range(3):
        k.press("ArrowDown", rerun=True)  # to "None of these"
    k.tab_to("^" + _("No") + "$")
    k.press("Space", rerun=True)
    k.tab_to(_("Next") + "$")
    k.press("Enter", rerun=True)
    on_heading(app, _("Your situation"))

    k.tab_to(re.escape(_("A parent has mental health problems")))
    k.press("Space", rerun=True)
    k.tab_to("^" + _("Yes") + "$")
    k.press("Space", rerun=True)
    k.tab_to(re.escape(_("Yes, someone knows about it and can confirm it")))
    k.press("Space", rerun=True)
    k.tab_to(_("Next") + "$")
    k.press("Enter", rerun=True)
    on_heading(app, _("Your children"))

    k.tab_to("^" + _("Age in years") + "$")
    k.type("2")
    k.tab_to(re.escape(_("Not at school yet")))
    settle(app.page)
    k.press("Space", rerun=True)
    k.tab_to("^" + _("No") + "$")
    k.press("Space", rerun=True)
    k.tab_to(_("Next") + "$")
    k.press("Enter", rerun=True)
    on_heading(app, _("The childcare"))

    k.tab_to(re.escape(_("Day care (kinderdagverblijf), usually 0 to 4 years")))
    k.press("Space", rerun=True)
    k.tab_to("^" + _("Days a week") + "$")
    k.type("4 dagen" if lang == "nl" else "4 days")
    k.tab_to("^" + _("Hours in one day of childcare") + "$")
    settle(app.page)
    k.type("10")
    k.tab_to("^" + _("Price per hour, in euros") + "$")
    settle(app.page)
    k.type("10,50" if lang == "nl" else "10.50")
    k.tab_to(_("Next") + "$")
    settle(app.page)
    assert _("That is about {hours} hours a month.").format(hours="173") in app.main_text()
    k.press("Enter", rerun=True)
    on_heading(app, _("Your income (you may skip this)"))

    k.tab_to(re.escape(_("I give our income, for a better estimate")))
    k.press("Space", rerun=True)
    k.tab_to("^" + _("Income per year, in euros, before tax") + "$")
    k.type("60.000" if lang == "nl" else "60,000")
    k.tab_to(_("Next") + "$")
    settle(app.page)
    assert _("We read: {amount} a year.").format(
        amount="€ 60.000" if lang == "nl" else "€60,000") in app.main_text()
    k.press("Enter", rerun=True)
    on_heading(app, _("Check your answers"))

    k.tab_to(_("Show my result") + "$")
    k.press("Enter", rerun=True)
    on_heading(app, _("Your result"))
    assert _("What to do now") in app.main_text()
    app.shot("result-by-keyboard")
    app.axe("result-by-keyboard")
    assert not k.no_ring, f"focus without a visible ring: {sorted(set(k.no_ring))}"
