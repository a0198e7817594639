"""SMI-wegwijzer: `streamlit run app.py`. A thin router; the pages live in wizard/ui."""

import streamlit as st

from wizard.ui import pages, staff

st.set_page_config(page_title="SMI-wegwijzer", page_icon=":material/child_care:",
                   layout="centered")
pages.init()
navigation = st.navigation(pages.page_list() + staff.page_list(), position="top")
pages.header()
navigation.run()
