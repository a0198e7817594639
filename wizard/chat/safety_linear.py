"""An EXPERIMENTAL learned safety net: logistic regression over hashed letter groups and words.

The naive Bayes net (safety_learned.py) adds up evidence per feature as if features were
independent; overlapping letter groups and near-miss wordings ("ik ga dood van de kosten", an
assault "jaren geleden" that is over) then weigh too much. A linear model fitted by logistic loss
learns how much each feature adds GIVEN the others, so the words that undo an alarm ("geleden",
"haha", "van de kosten") get their own negative weight.

Features of a piece of text as the naive Bayes reads it (safety_learned.read: normalised,
ordinary idioms blanked): letter groups of 2-5 letters inside
each word, with the word's edges (" zelf", "moord "), words, word pairs, and cue features for
time, jokes and figures of speech, and the broad net's word classes (content/safety/broad.toml)
with each pair of them. All binary, hashed (crc32, so the same on every machine) into
2^20 slots, the vector scaled to length 1. A message is scored per sentence, per pair of
neighbouring sentences and whole (the highest counts), so a crisis sentence inside a long SMI
question is not diluted by the ordinary ones. To make that maximum calm on ordinary messages,
every sentence of an ordinary example is also learned as ordinary.

Trained at first use from the same examples as the naive Bayes (safety_learned.examples():
content/safety/examples*.toml and the FAQ variants), full-batch Adam with L2 in plain numpy, a
fixed number of steps from zero weights: the same model every time. Measured by leave-one-group-
out in scripts/safety_cv.py and tests/test_chat_safety_linear.py. Alone, at 2 % false alarms on
unseen groups, it is on par with the naive Bayes (recall 0.84 / 0.83) and at 99 % recall it raises
fewer false alarms (28 % / 47 %); together with the rule nets it catches less (0.958 / 0.968 at
the same added false alarms; 0.973 at 4.1 % false against the shipped 0.994 at 4.6 %), so the chat
does not call it (figures: scripts/safety_cv.py, 30 Nov 2026).
Nothing here logs or stores a message."""

from __future__ import annotations

import math
import re
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from wizard.chat import safety, safety_learned

KINDS = safety_learned.KINDS
DIM = 1 << 20
# Log-odds at which the net fires; chosen by leave-one-group-out (scripts/safety_cv.py) as the
# lowest value at which false crisis on unseen ordinary groups (not the FAQ variants) is <= 2 %.
THRESHOLD = 1.91
_CHAR_WEIGHT = 0.2  # one word gives ~14 letter groups; each counts less than a word
_L2 = 1e-6  # per example, on the mean loss
_STEPS = 120
_KIND_STEPS = 60  # the kind needs less: its help lines are given with a margin (_KIND_SHARE)
_RATE = 0.3
_ORDINARY_PARTS = 1.0  # weight of the sentences of ordinary examples, learned as ordinary
# A kind whose probability is at least this share of the best kind's also gets its help line.
_KIND_SHARE = 0.3
_URGENCY = ("acute_danger", "suicide", "domestic_violence", "harm_to_child")  # as in safety.py

# Cues that change what danger words mean. They are features like any other: the model learns
# their weight from the examples (a past event, a joke, a figure of speech lowers it; "now" raises).
_CUES = {
    "past": r"\b(?:\d+|een|twee|drie|paar|vele|lang|jaar|jaren|maanden|weken|year|years|months"
            r"|weeks|long) (?:jaar |jaren |maanden |weken )?(?:geleden|ago)\b|\bvroeger\b|\btoen\b"
            r"|\bused to\b|\bin the past\b|\bback then\b|\bwhen i was\b|\bals kind\b"
            r"|\bas a (?:child|kid|teenager)\b|\bin (?:mijn|my) (?:jeugd|childhood|youth)\b"
            r"|\bachter (?:de |ons |me )?(?:rug|ons)\b",
    "over": r"\b(?:is|was|zijn|it's|it is|that's) (?:al )?(?:voorbij|over)\b|\bnow (?:i am|i'm|we"
            r" are|we're) (?:safe|fine|ok|okay|better)\b|\b(?:hersteld|recovered|gescheiden"
            r"|divorced)\b|\bgaat (?:het )?(?:nu |weer )+(?:goed|beter)\b|\bveilig (?:nu|weer)\b",
    "joke": r"\b(?:ha(?:ha)+\w*|hihi\w*|lol|lmao|xd|grapje|joke|joking|kidding|bij wijze van"
            r" spreken|figure of speech)\b",
    "figure": r"\bdood (?:van|aan)\b|\bvan de (?:kosten|rekening|stress|papieren|formulieren)\b"
              r"|\b(?:killing|kills) me\b|\bdying (?:to|for|of)\b|\bdeath of me\b|\bkill for\b"
              r"|\bdoodmoe\b|\bdood ?op\b|\bdoodziek van\b",
    "now": r"\b(?:nu|nou|now|right now|op dit moment|vannacht|vanavond|tonight|vandaag|today"
           r"|morgen|tomorrow)\b",
    "smi": r"\b(?:smi|kinderopvang|opvang|bso|kdv|gastouder\w*|toeslag|aanvraag|aanvragen"
           r"|formulier|childcare|daycare|application|apply|gemeente|municipality)\b",
    "other": r"\b(?:client|clienten|clients|gezin dat ik|a family i|my client|de moeder|the mother"
             r"|mijn buurvrouw|my neighbour|my neighbor|een vriendin|a friend)\b",
}
_CUE_RX = {name: re.compile(rx) for name, rx in _CUES.items()}


