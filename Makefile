# Two commands on a fresh Debian machine with Python 3.11:
#   make run   — set everything up and start the wizard on http://localhost:8501
#   make test  — set everything up and run all tests
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run run-staff run-deps test setup locales system-deps lint bench soak screenshots clean

setup: $(STAMP) locales

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

locales: $(STAMP)
	$(PY) -m wizard.i18n

system-deps:
	bash scripts/system-deps.sh

# Debian packages first: a fresh Debian needs python3-venv before the venv can be made.
run-deps:
	bash scripts/system-deps.sh run

# Through wizard.serve: the deployment's settings (SMI_SITE_FILE) are checked and applied.
run: run-deps setup
	$(PY) -m wizard.serve app.py

# The staff app (letters, monitor, satisfaction) on its own port; behind a login in deploy/.
run-staff: run-deps setup
	$(PY) -m wizard.serve staff_app.py --server.port $${STAFF_PORT:-8502}

test: system-deps setup
	$(PY) -m pytest

bench: system-deps setup
	$(PY) bench/run.py

soak: system-deps setup
	$(PY) bench/soak.py --minutes $${SOAK_MINUTES:-10}

# The README's pictures (docs/screenshots/start.png, result.png) from the real app in Chromium.
screenshots: system-deps setup
	SMI_DOCS_SCREENSHOTS=docs/screenshots $(PY) -m pytest -q \
		"tests/browser/test_journeys.py::test_parent_reaches_eligible_sees_the_fee_downloads_and_resumes[nl]"

lint: setup
	$(VENV)/bin/ruff check wizard tests app.py

clean:
	rm -rf $(VENV) .pytest_cache
	find locales -name '*.mo' -delete
