"""Concurrent users: N simultaneous browser sessions (Playwright contexts in one Debian
chromium) against one Streamlit server, each loading the app, uploading a saved answers file
and opening its result. Reports the largest N with 0 errors and p95 step latency <= 1 s, and
the server's memory per session. The browser runs on the same 2 cores as the server, so the
figures are a lower bound for the server alone."""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import percentile, print_table, row  # noqa: E402
from tests.conftest import BASE  # noqa: E402
from tests.servers import free_port, streamlit_server  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run"]
CPU_SHARE: list[tuple[int, float, float]] = []  # (users, server CPU s, wall s) per round
SETTLED = "[data-testid='stApp'][data-test-script-state='notRunning']"


def _rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _cpu_s(pid: int | None) -> float:
    """User + system CPU seconds of a process so far."""
    if not pid:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    import os

    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _server_pid(port: int) -> int | None:
    import subprocess

    out = subprocess.run(["ss", "-ltnpH", f"sport = :{port}"], capture_output=True, text=True)
    if "pid=" in out.stdout:
        return int(out.stdout.split("pid=")[1].split(",")[0])
    return None


async def _settle(page) -> None:
    await asyncio.sleep(0.15)  # let the rerun start before waiting for it to end
    await page.wait_for_selector(SETTLED, timeout=60_000)


THINK_S = (1.0, 3.0)  # a person reads and clicks between steps; arrivals spread over 5 s


async def _journey(browser, url: str, answers: Path, lat: list[float], loads: list[float],
                   think: bool = False) -> str | None:
    import random

    if think:
        await asyncio.sleep(random.uniform(0, 5))
    ctx = await browser.new_context()
    page = await ctx.new_page()
    try:
        t = time.perf_counter()
        await page.goto(url)
        await _settle(page)
        loads.append(time.perf_counter() - t)  # page load: fetching the app's scripts too
        if think:
            await asyncio.sleep(random.uniform(*THINK_S))
        t = time.perf_counter()
        await page.locator("input[type=file]").first.set_input_files(str(answers))
        # Done when the review page of the uploaded answers is there.
        await page.locator(".st-key-to_result button").wait_for(timeout=60_000)
        lat.append(time.perf_counter() - t)
        if think:
            await asyncio.sleep(random.uniform(*THINK_S))
        t = time.perf_counter()
        await page.locator(".st-key-to_result button").click()
        # Done when the result shows the family's eigen bijdrage (80 h x 10.50 at 96 %).
        await page.get_by_text("33,60").first.wait_for(timeout=60_000)
        lat.append(time.perf_counter() - t)
        return None
    except Exception as exc:  # counted as an error, the run goes on
        return f"{type(exc).__name__}: {exc}"[:200]
    finally:
        await ctx.close()


async def _round(url: str, n: int, answers: Path, pid: int | None, think: bool = False):
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        lat: list[float] = []
        loads: list[float] = []
        before = _rss_kb(pid) if pid else 0
        cpu0, wall0 = _cpu_s(pid), time.perf_counter()
        results = await asyncio.gather(*[_journey(browser, url, answers, lat, loads, think)
                                         for _ in range(n)])
        after = _rss_kb(pid) if pid else 0
        cpu, wall = _cpu_s(pid) - cpu0, time.perf_counter() - wall0
        await browser.close()
    print(f"      server CPU {cpu:.1f} s over {wall:.1f} s wall "
          f"({100 * cpu / wall:.0f} % of one core; the rest is the browser)")
    CPU_SHARE.append((n, cpu, wall))
    errors = [r for r in results if r]
    return errors, lat, loads, (after - before) / max(n, 1)


def _ladder(url: str, pid: int | None, answers: Path, max_users: int, think: bool
            ) -> list[dict]:
    """More users each round until an error or a step p95 above 1 s; rows for the last good
    round. `think`: people pause 1-3 s between steps and arrive within 5 s (paced);
    otherwise every session starts at once and clicks without pause (burst)."""
    mode = "paced" if think else "burst"
    best, rows, mem = 0, [], 0.0
    for n in [1, 5, 10, 15, 20, 25, 30, 40]:
        if n > max_users:
            break
        errors, lat, loads, per = asyncio.run(_round(url, n, answers, pid, think))
        p95 = percentile(lat, 95) if lat else float("inf")
        load95 = percentile(loads, 95) if loads else float("inf")
        print(f"  {mode} {n:3} users: {len(errors)} errors, step p95 {p95 * 1000:.0f} ms, "
              f"page load p95 {load95 * 1000:.0f} ms, "
              f"server memory +{per:.0f} kB per session", flush=True)
        if errors:
            print(f"      first error: {errors[0]}")
        if errors or p95 > 1.0:
            break
        best, mem = n, per
        rows = [row(f"{mode}: step p95 at N={n}", p95 * 1000, "ms", "<= 1000", True),
                row(f"{mode}: page load p95 at N={n}", load95 * 1000, "ms")]
    last = CPU_SHARE[-1] if CPU_SHARE else (0, 0.0, 1.0)
    return rows + [row(f"{mode}: users with 0 errors and step p95 <= 1 s", best, "users",
                       ">= 25", best >= 25),
                   row(f"{mode}: server memory per session (RSS growth)", mem, "kB"),
                   row(f"{mode}: server CPU, share of one core (N={last[0]})",
                       100 * last[1] / last[2], "%")]


def run(max_users: int = 30) -> list[dict]:
    answers = Path(tempfile.mkdtemp()) / "answers.json"
    answers.write_text(json.dumps(BASE))
    port = free_port()
    with streamlit_server(port) as url:
        pid = _server_pid(port)
        asyncio.run(_round(url, 1, answers, pid))  # warm the server
        return (_ladder(url, pid, answers, max_users, think=False)
                + _ladder(url, pid, answers, max_users, think=True))


if __name__ == "__main__":
    print_table(run(int(sys.argv[1]) if len(sys.argv) > 1 else 30))
