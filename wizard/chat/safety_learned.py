"""The chat's LEARNED third safety net. The precise net (safety.py) and the broad net
(safety_broad.py) are rule lists: they know the wordings they have seen. This net learns from
labelled examples (content/safety/examples*.toml, plus the FAQ variants as ordinary text) and so
also scores wordings nobody wrote a rule for.

Model: naive Bayes over the normalised text (safety.normalise): words, word pairs and letter
groups of 3-5 letters inside a word (these carry misspellings and compounds). Trained
deterministically at first use (about a second, then cached); no download, no dependency.
A message is scored per sentence and per pair of neighbouring sentences (the highest counts), so a
crisis sentence inside a long SMI question is not drowned by the ordinary ones. It fires at
THRESHOLD when a sentence names a harm, a means, an ending or a threat that is not explained away
there (broad.toml [danger_words], or a strong signal of the precise net), else only at
THRESHOLD_PLAIN: a tired parent or a sleeping baby shares many words with the crisis examples but
names no danger. Chosen by leave-one-group-out cross-validation (tests/test_chat_safety_learned.py)
over 1,540 crisis and 1,596 ordinary messages: 99.5 % recall (rules alone 90.2 %), false crisis
0.9 % on realistic ordinary groups and 3.2 % over all, with the near-miss sets. On the new
writer's batches (examples_more.toml) at their first, blind run: 85.8 % (rules alone 63.6 %).
Logistic regression over the
same features and word-class features were tried and were no better. A test on a blind set the
rule nets had never seen agreed: the nets as they were before heldout4's classes caught 42/50 of
heldout4 alone, 45/50 with this net at 9.6 and 48/50 at 7, with no added false alarm.
Session 3 (safety8): the lower threshold needs the danger named in the scored sentence or next to
it (gated_score), and THRESHOLD_PLAIN went from 11 to 11.5: with 3,380 labelled messages by 180 more
writers (examples_s8.toml), 11 sat on a knife edge (ordinary sentences moved across it with every
new batch) and 11.5 missed no more crisis messages in cross-validation (recall 99.1 %, false 3.1 %
over all groups, 0.2 % on the realistic ones).
Session 4 (safety9): 167 more messages by 74 writers (examples_s9.toml), in crisis/near-miss
pairs (not knowing any more about a form or about life; a day or a place for a plan or for a
holiday): recall 99.5 % (99.3 % before), false 3.25 % over all groups with these hard pairs (3.0 %
without them; 3.15 % before); through detect_danger as the reader sees it 99.5 % and 2.9 %.
The kind (which help line) comes from
a second naive Bayes over the four kinds. Nothing here logs or stores a message."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import mul
from pathlib import Path

from wizard.chat import safety
from wizard.chat.phrases import message_keys
from wizard.content import read_toml

KINDS = ("suicide", "acute_danger", "domestic_violence", "harm_to_child")
# Log-odds (crisis against ordinary) at which the net fires; from cross-validation, see above.
# _ALPHA and _CHAR_WEIGHT were chosen the same way (a grid of 0.1/0.5/1 by 0.1/0.25/0.5).
THRESHOLD = 5.0  # a sentence names a danger
THRESHOLD_PLAIN = 11.5  # no sentence does
_ALPHA = 0.5  # smoothing: a feature seen once is evidence, not proof
# Kinds this close (log-likelihood) to the best also get their help line: with 6, the right kind
# is among those given for 95 % of unseen crisis messages (88 % for the best alone), 1.4 kinds
# on average (leave-one-group-out, as for THRESHOLD).
_KIND_MARGIN = 6.0
_URGENCY = ("acute_danger", "suicide", "domestic_violence", "harm_to_child")  # as in safety.py
_CHAR_WEIGHT = 0.1  # letter groups overlap: one word gives ~12 of them, so each counts less


def _letter_groups(word: str) -> tuple[str, ...]:
    # (not cached: a cache would keep the words of parents' messages; Model.weighed_groups keeps
    # those of our own examples)
    padded = f" {word} "
    return tuple(f"c:{padded[i:i + n]}" for n in (3, 4, 5) for i in range(len(padded) - n + 1))


def features(norm: str, model: Model | None = None) -> list[Counter[str]]:
    """Per sentence of a normalised text (' a b | c d '): its features with their weights. With
    a model: only the features it weighs for crisis (the rest add 0 to a score; leaving them out
    spares building a few hundred letter groups per sentence)."""
    keep = None if model is None else model.crisis
    out = []
    for sentence in norm.split("|"):
        words = [w for w in sentence.split() if w != "~"]
        if not words:
            continue
        f: Counter[str] = Counter()
        for w in words:  # dict.update: a letter group found twice is still one feature
            groups = _letter_groups(w) if model is None else model.weighed_groups(w)
            dict.update(f, dict.fromkeys(groups, _CHAR_WEIGHT))
        for w in words:
            if keep is None or "w:" + w in keep:
                f["w:" + w] = 1.0
        for a, b in zip(words, words[1:], strict=False):
            if keep is None or f"b:{a} {b}" in keep:
                f[f"b:{a} {b}"] = 1.0
        out.append(f)
    return out


def _merge(parts: Iterable[Counter[str]]) -> Counter[str]:
    out: Counter[str] = Counter()
    for p in parts:
        for k, v in p.items():
            out[k] = max(out[k], v)
    return out


@dataclass(frozen=True)
class Model:
    crisis: dict[str, float]  # feature -> log P(f|crisis) - log P(f|ordinary)
    kinds: dict[str, tuple[float, ...]]  # feature -> log P(f|kind) per KINDS
    unseen_kind: tuple[float, ...]  # log P(unseen feature|kind)
    _groups: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def weighed_groups(self, word: str) -> tuple[str, ...]:
        """The word's letter groups that the crisis weights know, in their order: kept for the
        words of the examples the model learned from (see `model`), read afresh for any other
        word, so that no word of a parent's message stays in memory after its answer."""
        found = self._groups.get(word)
        return self._weigh(word) if found is None else found

    def know_words(self, words: Iterable[str]) -> None:
        """Keep the weighed letter groups of these words (our own examples' words: the common
        words of messages, read once at start instead of once per message)."""
        for w in words:
            if w not in self._groups:
                self._groups[w] = self._weigh(w)

    def _weigh(self, word: str) -> tuple[str, ...]:
        return tuple(g for g in _letter_groups(word) if g in self.crisis)


