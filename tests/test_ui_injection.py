"""Injected HTML, script, template syntax, spreadsheet formulas, right-to-left overrides and
very long text that a person types stay literal on screen."""

from __future__ import annotations

import re

from tests import ui_driver as d
from wizard.ui.safe import md_literal

NASTY = ("**vet** [k](https://e.example) ![](https://t.example/x) <script>alert(1)"
         "</script> {{ 7*7 }} =cmd|'/C'!A0 :red[r] $x$ \u202eg")


def test_every_markup_character_is_escaped():
    out = md_literal(NASTY)
    # no unescaped markup character is left
    assert not re.search(r"(?<!\\)[*\[\]()!<>{}$:=]", out)
    assert r"\[U\+202E\]" in out and "\u202e" not in out


def test_professional_contact_is_shown_literally_on_the_review_page():
    # The contact fields accept at most 120 characters, so a 10,000-character paste is cut.
    assert len(NASTY) <= 120
    long_name = "A" * 10_000
    at = d.new_app(pro=True)
    d.start(at)
    d.gemeente(at)
    d.household(at, ["work", "none"])
    d.situation(at, ["parent_mental_illness"])
    d.professional(at, yes=True, contact={"name": NASTY, "organisation": long_name})
    d.children(at, [(2, "none", "no")])
    d.opvang(at, {0: ("dagopvang", "80", "10,50")})
    d.income(at, "40000")
    assert d.step(at) == "review"
    sources = [m.value for m in at.markdown]
    line = next(s for s in sources if "vet" in s)
    assert md_literal(NASTY) in line
    assert "<script>" not in line and "](https://" not in line
    assert "A" * 121 not in "".join(sources)
    assert not at.exception
