"""A learned second opinion on OFF-TOPIC messages. The rules (intents.py, asks.py) know the
off-topic wordings they were written for; on questions by writers nobody had read, a fifth of the
off-topic messages still got an SMI answer ("ideas for a present for the daycare staff?", a
phone contract, a school trip). This check learns from some 2,100 chat questions by about 40
writers (content/kinds/examples.toml, each with the kind of reply its writer expected) and says
whether a message is off-topic.

Model: naive Bayes over words, word pairs and letter groups of four (misspellings), trained at first
use (well under a second; no download, no dependency). Only features seen in training count.
Measured by leave-one-group-out over the writers' sets (each set scored by a model that did not
learn from it; tests/test_chat_offtopic_learned.py): at a margin of MARGIN it finds two thirds of
the writers' off-topic messages, and calls 1 of some 2,000 real questions off-topic. (At 4, the
same figures, but "ben je een robot", a question about the chat itself, read as off-topic.)
Used only where the chat's rules found nothing specific and answered from retrieval (compose.py).
Nothing here logs or keeps a message."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wizard.chat.text import words
from wizard.content import read_toml
from wizard.paths import content_dir

LABELS = ("answer", "handoff", "refuse")
MARGIN = 6.0  # log-odds of "refuse" over the next kind (leave-one-group-out, see above)
_ALPHA = 0.5


def features(text: str) -> set[str]:
    ws = words(text)  # (words() normalises)
    out = set(ws) | {f"{a}_{b}" for a, b in zip(ws, ws[1:], strict=False)}
    s = " " + " ".join(ws) + " "
    out |= {"#" + s[i:i + 4] for i in range(len(s) - 3)}
    return out


@dataclass(frozen=True)
class Model:
    prior: dict[str, float]
    weights: dict[str, tuple[float, ...]]  # feature -> per label, in LABELS order


def train(examples: list[tuple[str, str]]) -> Model:
    """A model from (label, text) pairs."""
    counts = {lab: Counter() for lab in LABELS}
    n = Counter()
    for label, text in examples:
        n[label] += 1
        counts[label].update(features(text))
    total = sum(n.values())
    vocab = set().union(*counts.values())
    weights = {}
    for f in vocab:
        seen = sum(counts[lab][f] for lab in LABELS)
        base = math.log((seen + _ALPHA) / (total + 2 * _ALPHA))
        weights[f] = tuple(math.log((counts[lab][f] + _ALPHA) / (n[lab] + 2 * _ALPHA)) - base
                           for lab in LABELS)
    return Model({lab: math.log(max(n[lab], 1) / total) for lab in LABELS}, weights)


def examples_file() -> Path:
    return content_dir() / "kinds" / "examples.toml"


def examples() -> list[tuple[str, str, str]]:
    """(group, label, text) of content/kinds/examples.toml."""
    out = []
    for e in read_toml(examples_file())["examples"]:
        if e["label"] not in LABELS:  # a typo must fail loudly
            raise ValueError(f"kinds/examples.toml: unknown label {e['label']!r}")
        out.append((e["group"], e["label"], e["text"]))
    return out


@lru_cache(maxsize=1)
def model() -> Model:
    return train([(label, text) for _, label, text in examples()])


def refuse_margin(text: str, m: Model | None = None) -> float:
    """How much more the message looks off-topic than its next likeliest kind (log-odds)."""
    m = m or model()
    scores = dict(m.prior)
    for f in features(text):
        w = m.weights.get(f)
        if w is not None:
            for lab, x in zip(LABELS, w, strict=True):
                scores[lab] += x
    return scores["refuse"] - max(v for lab, v in scores.items() if lab != "refuse")


def off_topic(text: str) -> bool:
    return refuse_margin(text) > MARGIN
