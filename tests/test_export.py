"""CSV, XLSX and JSON exports: readable by spreadsheets, accents intact, injection-safe."""

from __future__ import annotations

import io
import json

import openpyxl
import pandas as pd
import pytest

import positions
from positions.export import export_bytes, write_atomic

HOSTILE = pd.DataFrame(
    {
        "text": ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tTAB", "\rCR", "safe", "Ukraine’s “neutral” status – é"],
        "number": [1, 2, 3, 4, 5, 6, 7, 8],
    }
)


def test_csv_has_bom_and_keeps_accents_and_curly_quotes():
    data = export_bytes(HOSTILE, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Ukraine’s “neutral” status – é" in data.decode("utf-8-sig")


def test_csv_cells_are_neutralised():
    frame = pd.read_csv(
        io.BytesIO(export_bytes(HOSTILE, "csv")), dtype=str, encoding="utf-8-sig", keep_default_na=False
    )
    assert list(frame["text"][:6]) == ["'=1+1", "'+SUM(A1)", "'-2", "'@cmd", "'\tTAB", "'\rCR"]
    assert frame["text"][6] == "safe"


def test_xlsx_holds_no_formula_and_no_leading_trigger():
    workbook = openpyxl.load_workbook(io.BytesIO(export_bytes(HOSTILE, "xlsx")))
    sheet = workbook.active
    for (cell,) in sheet.iter_rows(min_row=2, max_col=1):
        assert cell.data_type != "f"
        assert not str(cell.value).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_json_is_neutralised_and_utf8():
    records = json.loads(export_bytes(HOSTILE, "json").decode("utf-8"))
    assert records[0]["text"] == "'=1+1" and records[7]["text"].endswith("é")
    assert records[0]["number"] == 1


def test_unknown_format():
    with pytest.raises(ValueError):
        export_bytes(HOSTILE, "pdf")


def test_shipped_comparison_exports_in_every_format(shipped):
    table = shipped.comparison[positions.FLAT_COLUMN_NAMES]
    for fmt in positions.FORMATS:
        assert export_bytes(table, fmt)


def test_write_atomic_replaces_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_write_atomic_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "out.csv"
    target.write_text("old")

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
