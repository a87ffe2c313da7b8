"""Turning a flat comparison table back into the four tables.

A flat table repeats a document's and a proposal's columns on every row of
their positions; here each document and proposal is rebuilt once, and rows
that disagree about them are reported.
"""

from __future__ import annotations

import pandas as pd

from positions.comparison import TERM_LINE_SEPARATOR
from positions.problems import ROW, Problem
from positions.schema import FLAT_COLUMNS, FLAT_TABLE, TABLES, TERM_KINDS
from positions.validation import validate_table


def _columns_of(table: str) -> dict[str, str]:
    """Flat column name -> column of `table` it stands for."""
    return {
        c.name: c.source.partition(".")[2]
        for c in FLAT_COLUMNS
        if c.source.partition(".")[0] == table and not c.derived
    }


def _entities(flat: pd.DataFrame, table: str, key_flat: str, label: str) -> tuple[pd.DataFrame, list[Problem]]:
    """One row per distinct id; report rows whose values disagree with the first."""
    mapping = {k: v for k, v in _columns_of(table).items() if k in flat.columns}
    mapping[key_flat] = TABLES[table].fields[0].name
    problems: list[Problem] = []
    records = []
    for entity_id, group in flat.groupby(key_flat, sort=False):
        record = {ROW: int(group[ROW].iloc[0])}
        for flat_name, column in mapping.items():
            values = group[flat_name]
            filled = values[values != ""]
            record[column] = filled.iloc[0] if len(filled) else ""
            for row, value in zip(group.loc[filled.index, ROW], filled, strict=True):
                if value != record[column]:
                    first_row = int(group.loc[filled.index[0], ROW])
                    problems.append(
                        Problem(
                            label,
                            int(row),
                            flat_name,
                            f"{table[:-1]} '{entity_id}' has a different {flat_name} here than in row {first_row}; "
                            "every row of the same id must agree",
                        )
                    )
                    break
        records.append(record)
    frame = pd.DataFrame.from_records(records, columns=[ROW, *mapping.values()])
    for column in TABLES[table].input_columns:
        if column not in frame.columns:
            frame[column] = ""
    if table == "proposals":
        frame["name"] = frame["name"].where(frame["name"] != "", frame["proposal_id"])
    return frame, problems


# Columns that together name the same thing: two ids sharing them are likely a typo.
_IDENTITY = {"proposals": ("name",), "documents": ("title", "author", "publisher", "date")}


def _same_thing_under_two_ids(
    entities: pd.DataFrame, flat: pd.DataFrame, table: str, key_flat: str, label: str
) -> list[Problem]:
    key = TABLES[table].fields[0].name
    identity = list(_IDENTITY[table])
    named = entities[(entities[identity[0]] != "") & (entities[identity[0]] != entities[key])]
    problems = []
    uses = flat[key_flat].value_counts()
    for _, group in named.groupby(identity, sort=False):
        if len(group) < 2:
            continue
        # The id used on the fewest rows is the likely typo.
        ordered = group.assign(_uses=group[key].map(uses)).sort_values("_uses", ascending=False)
        main_id, main_row = ordered[key].iloc[0], int(ordered[ROW].iloc[0])
        for other_id, row in zip(ordered[key].iloc[1:], ordered[ROW].iloc[1:], strict=True):
            problems.append(
                Problem(
                    label,
                    int(row),
                    key_flat,
                    f"{table[:-1]} '{other_id}' has the same {' and '.join(identity)} as '{main_id}' (row {main_row}): "
                    "is the id mistyped? Use one id per " + table[:-1],
                )
            )
    return problems


def _terms(flat: pd.DataFrame, label: str) -> tuple[pd.DataFrame, list[Problem]]:
    problems: list[Problem] = []
    records = []
    has_evidence = "term_evidence" in flat.columns
    for position_id, row, cell, quotes_cell in zip(
        flat["position_id"],
        flat[ROW],
        flat["terms"] if "terms" in flat.columns else [""] * len(flat),
        flat["term_evidence"] if has_evidence else [""] * len(flat),
        strict=True,
    ):
        lines = [line.strip() for line in cell.split(TERM_LINE_SEPARATOR) if line.strip()]
        quotes = [q.strip() for q in quotes_cell.split(TERM_LINE_SEPARATOR) if q.strip()]
        if len(lines) != len(quotes):
            problems.append(
                Problem(
                    label,
                    int(row),
                    "term_evidence",
                    f"there are {len(lines)} term(s) but {len(quotes)} quote(s): give one quote per term, one per line, in the same order",
                )
            )
            continue
        for line, quote in zip(lines, quotes, strict=True):
            kind, sep, term = line.partition(":")
            kind = "_".join(kind.strip().lower().replace("-", " ").split())
            if not sep or kind not in TERM_KINDS or not term.strip():
                problems.append(
                    Problem(
                        label,
                        int(row),
                        "terms",
                        f"'{line}' is not a term: write one per line as 'kind: term', with kind one of {', '.join(TERM_KINDS)}",
                    )
                )
                continue
            records.append(
                {ROW: int(row), "position_id": position_id, "term_kind": kind, "term": term.strip(), "evidence": quote}
            )
    columns = [ROW, "position_id", "term_kind", "term", "evidence"]
    return pd.DataFrame.from_records(records, columns=columns), problems


def tables_from_flat(
    flat: pd.DataFrame, label: str
) -> tuple[dict[str, tuple[pd.DataFrame, str]] | None, list[Problem]]:
    """The four tables (each with a `_row` column) rebuilt from a flat table."""
    problems = validate_table(flat, FLAT_TABLE, label, {})
    if not set(FLAT_TABLE.required_columns) <= set(flat.columns):
        return None, problems  # without its key columns nothing more can be checked
    flat = flat.copy()
    flat[ROW] = range(2, len(flat) + 2)
    flat["stance"] = flat["stance"].str.lower()
    if "position_id" not in flat.columns:
        flat["position_id"] = ""
    flat["position_id"] = flat["position_id"].where(flat["position_id"] != "", "row" + flat[ROW].astype(str))
    repeated = flat["position_id"].duplicated()
    for position_id, row in zip(flat.loc[repeated, "position_id"], flat.loc[repeated, ROW], strict=True):
        problems.append(Problem(label, int(row), "position_id", f"the id '{position_id}' is used more than once"))
    proposals, more = _entities(flat, "proposals", "proposal_id", label)
    problems += more + _same_thing_under_two_ids(proposals, flat, "proposals", "proposal_id", label)
    documents, more = _entities(flat, "documents", "document_id", label)
    problems += more + _same_thing_under_two_ids(documents, flat, "documents", "document_id", label)
    terms, more = _terms(flat, label)
    problems += more
    positions = flat[[ROW, *[c for c in _columns_of("positions").values() if c in flat.columns]]]
    tables = {
        "proposals": (proposals, label),
        "documents": (documents, label),
        "positions": (positions.reset_index(drop=True), label),
        "terms": (terms, label),
    }
    return tables, problems
