"""Proposals: the codebook, with how many documents advance, oppose or mention each."""

from __future__ import annotations

import streamlit as st

from positions.dashboard.shell import view
from positions.dashboard.widgets import count_link, download_buttons, md
from positions.schema import STANCES

current = view()
st.title("Proposals")
st.caption(
    "The codebook: what counts as advancing each proposal. Counts are documents under the current filters; each opens its quotes."
)

counts = current.derived("stance_counts").set_index("proposal_id")
codebook = current.dataset.proposals.join(counts, on="proposal_id")
download_buttons(codebook, "codebook", key="codebook", label="Codebook")

for category, group in codebook.groupby("category", sort=False):
    st.header(md(category or "Uncategorised"), divider="gray")
    for proposal in group.itertuples():
        with st.container(border=True):
            text, numbers = st.columns([3, 2])
            with text:
                st.markdown(f"**{md(proposal.name)}** · `{proposal.proposal_id}`")
                st.markdown(md(proposal.definition))
                if proposal.aliases:
                    st.caption("Also: " + md(proposal.aliases))
            with numbers:
                columns = st.columns(3)
                for column, stance in zip(columns, STANCES, strict=True):
                    with column:
                        st.caption(stance)
                        params = {**current.link_params, "proposal": [proposal.proposal_id], "stance": [stance]}
                        count_link(int(getattr(proposal, stance)), params)
