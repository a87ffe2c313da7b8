"""Which dataset the dashboard shows, loaded and filtered through caches.

Caches are keyed on small values only (a path, the files' modification times
and sizes, a filter tuple), never on whole DataFrames: Streamlit hashes large
frames from a sample of rows and could return a stale result.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import astuple
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from positions import cache
from positions.charts import grouped_figure, matrix_figure
from positions.dashboard.state import KnownValues
from positions.dataset import SHIPPED_DATA, Dataset, read_dataset
from positions.problems import Problem
from positions.queries import (
    GROUPINGS,
    Filters,
    TermIndex,
    document_labels,
    filter_positions,
    grouped_matrix,
    grouped_page,
    holders_matrix,
    side_by_side,
    stance_counts,
    term_agreement,
    wide_matrix,
)
from positions.schema import STANCES
from positions.search import TextIndex
from positions.suggest import suggest_positions

DATA_ENV = "POSITIONS_DATA"
SOURCE_KEY = "data_source"  # session key: the path this session shows (None: the default)


def default_source() -> str | None:
    """`streamlit run app.py -- --data PATH`, else $POSITIONS_DATA, else the shipped dataset."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data")
    known, _ = parser.parse_known_args(sys.argv[1:])
    return known.data or os.environ.get(DATA_ENV) or None


@st.cache_data(ttl=1, show_spinner=False)
def signature(path: str | None) -> tuple:
    """Changes whenever the dataset's files change (looked at no more than once a second)."""
    return cache.signature(Path(path) if path else SHIPPED_DATA)


@st.cache_resource(max_entries=8, show_spinner="Loading and checking the dataset…")
def _read(path: str | None, signature_key: int) -> tuple[Dataset | None, list[Problem]]:
    return read_dataset(path)


def read_source(path: str | None, signature_key: int | None = None) -> tuple[Dataset | None, list[Problem]]:
    """The dataset at `path` (None: shipped), validated once per version of its files."""
    return _read(path, hash(signature(path)) if signature_key is None else signature_key)


def active_source() -> str | None:
    if SOURCE_KEY not in st.session_state:
        st.session_state[SOURCE_KEY] = default_source()
    return st.session_state[SOURCE_KEY]


def use_source(path: str | None) -> None:
    st.session_state[SOURCE_KEY] = path


# Results derived from the filtered positions, by name: computed once per dataset version and filter state.
DERIVED: dict[str, Callable[[Dataset, pd.DataFrame], Any]] = {
    "shown": lambda dataset, shown: shown,
    "matrix_figure": lambda dataset, shown: matrix_figure(shown, list(dataset.proposals["proposal_id"])),
    "projector_matrix_figure": lambda dataset, shown: (
        matrix_figure(shown, list(dataset.proposals["proposal_id"]))
        .update_layout(font={"size": 16}, height=600, legend={"orientation": "v", "x": 1.01, "y": 1, "yanchor": "top"})
        .update_xaxes(tickfont={"size": 15})
        .update_yaxes(tickfont={"size": 15})
        .update_traces(marker={"size": 40})
    ),
    "wide_matrix": lambda dataset, shown: wide_matrix(shown),
    "stance_counts": lambda dataset, shown: stance_counts(shown, dataset.proposals),
    **{f"grouped_by_{by}": (lambda dataset, shown, by=by: grouped_matrix(shown, by)) for by in GROUPINGS},
}


@st.cache_resource(max_entries=256, show_spinner=False)
def _grouped_page_figure(
    path: str | None, signature_key: int, filters: tuple, by: str, page: int, page_size: int
) -> go.Figure:
    dataset, _ = read_source(path, signature_key)
    assert dataset is not None
    table = _derived(f"grouped_by_{by}", path, signature_key, filters)
    return grouped_figure(grouped_page(table, page, page_size), list(dataset.proposals["proposal_id"]))


