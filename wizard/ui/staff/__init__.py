"""The staff app's pages (staff_app.py), for gemeente employees, VNG and the ministry: the
basislijn monitor, the satisfaction report (B15) and the letters to parents. They are not in
the parents' app; a deployment puts this app behind its login (deploy/nginx.conf)."""

from __future__ import annotations

from typing import Any

import streamlit as st

from wizard.ui.monitor_page import monitor_page
from wizard.ui.satisfaction_page import satisfaction_page
from wizard.ui.staff.letters import letters_page
from wizard.ui.state import T


def page_list() -> list[Any]:
    _ = T()
    return [st.Page(letters_page, title=_("Letters to parents"), url_path="brieven",
                    default=True, icon=":material/mail:"),
            st.Page(monitor_page, title=_("Basislijn monitor"), url_path="monitor",
                    icon=":material/fact_check:"),
            st.Page(satisfaction_page, title=_("Satisfaction (B15)"), url_path="tevredenheid",
                    icon=":material/sentiment_satisfied:")]
