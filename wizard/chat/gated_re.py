"""Regular expressions with a literal gate: the chat reads each message with some hundreds of
patterns, and nearly all of them find nothing. Most patterns cannot match unless the text holds
one of a few fixed strings ("ziek", "werk", "contract" ...); the gate asks for those with `in`,
which is many times cheaper than letting the regex engine walk the text, and only then runs the
pattern. The strings are read from the pattern itself (its parse tree), so the gate can never
say "no" where the pattern would match: every match contains one of them. Behaviour is that of
`re`; only the time changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache, lru_cache

from wizard.chat.per_message import remembered

try:  # Python 3.11+
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

Needles = frozenset[str] | None  # None: no fixed string is sure to be in a match

_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT} | ({C.POSSESSIVE_REPEAT} if hasattr(C, "POSSESSIVE_REPEAT")
                                         else set())
_MAX_NEEDLES = 24  # more strings than this cost more to look for than the pattern does
_REFERENCE = re.compile(r"\\\d|\(\?P=|\(\?\(")
_FEW = 3  # strings looked for directly (see Gated.__init__)


def _better(a: Needles, b: Needles) -> Needles:
    """The more selective of two needle sets: longer shortest string first, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    def key(s: frozenset[str]) -> tuple[int, int]:
        return (min(min(len(n) for n in s), 5), -len(s))
    return a if key(a) >= key(b) else b


def _sequence(items) -> Needles:
    best: Needles = None
    run: list[str] = []

    def flush() -> None:
        nonlocal best, run
        if run:
            best = _better(best, frozenset(["".join(run)]))
        run = []

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # zero width: the strings on both sides still meet
            if op is not C.AT:
                flush()
            continue
        flush()
        best = _better(best, _element(op, av))
    flush()
    return best


def _element(op, av) -> Needles:
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            return None
        return _sequence(sub)
    if op is C.BRANCH:
        found: set[str] = set()
        for alt in av[1]:
            s = _sequence(alt)
            if not s:
                return None
            found |= s
        return frozenset(found) if len(found) <= _MAX_NEEDLES else None
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else None
    if hasattr(C, "ATOMIC_GROUP") and op is C.ATOMIC_GROUP:
        return _sequence(av)
    return None


@cache
def needles(pattern: str, flags: int = 0) -> Needles:
    """Strings of which every match of the pattern holds at least one (None: no such set)."""
    if flags & re.VERBOSE:
        return None
    try:
        tree = P.parse(pattern, flags)
        flags |= tree.state.flags  # with the pattern's own "(?i)"
        found = _sequence(tree)
    except Exception:  # a construct this reader does not know: no gate, the pattern decides
        return None
    if flags & re.VERBOSE:
        return None
    if not found or "" in found or len(found) > _MAX_NEEDLES:
        return None
    if flags & re.IGNORECASE:
        found = frozenset(n.lower() for n in found)
    return found


def top_alternatives(pattern: str) -> list[str]:
    """The pattern's alternatives at the top level ("a|(b|c)|d" -> ["a", "(b|c)", "d"])."""
    parts, depth, start, i, n = [], 0, 0, 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: "|" and ")" inside it are characters
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


_RARE = {c: i for i, c in enumerate("eantiroslduhgkmcwpvbfyjzqx")}  # common letters first


@remembered  # per message only: no text of a parent's message stays in memory after its answer
def grams(text: str) -> frozenset[str]:
    """The three-letter pieces of the text in lower case (one message is read by hundreds of
    patterns, most on the same few strings)."""
    low = text.lower()
    return frozenset([low[i:i + 3] for i in range(len(low) - 2)])


def _gram(needle: str) -> str | None:
    """The rarest three-letter piece of the needle in lower case: wherever the needle is, the
    lower-cased text holds it (None: a needle too short to have one)."""
    low = needle.lower()
    if len(low) < 3:
        return None
    return max((low[i:i + 3] for i in range(len(low) - 2)),
               key=lambda g: sum(_RARE.get(c, 30) for c in g))


def _gate(found: Needles) -> frozenset[str] | None:
    """One piece per needle: a text without any of them cannot match."""
    if not found:
        return None
    pieces = {_gram(n) for n in found}
    return None if None in pieces else frozenset(pieces)  # type: ignore[arg-type]


