"""Cross-validated figures for the chat's learned safety nets: naive Bayes (safety_learned.py)
against logistic regression (safety_linear.py), alone and each together with the rule nets
(safety.py + safety_broad.py).

Leave-one-group-out, as tests/test_chat_safety_learned.py: for each group of examples in
content/safety/examples*.toml (a batch, the unit-test cases, each blind development set, the FAQ
variants) a net is trained on all other groups and scores the group left out. False alarms are
counted on the ordinary examples except the (easy) FAQ variants. A threshold is picked on these
unseen scores: the lowest with false alarms <= 2 %; and the one that catches ~99 % of crisis.

Then the development sets that are no part of the examples (tests/blind/lead/heldout2,3,4 unless
they are example groups, and /work/team/heldout5/dev when it is there), scored by nets trained
on all examples, at the thresholds picked above. Never reads tests/blind/heldout/.

The naive Bayes is measured as it ships: it reads safety_learned.read(text) and fires at
THRESHOLD where a sentence names a danger, else at THRESHOLD_PLAIN (one score here, the plain
messages lowered by the gap). "linear_gated" is the linear net with the same kind of gate.

    .venv/bin/python scripts/safety_cv.py [--quick]    (--quick: linear net only, no NB table)
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.chat import safety, safety_learned, safety_linear  # noqa: E402

KINDS = safety_learned.KINDS
DEV_SETS = [ROOT / "tests/blind/lead" / h for h in ("heldout2", "heldout3", "heldout4")] + [
    Path("/work/team/heldout5/dev")]
MAX_FALSE = 0.02
TARGET_RECALL = 0.99


def _lang(text: str) -> str:
    lang = safety.reply_lang(text)
    return lang if lang in ("nl", "en") else "other"


def rules_fired(texts: list[str]) -> list[bool]:
    """The two rule nets alone (the learned nets switched off for the call)."""
    saved = safety_learned.detect_learned, getattr(safety_linear, "detect_linear", None)
    safety_learned.detect_learned = lambda text, norm: None
    safety_linear.detect_linear = lambda text, norm: None
    try:
        return [safety.detect_danger(t) is not None for t in texts]
    finally:
        safety_learned.detect_learned, safety_linear.detect_linear = saved


# The naive Bayes fires at THRESHOLD where a sentence names a danger (names_danger), else at
# THRESHOLD_PLAIN: as one score, the plain messages are lowered by the difference.
_NB_GAP = safety_learned.THRESHOLD_PLAIN - safety_learned.THRESHOLD
# The same gate tried on the linear net (its log-odds are on a smaller scale).
LINEAR_GAP = 2.0


@lru_cache(maxsize=16384)
def _names_danger(norm: str) -> bool:
    return safety_learned.names_danger(norm)


def _nb_train(pairs: list[tuple[str, str]]) -> Callable[[str], float]:
    m = safety_learned.train((lab, safety_learned.doc_features(n)) for lab, n in pairs)
    return lambda norm: safety_learned.score(m, norm) - (0 if _names_danger(norm) else _NB_GAP)


def _lin_train(pairs: list[tuple[str, str]]) -> Callable[[str], float]:
    m = safety_linear.train(pairs)
    return lambda norm: safety_linear.score(m, norm)


NETS = {"nb": _nb_train, "linear": _lin_train}


def _gated(scores: list[float], norms: list[str]) -> list[float]:
    """Linear scores with the naive Bayes' gate: lower where no sentence names a danger."""
    return [s - (0 if _names_danger(n) else LINEAR_GAP) for s, n in zip(scores, norms,
                                                                        strict=True)]


@lru_cache(maxsize=1)
def examples() -> tuple[list[tuple[str, str, str]], list[str], list[str]]:
    """(group, label, text), normalised texts, languages."""
    ex = safety_learned.examples()
    return ex, [safety_learned.read(t) for _, _, t in ex], [_lang(t) for _, _, t in ex]


@lru_cache(maxsize=4)
def cross_validated(net: str) -> list[float]:
    """Each example's score by the net trained without its group."""
    ex, norms, _ = examples()
    if net == "linear_gated":
        return _gated(cross_validated("linear"), norms)
    scores = [0.0] * len(ex)
    for group in sorted({g for g, _, _ in ex}):
        score = NETS[net]([(lab, n) for (g, lab, _), n in zip(ex, norms, strict=True)
                           if g != group])
        for i, (g, _, _) in enumerate(ex):
            if g == group:
                scores[i] = score(norms[i])
    return scores


@lru_cache(maxsize=1)
def cv_rules() -> list[bool]:
    return rules_fired([t for _, _, t in examples()[0]])


def _fires(scores: list[float], t: float, rules: list[bool] | None) -> list[bool]:
    return [s >= t or bool(rules and rules[i]) for i, s in enumerate(scores)]


