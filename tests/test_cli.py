"""The `smi` command line as a user runs it: its output and its exit code, in-process through
`main(argv)`, with a few smoke tests that start the real process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import BASE, deep_merge
from tests.smi_runner import run_smi, run_smi_process

smi = run_smi  # in-process; the smoke tests below start the real process


def write(tmp_path: Path, data, name="answers.json") -> str:
    p = tmp_path / name
    p.write_text(data if isinstance(data, str) else json.dumps(data))
    return str(p)


def test_fee_json_contract_matches_the_brochure():
    r = smi("fee", "--year", "2026", "--table", "kot", "--income", "60000", "--care",
            "dagopvang", "--price", "10.50", "--hours", "122", "--rank", "1", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["year"] == 2026 and out["table"] == "kot" and out["pct"] == "93.9"
    assert (out["invoice"], out["reimbursed"], out["eigen_bijdrage"]) == (
        "1281.00", "1202.86", "78.14")


def test_fee_vng_json():
    r = smi("fee", "--table", "vng", "--income", "20000", "--care", "dagopvang", "--price",
            "11.23", "--hours", "100", "--json")
    out = json.loads(r.stdout)
    assert out["eigen_bijdrage"] == "45.00" and out["parent_rate"] == "0.45"


def test_fee_human_output_in_dutch_uses_dutch_money():
    r = smi("fee", "--income", "60000", "--care", "dagopvang", "--price", "10.50", "--hours",
            "122")
    assert r.returncode == 0 and "€ 78,14" in r.stdout and "Eigen bijdrage" in r.stdout


@pytest.mark.parametrize("args", [
    ["fee", "--care", "crèche", "--price", "10", "--hours", "10"],
    ["fee", "--care", "bso", "--price", "10", "--hours", "-5"],
    ["fee", "--care", "bso", "--price", "tien", "--hours", "5"],
    ["fee", "--care", "bso", "--price", "10", "--hours", "5000"],
    ["fee", "--care", "bso", "--price", "10", "--hours", "5", "--year", "2019"],
    ["check", "/nonexistent/answers.json"],
    ["check", "--gemeente", "atlantis", "ANSWERS"],
    ["nonsense"],
])
def test_bad_input_exits_2_with_one_clear_line(tmp_path, args):
    args = [write(tmp_path, BASE) if a == "ANSWERS" else a for a in args]
    r = smi(*args)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("smi: ")
    assert "Traceback" not in r.stderr


@pytest.mark.parametrize("content,needle", [
    ("{not json", "JSON"),
    (json.dumps(deep_merge(BASE, {"surprise": 1})), "surprise"),
    (json.dumps(deep_merge(BASE, {"schema_version": 9})), "nieuwere versie"),
    (json.dumps(deep_merge(BASE, {"children": [{"age": 31}]})), "Kind 1: leeftijd"),
    (json.dumps([1, 2, 3]), "geen antwoorden"),
])
def test_check_bad_files_exit_2(tmp_path, content, needle):
    r = smi("check", write(tmp_path, content))
    assert r.returncode == 2 and needle in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_check_json_contract(tmp_path):
    r = smi("check", write(tmp_path, BASE), "--json")
    assert r.returncode == 0, r.stderr
    v = json.loads(r.stdout)
    assert v["outcome"] == "eligible"
    assert {"outcome", "children", "reasons", "referrals", "offer", "flags", "fee"} <= set(v)
    assert all({"rule", "text"} <= set(x) for x in v["reasons"])
    assert all({"route", "text"} <= set(x) for x in v["referrals"])
    assert v["fee"]["total_eigen_bijdrage"] == "33.60"


def test_check_with_gemeente_override_in_english(tmp_path):
    r = smi("--lang", "en", "check", write(tmp_path, BASE), "--gemeente", "den-haag", "--json")
    v = json.loads(r.stdout)
    assert v["gemeente"] == "den-haag" and v["outcome"] == "other_route"
    assert any(f["basislijn"] == "B4" for f in v["flags"])
    assert "older" in json.dumps(v)


def test_check_human_output_names_rules(tmp_path):
    r = smi("check", write(tmp_path, BASE))
    assert r.returncode == 0 and "[B5]" in r.stdout and "Uitkomst" in r.stdout


def test_gemeenten_and_schema():
    r = smi("gemeenten", "--json")
    ids = {g["id"] for g in json.loads(r.stdout)}
    assert {"basislijn", "rotterdam", "den-haag"} <= ids
    schema = json.loads(smi("schema").stdout)
    assert schema["additionalProperties"] is False and "children" in schema["properties"]


def test_console_script_is_installed():
    import shutil

    exe = shutil.which("smi") or str(Path(sys.executable).parent / "smi")
    r = subprocess.run([exe, "--help"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and "fee" in r.stdout


# --- smoke tests: the real process ------------------------------------------------------------

def test_smoke_fee_in_a_real_process():
    r = run_smi_process("fee", "--year", "2026", "--income", "60.000", "--care", "dagopvang",
                        "--price", "10,50", "--hours", "122", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["eigen_bijdrage"] == "78.14"


def test_smoke_bad_input_in_a_real_process_is_one_line_and_exit_2():
    r = run_smi_process("fee", "--care", "bso", "--price", "1e9", "--hours", "5")
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "Traceback" not in r.stderr



def test_the_public_api_is_importable_and_the_cli_uses_only_it():
    """Item 8: callers import the engine from `wizard` (its __all__), not private modules."""
    import re

    import wizard
    assert all(hasattr(wizard, name) for name in wizard.__all__)
    engine = ("amounts", "answers_io", "errors", "fees", "gemeenten", "models", "money",
              "monitor", "points", "profiles", "report", "rules", "verdict", "dated", "caps")
    private = re.compile(r"^from wizard\.(" + "|".join(engine) + r")\b", re.M)
    cli = Path(wizard.__file__).parent / "cli"
    offenders = [p.name for p in cli.glob("*.py") if private.search(p.read_text())]
    assert offenders == []


@pytest.mark.parametrize(("args", "fragment"), [
    (["fee", "--care", "crèche", "--price", "10", "--hours", "10"], "kan niet; kies uit"),
    (["fee", "--price", "10"], "deze opties ontbreken: --care, --hours"),
    (["fee", "--care", "bso", "--price", "10", "--hours", "5", "--bogus"], "onbekende opties"),
    (["--lang", "en", "fee", "--price", "10"], "these options are missing"),
])
def test_usage_errors_are_in_the_users_language(args, fragment):
    r = smi(*args)
    assert r.returncode == 2 and fragment in r.stderr and len(r.stderr.strip().splitlines()) == 1
