"""The chat's broad second safety net. The precise net (wizard/chat/safety.py) looks for danger
phrases; messages that say danger in other words ("I hope I don't wake up tomorrow", "the teacher
heard that it hurts where it shouldn't", "he knows where the kids go to school") slip through it.
This net reads each sentence for broad word classes (a person, harm, fear, finality, a
disclosure, ...) and fires when a rule's classes come together: one alarming word never fires
alone. It runs only when the precise net found nothing, and answers with the same Danger and the
same help lines. Word classes and rules are data: content/safety/broad.toml."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from wizard.chat import safety
from wizard.chat.phrases import AnchorIndex, Matcher, message_keys
from wizard.content import read_toml

# Order of urgency, as in safety.detect_danger.
_ORDER = ("acute_danger", "suicide", "domestic_violence", "harm_to_child")


@dataclass(frozen=True)
class _Rule:
    name: str
    kind: str
    all: frozenset[str]
    none: frozenset[str]
    window: int  # 1 = one sentence, 2 = a sentence with the one before it, 3 = two before
    none_in_window: bool = False  # `none` in any sentence of the window, not only the last


@dataclass(frozen=True)
class _Net:
    classes: dict[str, Matcher]
    rules: tuple[_Rule, ...]
    danger_words: frozenset[str]  # classes that name a danger themselves (for the learned net)
    calm: frozenset[str]  # classes that explain such a word away in its sentence
    calm_all: frozenset[str]  # ... and the precise net's signals too (the writer's workplace)
    anchors: AnchorIndex  # which classes a message can meet at all (speed)


@lru_cache(maxsize=1)
def net() -> _Net:
    data = read_toml(safety._safety_dir() / "broad.toml")
    classes = {name: Matcher(phrases) for name, phrases in data["classes"].items()}
    rules = tuple(_Rule(r["name"], r["kind"], frozenset(r["all"]), frozenset(r.get("none", ())),
                        int(r.get("window", 1)), bool(r.get("none_in_window", False)))
                  for r in data["rules"])
    for rule in rules:  # a typo in the data must fail loudly, not silently never fire
        unknown = (rule.all | rule.none) - set(classes)
        if unknown or rule.kind not in _ORDER:
            raise ValueError(f"broad.toml rule {rule.name!r}: unknown {unknown or rule.kind}")
    danger_words = frozenset(data["danger_words"]["classes"])
    calm = frozenset(data["danger_words"]["calm"])
    calm_all = frozenset(data["danger_words"].get("calm_all", ()))
    if (danger_words | calm | calm_all) - set(classes):
        raise ValueError(f"broad.toml danger_words: unknown "
                         f"{(danger_words | calm | calm_all) - set(classes)}")
    return _Net(classes, rules, danger_words, calm, calm_all, AnchorIndex(classes))


# Classes in which the writer fears, or tells, their own harm to a child.
_OWN_FEAR = frozenset({"own_fear", "own_fear_strong"})


def tells_own_fear(signals: tuple[str, ...]) -> bool:
    """Did a rule fire on the writer's fear of their own harm to a child?"""
    return any(f"broad.{r.name}" in signals for r in net().rules if r.all & _OWN_FEAR)


def _classes_per_sentence(norm: str) -> list[frozenset[str]]:
    """For each sentence of a normalised message (' a b | c d '): the word classes found in it."""
    return _classes_per_part(norm, [i for i, c in enumerate(norm) if c == "|"])


def _classes_per_clause(norm: str) -> list[frozenset[str]]:
    """As _classes_per_sentence, for the clauses of _clause_cuts."""
    return _classes_per_part(norm, _clause_cuts(norm))


def _classes_per_part(norm: str, cuts: list[int]) -> list[frozenset[str]]:
    """The word classes of each part of a normalised message cut at `cuts`. Each class is matched
    once over the whole message (a phrase never spans a ' | '), then its hits are placed in
    their part: fast also for a long pasted story."""
    found: list[set[str]] = [set() for _ in range(len(cuts) + 1)]
    keys = message_keys(norm)
    n = net()
    # only the classes one of whose anchor words is in the message (a few dozen of some 250)
    for name, met in n.anchors.met(keys).items():
        for start, _ in n.classes[name].spans(norm, met=met):
            found[bisect_right(cuts, start)].add(name)
    return [frozenset(f) for f in found]


