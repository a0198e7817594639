"""Real servers for tests, on loopback only: PostgreSQL from Debian's package, started in a
temporary folder on a free port, and stopped afterwards. Under CI=true a missing server is a
failure, never a skip."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 30) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


def require(what: str, found: bool) -> None:
    if found:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing; scripts/system-deps.sh should install it")
    pytest.skip(f"{what} is not installed (run scripts/system-deps.sh)")


def _pg_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@contextmanager
def postgres_server():
    """Yields a postgresql:// URL of a fresh server; runs as the 'postgres' user when root.
    Its folder is made under /tmp, as pytest's own temporary folders are closed to other users."""
    bindir = _pg_bin()
    require("PostgreSQL (Debian package postgresql)", bindir is not None)
    tmp = Path(tempfile.mkdtemp(prefix="smi-pg-"))
    data, sock = tmp / "pgdata", tmp / "pgsock"
    data.mkdir()
    sock.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(tmp, "postgres")
        shutil.chown(data, "postgres")
        shutil.chown(sock, "postgres")
        prefix = ["runuser", "-u", "postgres", "--"]
    port = free_port()
    subprocess.run(prefix + [str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U",
                             "postgres"], check=True, capture_output=True)
    subprocess.run(prefix + [str(bindir / "pg_ctl"), "-D", str(data), "-l", str(tmp / "pg.log"),
                             "-o", f"-p {port} -k {sock} -c listen_addresses=127.0.0.1",
                             "-w", "start"], check=True, capture_output=True)
    try:
        wait_for_port(port)
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(prefix + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"],
                       capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
