"""Suggestions as a table in the export's columns (plus `score` and `confidence`), for the CLI and the Review page."""

from __future__ import annotations

import pandas as pd

from positions.comparison import TERM_LINE_SEPARATOR, format_term
from positions.schema import FLAT_COLUMN_NAMES, FLAT_COLUMNS
from positions.suggest import Suggestion

# `confidence`: how often such suggestions were right on unseen texts, or the document model's probability
# (`positions.confidence`)
SUGGESTION_COLUMNS = [*FLAT_COLUMN_NAMES, "score", "confidence"]


def suggestions_table(suggestions: list[Suggestion], proposals: pd.DataFrame, document: dict[str, str]) -> pd.DataFrame:
    """One row per suggestion; the proposal's columns from the codebook, the document's from `document` (its row
    of the documents table, with its document_id), as the export fills them."""
    codebook = proposals.set_index("proposal_id")
    rows = []
    for number, suggestion in enumerate(suggestions, start=1):
        proposal = codebook.loc[suggestion.proposal_id]
        rows.append(
            {
                **_joined_columns(proposal, document),
                "position_id": f"s{number:02d}",
                "proposal_id": suggestion.proposal_id,
                "document_id": document.get("document_id", ""),
                "actor": suggestion.actor,
                "stance": suggestion.stance,
                "terms": TERM_LINE_SEPARATOR.join(format_term(kind, term) for kind, term, _ in suggestion.terms),
                "term_evidence": TERM_LINE_SEPARATOR.join(span.text for _, _, span in suggestion.terms),
                "evidence": suggestion.evidence.text,
                "evidence_start": suggestion.evidence.start,
                "evidence_end": suggestion.evidence.end,
                "score": suggestion.score,
                "confidence": suggestion.confidence.share if suggestion.confidence else "",
            }
        )
    table = pd.DataFrame(rows, columns=SUGGESTION_COLUMNS)
    missing = [c for c in SUGGESTION_COLUMNS if table[c].isna().all()]
    table[missing] = ""  # columns a suggestion does not fill (summary, coder, ...) stay empty
    return table


def _joined_columns(proposal: pd.Series, document: dict[str, str]) -> dict[str, object]:
    """The flat columns that come from the proposals and documents tables (`FLAT_COLUMNS`' sources)."""
    sources = {"proposals": proposal, "documents": document}
    found = {}
    for column in FLAT_COLUMNS:
        table, _, name = column.source.partition(".")
        if table in sources:
            value = sources[table].get(name, "")
            found[column.name] = "" if pd.isna(value) else value
    return found