class Gated:
    """A compiled pattern that first looks for its fixed strings (the `re.Pattern` methods the chat
    uses). A pattern of many alternatives ("(?:a)|(?:b)|..." as `text.any_of` builds) is gated per
    alternative: the regex engine tries every alternative at every position of the text, which
    for eighty alternatives costs a millisecond on a long message; only the alternatives whose
    strings occur are searched, and the whole pattern then decides at the first place one of them
    matches, so the match (its alternative, its groups) is the one `re` would give."""

    __slots__ = ("rx", "needles", "_gate", "_fold", "_parts", "_always", "_by_gram",
                 "_gram_keys", "pattern", "flags", "groups", "groupindex")

    def __init__(self, rx: re.Pattern[str]):
        self.rx = rx
        self.pattern, self.flags = rx.pattern, rx.flags
        self.groups, self.groupindex = rx.groups, rx.groupindex
        self._fold = bool(rx.flags & re.IGNORECASE)
        flags = rx.flags & ~re.UNICODE
        self.needles = needles(rx.pattern, flags)
        # A few strings of a case-sensitive pattern are looked for with `in` at once: cheaper than
        # the three-letter pieces of the text (which pay off for many strings, or a lowered text).
        few = self.needles is not None and len(self.needles) <= _FEW and not self._fold
        self._gate = None if few else _gate(self.needles)
        self._parts: tuple[re.Pattern[str], ...] = ()
        self._always: tuple[int, ...] = ()  # alternatives without a piece to look for
        self._by_gram: dict[str, tuple[int, ...]] = {}
        self._gram_keys: frozenset[str] = frozenset()
        # (a group reference or a condition ties alternatives together: such a pattern is whole)
        alternatives = [] if flags & re.VERBOSE or _REFERENCE.search(rx.pattern) \
            else top_alternatives(rx.pattern)
        if len(alternatives) >= 12 and self.needles is None:
            try:
                self._parts = tuple(re.compile(a, rx.flags) for a in alternatives)
            except re.error:  # an alternative that does not stand alone
                self._parts = ()
            always, by_gram = [], {}
            for i, a in enumerate(alternatives if self._parts else ()):
                gate = _gate(needles(a, flags))
                if gate is None:
                    always.append(i)
                    continue
                for g in gate:
                    by_gram.setdefault(g, []).append(i)
            self._always = tuple(always)
            self._by_gram = {g: tuple(ix) for g, ix in by_gram.items()}
            self._gram_keys = frozenset(by_gram)

    def _may(self, text: str) -> bool:
        if self._gate is not None and self._gate.isdisjoint(grams(text)):
            return False
        ns = self.needles
        if ns is None:
            return not self._parts or bool(self._open(text))
        if self._fold:
            text = text.lower()
        for n in ns:
            if n in text:
                return True
        return False

    def _open(self, text: str) -> list[re.Pattern[str]]:
        """The alternatives that can match in the text (a necessary test: each is searched)."""
        found = set(self._always)
        for g in self._gram_keys.intersection(grams(text)):
            found.update(self._by_gram[g])
        return [self._parts[i] for i in found]

    def search(self, text: str, *args) -> re.Match[str] | None:
        if not self._parts or args:
            return self.rx.search(text, *args) if self._may(text) else None
        first = -1
        for part in self._open(text):
            m = part.search(text)
            if m is not None and (first < 0 or m.start() < first):
                first = m.start()
        # the whole pattern at the first place where one alternative matches: the same
        # alternative (the first in order) and the same groups as a search of the whole
        return None if first < 0 else self.rx.match(text, first)

    def match(self, text: str, *args) -> re.Match[str] | None:
        return self.rx.match(text, *args) if self._may(text) else None

    def fullmatch(self, text: str, *args) -> re.Match[str] | None:
        return self.rx.fullmatch(text, *args) if self._may(text) else None

    def finditer(self, text: str, *args) -> Iterator[re.Match[str]]:
        return self.rx.finditer(text, *args) if self._may(text) else iter(())

    def findall(self, text: str, *args) -> list:
        return self.rx.findall(text, *args) if self._may(text) else []

    def sub(self, repl: str | Callable[[re.Match[str]], str], text: str, count: int = 0) -> str:
        return self.rx.sub(repl, text, count) if self._may(text) else text

    def subn(self, repl, text: str, count: int = 0) -> tuple[str, int]:
        return self.rx.subn(repl, text, count) if self._may(text) else (text, 0)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.rx.split(text, maxsplit) if self._may(text) else [text]

    def __repr__(self) -> str:
        return f"gated_re.compile({self.pattern!r})"


def compile(pattern: str | Gated | re.Pattern[str], flags: int = 0) -> Gated:  # noqa: A001
    if isinstance(pattern, Gated):
        return pattern
    return Gated(re.compile(pattern, flags))


@lru_cache(maxsize=4096)
def _cached(pattern: str, flags: int) -> Gated:
    return compile(pattern, flags)


def search(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    return _cached(pattern, flags).search(text)


def match(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    return _cached(pattern, flags).match(text)


def fullmatch(pattern: str, text: str, flags: int = 0) -> re.Match[str] | None:
    return _cached(pattern, flags).fullmatch(text)


def sub(pattern: str, repl, text: str, count: int = 0, flags: int = 0) -> str:
    return _cached(pattern, flags).sub(repl, text, count)


def findall(pattern: str, text: str, flags: int = 0) -> list:
    return _cached(pattern, flags).findall(text)


def finditer(pattern: str, text: str, flags: int = 0) -> Iterator[re.Match[str]]:
    return _cached(pattern, flags).finditer(text)


def split(pattern: str, text: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return _cached(pattern, flags).split(text, maxsplit)
