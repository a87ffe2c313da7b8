"""Compare: for each proposal, the documents' terms side by side, and where they agree."""

from __future__ import annotations

from urllib.parse import urlencode

import streamlit as st

from positions.dashboard.shell import view
from positions.dashboard.widgets import download_buttons, empty_state, kind_label, md, position_card
from positions.presentation import shorten
from positions.queries import side_by_side, terms_by_kind
from positions.schema import FLAT_COLUMN_NAMES, TERM_KINDS

UNCHOSEN_SECTIONS = 5  # proposals shown when none is chosen, the ones with most positions
SIDE_BY_SIDE_COLUMNS = 5  # up to this many positions, documents stand side by side as columns
AGREEMENT_COLUMNS = 25  # documents shown as columns of the agreement table
TABLE_ROWS = 200  # positions shown in a side-by-side table (downloads hold all)
EVIDENCE_CARDS = 10  # evidence cards per proposal

current = view()
shown = current.shown
proposals = current.dataset.proposals.set_index("proposal_id")
st.title("Compare")

present = {str(p) for p in shown["proposal_id"].unique()}
chosen = [p for p in current.filters.proposals if p in present]
if not current.filters.proposals:
    by_size = shown["proposal_id"].value_counts()
    by_size.index = by_size.index.astype(str)
    chosen = [p for p in proposals.index if p in present]
    if len(chosen) > UNCHOSEN_SECTIONS:
        chosen = [p for p in chosen if p in set(by_size.index[:UNCHOSEN_SECTIONS])]
        st.caption(
            f"Showing the {UNCHOSEN_SECTIONS} proposals with the most positions, of {len(present)}; "
            "choose proposals in the sidebar to compare others."
        )
    else:
        st.caption(
            "Showing every proposal with a position under the current filters; choose proposals in the sidebar to narrow."
        )
if shown.empty or not chosen:
    empty_state("No position matches the current filters. Clear some filters in the sidebar.")
    st.stop()

st.caption("All chosen proposals, one row per position, as `python -m positions export` writes it:")
download_buttons(
    lambda: shown[shown["proposal_id"].isin(chosen)][FLAT_COLUMN_NAMES], "comparison", key="flat", label="Comparison"
)

for proposal_id in chosen:
    proposal = proposals.loc[proposal_id]
    rows = current.proposal_rows(proposal_id)
    st.header(md(proposal["name"]), divider="gray")
    st.caption(md(proposal["definition"]))
    advancing = rows[rows["stance"] == "advances"]
    if advancing.empty:
        empty_state("No document advances this proposal under the current filters.")
    if rows.empty:
        continue

    agreement, holders = current.agreement(proposal_id, AGREEMENT_COLUMNS)
    if not holders.empty:
        st.subheader("Where the documents agree and differ")
        documents = [c for c in holders.columns if c not in ("term_kind", "term", "documents")]
        if shown.loc[shown["proposal_id"] == proposal_id, "document_id"].nunique() > len(documents):
            st.caption(f"Columns: the {AGREEMENT_COLUMNS} documents holding the most terms; “Held by” counts them all.")
        if len(documents) > 1:
            shared = int((holders["documents"] > 1).sum())
            st.caption(
                f"{shared} of {len(holders)} terms are held by more than one document."
                if shared
                else "No term is held by more than one document: each sets its own conditions."
            )
        labels = {d: current.document_names.get(d, d) for d in documents}
        on_screen = holders.index
        if len(holders) > TABLE_ROWS:
            on_screen = holders["documents"].nlargest(TABLE_ROWS, keep="first").index.sort_values()
            st.caption(
                f"Showing the {TABLE_ROWS} terms held by the most documents, of {len(holders):,}; "
                "the download holds them all."
            )
        # "Held by" opens (in a new tab) the quotes of the documents holding the term.
        base = urlencode(
            {**{k: v for k, v in current.link_params.items() if k != "document"}, "proposal": proposal_id}, doseq=True
        )
        links = [
            f"compare?{base}&{urlencode({'document': ','.join(ids), 'held': len(ids)})}"
            for ids in agreement["document_ids"].iloc[on_screen]
        ]
        st.dataframe(
            holders.loc[on_screen].assign(term_kind=lambda t: t["term_kind"].map(kind_label), documents=links),
            hide_index=True,
            width="stretch",
            column_config={
                "term_kind": st.column_config.TextColumn("Kind", width="medium"),
                "term": st.column_config.TextColumn("Term", width="medium"),
                "documents": st.column_config.LinkColumn(
                    "Held by",
                    help="How many documents hold this term; click for their quotes",
                    display_text=r"held=(\d+)",
                ),
                **{
                    d: st.column_config.CheckboxColumn(label[:24], help=label, width="small")
                    for d, label in labels.items()
                },
            },
        )
        download_buttons(
            lambda agreement=agreement: agreement.assign(
                document_ids=agreement["document_ids"].map(", ".join), actors=agreement["actors"].map("; ".join)
            ),
            f"agreement_{proposal_id}",
            key=f"agreement_{proposal_id}",
            label="Terms and who holds them",
        )

    st.subheader("Side by side")
    part = current.side_by_side(proposal_id, TABLE_ROWS)
    kinds = [k for k in TERM_KINDS if k in part.columns]
    without_terms = part[(part[kinds] == "").all(axis=1)] if kinds else part
    part = part.drop(index=without_terms.index)
    if not without_terms.empty:
        who = "; ".join(f"{a} ({s})" for a, s in zip(without_terms["actor"], without_terms["stance"], strict=True))
        st.caption(f"No terms attached by: {md(shorten(who, 400))}.")
    if len(part) > SIDE_BY_SIDE_COLUMNS:
        if len(rows) > TABLE_ROWS:
            st.caption(f"Showing the first {TABLE_ROWS} of {len(rows):,} positions; the downloads hold them all.")
        rows_shown = part.drop(columns=["position_id", "proposal_id", "proposal", "document_id"])
        rows_shown = rows_shown.loc[:, (rows_shown != "").any(axis=0)]  # drop kinds no document uses here
        st.dataframe(
            rows_shown.rename(columns={c: kind_label(c) for c in rows_shown.columns}), hide_index=True, width="stretch"
        )
        download_buttons(
            lambda rows=rows: side_by_side(rows, current.dataset.terms).drop(
                columns=["position_id", "proposal_id", "proposal", "document_id"]
            ),
            f"side_by_side_{proposal_id}",
            key=f"side_{proposal_id}",
            label="This table",
        )
    elif not part.empty:
        turned = terms_by_kind(part)
        bulleted = turned.map(lambda cell: " ".join(f"• {t}" for t in cell.split("\n")) if "\n" in cell else cell)
        st.table(bulleted.set_index("term kind"))
        download_buttons(turned, f"side_by_side_{proposal_id}", key=f"side_{proposal_id}", label="This table")

    st.subheader("Evidence")
    if len(rows) > EVIDENCE_CARDS:
        st.caption(
            f"Showing {EVIDENCE_CARDS} of {len(rows):,} positions; narrow the filters or download the comparison for all."
        )
    for _, position in rows.head(EVIDENCE_CARDS).iterrows():
        position_card(current, position)
