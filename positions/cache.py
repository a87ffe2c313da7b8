"""A columnar (Parquet) cache of validated datasets, so a large corpus starts fast.

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
import tempfile
from pathlib import Path

import pandas as pd

from positions.problems import Problem

CACHE_ENV = "POSITIONS_CACHE"
FORMAT_VERSION = "2"  # bump when what is cached changes shape
TABLE_NAMES = ("proposals", "documents", "positions", "terms", "comparison")


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
        tables = {name: pd.read_parquet(folder / f"{name}.parquet") for name in TABLE_NAMES}
        texts_frame = pd.read_parquet(folder / "texts.parquet")
        warnings = [Problem(**p) for p in json.loads((folder / "warnings.json").read_text(encoding="utf-8"))]
    except (OSError, ValueError, KeyError, TypeError):
        return None  # a damaged cache is ignored; the dataset is validated again
    texts = dict(zip(texts_frame["document_id"], texts_frame["text"], strict=True))
    return {"tables": tables, "texts": texts, "warnings": warnings}


def save(
    source: Path,
    source_signature: tuple,
    tables: dict[str, pd.DataFrame],
    texts: dict[str, str],
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
            tables[name].to_parquet(staging / f"{name}.parquet", index=False)
        pd.DataFrame({"document_id": list(texts), "text": list(texts.values())}).to_parquet(
            staging / "texts.parquet", index=False
        )
        (staging / "warnings.json").write_text(json.dumps([p.__dict__ for p in warnings]), encoding="utf-8")
        (staging / "done").write_text("", encoding="utf-8")
        try:
            staging.rename(target)
        except OSError:  # another process cached the same version first
            shutil.rmtree(staging, ignore_errors=True)
    except OSError:
        pass  # the cache is an optimisation: a read-only home must not stop the app
