"""Issue 8, fee chart: the chart spec the UI builds uses exactly the fee engine's rows
(wizard.fee_chart.fee_curve), and on the result page a table (text alternative) follows it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import make_answers
from tests.ui_driver import TIMEOUT, eligible_family, new_app
from wizard.fee_chart import fee_curve
from wizard.money import fmt_eur
from wizard.profiles import get_profile


def chart_values(answers, profile_id):
    """Build the chart inside a script run (the UI's translations need a session)."""
    at = AppTest.from_string(
        "import streamlit as st\nfrom wizard.models import Answers\n"
        "from wizard.profiles import get_profile\nfrom wizard.ui.state import init\n"
        "from wizard.ui.fee_chart import build_chart, table_rows\ninit()\n"
        "a = Answers.model_validate_json(st.session_state['a'])\n"
        "c = build_chart(a, get_profile(st.session_state['p']), 'nl')\n"
        "st.session_state['spec'] = c.to_dict()\n"
        "st.session_state['rows'] = table_rows(a, get_profile(st.session_state['p']), 'nl')\n",
        default_timeout=TIMEOUT)
    at.session_state["a"] = answers.model_dump_json()
    at.session_state["p"] = profile_id
    at.run()
    assert not at.exception, at.exception
    spec = at.session_state["spec"]
    values = next(iter(spec["datasets"].values()))
    return spec, values, at.session_state["rows"]


@pytest.mark.parametrize("profile_id,chosen", [("basislijn", "kot"), ("haarlemmermeer", None)])
def test_the_chart_spec_uses_the_fee_engine_rows(profile_id, chosen):
    answers = make_answers(gemeente=profile_id, income={"toetsingsinkomen": "61234"})
    spec, values, _rows = chart_values(answers, profile_id)
    expected = fee_curve(answers)
    assert [(v["income"], v["table"]) for v in values] == [(r["income"], r["table"])
                                                          for r in expected]
    for v, r in zip(values, expected, strict=True):
        assert Decimal(str(v["eigen_bijdrage"])).quantize(Decimal("0.01")) == r["eigen_bijdrage"]
    from wizard.flow import fee_method
    method = fee_method(get_profile(profile_id))
    assert {v["table"] for v in values if v["chosen"]} == ({method} if method in ("kot", "vng")
                                                           else set())
    # the family's own income is marked (a rule and a point filtered on it)
    assert "61234" in str(spec)


def test_the_text_alternative_has_the_same_amounts():
    answers = make_answers(income={"toetsingsinkomen": "40000"})
    _spec, _values, rows = chart_values(answers, "basislijn")
    curve = {(r["income"], r["table"]): r["eigen_bijdrage"] for r in fee_curve(answers)}
    own = next(r for r in rows if "◀" in next(iter(r.values())))
    assert fmt_eur(curve[(40000, "kot")], "nl") in own.values()
    assert fmt_eur(curve[(40000, "vng")], "nl") in own.values()


pytestmark = pytest.mark.usefixtures("feedback_db")  # tests/conftest.py


def test_result_page_has_a_chart_followed_by_a_table():
    at = eligible_family(new_app())
    elements = list(at.main)
    charts = [i for i, e in enumerate(elements) if type(e).__name__ == "UnknownElement"
              and e.proto is not None and "spec" in str(e.proto)[:400]]
    assert charts, [type(e).__name__ for e in elements]
    nxt = elements[charts[0] + 1: charts[0] + 3]
    tables = [e for e in nxt if type(e).__name__ == "Table"]
    assert tables, [type(e).__name__ for e in nxt]
    assert "uw inkomen" in tables[0].value.to_string()
