#!/usr/bin/env bash
# Extracts the engine's messages (domain "messages") into locales/messages.pot.
# _reason(rule, msgid) carries its msgid as the second argument.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(ls wizard/*.py wizard/cli/core.py wizard/cli/__init__.py)
"${PYBABEL:-.venv/bin/pybabel}" extract -k both -k _ -k N_ -k _reason:2 --no-location \
  --omit-header -o locales/messages.pot $files