def _log_probs(counts: Counter[str], vocab: set[str]) -> tuple[dict[str, float], float]:
    total = sum(counts.values()) + _ALPHA * len(vocab)
    return {f: math.log((counts[f] + _ALPHA) / total) for f in vocab}, math.log(_ALPHA / total)


def doc_features(norm: str) -> Counter[str]:
    """The features of a whole normalised message (each once, at its highest weight)."""
    return _merge(features(norm))


def train(examples: Iterable[tuple[str, Counter[str]]]) -> Model:
    """A model from (label, doc_features) pairs; label "ordinary" or one of KINDS."""
    per_label: dict[str, Counter[str]] = {k: Counter() for k in ("ordinary", *KINDS)}
    for label, feats in examples:
        per_label[label].update(feats)
    crisis = sum((per_label[k] for k in KINDS), Counter())
    vocab = set(crisis) | set(per_label["ordinary"])
    pc, _ = _log_probs(crisis, vocab)
    po, _ = _log_probs(per_label["ordinary"], vocab)
    kind_vocab = set(crisis)
    kp = [_log_probs(per_label[k], kind_vocab) for k in KINDS]
    return Model(crisis={f: pc[f] - po[f] for f in vocab},
                 kinds={f: tuple(p[0][f] for p in kp) for f in kind_vocab},
                 unseen_kind=tuple(p[1] for p in kp))


def windows(model: Model, norm: str, sentences: list[Counter[str]] | None = None,
            ) -> list[tuple[float, tuple[int, ...]]]:
    """(crisis log-odds, sentence numbers) of each sentence and each pair of neighbouring
    sentences. Sentence numbers count the sentences of `norm` that hold a word. `sentences`:
    features(norm, model), when the caller has them."""
    sentences = features(norm, model) if sentences is None else sentences
    w = model.crisis
    # (every feature is weighed: features(norm, model) keeps only those; map is the fast sum)
    alone = [sum(map(mul, map(w.__getitem__, f.keys()), f.values())) for f in sentences]
    out = [(s, (i,)) for i, s in enumerate(alone)]
    for i in range(1, len(sentences)):
        # A pair counts each shared feature once (as doc_features does), without a new Counter.
        prev, here = sentences[i - 1], sentences[i]
        shared = sum(w.get(k, 0.0) * min(prev[k], here[k]) for k in prev.keys() & here.keys())
        out.append((alone[i - 1] + alone[i] - shared, (i - 1, i)))
    return out


def score(model: Model, norm: str) -> float:
    """The highest crisis log-odds over the sentences and pairs of neighbouring sentences."""
    return max((s for s, _ in windows(model, norm)), default=-math.inf)


def gated_score(model: Model, norm: str, sentences: list[Counter[str]] | None = None) -> float:
    """The highest crisis log-odds over the windows (as `score`), where a window that names no
    harm, means, ending or threat itself or in a sentence next to it counts THRESHOLD_PLAIN -
    THRESHOLD less: the evidence and the named danger must be close. ("ik heb een depressie" in
    one sentence and "ik krijg het niet meer rond" about money two sentences on are two ordinary
    facts; "ik heb pillen gespaard. ik wil niet meer" is one thought.) Fires at THRESHOLD."""
    wins = windows(model, norm, sentences)
    best = max((s for s, _ in wins), default=-math.inf)
    if best < THRESHOLD:
        return best
    named = danger_sentences(norm)
    penalty = THRESHOLD_PLAIN - THRESHOLD

    def close(idx: tuple[int, ...]) -> bool:  # one sentence: itself or a neighbour; a pair: itself
        lo, hi = (idx[0] - 1, idx[0] + 1) if len(idx) == 1 else (idx[0], idx[-1])
        return any(named[max(0, lo):hi + 1])

    return max(s - (0.0 if close(idx) else penalty) for s, idx in wins)


