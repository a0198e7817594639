"""`smi verlenging` and `smi wijziging` from two answers files."""

from __future__ import annotations

import io
import json

from pypdf import PdfReader

from tests.conftest import BASE, deep_merge
from tests.smi_runner import run_smi

smi = run_smi  # in-process main(argv)


def test_wijziging_pdf_shows_before_and_after_amounts(tmp_path):
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    before.write_text(json.dumps(BASE))
    after.write_text(json.dumps(deep_merge(BASE, {"income": {"toetsingsinkomen": "90000"}})))
    out = tmp_path / "w.pdf"
    r = smi("wijziging", str(before), str(after), "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    # 80 h x 10.50 = 840.00: 96 % at 45,000 -> 33.60; 78.9 % at 90,000 -> 177.24
    assert "33,60" in text and "177,24" in text


def test_verlenging_html_and_a_missing_file(tmp_path):
    first = tmp_path / "first.json"
    first.write_text(json.dumps(BASE))
    out = tmp_path / "v.html"
    r = smi("--lang", "en", "verlenging", str(first), str(first), "-o", str(out), "--html")
    assert r.returncode == 0, r.stderr
    assert "<html" in out.read_text()
    r = smi("verlenging", str(first), str(tmp_path / "nope.json"), "-o", str(out))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
