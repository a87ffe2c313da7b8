"""Suggestions as rows in the export's columns."""

from __future__ import annotations

import pandas as pd

from positions.schema import FLAT_COLUMN_NAMES
from positions.suggest import Span, Suggestion
from positions.suggestions import SUGGESTION_COLUMNS, suggestions_table

PROPOSALS = pd.DataFrame(
    [
        {
            "proposal_id": "helsinki_summit",
            "name": "New Helsinki-type summit",
            "category": "Diplomatic process",
            "definition": "A call for a new summit of European states.",
            "aliases": "new Helsinki; Helsinki 2.0",
        }
    ]
)


def test_a_suggestion_fills_the_columns_the_export_takes_from_the_codebook_and_the_document():
    text = "A new Helsinki summit should be convened."
    suggestion = Suggestion("helsinki_summit", "advances", 0.9, Span(0, len(text), text), "Author")
    document = {"document_id": "d1", "title": "A call", "kind": "op-ed", "language": "en", "notes": float("nan")}
    [row] = suggestions_table([suggestion], PROPOSALS, document).to_dict("records")
    assert list(row) == SUGGESTION_COLUMNS and SUGGESTION_COLUMNS[: len(FLAT_COLUMN_NAMES)] == FLAT_COLUMN_NAMES
    assert row["proposal"] == "New Helsinki-type summit"
    assert row["proposal_definition"] == "A call for a new summit of European states."
    assert row["proposal_aliases"] == "new Helsinki; Helsinki 2.0"
    assert (row["document_id"], row["document_title"], row["document_kind"], row["language"]) == (
        "d1",
        "A call",
        "op-ed",
        "en",
    )
    assert row["document_notes"] == "" and row["author"] == ""  # missing or empty stays empty, never "nan"
    assert (row["stance"], row["evidence"], row["evidence_start"], row["evidence_end"]) == ("advances", text, 0, 41)
