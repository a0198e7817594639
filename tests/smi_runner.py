"""Run the `smi` command line in-process (`main(argv)`), capturing what a user would see: the
exit code, stdout and stderr. Much faster than a subprocess; a few smoke tests still start the
real process (tests/test_cli.py)."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from dataclasses import dataclass

from wizard.cli import main


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str
    stdout_bytes: bytes = b""


def _stream() -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True)


def run_smi(*args: str, input: str | None = None) -> Result:
    out, err = _stream(), _stream()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(input or "")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = old_stdin
    raw = out.buffer.getvalue()
    return Result(code, raw.decode("utf-8", "replace"), err.buffer.getvalue().decode("utf-8"),
                  raw)


def run_smi_process(*args: str, input: str | None = None) -> subprocess.CompletedProcess:
    """The real `python -m wizard` process, for the few smoke tests that need it."""
    return subprocess.run([sys.executable, "-m", "wizard", *args], capture_output=True,
                          text=True, input=input, timeout=60)
