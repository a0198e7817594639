"""The fee chart on the result page: the family's monthly eigen bijdrage against yearly income,
KOT table and VNG table side by side, the family's own income marked and the gemeente's table
highlighted; followed by the same numbers as a table (the text alternative)."""

from __future__ import annotations

from decimal import Decimal

import altair as alt
import pandas as pd
import streamlit as st

from wizard import flow
from wizard.amounts import show_money
from wizard.fee_chart import fee_curve
from wizard.i18n import N_
from wizard.models import Answers
from wizard.profiles import Profile
from wizard.ui.state import T, lang

TABLE_LABEL = {"kot": N_("KOT table"), "vng": N_("VNG table")}
TABLE_STEP = 20_000  # the text alternative shows every 20,000 euros plus the family's income


def chart_frame(answers: Answers, profile: Profile, lg: str) -> pd.DataFrame:
    """The rows of wizard.fee_chart.fee_curve, with labels for the legend. Amounts become
    floats only here, for drawing; the table alternative prints the Decimals."""
    _ = T()
    chosen = flow.fee_method(profile)
    rows = [{"income": r["income"], "table": r["table"], "eigen_bijdrage": float(
        r["eigen_bijdrage"]), "table_name": _(TABLE_LABEL[r["table"]]) + (
        " ★ " + _("your gemeente") if r["table"] == chosen else ""),
        "chosen": r["table"] == chosen} for r in fee_curve(answers)]
    return pd.DataFrame(rows)


def build_chart(answers: Answers, profile: Profile, lg: str) -> alt.LayerChart | None:
    """The Altair chart, or None when there is nothing to draw (no care details): one line
    per table, euros on both axes in the reader's format, the legend above the chart with its
    labels in full (a phone does not cut them off)."""
    _ = T()
    df = chart_frame(answers, profile, lg)
    if df.empty:
        return None
    thousands, decimal = (".", ",") if lg == "nl" else (",", ".")
    euro = ("'€" + (" " if lg == "nl" else "") + "' + replace(replace(replace(format("
            "datum.value, ',.0f'), ',', '_'), '.', '" + decimal + "'), '_', '"
            + thousands + "')")
    x = alt.X("income:Q", title=_("Income per year (euros)"),
              axis=alt.Axis(labelExpr=euro, tickCount=5, labelOverlap=True))
    y = alt.Y("eigen_bijdrage:Q", title=_("Own contribution per month (euros)"),
              scale=alt.Scale(zero=True), axis=alt.Axis(labelExpr=euro, tickCount=5))
    legend = alt.Legend(title=None, orient="top", direction="vertical", labelLimit=0,
                        symbolStrokeWidth=3)
    base = alt.Chart(df)
    lines = base.mark_line(point=False).encode(
        x=x, y=y,
        color=alt.Color("table_name:N", legend=legend,
                        scale=alt.Scale(range=["#154273", "#b35900"])),
        # not colour only: the lines also differ in dash pattern and width
        strokeDash=alt.StrokeDash("table_name:N", legend=legend),
        strokeWidth=alt.condition(alt.datum.chosen, alt.value(4), alt.value(2)),
        tooltip=[alt.Tooltip("table_name:N", title=_("Table")),
                 alt.Tooltip("income:Q", title=_("Income per year (euros)"), format=",.0f"),
                 alt.Tooltip("eigen_bijdrage:Q", title=_("Own contribution per month (euros)"),
                             format=",.2f")])
    layers = [lines]
    own = answers.income.toetsingsinkomen
    if own is not None:
        mine = base.transform_filter(alt.datum.income == int(own))
        layers.append(mine.mark_rule(strokeDash=[2, 2], color="black").encode(x=x))
        layers.append(mine.mark_point(shape="diamond", size=90, filled=True,
                                      color="black").encode(x=x, y=y))
    return alt.layer(*layers).properties(height=280)


def table_rows(answers: Answers, profile: Profile, lg: str) -> list[dict[str, str]]:
    """The text alternative: one row per income, a column per table."""
    _ = T()
    own = answers.income.toetsingsinkomen
    by_income: dict[int, dict[str, Decimal]] = {}
    for r in fee_curve(answers):
        inc = int(r["income"])  # type: ignore[arg-type]
        if inc % TABLE_STEP == 0 or (own is not None and inc == int(own)):
            by_income.setdefault(inc, {})[str(r["table"])] = r["eigen_bijdrage"]  # type: ignore
    chosen = flow.fee_method(profile)
    out = []
    for inc, vals in sorted(by_income.items()):
        label = show_money(Decimal(inc), lg, cents=False)
        if own is not None and inc == int(own):
            label += " ◀ " + _("your income")
        row = {_("Income per year"): label}
        for table in ("kot", "vng"):
            head = _(TABLE_LABEL[table]) + (" ★" if table == chosen else "")
            row[head] = show_money(vals[table], lg, cents=True)
        out.append(row)
    return out


def render_fee_chart(answers: Answers, profile: Profile) -> None:
    _ = T()
    lg = lang()
    chart = build_chart(answers, profile, lg)
    if chart is None:
        return
    st.markdown("**" + _("Your own contribution at other incomes") + "**")
    chosen = flow.fee_method(profile)
    if chosen in TABLE_LABEL:
        st.caption(_("★ = the table your gemeente uses. The thick line is that table. "
                     "◆ = your own income."))
    else:
        st.caption(_("Your gemeente uses its own method or asks no contribution. The chart "
                     "shows what the two usual tables would give."))
    # The spec is checked against the Vega-Lite schema by the tests (chart.to_dict()); skipping
    # Altair's validation on every rerun saves about 35 ms of server time per result page.
    st.vega_lite_chart(spec=chart.to_dict(validate=False), width="stretch", key="fee_chart",
                    alt=_("Chart: your own contribution per month against the income per "
                          "year, for the KOT table and the VNG table. The table below gives "
                          "the same numbers."))
    st.caption(_("The same numbers as a table:"))
    st.table(table_rows(answers, profile, lg), hide_index=True)
