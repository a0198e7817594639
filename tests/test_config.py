"""The effective Streamlit configuration, as Streamlit itself reads it from the project:
XSRF protection on, small uploads, no telemetry, no error details, minimal toolbar."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def option():
    from streamlit import config

    cwd = os.getcwd()
    os.chdir(ROOT)  # Streamlit reads ./.streamlit/config.toml of the working folder
    try:
        config.get_config_options(force_reparse=True)
        yield config.get_option
    finally:
        os.chdir(cwd)


def test_xsrf_protection_is_on(option):
    assert option("server.enableXsrfProtection") is True


def test_uploads_are_limited_to_one_megabyte(option):
    assert option("server.maxUploadSize") <= 1


def test_no_usage_statistics_are_sent(option):
    assert option("browser.gatherUsageStats") is False


def test_error_details_are_hidden_and_toolbar_minimal(option):
    assert option("client.showErrorDetails") in (False, "none")
    assert option("client.toolbarMode") == "minimal"
