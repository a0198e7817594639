"""Satisfaction with the wizard (B15) for gemeente staff: the average rating and the number of
ratings per month and gemeente, as a chart with a table alternative. Only aggregates are shown;
free-text comments stay out of the web page (see `smi feedback-report --comments`)."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from wizard.feedback import FeedbackStore, Row
from wizard.profiles import all_profiles
from wizard.ui.state import T, init, ss


def _name(gid: str) -> str:
    p = all_profiles().get(gid)
    return p.name if p else gid


def report() -> list[Row]:
    return FeedbackStore().report()


def frame(rows: list[Row]) -> pd.DataFrame:
    return pd.DataFrame([{"gemeente": _name(r.gemeente), "month": r.month, "count": r.count,
                          "average": r.average} for r in rows])


def chart(df: pd.DataFrame) -> alt.Chart:
    _ = T()
    enc = {"x": alt.X("month:O", title=_("Month")),
           "y": alt.Y("average:Q", title=_("Average rating (1 to 5)"),
                      scale=alt.Scale(domain=[1, 5])),
           "color": alt.Color("gemeente:N", title=_("Gemeente"), legend=alt.Legend(
               orient="bottom", direction="vertical")),
           "tooltip": [alt.Tooltip("gemeente:N", title=_("Gemeente")),
                       alt.Tooltip("month:O", title=_("Month")),
                       alt.Tooltip("average:Q", title=_("Average rating (1 to 5)")),
                       alt.Tooltip("count:Q", title=_("Number of ratings"))]}
    base = alt.Chart(df)
    # not colour only: every gemeente also has its own point shape
    return base.mark_line().encode(**enc) + base.mark_point(size=80, filled=True).encode(
        shape=alt.Shape("gemeente:N", title=_("Gemeente"), legend=alt.Legend(
            orient="bottom", direction="vertical")), **enc)


def satisfaction_page() -> None:
    init()
    _ = T()
    st.title(_("Satisfaction with the SMI check (B15)"))
    st.markdown(_("Visitors can rate the check from 1 (very bad) to 5 (very good) on the "
                  "result page. Here you see the average per month and gemeente. We keep no "
                  "answers and no personal details."))
    try:
        rows = report()
    except Exception:  # noqa: BLE001 - a missing database must not break the page
        st.error(_("The ratings cannot be read now. Try again later."), icon=":material/error:")
        return
    if not rows:
        st.info(_("There are no ratings yet."), icon=":material/info:")
        return
    df = frame(rows)
    names = sorted(df["gemeente"].unique())
    ss.setdefault("s_gemeenten", names)
    st.multiselect(_("Gemeenten"), names, key="s_gemeenten")
    chosen = df[df["gemeente"].isin(ss.get("s_gemeenten") or names)]
    st.altair_chart(chart(chosen), width="stretch",
                    alt=_("Line chart: the average rating per month for each gemeente. The "
                          "table below gives the same numbers."))
    st.caption(_("The same numbers as a table:"))
    table = chosen.rename(columns={"gemeente": _("Gemeente"), "month": _("Month"),
                                   "count": _("Number of ratings"),
                                   "average": _("Average rating (1 to 5)")})
    st.table(table, hide_index=True)
    st.caption(_("The same report on the command line: `smi feedback-report`."))
