"""Adding documents and positions to a dataset folder, safely.

Every change takes the folder's lock, re-reads the tables (another process or
browser tab may have written since), checks the new rows, and writes each file
atomically. When a later file fails to write, the earlier ones are restored,
so nothing already in the dataset is changed or lost.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from filelock import FileLock, Timeout

from positions.evidence import locate_quote
from positions.export import write_atomic
from positions.schema import DOCUMENTS, POSITIONS, STANCES, TERM_KINDS, TERMS, Table
from positions.validation import is_iso_date

LOCK_FILE = ".positions.lock"
LOCK_TIMEOUT = 30  # seconds


class WriteProblem(Exception):
    """A change that was refused; nothing was written."""


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the dataset folder's lock (one writer at a time, across processes)."""
    try:
        with FileLock(str(folder / LOCK_FILE), timeout=LOCK_TIMEOUT):
            yield
    except Timeout as err:
        raise WriteProblem(f"the dataset in {folder} is busy (another change is being written); try again") from err


def _table_path(folder: Path, table: Table) -> Path:
    path = folder / f"{table.name}.csv"
    if not path.is_file():
        raise WriteProblem(f"{folder} is not a dataset folder of CSV tables (no {table.name}.csv)")
    return path


def _read(folder: Path, table: Table) -> pd.DataFrame:
    return pd.read_csv(_table_path(folder, table), dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    return buffer.getvalue().encode("utf-8")


def _append(existing: pd.DataFrame, rows: list[dict], table: Table) -> pd.DataFrame:
    columns = list(existing.columns) + [c for c in table.input_columns if c not in existing.columns]
    added = pd.DataFrame(rows).reindex(columns=columns).fillna("")
    return pd.concat([existing.reindex(columns=columns).fillna(""), added], ignore_index=True)


def _write_all(changes: list[tuple[Path, bytes]]) -> None:
    """Write files in order; if one fails, put back those already written."""
    done: list[tuple[Path, bytes | None]] = []
    try:
        for path, data in changes:
            previous = path.read_bytes() if path.exists() else None
            write_atomic(path, data)
            done.append((path, previous))
    except BaseException:
        for path, previous in reversed(done):
            if previous is None:
                path.unlink(missing_ok=True)
            else:
                write_atomic(path, previous)
        raise


def fingerprint(text: str) -> str:
    """Identifies a text regardless of whitespace and case (to refuse the same text twice)."""
    words = unicodedata.normalize("NFKC", text).casefold().split()
    return hashlib.sha256(" ".join(words).encode("utf-8")).hexdigest()


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    return "_".join(words[:6])


def new_document_id(title: str, author: str, date: str, taken: set[str]) -> str:
    base = _slug(" ".join(filter(None, [author.split(",")[0].split()[-1] if author else "", title]))) or "document"
    base = f"{base}_{date[:4]}" if date else base
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}_{number}", number + 1
    return candidate


def add_document(folder: str | Path, text: str, metadata: dict[str, str]) -> str:
    """Store a new document (its text and its documents row); return its id.

    Refuses a text already in the dataset, naming the document that holds it.
    """
    folder = Path(folder)
    if not text.strip():
        raise WriteProblem("the document has no text")
    date = metadata.get("date", "").strip()
    if date and not is_iso_date(date):
        raise WriteProblem(f"'{date}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    with locked(folder):
        documents = _read(folder, DOCUMENTS)
        new_print = fingerprint(text)
        for document_id in documents.get("document_id", []):
            path = folder / "texts" / f"{document_id}.txt"
            if path.is_file() and fingerprint(path.read_text(encoding="utf-8")) == new_print:
                raise WriteProblem(f"this text is already in the dataset as document '{document_id}'")
        taken = set(documents.get("document_id", []))
        document_id = metadata.get("document_id") or new_document_id(
            metadata.get("title", ""), metadata.get("author", ""), date, taken
        )
        if document_id in taken:
            raise WriteProblem(f"the id '{document_id}' is already used by another document")
        row = {c: str(metadata.get(c, "")).strip() for c in DOCUMENTS.input_columns}
        row["document_id"] = document_id
        (folder / "texts").mkdir(exist_ok=True)
        _write_all(
            [
                (folder / "texts" / f"{document_id}.txt", text.encode("utf-8")),
                (_table_path(folder, DOCUMENTS), _csv_bytes(_append(documents, [row], DOCUMENTS))),
            ]
        )
    return document_id


def _next_ids(existing: pd.Series, count: int) -> list[str]:
    """Position ids after the highest `p<number>` already used."""
    numbers = existing.astype(str).str.extract(r"^p(\d+)$", expand=False).dropna().astype(int)
    start = int(numbers.max()) + 1 if len(numbers) else 1
    width = max(2, len(str(start + count)))
    return [f"p{n:0{width}d}" for n in range(start, start + count)]


def add_positions(folder: str | Path, positions: list[dict], coder: str) -> list[str]:
    """Append reviewed positions (each with a `terms` list of {term_kind, term, evidence}); return their ids.

    Every quote must be verbatim in the document's text; nothing is written otherwise.
    """
    folder = Path(folder)
    if not coder.strip():
        raise WriteProblem("say who coded these positions (the coder's name)")
    with locked(folder):
        stored_positions = _read(folder, POSITIONS)
        stored_terms = _read(folder, TERMS)
        documents = set(_read(folder, DOCUMENTS)["document_id"])
        ids = _next_ids(stored_positions["position_id"], len(positions))
        now = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
        position_rows, term_rows = [], []
        for position_id, position in zip(ids, positions, strict=True):
            _check_position(folder, position, documents)
            position_rows.append(
                {
                    **{c: str(position.get(c, "")) for c in POSITIONS.input_columns},
                    "position_id": position_id,
                    "coder": coder.strip(),
                    "coded_at": now,
                }
            )
            for term in position.get("terms", []):
                term_rows.append(
                    {"position_id": position_id, **{c: str(term.get(c, "")) for c in ("term_kind", "term", "evidence")}}
                )
        _write_all(
            [
                (_table_path(folder, POSITIONS), _csv_bytes(_append(stored_positions, position_rows, POSITIONS))),
                (_table_path(folder, TERMS), _csv_bytes(_append(stored_terms, term_rows, TERMS))),
            ]
        )
    return ids


def _check_position(folder: Path, position: dict, documents: set[str]) -> None:
    document_id = position.get("document_id", "")
    if document_id not in documents:
        raise WriteProblem(f"unknown document '{document_id}'")
    if position.get("stance") not in STANCES:
        raise WriteProblem(f"unknown stance '{position.get('stance')}': use one of {', '.join(STANCES)}")
    if not str(position.get("actor", "")).strip():
        raise WriteProblem("every position needs an actor")
    text = (folder / "texts" / f"{document_id}.txt").read_text(encoding="utf-8")
    quotes = [("the evidence", position.get("evidence", ""))]
    for term in position.get("terms", []):
        if term.get("term_kind") not in TERM_KINDS or not str(term.get("term", "")).strip():
            raise WriteProblem(f"a term needs a kind ({', '.join(TERM_KINDS)}) and a few words: {term}")
        quotes.append((f"the quote of the term '{term.get('term')}'", term.get("evidence", "")))
    for what, quote in quotes:
        if not str(quote).strip() or locate_quote(text, str(quote)) is None:
            raise WriteProblem(f"{what} is not word for word in the text of '{document_id}': “{str(quote)[:80]}”")
