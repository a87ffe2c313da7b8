"""Add document: upload or paste a text, confirm its metadata, store it in the dataset folder."""

from __future__ import annotations

import streamlit as st

from positions.dashboard import data
from positions.dashboard.shell import REVIEW, view
from positions.dashboard.widgets import md
from positions.ingest import SUFFIXES, ImportedDocument, ImportProblem, read_document
from positions.store import WriteProblem, add_document

DRAFT = "_import_draft"
FIELDS = [
    ("title", "Title"),
    ("author", "Author"),
    ("author_role", "Author's role or affiliation"),
    ("publisher", "Publisher"),
    ("date", "Date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    ("kind", "Kind (article, interview, speech, report, …)"),
    ("language", "Language code"),
    ("source", "Source (URL or citation)"),
]

current = view()
st.title("Add document")
folder = data.writable_folder(current.source)
if folder is None:
    st.info(
        "Documents can only be added to a dataset folder of CSV tables. Open one with `streamlit run app.py -- --data FOLDER`."
    )
    st.stop()
st.caption(f"New documents go to `{md(str(folder))}`: the text to `texts/`, its row to `documents.csv`.")

upload_tab, paste_tab = st.tabs(["Upload a file", "Paste the text"])
with upload_tab:
    upload = st.file_uploader("Document", type=[s.lstrip(".") for s in SUFFIXES], key="add_upload")
    if upload is not None and st.session_state.get("_add_upload_id") != upload.file_id:
        st.session_state["_add_upload_id"] = upload.file_id
        try:
            st.session_state[DRAFT] = read_document(upload.getvalue(), upload.name)
        except ImportProblem as err:
            st.session_state.pop(DRAFT, None)
            st.error(str(err))
with paste_tab:
    pasted = st.text_area("Text", height=220, key="add_paste", placeholder="Paste the document's text here")
    if st.button("Use this text", disabled=not pasted.strip()):
        st.session_state[DRAFT] = read_document(pasted.encode("utf-8"), "pasted.txt")

draft: ImportedDocument | None = st.session_state.get(DRAFT)
if draft is None:
    st.stop()

st.subheader("Check the metadata")
st.caption(
    "Values marked *from the file* were found in it; correct anything wrong, and leave empty what the document does not say."
)
with st.form("metadata"):
    values = {}
    left, right = st.columns(2)
    for number, (field, label) in enumerate(FIELDS):
        found = field in draft.found
        with left if number % 2 == 0 else right:
            values[field] = st.text_input(
                label + (" · from the file" if found else ""), value=getattr(draft, field, "") or ""
            )
    with st.expander(f"The text ({len(draft.text.split()):,} words)"):
        st.text(draft.text[:5000] + ("\n…" if len(draft.text) > 5000 else ""))
    confirmed = st.form_submit_button("Add to the dataset", type="primary")

if confirmed:
    try:
        document_id = add_document(folder, draft.text, values)
    except WriteProblem as err:
        st.error(f"Not added: {err}. Nothing in the dataset was changed.")
    else:
        data.dataset_changed()
        st.session_state.pop(DRAFT, None)
        st.success(f"Added as `{document_id}`.")
        st.page_link(
            REVIEW,
            label="Review the suggested positions",
            icon=":material/rate_review:",
            query_params={"doc": document_id},
        )
