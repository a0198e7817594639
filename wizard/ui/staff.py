"""The pages for gemeente staff, VNG and the ministry (issue 8): the basislijn monitor and the
satisfaction report (B15). app.py adds these to the navigation after the parents' pages."""

from __future__ import annotations

from typing import Any

import streamlit as st

from wizard.ui.monitor_page import monitor_page
from wizard.ui.satisfaction_page import satisfaction_page
from wizard.ui.state import T


def page_list() -> list[Any]:
    _ = T()
    return [st.Page(monitor_page, title=_("Basislijn monitor"), url_path="monitor",
                    icon=":material/fact_check:"),
            st.Page(satisfaction_page, title=_("Satisfaction (B15)"), url_path="tevredenheid",
                    icon=":material/sentiment_satisfied:")]
