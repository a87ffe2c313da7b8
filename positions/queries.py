"""Comparison queries over the flat comparison table (pure pandas).

Every function takes frames and returns a new frame; none mutates its input.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from functools import lru_cache

import numpy as np
import pandas as pd

from positions.schema import STANCES, TERM_KINDS

# What a matrix cell shows when one document holds several positions on a proposal.
MIXED = "mixed"
MATRIX_STANCES: tuple[str, ...] = (*STANCES, MIXED)

# Columns the free-text filter searches.
SEARCHED_COLUMNS = (
    "proposal",
    "document_title",
    "author",
    "publisher",
    "actor",
    "actor_role",
    "summary",
    "terms",
    "evidence",
    "term_evidence",
)


@dataclass(frozen=True)
class Filters:
    """A selection of positions. Empty tuples and None mean "no restriction"."""

    proposals: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()  # matches the position's actor or the document's author
    stances: tuple[str, ...] = ()
    date_from: str | None = None  # ISO 8601, may be partial: "2019", "2019-03"
    date_to: str | None = None
    include_undated: bool = False  # keep documents without a date when a date bound is set
    text: str = ""

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) == f.default for f in fields(self))


def _period_start(date: str) -> str:
    """The first day a partial ISO date covers, as a comparable string."""
    return date + "-01-01"[len(date) - 4 :] if date else ""


def _period_end(date: str) -> str:
    """The last day a partial ISO date covers ("-31" sorts after any real day)."""
    return date + "-12-31"[len(date) - 4 :] if date else ""


def filter_positions(
    comparison: pd.DataFrame, filters: Filters, search: Callable[[str], np.ndarray] | None = None
) -> pd.DataFrame:
    """The rows of the comparison table that pass every filter.

    `search`, when given, answers the free-text filter from an index built on
    this very table: text -> the row numbers that match (`TextIndex.rows`, see
    `positions.search`); otherwise the rows are scanned.
    """
    keep = pd.Series(True, index=comparison.index)
    for values, column in (
        (filters.proposals, "proposal_id"),
        (filters.categories, "proposal_category"),
        (filters.documents, "document_id"),
        (filters.stances, "stance"),
    ):
        if values:
            keep &= comparison[column].isin(values)
    if filters.actors:
        keep &= comparison["actor"].isin(filters.actors) | comparison["author"].isin(filters.actors)
    if filters.date_from or filters.date_to:
        keep &= _in_period(comparison["date"], filters)
    if filters.text.strip():
        if search is not None:
            found = np.zeros(len(comparison), dtype=bool)
            found[search(filters.text)] = True
            keep &= found
        else:
            keep &= _matches_text(comparison, filters.text)
    return comparison[keep]


def _padded(dates: pd.Series, year_suffix: str, month_suffix: str) -> pd.Series:
    """Partial dates made full for comparison: YYYY + year_suffix, YYYY-MM + month_suffix."""
    text = dates.astype(str)
    length = text.str.len()
    return text.where(length != 4, text + year_suffix).where(length != 7, text + month_suffix)


def _in_period(dates: pd.Series, filters: Filters) -> pd.Series:
    """Decided once per distinct date (there are far fewer dates than positions)."""
    categorical = dates.astype("category")
    values = pd.Series(categorical.cat.categories.astype(str))
    dated = values != ""
    inside = pd.Series(True, index=values.index)
    if filters.date_from:
        inside &= _padded(values, "-12-31", "-31") >= _period_start(filters.date_from)
    if filters.date_to:
        inside &= _padded(values, "-01-01", "-01") <= _period_end(filters.date_to)
    keep = ((dated & inside) | (~dated & filters.include_undated)).to_numpy()
    codes = categorical.cat.codes.to_numpy()
    return pd.Series(keep[codes] & (codes >= 0), index=dates.index)


def _matches_text(comparison: pd.DataFrame, text: str) -> pd.Series:
    """Every word of `text` begins a word somewhere in the row, case aside (as the FTS5 index does)."""
    haystack = comparison[list(SEARCHED_COLUMNS)].astype(str).agg("\n".join, axis=1)
    keep = pd.Series(True, index=comparison.index)
    for word in re.findall(r"\w+", text):
        keep &= haystack.str.contains(r"\b" + re.escape(word), case=False, regex=True)
    return keep


def document_label(title: str, author: str, publisher: str, date: str, document_id: str) -> str:
    """A readable name for a document; untitled ones say so rather than invent a title."""
    if title:
        return title
    who = author or publisher or document_id
    return f"Untitled ({who}{', ' + date if date else ''})"


def document_labels(frame: pd.DataFrame) -> pd.Series:
    """Labels for the rows of a frame with document columns (as in the comparison table)."""
    title = frame["document_title"] if "document_title" in frame.columns else frame["title"]
    # Plain object arrays: iterating Arrow-backed text columns cell by cell is several times slower.
    columns = [c.to_numpy(dtype=object) for c in (title, *(frame[n] for n in ("author", "publisher", "date")))]
    ids = frame["document_id"].to_numpy(dtype=object)
    return pd.Series(
        [document_label(*cells) for cells in zip(*columns, ids, strict=True)],
        index=frame.index,
        dtype=object,
    )


def combined_stance(stances: pd.Series) -> str:
    """One stance for one document on one proposal, across its actors."""
    present = set(stances)
    if {"advances", "opposes"} <= present:
        return MIXED
    for stance in ("advances", "opposes", "mentions"):
        if stance in present:
            return stance
    return ""


def positions_matrix(comparison: pd.DataFrame, value: str = "stance") -> pd.DataFrame:
    """Documents (rows, by id) x proposals (columns, by id).

    `value="stance"` puts the combined stance in each cell ("" where none);
    `value="count"` the number of positions.
    """
    if comparison.empty:
        return pd.DataFrame()
    proposal_order = list(dict.fromkeys(comparison["proposal_id"]))
    document_order = sorted(set(comparison["document_id"]))
    if value == "count":
        matrix = comparison.groupby(["document_id", "proposal_id"], observed=True).size().unstack(fill_value=0)
        return matrix.reindex(index=document_order, columns=proposal_order, fill_value=0)
    if value != "stance":
        raise ValueError(f"value must be 'stance' or 'count', not {value!r}")
    stances = comparison.assign(stance=comparison["stance"].astype(str))  # aggregate plain text, not categories
    matrix = (
        stances.groupby(["document_id", "proposal_id"], observed=True)["stance"]
        .agg(combined_stance)
        .unstack(fill_value="")
    )
    return matrix.reindex(index=document_order, columns=proposal_order, fill_value="").fillna("")


def wide_matrix(comparison: pd.DataFrame) -> pd.DataFrame:
    """The matrix as an export: one row per document (id and label), one column per proposal name."""
    matrix = positions_matrix(comparison)
    if matrix.empty:
        return pd.DataFrame(columns=["document_id", "document"])
    documents = comparison.drop_duplicates("document_id").set_index("document_id")
    labels = document_labels(documents.reset_index()).set_axis(documents.index)
    names = comparison.drop_duplicates("proposal_id").set_index("proposal_id")["proposal"]
    wide = matrix.rename(columns=names.to_dict())
    wide.insert(0, "document", labels.reindex(wide.index).values)
    return wide.reset_index().rename(columns={"index": "document_id"})


def stance_counts(comparison: pd.DataFrame, proposals: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per proposal: how many documents advance, oppose or mention it.

    A document counts once per stance it holds through any of its actors. With
    `proposals`, every proposal of the codebook gets a row, zeros included.
    """
    distinct = comparison.drop_duplicates(["proposal_id", "document_id", "stance"])
    counts = distinct.groupby(["proposal_id", "stance"]).size().unstack(fill_value=0)
    counts = counts.reindex(columns=list(STANCES), fill_value=0)
    counts["documents"] = comparison.groupby("proposal_id")["document_id"].nunique()
    order = list(proposals["proposal_id"]) if proposals is not None else list(dict.fromkeys(comparison["proposal_id"]))
    counts = counts.reindex(order, fill_value=0).fillna(0).astype(int)
    counts.columns.name = None
    return counts.rename_axis("proposal_id").reset_index()


