"""The main journey in Arabic (right to left) and Polish in the real app (issue 15): every
screen passes axe (WCAG 2.1 A/AA, no serious or critical), says its language in <html lang>,
and in Arabic runs right to left: page direction, text alignment, the progress bar filling
from the right, amounts kept left to right. Screenshots in test-output/screenshots/."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.browser.driver import eligible_flow, settle
from wizard.i18n import LANG_NAMES

pytestmark = pytest.mark.browser

DIRECTION_JS = """() => {
  const main = document.querySelector('[data-testid=stMain]');
  // the first paragraph in the page's language (Latin-only ones may be marked ltr)
  const ps = [...main.querySelectorAll('[data-testid=stMarkdownContainer] p')];
  const p = ps.find(e => /[\\u0600-\\u06ff]/.test(e.textContent)
                         || e.textContent.split(' ').length > 6) || ps[0];
  return {html: document.documentElement.dir, main: getComputedStyle(main).direction,
          align: getComputedStyle(p).textAlign, p: getComputedStyle(p).direction};
}"""
# Where the progress bar's filled part sits within its track (RTL: against the right end).
# On screen, the euro sign of an amount in Arabic text stands left of its digits ("€ 36,54").
EURO_JS = """() => {
  const walker = document.createTreeWalker(document.querySelector('[data-testid=stMain]'),
                                           NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.data.indexOf('\u2066€');
    if (i < 0) continue;
    const at = k => { const r = document.createRange(); r.setStart(n, k); r.setEnd(n, k + 1);
                      return r.getBoundingClientRect().left; };
    const digit = n.data.slice(i).search(/[0-9]/) + i;
    return {euro: at(i + 1), digit: at(digit)};
  }
  return null;
}"""
# Paragraphs and cells with Latin text and no Arabic letter that are not marked dir="ltr".
DUTCH_IN_RTL_JS = """() => [...document.querySelectorAll(
    '[data-testid=stMain] :is(p, li, td, th)')]
  .filter(e => /[A-Za-z]/.test(e.textContent) && !/[\u0600-\u06ff]/.test(e.textContent)
               && e.closest('[dir=ltr]') === null)
  .map(e => e.textContent.slice(0, 40))"""
PROGRESS_JS = """() => {
  const track = document.querySelector('[data-testid=stProgressBarTrack]');
  if (!track || !track.firstElementChild) return null;
  const t = track.getBoundingClientRect(), f = track.firstElementChild.getBoundingClientRect();
  // the filled part is what of the (shifted) fill lies inside the track
  const left = Math.max(f.left, t.left), right = Math.min(f.right, t.right);
  if (right - left <= 1 || right - left >= t.width - 1) return null;
  return {left_gap: left - t.left, right_gap: t.right - right};
}"""


@pytest.mark.parametrize("lang", ["ar", "pl"])
def test_main_journey_in_the_language_with_axe_and_direction(new_page, lang):
    app = new_page(lang).open()
    _ = app._
    assert f"lang={LANG_NAMES[lang]}" in __import__("urllib.parse").parse.unquote(app.page.url)
    # the words panel and the translation remark line are on the page, in the language
    shown = app.main_text() + app.page.inner_text("body")
    assert _("Is a translation wrong? Let us know") in shown
    direction = app.page.evaluate(DIRECTION_JS)
    want = "rtl" if lang == "ar" else "ltr"
    assert direction["html"] == want and direction["main"] == want and direction["p"] == want
    if lang == "ar":
        assert direction["align"] in ("right", "start")

    app.click(_("Start the check"))
    app.choose(_("Your gemeente"), "Leiden")
    app.next()
    progress = app.page.evaluate(PROGRESS_JS)
    assert progress is not None  # step 2 of n: a partly filled bar
    if lang == "ar":
        assert progress["right_gap"] < progress["left_gap"], progress  # fills from the right
    else:
        assert progress["left_gap"] < progress["right_gap"], progress
    app.shot("progress")
    app.open()  # start again for the full journey, which checks every screen
    eligible_flow(app)
    shown = app.main_text()
    assert app.heading() == _("Your result")
    assert _("What to do now") in shown and _("Why this outcome") in shown
    if lang == "ar":
        # an amount stays left to right inside Arabic text: "€ 1.234,56" is one isolated run
        assert "\u2066€" in app.page.inner_text("[data-testid=stMain]")
        euro = app.page.evaluate(EURO_JS)
        assert euro and euro["euro"] < euro["digit"], euro

    # the Dutch form's companion sheet in the language
    with app.page.expect_download() as d:
        app.page.get_by_role("button", name=_("Download the explanation sheet of the form in "
                                              "your language (PDF)")).click()
    pdf = open(d.value.path(), "rb").read()
    text = "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Uw naam" in text  # the Dutch label as on the form
    app.shot("result-end")
    settle(app.page)


@pytest.mark.parametrize("lang", ["ar", "pl"])
def test_the_other_parent_pages_in_the_language_pass_the_screen_checks(new_page, lang):
    app = new_page(lang=lang)
    for path in ("verlenging", "wijziging", "compare", "chat"):
        app.open(path)
        app.screen(f"{path}-{lang}")
        want = "rtl" if lang == "ar" else "ltr"
        assert app.page.evaluate("document.documentElement.dir") == want
        if lang == "ar":  # Dutch-only passages (gemeente rule texts) keep Dutch order
            wrong = app.page.evaluate(DUTCH_IN_RTL_JS)
            assert wrong == [], wrong


def test_arabic_start_page_fits_a_phone(new_page):
    app = new_page(lang="ar", width=375, height=812, is_mobile=True, has_touch=True).open()
    app.shot("phone-start-ar")
    app.no_horizontal_scroll()
