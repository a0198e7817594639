"""Benchmark (not a test): cold and warm build time of the aanvraagformulier PDF, a letter
and the publiekstekst. Target: warm form build <= 300 ms on a 2-core machine.

    python bench/bench_pdf.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FULL = {
    "gemeente": "rotterdam", "reference_date": "2026-11-26",
    "household": {"parents": [{"activity": "work"}, {"activity": "none"}]},
    "children": [{"birth_date": "2023-05-04", "care": {"type": "dagopvang",
                  "hours_per_month": "80", "hourly_price": "10.25"}}, {"age": 7,
                  "school": "primary"}],
    "situation": {"reasons": ["parent_physical_illness"], "professional_can_confirm": True},
    "income": {"toetsingsinkomen": "42000"},
    "application": {"applicant": {"name": "Fatima de Vries"},
                    "contact": {"street": "Coolsingel 40", "postcode": "3011 AD",
                                "city": "Rotterdam", "phone": "06-12345678"},
                    "children": [{"name": "Noor", "provider": {"name": "KDV Zon",
                                  "lrk_number": "123456789"}}]},
}
DECISION = {"number": "SMI-1", "date": "2026-11-26", "period_start": "2026-12-01",
            "period_end": "2027-05-31", "grants": [{"child": 1, "hours_per_month": "80"}]}


def ms(f) -> float:
    t = time.perf_counter()
    f()
    return (time.perf_counter() - t) * 1000


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from wizard.documents import Decision, build_form_pdf, build_letter_pdf, build_publiekstekst
    from wizard.models import Answers
    import_ms = (time.perf_counter() - t0) * 1000

    answers = Answers.from_data(FULL)
    decision = Decision.model_validate_json(json.dumps(DECISION))
    jobs = {
        "form": lambda: build_form_pdf(answers, "rotterdam", "nl"),
        "letter_toekenning": lambda: build_letter_pdf("toekenning", answers, decision),
        "publiekstekst": lambda: build_publiekstekst("rotterdam", "nl", "pdf"),
    }
    results = {"cpus": os.cpu_count(), "import_ms": round(import_ms), "runs": args.runs}
    for name, job in jobs.items():
        cold = ms(job)
        warm = [ms(job) for _ in range(args.runs)]
        results[name] = {"cold_ms": round(cold), "warm_median_ms": round(statistics.median(warm)),
                         "warm_max_ms": round(max(warm))}
    for key, value in results.items():
        print(f"{key:20} {value}")
    ok = results["form"]["warm_median_ms"] <= 300
    print("target warm form <= 300 ms:", "met" if ok else "NOT met")
    Path(__file__).with_name("pdf_results.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
