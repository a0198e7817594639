"""The chat's gated patterns (wizard/chat/gated_re.py) find exactly what `re` finds: the gate only
saves time. Checked on hand-made edge cases and on every chat pattern over real blind messages."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from wizard.chat import (
    asks,
    compose,
    facts,
    faq,
    gated_re,
    gemeente,
    guarantees,
    intents,
    lang,
    phrases,
    places,
    safety,
    text,
    third_person,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("pattern, expected", [
    (r"\bwerk\b", {"werk"}),
    (r"\b(werkloos|unemployed)\b", {"werkloos", "unemployed"}),
    (r"\bcall(ed|ing|s)?\s+in\s+sick\b", {"call"}),   # one of the fixed words of every match
    (r"(?i)\bZIEK", {"ziek"}),                          # case-free: looked for in lower case
    (r"x*y?", None),                                    # can match the empty string
    (r"(a|bc?)d", {"d"}),                              # "d" ends every match
    (r"\d+ euro", {" euro"}),
    (r"ziek|(?:geen )?werk", {"ziek", "werk"}),
])
def test_needles_are_strings_every_match_holds(pattern, expected):
    found = gated_re.needles(pattern)
    assert (None if found is None else set(found)) == (None if expected is None else expected)


def _alternatives(*extra: str) -> str:
    # twelve or more alternatives: the pattern is gated per alternative
    words = ["ziekte", "kanker", "werkloos", "bijstand", "opname", "gevangenis", "detentie",
             "burnout", "depressie", "verslaafd", "chemo", "revalidatie"]
    return "|".join([*extra, *(rf"(?:\b{w}(\w*))" for w in words)])


@pytest.mark.parametrize("pattern, text", [
    # the first alternative in order wins at a place, as in re
    (_alternatives(r"(?:\bziek)"), "ik ben ziek en heb een ziekte"),
    (_alternatives(r"(?:\bzie)"), "zie de ziekte"),
    # an alternative that matches later does not hide one that matches earlier
    (_alternatives(), "na de chemo volgde revalidatie en toen burnout"),
    # lookbehind and anchors keep their meaning at the place found
    (_alternatives(r"(?:(?<!niet )\bopname\b)"), "niet opname maar wel opname"),
    (_alternatives(r"(?:^werk)"), "geen werk, werkloos"),
    (_alternatives(r"(?:\d+\s*uur)"), "kdv 40 uur en bijstand"),
    (_alternatives(), "Kanker"),                            # case matters when the pattern says so
])
def test_many_alternatives_match_as_re_does(pattern, text):
    gated, plain = gated_re.compile(pattern), re.compile(pattern)
    got, want = gated.search(text), plain.search(text)
    assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))
    assert gated.sub("#", text) == plain.sub("#", text)
    assert [m.span() for m in gated.finditer(text)] == [m.span() for m in plain.finditer(text)]


def _chat_patterns() -> list[gated_re.Gated]:
    found: dict[int, gated_re.Gated] = {}

    def take(value, depth=0):
        if isinstance(value, gated_re.Gated):
            found[id(value)] = value
        elif isinstance(value, (list, tuple)) and depth < 3:
            for v in value:
                take(v, depth + 1)
        elif isinstance(value, dict) and depth < 3:
            for v in value.values():
                take(v, depth + 1)

    for module in (asks, compose, facts, faq, gemeente, guarantees, intents, lang, phrases, places,
                   safety, text, third_person):
        for value in vars(module).values():
            take(value)
    return list(found.values())


def _messages() -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests" / "blind").rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and '"text"' in line:
                texts.append(json.loads(line)["text"])
    sample = texts[::23]
    pieces = [s for t in sample[::3] for s in re.split(r"(?<=[.?!,])\s+", t)]
    return sample + [t.lower() for t in sample] + pieces


def test_every_chat_pattern_finds_what_re_finds_in_real_messages():
    patterns, messages = _chat_patterns(), _messages()
    assert len(patterns) > 300 and len(messages) > 500
    assert sum(1 for p in patterns if p._parts) > 20  # the per-alternative gate is in use
    wrong = []
    for p in patterns:
        for t in messages:
            got, want = p.search(t), p.rx.search(t)
            if (got and (got.span(), got.groups())) != (want and (want.span(), want.groups())):
                wrong.append((p.pattern[:60], t[:60]))
                break
            if p._parts and got is not None and p.sub("#", t) != p.rx.sub("#", t):
                wrong.append((p.pattern[:60], t[:60]))
                break
    assert wrong == []
