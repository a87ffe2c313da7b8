"""The dataset: proposals, documents, positions, terms and the documents' texts.

`load_dataset` reads the shipped dataset, a folder of tables (CSV or XLSX), a
workbook with one sheet per table, a zip of a folder, or a single flat
comparison table (what `export` writes), and validates it. It raises
`InvalidDataset` listing every problem, or returns a `Dataset`.
"""

from __future__ import annotations

import difflib
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd

from positions import cache
from positions.comparison import build_comparison
from positions.flat import tables_from_flat
from positions.problems import ROW, InvalidDataset, Problem, errors, sort_problems
from positions.reading import (
    TABLE_SUFFIXES,
    extract_zip,
    is_zip,
    read_table_file,
    read_text_file,
    read_workbook,
)
from positions.schema import DOCUMENTS, POSITIONS, PROPOSALS, TABLES, TERMS, Table
from positions.validation import check_quotes, validate_table

SHIPPED_DATA = Path(__file__).parent / "data"
TEXTS_FOLDER = "texts"


@dataclass(frozen=True)
class Dataset:
    """A validated dataset. Frames hold text cells; never mutate them."""

    proposals: pd.DataFrame
    documents: pd.DataFrame
    positions: pd.DataFrame
    terms: pd.DataFrame
    texts: Mapping[str, str]
    origin: str = ""
    warnings: tuple[Problem, ...] = field(default=())

    @cached_property
    def comparison(self) -> pd.DataFrame:
        """One row per position with its document, proposal and terms joined in."""
        return build_comparison(self.proposals, self.documents, self.positions, self.terms)

    @classmethod
    def from_cache(cls, cached: dict, origin: str) -> Dataset:
        tables = cached["tables"]
        dataset = cls(
            proposals=tables["proposals"],
            documents=tables["documents"],
            positions=tables["positions"],
            terms=tables["terms"],
            texts=cached["texts"],
            origin=origin,
            warnings=tuple(cached["warnings"]),
        )
        dataset.__dict__["comparison"] = tables["comparison"]  # fill the cached property
        return dataset

    def summary(self) -> str:
        return (
            f"{len(self.proposals)} proposals, {len(self.documents)} documents, "
            f"{len(self.positions)} positions, {len(self.terms)} terms"
        )


def load_dataset(path: str | Path | None = None) -> Dataset:
    """Load and validate a dataset; raise `InvalidDataset` listing every problem."""
    dataset, problems = read_dataset(path)
    if dataset is None:
        raise InvalidDataset(errors(problems))
    return dataset


def read_dataset(path: str | Path | None = None, use_cache: bool = True) -> tuple[Dataset | None, list[Problem]]:
    """Load and validate; return the dataset (None when invalid) and all problems, in file and row order.

    A dataset that validated before and has not changed since is read from the
    columnar cache (see `positions.cache`) instead of being validated again.
    """
    source = SHIPPED_DATA if path is None else Path(path)
    cacheable = (
        use_cache
        and source.exists()
        and not (source.is_file() and is_zip(source) and source.suffix.lower() not in (".xlsx", ".xlsm"))
    )
    if cacheable:
        source_signature = cache.signature(source)
        cached = cache.load(source, source_signature)
        if cached is not None:
            return Dataset.from_cache(cached, str(source)), list(cached["warnings"])
    dataset, problems = _read_dataset(path)
    if dataset is not None and cacheable:
        tables = {
            "proposals": dataset.proposals,
            "documents": dataset.documents,
            "positions": dataset.positions,
            "terms": dataset.terms,
            "comparison": dataset.comparison,
        }
        cache.save(source, source_signature, tables, dataset.texts, list(dataset.warnings))
    return dataset, sort_problems(problems)


def _read_dataset(path: str | Path | None) -> tuple[Dataset | None, list[Problem]]:
    source = SHIPPED_DATA if path is None else Path(path)
    if not source.exists():
        return None, [Problem(str(source), None, None, "no such file or folder")]
    if source.is_file() and is_zip(source) and source.suffix.lower() not in (".xlsx", ".xlsm"):
        with tempfile.TemporaryDirectory(prefix="positions-zip-") as tmp:
            problems = extract_zip(source, Path(tmp), source.name)
            if problems:
                return None, problems
            folder = _dataset_root(Path(tmp))
            dataset, problems = _read_dataset(folder)
            relabel = {str(folder): source.name}
            return dataset, [_relabel(p, relabel) for p in problems]
    raw, problems = _read_raw_tables(source)
    if raw is None:
        return None, problems
    tables, texts, more, term_quote_column = raw
    problems += more
    dataset, more = _validate(tables, texts, str(source), term_quote_column)
    problems += more
    return (None if errors(problems) else dataset), problems