def pick_thresholds(scores: list[float], labels: list[str], counted: list[bool],
                    rules: list[bool] | None, max_false: float = MAX_FALSE) -> tuple[float, float]:
    """(lowest threshold with false alarms <= max_false, highest with recall >= 99 %) over
    `counted`. With the rules, false alarms are those the net ADDS to the rules' own."""
    crisis = [i for i, lab in enumerate(labels) if lab != "ordinary" and counted[i]]
    ordinary = [i for i, lab in enumerate(labels) if lab == "ordinary" and counted[i]]
    base = sum(bool(rules and rules[i]) for i in ordinary) / len(ordinary)
    cands = sorted({round(s, 3) for s in scores if s > -1e9})
    t_false = t_recall = cands[-1] + 1
    for t in cands:  # ascending: the first low enough in false alarms
        f = _fires(scores, t, rules)
        if sum(f[i] for i in ordinary) / len(ordinary) - base <= max_false:
            t_false = t
            break
    for t in reversed(cands):  # descending: the first that catches 99 %
        f = _fires(scores, t, rules)
        if sum(f[i] for i in crisis) / len(crisis) >= TARGET_RECALL:
            t_recall = t
            break
    return t_false, t_recall


def rates(fired: list[bool], labels: list[str], langs: list[str],
          counted: list[bool]) -> dict[str, float]:
    crisis = [i for i, lab in enumerate(labels) if lab != "ordinary" and counted[i]]
    ordinary = [i for i, lab in enumerate(labels) if lab == "ordinary" and counted[i]]
    out = {"recall": sum(fired[i] for i in crisis) / len(crisis),
           "false": sum(fired[i] for i in ordinary) / max(len(ordinary), 1),
           "missed": sum(not fired[i] for i in crisis), "n_crisis": len(crisis),
           "n_ordinary": len(ordinary)}
    for k in KINDS:
        sel = [i for i in crisis if labels[i] == k]
        out[k] = sum(fired[i] for i in sel) / len(sel) if sel else float("nan")
    for lang in ("nl", "en"):
        sel = [i for i in crisis if langs[i] == lang]
        out["recall_" + lang] = sum(fired[i] for i in sel) / len(sel) if sel else float("nan")
        sel = [i for i in ordinary if langs[i] == lang]
        out["false_" + lang] = sum(fired[i] for i in sel) / len(sel) if sel else float("nan")
    return out


ALL_NETS = ("nb", "linear", "linear_gated")


def cv_table(nets: tuple[str, ...] = ALL_NETS) -> dict[str, dict]:
    """Per method: thresholds and unseen-group rates at each."""
    ex, _, langs = examples()
    labels = [lab for _, lab, _ in ex]
    counted = [g != "faq" for g, _, _ in ex]
    rules = cv_rules()
    out = {"rules": {"at_rules": rates(rules, labels, langs, counted)}}
    for net in nets:
        scores = cross_validated(net)
        t_false, t_recall = pick_thresholds(scores, labels, counted, None)
        out[net] = {"t_false": t_false, "t_recall": t_recall,
                    "at_t_false": rates(_fires(scores, t_false, None), labels, langs, counted),
                    "at_t_recall": rates(_fires(scores, t_recall, None), labels, langs, counted)}
        # With the rules (which alone already pass 2 % here): at the net's own threshold, at the
        # one where it adds at most 1 % false alarms to the rules', and at 99 % recall.
        t_add, t_recall = pick_thresholds(scores, labels, counted, rules, 0.01)
        row = {"t_false": t_false, "t_add1": t_add, "t_recall": t_recall}
        for key, t in (("at_t_false", t_false), ("at_t_add1", t_add), ("at_t_recall", t_recall)):
            row[key] = rates(_fires(scores, t, rules), labels, langs, counted)
        if net == "nb":
            t = safety_learned.THRESHOLD
            row["at_shipped"] = rates(_fires(scores, t, rules), labels, langs, counted)
        out["rules+" + net] = row
    if set(nets) >= {"nb", "linear"}:  # both learned nets with the rules, each at its t_false
        nb, lin = cross_validated("nb"), cross_validated("linear")
        tn, tl = out["rules+nb"]["t_false"], out["rules+linear"]["t_false"]
        f = [rules[i] or nb[i] >= tn or lin[i] >= tl for i in range(len(ex))]
        out["rules+nb+linear"] = {"at_t_false": rates(f, labels, langs, counted)}
    return out


def dev_rows() -> list[tuple[str, str, str, str]]:
    """(set, label, text, lang) of the development sets, without the messages that are also
    examples (heldout2-4 became example groups lead_h2..4: they are in the table above)."""
    known = {t.strip().lower() for _, _, t in examples()[0]}
    out = []
    for d in DEV_SETS:
        if not d.is_dir():
            continue
        for name in ("crisis", "ordinary_alarming", "chat_questions"):
            f = d / f"{name}.jsonl"
            if not f.exists():
                continue
            for line in f.read_text(encoding="utf-8").splitlines():
                if line.strip() and json.loads(line)["text"].strip().lower() not in known:
                    r = json.loads(line)
                    label = r["kind"] if name == "crisis" else "ordinary"
                    where = "heldout5dev" if d.name == "dev" else d.name
                    out.append((where, label, r["text"], r.get("lang", _lang(r["text"]))))
    return out


