"""Shared helpers for the benchmarks: timing, percentiles and the results table."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.json"


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def timings(fn: Callable[[], object], n: int, warmup: int = 3) -> list[float]:
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def row(name: str, value: float, unit: str, target: str = "", meets: bool | None = None
        ) -> dict:
    return {"name": name, "value": round(value, 3), "unit": unit, "target": target,
            "meets": meets}


def median(values: list[float]) -> float:
    return statistics.median(values)


def print_table(rows: list[dict]) -> None:
    w = max(len(r["name"]) for r in rows)
    print(f"{'benchmark':<{w}}  {'value':>12}  {'unit':<6}  {'target':<12}  meets")
    for r in rows:
        meets = {True: "yes", False: "NO", None: "-"}[r["meets"]]
        print(f"{r['name']:<{w}}  {r['value']:>12}  {r['unit']:<6}  {r['target']:<12}  {meets}")


def save(rows: list[dict]) -> None:
    RESULTS.write_text(json.dumps(rows, indent=2))
