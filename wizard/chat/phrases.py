"""A small phrase syntax for word lists kept as data (content/safety/signals.toml), matched on
normalised text (' word word | word ', sentences apart). Used by the chat's safety net.

    word    the word itself          word*   any word starting with it
    a/b     a or b                   word?   the word may be missing
    a_b     the words "a b" (inside a choice: "do_it/end_it")
    ~       up to 3 other words      ~6      up to 6 other words (never across a sentence)
    $       the end of a sentence
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from wizard.chat import gated_re as gre
from wizard.chat.per_message import remembered

_GAP = gre.compile(r"^~(\d*)$")


def plain(text: str) -> str:
    """Lower case, no accents, one kind of apostrophe."""
    text = text.lower().replace("`", "'")
    if text.isascii():  # most messages: nothing to take apart (the check is a hundred times faster)
        return text
    text = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ʼ", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def _word_rx(token: str) -> str:
    optional = token.endswith("?") and len(token) > 1
    alts = []
    for alt in token.rstrip("?").split("/"):
        alt = plain(alt).replace("_", " ")
        alts.append(re.escape(alt[:-1]) + r"[^\s|]*" if alt.endswith("*") else re.escape(alt))
    rx = f"(?:{'|'.join(alts)}) "
    return f"(?:{rx})?" if optional else rx


def _tokens(phrase: str) -> list[str]:
    """The phrase's words. A hyphen joins like "_" ("ex-werkgever" = "ex werkgever"): also inside a
    choice, where a split would break the choice in two ("burn-out/burnout" is one alternative of
    two words, not "burn" followed by "out/burnout")."""
    return [token.replace("-", "_") for token in plain(phrase).split()]


def _phrase_rx(phrase: str) -> str:
    parts = []
    for token in _tokens(phrase):
        gap = _GAP.match(token)
        if token == "$":  # the end of a sentence
            parts.append(r"(?=\||$)")
            continue
        parts.append(r"(?:[^\s|]+ ){0,%s}" % (gap.group(1) or 3) if gap else _word_rx(token))
    # (a phrase starts after a space: _after_space checks it, so the pattern can start with its
    # first word, which the regex engine finds fast)
    return "".join(parts)


def _after_space(rx: re.Pattern[str], text: str, out: list[tuple[int, int]]) -> None:
    """Add the spans of the matches of a phrase pattern that start after a space: those of
    `(?<= )` + the pattern, found by searching on from the next place where one starts inside
    a word."""
    pos, end = 0, len(text)
    while pos <= end:
        m = rx.search(text, pos)
        if m is None:
            return
        start, stop = m.span()
        if start == 0 or text[start - 1] != " ":
            pos = start + 1
            continue
        out.append((start, stop))
        pos = stop if stop > start else start + 1


def _anchor(phrase: str) -> list[tuple[bool, str]] | None:
    """The words (is_prefix, text) of which one must be in a message for the phrase to match:
    the alternatives of its most distinctive required word. None = no such word."""
    best: list[tuple[bool, str]] | None = None
    for token in _tokens(phrase):
        if _GAP.match(token) or token == "$" or (token.endswith("?") and len(token) > 1):
            continue
        alts = [(a.endswith("*"), a.split("_")[0].rstrip("*")) for a in token.split("/")]
        if any(p and len(a) < 3 for p, a in alts):
            continue
        if best is None or min(len(a) for _, a in alts) > min(len(a) for _, a in best):
            best = alts
    return best


class Matcher:
    """A list of phrases. Each phrase is its own regular expression, tried only when its anchor
    word is in the message: a message meets a handful of phrases, not all of them (speed)."""

    PREFIX_LENGTHS: set[int] = set()  # of every "word*" anchor, over all matchers

    def __init__(self, phrases: list[str]) -> None:
        always: list[re.Pattern[str]] = []
        index: dict[str, list[re.Pattern[str]]] = {}
        for phrase in phrases:
            rx = re.compile(_phrase_rx(phrase))  # (its anchor word is its gate)
            anchor = _anchor(phrase)
            if anchor is None:
                always.append(rx)
            for is_prefix, text in anchor or ():
                index.setdefault(text + "*" if is_prefix else text, []).append(rx)
                if is_prefix:
                    Matcher.PREFIX_LENGTHS.add(len(text))
        self.always = tuple(always)
        self.index = {k: tuple(v) for k, v in index.items()}
        self.keys = frozenset(index)

    def spans(self, text: str, keys: frozenset[str] | None = None,
              met: Iterable[str] | None = None) -> list[tuple[int, int]]:
        """Where phrases match, without overlaps (one stretch of text counts once). `met`: the
        anchor keys of this list that the text offers, when the caller knows them
        (AnchorIndex.met); else they are read from `keys` (message_keys of the text)."""
        if met is None:
            met = self.keys & (message_keys(text) if keys is None else keys)
        if not met:
            if not self.always:
                return []  # no anchor word of this list in the text: most lists, most messages
            rxs: Iterable[re.Pattern[str]] = self.always
        elif len(met) == 1 and not self.always:
            rxs = self.index[next(iter(met))]
        else:
            both = dict.fromkeys(self.always)
            for k in met:
                both.update(dict.fromkeys(self.index[k]))
            rxs = both
        found: list[tuple[int, int]] = []
        for rx in rxs:
            _after_space(rx, text, found)
        if len(found) < 2:
            return found
        # At the same start the longest match wins: a phrase that covers more of the sentence
        # ("deadlines ... ik ga dood") is not cut short by one that covers a word of it.
        found.sort(key=lambda span: (span[0], -span[1]))
        out: list[tuple[int, int]] = []
        for start, end in found:
            if not out or start >= out[-1][1]:
                out.append((start, end))
        return out

    def search(self, text: str) -> bool:
        return bool(self.spans(text))


class AnchorIndex:
    """Which of many named Matchers can match a text at all: those with an anchor word in it, and
    those that have a phrase without one (the safety nets keep some 250 lists; a message meets a
    few dozen)."""

    def __init__(self, matchers: dict[str, Matcher]) -> None:
        by_key: dict[str, set[str]] = {}
        for name, matcher in matchers.items():
            for key in matcher.keys:
                by_key.setdefault(key, set()).add(name)
        self.by_key = {k: frozenset(v) for k, v in by_key.items()}
        self.always = frozenset(name for name, matcher in matchers.items() if matcher.always)

    def met(self, keys: frozenset[str]) -> dict[str, list[str]]:
        """The matchers that may match a text with these message_keys, each with the anchor keys
        of it that the text offers (for Matcher.spans: one pass over the text's keys instead of
        one set intersection per matcher)."""
        out: dict[str, list[str]] = {name: [] for name in self.always}
        by_key = self.by_key
        for k in keys:
            names = by_key.get(k)
            if names is not None:
                for name in names:
                    found = out.get(name)
                    if found is None:
                        out[name] = [k]
                    else:
                        found.append(k)
        return out


@remembered  # the nets read the same message (and its sentences) several times
def message_keys(text: str) -> frozenset[str]:
    """The anchor keys a text offers: its words, and their starts as "start*" (only the starts
    some phrase anchors on: a word of 12 letters has 10 starts, few of them anchors)."""
    words = set(text.split())
    lengths = sorted(Matcher.PREFIX_LENGTHS)
    keys = set(words)
    for w in words:
        size = len(w)
        for n in lengths:
            if n > size:
                break
            keys.add(w[:n] + "*")
    return frozenset(keys)


def literal_words(phrases: list[str]) -> tuple[set[str], set[str]]:
    """(words, stems) written literally in the phrases: what spelling repair aims at."""
    words, stems = set(), set()
    for phrase in phrases:
        for token in plain(phrase).replace("-", " ").split():
            if _GAP.match(token) or token == "$":
                continue
            for alt in token.rstrip("?").split("/"):
                for part in alt.split("_"):
                    (stems if part.endswith("*") else words).add(part.rstrip("*"))
    return words, stems
