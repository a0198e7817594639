"""The Streamlit wizard (the only package besides app.py that imports streamlit)."""
