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
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

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


class Postgres(NamedTuple):
    url: str
    stop: Callable[[], None]  # fast shutdown: open connections are cut
    start: Callable[[], None]


@contextmanager
def postgres_control():
    """A fresh PostgreSQL server that a test can stop and start again (same data, same
    port); runs as the 'postgres' user when root. Its folder is made under /tmp, as pytest's
    own temporary folders are closed to other users."""
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

    def start() -> None:
        subprocess.run(prefix + [str(bindir / "pg_ctl"), "-D", str(data), "-l",
                                 str(tmp / "pg.log"), "-o",
                                 f"-p {port} -k {sock} -c listen_addresses=127.0.0.1",
                                 "-w", "start"], check=True, capture_output=True)
        wait_for_port(port)

    def stop() -> None:
        subprocess.run(prefix + [str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast",
                                 "-w", "stop"], capture_output=True)

    start()
    try:
        yield Postgres(f"postgresql://postgres@127.0.0.1:{port}/postgres", stop, start)
    finally:
        stop()
        shutil.rmtree(tmp, ignore_errors=True)


@contextmanager
def postgres_server():
    """Yields a postgresql:// URL of a fresh server (see postgres_control)."""
    with postgres_control() as pg:
        yield pg.url


ROOT = Path(__file__).resolve().parents[1]


class ServerUrl(str):
    """A server's base URL that also knows the server's process id (to kill it in a test)."""

    pid: int


@contextmanager
def streamlit_server(port: int | None = None, env: dict[str, str] | None = None,
                     log_path: Path | None = None, script: str = "app.py"):
    """Runs the app (or `script`, e.g. staff_app.py) the way deploy/Dockerfile does,
    `python -m wizard.serve` (site settings checked, their colours applied), with the
    project's config on a loopback port; yields the base URL once /_stcore/health answers,
    stops the server afterwards."""
    import sys
    import urllib.request

    port = port or free_port()
    out = open(log_path, "wb") if log_path else subprocess.DEVNULL
    proc = subprocess.Popen(
        [sys.executable, "-m", "wizard.serve", script,
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true"],
        cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
        env={**os.environ, **(env or {})})
    url = ServerUrl(f"http://127.0.0.1:{port}")
    url.pid = proc.pid  # wizard.serve execs streamlit: the same process
    try:
        end = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(url + "/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > end:
                raise RuntimeError(f"streamlit did not start on {url}")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        if log_path:
            out.close()


class Nginx(NamedTuple):
    parents: str  # the parents' address
    staff: str  # the staff address (asks for a user name and password)
    access_log: Path  # test only: which replica served each request ($upstream_addr)


def htpasswd_line(user: str, password: str) -> str:
    """One line of an nginx htpasswd file, hashed as deploy/make-htpasswd.sh does."""
    hashed = subprocess.run(["openssl", "passwd", "-apr1", password], check=True,
                            capture_output=True, text=True).stdout.strip()
    return f"{user}:{hashed}\n"


@contextmanager
def nginx_server(app_ports: list[int], staff_port: int | None = None,
                 htpasswd: str = "", frame_ancestors: str | None = None):
    """nginx from Debian with the project's own deploy/nginx.conf (ip_hash stickiness,
    WebSocket upgrade, the staff address behind auth_basic, the error page) on free loopback
    ports; the compose host names are replaced by the given loopback ports, and the example
    gemeente site allowed to frame the wizard by `frame_ancestors` when given."""
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    require("nginx (Debian package nginx)", Path(nginx).exists())
    tmp = Path(tempfile.mkdtemp(prefix="smi-nginx-"))
    port, staff_listen = free_port(), free_port()
    site = (ROOT / "deploy" / "nginx.conf").read_text()
    servers = "".join(f"    server 127.0.0.1:{p};\n" for p in app_ports)
    lines = [ln for ln in site.splitlines(keepends=True)
             if not ln.strip().startswith("server app")]
    site = "".join(lines).replace("    ip_hash;\n", "    ip_hash;\n" + servers)
    # a closed port when no staff app runs: the staff address then answers 502 after login
    site = site.replace("server staff:8502;", f"server 127.0.0.1:{staff_port or free_port()};")
    site = site.replace("listen 80;", f"listen 127.0.0.1:{port};")
    site = site.replace("listen 8081;", f"listen 127.0.0.1:{staff_listen};")
    site = site.replace("/etc/nginx/smi-staff.htpasswd", str(tmp / "staff.htpasswd"))
    site = site.replace("root /usr/share/nginx/smi;", f"root {ROOT / 'deploy' / 'errors'};")
    if frame_ancestors:
        site = site.replace("https://www.gemeente.example", frame_ancestors)
    (tmp / "staff.htpasswd").write_text(htpasswd)
    log = tmp / "access.log"
    (tmp / "nginx.conf").write_text(
        f"pid {tmp}/nginx.pid;\nerror_log {tmp}/error.log;\nevents {{}}\n"
        f"http {{\n client_body_temp_path {tmp};\n proxy_temp_path {tmp};\n"
        f" fastcgi_temp_path {tmp};\n uwsgi_temp_path {tmp};\n scgi_temp_path {tmp};\n"
        f" log_format upstream '$request_uri $status $upstream_addr';\n"
        f"{site.replace('access_log off;', f'access_log {log} upstream;')}\n}}\n")
    proc = subprocess.Popen([nginx, "-p", str(tmp), "-c", str(tmp / "nginx.conf"),
                             "-g", "daemon off;"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        wait_for_port(port, 15)
        wait_for_port(staff_listen, 15)
        yield Nginx(f"http://127.0.0.1:{port}", f"http://127.0.0.1:{staff_listen}", log)
    finally:
        proc.terminate()
        proc.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)
