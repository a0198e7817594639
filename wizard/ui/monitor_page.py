"""The basislijn monitor page: for every gemeente profile each point B1..B15 as met, below or
unknown (text and symbol, never colour only) with the source of the judgement, and the spread
across gemeenten as charts with a table alternative. Unknown stays unknown (wizard.monitor)."""

from __future__ import annotations

import html

import altair as alt
import pandas as pd
import streamlit as st

from wizard.i18n import N_
from wizard.monitor import judge, spread
from wizard.profiles import all_profiles, get_profile
from wizard.ui.state import T, init, lang, ss

STATUS = {"met": N_("met"), "below": N_("below"), "unknown": N_("unknown")}
SYMBOL = {"met": "✓", "below": "✗", "unknown": "?"}
SPREAD_TITLES = {"days_per_week": N_("Days per week"), "months": N_("Months"),
                 "age_limit": N_("Age limit"), "fee_method": N_("Fee method"),
                 "income_or_asset_test": N_("Income or asset test")}
VALUE = {"unknown": N_("not known"), "yes": N_("yes"), "end of primary school":
         N_("end of primary school"), "kot": N_("KOT table"), "vng": N_("VNG table"),
         "none": N_("no contribution"), "own": N_("own method")}


def status_label(status: str) -> str:
    """Symbol and word, so the status never depends on colour."""
    return f"{SYMBOL[status]} {T()(STATUS[status])}"


def _profiles() -> list:
    return sorted((p for p in all_profiles().values() if not p.is_basislijn),
                  key=lambda p: p.name)


def overview_rows() -> list[dict[str, str]]:
    _ = T()
    rows = []
    for p in _profiles():
        row = {_("Gemeente"): p.name}
        row |= {j.point: status_label(j.status) for j in judge(p)}
        rows.append(row)
    return rows


def scrollable_table(rows: list[dict[str, str]], name: str) -> None:
    """A wide table in a region that scrolls on its own and can take keyboard focus, so it
    can be scrolled without a mouse (WCAG 2.1.1; axe 'scrollable-region-focusable')."""
    if not rows:
        return
    head = "".join(f'<th scope="col">{html.escape(k)}</th>' for k in rows[0])
    body = "".join(
        "<tr>" + "".join((f'<th scope="row">{html.escape(v)}</th>' if i == 0 else
                          f"<td>{html.escape(v)}</td>") for i, v in enumerate(r.values()))
        + "</tr>" for r in rows)
    st.html(f'<div role="region" tabindex="0" aria-label="{html.escape(name)}" '
            'style="overflow-x:auto;max-width:100%">'
            '<table style="border-collapse:collapse;white-space:nowrap">'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
            "<style>[role=region] th,[role=region] td{border:1px solid #888;"
            "padding:.2rem .45rem;text-align:left}"
            "[role=region]:focus{outline:3px solid #154273;outline-offset:2px}</style>")


def detail_rows(profile_id: str) -> list[dict[str, str]]:
    _ = T()
    lg = lang()
    return [{_("Point"): j.point, _("Status"): status_label(j.status), _("Why"): j.texts[lg],
             _("Rule"): j.rule or "–", _("Source"): j.source or _("no source: not known")}
            for j in judge(get_profile(profile_id))]


def spread_frame(dimension: str) -> pd.DataFrame:
    _ = T()
    counts = spread()[dimension]
    return pd.DataFrame([{"value": _(VALUE[v]) if v in VALUE else v, "count": n}
                         for v, n in counts.items()])


def spread_chart(dimension: str) -> alt.Chart:
    _ = T()
    df = spread_frame(dimension)
    return alt.Chart(df).mark_bar().encode(
        y=alt.Y("value:N", title=_(SPREAD_TITLES[dimension]), sort=None),
        x=alt.X("count:Q", title=_("Number of gemeenten"), axis=alt.Axis(tickMinStep=1)),
        tooltip=[alt.Tooltip("value:N", title=_(SPREAD_TITLES[dimension])),
                 alt.Tooltip("count:Q", title=_("Number of gemeenten"))],
    ) + alt.Chart(df).mark_text(align="left", dx=3).encode(
        y=alt.Y("value:N", sort=None), x="count:Q", text="count:Q")


def monitor_page() -> None:
    init()
    _ = T()
    st.title(_("Basislijn monitor"))
    st.markdown(_("For every gemeente we know: does its SMI policy meet the 15 points of the "
                  "national minimum (basislijn)? We only say 'met' or 'below' when a rule in "
                  "our sources says so. Otherwise the point is 'unknown'."))
    st.markdown(" · ".join(status_label(s) for s in STATUS))
    st.subheader(_("All gemeenten"))
    scrollable_table(overview_rows(), _("All gemeenten"))
    st.caption(_("B1 to B15 are the points of the basislijn (Handreiking SMI, 30 January "
                 "2026)."))
    st.subheader(_("One gemeente in detail"))
    ids = [p.id for p in _profiles()]
    ss.setdefault("m_gemeente", ids[0])
    st.selectbox(_("Gemeente"), ids, key="m_gemeente",
                 format_func=lambda pid: get_profile(pid).name)
    st.table(detail_rows(ss["m_gemeente"]), hide_index=True)
    st.subheader(_("How the gemeenten differ"))
    for dim, title in SPREAD_TITLES.items():
        st.markdown(f"**{_(title)}**")
        st.altair_chart(spread_chart(dim), width="stretch",
                        alt=_("Bar chart: number of gemeenten per value of: {topic}. The "
                              "table below gives the same numbers.").format(topic=_(title)))
        df = spread_frame(dim).rename(columns={"value": _(title),
                                               "count": _("Number of gemeenten")})
        st.table(df, hide_index=True)
    st.caption(_("The same data on the command line: `smi monitor --format html`, `csv` or "
                 "`json`."))
