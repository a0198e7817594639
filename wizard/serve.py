"""Start one of the Streamlit apps with the deployment's look: `python -m wizard.serve app.py
[streamlit options]` (or staff_app.py). The site settings are checked first, so a wrong
colour or logo stops the start with one clear line instead of a half-themed page."""

from __future__ import annotations

import os
import sys

from wizard.errors import SmiError
from wizard.site import current_site, streamlit_theme_args


def command(argv: list[str]) -> list[str]:
    if not argv or not argv[0].endswith(".py"):
        raise SystemExit("usage: python -m wizard.serve app.py|staff_app.py [streamlit options]")
    site = current_site()
    return [sys.executable, "-m", "streamlit", "run", argv[0], *streamlit_theme_args(site),
            *argv[1:]]


def main(argv: list[str]) -> int:
    try:
        cmd = command(argv)
    except SmiError as exc:
        print(exc.message(os.environ.get("SMI_LANG", "en")), file=sys.stderr)
        return 2
    os.execv(cmd[0], cmd)
    return 0  # not reached


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
