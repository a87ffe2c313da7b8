"""The positions dashboard: `streamlit run app.py [-- --data PATH]`.

This file only routes: the pages live in positions/dashboard/pages/.
"""

import streamlit as st

from positions.dashboard import presentation_mode, shell

st.set_page_config(page_title="positions: who advances what", page_icon=":material/balance:", layout="wide")

pages = [
    st.Page(shell.OVERVIEW, title="Overview", icon=":material/grid_view:", default=True),
    st.Page(shell.COMPARE, title="Compare", icon=":material/compare_arrows:"),
    st.Page(shell.DOCUMENTS, title="Documents", icon=":material/article:"),
    st.Page(shell.PROPOSALS, title="Proposals", icon=":material/list_alt:"),
    st.Page(shell.YOUR_DATA, title="Your data", icon=":material/upload_file:"),
    st.Page(shell.ADD_DOCUMENT, title="Add document", icon=":material/note_add:"),
    st.Page(shell.REVIEW, title="Review", icon=":material/rate_review:"),
]
present = st.Page(shell.PRESENT, title="Present", icon=":material/slideshow:")
navigation = st.navigation([*pages, present], position="hidden")
if shell.prepare(pages) is not None:
    if shell.presenting():  # ?present=1 shows the slides whatever the page in the link
        presentation_mode.render()
    else:
        navigation.run()
