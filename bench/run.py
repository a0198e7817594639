"""`make bench`: every benchmark of the project in one table, written to bench/results.json
as rows {"name", "value", "unit", "target", "meets"}. Figures, not pass/fail tests."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import percentile, print_table, row, save  # noqa: E402


def pdf_rows(runs: int = 20) -> list[dict]:
    from bench.bench_pdf import TARGET_MS, form_job, timed

    t0 = time.perf_counter()
    import wizard.documents  # noqa: F401

    imported = time.perf_counter() - t0
    job = form_job(runs)  # every warm build has other answers (bench_pdf.family)
    cold = timed(job)[0]
    warm = [timed(job) for _ in range(runs)]
    w = statistics.median(x for x, _ in warm)
    cpu = statistics.median(c for _, c in warm)
    return [row("PDF library import", imported * 1000, "ms"),
            row("aanvraagformulier PDF, cold", cold, "ms"),
            row("aanvraagformulier PDF, warm median", w, "ms", f"<= {TARGET_MS}",
                w <= TARGET_MS),
            row("aanvraagformulier PDF, warm CPU median", cpu, "ms")]


def chat_rows() -> list[dict]:
    from bench.bench_chat import measure_both, measure_safety

    build, times, cpu, first = measure_both()
    p95, cpu95 = percentile(times, 95), percentile(cpu, 95)
    safety = percentile(measure_safety(), 95)
    return [row("chat index build (nl + en)", build * 1000, "ms", "<= 1000", build <= 1),
            row(f"chat answer p50 ({len(times)} questions)", statistics.median(times), "ms"),
            row("chat answer p95, wall clock (shared machine)", p95, "ms"),
            row("chat answer p95, CPU of one pass (shared machine)", percentile(first, 95), "ms"),
            row("chat answer p95, CPU best of 3 per question (safety, facts, engine)", cpu95,
                "ms", "<= 10", cpu95 <= 10),
            row("chat safety detection p95", safety, "ms", "< 1", safety < 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skip-browser", action="store_true",
                        help="leave out the concurrent-users run (needs chromium)")
    parser.add_argument("--max-users", type=int, default=int(os.environ.get("SMI_BENCH_USERS",
                                                                            "30")))
    args = parser.parse_args()
    from bench import bench_engine, bench_streamlit

    rows = bench_engine.run() + pdf_rows() + chat_rows() + bench_streamlit.run()
    from bench import bench_protocol

    rows += bench_protocol.run(200)  # the server alone, through its own WebSocket protocol
    if not args.skip_browser:
        from bench import bench_concurrency

        rows += bench_concurrency.run(args.max_users)  # real browsers, on the same 2 cores
    print()
    print_table(rows)
    save(rows)
    print(f"\nwritten to {Path('bench/results.json')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
