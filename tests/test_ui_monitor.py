"""Issue 8, monitor and satisfaction pages (AppTest): an h1, every gemeente with B1..B15 as
text plus symbol (never colour only), unknown stays unknown, spread charts with a table after
each, and the B15 report per month and gemeente."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from tests.ui_driver import TIMEOUT
from wizard.feedback import FeedbackStore
from wizard.monitor import judge, spread
from wizard.profiles import all_profiles, get_profile


class _Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows: list[list[str]] = []
        self.inside = False

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self.rows[-1].append("")
            self.inside = True

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.rows[-1][-1] += data


def overview_table(at: AppTest) -> pd.DataFrame:
    """The all-gemeenten table, drawn as HTML in a keyboard-scrollable region."""
    html = next(e.proto.body for e in at.main if type(e).__name__ == "Html"
                and 'role="region"' in e.proto.body)
    cells = _Cells()
    cells.feed(html)
    return pd.DataFrame(cells.rows[1:], columns=cells.rows[0])


def page(module: str, fn: str) -> AppTest:
    return AppTest.from_string(
        f"from wizard.ui.pages import header\nfrom {module} import {fn}\nheader()\n{fn}()\n",
        default_timeout=TIMEOUT)


def test_monitor_page_shows_every_gemeente_and_point_with_symbol_and_text():
    at = page("wizard.ui.monitor_page", "monitor_page").run()
    assert not at.exception
    assert at.title[0].value == "Basislijn-monitor"
    overview = overview_table(at)
    names = {p.name for p in all_profiles().values() if not p.is_basislijn}
    assert set(overview.iloc[:, 0]) == names
    cells = {str(v) for v in overview.iloc[:, 1:].to_numpy().ravel()}
    assert cells <= {"✓ voldoet", "✗ lager", "? onbekend"}
    assert list(overview.columns[1:]) == [f"B{i}" for i in range(1, 16)]


def _cell(at, gemeente_name: str, point: str) -> str:
    df = overview_table(at)
    return str(df[df.iloc[:, 0] == gemeente_name][point].iloc[0])


def test_monitor_page_marks_an_income_test_below_B5_and_unknown_as_unknown():
    at = page("wizard.ui.monitor_page", "monitor_page").run()
    assert _cell(at, get_profile("isd-bollenstreek").name, "B5") == "✗ lager"
    assert _cell(at, get_profile("lansingerland").name, "B8") == "? onbekend"
    assert _cell(at, get_profile("haarlemmermeer").name, "B6") == "✓ voldoet"


def test_monitor_page_detail_names_rule_and_source():
    at = page("wizard.ui.monitor_page", "monitor_page").run()
    at.selectbox(key="m_gemeente").set_value("haarlemmermeer").run()
    detail = at.table[0].value
    b6 = detail[detail["Punt"] == "B6"].iloc[0]
    j = {x.point: x for x in judge(get_profile("haarlemmermeer"))}["B6"]
    assert b6["Regel"] == j.rule and b6["Bron"] == j.source


def test_monitor_page_spread_charts_each_followed_by_a_table():
    at = page("wizard.ui.monitor_page", "monitor_page").run()
    elements = list(at.main)
    charts = [i for i, e in enumerate(elements) if type(e).__name__ == "UnknownElement"
              and "spec" in str(e.proto)[:400]]
    assert len(charts) == len(spread())
    for i in charts:
        assert type(elements[i + 1]).__name__ == "Table"
    counts = spread()["fee_method"]
    table = at.table[1 + list(spread()).index("fee_method")].value
    assert sorted(table["Aantal gemeenten"]) == sorted(counts.values())


def test_monitor_page_in_english():
    at = page("wizard.ui.monitor_page", "monitor_page")
    at.session_state["lang"] = "en"
    at.run()
    assert at.title[0].value == "Basislijn monitor"
    assert "✗ below" in overview_table(at).to_string()


@pytest.fixture
def feedback(tmp_path, monkeypatch):
    monkeypatch.setenv("SMI_FEEDBACK_DB", str(tmp_path / "fb.sqlite3"))
    monkeypatch.delenv("SMI_DATABASE_URL", raising=False)
    store = FeedbackStore()
    store.add("leiden", 4, today=date(2026, 10, 3))
    store.add("leiden", 2, today=date(2026, 10, 9))
    store.add("rotterdam", 5, today=date(2026, 11, 1))
    return store


def test_satisfaction_page_chart_and_table_per_month_and_gemeente(feedback):
    at = page("wizard.ui.satisfaction_page", "satisfaction_page").run()
    assert not at.exception
    assert at.title[0].value == "Tevredenheid over de SMI-check (B15)"
    elements = list(at.main)
    chart = next(i for i, e in enumerate(elements) if type(e).__name__ == "UnknownElement"
                 and "spec" in str(e.proto)[:400])
    assert "Table" in [type(e).__name__ for e in elements[chart + 1: chart + 3]]
    df = at.table[0].value
    leiden = df[df["Gemeente"] == "Leiden"].iloc[0]
    assert leiden["Maand"] == "2026-10" and leiden["Aantal beoordelingen"] == 2
    assert float(leiden["Gemiddeld cijfer (1 tot 5)"]) == 3.0
    assert len(df) == len(feedback.report()) == 2


def test_satisfaction_page_without_ratings(tmp_path, monkeypatch):
    monkeypatch.setenv("SMI_FEEDBACK_DB", str(tmp_path / "empty.sqlite3"))
    monkeypatch.delenv("SMI_DATABASE_URL", raising=False)
    at = page("wizard.ui.satisfaction_page", "satisfaction_page").run()
    assert "Er zijn nog geen beoordelingen." in [i.value for i in at.info]


def test_the_staff_pages_are_in_the_staff_apps_navigation_not_the_parents():
    root = __import__("pathlib").Path(__file__).parents[1]
    assert "staff.page_list()" in (root / "staff_app.py").read_text()
    assert "staff" not in (root / "app.py").read_text()


@pytest.mark.parametrize("old,new,point", [
    ("months = 12", "months = 5", "B6"),
    ("days_per_week = 2", "days_per_week = 1.5", "B6"),
])
def test_fewer_than_six_months_or_fewer_than_two_days_alone_is_below_B6(
        tmp_path, monkeypatch, old, new, point):
    import shutil
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    content = tmp_path / "content"
    shutil.copytree(root / "content", content)
    p = content / "gemeenten" / "haarlemmermeer.toml"
    text = p.read_text()
    assert old in text
    p.write_text(text.replace(old, new))
    monkeypatch.setenv("SMI_CONTENT_DIR", str(content))
    all_profiles.cache_clear()
    try:
        j = {x.point: x for x in judge(get_profile("haarlemmermeer"))}
        assert j[point].status == "below" and j[point].source
        at = page("wizard.ui.monitor_page", "monitor_page").run()
        assert _cell(at, get_profile("haarlemmermeer").name, point) == "✗ lager"
    finally:
        all_profiles.cache_clear()
