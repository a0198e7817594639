"""Soak: repeated browser sessions against one server for a bounded time (loopback only),
sampling the server's memory. Prints the growth after warm-up; the stated bound is 50 MB.

    python bench/soak.py [--minutes 10] [--parallel 3]      (make soak)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_concurrency import ARGS, CHROMIUM, _journey, _rss_kb, _server_pid  # noqa: E402
from bench.common import print_table, row  # noqa: E402
from tests.conftest import BASE  # noqa: E402
from tests.servers import free_port, streamlit_server  # noqa: E402

BOUND_MB = 50


async def _soak(url: str, pid: int, answers: Path, minutes: float, parallel: int):
    from playwright.async_api import async_playwright

    samples, errors, sessions = [], 0, 0
    first_error = None
    end = time.monotonic() + minutes * 60
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        while time.monotonic() < end:
            lat: list[float] = []
            loads: list[float] = []
            res = await asyncio.gather(*[_journey(browser, url, answers, lat, loads)
                                         for _ in range(parallel)])
            errors += sum(1 for r in res if r)
            first_error = first_error or next((r for r in res if r), None)
            sessions += parallel
            samples.append((sessions, _rss_kb(pid) / 1024))
        await browser.close()
    if first_error:
        print(f"first error: {first_error}")
    return samples, errors, sessions


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10)
    ap.add_argument("--parallel", type=int, default=3)
    args = ap.parse_args()
    answers = Path(tempfile.mkdtemp()) / "answers.json"
    answers.write_text(json.dumps(BASE))
    port = free_port()
    with streamlit_server(port) as url:
        pid = _server_pid(port)
        samples, errors, sessions = asyncio.run(
            _soak(url, pid, answers, args.minutes, args.parallel))
    warm = samples[min(len(samples) - 1, max(1, len(samples) // 10))][1]
    last, peak = samples[-1][1], max(s[1] for s in samples)
    growth = last - warm
    print_table([
        row("soak sessions", sessions, "count"), row("soak errors", errors, "count", "0",
                                                      errors == 0),
        row("server RSS after warm-up", warm, "MB"), row("server RSS at the end", last, "MB"),
        row("server RSS peak", peak, "MB"),
        row("growth after warm-up", growth, "MB", f"<= {BOUND_MB}", growth <= BOUND_MB)])
    return 0 if errors == 0 and growth <= BOUND_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
