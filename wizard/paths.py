"""Where the project's data lives. SMI_CONTENT_DIR overrides content/ (tests, deployments)."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def content_dir() -> Path:
    return Path(os.environ.get("SMI_CONTENT_DIR") or ROOT / "content")


def locales_dir() -> Path:
    return Path(os.environ.get("SMI_LOCALES_DIR") or ROOT / "locales")
