"""What every page shares: the dataset, the sidebar of filters, the URL state, navigation.

The URL is the source of truth when it changes from what the app last wrote
(a copied link, a link inside the app); otherwise the widgets are, and the
app writes their state back into the URL after each change. Page links carry
the filters, so switching views keeps them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import pandas as pd
import streamlit as st

from positions.dashboard import data
from positions.dashboard.state import FILTER_KEYS, KnownValues, filter_part, filters_from_params, params_from_filters
from positions.dataset import Dataset
from positions.problems import Problem
from positions.queries import Filters
from positions.schema import STANCES
from positions.seminar import SEMINAR_FILES, seminar_file
from positions.validation import is_iso_date

PAGES_DIR = "positions/dashboard/pages"
OVERVIEW = f"{PAGES_DIR}/overview.py"
COMPARE = f"{PAGES_DIR}/compare.py"
DOCUMENTS = f"{PAGES_DIR}/documents.py"
PROPOSALS = f"{PAGES_DIR}/proposals.py"
YOUR_DATA = f"{PAGES_DIR}/your_data.py"
PRESENT = f"{PAGES_DIR}/present.py"
ADD_DOCUMENT = f"{PAGES_DIR}/add_document.py"
REVIEW = f"{PAGES_DIR}/review.py"

# Widget keys of the sidebar filters.
WIDGET = {
    "proposals": "f_proposals",
    "categories": "f_categories",
    "documents": "f_documents",
    "actors": "f_actors",
    "stances": "f_stances",
    "text": "f_text",
    "date_from": "f_from",
    "date_to": "f_to",
    "include_undated": "f_undated",
}
OPTION_LIMIT = 300  # above this many documents or actors, widgets take typed ids instead of a list
WRITTEN = "_url_written"  # the filter part of the URL the app last wrote
URL_WARNINGS = "_url_warnings"
CONTEXT = "_view"


@dataclass(frozen=True)
class View:
    """What a page needs: the data, the filters, and the positions they select."""

    dataset: Dataset
    source: str | None
    signature_key: int  # identifies this version of the dataset's files
    filters: Filters
    link_params: dict[str, list[str]]  # the filters as query parameters, for links

    def derived(self, name: str):
        """A cached result computed from the filtered positions (see `data.DERIVED`)."""
        return data.derived(name, self.source, self.signature_key, self.filters)

    def proposal_rows(self, proposal_id: str) -> pd.DataFrame:
        """The positions on one proposal that pass the filters (cached; shared: never mutate)."""
        return data.proposal_rows(self.source, self.signature_key, self.filters, proposal_id)

    def side_by_side(self, proposal_id: str, limit: int) -> pd.DataFrame:
        """The terms of the first `limit` positions on one proposal, side by side (cached)."""
        return data.side_by_side_of(self.source, self.signature_key, self.filters, proposal_id, limit)

    def agreement(self, proposal_id: str, max_documents: int) -> tuple[pd.DataFrame, pd.DataFrame]:
        """One proposal's terms and who holds them, and as a terms x documents grid (cached)."""
        return data.agreement(self.source, self.signature_key, self.filters, proposal_id, max_documents)

    def grouped_page_figure(self, by: str, page: int, page_size: int):
        """One page of the grouped matrix, drawn (cached)."""
        return data.grouped_page_figure(self.source, self.signature_key, self.filters, by, page, page_size)

    def group_count(self, by: str) -> int:
        return data.group_count(self.source, self.signature_key, self.filters, by)

    @property
    def shown(self) -> pd.DataFrame:
        """The positions that pass the filters (shared: never mutate)."""
        return self.derived("shown")

    @property
    def document_names(self) -> dict[str, str]:
        return data.names(self.source, self.signature_key)[0]

    @property
    def proposal_names(self) -> dict[str, str]:
        return data.names(self.source, self.signature_key)[1]

    @property
    def many_documents(self) -> bool:
        """Too many documents to list in a widget or draw one row each."""
        return len(self.dataset.documents) > OPTION_LIMIT

    def terms_of(self, position_ids: pd.Series | list[str]) -> pd.DataFrame:
        """The terms of these positions (shared: never mutate)."""
        return data.term_index(self.source, self.signature_key).of(position_ids)


def view() -> View:
    """The view prepared by `app.py` for this run."""
    return st.session_state[CONTEXT]


