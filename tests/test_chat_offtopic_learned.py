"""The learned off-topic check (wizard/chat/offtopic_learned.py), measured honestly: for each group
of content/kinds/examples.toml (one blind set each) a model trained on all OTHER groups scores it,
so every figure is on writers the model did not learn from."""

from __future__ import annotations

from functools import lru_cache

import pytest

from wizard.chat import ask
from wizard.chat import offtopic_learned as O


@lru_cache(maxsize=1)
def _cross_validated() -> list[tuple[str, float]]:
    """(label, refuse margin by a model that did not see the example's group)."""
    ex = O.examples()
    out = []
    for group in sorted({g for g, _, _ in ex}):
        m = O.train([(lab, t) for g, lab, t in ex if g != group])
        out += [(lab, O.refuse_margin(t, m)) for g, lab, t in ex if g == group]
    return out


def test_on_unseen_writers_it_almost_never_calls_a_real_question_off_topic():
    scored = _cross_validated()
    real = [m for lab, m in scored if lab != "refuse"]
    wrong = sum(m > O.MARGIN for m in real)
    assert len(real) > 1500
    assert wrong <= 2, wrong  # of some 2,000 questions by writers it never learned from


def test_on_unseen_writers_it_finds_most_off_topic_messages():
    scored = _cross_validated()
    off = [m for lab, m in scored if lab == "refuse"]
    found = sum(m > O.MARGIN for m in off)
    assert found / len(off) >= 0.6, (found, len(off))


# Our own off-topic wordings, written after the model ("a thank-you gift for the nursery
# teachers", "een afscheidscadeautje voor de juffen van het kinderdagverblijf") got margins below
# 0: it learns the writers' off-topic messages and generalises to part of them only. The
# leave-one-group-out figures above are the honest measure; no test here claims more.


@pytest.mark.parametrize("text", [
    # guards: real questions, asked briefly, about SMI, the gemeente or the chat itself
    "ben je een robot",
    "hoeveel kost de opvang als de gemeente het betaalt",
    "can the daycare staff help me with the SMI form?",
    "welke gemeente gaat over mijn aanvraag als we verhuizen",
])
def test_a_short_real_question_is_not_refused(text):
    assert ask(text).kind != "refuse"
