"""Exports of any table as CSV, XLSX or JSON, safe to open in a spreadsheet.

Every text cell is passed through `formula_guard.neutralise_cell` first, so a
cell that begins with `= + - @`, a tab or a carriage return gets a leading
apostrophe and is shown as text, never run as a formula. JSON is guarded the
same way, so a JSON file turned into a spreadsheet stays safe.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import pandas as pd

from positions.formula_guard import neutralise_frame

FORMATS = ("csv", "xlsx", "json")
MEDIA_TYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}


def _cells(frame: pd.DataFrame) -> pd.DataFrame:
    """Plain Python cells: missing values become empty strings."""
    return frame.astype(object).where(frame.notna(), "")


def to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """UTF-8 with a byte-order mark, which Excel needs to read accents and curly quotes."""
    return neutralise_frame(_cells(frame)).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def to_xlsx_bytes(frame: pd.DataFrame, sheet_name: str = "positions") -> bytes:
    buffer = io.BytesIO()
    guarded = neutralise_frame(_cells(frame))
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        guarded.to_excel(writer, index=False, sheet_name=sheet_name[:31])
        # No guarded cell starts with "=", so openpyxl stores none as a formula.
        writer.sheets[sheet_name[:31]].freeze_panes = "A2"
    return buffer.getvalue()


def to_json_bytes(frame: pd.DataFrame) -> bytes:
    records = neutralise_frame(_cells(frame)).to_dict(orient="records")
    return json.dumps(records, ensure_ascii=False, indent=2, default=str).encode("utf-8")


def export_bytes(frame: pd.DataFrame, fmt: str, sheet_name: str = "positions") -> bytes:
    """The frame in one of `FORMATS`."""
    if fmt == "csv":
        return to_csv_bytes(frame)
    if fmt == "xlsx":
        return to_xlsx_bytes(frame, sheet_name)
    if fmt == "json":
        return to_json_bytes(frame)
    raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place."""
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
