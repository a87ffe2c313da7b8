"""Full-text search over the documents' texts with SQLite FTS5 (Python's sqlite3 carries it).

The index is built once per version of a dataset and kept beside its columnar
cache (in memory when the cache is off).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Mapping
from pathlib import Path

import numpy as np

from positions import cache
from positions.dataset import SHIPPED_DATA, Dataset
from positions.queries import SEARCHED_COLUMNS

_WORD = re.compile(r"\w+", re.UNICODE)


def _position_texts(dataset: Dataset) -> dict[str, str]:
    frame = dataset.comparison
    body = frame[list(SEARCHED_COLUMNS)].astype(str).agg("\n".join, axis=1)
    return dict(zip(frame["position_id"], body, strict=True))


def _pairs(texts: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    """(key, text) pairs; the cache's texts are streamed rather than read one query at a time."""
    return texts.pairs() if isinstance(texts, cache.TextStore) else iter(texts.items())


def fts_query(text: str) -> str:
    """Every word must begin a word of the text (quoted, so FTS5 syntax in the input is inert)."""
    return " AND ".join(f'"{word}"*' for word in _WORD.findall(text))


class TextIndex:
    """Which documents (or positions) hold given words: an FTS5 table of (key, text)."""

    def __init__(self, connection: sqlite3.Connection):
        self._connection = connection

    @classmethod
    def build(cls, texts: Mapping[str, str], path: Path | None = None) -> TextIndex:
        target = str(path) if path else ":memory:"
        staging = f"{path}.tmp" if path else target
        if path:
            Path(staging).unlink(missing_ok=True)
        connection = sqlite3.connect(staging, check_same_thread=False)
        connection.execute("CREATE VIRTUAL TABLE texts USING fts5(document_id UNINDEXED, text, tokenize='unicode61')")
        # rowid = 1 + the entry's place in `texts`: `rows` answers with row numbers, no id lookups.
        connection.executemany(
            "INSERT INTO texts (rowid, document_id, text) VALUES (?, ?, ?)",
            ((number, key, text) for number, (key, text) in enumerate(_pairs(texts), start=1)),
        )
        connection.commit()
        if path:
            connection.close()
            Path(staging).replace(path)  # atomic: a half-built index is never opened
            connection = sqlite3.connect(target, check_same_thread=False)
        return cls(connection)

    @classmethod
    def for_dataset(cls, source: str | Path | None, dataset: Dataset, what: str = "texts") -> TextIndex:
        """The index of this version of the dataset, built on first use.

        `what="texts"`: the documents' full texts, by document id; `what="positions"`:
        each position's coded fields (the free-text filter's columns), by position id.
        """
        folder = cache.entry(Path(source) if source else SHIPPED_DATA)
        entries = dataset.texts if what == "texts" else _position_texts(dataset)
        if folder is None:
            return cls.build(entries)
        path = folder / f"{what}.fts5.sqlite"
        if path.is_file():
            return cls(sqlite3.connect(str(path), check_same_thread=False))
        return cls.build(entries, path)

    def search(self, text: str, limit: int | None = None) -> list[str]:
        """Ids of the documents whose text holds every word of `text`, best matches first."""
        query = fts_query(text)
        if not query:
            return []
        sql = "SELECT document_id FROM texts WHERE texts MATCH ? ORDER BY rank"
        parameters: tuple = (query,)
        if limit:
            sql += " LIMIT ?"
            parameters = (query, limit)
        return [row[0] for row in self._connection.execute(sql, parameters)]

    def rows(self, text: str) -> np.ndarray:
        """The places (from 0, in the order the index was built) of the entries holding every word of `text`.

        For the positions' index: row numbers of the comparison table it was built from. At a
        million positions this is 30 ms where matching ids and looking them up takes 700 ms.
        """
        query = fts_query(text)
        if not query:
            return np.zeros(0, dtype=np.int64)
        cursor = self._connection.execute("SELECT rowid - 1 FROM texts WHERE texts MATCH ?", (query,))
        return np.fromiter((row[0] for row in cursor), dtype=np.int64)

    def count(self, text: str) -> int:
        """How many documents hold every word of `text` (no ranking: fast even when most match)."""
        query = fts_query(text)
        if not query:
            return 0
        return self._connection.execute("SELECT count(*) FROM texts WHERE texts MATCH ?", (query,)).fetchone()[0]