def _relabel(problem: Problem, names: dict[str, str]) -> Problem:
    file = problem.file
    for old, new in names.items():
        file = file.replace(old, new)
    return Problem(file, problem.row, problem.column, problem.message, problem.severity)


def _dataset_root(folder: Path) -> Path:
    """A zip often holds one folder with the tables inside: descend into it."""
    entries = [p for p in folder.iterdir() if not p.name.startswith((".", "__MACOSX"))]
    if len(entries) == 1 and entries[0].is_dir():
        return entries[0]
    return folder


# (tables by name with their file labels, texts by document id, problems so far,
# the column name under which term quotes are reported)
RawTables = tuple[dict[str, tuple[pd.DataFrame, str]], dict[str, str], list[Problem], str]


def _read_raw_tables(source: Path) -> tuple[RawTables | None, list[Problem]]:
    if source.is_dir():
        return _read_folder(source)
    if source.suffix.lower() in (".xlsx", ".xlsm") or is_zip(source):
        sheets, problems = read_workbook(source, source.name)
        if sheets is None:
            return None, problems
        by_name = {name.strip().lower(): frame for name, frame in sheets.items()}
        if all(name in by_name for name in TABLES):
            tables = {name: (by_name[name], f"{source.name} [{name}]") for name in TABLES}
            texts, problems = _read_texts(tables["documents"][0], source.parent, source.name)
            return (tables, texts, problems, "evidence"), []
        first_name, first = next(iter(sheets.items()))
        return _read_flat(first, f"{source.name} [{first_name}]", source.parent)
    frame, problems = read_table_file(source, source.name)
    if frame is None:
        return None, problems
    return _read_flat(frame, source.name, source.parent)


def _table_file(folder: Path, name: str) -> Path | None:
    for suffix in TABLE_SUFFIXES:
        candidate = folder / f"{name}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def _read_folder(folder: Path) -> tuple[RawTables | None, list[Problem]]:
    files = {name: _table_file(folder, name) for name in TABLES}
    if not any(files.values()):
        flat_files = [p for p in sorted(folder.iterdir()) if p.suffix.lower() in TABLE_SUFFIXES and p.is_file()]
        if len(flat_files) == 1:
            frame, problems = read_table_file(flat_files[0], flat_files[0].name)
            if frame is None:
                return None, problems
            return _read_flat(frame, flat_files[0].name, folder)
        expected = ", ".join(f"{name}.csv" for name in TABLES)
        return None, [
            Problem(str(folder), None, None, f"no tables found: expected {expected} (or .xlsx), or one flat table")
        ]
    problems: list[Problem] = []
    tables: dict[str, tuple[pd.DataFrame, str]] = {}
    for name, path in files.items():
        if path is None:
            problems.append(
                Problem(str(folder), None, None, f"the {name} table is missing (expected {name}.csv or {name}.xlsx)")
            )
            continue
        frame, more = read_table_file(path, path.name)
        problems += more
        if frame is not None:
            tables[name] = (frame, path.name)
    if problems:
        return None, problems
    texts, problems = _read_texts(tables["documents"][0], folder, tables["documents"][1])
    return (tables, texts, problems, "evidence"), []


def _read_texts(documents: pd.DataFrame, folder: Path, label: str) -> tuple[dict[str, str], list[Problem]]:
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    if "document_id" not in documents.columns:
        return texts, problems
    for row, document_id in enumerate(documents["document_id"], start=2):
        if not document_id or document_id in texts:
            continue
        path = folder / TEXTS_FOLDER / f"{document_id}.txt"
        text, problem = read_text_file(path, f"{TEXTS_FOLDER}/{document_id}.txt")
        if text is not None:
            texts[document_id] = text
        elif problem is not None and problem.message == "the text file is missing":
            problems.append(
                Problem(
                    label, row, "document_id", f"no text for this document: put it in {TEXTS_FOLDER}/{document_id}.txt"
                )
            )
        elif problem is not None:
            problems.append(problem)
    return texts, problems


def _read_flat(frame: pd.DataFrame, label: str, folder: Path) -> tuple[RawTables | None, list[Problem]]:
    tables, problems = tables_from_flat(frame, label)
    if tables is None:
        return None, problems
    texts, more = _flat_texts(tables["documents"][0], folder, label)
    return (tables, texts, problems + more, "term_evidence"), []