def _url_params() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


TYPED_SEPARATOR = {"documents": ",", "actors": ";"}  # actors' names may hold commas


def _load_filters_into_widgets(filters: Filters, typed: frozenset[str] = frozenset()) -> None:
    for field, key in WIDGET.items():
        value = getattr(filters, field)
        if isinstance(value, tuple):
            value = f"{TYPED_SEPARATOR[field]} ".join(value) if field in typed else list(value)
        st.session_state[key] = "" if value is None else value


def clear_filters() -> None:
    _load_filters_into_widgets(Filters(), frozenset(TYPED_SEPARATOR))


def _typed(known: KnownValues) -> frozenset[str]:
    """The list filters with too many values for a list widget: typed in instead."""
    return frozenset(f for f in TYPED_SEPARATOR if len(known.of(f)) > OPTION_LIMIT)


def _sanitise_widgets(known: KnownValues, typed: frozenset[str]) -> None:
    """Make stored selections fit the widgets of the current dataset (after loading another one)."""
    for field in ("proposals", "categories", "documents", "actors", "stances"):
        key = WIDGET[field]
        value = st.session_state.get(key)
        if value is None:
            continue
        if field in typed:
            st.session_state[key] = value if isinstance(value, str) else f"{TYPED_SEPARATOR[field]} ".join(value)
        else:
            items = value if isinstance(value, list) else [v.strip() for v in value.split(TYPED_SEPARATOR[field])]
            st.session_state[key] = [v for v in items if v in known.of(field)]


def _typed_values(field: str, label: str, known: KnownValues, help_text: str) -> tuple[str, ...]:
    text = st.sidebar.text_input(label, key=WIDGET[field], help=help_text)
    values = [v.strip() for v in text.split(TYPED_SEPARATOR[field]) if v.strip()]
    unknown = [v for v in values if v not in known.of(field)]
    if unknown:
        st.sidebar.warning(f"Not in this dataset: {', '.join(unknown[:5])}{' …' if len(unknown) > 5 else ''}")
    return tuple(v for v in values if v in known.of(field))


def _date_input(label: str, key: str) -> str | None:
    value = st.text_input(label, key=key, placeholder="YYYY[-MM[-DD]]").strip()
    if value and not is_iso_date(value):
        st.warning(f"'{value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD.")
        return None
    return value or None


def _filter_widgets(known: KnownValues, typed: frozenset[str], source: str | None, signature_key: int) -> Filters:
    sidebar = st.sidebar
    document_names, proposal_names = data.names(source, signature_key)
    proposals = sidebar.multiselect(
        "Proposals", list(proposal_names), key=WIDGET["proposals"], format_func=proposal_names.get
    )
    categories = sidebar.multiselect("Categories", sorted(known.categories), key=WIDGET["categories"])
    if "documents" in typed:
        documents_chosen = _typed_values("documents", "Document ids", known, "Document ids, separated by commas.")
    else:
        documents_chosen = sidebar.multiselect(
            "Documents",
            sorted(document_names, key=document_names.get),
            key=WIDGET["documents"],
            format_func=document_names.get,
        )
    actor_help = "The person taking a position, or a document's author."
    if "actors" in typed:
        actors = _typed_values("actors", "Actors and authors", known, actor_help + " Separate names by semicolons.")
    else:
        actors = sidebar.multiselect(
            "Actors and authors", data.actors(source, signature_key), key=WIDGET["actors"], help=actor_help
        )
    stances = sidebar.multiselect("Stance", list(STANCES), key=WIDGET["stances"])
    text = sidebar.text_input(
        "Search", key=WIDGET["text"], placeholder="words in quotes, terms, summaries…", help="Every word must occur."
    )
    left, right = sidebar.columns(2)
    with left:
        date_from = _date_input("From", WIDGET["date_from"])
    with right:
        date_to = _date_input("To", WIDGET["date_to"])
    include_undated = sidebar.checkbox(
        "Include undated documents", key=WIDGET["include_undated"], disabled=not (date_from or date_to)
    )
    return Filters(
        proposals=tuple(proposals),
        categories=tuple(categories),
        documents=tuple(documents_chosen),
        actors=tuple(actors),
        stances=tuple(stances),
        date_from=date_from,
        date_to=date_to,
        include_undated=include_undated,
        text=text,
    )


