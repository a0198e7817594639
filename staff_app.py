"""SMI-wegwijzer for gemeente staff: `python -m wizard.serve staff_app.py` on its own port,
behind the gemeente's login (deploy/nginx.conf). Letters, basislijn monitor, satisfaction."""

import streamlit as st

from wizard.site import current_site
from wizard.ui import look, pages, staff

st.set_page_config(page_title=current_site().title, page_icon=":material/mail:",
                   layout="wide")
pages.init()
navigation = st.navigation(staff.page_list(), position="top")
look.run_page(navigation, before=pages.header, staff=True)