@st.cache_resource(max_entries=256, show_spinner=False)
def _filtered(path: str | None, signature_key: int, filters: tuple) -> pd.DataFrame:
    dataset, _ = read_source(path, signature_key)
    assert dataset is not None
    chosen = Filters(*filters)
    search = _position_index(path, signature_key).rows if chosen.text.strip() else None
    return filter_positions(dataset.comparison, chosen, search)


@st.cache_resource(max_entries=8, show_spinner="Indexing the positions for search…")
def _position_index(path: str | None, signature_key: int) -> TextIndex:
    dataset, _ = read_source(path, signature_key)
    return TextIndex.for_dataset(path, dataset, "positions")


@st.cache_resource(max_entries=512, show_spinner=False)
def _derived(name: str, path: str | None, signature_key: int, filters: tuple) -> Any:
    dataset, _ = read_source(path, signature_key)
    assert dataset is not None
    return DERIVED[name](dataset, _filtered(path, signature_key, filters))


@st.cache_resource(max_entries=8, show_spinner=False)
def names(path: str | None, signature_key: int) -> tuple[dict[str, str], dict[str, str]]:
    """Labels of the documents and names of the proposals, by id (computed once per dataset version)."""
    dataset, _ = read_source(path, signature_key)
    assert dataset is not None
    documents = dataset.documents.rename(columns={"title": "document_title"})
    return (
        dict(zip(documents["document_id"], document_labels(documents), strict=True)),
        dict(zip(dataset.proposals["proposal_id"], dataset.proposals["name"], strict=True)),
    )


@st.cache_resource(max_entries=8, show_spinner=False)
def term_index(path: str | None, signature_key: int) -> TermIndex:
    """The terms, searchable by position id (built once per dataset version)."""
    dataset, _ = read_source(path, signature_key)
    assert dataset is not None
    return TermIndex(dataset.terms)


@st.cache_resource(max_entries=8, show_spinner=False)
def actors(path: str | None, signature_key: int) -> list[str]:
    """Every actor and author of the dataset, sorted (computed once per dataset version)."""
    dataset, _ = read_source(path, signature_key)
    assert dataset is not None
    values = set(pd.unique(dataset.positions["actor"].astype(str))) | set(dataset.documents["author"].astype(str))
    return sorted(v for v in values if v)


@st.cache_resource(max_entries=8, show_spinner=False)
def known_values(path: str | None, signature_key: int) -> KnownValues:
    """What a link may name in this dataset version (sets of 100,000 ids: built once, not per run)."""
    dataset, _ = read_source(path, signature_key)
    assert dataset is not None
    return KnownValues(
        proposals=frozenset(dataset.proposals["proposal_id"]),
        categories=frozenset(c for c in dataset.proposals["category"] if c),
        documents=frozenset(dataset.documents["document_id"]),
        actors=frozenset(actors(path, signature_key)),
        stances=frozenset(STANCES),
    )


@st.cache_resource(max_entries=8, show_spinner="Indexing the texts for search…")
def text_index(path: str | None, signature_key: int) -> TextIndex:
    dataset, _ = read_source(path, signature_key)
    return TextIndex.for_dataset(path, dataset, "texts")


def derived(name: str, path: str | None, signature_key: int, filters: Filters) -> Any:
    """A named result of `DERIVED` for these filters (shared: never mutate it)."""
    return _derived(name, path, signature_key, astuple(filters))


def grouped_page_figure(
    path: str | None, signature_key: int, filters: Filters, by: str, page: int, page_size: int
) -> go.Figure:
    """The grouped matrix's figure for one page of groups (drawn once per filter state and page)."""
    return _grouped_page_figure(path, signature_key, astuple(filters), by, page, page_size)


@st.cache_resource(max_entries=256, show_spinner=False)
def _group_count(path: str | None, signature_key: int, filters: tuple, by: str) -> int:
    return _derived(f"grouped_by_{by}", path, signature_key, filters)["group"].nunique()


