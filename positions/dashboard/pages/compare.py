"""Compare: for each proposal, the documents' terms side by side, and where they agree."""

from __future__ import annotations

import streamlit as st

from positions.dashboard.shell import view
from positions.dashboard.widgets import download_buttons, empty_state, kind_label, md, position_card
from positions.queries import side_by_side, term_agreement
from positions.schema import FLAT_COLUMN_NAMES, TERM_KINDS

current = view()
shown = current.shown
proposals = current.dataset.proposals.set_index("proposal_id")
st.title("Compare")

chosen = list(current.filters.proposals) or [p for p in proposals.index if p in set(shown["proposal_id"])]
if not current.filters.proposals:
    st.caption(
        "Showing every proposal with a position under the current filters; choose proposals in the sidebar to narrow."
    )
if shown.empty or not chosen:
    empty_state("No position matches the current filters. Clear some filters in the sidebar.")
    st.stop()

table = side_by_side(shown[shown["proposal_id"].isin(chosen)], current.dataset.terms)
agreement = term_agreement(shown, current.dataset.terms)

st.caption("Downloads hold the rows shown for all chosen proposals.")
left, right = st.columns(2)
with left:
    download_buttons(table.drop(columns=["position_id"]), "side_by_side", key="side", label="Table")
with right:
    download_buttons(
        shown[shown["proposal_id"].isin(chosen)][FLAT_COLUMN_NAMES], "comparison", key="flat", label="Full export"
    )

for proposal_id in chosen:
    proposal = proposals.loc[proposal_id]
    rows = shown[shown["proposal_id"] == proposal_id]
    st.header(md(proposal["name"]), divider="gray")
    st.caption(md(proposal["definition"]))
    advancing = rows[rows["stance"] == "advances"]
    if advancing.empty:
        empty_state("No document advances this proposal under the current filters.")
    if rows.empty:
        continue

    proposal_terms = agreement[agreement["proposal_id"] == proposal_id]
    if not proposal_terms.empty:
        st.subheader("Where the documents agree and differ")
        shared = proposal_terms[proposal_terms["shared"]]
        if shared.empty and rows["document_id"].nunique() > 1:
            st.caption("No term is held by more than one document.")
        for kind in TERM_KINDS:
            of_kind = proposal_terms[proposal_terms["term_kind"] == kind]
            if of_kind.empty:
                continue
            lines = []
            for term in of_kind.itertuples():
                names = ", ".join(md(current.document_names.get(d, d)) for d in term.document_ids)
                marker = ":green-badge[shared]" if term.shared else ":gray-badge[one document]"
                lines.append(f"- {marker} {md(term.term)} — :gray[{names}]")
            st.markdown(f"**{kind_label(kind)}**\n" + "\n".join(lines))

    st.subheader("Side by side")
    part = table[table["proposal_id"] == proposal_id].drop(columns=["position_id", "proposal_id", "proposal"])
    part = part.loc[:, (part != "").any(axis=0)]  # drop kinds no document uses here
    st.dataframe(
        part.rename(columns={k: kind_label(k) for k in TERM_KINDS}),
        hide_index=True,
        width="stretch",
        column_config={"document_id": None},
    )

    st.subheader("Evidence")
    for _, position in rows.iterrows():
        position_card(current, position)
