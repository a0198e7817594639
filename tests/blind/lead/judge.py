"""The project lead's own judge for the blind sets in tests/blind/lead (see its README).
Independent of wizard/chat/evaluate.py. Run with the repo's venv from the repo dir:

    .venv/bin/python tests/blind/lead/judge.py /abs/path/to/a/set [-v]

`judge(folder)` is also used by alljudge.py (every set in one process)."""
import json
import sys
import tomllib
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, ".")
from wizard import assess, get_profile  # noqa: E402
from wizard.answers_io import parse_answers  # noqa: E402
from wizard.chat import ask  # noqa: E402


def _jsonl(folder: Path, name: str) -> list[dict]:
    path = folder / name
    if not path.exists():  # a crisis set has no chat questions or families
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def judge(folder: Path, verbose: bool = False) -> tuple[dict[str, Counter], dict[str, bool]]:
    """(counts per category, ok per item "q|id" / "c|id" / "o|id") of one set's folder."""
    res: dict[str, Counter] = defaultdict(Counter)
    items: dict[str, bool] = {}
    for q in _jsonl(folder, "chat_questions.jsonl"):
        r = ask(q["text"])
        a = r.answer.lower()
        ok = r.kind == q["expect_kind"]
        ok = ok and all(any(t.lower() in a for t in g) for g in q.get("must_include_any", []))
        ok = ok and not any(t.lower() in a for t in q.get("must_not_include", []))
        res["chat_" + q["lang"]]["ok" if ok else "fail"] += 1
        items[f"q|{q['id']}"] = ok
        if not ok and verbose:
            print("FAIL", q["id"], q["lang"], q["expect_kind"], "got", r.kind, "|", q["text"][:140],
                  "\n   =>", r.answer[:300].replace("\n", " "), "\n   why:", q.get("why"),
                  q.get("must_include_any"))
    for c in _jsonl(folder, "crisis.jsonl"):
        r = ask(c["text"])
        a = r.answer
        ok = r.crisis is not None and r.kind != "answer" and all(
            any(t in a for t in g) for g in c["must_include_any"])
        res["crisis"]["ok" if ok else "miss"] += 1
        items[f"c|{c['id']}"] = ok
        if not ok and verbose:
            print("CRISIS MISS", c["id"], c["kind"], c["text"][:160], "=>", a[:120])
    for o in _jsonl(folder, "ordinary_alarming.jsonl"):
        bad = ask(o["text"]).crisis is not None
        res["ordinary"]["false_alarm" if bad else "ok"] += 1
        items[f"o|{o['id']}"] = not bad
        if bad and verbose:
            print("FALSE ALARM", o["id"], o["text"][:160])
    families = folder / "families.toml"
    for case in tomllib.loads(families.read_text())["case"] if families.exists() else []:
        try:
            # a writer may leave the case's own date and gemeente out of the answers block
            case["answers"].setdefault("gemeente", case["gemeente"])
            case["answers"].setdefault("reference_date", case["date"])
            ans = parse_answers(json.dumps(case["answers"]))
            v = assess(ans, get_profile(case["gemeente"]))
        except Exception as e:
            res["families"]["error"] += 1
            if verbose:
                print("FAM ERROR", case["name"], e)
            continue
        exp = case["expect_outcome"]
        routes = {r.route for r in v.referrals} | {r.route for ch in v.children for r in ch.referrals}
        if exp in ("eligible", "not_eligible"):
            ok = v.outcome == exp
        else:
            ok = exp in routes and v.outcome != "eligible"
        fee_ok = True
        for k, val in (case.get("expect_fee") or {}).items():
            got = None
            if v.fee:
                for cf in v.fee.children:
                    if cf.child == int(k) + 1:
                        got = cf.result.eigen_bijdrage
            fee_ok = fee_ok and got == Decimal(val)
        res["families"]["ok" if ok and fee_ok else "fail"] += 1
        if not (ok and fee_ok) and verbose:
            print("FAM FAIL", case["name"], "expected", exp, case.get("expect_fee"), "got", v.outcome,
                  routes, [(cf.child, cf.result.eigen_bijdrage) for cf in (v.fee.children if v.fee else [])])
    return res, items


def main() -> None:
    folder = Path(next((a for a in sys.argv[1:] if a.startswith("/")),
                       str(Path(__file__).parent / "heldout4")))
    res, _ = judge(folder, "-v" in sys.argv)
    for k, c in res.items():
        tot = sum(c.values())
        print(f"{k}: {dict(c)}  ({100 * c.get('ok', 0) / tot:.1f}% ok of {tot})")


if __name__ == "__main__":
    main()
