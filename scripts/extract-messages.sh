#!/usr/bin/env bash
# Extracts the engine's messages (domain "messages") into locales/messages.pot, then merges
# them into locales/{nl,en}/LC_MESSAGES/messages.po. _reason(rule, msgid) carries its msgid
# as the second argument. Other domains (ui, documents, chat) have their own catalogues.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PY:-.venv/bin/python}"
"$PY" -m babel.messages.frontend extract -F babel-messages.cfg -k both -k _ -k N_ \
  -k _reason:2 -k _met:4 --no-location --omit-header -o locales/messages.pot .
# Refuse to wipe the catalogues when extraction found nothing (a broken mapping).
grep -q '^msgid "[^"]' locales/messages.pot || { echo "extraction found no messages" >&2; exit 1; }
"$PY" scripts/update-catalog.py locales/messages.pot messages
