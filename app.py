"""SMI-wegwijzer: `streamlit run app.py`. A thin router; the pages live in wizard/ui."""

import streamlit as st

from wizard.site import current_site
from wizard.ui import look, pages

st.set_page_config(page_title=current_site().title, page_icon=":material/child_care:",
                   layout="centered")
pages.init()
navigation = st.navigation(pages.page_list(), position="top")
look.run_page(navigation, before=pages.header)
