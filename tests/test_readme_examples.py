"""Every `smi` line in the README works as written, with the example files in examples/
(issue 13: a newcomer's `smi check answers.json` failed for want of a file)."""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from wizard.cli import main

ROOT = Path(__file__).resolve().parent.parent


def readme_lines() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Command line", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines()
            if line.strip().startswith(".venv/bin/smi ")]


def test_the_readme_lists_cli_lines_that_use_the_example_files():
    lines = readme_lines()
    assert len(lines) >= 10
    files = {f for line in lines for f in re.findall(r"examples/[\w.-]+", line)}
    assert files and all((ROOT / f).is_file() for f in files)


@pytest.mark.parametrize("line", readme_lines())
def test_each_readme_cli_line_runs_as_written(line, tmp_path, monkeypatch, capsys):
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)  # outputs such as -o aanvraag.pdf land in a scratch folder
    monkeypatch.setenv("SMI_FEEDBACK_DB", str(tmp_path / "fb.sqlite3"))
    monkeypatch.delenv("SMI_DATABASE_URL", raising=False)
    argv = shlex.split(line, comments=True)[1:]
    assert main(argv) == 0, capsys.readouterr().err
    if "-o" in argv:
        assert (tmp_path / argv[argv.index("-o") + 1]).stat().st_size > 0