def _slot(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8")) & (DIM - 1)


@lru_cache(maxsize=16384)
def _word_slots(word: str) -> tuple[tuple[int, ...], int]:
    """(letter-group slots, word slot) of one word; cached, words repeat."""
    padded = f" {word} "
    groups = {padded[i:i + n] for n in (2, 3, 4, 5) for i in range(len(padded) - n + 1)}
    groups.discard("  ")
    return tuple(sorted({_slot("c:" + g) for g in groups})), _slot("w:" + word)


# A piece of text to score: (letter-group slots, other slots, broad word classes).
_Window = tuple[frozenset[int], frozenset[int], frozenset[str]]


def _sentence(words: list[str], classes: frozenset[str]) -> _Window:
    chars: set[int] = set()
    others: set[int] = set()
    for w in words:
        groups, slot = _word_slots(w)
        chars.update(groups)
        others.add(slot)
    others.update(_slot(f"b:{a} {b}") for a, b in zip(words, words[1:], strict=False))
    text = " " + " ".join(words) + " "
    others.update(_slot("q:" + name) for name, rx in _CUE_RX.items() if rx.search(text))
    return frozenset(chars), frozenset(others), classes


def _windows(norm: str) -> list[_Window]:
    """The pieces to score: each sentence, each pair of neighbouring sentences, the whole (last).
    Each sentence is read once; a wider piece is the union of its sentences' features."""
    found = _classes(norm)
    sentences = [_sentence(ws, found[i] if i < len(found) else frozenset())
                 for i, ws in enumerate([w for w in s.split() if w != "~"]
                                        for s in norm.split("|")) if ws]
    out = list(sentences)
    if len(sentences) > 1:
        out += [(a[0] | b[0], a[1] | b[1], a[2] | b[2])
                for a, b in zip(sentences, sentences[1:], strict=False)]
    if len(sentences) > 2:
        out.append(tuple(frozenset().union(*parts) for parts in zip(*sentences, strict=True)))
    return out


def _classes(norm: str) -> list[frozenset[str]]:
    """The broad net's word classes (content/safety/broad.toml) per sentence: a person, harm,
    finality... They let the model generalise from "ik wil dood" to wordings with other words
    of the same class (leave-one-group-out recall at 2 % false alarms 0.68 -> 0.76 in a quick
    6-fold run)."""
    from wizard.chat.safety_broad import _classes_per_sentence

    return _classes_per_sentence(norm)


def vector(window: _Window) -> tuple[np.ndarray, np.ndarray]:
    """(slots, values) of a piece of text, scaled to length 1; binary features; word classes
    and each pair of them in the piece are features too."""
    chars, others, classes = window
    ordered = sorted(classes)
    extra = [_slot("k:" + c) for c in ordered]
    extra += [_slot(f"kk:{a}+{b}") for i, a in enumerate(ordered) for b in ordered[i + 1:]]
    rest = others.union(extra)
    chars = chars - rest
    slots = np.fromiter([*chars, *rest], dtype=np.int64, count=len(chars) + len(rest))
    values = np.full(len(slots), 1.0)
    values[:len(chars)] = _CHAR_WEIGHT
    values /= math.sqrt(len(chars) * _CHAR_WEIGHT ** 2 + len(rest))
    return slots, values


@dataclass(frozen=True, eq=False)
class Model:
    crisis: np.ndarray  # DIM weights: log-odds crisis against ordinary
    bias: float
    kinds: np.ndarray  # DIM x len(KINDS) weights of the kind (softmax), learned on crisis only
    kind_bias: np.ndarray


def _fit(rows: list[tuple[np.ndarray, np.ndarray]], targets: np.ndarray, weights: np.ndarray,
         classes: int, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """Weighted logistic (classes == 1) or softmax regression, full-batch Adam from zero.
    Returns (DIM x classes weights, bias per class). Only the slots seen are fitted. The rows
    are kept as one flat list of (row, column, value) entries, once in row order (for the
    scores) and once in column order (for the gradient): two np.add.reduceat per step."""
    slots = np.concatenate([r[0] for r in rows])
    values = np.concatenate([r[1] for r in rows]).astype(np.float32)
    lengths = np.fromiter((len(r[0]) for r in rows), dtype=np.int64, count=len(rows))
    row_starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
    row_of = np.repeat(np.arange(len(rows)), lengths)
    used, col = np.unique(slots, return_inverse=True)
    by_col = np.argsort(col, kind="stable")
    col_starts = np.searchsorted(col[by_col], np.arange(len(used)))
    row_by_col, values_by_col = row_of[by_col], values[by_col]
    w = np.zeros((classes, len(used)), dtype=np.float32)  # one row per class: 1-D sums are fast
    b = np.zeros(classes, dtype=np.float32)
    m_w, v_w, m_b, v_b = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    weights = (weights / weights.sum()).astype(np.float32)
    y = (targets.reshape(1, -1) if classes == 1 else np.eye(classes)[targets].T).astype(np.float32)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    z = np.empty((classes, len(rows)), dtype=np.float32)
    gw = np.empty_like(w)
    for step in range(1, steps + 1):
        for c in range(classes):
            z[c] = np.add.reduceat(values * w[c][col], row_starts) + b[c]
        if classes == 1:
            p = 1.0 / (1.0 + np.exp(-z))
        else:
            p = np.exp(z - z.max(axis=0))
            p /= p.sum(axis=0)
        g = (p - y) * weights  # gradient of the weighted mean loss per row
        for c in range(classes):
            gw[c] = np.add.reduceat(values_by_col * g[c][row_by_col], col_starts)
        gw += _L2 * w
        gb = g.sum(axis=1)
        m_w = beta1 * m_w + (1 - beta1) * gw
        v_w = beta2 * v_w + (1 - beta2) * gw * gw
        m_b = beta1 * m_b + (1 - beta1) * gb
        v_b = beta2 * v_b + (1 - beta2) * gb * gb
        c1, c2 = 1 - beta1 ** step, 1 - beta2 ** step
        w -= _RATE * (m_w / c1) / (np.sqrt(v_w / c2) + eps)
        b -= _RATE * (m_b / c1) / (np.sqrt(v_b / c2) + eps)
    full = np.zeros((DIM, classes), dtype=np.float32)
    full[used] = w.T
    return full, b


@lru_cache(maxsize=8192)
def _example_vectors(norm: str) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """The window vectors of a training example, kept: cross-validation trains many times on
    the same examples. Only examples pass here, never a parent's message."""
    return tuple(vector(w) for w in _windows(norm))


def train(examples: Iterable[tuple[str, str]]) -> Model:
    """A model from (label, normalised text) pairs; label "ordinary" or one of KINDS."""
    rows, target, weight, kind_rows, kind_target = [], [], [], [], []
    for label, norm in examples:
        vectors = _example_vectors(norm)
        if not vectors:
            continue
        crisis = label != "ordinary"
        doc = vectors[-1]  # the last window is the whole message
        rows.append(doc)
        target.append(int(crisis))
        weight.append(1.0)
        if crisis:
            kind_rows.append(doc)
            kind_target.append(KINDS.index(label))
        elif _ORDINARY_PARTS:  # every part of an ordinary message is ordinary: the maximum
            parts = vectors[:-1]  # over the parts must stay calm
            for part in parts:
                rows.append(part)
                target.append(0)
                weight.append(_ORDINARY_PARTS / len(parts))
    t = np.array(target)
    wt = np.array(weight)
    # Both classes weigh the same in total: there are more ordinary rows (their sentences).
    wt[t == 1] *= wt[t == 0].sum() / max(wt[t == 1].sum(), 1e-9)
    w, b = _fit(rows, t, wt, 1, _STEPS)
    kw, kb = _fit(kind_rows, np.array(kind_target), np.ones(len(kind_rows)), len(KINDS),
                  _KIND_STEPS)
    return Model(crisis=w[:, 0].copy(), bias=float(b[0]), kinds=kw, kind_bias=kb)


def score(model: Model, norm: str) -> float:
    """The highest crisis log-odds over the sentences, neighbouring pairs and the whole."""
    best = -math.inf
    for window in _windows(norm):
        slots, values = vector(window)
        best = max(best, float(model.crisis[slots] @ values))
    return best + model.bias if best > -math.inf else -math.inf


def kinds_of(model: Model, norm: str) -> list[str]:
    """The kinds at least _KIND_SHARE as likely as the best, best first (the whole message)."""
    wins = _windows(norm)
    if not wins:
        return []
    slots, values = vector(wins[-1])
    z = values @ model.kinds[slots] + model.kind_bias
    p = np.exp(z - z.max())
    order = np.argsort(-p, kind="stable")
    return [KINDS[i] for i in order if p[i] >= _KIND_SHARE * p[order[0]]]


@lru_cache(maxsize=1)
def model() -> Model:
    return train((label, safety_learned.read(text)) for _, label, text in safety_learned.examples())


def detect_linear(text: str, norm: str) -> safety.Danger | None:
    """The danger this net finds in a message (`norm` as safety_learned.read gives it), or None."""
    m = model()
    s = score(m, norm)
    if s < THRESHOLD:
        return None
    found = kinds_of(m, norm)
    kinds = [k for k in _URGENCY if k in found]
    lines = list(safety._order(kinds, "domestic_violence" in kinds))
    child = bool(safety.lexicon().child_writer.search(norm))
    if child:
        lines.append("kindertelefoon")
    numbers = tuple(safety.replies()["lines"][x]["number"] for x in lines)
    return safety.Danger(kind=kinds[0], kinds=tuple(kinds), lines=tuple(lines), numbers=numbers,
                         scores={"linear": round(s, 2)}, signals=("linear",), child_writer=child)
