"""Issue 8, wijziging: the change report's before/after eigen bijdrage per child and month
matches `smi fee`, the change form PDF is tagged, and the change page works (AppTest)."""

from __future__ import annotations

import io
import json
from decimal import Decimal

import pikepdf
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import make_answers
from tests.smi_runner import run_smi
from tests.ui_driver import TIMEOUT, texts
from wizard.answers_io import dump_answers
from wizard.changes import apply_change, fee_changes
from wizard.documents.changes import build_change_html, build_change_pdf, fee_rows
from wizard.money import fmt_eur


def smi_fee(income, care, price, hours, rank=1, table="kot"):
    args = ["fee", "--table", table, "--care", care, "--price", price, "--hours", hours,
            "--rank", str(rank), "--json"]
    if income is not None:
        args += ["--income", income]
    r = run_smi(*args)
    return Decimal(json.loads(r.stdout)["eigen_bijdrage"])


TWO = make_answers(children=[
    {"age": 3, "care": {"type": "dagopvang", "hours_per_month": "80", "hourly_price": "10.50"}},
    {"age": 6, "school": "primary", "care": {"type": "bso", "hours_per_month": "40",
                                             "hourly_price": "9.00"}}])


# (name, before, updates, expected smi fee args per child before and after)
CASES = [
    ("more hours and a new price",
     make_answers(), {"children.0.care.hours_per_month": "100",
                      "children.0.care.hourly_price": "11.00"},
     [(("45000", "dagopvang", "10.50", "80"), ("45000", "dagopvang", "11.00", "100"))]),
    ("a higher income",
     make_answers(), {"income.toetsingsinkomen": "90000"},
     [(("45000", "dagopvang", "10.50", "80"), ("90000", "dagopvang", "10.50", "80"))]),
    ("income no longer given: the highest contribution",
     make_answers(), {"income.toetsingsinkomen": None},
     [(("45000", "dagopvang", "10.50", "80"), (None, "dagopvang", "10.50", "80"))]),
    ("another provider and care type",
     make_answers(), {"children.0.care.type": "gastouderopvang",
                      "children.0.care.hourly_price": "8.00",
                      "application.children.0.provider.name": "Gastouder Els"},
     [(("45000", "dagopvang", "10.50", "80"), ("45000", "gastouderopvang", "8.00", "80"))]),
]


@pytest.mark.parametrize("name,before,updates,expected", CASES, ids=[c[0] for c in CASES])
def test_a_change_report_matches_smi_fee_before_and_after(name, before, updates, expected):
    after = apply_change(before, updates)
    rows, _vb, _va = fee_changes(before, after)
    for row, (b, a) in zip(rows, expected, strict=True):
        assert row.before == smi_fee(*b)
        assert row.after == smi_fee(*a)
        assert row.difference == row.after - row.before


def test_with_two_children_the_next_child_rate_is_used_like_smi_fee():
    after = apply_change(TWO, {"income.toetsingsinkomen": "70000"})
    rows, _vb, _va = fee_changes(TWO, after)
    assert rows[0].after == smi_fee("70000", "dagopvang", "10.50", "80", rank=1)
    assert rows[1].after == smi_fee("70000", "bso", "9.00", "40", rank=2)
    printed, total = fee_rows(TWO, after, "nl")
    assert printed[1]["after"] == fmt_eur(rows[1].after, "nl")
    assert total["after"] == fmt_eur(rows[0].after + rows[1].after, "nl")


def test_a_change_report_may_not_change_the_household():
    with pytest.raises(KeyError):
        apply_change(make_answers(), {"household.parents.0.activity": "none"})


def test_change_form_shows_before_after_and_the_new_provider():
    after = apply_change(make_answers(), {"application.children.0.provider.name": "Zonnetje",
                                          "children.0.care.hourly_price": "11.20"})
    html = build_change_html(make_answers(), after, lang="nl")
    assert "Zonnetje" in html and "€ 10,50" in html and "€ 11,20" in html
    assert "Verschil per maand" in html and "Vanaf welke datum?" in html


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_change_form_pdf_is_tagged_ua(lang):
    after = apply_change(make_answers(), {"income.toetsingsinkomen": "60000"})
    pdf = build_change_pdf(make_answers(), after, "leiden", lang)
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        assert "/StructTreeRoot" in doc.Root and str(doc.Root.Lang) == lang
        assert "pdfuaid" in str(doc.Root.Metadata.read_bytes())


def chg_app() -> AppTest:
    return AppTest.from_string(
        "from wizard.ui.pages import header\nfrom wizard.ui.change import change_page\n"
        "header()\nchange_page()\n", default_timeout=TIMEOUT)


def test_appTest_change_page_shows_before_and_after_like_smi_fee():
    at = chg_app().run()
    assert at.title[0].value == "Wijziging doorgeven"
    at.file_uploader(key="c_upload").set_value(("a.json", dump_answers(make_answers()),
                                                "application/json")).run()
    at.text_input(key="c_o0_hours").input("100")
    at.radio(key="c_inc_choice").set_value("give").run()
    at.text_input(key="c_inc").input("90000")
    at.button(key="c_compute").click().run()
    assert not at.exception
    table = at.table[-1].value.to_string()
    assert fmt_eur(smi_fee("45000", "dagopvang", "10.50", "80"), "nl") in table
    assert fmt_eur(smi_fee("90000", "dagopvang", "10.50", "100"), "nl") in table
    assert any("chg_pdf_download" in str(b.proto) for b in at.get("download_button"))


def test_appTest_change_page_bad_amount_gives_a_message():
    at = chg_app().run()
    at.file_uploader(key="c_upload").set_value(("a.json", dump_answers(make_answers()),
                                                "application/json")).run()
    at.text_input(key="c_o0_price").input("-3")
    at.button(key="c_compute").click().run()
    assert "Dit kan niet minder dan nul zijn." in texts(at) or "nul" in texts(at)
    assert "chg_after" not in at.session_state


def test_appTest_change_page_a_wrong_lrk_number_gets_the_models_message():
    at = chg_app().run()
    at.file_uploader(key="c_upload").set_value(("a.json", dump_answers(make_answers()),
                                                "application/json")).run()
    at.text_input(key="c_o0_lrk").input("12ab34")
    at.button(key="c_compute").click().run()
    assert "Een LRK-nummer heeft alleen cijfers (6 tot 12)." in [e.value for e in at.error]
    assert at.text_input(key="c_o0_lrk").value == "12ab34"
    assert "chg_after" not in at.session_state
    at.text_input(key="c_o0_lrk").input("1234 5678 9")  # written in groups: fine
    at.button(key="c_compute").click().run()
    assert "chg_after" in at.session_state
    assert at.session_state["chg_after"].application.children[0].provider.lrk_number == \
        "123456789"
