"""The experimental linear safety net (wizard/chat/safety_linear.py) against the naive Bayes net
(safety_learned.py), both measured the same honest way: leave-one-group-out over the labelled
examples (scripts/safety_cv.py computes the figures; each group is scored by a net that did not
learn from it). False alarms count the ordinary examples except the easy FAQ variants.
Never reads tests/blind/heldout/."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import numpy as np
import pytest

from wizard.chat import safety_learned, safety_linear

_SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "safety_cv.py"


@lru_cache(maxsize=1)
def _cv():
    spec = importlib.util.spec_from_file_location("safety_cv", _SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@lru_cache(maxsize=1)
def _table() -> dict:
    return _cv().cv_table(("nb", "linear"))


def _at(net: str, threshold: float, rules: bool = False) -> dict[str, float]:
    cv = _cv()
    ex, _, langs = cv.examples()
    labels = [lab for _, lab, _ in ex]
    counted = [g != "faq" for g, _, _ in ex]
    fired = cv._fires(cv.cross_validated(net), threshold, cv.cv_rules() if rules else None)
    return cv.rates(fired, labels, langs, counted)


def test_at_its_threshold_the_linear_net_raises_at_most_two_percent_false_alarms_on_unseen_groups():
    r = _at("linear", safety_linear.THRESHOLD)
    assert r["false"] <= 0.02, r


def test_on_unseen_groups_alone_at_two_percent_false_alarms_it_is_on_par_with_naive_bayes():
    """Each net alone, each at the threshold where it raises at most 2 % false alarms on unseen
    groups (the naive Bayes with its own gate, names_danger): the linear net catches at least as
    many crisis messages, give or take one point (measured 0.837 against 0.829)."""
    t = _table()
    lin, nb = t["linear"]["at_t_false"], t["nb"]["at_t_false"]
    assert lin["false"] <= 0.02 and nb["false"] <= 0.02
    assert lin["recall"] >= nb["recall"] - 0.01, (lin, nb)


def test_at_99_percent_recall_the_linear_net_raises_fewer_false_alarms_than_naive_bayes():
    """Alone, at the threshold that catches 99 % of unseen crisis messages: measured 28 % false
    alarms against 47 %: where it is unsure, the linear net is less often wrong."""
    t = _table()
    lin, nb = t["linear"]["at_t_recall"], t["nb"]["at_t_recall"]
    assert lin["recall"] >= 0.99 and nb["recall"] >= 0.99
    assert lin["false"] < nb["false"] - 0.05, (lin, nb)


def test_with_the_rule_nets_the_linear_net_is_not_better_than_naive_bayes():
    """Rules + net, each net at the threshold where it ADDS at most 1 % false alarms to the
    rules' own on unseen groups: rules + naive Bayes catch more (measured 0.968 against 0.958),
    and the linear net is within 2 points. This is why safety.py does not call it; the test
    fails when that changes, so the choice can be made again."""
    t = _table()
    lin, nb = t["rules+linear"]["at_t_add1"], t["rules+nb"]["at_t_add1"]
    assert nb["recall"] - 0.02 <= lin["recall"] <= nb["recall"], (lin, nb)


def test_on_unseen_crisis_the_right_help_line_is_among_those_given():
    """The kind decides the help line: for unseen crisis messages, the right kind is among the
    kinds the linear net gives for at least 90 %, and it gives fewer than 1.6 kinds on average."""
    cv = _cv()
    ex, norms, _ = cv.examples()
    given, count = [], []
    for group in ("own_b01", "more_b01", "more_b05", "more_b10", "blind_crisis"):
        m = safety_linear.train([(lab, n) for (g, lab, _), n in zip(ex, norms, strict=True)
                                 if g != group])
        for (g, lab, _), n in zip(ex, norms, strict=True):
            if g == group and lab != "ordinary":
                kinds = safety_linear.kinds_of(m, n)
                given.append(lab in kinds)
                count.append(len(kinds))
    assert np.mean(given) >= 0.9 and np.mean(count) < 1.6, (np.mean(given), np.mean(count))


@pytest.mark.parametrize("text, kind", [
    ("ik wil gewoon dat alles stopt, voor altijd", "suicide"),
    ("life is not worth it anymore and i am done", "suicide"),
    ("mijn ex staat nu voor de deur met een mes", "acute_danger"),
    ("my husband hits me when he drinks", "domestic_violence"),
    ("Wij hebben SMI aangevraagd omdat ik ziek ben. Soms ben ik bang dat ik mijn baby iets aandoe "
     "als ze blijft huilen. Hoe lang duurt de aanvraag?", "harm_to_child"),
])
def test_crisis_wordings_fire_with_the_right_kind(text, kind):
    d = safety_linear.detect_linear(text, safety_learned.read(text))
    assert d is not None and kind in d.kinds, d


@pytest.mark.parametrize("text", [
    "ik ga dood van de kosten van de kinderopvang haha, hoeveel betaalt de gemeente?",
    "vroeger sloeg mijn ex mij, dat is tien jaar geleden en voorbij. telt dat voor smi?",
    "my husband has cancer and I work full time, can we get SMI for our son?",
    "mijn man is ziek en ik werk. kunnen we smi krijgen",
])
def test_ordinary_messages_with_alarming_words_stay_calm(text):
    assert safety_linear.detect_linear(text, safety_learned.read(text)) is None


def test_the_model_is_the_same_every_time_it_is_trained():
    ex = safety_learned.examples()[:400]
    pairs = [(lab, safety_learned.read(t)) for _, lab, t in ex]
    a, b = safety_linear.train(pairs), safety_linear.train(pairs)
    assert np.array_equal(a.crisis, b.crisis) and a.bias == b.bias
    assert np.array_equal(a.kinds, b.kinds)
