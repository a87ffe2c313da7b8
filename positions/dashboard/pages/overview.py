"""Overview: the document x proposal matrix; choosing a cell shows its positions."""

from __future__ import annotations

import streamlit as st

from positions.dashboard.shell import COMPARE, view
from positions.dashboard.widgets import count_link, download_buttons, empty_state, md, position_card
from positions.queries import GROUPINGS
from positions.schema import STANCES

current = view()
shown = current.shown
st.title("Overview")
st.caption(
    f"{shown['document_id'].nunique()} documents · {shown['proposal_id'].nunique()} proposals · "
    f"{len(shown)} of {len(current.dataset.positions)} positions under the current filters"
)

if shown.empty:
    empty_state("No position matches the current filters. Clear some filters in the sidebar.")
    st.stop()
st.page_link(
    COMPARE,
    label=f"Read the {len(shown):,} positions' quotes",
    icon=":material/format_quote:",
    query_params=current.link_params,
)

MATRIX_ROWS = 60  # more documents than this are grouped rather than drawn one row each
GROUP_PAGE = 30
CELL = "cell"  # query parameter of the chosen square: "document_id~proposal_id"


def matrix_by_document() -> list[str]:
    """The matrix, one row per document; returns the cells ("document_id~proposal_id") it shows."""
    cells = shown[["document_id", "proposal_id"]].drop_duplicates()
    event = st.plotly_chart(
        current.derived("matrix_figure"), on_select="rerun", selection_mode="points", key="matrix", width="stretch"
    )
    clicked = event.selection.points if event and event.selection else []
    if clicked and "customdata" in clicked[0]:
        chosen = "~".join(clicked[0]["customdata"][:2])
        if st.query_params.get(CELL) != chosen:
            st.query_params[CELL] = chosen
    download_buttons(current.derived("wide_matrix"), "matrix", key="matrix", label="Matrix")
    return [f"{d}~{p}" for d, p in zip(cells["document_id"], cells["proposal_id"], strict=True)]


def matrix_by_group() -> None:
    """Too many documents for a row each: the matrix of groups of documents, a page at a time."""
    st.caption(
        f"{shown['document_id'].nunique():,} documents are too many to draw one row each: they are grouped. "
        f"Narrow the filters to {MATRIX_ROWS} documents or fewer to see each document and open its positions."
    )
    by = st.selectbox("Group documents by", list(GROUPINGS), format_func=GROUPINGS.get, key="group_by")
    table = current.derived(f"grouped_by_{by}")
    groups = current.group_count(by)
    pages = max(1, -(-groups // GROUP_PAGE))
    page = st.number_input(f"Page (of {pages})", min_value=1, max_value=pages, value=1, step=1, key="group_page")
    first = (page - 1) * GROUP_PAGE
    st.caption(
        f"Showing {GROUPINGS[by].lower()} groups {first + 1}–{min(first + GROUP_PAGE, groups)} of {groups:,}, "
        "most positions first."
    )
    st.plotly_chart(current.grouped_page_figure(by, int(page), GROUP_PAGE), width="stretch", key="grouped_matrix")
    download_buttons(table, f"matrix_by_{by}", key="grouped", label="Grouped matrix")


def counts_per_proposal() -> None:
    st.subheader("Per proposal")
    st.caption("Documents that advance, oppose or mention each proposal. Each number opens the quotes behind it.")
    counts = current.derived("stance_counts")
    counts = counts[counts["documents"] > 0]
    widths = [4, 1, 1, 1, 1]
    for column, title in zip(
        st.columns(widths), ["Proposal", "Advance", "Oppose", "Mention", "Documents"], strict=True
    ):
        column.markdown(f"**{title}**")
    for row in counts.itertuples():
        columns = st.columns(widths)
        columns[0].markdown(md(current.proposal_names[row.proposal_id]))
        for column, stance in zip(columns[1:4], STANCES, strict=True):
            with column:
                count_link(
                    getattr(row, stance), {**current.link_params, "proposal": [row.proposal_id], "stance": [stance]}
                )
        with columns[4]:
            count_link(row.documents, {**current.link_params, "proposal": [row.proposal_id]})


def chosen_cell(options: list[str]) -> None:
    """The positions in the square clicked in the matrix, or chosen here."""
    st.subheader("Chosen cell")
    document_names, proposal_names = current.document_names, current.proposal_names

    def cell_label(option: str) -> str:
        document_id, proposal_id = option.split("~")
        return f"{document_names.get(document_id, document_id)} — {proposal_names.get(proposal_id, proposal_id)}"

    url_cell = st.query_params.get(CELL)
    if url_cell and url_cell not in options:
        st.warning(f"The link's cell {url_cell!r} is not in the matrix under the current filters.")
    picked = st.selectbox(
        "Click a square in the matrix, or choose here",
        options,
        index=options.index(url_cell) if url_cell in options else None,
        format_func=cell_label,
        placeholder="Choose a document and a proposal",
    )
    if picked and picked != url_cell:
        st.query_params[CELL] = picked
    if picked:
        document_id, proposal_id = picked.split("~")
        chosen = shown[(shown["document_id"] == document_id) & (shown["proposal_id"] == proposal_id)]
        for _, position in chosen.iterrows():
            position_card(current, position, show_document=False)


if shown["document_id"].nunique() <= MATRIX_ROWS:
    cells = matrix_by_document()
    counts_per_proposal()
    chosen_cell(cells)
else:
    matrix_by_group()
    counts_per_proposal()
