"""Benchmark (not a test): cold and warm build time of the aanvraagformulier PDF, a letter
and the publiekstekst. Target (issue 14): warm form build <= 100 ms. Wall time depends on
what else runs on the machine, so the CPU time of this process is printed beside it.
Warm form builds are for the same gemeente and language as the cold one, but every build
has other answers (name, income, reason): a cache of whole outputs cannot pass for speed.

    python bench/bench_pdf.py [--runs N]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_MS = 100
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
DECISION = {"number": "SMI-1", "date": "2026-11-26", "application_date": "2026-11-02",
            "period_start": "2026-12-01", "period_end": "2027-05-31",
            "grants": [{"child": 1, "hours_per_month": "80"}]}


def timed(f) -> tuple[float, float]:
    """(wall ms, CPU ms of this process) of one call."""
    w, c = time.perf_counter(), time.process_time()
    f()
    return (time.perf_counter() - w) * 1000, (time.process_time() - c) * 1000


def measure(job, runs: int) -> dict:
    cold = timed(job)[0]
    warm = [timed(job) for _ in range(runs)]
    return {"cold_ms": round(cold), "warm_median_ms": round(statistics.median(w for w, _ in warm)),
            "warm_cpu_median_ms": round(statistics.median(c for _, c in warm)),
            "warm_max_ms": round(max(w for w, _ in warm)),
            "warm_cpu_max_ms": round(max(c for _, c in warm))}


def family(i: int):
    """The i-th family: the FULL answers with another name, income and reason each time."""
    from wizard.models import Answers

    data = json.loads(json.dumps(FULL))
    app = data["application"]
    app["applicant"]["name"] = f"{['Fatima', 'Jan', 'Anna-Lisa', 'Mohammed'][i % 4]} Test{i}"
    app["children"][0]["name"] = ["Noor", "Sem", "Lieke van den Berg"][i % 3]
    app["reason_text"] = "Mijn partner is ziek. " * (1 + i % 5)
    data["income"]["toetsingsinkomen"] = str(30000 + 1234 * i)
    return Answers.from_data(data)


def form_job(runs: int = 20):
    """A form build per call, each with the next family's answers (made before timing; after
    runs + 1 calls the families come round again, each still unlike the one before)."""
    from wizard.documents import build_form_pdf

    families = itertools.cycle([family(i) for i in range(runs + 1)])
    return lambda: build_form_pdf(next(families), "rotterdam", "nl")


def form_phases(runs: int) -> dict:
    """Warm CPU ms of each step of a form build (median), so the report says where the time
    goes: the template, the HTML parse, style and layout (WeasyPrint render), painting and
    writing the tagged PDF (fonts subset there), and the finisher (appearance streams, the
    form font's streams; inside paint_and_write too). Same path as build_form_pdf."""
    from wizard.documents import line_memo
    from wizard.documents import pdf as pdf_module
    from wizard.documents.form import build_form_html
    from wizard.documents.html_tree import html_document

    fonts, css, fetcher = pdf_module._shared()
    steps: dict[str, list[float]] = {"template": [], "html_parse": [], "style_and_layout": [],
                                     "paint_and_write": [], "finisher": []}

    def step(name, f, *args, **kwargs):
        c = time.process_time()
        out = f(*args, **kwargs)
        steps[name].append((time.process_time() - c) * 1000)
        return out

    def finisher(document, pdf):
        step("finisher", pdf_module._finish, document, pdf)

    for i in range(runs + 1):
        html = step("template", build_form_html, family(100 + i), "rotterdam", "nl",
                    preview=False)
        parsed = step("html_parse", html_document, html, pdf_module.base_url(), fetcher)
        with line_memo.static_lines():
            doc = step("style_and_layout", parsed.render, stylesheets=[css], font_config=fonts,
                       pdf_forms=True, pdf_tags=True)
            step("paint_and_write", doc.write_pdf, pdf_variant="pdf/ua-1", pdf_forms=True,
                 pdf_tags=True, finisher=finisher)
    return {k: round(statistics.median(v[1:]), 1) for k, v in steps.items()}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    t0 = time.perf_counter()
    from wizard.documents import Decision, build_letter_pdf, build_publiekstekst
    from wizard.models import Answers
    import_ms = (time.perf_counter() - t0) * 1000

    answers = Answers.from_data(FULL)
    decision = Decision.model_validate_json(json.dumps(DECISION))
    jobs = {
        "form": form_job(args.runs),
        "letter_toekenning": lambda: build_letter_pdf("toekenning", answers, decision),
        "publiekstekst": lambda: build_publiekstekst("rotterdam", "nl", "pdf"),
    }
    results = {"cpus": os.cpu_count(), "load": os.getloadavg()[0], "import_ms": round(import_ms),
               "runs": args.runs}
    for name, job in jobs.items():
        results[name] = measure(job, args.runs)
    results["form_cpu_ms_by_step"] = form_phases(args.runs)
    for key, value in results.items():
        print(f"{key:20} {value}")
    form = results["form"]
    ok = form["warm_median_ms"] <= TARGET_MS
    # wall time waits for the other processes on a shared machine; CPU time is this build's
    print(f"target warm form <= {TARGET_MS} ms:", "met" if ok else "NOT met",
          f"(wall median {form['warm_median_ms']} ms at load {results['load']:.1f} on "
          f"{results['cpus']} cores; CPU median {form['warm_cpu_median_ms']} ms:",
          "met)" if form["warm_cpu_median_ms"] <= TARGET_MS else "NOT met)")
    Path(__file__).with_name("pdf_results.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