def dev_table(table: dict[str, dict], nets: tuple[str, ...] = ALL_NETS) -> dict:
    ex, norms, _ = examples()
    rows = dev_rows()
    texts = [t for _, _, t, _ in rows]
    dnorms = [safety_learned.read(t) for t in texts]
    labels = [lab for _, lab, _, _ in rows]
    langs = [lang for _, _, _, lang in rows]
    rules = rules_fired(texts)
    out: dict[str, dict] = {}
    scored = {}
    for net in nets:
        if net == "linear_gated":
            continue
        score = NETS[net]([(lab, n) for (_, lab, _), n in zip(ex, norms, strict=True)])
        scored[net] = [score(n) for n in dnorms]
    if "linear_gated" in nets:
        scored["linear_gated"] = _gated(scored["linear"], dnorms)
    for s in sorted({s for s, _, _, _ in rows}) + ["all"]:
        counted = [s in ("all", r[0]) for r in rows]
        res = {"rules": rates(rules, labels, langs, counted)}
        for net in nets:
            for name, r in ((net, None), ("rules+" + net, rules)):
                t = table[name]["t_false"]
                res[name] = rates(_fires(scored[net], t, r), labels, langs, counted)
            t = table["rules+" + net]["t_add1"]
            res[f"rules+{net}@add1"] = rates(_fires(scored[net], t, rules), labels, langs, counted)
            if net == "nb":
                t = safety_learned.THRESHOLD
                res["rules+nb@shipped"] = rates(_fires(scored[net], t, rules), labels, langs,
                                                counted)
        if set(nets) >= {"nb", "linear"}:
            tn, tl = table["rules+nb"]["t_false"], table["rules+linear"]["t_false"]
            f = [rules[i] or scored["nb"][i] >= tn or scored["linear"][i] >= tl
                 for i in range(len(rows))]
            res["rules+nb+linear"] = rates(f, labels, langs, counted)
        out[s] = res
    missed = {}
    for name in ("rules+nb", "rules+linear", "rules+linear_gated"):
        net = name.split("+")[1]
        if net in nets:
            t = table[name]["t_false"]
            missed[name] = [(rows[i][0], labels[i], texts[i]) for i in range(len(rows))
                            if labels[i] != "ordinary" and not rules[i] and scored[net][i] < t]
    out["_missed"] = missed
    out["_false"] = {}
    for name in missed:
        s, t = scored[name.split("+")[1]], table[name]["t_false"]
        out["_false"][name] = [(rows[i][0], texts[i]) for i in range(len(rows))
                               if labels[i] == "ordinary" and (rules[i] or s[i] >= t)]
    return out


def _fmt(r: dict) -> str:
    return (f"recall {r['recall']:.3f} (missed {r['missed']}/{r['n_crisis']}; nl "
            f"{r['recall_nl']:.3f} en {r['recall_en']:.3f}; "
            + " ".join(f"{k[:7]} {r[k]:.2f}" for k in KINDS)
            + f") false {r['false']:.3f} of {r['n_ordinary']} (nl {r['false_nl']:.3f} "
              f"en {r['false_en']:.3f})")


def main() -> None:
    nets = ("linear",) if "--quick" in sys.argv else ALL_NETS
    start = time.time()
    table = cv_table(nets)
    print(f"== leave-one-group-out over the examples ({time.time() - start:.0f} s)")
    print(f"rules alone: {_fmt(table['rules']['at_rules'])}")
    for name, row in table.items():
        if name == "rules":
            continue
        if "t_false" in row:
            print(f"{name:16} t={row['t_false']:.3f} (net false<=2%): {_fmt(row['at_t_false'])}")
            if "t_add1" in row:
                print(f"{'':16} t={row['t_add1']:.3f} (adds<=1%): {_fmt(row['at_t_add1'])}")
            print(f"{'':16} t={row['t_recall']:.3f} (recall~99%): {_fmt(row['at_t_recall'])}")
        else:
            print(f"{name:16} each at its t(false<=2%): {_fmt(row['at_t_false'])}")
        if "at_shipped" in row:
            print(f"{'':16} t={safety_learned.THRESHOLD} (shipped): {_fmt(row['at_shipped'])}")
    dev = dev_table(table, nets)
    print("== development sets not in the examples (nets trained on all examples; thresholds "
          "t(false<=2%) from above)")
    for s, res in dev.items():
        if s.startswith("_"):
            continue
        print(f"-- {s}")
        for name, r in res.items():
            print(f"   {name:20} {_fmt(r)}")
    if "-v" in sys.argv:
        for name, rows in dev["_missed"].items():
            print(f"== {name} missed on the development sets")
            for row in rows:
                print("  ", row)
        for name, rows in dev["_false"].items():
            print(f"== {name} false alarms on the development sets")
            for row in rows:
                print("  ", row)


if __name__ == "__main__":
    main()
