"""A wizard step's server time as a ratio to a bare Streamlit app doing one widget rerun,
both measured in this run with AppTest (same process, same machine). Target <= 1.5x."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from streamlit.testing.v1 import AppTest  # noqa: E402

from bench.common import percentile, print_table, row  # noqa: E402
from tests import ui_driver as d  # noqa: E402

BARE = "import streamlit as st\nst.text_input('Uren per maand', key='x')\n"


def _time_reruns(at: AppTest, widget, n: int) -> list[float]:
    out = []
    for i in range(n):
        widget().input(str(40 + i % 50))
        t0 = time.perf_counter()
        at.run()
        out.append(time.perf_counter() - t0)
    return out


async def _protocol_reruns(url: str, steps, key: str, n: int) -> list[float]:
    import asyncio

    from bench.protocol_client import Session

    async with Session(url) as s:
        await s.run()
        for action in steps:
            await action(s)
        out = []
        for i in range(n):
            # a pause as between a person's keystrokes; back-to-back sends meet TCP's
            # delayed acknowledgement (~40 ms) and would measure that, not the app
            await asyncio.sleep(0.2)
            s.type(key, str(40 + i % 50))
            out.append(await s.run())
        return out


async def _to_opvang(s) -> None:
    await s.click("start")
    s.choose("w_gemeente", 0)
    await s.click("next")
    s.choose("w_partner", 1)
    await s.run()
    s.choose("w_act_0", 0)
    s.choose("w_act_1", 3)
    await s.run()
    s.choose("w_special_1", 0)
    await s.click("next")
    s.check("w_reason_parent_mental_illness")
    await s.run()
    s.choose("w_long", 0)
    await s.run()
    s.choose("w_prof", 0)  # "who knows about it" is on the situation step
    await s.click("next")
    s.number("w_c0_age", 2)
    s.choose("w_c0_school", 0)
    s.choose("w_c0_care", 0)
    await s.click("next")
    s.choose("w_o0_type", 0)
    await s.run()
    s.choose("w_o0_unit", 1)  # hours a month: one field, as the rerun below types into
    await s.run()


def server_rows(n: int = 60) -> list[dict]:
    """The same ratio on real servers, through Streamlit's WebSocket protocol: what a
    visitor's click costs the server, serialisation and transport included."""
    import asyncio
    import subprocess

    from tests.servers import free_port, streamlit_server

    with streamlit_server(free_port()) as url:
        wiz = asyncio.run(_protocol_reruns(url, [_to_opvang], "w_o0_hours", n))
    bare_port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "bench" / "bare_app.py"),
         "--server.port", str(bare_port), "--server.address", "127.0.0.1",
         "--server.headless", "true"], cwd=ROOT, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    try:
        from tests.servers import wait_for_port

        wait_for_port(bare_port)
        time.sleep(1)
        bare = asyncio.run(_protocol_reruns(f"http://127.0.0.1:{bare_port}", [], "x", n))
    finally:
        proc.terminate()
        proc.wait(10)
    b, w = statistics.median(bare) * 1000, statistics.median(wiz) * 1000
    return [row("server: bare app rerun, median", b, "ms"),
            row("server: wizard step rerun (opvang), median", w, "ms"),
            row("server: wizard step / bare rerun", w / b, "x", "<= 1.5", w / b <= 1.5)]


def run(n: int = 40) -> list[dict]:
    bare = AppTest.from_string(BARE, default_timeout=60)
    bare.run()
    bare_t = _time_reruns(bare, lambda: bare.text_input(key="x"), n)

    at = d.new_app()
    d.start(at)
    d.gemeente(at)
    d.household(at, ["work", "none"])
    d.situation(at, ["parent_mental_illness"])
    d.professional(at, yes=True)
    d.children(at, [(2, "none", "no")])
    at.radio(key="w_o0_type").set_value("dagopvang").run()
    at.radio(key="w_o0_unit").set_value("hours").run()
    wiz_t = _time_reruns(at, lambda: at.text_input(key="w_o0_hours"), n)

    b, w = statistics.median(bare_t) * 1000, statistics.median(wiz_t) * 1000
    ratio = w / b
    return server_rows() + [
        row("AppTest: bare Streamlit rerun (one widget), median", b, "ms"),
        row("AppTest: wizard step rerun (opvang), median", w, "ms"),
        row("AppTest: wizard step rerun (opvang), p95", percentile(wiz_t, 95) * 1000, "ms"),
        row("AppTest: wizard step / bare rerun", ratio, "x", "<= 1.5", ratio <= 1.5),
    ]


if __name__ == "__main__":
    print_table(run())