def _clause_cuts(norm: str) -> list[int]:
    """Where a normalised message is cut for the rules: its sentence ends, and inside a long
    sentence before each joining word (safety.clause_starts)."""
    cuts, start = [], 0
    for end in [i for i, c in enumerate(norm) if c == "|"] + [len(norm)]:
        words = norm[start:end].split()
        starts = set(safety.clause_starts(words))
        pos = start
        for i, w in enumerate(words):
            pos = norm.index(w, pos)
            if i in starts:
                cuts.append(pos - 1)
            pos += len(w)
        if end < len(norm):
            cuts.append(end)
        start = end + 1
    return cuts


def danger_word_sentences(norm: str) -> list[bool]:
    """For each sentence of a normalised message: does it name a harm, a means, an ending or a
    threat, not explained away in that sentence (broad.toml [danger_words])? Alone this is no
    alarm; the learned net needs less evidence with it."""
    return [d for d, _ in danger_word_marks(norm)]


def danger_word_marks(norm: str) -> list[tuple[bool, bool]]:
    """Per sentence: (names a danger word not explained away, is set aside wholly: a class of
    broad.toml [danger_words] calm_all, so no other signal of it counts either)."""
    n = net()
    return [(bool(found & n.danger_words) and not found & n.calm, bool(found & n.calm_all))
            for found in _classes_per_sentence(norm)]


def fired_rules(text: str, norm: str | None = None) -> list[str]:
    """The names of the rules a message meets (for tests and for tuning the data)."""
    return [r.name for r in _fired(_norm(text, norm))[0]]


def _norm(text: str, norm: str | None) -> str:
    """The caller's normalised text (detect_danger passes it with ordinary idioms blanked out),
    or safety.normalise(text) without that blanking (stricter: for tests and tuning)."""
    return safety.normalise(text) if norm is None else norm


def _fired(norm: str) -> tuple[list[_Rule], list[frozenset[str]]]:
    """(the rules a normalised message meets, the word classes of each of its clauses)."""
    sentences = _classes_per_clause(norm)
    found = frozenset().union(*sentences)
    out = []
    for rule in net().rules:
        if not rule.all <= found:  # most rules: a class is nowhere in the message
            continue
        for i, here in enumerate(sentences):
            seen = here.union(*sentences[max(0, i - rule.window + 1):i])
            # `here` must add a class: else the earlier sentences alone were judged on their turn,
            # with their own `none` (a calm sentence before an empty one is not read again).
            # A plan's ordinary object ("the move is on Saturday. Then it's done") may sit in the
            # sentence before: such rules look for `none` in the whole window.
            calm = seen if rule.none_in_window else here
            if rule.all <= seen and rule.all & here and not rule.none & calm:
                out.append(rule)
                break
    return out, sentences


def detect_broad(text: str, norm: str | None = None) -> safety.Danger | None:
    """The danger the broad net finds in a message, or None. `norm`: see _norm."""
    if not text or not text.strip():
        return None
    norm = _norm(text, norm)
    rules, sentences = _fired(norm)
    if not rules:
        return None
    kinds = {r.kind for r in rules}
    if kinds & {"domestic_violence", "harm_to_child"} and any("now" in s for s in sentences):
        kinds.add("acute_danger")  # violence or harm happening now: 112 first
    if "acute_danger" in kinds and safety.overdose_taken(norm):
        kinds.add("suicide")  # an overdose taken: 112 and 113, as in the precise net
    ordered = [k for k in _ORDER if k in kinds]
    lines = list(safety._order(ordered, "domestic_violence" in kinds))
    child = bool(safety.lexicon().child_writer.search(norm))
    if child:
        lines.append("kindertelefoon")
    numbers = tuple(safety.replies()["lines"][x]["number"] for x in lines)
    return safety.Danger(kind=ordered[0], kinds=tuple(ordered), lines=tuple(lines),
                         numbers=numbers, signals=tuple(f"broad.{r.name}" for r in rules),
                         child_writer=child)
