"""The pages added for extensions, changes, the basislijn monitor and satisfaction (B15):
axe WCAG 2.1 A/AA, <html lang>, visible labels and one h1 on each, in Dutch and English, and
no horizontal scroll on a phone except inside the monitor's wide table."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PAGES = ["verlenging", "wijziging"]  # monitor, satisfaction: tests/browser/test_deployment.py


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_other_page_passes_axe_and_the_screen_checks(new_page, lang):
    app = new_page(lang=lang)
    for path in PAGES:
        app.open(path)
        app.screen(f"{path}-{lang}")


def test_the_other_pages_fit_a_phone(new_page):
    app = new_page(width=375, height=812, is_mobile=True, has_touch=True)
    for path in PAGES:
        app.open(path)
        app.shot(f"phone-{path}")
        app.no_horizontal_scroll()
