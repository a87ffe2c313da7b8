"""Documents: read one document in full, its evidence marked and linked to its positions."""

from __future__ import annotations

import html

import streamlit as st

from positions.dashboard import data
from positions.dashboard.shell import view
from positions.dashboard.widgets import EVIDENCE_CSS, empty_state, md, position_card, stance_badge
from positions.highlight import Passage, highlighted_html
from positions.schema import INFERABLE_FIELDS, split_list

MATCHES = 100  # documents listed for choosing, when there are too many to list all

current = view()
documents = current.dataset.documents
names = current.document_names
st.title("Documents")

READ = "read"
wanted = st.query_params.get(READ)
if wanted and wanted not in names:
    st.warning(f"The link names an unknown document {wanted!r}.")
in_view = list(dict.fromkeys(current.shown["document_id"].astype(str)))
if current.many_documents:
    # Too many to list: find documents by the words of their texts (FTS5 index).
    words = st.text_input("Find documents by words in their text", key="document_search")
    index = data.text_index(current.source, current.signature_key)
    found = index.search(words, limit=MATCHES) if words.strip() else []
    ids = list(dict.fromkeys([*([wanted] if wanted in names else []), *found, *in_view[:MATCHES]]))
    st.caption(
        f"Showing the {len(found):,} best of {index.count(words):,} matching documents."
        if words.strip()
        else f"Listing the first {MATCHES} documents under the filters."
    )
else:
    ids = in_view + [d for d in documents["document_id"] if d not in set(in_view)]
if not ids:
    empty_state("No document to show.")
    st.stop()
default = ids.index(wanted) if wanted in ids else 0
document_id = st.selectbox(
    "Document",
    ids,
    index=default,
    format_func=lambda d: names[d] + ("" if d in set(in_view) else " (no position under the filters)"),
)
if document_id != wanted:
    st.query_params[READ] = document_id

document = documents.set_index("document_id").loc[document_id]
inferred = set(split_list(document["inferred_fields"]))
meta_left, meta_right = st.columns([3, 2])
with meta_left:
    st.subheader(md(names[document_id]), anchor=False)
    lines = []
    for field in INFERABLE_FIELDS:
        value = document[field]
        label = field.replace("_", " ").capitalize()
        if value:
            lines.append(f"**{label}:** {md(value)}" + (" :orange-badge[inferred]" if field in inferred else ""))
        elif field in ("title", "author", "date"):
            lines.append(f"**{label}:** :gray[not given in the document]")
    st.markdown("  \n".join(lines))
    if document["notes"]:
        with st.expander("Coder's notes"):
            st.markdown(md(document["notes"]))

positions = current.shown[current.shown["document_id"] == document_id]
focus = st.query_params.get("at")
with meta_right:
    st.subheader("Positions in this document", anchor=False)
    if positions.empty:
        empty_state("No position of this document matches the current filters.")
    for _, position in positions.iterrows():
        name = current.proposal_names.get(position["proposal_id"], position["proposal_id"])
        st.markdown(
            f"{stance_badge(position['stance'])} [{md(name)}](#ev-{position['position_id']}) · {md(position['actor'])}"
        )

if focus and focus in set(positions["position_id"]):
    st.subheader("The passage you followed", anchor=False)
    position_card(current, positions[positions["position_id"] == focus].iloc[0], show_document=False)


def located(frame):
    return frame[frame["evidence_start"].notna()]


passages = [
    Passage(
        int(p["evidence_start"]),
        int(p["evidence_end"]),
        anchor=f"ev-{p['position_id']}",
        link=f"pos-{p['position_id']}",
        label=f"{p['actor']}: {p['stance']} {current.proposal_names.get(p['proposal_id'], p['proposal_id'])}",
        stance=p["stance"] + (" focus" if p["position_id"] == focus else ""),
    )
    for _, p in located(positions).iterrows()
]
passages += [
    Passage(
        int(t.evidence_start),
        int(t.evidence_end),
        anchor=f"term-{t.position_id}-{i}",
        link=f"pos-{t.position_id}",
        label=f"{t.term_kind.replace('_', ' ')}: {t.term}",
        stance="term",
    )
    for i, t in enumerate(located(current.terms_of(positions["position_id"])).itertuples())
]
text = current.dataset.texts.get(document_id)
st.subheader("Full text", anchor=False)
if text is None:
    empty_state("The text of this document is not available, so its evidence could not be checked.")
else:
    st.caption(
        "Shaded passages are the evidence for the positions above, dotted ones the terms they attach; "
        "hover for who says what, click to jump to the position."
    )
    # highlighted_html escapes every character of the text: safe to render.
    st.markdown(
        EVIDENCE_CSS + f'<div class="document-text">{highlighted_html(text, passages)}</div>', unsafe_allow_html=True
    )

if not positions.empty:
    st.subheader("Evidence, position by position", anchor=False)
    for _, position in positions.iterrows():
        st.markdown(f'<span id="pos-{html.escape(position["position_id"])}"></span>', unsafe_allow_html=True)
        position_card(current, position, show_document=False)
