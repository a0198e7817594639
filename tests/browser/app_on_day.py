"""app.py on a fixed day, for the browser tests only: the wizard takes today's date as the
reference date of a check and has no field for it, so this entry point pins
wizard.dated.today to SMI_TEST_DAY (YYYY-MM-DD) before it runs app.py. The browser server of
tests/browser/conftest.py runs on the day the other tests use (tests/conftest.py TODAY), so no
browser test depends on the day it runs; test_dated_result.py runs one on a day in 2027."""

import os
import runpy
from datetime import date
from pathlib import Path

import wizard.dated

_DAY = date.fromisoformat(os.environ["SMI_TEST_DAY"])
wizard.dated.today = lambda: _DAY
runpy.run_path(str(Path(__file__).resolve().parents[2] / "app.py"), run_name="__main__")