def advancing_documents(comparison: pd.DataFrame, proposal_id: str) -> pd.DataFrame:
    """The positions that advance one proposal."""
    rows = comparison[(comparison["proposal_id"] == proposal_id) & (comparison["stance"] == "advances")]
    return rows.reset_index(drop=True)


def side_by_side(comparison: pd.DataFrame, terms: pd.DataFrame) -> pd.DataFrame:
    """One row per position with its terms spread into one column per term kind.

    Cells hold the terms of that kind, one per line; kinds no position uses are left out.
    """
    base = comparison[["position_id", "proposal_id", "proposal", "document_id"]].copy()
    base["document"] = document_labels(comparison)
    base = base.join(comparison[["actor", "date", "stance"]])
    chosen = terms[terms["position_id"].isin(comparison["position_id"])]
    by_kind = chosen.groupby(["position_id", "term_kind"], sort=False)["term"].agg("\n".join).unstack(fill_value="")
    kinds = [k for k in TERM_KINDS if k in by_kind.columns]
    table = base.merge(by_kind[kinds], left_on="position_id", right_index=True, how="left")
    table[kinds] = table[kinds].fillna("")
    table["evidence"] = comparison["evidence"].to_numpy()
    return table.reset_index(drop=True)


@lru_cache(maxsize=200_000)
def _term_key(term: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", term.casefold()).split())


def term_agreement(comparison: pd.DataFrame, terms: pd.DataFrame) -> pd.DataFrame:
    """For each proposal and kind of term: each distinct term and who holds it.

    Terms are matched by their words (case and punctuation ignored). `shared`
    is True when more than one document holds the term: the zone of agreement.
    """
    columns = ["proposal_id", "term_kind", "term", "documents", "document_ids", "actors", "shared"]
    chosen = terms.merge(
        comparison[["position_id", "proposal_id", "document_id", "actor"]], on="position_id", how="inner"
    )
    if chosen.empty:
        return pd.DataFrame(columns=columns)
    chosen = chosen.assign(
        _key=chosen["term"].map(_term_key),
        proposal_id=chosen["proposal_id"].astype(str),
        document_id=chosen["document_id"].astype(str),
        actor=chosen["actor"].astype(str),
    )
    grouped = chosen.groupby(["proposal_id", "term_kind", "_key"], sort=False)
    table = grouped.agg(term=("term", "first"), documents=("document_id", "nunique")).reset_index()
    # `tolist` first: iterating Arrow-backed values one by one is several times slower.
    table["document_ids"] = [sorted(v.tolist()) for v in grouped["document_id"].unique()]
    table["actors"] = [sorted(v.tolist()) for v in grouped["actor"].unique()]
    table["shared"] = table["documents"] > 1
    kind_order = {k: i for i, k in enumerate(TERM_KINDS)}
    table = table.assign(_kind=table["term_kind"].map(kind_order)).sort_values(
        ["proposal_id", "_kind", "documents"], ascending=[True, True, False], kind="stable"
    )
    return table[columns].reset_index(drop=True)


def agreement_matrix(
    comparison: pd.DataFrame, terms: pd.DataFrame, proposal_id: str, max_documents: int | None = None
) -> pd.DataFrame:
    """One proposal's terms (rows) against its documents (True where a document holds the term).

    Columns: term_kind, term, documents (how many hold it), then one per document id, in
    the order the documents come; with `max_documents`, only the documents holding the
    most terms get a column ("documents" still counts them all).
    """
    rows = comparison[comparison["proposal_id"] == proposal_id]
    return holders_matrix(term_agreement(rows, terms), list(rows["document_id"].astype(str)), max_documents)


def holders_matrix(agreement: pd.DataFrame, documents: list[str], max_documents: int | None = None) -> pd.DataFrame:
    """A `term_agreement` table (one proposal's) as terms x documents; see `agreement_matrix`."""
    table = agreement[["term_kind", "term", "documents"]].reset_index(drop=True)
    if agreement.empty:
        return table
    held = agreement[["document_ids"]].reset_index(drop=True).explode("document_ids")
    order = list(dict.fromkeys(documents))
    if max_documents is not None and len(order) > max_documents:
        most = set(held["document_ids"].value_counts().index[:max_documents])
        order = [d for d in order if d in most]
    # Straight into a boolean grid: a crosstab over every document would build 25,000 columns to keep 25.
    columns = pd.Index(order).get_indexer(held["document_ids"])
    kept = columns >= 0
    grid = np.zeros((len(table), len(order)), dtype=bool)
    grid[held.index.to_numpy()[kept], columns[kept]] = True
    return pd.concat([table, pd.DataFrame(grid, columns=order, index=table.index)], axis=1)


def terms_by_kind(table: pd.DataFrame) -> pd.DataFrame:
    """A `side_by_side` table turned around: kinds of term as rows, one column per position.

    Column names read "document · actor (stance)".
    """
    kinds = [k for k in TERM_KINDS if k in table.columns]
    names = [f"{d} · {a} ({s})" for d, a, s in zip(table["document"], table["actor"], table["stance"], strict=True)]
    turned = table[kinds].T
    turned.columns = names
    turned.index = [k.replace("_", " ").capitalize() for k in kinds]
    return turned.rename_axis("term kind").reset_index()


class TermIndex:
    """The terms of any positions, found by binary search (a million terms: well under a millisecond a lookup)."""

    def __init__(self, terms: pd.DataFrame):
        self._terms = terms.sort_values("position_id", kind="stable").reset_index(drop=True)
        # A plain object array: searching Arrow-backed text through pandas costs 0.2 s a call.
        self._keys = self._terms["position_id"].to_numpy(dtype=object)

    def of(self, position_ids: Iterable[str]) -> pd.DataFrame:
        """The terms of these positions, position by position in the order given."""
        # Slices, not a list of rows: taking rows out of chunked Arrow columns costs 20 ms a call.
        spans = [
            self._terms.iloc[self._keys.searchsorted(p, "left") : self._keys.searchsorted(p, "right")]
            for p in dict.fromkeys(position_ids)
        ]
        return pd.concat(spans) if len(spans) > 1 else (spans[0] if spans else self._terms.iloc[0:0])


# Ways to aggregate the matrix when there are too many documents to draw one row each.
GROUPINGS: dict[str, str] = {
    "author": "Author",
    "publisher": "Publisher",
    "year": "Year",
    "document_kind": "Kind of document",
}


def grouped_matrix(comparison: pd.DataFrame, by: str) -> pd.DataFrame:
    """Groups of documents (rows) x proposals: documents and positions per stance.

    One row per (group, proposal) with the columns group, proposal_id, proposal,
    advances, opposes, mentions (positions), documents, positions; groups with
    the most positions first. `by` is a key of GROUPINGS.
    """
    if by not in GROUPINGS:
        raise ValueError(f"cannot group by {by!r}: use one of {', '.join(GROUPINGS)}")
    columns = ["group", "proposal_id", "proposal", *STANCES, "documents", "positions"]
    if comparison.empty:
        return pd.DataFrame(columns=columns)
    # Grouping on categorical codes: at a million positions, text keys cost ten times as much.
    frame = pd.DataFrame(
        {
            "group": _group_key(comparison, by),
            "proposal_id": comparison["proposal_id"].astype("category"),
            "stance": comparison["stance"].astype("category"),
            "document_id": comparison["document_id"].astype("category"),
        }
    )
    keys = ["group", "proposal_id"]
    counts = (
        frame.groupby([*keys, "stance"], observed=True)
        .size()
        .unstack(fill_value=0)
        .reindex(columns=list(STANCES), fill_value=0)
    )
    counts["documents"] = frame.groupby(keys, observed=True)["document_id"].nunique()
    counts["positions"] = counts[list(STANCES)].sum(axis=1)
    table = counts.reset_index()
    table.columns.name = None
    table["group"] = table["group"].astype(str)
    table["proposal_id"] = table["proposal_id"].astype(str)
    names = comparison[["proposal_id", "proposal"]].drop_duplicates("proposal_id")
    table["proposal"] = table["proposal_id"].map(
        dict(zip(names["proposal_id"].astype(str), names["proposal"].astype(str), strict=True))
    )
    order = table.groupby("group")["positions"].sum().sort_values(ascending=False)
    table["_rank"] = table["group"].map({g: i for i, g in enumerate(order.index)})
    table = table.sort_values(["_rank", "proposal_id"]).drop(columns="_rank").reset_index(drop=True)
    for stance in STANCES:
        table[stance] = table[stance].astype("int64")
    return table[columns]


def _group_key(comparison: pd.DataFrame, by: str) -> pd.Series:
    """The group of each row, as a categorical: computed on the column's distinct values, not on every row."""
    values = (comparison["date"] if by == "year" else comparison[by]).astype("category")
    labels = values.cat.categories.astype(str)
    if by == "year":
        labels = labels.str[:4]
    labels = labels.where(labels != "", "(not given)")
    groups, group_of_value = np.unique(np.asarray(labels, dtype=object), return_inverse=True)
    codes = values.cat.codes.to_numpy()
    group_codes = np.where(codes >= 0, group_of_value[codes], -1)
    return pd.Series(pd.Categorical.from_codes(group_codes, categories=groups), index=comparison.index)


def grouped_page(table: pd.DataFrame, page: int, page_size: int) -> pd.DataFrame:
    """The rows of a `grouped_matrix` for one page (from 1) of `page_size` groups, in the table's order."""
    groups = table["group"].drop_duplicates()
    on_page = groups.iloc[(page - 1) * page_size : page * page_size]
    return table[table["group"].isin(on_page)]
