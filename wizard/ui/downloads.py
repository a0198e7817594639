"""A PDF made only when asked: one download button whose bytes are built when it is clicked
(Streamlit's deferred download), from the facts on screen at that moment. Nothing is kept in
the session, so a changed answer never offers an old PDF."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st


def pdf_on_request(slot: str, download_label: str, build: Callable[[], bytes],
                   file_name: str) -> None:
    """`slot` names the widget key; `build` makes the PDF when the button is clicked."""
    st.download_button(download_label, build, file_name=file_name, mime="application/pdf",
                       key=f"{slot}_download", on_click="ignore", type="primary",
                       icon=":material/download:")
