"""Review: the suggested positions for a document; accept, edit or reject each.

Nothing is written until the coder accepts a suggestion; each accepted one is
written under the dataset's lock after re-reading the tables, so two tabs
reviewing at once lose nothing.
"""

from __future__ import annotations

import hashlib

import pandas as pd
import streamlit as st

from positions.dashboard import data
from positions.dashboard.shell import view
from positions.dashboard.widgets import EVIDENCE_CSS, md, stance_badge
from positions.highlight import Passage, highlighted_html
from positions.schema import STANCES, TERM_KINDS
from positions.store import WriteProblem, add_positions
from positions.suggest import READER_NAMES, suggester

DECISIONS = "_review_decisions"

current = view()
st.title("Review suggestions")
folder = data.writable_folder(current.source)
if folder is None:
    st.info("Reviewed positions are written to a dataset folder of CSV tables. Open one with `--data FOLDER`.")
    st.stop()

documents = current.dataset.documents
names = current.document_names
wanted = st.query_params.get("doc")
ids = list(documents["document_id"])
if wanted and wanted not in names:
    st.warning(f"The link names an unknown document {wanted!r}.")
if current.many_documents:
    typed = st.text_input("Document id", value=wanted if wanted in names else ids[-1]).strip()
    if typed not in names:
        st.warning(f"No document has the id {typed!r}.")
        st.stop()
    document_id = typed
else:
    index = ids.index(wanted) if wanted in ids else len(ids) - 1
    document_id = st.selectbox("Document", ids, index=index, format_func=names.get)
if document_id != wanted:
    st.query_params["doc"] = document_id
coder = st.text_input("Your name (recorded as the coder)", key="coder")

text = current.dataset.texts.get(document_id)
if text is None:
    st.error("This document has no text, so nothing can be suggested.")
    st.stop()
author = documents.set_index("document_id").loc[document_id, "author"]
suggestions = data.suggestions_for(text, current.source, current.signature_key, author)
coded = current.dataset.positions[current.dataset.positions["document_id"] == document_id]
decisions: dict = st.session_state.setdefault(DECISIONS, {})
text_key = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]

reader = suggester()
st.caption(
    f"{len(suggestions)} suggestion(s) for {md(names[document_id])}, read by {READER_NAMES[reader]}; "
    f"{len(coded)} position(s) already coded. Suggestions are a start: check each against the text before accepting it."
)

passages = [
    Passage(
        s.evidence.start, s.evidence.end, f"ev-sug-{i}", f"sug-{i}", f"suggested: {s.stance} {s.proposal_id}", s.stance
    )
    for i, s in enumerate(suggestions)
]
text_column, review_column = st.columns([1, 1])
with text_column:
    st.subheader("The text", anchor=False)
    # highlighted_html escapes every character of the text.
    st.markdown(
        EVIDENCE_CSS + f'<div class="document-text">{highlighted_html(text, passages)}</div>', unsafe_allow_html=True
    )

with review_column:
    st.subheader("Suggestions", anchor=False)
    if not suggestions:
        st.info("No proposal of the codebook is named in this text.")
    for number, suggestion in enumerate(suggestions):
        key = f"{text_key}-{suggestion.proposal_id}"
        name = current.proposal_names.get(suggestion.proposal_id, suggestion.proposal_id)
        decided = decisions.get(key)
        st.markdown(f'<span id="sug-{number}"></span>', unsafe_allow_html=True)
        with st.container(border=True):
            st.markdown(f"**{md(name)}** · suggested {stance_badge(suggestion.stance)}")
            # (the rules' score is how sure they are, not how often they are right: a counted confidence says that;
            # the document model's reader has its score as its confidence)
            caption = f"The rules' score: {suggestion.score:.2f}."
            if suggestion.confidence:
                confidence = suggestion.confidence
                said = f"Confidence {confidence.share:.0%}: {confidence.describe(suggestion.stance)}."
                caption = f"{said} {caption}" if confidence.counted else said
            st.caption(caption)
            if decided:
                st.caption(f"{decided}.")
                continue
            already = coded[coded["proposal_id"] == suggestion.proposal_id]
            if not already.empty:
                st.caption("Already coded for this document: " + ", ".join(already["position_id"]))
            with st.form(f"review-{key}"):
                stance = st.selectbox("Stance", STANCES, index=STANCES.index(suggestion.stance), key=f"stance-{key}")
                actor = st.text_input("Actor", value=suggestion.actor, key=f"actor-{key}")
                summary = st.text_input("Summary (one sentence)", key=f"summary-{key}")
                evidence = st.text_area(
                    "Evidence (verbatim from the text)", value=suggestion.evidence.text, key=f"evidence-{key}"
                )
                terms = st.data_editor(
                    pd.DataFrame(
                        [{"term_kind": k, "term": t, "evidence": span.text} for k, t, span in suggestion.terms],
                        columns=["term_kind", "term", "evidence"],
                    ),
                    num_rows="dynamic",
                    width="stretch",
                    key=f"terms-{key}",
                    column_config={
                        "term_kind": st.column_config.SelectboxColumn("Kind", options=list(TERM_KINDS), required=True),
                        "term": st.column_config.TextColumn("Term (a few words)", required=True),
                        "evidence": st.column_config.TextColumn("Its quote (verbatim)", required=True),
                    },
                )
                accept = st.form_submit_button("Accept", type="primary")
                reject = st.form_submit_button("Reject")
            if reject:
                decisions[key] = "Rejected: nothing was written"
                st.rerun()
            if accept:
                kept = terms.dropna(how="all").fillna("")
                position = {
                    "document_id": document_id,
                    "proposal_id": suggestion.proposal_id,
                    "actor": actor,
                    "stance": stance,
                    "summary": summary,
                    "evidence": evidence,
                    "terms": kept[kept["term"].str.strip() != ""].to_dict("records"),
                }
                try:
                    (position_id,) = add_positions(folder, [position], coder)
                except WriteProblem as err:
                    st.error(f"Not written: {err}.")
                else:
                    data.dataset_changed()
                    decisions[key] = f"Accepted as {position_id}, coded by {coder.strip()}"
                    st.rerun()

if not coded.empty:
    st.subheader("Already coded", anchor=False)
    for row in coded.itertuples():
        label = current.proposal_names.get(row.proposal_id, row.proposal_id)
        st.markdown(f"{stance_badge(row.stance)} {md(label)} · {md(row.actor)} · `{row.position_id}`")
