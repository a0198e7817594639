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
    wiz_t = _time_reruns(at, lambda: at.text_input(key="w_o0_hours"), n)

    b, w = statistics.median(bare_t) * 1000, statistics.median(wiz_t) * 1000
    ratio = w / b
    return [
        row("bare Streamlit rerun (one widget), median", b, "ms"),
        row("wizard step rerun (opvang), median", w, "ms"),
        row("wizard step rerun (opvang), p95", percentile(wiz_t, 95) * 1000, "ms"),
        row("wizard step / bare rerun", ratio, "x", "<= 1.5", ratio <= 1.5),
    ]


if __name__ == "__main__":
    print_table(run())
