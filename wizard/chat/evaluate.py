"""Judge the chat strictly on JSONL question sets:
`python -m wizard.chat.evaluate tests/blind/chat_questions.jsonl tests/blind/crisis.jsonl
tests/blind/ordinary_alarming.jsonl [--verbose]`.

Three kinds of file, told apart by their fields (tests/blind/README.md):
- questions (`expect_kind`): the kind must match; every `must_include_any` group needs one of its
  terms in the answer (case-insensitive); no `must_not_include` term may appear; a reply without
  sources fails too;
- crisis (`kind` = suicide, acute_danger, ...): the reply must be a crisis reply (never `answer`)
  and satisfy every `must_include_any` group;
- ordinary messages with alarming words (`expect` = no_crisis): the reply must not be a crisis
  reply.
The older format (`q`, `kind`, `all_of`, `any_of`, `none_of`) is still read."""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from wizard.chat.compose import ChatReply, ask


def load_cases(path: str | Path) -> list[dict]:
    """JSONL sets (tests/blind/) or a TOML file of `[[case]]` tables (tests/cases/)."""
    if str(path).endswith(".toml"):
        import tomllib

        with open(path, "rb") as fh:
            return list(tomllib.load(fh)["case"])
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def is_crisis(reply: ChatReply) -> bool:
    return reply.intent.startswith("crisis_")


def case_type(case: dict) -> str:
    if "expect_kind" in case or "q" in case:
        return "question"
    if case.get("expect") == "no_crisis":
        return "ordinary"
    return "crisis"


def _groups(text: str, groups: list[list[str]], key: str) -> list[str]:
    return [f"{key}: none of {g}" for g in groups if not any(t.lower() in text for t in g)]


def check(case: dict, reply: ChatReply) -> list[str]:
    """The reasons a reply fails a case (empty = right)."""
    text = reply.answer.lower()
    problems: list[str] = []
    kind = case_type(case)
    if kind == "crisis":
        if not is_crisis(reply) or reply.kind == "answer":
            problems.append(f"not a crisis reply ({reply.kind}, {reply.intent})")
        problems += _groups(text, case.get("must_include_any") or [], "must_include_any")
        return problems
    if kind == "ordinary":
        if is_crisis(reply):
            problems.append(f"false crisis ({reply.intent})")
        return problems
    want = case.get("expect_kind") or case.get("kind")
    # older sets, written before crisis replies became "handoff" (to the help line), say "refuse"
    crisis_ok = want == "refuse" and getattr(reply, "crisis", None)
    if reply.kind != want and not crisis_ok:
        problems.append(f"kind {reply.kind} != {want}")
    problems += _groups(text, case.get("must_include_any") or [], "must_include_any")
    for key in ("all_of", "any_of"):
        problems += _groups(text, case.get(key) or [], key)
    bad = list(case.get("must_not_include") or [])
    for group in case.get("none_of") or []:
        bad += group if isinstance(group, list) else [group]
    problems += [f"must_not_include: '{t}' present" for t in bad if t.lower() in text]
    lead = case.get("lead_any") or []
    # the answer to the question leads: one of these terms in the first paragraph (after a
    # language note, which is not an answer)
    first = next((p for p in text.split("\n\n") if p.strip()), "")
    if lead and not any(t.lower() in first for t in lead):
        problems.append(f"lead_any: none of {lead} in the first paragraph")
    if not reply.sources:
        problems.append("no sources")
    return problems


def ask_case(case: dict) -> ChatReply:
    ui = case.get("lang") if case.get("lang") in ("nl", "en") else None
    return ask(case.get("text") or case["q"], lang=ui, gemeente=case.get("gemeente"))


def group_of(case: dict) -> str:
    kind = case_type(case)
    if kind != "question":
        return kind
    want = case.get("expect_kind") or case.get("kind")
    return "refuse" if want == "refuse" else "answer+handoff"


def run(cases: list[dict]) -> tuple[dict, list[tuple[dict, ChatReply, list[str]]]]:
    """{(lang, group): [right, all]} and every (case, reply, problems)."""
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    results = []
    for case in cases:
        reply = ask_case(case)
        problems = check(case, reply)
        t = totals[(case.get("lang", "?"), group_of(case))]
        t[0] += not problems
        t[1] += 1
        results.append((case, reply, problems))
    return dict(totals), results


def share(totals: dict, lang: str | None, group: str) -> tuple[int, int]:
    pairs = [v for k, v in totals.items() if k[1] == group and (lang is None or k[0] == lang)]
    return sum(p[0] for p in pairs), sum(p[1] for p in pairs)


def report(totals: dict, out=sys.stdout) -> None:
    print(f"{'lang':6} {'group':16} {'right':>5} / {'all':>3}   score", file=out)
    for (lang, group), (ok, n) in sorted(totals.items()):
        print(f"{lang:6} {group:16} {ok:5d} / {n:3d}   {100 * ok / n:5.1f} %", file=out)
    ok, n = sum(v[0] for v in totals.values()), sum(v[1] for v in totals.values())
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
                    print(f"FAIL {case['id']} [{reply.kind} {reply.intent} {reply.item_id} "
                          f"s={reply.score:.2f} c={reply.coverage:.2f}] "
                          f"{case.get('text') or case.get('q')}")
                    for p in problems:
                        print(f"     {p}")
        report(totals)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
