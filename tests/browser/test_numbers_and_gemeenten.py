"""Issue 13 in a real browser: every gemeente is findable (no dead end), amounts typed the Dutch
or English way come back in the reader's format, days a week are accepted and compared with
the gemeente's maximum — in Dutch on a desktop and in English on a 390 px phone."""

from __future__ import annotations

import pytest

from tests.browser.driver import App

pytestmark = pytest.mark.browser


def to_opvang(app: App, gemeente: str) -> None:
    _ = app._
    app.click(_("Start the check"))
    app.choose(_("Your gemeente"), gemeente)
    app.next()
    app.radio(_("Do you care for the children alone, or together with a partner?"), _("Alone"))
    app.radio(_("Do you have a job, or do you study?"), _("None of these: no job and no study"))
    app.next()
    app.check(_("A parent has a disability"))
    app.radio(_("Will the situation probably last longer than 6 months?"), _("Yes"))
    app.radio(_("Does a professional know about your situation?"),
              _("Yes, someone knows about it and can confirm it"))
    app.next()
    app.fill(_("Age in years"), "3")
    app.radio(_("Which school does this child go to?"), _("Not at school yet"))
    app.radio(_("Does this child need special care?"), _("No"))
    app.next()
    assert app.heading() == _("The childcare")


@pytest.mark.parametrize("name", ["Utrecht", "Amsterdam"])
def test_a_gemeente_without_its_own_profile_is_no_dead_end(app, name):
    _ = app._
    app.open()
    app.click(_("Start the check"))
    app.choose(_("Your gemeente"), name)
    note = f"Wij kennen de eigen regels van {name} nog niet"
    assert note in app.main_text()
    app.screen(f"gemeente-{name}")
    app.next()
    assert app.heading() == _("Your household")


def test_dutch_amounts_and_days_in_leiden(app):
    _ = app._
    app.open()
    to_opvang(app, "Leiden")
    app.radio(_("Which type of childcare?"),
              _("Day care (kinderdagverblijf), usually 0 to 4 years"))
    app.fill(_("Days a week"), "4 dagen")
    app.fill(_("Hours in one day of childcare"), "10")
    app.fill(_("Price per hour, in euros"), "10,50")
    shown = app.main_text()
    assert "Dat is ongeveer 173 uur per maand." in shown
    assert "Leiden geeft maximaal 3 dagen per week. U vraagt 4 dagen." in shown
    app.screen("opvang-leiden-4-dagen")
    app.next()
    app.radio(_("Do you want to give the income?"), _("I give our income, for a better estimate"))
    app.fill(_("Income per year, in euros, before tax"), "€ 1.250,50")
    assert "Wij lezen: € 1.250,50 per jaar." in app.main_text()
    app.fill(_("Income per year, in euros, before tax"), "60.000")
    assert "Wij lezen: € 60.000 per jaar." in app.main_text()
    app.next()
    shown = app.main_text()
    assert "€ 10,50 per uur" in shown and "€ 60.000 per jaar" in shown
    app.screen("review-dutch-amounts")


def test_english_amounts_on_a_phone(new_page):
    app = new_page("en", width=390, height=844, is_mobile=True, has_touch=True)
    _ = app._
    app.open()
    to_opvang(app, "Rotterdam")
    app.radio(_("Which type of childcare?"),
              _("Day care (kinderdagverblijf), usually 0 to 4 years"))
    app.radio(_("How do you want to give the amount of childcare?"), _("In hours a month"))
    app.fill(_("Hours of childcare per month"), "87")
    app.fill(_("Price per hour, in euros"), "10.50")
    app.next()
    app.radio(_("Do you want to give the income?"), _("I give our income, for a better estimate"))
    app.fill(_("Income per year, in euros, before tax"), "85,000")
    assert "We read: €85,000 a year." in app.main_text()
    app.next()
    shown = app.main_text()
    assert "€10.50 per hour" in shown and "€85,000 per year" in shown
    app.screen("review-english-amounts")
    app.no_horizontal_scroll()
