"""A columnar cache (Arrow IPC, "Feather", LZ4) of validated datasets, so a large corpus starts fast.

The cache of a dataset is keyed on its path and on a signature of its files
(table files' sizes and modification times, and the texts folder's); any
change to them makes a new key, so a stale cache is never read. Set
`POSITIONS_CACHE` to choose the folder (default `~/.cache/positions`), or to
`off` to disable it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd

from positions.problems import Problem

CACHE_ENV = "POSITIONS_CACHE"
FORMAT_VERSION = "4"  # bump when what is cached changes shape
TABLE_NAMES = ("proposals", "documents", "positions", "terms", "comparison")
TEXTS_FILE = "texts.sqlite"
# Arrow IPC with LZ4 reads twice as fast as Parquet (0.8 s against 1.6 s for a million positions).
TABLE_SUFFIX = ".arrow"


def cache_root() -> Path | None:
    setting = os.environ.get(CACHE_ENV, "")
    if setting.lower() in ("off", "0", "no", "false"):
        return None
    return Path(setting) if setting else Path.home() / ".cache" / "positions"


def _stat(path: Path) -> tuple[str, int, int]:
    info = path.stat()
    return (path.name, info.st_mtime_ns, info.st_size)


def signature(source: Path) -> tuple:
    """Changes whenever the dataset's files change.

    For a folder: its table files, and the texts folder's own modification time
    (adding, removing or atomically replacing a text changes it). The folder is
    not listed: at 100,000 texts a listing takes 80 ms, and this runs every second.
    """
    if not source.exists():
        return (str(source), "missing")
    if source.is_file():
        parts: list[tuple] = [_stat(source)]
        texts = source.parent / "texts"
    else:
        parts = [_stat(p) for p in sorted(source.iterdir()) if p.is_file() and not p.name.startswith(".")]
        texts = source / "texts"
    if texts.is_dir():
        parts.append(("texts", texts.stat().st_mtime_ns))
    return tuple(parts)


def _key(source: Path, source_signature: tuple) -> str:
    raw = json.dumps([FORMAT_VERSION, str(source.resolve()), source_signature], default=str)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:24]


def entry(source: Path) -> Path | None:
    """The cache folder of the current version of a dataset (made if missing), or None when caching is off."""
    root = cache_root()
    if root is None:
        return None
    folder = root / f"{_key(source, signature(source))}-extra"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


def load(source: Path, source_signature: tuple) -> dict | None:
    """The cached tables, texts and warnings of this version of the dataset, or None."""
    root = cache_root()
    if root is None:
        return None
    folder = root / _key(source, source_signature)
    if not (folder / "done").is_file():
        return None
    try:
        tables = {name: pd.read_feather(folder / f"{name}{TABLE_SUFFIX}") for name in TABLE_NAMES}
        texts = TextStore(folder / TEXTS_FILE)
        warnings = [Problem(**p) for p in json.loads((folder / "warnings.json").read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError, sqlite3.Error):
        return None  # a damaged cache is ignored; the dataset is validated again
    return {"tables": tables, "texts": texts, "warnings": warnings}


class TextStore(Mapping[str, str]):
    """The documents' texts by id, read from the cache's SQLite file when asked for.

    At 100,000 documents the texts weigh 400 MB; a page shows one at a time.
    """

    def __init__(self, path: Path):
        self._path = path
        self._connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()  # Streamlit serves sessions from several threads
        self._length = self._one("SELECT count(*) FROM texts")[0]

    def _one(self, sql: str, parameters: tuple = ()) -> tuple | None:
        with self._lock:
            return self._connection.execute(sql, parameters).fetchone()

    def __getitem__(self, document_id: str) -> str:
        row = self._one("SELECT text FROM texts WHERE document_id = ?", (document_id,))
        if row is None:
            raise KeyError(document_id)
        return row[0]

    def __iter__(self) -> Iterator[str]:
        with self._lock:
            ids = [row[0] for row in self._connection.execute("SELECT document_id FROM texts ORDER BY rowid")]
        return iter(ids)

    def __len__(self) -> int:
        return self._length

    def pairs(self) -> Iterator[tuple[str, str]]:
        """Every (document id, text), streamed from its own connection (for building an index)."""
        connection = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True)
        try:
            yield from connection.execute("SELECT document_id, text FROM texts ORDER BY rowid")
        finally:
            connection.close()

    def __contains__(self, document_id: object) -> bool:
        return (
            isinstance(document_id, str)
            and self._one("SELECT 1 FROM texts WHERE document_id = ?", (document_id,)) is not None
        )


def _write_texts(path: Path, texts: Mapping[str, str]) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE texts (document_id TEXT PRIMARY KEY, text TEXT NOT NULL)")
        connection.executemany("INSERT INTO texts VALUES (?, ?)", texts.items())
        connection.commit()
    finally:
        connection.close()


def save(
    source: Path,
    source_signature: tuple,
    tables: dict[str, pd.DataFrame],
    texts: Mapping[str, str],
    warnings: list[Problem],
) -> None:
    """Store a validated dataset; written to a temporary folder, then renamed into place."""
    root = cache_root()
    if root is None:
        return
    try:
        root.mkdir(parents=True, exist_ok=True)
        target = root / _key(source, source_signature)
        if (target / "done").is_file():
            return
        staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=root))
        for name in TABLE_NAMES:
            tables[name].reset_index(drop=True).to_feather(staging / f"{name}{TABLE_SUFFIX}", compression="lz4")
        _write_texts(staging / TEXTS_FILE, texts)
        (staging / "warnings.json").write_text(json.dumps([p.__dict__ for p in warnings]), encoding="utf-8")
        (staging / "done").write_text("", encoding="utf-8")
        try:
            staging.rename(target)
        except OSError:  # another process cached the same version first
            shutil.rmtree(staging, ignore_errors=True)
    except (OSError, sqlite3.Error):
        pass  # the cache is an optimisation: a read-only home must not stop the app