def kinds_of(model: Model, norm: str, sentences: list[Counter[str]] | None = None) -> list[str]:
    """The kinds whose log-likelihood is within _KIND_MARGIN of the best, best first: where the
    model cannot tell suicide from harm to a child, the reader gets both help lines.
    `sentences`: as for `windows`."""
    # (only the features the model weighs for crisis: the others are not in model.kinds)
    merged = _merge(features(norm, model) if sentences is None else sentences)
    rows = [(row, v) for row, v in ((model.kinds.get(k), v) for k, v in merged.items()) if row]
    total = [sum([row[i] * v for row, v in rows]) for i in range(len(KINDS))]
    best = max(total)
    order = sorted(range(len(KINDS)), key=lambda i: -total[i])
    return [KINDS[i] for i in order if total[i] >= best - _KIND_MARGIN]


def example_files() -> list[Path]:
    """Every content/safety/examples*.toml (examples.toml, examples_more.toml, ...), by name: a
    new batch of labelled messages is a new file, read without a code change."""
    return sorted(safety._safety_dir().glob("examples*.toml"))


def examples() -> list[tuple[str, str, str]]:
    """(group, label, text) of content/safety/examples*.toml and the FAQ variants (ordinary)."""
    from wizard.chat.faq import load_items

    out = []
    for path in example_files():
        for e in read_toml(path).get("examples", []):
            if e["label"] not in ("ordinary", *KINDS):  # a typo must fail loudly
                raise ValueError(f"{path.name}: unknown label {e['label']!r}")
            out.append((e["group"], e["label"], e["text"]))
    for item in load_items():
        for lang in ("nl", "en"):
            out += [("faq", "ordinary", v) for v in item.part(lang).variants]
    return out


@lru_cache(maxsize=1)
def model() -> Model:
    texts = [(label, read(text)) for _, label, text in examples()]
    m = train((label, doc_features(norm)) for label, norm in texts)
    m.know_words(w for _, norm in texts for w in norm.split())
    return m


def read(text: str) -> str:
    """A message as this net reads it: normalised, ordinary idioms blanked (as detect_danger)."""
    return safety.blank_neutral(safety.normalise(text))


# Signals of the precise net that name nothing dangerous by themselves ("hij", "nu", "slaat" of
# a door, "outside the house", "gevallen").
_NOT_DANGER = frozenset({"person", "now", "young_actor", "victim_child", "actor", "victim", "verb",
                         "at_door", "injury"})


def danger_sentences(norm: str) -> list[bool]:
    """For each sentence of the message that holds a word (as `features` counts them): does it
    name a harm, a means, an ending or a threat (a broad.toml danger word not explained away
    there, or a signal of the precise net that weighs for danger)?"""
    from wizard.chat.safety_broad import danger_word_marks

    parts = norm.split("|")
    broad = danger_word_marks(norm)
    signals = [sig for name, sig in safety.lexicon().signals.items()
               if sig.weight > 0 and name.split(".", 1)[1] not in _NOT_DANGER]
    out = []
    for part, (word, set_aside) in zip(parts, broad, strict=True):
        if not [w for w in part.split() if w != "~"]:
            continue
        if not word and not set_aside:
            s = f" {part.strip()} "
            keys = message_keys(s)
            word = any(sig.rx.spans(s, keys) for sig in signals)
        out.append(word)
    return out


def names_danger(norm: str) -> bool:
    """Does a sentence of the message name a harm, a means, an ending or a threat?"""
    return any(danger_sentences(norm))


def detect_learned(text: str, norm: str) -> safety.Danger | None:
    """The danger the learned net finds in a message (`norm` as `read` gives it), or None."""
    m = model()
    sentences = features(norm, m)
    s = gated_score(m, norm, sentences)
    if s < THRESHOLD:
        return None
    found = kinds_of(m, norm, sentences)
    if "acute_danger" in found and "domestic_violence" not in found \
            and safety.lexicon().signals["domestic_violence.actor"].rx.search(norm):
        # Danger now from a partner or family member ("hij gooide met een stoel, hij komt straks
        # terug"): this net is least sure of the kind, so Veilig Thuis is given after 112 too.
        found.append("domestic_violence")
    if "acute_danger" in found and "suicide" not in found and safety.overdose_taken(norm):
        found.append("suicide")  # an overdose taken: 112 and 113, as in the precise net
    kinds = [k for k in _URGENCY if k in found]
    kind = kinds[0]
    lines = list(safety._order(kinds, "domestic_violence" in kinds))
    child = bool(safety.lexicon().child_writer.search(norm))
    if child:
        lines.append("kindertelefoon")
    numbers = tuple(safety.replies()["lines"][x]["number"] for x in lines)
    return safety.Danger(kind=kind, kinds=tuple(kinds), lines=tuple(lines), numbers=numbers,
                         scores={"learned": round(s, 2)}, signals=("learned",),
                         child_writer=child)
