"""Score the chat assistant on a JSONL file of questions with expected content:
`python -m wizard.chat.evaluate ../shared/chat_dev.jsonl [--verbose]`.

Per question: the kind must match; every group in all_of and any_of needs one of its
alternatives in the answer (case-insensitive); no none_of phrase may appear. A "lang" other than
nl/en means the question is asked without a UI language."""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from wizard.chat.compose import ChatReply, ask


def load_cases(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def check(case: dict, reply: ChatReply) -> list[str]:
    """The reasons a reply fails a case (empty = right)."""
    problems = []
    text = reply.answer.lower()
    # Sets written before crisis replies became "handoff" (to the help line) say "refuse".
    crisis_ok = case["kind"] == "refuse" and getattr(reply, "crisis", None)
    if reply.kind != case["kind"] and not crisis_ok:
        problems.append(f"kind {reply.kind} != {case['kind']}")
    for key in ("all_of", "any_of"):
        for group in case.get(key) or []:
            if not any(alt.lower() in text for alt in group):
                problems.append(f"{key}: none of {group}")
    for group in case.get("none_of") or []:
        for phrase in group if isinstance(group, list) else [group]:
            if phrase.lower() in text:
                problems.append(f"none_of: '{phrase}' present")
    if not reply.sources:
        problems.append("no sources")
    return problems


def run(cases: list[dict]) -> tuple[dict, list[tuple[dict, ChatReply, list[str]]]]:
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    results = []
    for case in cases:
        ui_lang = case["lang"] if case["lang"] in ("nl", "en") else None
        reply = ask(case["q"], lang=ui_lang, gemeente=case.get("gemeente"))
        problems = check(case, reply)
        kind = case["kind"]
        group = "crisis/refuse" if kind == "refuse" else kind
        t = totals[(case["lang"], group)]
        t[0] += not problems
        t[1] += 1
        results.append((case, reply, problems))
    return dict(totals), results


def report(totals: dict, out=sys.stdout) -> None:
    print(f"{'lang':8} {'kind':14} {'right':>5} / {'all':>3}   score", file=out)
    for (lang, kind), (ok, n) in sorted(totals.items()):
        print(f"{lang:8} {kind:14} {ok:5d} / {n:3d}   {100 * ok / n:5.1f} %", file=out)
    for lang in ("nl", "en"):
        qa = [totals[k] for k in totals if k[0] == lang and k[1] in ("answer", "handoff")]
        if qa:
            ok, n = sum(x[0] for x in qa), sum(x[1] for x in qa)
            print(f"{lang} answer+handoff: {ok}/{n} = {100 * ok / n:.1f} %", file=out)
    ref = [totals[k] for k in totals if k[1] == "crisis/refuse"]
    if ref:
        ok, n = sum(x[0] for x in ref), sum(x[1] for x in ref)
        print(f"all refusals and crisis: {ok}/{n} = {100 * ok / n:.1f} %", file=out)
    ok, n = sum(x[0] for x in totals.values()), sum(x[1] for x in totals.values())
    print(f"total: {ok}/{n} = {100 * ok / n:.1f} %", file=out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m wizard.chat.evaluate")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--verbose", "-v", action="store_true", help="show every failure")
    args = ap.parse_args(argv)
    for path in args.files:
        totals, results = run(load_cases(path))
        print(f"== {path}")
        if args.verbose:
            for case, reply, problems in results:
                if problems:
                    print(f"FAIL {case['id']} [{reply.intent} {reply.item_id} "
                          f"s={reply.score:.2f} c={reply.coverage:.2f}] {case['q']}")
                    for p in problems:
                        print(f"     {p}")
        report(totals)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
