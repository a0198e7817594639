"""The deployment files as a gemeente runs them (docker may not run on a test machine, so
the compose file is checked as data): one command brings up two parents' replicas, the staff
app, nginx and PostgreSQL; the apps run as a user without rights on a read-only file system;
the staff address asks for a password and the parents' address never proxies to the staff app."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"


def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def server_blocks(conf: str) -> list[str]:
    """The text of each top-level `server { ... }` block of nginx.conf."""
    blocks, depth, start = [], 0, None
    for m in re.finditer(r"^server \{|\{|\}", conf, re.M):
        if m.group() == "server {" and depth == 0:
            start = m.start()
            depth = 1
            continue
        if start is None:
            continue
        depth += 1 if m.group() == "{" else -1
        if depth == 0:
            blocks.append(conf[start:m.end()])
            start = None
    return blocks


def test_compose_brings_up_parents_staff_nginx_and_postgresql():
    services = compose()["services"]
    assert set(services) == {"app1", "app2", "staff", "db", "nginx"}
    assert services["staff"]["environment"]["APP"] == "staff_app.py"
    for name in ("app1", "app2", "staff"):
        svc = services[name]
        assert svc["read_only"] is True and svc["user"] == "10001"
        assert svc["environment"]["SMI_DATABASE_URL"].startswith("postgresql://")
    mounts = " ".join(services["nginx"]["volumes"])
    assert "staff.htpasswd:/etc/nginx/smi-staff.htpasswd" in mounts
    assert "./errors:/usr/share/nginx/smi" in mounts


def test_every_upstream_host_in_nginx_is_a_compose_service():
    conf = (DEPLOY / "nginx.conf").read_text()
    hosts = set(re.findall(r"^\s*server (\w+):\d+;", conf, re.M))
    assert hosts and hosts <= set(compose()["services"])


def test_the_image_runs_as_a_user_without_rights_and_checks_the_site_settings_first():
    docker = (DEPLOY / "Dockerfile").read_text()
    users = re.findall(r"^USER (\S+)", docker, re.M)
    assert users and users[-1] not in ("root", "0")
    assert "wizard.serve" in docker.split("CMD", 1)[1]
    assert "/_stcore/health" in docker  # the container's own health check


def test_only_the_staff_address_asks_for_a_password_and_the_parents_never_reach_staff():
    parents, staff = server_blocks((DEPLOY / "nginx.conf").read_text())
    assert "listen 80;" in parents and "listen 8081;" in staff
    assert "smi_staff" not in parents
    assert "auth_basic_user_file /etc/nginx/smi-staff.htpasswd;" in staff
    assert "auth_basic" not in parents
    assert "frame-ancestors 'none'" in staff  # staff pages are never framed


def test_the_secrets_folder_is_never_committed_nor_copied_into_the_image():
    assert "secrets/" in (DEPLOY / ".gitignore").read_text()
    assert "deploy/secrets/" in (ROOT / ".dockerignore").read_text()


def test_the_apps_see_only_the_site_folder_never_the_secrets():
    for name in ("app1", "app2", "staff"):
        volumes = compose()["services"][name]["volumes"]
        assert volumes == ["./site:/site:ro"]
