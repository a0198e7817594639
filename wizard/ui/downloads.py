"""A PDF made only when asked: a button builds it, then a download button offers it. The
bytes stay in this session only, tied to the facts they were made from, so a changed answer
never offers an old PDF."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import streamlit as st


def pdf_on_request(slot: str, facts: str, make_label: str, download_label: str,
                   build: Callable[[], bytes], file_name: str) -> None:
    """`slot` names the session key and the widget keys; `facts` is what the PDF shows."""
    key = hashlib.sha256(facts.encode()).hexdigest()[:16]
    if st.button(make_label, key=f"{slot}_make", icon=":material/description:"):
        st.session_state[slot] = (key, build())
    built = st.session_state.get(slot)
    if built and built[0] == key:
        st.download_button(download_label, built[1], file_name=file_name,
                           mime="application/pdf", key=f"{slot}_download", on_click="ignore",
                           icon=":material/download:")