def _flat_texts(documents: pd.DataFrame, folder: Path, label: str) -> tuple[dict[str, str], list[Problem]]:
    """Texts for a flat table: `texts/` beside it, else the shipped texts.

    A table without any text only gets a warning (its evidence cannot be
    checked); once some documents have texts, a missing one is an error,
    most often a mistyped document id.
    """
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    missing: list[tuple[str, int]] = []
    for document_id, row in zip(documents["document_id"], documents[ROW], strict=True):
        for base in (folder, SHIPPED_DATA):
            path = base / TEXTS_FOLDER / f"{document_id}.txt"
            if path.is_file():
                text, problem = read_text_file(path, f"{TEXTS_FOLDER}/{document_id}.txt")
                if text is not None:
                    texts[document_id] = text
                elif problem is not None:
                    problems.append(problem)
                break
        else:
            missing.append((document_id, int(row)))
    for document_id, row in missing:
        where = f"put the text in {TEXTS_FOLDER}/{document_id}.txt beside the table"
        if texts:
            hint = _did_you_mean(document_id, list(texts))
            problems.append(
                Problem(label, row, "document_id", f"no text for document '{document_id}'.{hint} Or {where}")
            )
        else:
            problems.append(
                Problem(
                    label,
                    row,
                    "document_id",
                    f"no text for document '{document_id}', so its evidence was not checked: {where}",
                    "warning",
                )
            )
    return texts, problems


def _did_you_mean(value: str, options: list[str]) -> str:
    close = difflib.get_close_matches(value, options, n=1)
    return f" Did you mean '{close[0]}'?" if close else ""


def _normalise_choices(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    frame = frame.copy()
    for f in table.fields:
        if f.kind == "choice" and f.name in frame.columns:
            frame[f.name] = frame[f.name].str.strip().str.lower().str.replace(r"[\s-]+", "_", regex=True)
    return frame


def _validate(
    raw: dict[str, tuple[pd.DataFrame, str]], texts: dict[str, str], origin: str, term_quote_column: str
) -> tuple[Dataset | None, list[Problem]]:
    frames = {name: _normalise_choices(frame, TABLES[name]) for name, (frame, _) in raw.items()}
    labels = {name: label for name, (_, label) in raw.items()}
    rows = {name: frame[ROW] if ROW in frame.columns else None for name, frame in frames.items()}
    frames = {name: frame.drop(columns=[c for c in (ROW,) if c in frame.columns]) for name, frame in frames.items()}
    known_ids = {
        "proposals.proposal_id": set(frames["proposals"].get("proposal_id", [])),
        "documents.document_id": set(frames["documents"].get("document_id", [])),
        "positions.position_id": set(frames["positions"].get("position_id", [])),
    }
    problems: list[Problem] = []
    for name in TABLES:
        problems += validate_table(frames[name], TABLES[name], labels[name], known_ids, rows[name])
    if any(not set(TABLES[name].required_columns) <= set(frames[name].columns) for name in TABLES):
        return None, problems  # the checks below need the key columns

    proposals, documents, positions, terms = (
        _with_all_columns(frames[t.name], t) for t in (PROPOSALS, DOCUMENTS, POSITIONS, TERMS)
    )
    quote_problems, offsets = check_quotes(positions, texts, labels["positions"], "evidence", rows["positions"])
    positions = pd.concat([positions, offsets], axis=1)
    document_of = positions.drop_duplicates("position_id").set_index("position_id")["document_id"]
    term_docs = terms.assign(document_id=terms["position_id"].map(document_of).fillna(""))
    term_problems, term_offsets = check_quotes(
        term_docs.rename(columns={"evidence": term_quote_column}),
        texts,
        labels["terms"],
        term_quote_column,
        rows["terms"],
    )
    terms = pd.concat([terms, term_offsets.set_index(terms.index)], axis=1)
    problems += quote_problems + term_problems
    problems += _advances_without_terms(positions, terms, labels["positions"], rows["positions"])
    if errors(problems):
        return None, problems
    dataset = Dataset(
        proposals=proposals,
        documents=documents,
        positions=positions,
        terms=terms,
        texts=dict(texts),
        origin=origin,
        warnings=tuple(p for p in problems if p.severity == "warning"),
    )
    return dataset, problems


def _with_all_columns(frame: pd.DataFrame, table: Table) -> pd.DataFrame:
    frame = frame.copy()
    for column in table.input_columns:
        if column not in frame.columns:
            frame[column] = ""
    return frame[table.input_columns].reset_index(drop=True)


def _advances_without_terms(
    positions: pd.DataFrame, terms: pd.DataFrame, label: str, rows: pd.Series | None
) -> list[Problem]:
    with_terms = set(terms["position_id"])
    problems = []
    for i, (position_id, stance) in enumerate(zip(positions["position_id"], positions["stance"], strict=True)):
        if stance == "advances" and position_id not in with_terms:
            row = int(rows.iloc[i]) if rows is not None else i + 2
            problems.append(
                Problem(
                    label,
                    row,
                    "stance",
                    f"position '{position_id}' advances its proposal but lists no terms",
                    "warning",
                )
            )
    return problems
