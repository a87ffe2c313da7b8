"""The flat comparison table: one row per position, everything joined in."""

from __future__ import annotations

import pandas as pd

from positions.schema import FLAT_COLUMNS, TERM_KINDS

TERM_LINE_SEPARATOR = "\n"


def format_term(kind: str, term: str) -> str:
    return f"{kind}: {term}"


def _joined_terms(terms: pd.DataFrame) -> pd.DataFrame:
    """Per position: its terms as `kind: term` lines and their quotes, same order."""
    if terms.empty:
        return pd.DataFrame(columns=["position_id", "terms", "term_evidence"])
    ordered = terms.assign(
        _line=[format_term(k, t) for k, t in zip(terms["term_kind"], terms["term"], strict=True)],
        _kind_order=terms["term_kind"].map({k: i for i, k in enumerate(TERM_KINDS)}),
    ).sort_values(["position_id", "_kind_order"], kind="stable")
    grouped = ordered.groupby("position_id", sort=False)
    return pd.DataFrame(
        {
            "terms": grouped["_line"].agg(TERM_LINE_SEPARATOR.join),
            "term_evidence": grouped["evidence"].agg(
                lambda q: TERM_LINE_SEPARATOR.join(" ".join(x.split()) for x in q)
            ),
        }
    ).reset_index()


def build_comparison(
    proposals: pd.DataFrame, documents: pd.DataFrame, positions: pd.DataFrame, terms: pd.DataFrame
) -> pd.DataFrame:
    """The flat comparison table in `schema.FLAT_COLUMNS` order.

    Rows follow the codebook's order of proposals, then document date and id.
    Document and proposal columns are categoricals built from their own small
    tables and a row number per position: at a million positions a join would
    copy every title and note a million times before they could be shared.
    """
    document_rows = pd.Index(documents["document_id"]).get_indexer(positions["document_id"])
    proposal_rows = pd.Index(proposals["proposal_id"]).get_indexer(positions["proposal_id"])
    dates = _repeated(documents["date"], document_rows)
    order = (
        pd.DataFrame(
            {
                "proposal": proposal_rows,
                "date": dates.astype(str),
                "document_id": positions["document_id"].to_numpy(),
                "position_id": positions["position_id"].to_numpy(),
            }
        )
        .sort_values(["proposal", "date", "document_id", "position_id"], kind="stable")
        .index.to_numpy()
    )
    ordered = positions.iloc[order].reset_index(drop=True)
    document_rows, proposal_rows = document_rows[order], proposal_rows[order]
    joined = _joined_terms(terms).set_index("position_id").reindex(ordered["position_id"])
    sources = {"documents": (documents, document_rows), "proposals": (proposals, proposal_rows)}
    out: dict[str, object] = {}
    for column in FLAT_COLUMNS:
        table, _, name = column.source.partition(".")
        if table == "terms":
            out[column.name] = joined[column.name].fillna("").to_numpy()
        elif column.derived:
            out[column.name] = ordered[column.name] if column.name in ordered.columns else pd.NA
        elif table == "positions":
            values = ordered[name]
            out[column.name] = values.astype("category") if name in CATEGORICAL_POSITION_COLUMNS else values
        else:
            frame, rows = sources[table]
            out[column.name] = _repeated(frame[name], rows)
    return pd.DataFrame(out)


# Position columns with few distinct values, stored once each.
CATEGORICAL_POSITION_COLUMNS = ("proposal_id", "document_id", "stance", "coder", "coded_at")


def _repeated(values: pd.Series, rows) -> pd.Categorical:
    """`values` taken at `rows` (-1: no such row, an empty cell), as a categorical of the values used."""
    categories = pd.Categorical(values.fillna(""))
    codes = categories.codes[rows]
    codes[rows < 0] = -1
    taken = pd.Categorical.from_codes(codes, categories.categories)
    if (rows < 0).any():
        taken = taken.add_categories([""]) if "" not in taken.categories else taken
        taken = taken.fillna("")
    return taken.remove_unused_categories()
