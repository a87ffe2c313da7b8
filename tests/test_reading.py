"""Reading files of any shape: bad encodings, binaries, huge files, odd delimiters."""

from __future__ import annotations

import zipfile

import pytest

import positions
from positions import reading
from positions.dataset import SHIPPED_DATA


def only_problem(path):
    dataset, problems = positions.read_dataset(path)
    assert dataset is None
    assert problems
    return problems[0]


def test_non_utf8_table_names_row_and_encoding(flat_csv):
    text = flat_csv.read_text(encoding="utf-8-sig")
    flat_csv.write_bytes(text.encode("cp1252", errors="replace"))
    problem = only_problem(flat_csv)
    assert problem.file == "comparison.csv"
    assert "not UTF-8" in problem.message and "CSV UTF-8" in problem.message
    assert problem.row is not None and problem.row > 1


def test_binary_file_is_not_a_table(tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in only_problem(path).message


def test_damaged_workbook(tmp_path):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    assert "not a readable XLSX workbook" in only_problem(path).message


def test_prose_is_not_a_table(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Dear colleagues,\nplease find the positions attached.\n", encoding="utf-8")
    assert "does not look like the comparison table" in only_problem(path).message


def test_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    assert "empty" in only_problem(path).message


def test_file_too_large(flat_csv, monkeypatch):
    monkeypatch.setattr(reading, "MAX_TABLE_BYTES", 1000)
    problem = only_problem(flat_csv)
    assert "too large" in problem.message and problem.file == "comparison.csv"


def test_ragged_csv_names_the_line(tmp_path):
    path = tmp_path / "ragged.csv"
    path.write_text("proposal_id,document_id\na,b\nc,d,e,f\n", encoding="utf-8")
    problem = only_problem(path)
    assert "not a readable CSV" in problem.message and problem.row == 3


def test_repeated_header(tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text("proposal_id,stance,stance\na,advances,mentions\n", encoding="utf-8")
    problem = only_problem(path)
    assert problem.column == "stance" and "more than once" in problem.message


def test_semicolon_separated_csv_loads(flat_csv, tmp_path):
    frame = positions.load_dataset(flat_csv).comparison
    path = flat_csv.with_name("semicolons.csv")
    frame[positions.FLAT_COLUMN_NAMES].to_csv(path, sep=";", index=False)
    assert len(positions.load_dataset(path).positions) == len(frame)


def test_zip_of_a_dataset_folder(tmp_path):
    archive = tmp_path / "dataset.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in SHIPPED_DATA.rglob("*"):
            if path.is_file():
                zipped.write(path, f"mydata/{path.relative_to(SHIPPED_DATA)}")
    assert len(positions.load_dataset(archive).documents) == 5


def test_zip_that_escapes_its_folder_is_refused(tmp_path):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("../outside.csv", "x")
    assert "outside" in only_problem(archive).message


def test_missing_path():
    assert "no such file" in only_problem("/nonexistent/data.csv").message


@pytest.mark.parametrize("cell", ["2019-03-05 00:00:00", "2019-03-05T00:00:00"])
def test_spreadsheet_datetimes_become_dates(cell):
    frame, problems = reading.read_csv_bytes(f"date\n{cell}\n".encode(), "x.csv")
    assert not problems and frame.loc[0, "date"] == "2019-03-05"
