"""The bare Streamlit app of the step-time benchmark: one widget, nothing else."""

import streamlit as st

st.text_input("Uren per maand", key="x")
