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
    """
    tables = {"proposals": proposals, "documents": documents, "positions": positions}
    frame = positions.copy()
    frame = frame.merge(
        documents.add_prefix("documents."), left_on="document_id", right_on="documents.document_id", how="left"
    )
    frame = frame.merge(
        proposals.add_prefix("proposals."), left_on="proposal_id", right_on="proposals.proposal_id", how="left"
    )
    frame = frame.merge(_joined_terms(terms), on="position_id", how="left")
    out = pd.DataFrame(index=frame.index)
    for column in FLAT_COLUMNS:
        table, _, name = column.source.partition(".")
        if column.source == "terms" or column.source == "terms.evidence":
            out[column.name] = frame[column.name].fillna("")
        elif column.derived:
            out[column.name] = frame[column.name] if column.name in frame.columns else pd.NA
        elif table == "positions":
            out[column.name] = frame[name]
        elif table in tables:
            out[column.name] = frame[f"{table}.{name}"].fillna("")
    proposal_order = {pid: i for i, pid in enumerate(proposals["proposal_id"])}
    out["_order"] = out["proposal_id"].map(proposal_order)
    out = out.sort_values(["_order", "date", "document_id", "position_id"], kind="stable")
    out = out.drop(columns="_order").reset_index(drop=True)
    # Document and proposal columns repeat on every position: store each value once.
    repeated = [c.name for c in FLAT_COLUMNS if c.source.split(".")[0] in ("documents", "proposals")]
    for column in [*repeated, "proposal_id", "document_id", "stance", "coder", "coded_at"]:
        out[column] = out[column].astype("category")
    return out
