"""Rules engine and fee calculation per call (µs), and questions to a verdict over the
family scenarios in tests/cases/scenarios.toml."""

from __future__ import annotations

import statistics
import sys
import tomllib
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import percentile, print_table, row, timings  # noqa: E402
from tests.conftest import make_answers  # noqa: E402
from wizard.fees import kot_fee, vng_fee  # noqa: E402
from wizard.flow import done_for_answers, draft_from_answers, question_count  # noqa: E402
from wizard.models import CareType  # noqa: E402
from wizard.rules import assess  # noqa: E402


def run() -> list[dict]:
    rows = []
    answers = make_answers(gemeente="rotterdam", situation={"long_term": True})
    t = [x * 1e6 for x in timings(lambda: assess(answers), 2000)]
    rows.append(row("assess per call, median", statistics.median(t), "µs"))
    rows.append(row("assess per call, p95", percentile(t, 95), "µs"))
    args = (2026, Decimal(60000), CareType.dagopvang, Decimal("10.50"), Decimal(122), 1)
    t = [x * 1e6 for x in timings(lambda: kot_fee(*args), 5000)]
    rows.append(row("KOT fee per call, median", statistics.median(t), "µs"))
    rows.append(row("KOT fee per call, p95", percentile(t, 95), "µs"))
    t = [x * 1e6 for x in timings(lambda: vng_fee(*args), 5000)]
    rows.append(row("VNG fee per call, median", statistics.median(t), "µs"))

    scenarios = tomllib.loads((ROOT / "tests/cases/scenarios.toml").read_text())["scenario"]
    counts = []
    for s in scenarios:
        a = make_answers(**s.get("patch", {}))
        counts.append(question_count(draft_from_answers(a), done_for_answers(a)))
    med, mx = statistics.median(counts), max(counts)
    rows.append(row(f"questions to a verdict, median ({len(counts)} scenarios)", med, "steps",
                    "<= 6", med <= 6))
    rows.append(row("questions to a verdict, max", mx, "steps", "<= 8", mx <= 8))
    # The same count over the blind family cases (written from domain.md by someone else).
    blind = ROOT / "tests/blind/families.toml"
    if blind.exists():
        from wizard.models import Answers

        fams = tomllib.loads(blind.read_text())["family"]
        counts = [question_count(draft_from_answers(a), done_for_answers(a))
                  for a in (Answers.from_data(f["answers"]) for f in fams)]
        med, mx = statistics.median(counts), max(counts)
        rows.append(row(f"questions to a verdict, blind families median ({len(counts)})", med,
                        "steps", "<= 6", med <= 6))
        rows.append(row("questions to a verdict, blind families max", mx, "steps", "<= 8",
                        mx <= 8))
    return rows


if __name__ == "__main__":
    print_table(run())
