"""Compare: for each proposal, the documents' terms side by side, and where they agree."""

from __future__ import annotations

import streamlit as st

from positions.dashboard.shell import view
from positions.dashboard.widgets import download_buttons, empty_state, kind_label, md, position_card
from positions.queries import agreement_matrix, side_by_side
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

st.caption("Downloads hold the rows shown for all chosen proposals.")
download_buttons(table.drop(columns=["position_id"]), "side_by_side", key="side", label="Side by side")
download_buttons(
    shown[shown["proposal_id"].isin(chosen)][FLAT_COLUMN_NAMES], "comparison", key="flat", label="Comparison"
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

    holders = agreement_matrix(shown, current.dataset.terms, proposal_id)
    if not holders.empty:
        st.subheader("Where the documents agree and differ")
        documents = [c for c in holders.columns if c not in ("term_kind", "term", "documents")]
        if len(documents) > 1:
            shared = int((holders["documents"] > 1).sum())
            st.caption(
                f"{shared} of {len(holders)} terms are held by more than one document."
                if shared
                else "No term is held by more than one document: each sets its own conditions."
            )
        labels = {d: current.document_names.get(d, d) for d in documents}
        st.dataframe(
            holders.assign(term_kind=holders["term_kind"].map(kind_label)),
            hide_index=True,
            width="stretch",
            column_config={
                "term_kind": st.column_config.TextColumn("Kind", width="medium"),
                "term": st.column_config.TextColumn("Term", width="large"),
                "documents": st.column_config.NumberColumn("Held by", help="How many documents hold this term"),
                **{d: st.column_config.CheckboxColumn(label[:40], help=label) for d, label in labels.items()},
            },
        )

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
