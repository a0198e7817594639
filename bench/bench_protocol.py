"""Concurrent visitors without a browser: N sessions speak Streamlit's WebSocket protocol
(bench/protocol_client.py) to one server and each walk the whole wizard to the result,
as a parent does: 7 question steps, review, result. Measures the server alone."""

from __future__ import annotations

import asyncio
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.bench_concurrency import _cpu_s, _rss_kb, _server_pid  # noqa: E402
from bench.common import percentile, print_table, row  # noqa: E402
from bench.protocol_client import Session  # noqa: E402
from tests.servers import free_port, streamlit_server  # noqa: E402

THINK_S = (1.0, 3.0)


async def journey(url: str, lat: list[float], think: bool, hold: asyncio.Event,
                  arrived: list[int]) -> str | None:
    """The eligible family of tests/conftest.py: 80 h dagopvang at 10,50, income 45,000."""
    async def step(coro):
        if think:
            await asyncio.sleep(random.uniform(*THINK_S))
        lat.append(await coro)

    try:
        if think:
            await asyncio.sleep(random.uniform(0, 5))
        async with Session(url) as s:
            await step(s.run())
            await step(s.click("start"))
            s.choose("w_gemeente", 0)
            await step(s.click("next"))
            s.choose("w_partner", 1)
            await step(s.run())
            s.choose("w_act_0", 0)
            s.choose("w_act_1", 3)
            await step(s.run())
            s.choose("w_special_1", 0)
            await step(s.click("next"))
            s.check("w_reason_parent_mental_illness")
            await step(s.run())
            s.choose("w_long", 0)
            await step(s.run())
            s.choose("w_prof", 0)  # "who knows about it" is on the situation step
            await step(s.click("next"))
            s.number("w_c0_age", 2)
            s.choose("w_c0_school", 0)
            s.choose("w_c0_care", 0)
            await step(s.click("next"))
            s.choose("w_o0_type", 0)
            await step(s.run())
            s.choose("w_o0_unit", 1)  # hours a month
            await step(s.run())
            s.type("w_o0_hours", "80")
            s.type("w_o0_price", "10,50")
            await step(s.click("next"))
            s.choose("w_inc_choice", 0)
            await step(s.run())
            s.type("w_inc", "45000")
            await step(s.click("next"))
            await step(s.click("to_result"))
            ok = any("33,60" in t for t in s.text)
            arrived.append(1)
            await hold.wait()  # keep the session open until all have finished (memory)
            return None if ok else "result without the expected amount"
    except Exception as exc:  # counted, the round goes on
        arrived.append(1)
        return f"{type(exc).__name__}: {exc}"[:200]


async def _round(url: str, n: int, think: bool, pid: int | None):
    lat: list[float] = []
    arrived: list[int] = []
    hold = asyncio.Event()
    rss0, cpu0, t0 = _rss_kb(pid) if pid else 0, _cpu_s(pid), time.perf_counter()
    tasks = [asyncio.create_task(journey(url, lat, think, hold, arrived)) for _ in range(n)]
    while len(arrived) < n:  # every visitor at the result (or failed), sessions still open
        await asyncio.sleep(0.2)
    rss1 = _rss_kb(pid) if pid else 0
    hold.set()
    results = await asyncio.gather(*tasks)
    cpu, wall = _cpu_s(pid) - cpu0, time.perf_counter() - t0
    return [r for r in results if r], lat, (rss1 - rss0) / n, cpu / wall


def ladder(url: str, pid: int | None, think: bool, max_users: int) -> list[dict]:
    mode = "paced" if think else "burst"
    best, rows = 0, []
    for n in [1, 5, 10, 25, 50, 75, 100, 150, 200]:
        if n > max_users:
            break
        errors, lat, mem, cpu = asyncio.run(_round(url, n, think, pid))
        p95 = percentile(lat, 95) if lat else float("inf")
        print(f"  protocol {mode} {n:4} users: {len(errors)} errors, step p50 "
              f"{percentile(lat, 50) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, server CPU "
              f"{cpu * 100:.0f} % of a core, +{mem:.0f} kB per open session", flush=True)
        if errors:
            print(f"      first error: {errors[0]}")
        if errors or p95 > 1.0:
            break
        best = n
        rows = [row(f"protocol {mode}: step p95 at N={n}", p95 * 1000, "ms", "<= 1000", True),
                row(f"protocol {mode}: memory per open session at N={n}", mem, "kB")]
    return rows + [row(f"protocol {mode}: users with 0 errors and step p95 <= 1 s", best,
                       "users", ">= 25", best >= 25)]


def run(max_users: int = 200) -> list[dict]:
    port = free_port()
    with streamlit_server(port) as url:
        pid = _server_pid(port)
        asyncio.run(_round(url, 1, False, pid))  # warm up
        return ladder(url, pid, False, max_users) + ladder(url, pid, True, max_users)


if __name__ == "__main__":
    print_table(run(int(sys.argv[1]) if len(sys.argv) > 1 else 200))
