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


def test_no_email_prompt_at_first_start(option):
    assert option("server.showEmailPrompt") is False


def test_error_details_are_hidden_and_toolbar_minimal(option):
    assert option("client.showErrorDetails") in (False, "none")
    assert option("client.toolbarMode") == "minimal"


def test_the_server_address_is_set_so_no_outside_ip_lookup_happens(option):
    from streamlit import config

    assert config.is_manually_set("browser.serverAddress")


def test_starting_the_server_asks_no_outside_service_for_its_address(option, monkeypatch):
    # Headless, Streamlit prints its URLs at start; without browser.serverAddress it asks
    # checkip.amazonaws.com for the external address. Record whether it would.
    from streamlit import config, net_util
    from streamlit.web import bootstrap

    calls = []
    monkeypatch.setattr(net_util, "get_external_ip", lambda: calls.append(1))
    monkeypatch.setattr(config, "get_option", lambda k: True if k == "server.headless"
                        else option(k))
    bootstrap._print_url(False)
    assert calls == []


def test_no_full_garbage_collection_and_no_file_watching_per_rerun(option):
    # Both cost most of a step's server time (bench/bench_protocol.py); make soak checks
    # that memory stays bounded without the forced collection.
    assert option("runner.postScriptGC") is False
    assert option("server.fileWatcherType") == "none"


def test_the_xsrf_cookie_stays_same_site_lax_for_embedding_under_the_gemeentes_domain(option):
    # README "For a gemeente": an iframe on the gemeente's own domain works with "lax"
    # (tests/browser/test_deployment.py); "none" is a per-deployment choice for another
    # domain over HTTPS, never the project default.
    assert str(option("server.xsrfCookieSameSite")).lower() == "lax"