def _sync_url(source: str | None, signature_key: int) -> Filters:
    """Read filters from a new URL, render the widgets, write their state back to the URL."""
    known = data.known_values(source, signature_key)
    typed = _typed(known)
    url = _url_params()
    if WRITTEN not in st.session_state or filter_part(url) != st.session_state[WRITTEN]:
        filters, warnings = filters_from_params(url, known)
        _load_filters_into_widgets(filters, typed)
        st.session_state[URL_WARNINGS] = warnings
    _sanitise_widgets(known, typed)
    filters = _filter_widgets(known, typed, source, signature_key)
    wanted = params_from_filters(filters)
    if filter_part(url) != wanted:
        others = {k: v for k, v in url.items() if k not in FILTER_KEYS}
        st.query_params.from_dict({**others, **wanted})
    st.session_state[WRITTEN] = wanted
    return filters


def _navigation(container, pages: list[st.Page], link_params: dict[str, list[str]]) -> None:
    for page in pages:
        container.page_link(page, query_params=link_params, width="stretch")
    container.page_link(
        PRESENT,
        label="Present",
        icon=":material/slideshow:",
        query_params={**link_params, "present": "1"},
        help="Presentation mode: large type, one proposal per slide, following these filters",
        width="stretch",
    )


def _seminar_downloads(dataset: Dataset, filters: Filters, source: str | None, signature_key: int) -> None:
    """The deck and the handout of what the filters select, built only when clicked."""
    st.sidebar.header("For the seminar", divider="gray")
    row = st.sidebar.container(horizontal=True)
    shown = partial(data.derived, "shown", source, signature_key, filters)
    for kind, (suffix, mime) in SEMINAR_FILES.items():
        row.download_button(
            kind.capitalize(),
            data=lambda kind=kind: seminar_file(kind, dataset, shown(), filters),
            file_name=f"positions.{suffix}",
            mime=mime,
            icon=":material/download:",
            on_click="ignore",  # a rerun on click races the deferred file and can void it
            key=f"seminar_{kind}",
            help="PowerPoint deck of the current selection"
            if kind == "slides"
            else "Self-contained HTML handout, prints on A4",
        )


def show_problems(problems: list[Problem]) -> None:
    rows = [{"file": p.file, "row": p.row, "column": p.column or "", "problem": p.message} for p in problems]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch")


def _source_caption(dataset: Dataset, source: str | None) -> None:
    name = "Shipped dataset" if source is None else f"Dataset: {source.rsplit('/', 1)[-1]}"
    st.sidebar.caption(f"{name} · {dataset.summary()}")
    if dataset.warnings:
        st.sidebar.caption(f"{len(dataset.warnings)} warning(s): see Your data.")


def presenting() -> bool:
    """`?present=1`: the presentation view, without sidebar or chrome."""
    return st.query_params.get("present") == "1"


def prepare(pages: list[st.Page]) -> View | None:
    """Load the data, render the sidebar (not when presenting), and store the view for the page to use."""
    source = data.active_source()
    signature_key = hash(data.signature(source))
    dataset, problems = data.read_source(source, signature_key)
    if dataset is None:
        st.error(f"The dataset {source} could not be loaded. Nothing was changed; these are the problems:")
        show_problems(problems)
        if st.button("Open the shipped dataset instead"):
            data.use_source(None)
            st.rerun()
        return None
    if presenting():
        # The slides follow the link's filters; the sidebar's widgets are left as they were.
        filters, warnings = filters_from_params(_url_params(), data.known_values(source, signature_key))
    else:
        st.sidebar.title("positions")
        nav = st.sidebar.container()
        st.sidebar.header("Filters", divider="gray")
        filters = _sync_url(source, signature_key)
        if not filters.is_empty():
            st.sidebar.button("Clear filters", on_click=clear_filters, width="stretch")
        _seminar_downloads(dataset, filters, source, signature_key)
        _source_caption(dataset, source)
        _navigation(nav, pages, params_from_filters(filters))
        warnings = st.session_state.get(URL_WARNINGS, [])
    link_params = params_from_filters(filters)
    for warning in warnings:
        st.warning(warning)
    current = View(dataset, source, signature_key, filters, link_params)
    st.session_state[CONTEXT] = current
    return current
