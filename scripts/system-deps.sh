#!/usr/bin/env bash
# Installs the Debian packages the app and its tests need, only those that are missing.
# chromium: browser tests (never a downloaded browser build); libpango: WeasyPrint PDFs;
# nginx and postgresql: the scale-out and database tests; poppler-utils (pdftoppm): the PDF
# rendering tests (fields must show in Poppler as in pdfium).
#   scripts/system-deps.sh run   — only what the app needs (PDF libraries, venv)
#   scripts/system-deps.sh       — also what the tests and benchmarks need
set -euo pipefail
pkgs=(libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 python3-venv)
[ "${1:-all}" = run ] || pkgs+=(chromium fonts-dejavu-core nginx postgresql poppler-utils)
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "Missing Debian packages: ${missing[*]} (install them with apt-get as root)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
