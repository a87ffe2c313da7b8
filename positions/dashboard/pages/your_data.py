"""Your data: upload a table or a zip of tables; problems are listed and the previous data stays."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from positions.dashboard import data
from positions.dashboard.shell import show_problems, view
from positions.dashboard.widgets import md
from positions.export import export_bytes
from positions.schema import FLAT_COLUMN_NAMES, FLAT_COLUMNS

current = view()
st.title("Your data")

name = "the shipped dataset" if current.source is None else f"`{md(current.source)}`"
st.markdown(f"Showing {name}: {current.dataset.summary()}.")
if current.dataset.warnings:
    with st.expander(f"{len(current.dataset.warnings)} warning(s) about this dataset"):
        show_problems(list(current.dataset.warnings))
if current.source != data.default_source() and st.button("Go back to the default dataset"):
    data.discard_upload(current.source)
    data.use_source(data.default_source())
    st.rerun()

st.subheader("Load your own table")
st.markdown(
    "Upload **a flat comparison table** (CSV or XLSX, one row per position, the columns of the template below), "
    "**a workbook** with the sheets `proposals`, `documents`, `positions`, `terms`, or **a zip** of a folder with "
    "those tables and a `texts/` folder holding each document's text as `<document_id>.txt`. "
    "Evidence is checked word for word against the texts."
)
upload = st.file_uploader("Table or zip", type=["csv", "tsv", "xlsx", "zip"], key="upload")
if upload is not None and st.session_state.get("_last_upload") != upload.file_id:
    st.session_state["_last_upload"] = upload.file_id
    problems = data.accept_upload(upload.name, upload.getvalue())
    if any(p.severity == "error" for p in problems):
        st.session_state["_upload_problems"] = (upload.name, problems)
    else:
        st.session_state.pop("_upload_problems", None)
        st.rerun()

failed = st.session_state.get("_upload_problems")
if failed:
    upload_name, problems = failed
    st.error(
        f"{md(upload_name)} was not loaded: {len([p for p in problems if p.severity == 'error'])} problem(s). "
        "The dashboard still shows the previous data."
    )
    show_problems(problems)

st.subheader("Template")
st.markdown("The flat table's columns; only those marked required must be filled.")
template = pd.DataFrame(
    columns=[c for c in FLAT_COLUMN_NAMES if not next(f for f in FLAT_COLUMNS if f.name == c).derived]
)
st.download_button(
    "Download the template (CSV)",
    data=export_bytes(template, "csv"),
    file_name="positions_template.csv",
    mime="text/csv",
    icon=":material/download:",
    on_click="ignore",  # a rerun on click races the deferred file and can void it
)
st.dataframe(
    pd.DataFrame(
        [
            {"column": c.name, "required": "yes" if c.required else "", "meaning": c.description}
            for c in FLAT_COLUMNS
            if not c.derived
        ]
    ),
    hide_index=True,
    width="stretch",
)
