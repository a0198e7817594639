"""judge.py over every blind set of this folder in one process (about 90 s), with the pools the
session notes report. From the repo folder:

    .venv/bin/python tests/blind/lead/alljudge.py OUT.json [more set folders, absolute ...]

Writes ok/fail per item id (no texts, so a frozen half stays unread) to OUT.json and prints the
totals per set and per pool. Compare two runs with diff on the printed lines."""
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from judge import judge  # noqa: E402

ROOT = Path(__file__).parent
# The pools of the session notes: the held-out chat sets and crisis sets of session 13, then the
# frozen halves of later sessions' sets (never read by anyone who tuned).
POOL_S13 = (["heldout11", "heldout12/frozen", "heldout14/frozen", "heldout16", "heldout17", "heldout20"]
            + [f"heldout{i}/frozen" for i in range(22, 28)] + [f"crisis{i}/frozen" for i in range(23, 28)])
FROZEN_S14 = ["heldout28/frozen", "heldout29/frozen", "crisis28/frozen", "crisis29/frozen", "crisis30/frozen"]
FROZEN_S15 = ["heldout31/frozen", "crisis32/frozen", "crisis33/frozen"]


def _cell(counts: Counter | None, good: str = "ok") -> str:
    return f"{counts.get(good, 0)}/{sum(counts.values())}" if counts else "-"


def _pool(sets: dict[str, dict[str, Counter]], keys: list[str], label: str) -> None:
    total: dict[str, Counter] = defaultdict(Counter)
    for key in keys:
        for cat, counts in sets.get(key, {}).items():
            total[cat].update(counts)

    def pct(cat: str, good: str) -> str:
        n = sum(total[cat].values())
        return f"{total[cat].get(good, 0)}/{n} {100 * total[cat].get(good, 0) / n:.1f}%" if n else "-"

    print(f"POOL {label}: nl {pct('chat_nl', 'ok')}, en {pct('chat_en', 'ok')}, "
          f"crisis {pct('crisis', 'ok')}, false {pct('ordinary', 'false_alarm')}")


def main() -> None:
    out = Path(sys.argv[1])
    folders = sorted({p.parent for p in ROOT.rglob("*.jsonl")} | {p.parent for p in ROOT.rglob("families.toml")})
    folders += [Path(a) for a in sys.argv[2:]]
    sets, items = {}, {}
    for folder in folders:
        key = str(folder.relative_to(ROOT)) if ROOT in folder.parents else str(folder)
        res, found = judge(folder)
        sets[key] = res
        items.update({f"{key}|{k}": v for k, v in found.items()})
        print(f"{key:28s} nl {_cell(res.get('chat_nl')):8s} en {_cell(res.get('chat_en')):8s} "
              f"crisis {_cell(res.get('crisis')):8s} false {_cell(res.get('ordinary'), 'false_alarm'):7s} "
              f"fam {_cell(res.get('families'))}", flush=True)
    out.write_text(json.dumps({"sets": {k: {c: dict(n) for c, n in v.items()} for k, v in sets.items()},
                               "items": items}, indent=0))
    _pool(sets, POOL_S13, "s13")
    _pool(sets, POOL_S13 + FROZEN_S14, "s13+s14")
    _pool(sets, POOL_S13 + FROZEN_S14 + FROZEN_S15, "s13+s14+s15")
    _pool(sets, [k for k in sets if k.endswith("/frozen")], "all frozen")
    _pool(sets, [k for k in sets if k.endswith("/dev")], "all dev")


if __name__ == "__main__":
    main()