def group_count(path: str | None, signature_key: int, filters: Filters, by: str) -> int:
    """How many groups the grouped matrix has (counted once per filter state)."""
    return _group_count(path, signature_key, astuple(filters), by)


@st.cache_resource(max_entries=256, show_spinner=False)
def _proposal_rows(path: str | None, signature_key: int, filters: tuple, proposal_id: str) -> pd.DataFrame:
    shown = _filtered(path, signature_key, filters)
    return shown[shown["proposal_id"] == proposal_id]


def proposal_rows(path: str | None, signature_key: int, filters: Filters, proposal_id: str) -> pd.DataFrame:
    """The filtered positions on one proposal (cached: a million-row selection costs 100 ms)."""
    return _proposal_rows(path, signature_key, astuple(filters), proposal_id)


@st.cache_resource(max_entries=256, show_spinner=False)
def _side_by_side(path: str | None, signature_key: int, filters: tuple, proposal_id: str, limit: int) -> pd.DataFrame:
    dataset, _ = read_source(path, signature_key)
    assert dataset is not None
    return side_by_side(_proposal_rows(path, signature_key, filters, proposal_id).head(limit), dataset.terms)


def side_by_side_of(
    path: str | None, signature_key: int, filters: Filters, proposal_id: str, limit: int
) -> pd.DataFrame:
    """`side_by_side` of the first `limit` filtered positions on one proposal (cached)."""
    return _side_by_side(path, signature_key, astuple(filters), proposal_id, limit)


@st.cache_resource(max_entries=256, show_spinner=False)
def _agreement(
    path: str | None, signature_key: int, filters: tuple, proposal_id: str, max_documents: int
) -> tuple[pd.DataFrame, pd.DataFrame]:
    dataset, _ = read_source(path, signature_key)
    assert dataset is not None
    rows = _proposal_rows(path, signature_key, filters, proposal_id)
    agreement = term_agreement(rows, dataset.terms)
    return agreement, holders_matrix(agreement, list(rows["document_id"].astype(str)), max_documents)


def agreement(
    path: str | None, signature_key: int, filters: Filters, proposal_id: str, max_documents: int
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One proposal's `term_agreement` and its terms x documents grid (once per filter state and proposal)."""
    return _agreement(path, signature_key, astuple(filters), proposal_id, max_documents)


def store_upload(name: str, data: bytes) -> Path:
    """Keep an uploaded file in its own temporary folder, under its own name."""
    folder = Path(tempfile.mkdtemp(prefix="positions-upload-"))
    target = folder / Path(name).name
    target.write_bytes(data)
    return target


def discard_upload(path: str | None) -> None:
    if path and Path(path).parent.name.startswith("positions-upload-"):
        shutil.rmtree(Path(path).parent, ignore_errors=True)


def accept_upload(name: str, content: bytes) -> list[Problem]:
    """Validate an uploaded file; switch to it if it loads, else keep the current data.

    Returns the problems (warnings only when it was accepted).
    """
    stored = store_upload(name, content)
    dataset, problems = read_source(str(stored))
    if dataset is None:
        discard_upload(str(stored))
        return problems
    previous = active_source()
    use_source(str(stored))
    if previous != str(stored):
        discard_upload(previous)
    return problems


def dataset_changed() -> None:
    """Call after writing to the dataset: the next run reads its files' signature anew."""
    signature.clear()


def writable_folder(path: str | None) -> Path | None:
    """The dataset folder new documents and positions are written to, or None if the data is not a folder."""
    folder = Path(path) if path else SHIPPED_DATA
    return folder if folder.is_dir() and (folder / "documents.csv").is_file() else None


@st.cache_data(max_entries=64, show_spinner="Reading the document against the codebook…")
def suggestions_for(text: str, path: str | None, signature_key: int, author: str) -> list:
    """Suggested positions for a text (cached on the text itself, a small value next to a frame)."""
    dataset, _ = read_source(path, signature_key)
    assert dataset is not None
    return suggest_positions(text, dataset.proposals, author)
