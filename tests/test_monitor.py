"""The basislijn monitor: met / below / unknown per point, never a guess; CLI formats."""

from __future__ import annotations

import csv
import io
import json

from tests.smi_runner import run_smi
from wizard.monitor import judge, spread
from wizard.profiles import all_profiles, get_profile


def status(profile_id: str) -> dict[str, str]:
    return {j.point: j.status for j in judge(get_profile(profile_id))}


def test_an_income_or_asset_test_is_below_B5():
    assert status("isd-bollenstreek")["B5"] == "below"


def test_fewer_than_six_months_or_two_days_is_below_B6(tmp_path, monkeypatch):
    import shutil
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    content = tmp_path / "content"
    shutil.copytree(root / "content", content)
    p = content / "gemeenten" / "haarlemmermeer.toml"
    p.write_text(p.read_text().replace("months = 12", "months = 3")
                 .replace("days_per_week = 2", "days_per_week = 1"))
    monkeypatch.setenv("SMI_CONTENT_DIR", str(content))
    all_profiles.cache_clear()
    try:
        j = {x.point: x for x in judge(get_profile("haarlemmermeer"))}
        assert j["B6"].status == "below" and j["B6"].rule in ("HMM-DAGEN", "HMM-DUUR")
    finally:
        all_profiles.cache_clear()


def test_two_days_and_twelve_months_meet_B6_with_the_source():
    j = {x.point: x for x in judge(get_profile("haarlemmermeer"))}
    assert j["B6"].status == "met" and "haarlemmermeer" in j["B6"].source


def test_a_point_without_a_rule_is_unknown_never_met():
    s = status("lansingerland")
    assert s["B8"] == "unknown" and s["B6"] == "unknown" and s["B11"] == "unknown"


def test_no_extension_is_below_B7_and_beleidsregels_below_B1():
    assert status("rotterdam")["B7"] == "below"
    assert status("amstelveen")["B1"] == "below"


def test_every_judgement_that_is_not_unknown_names_a_rule_and_source():
    for p in all_profiles().values():
        for j in judge(p):
            if j.status != "unknown" and not p.is_basislijn:
                assert j.rule in p.rule_ids() and j.source


def test_spread_counts_every_gemeente_once_per_dimension():
    n = len([p for p in all_profiles().values() if not p.is_basislijn])
    for counts in spread().values():
        assert sum(counts.values()) == n


smi = run_smi  # in-process main(argv)


def test_monitor_cli_formats(tmp_path):
    r = smi("monitor", "--format", "json")
    data = json.loads(r.stdout)
    assert len(data["rows"]) == 15 * len(all_profiles())
    rows = list(csv.DictReader(io.StringIO(smi("monitor", "--format", "csv").stdout)))
    assert {r["status"] for r in rows} == {"met", "below", "unknown"}
    out = tmp_path / "m.html"
    assert smi("--lang", "nl", "monitor", "-o", str(out)).returncode == 0
    html = out.read_text()
    assert '<html lang="nl">' in html and "ISD Bollenstreek" in html and "<table" in html


def test_monitor_cli_unknown_format_exits_2(tmp_path):
    r = smi("monitor", "-o", str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
