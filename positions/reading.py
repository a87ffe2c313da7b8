"""Reading a user's files into tables of text cells, with plain-word problems.

Nothing here raises on bad input: every reader returns what it could read and
the problems it met (wrong encoding, not a table, too large, ...).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from pathlib import Path

import pandas as pd

from positions.formula_guard import restore_frame
from positions.problems import Problem

MAX_TABLE_BYTES = 1024 * 1024 * 1024  # 1 GiB: a million positions fit well inside
MAX_TEXT_BYTES = 50 * 1024 * 1024
MAX_ZIP_MEMBERS = 200_000

TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx", ".xlsm")
_ZIP_MAGIC = b"PK\x03\x04"
_EXCEL_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T]00:00:00$")


def _too_large(path: Path, limit: int, label: str) -> Problem | None:
    size = path.stat().st_size
    if size > limit:
        return Problem(
            label,
            None,
            None,
            f"the file is too large ({size / 1e6:,.0f} MB; the limit is {limit / 1e6:,.0f} MB)",
        )
    return None


def decode_utf8(data: bytes, label: str) -> tuple[str | None, Problem | None]:
    """Decode UTF-8 (with or without a byte-order mark), or say why not."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        return None, _not_utf8(data, err.start, label)


def check_utf8(data: bytes, label: str, chunk: int = 1 << 20) -> Problem | None:
    """Whether `data` is UTF-8, checked a megabyte at a time (no decoded copy of the whole file is kept)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for start in range(0, len(data), chunk):
        try:
            decoder.decode(data[start : start + chunk], final=start + chunk >= len(data))
        except UnicodeDecodeError as err:
            return _not_utf8(data, start + err.start, label)
    return None


def _not_utf8(data: bytes, at: int, label: str) -> Problem:
    line = data[:at].count(b"\n") + 1
    guess = _guess_encoding(data)
    hint = f" It looks like {guess}." if guess else ""
    return Problem(
        label,
        line,
        None,
        f"the file is not UTF-8 text (byte {data[at]:#04x} at line {line} cannot be read).{hint} "
        "Save it again as UTF-8 (in Excel: 'CSV UTF-8'; in LibreOffice: character set 'Unicode (UTF-8)').",
    )


def _guess_encoding(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return best.encoding if best is not None else None


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def read_text_file(path: Path, label: str) -> tuple[str | None, Problem | None]:
    """Read a document text: UTF-8 only, bounded in size."""
    if not path.is_file():
        return None, Problem(label, None, None, "the text file is missing")
    if problem := _too_large(path, MAX_TEXT_BYTES, label):
        return None, problem
    data = path.read_bytes()
    if _looks_binary(data):
        return None, Problem(label, None, None, "this is not a plain-text file (it contains binary data)")
    text, problem = decode_utf8(data, label)
    if text is not None:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, problem


def _sniff_delimiter(first_line: str, suffix: str) -> str:
    if suffix == ".tsv" or ("\t" in first_line and "," not in first_line):
        return "\t"
    if ";" in first_line and "," not in first_line:
        return ";"  # spreadsheets in many European locales save CSV with semicolons
    return ","


DATE_COLUMNS = ("date", "coded_at")  # where a spreadsheet may have turned a date into a datetime


def _clean_frame(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.fillna("").astype(str)
    frame.columns = [str(c).strip() for c in frame.columns]
    for column in frame.columns:
        frame[column] = frame[column].str.strip()
        if column in DATE_COLUMNS:
            frame[column] = frame[column].str.replace(_EXCEL_DATETIME, r"\1", regex=True)
    return restore_frame(frame).reset_index(drop=True)


def read_csv_bytes(data: bytes, label: str, suffix: str = ".csv") -> tuple[pd.DataFrame | None, list[Problem]]:
    if not data.strip():
        return None, [Problem(label, None, None, "the file is empty")]
    if _looks_binary(data):
        return None, [Problem(label, None, None, "this is not a table: the file holds binary data, not CSV text")]
    problem = check_utf8(data, label)
    if problem is not None:
        return None, [problem]
    first_line = data[:65536].split(b"\n", 1)[0].decode("utf-8-sig", errors="replace")
    try:
        # The parser reads the bytes themselves: a decoded copy of a 200 MB file would cost 200 MB more.
        frame = pd.read_csv(
            io.BytesIO(data),
            encoding="utf-8-sig",
            sep=_sniff_delimiter(first_line, suffix),
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            skip_blank_lines=True,
            on_bad_lines="error",
        )
    except (pd.errors.ParserError, csv.Error, ValueError) as err:
        return None, [
            Problem(label, _parser_error_row(str(err)), None, f"this is not a readable CSV table ({_short(err)})")
        ]
    duplicate = _duplicate_header(list(frame.columns))
    if duplicate:
        return None, [Problem(label, 1, duplicate, "this column name appears more than once in the header")]
    return _clean_frame(frame), []


def _duplicate_header(columns: list[str]) -> str | None:
    # pandas renames a repeated header "x" to "x.1"
    for column in columns:
        base, _, number = str(column).rpartition(".")
        if number.isdigit() and base in columns:
            return base
    return None


def _parser_error_row(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _short(err: Exception) -> str:
    text = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
    return text[:200]


def read_workbook(path: Path, label: str) -> tuple[dict[str, pd.DataFrame] | None, list[Problem]]:
    """All sheets of an XLSX workbook, by sheet name."""
    try:
        sheets = pd.read_excel(path, sheet_name=None, dtype=str, keep_default_na=False, engine="openpyxl")
    except Exception as err:  # openpyxl raises many types for a damaged or foreign file
        return None, [Problem(label, None, None, f"this is not a readable XLSX workbook ({_short(err)})")]
    cleaned = {}
    for name, frame in sheets.items():
        duplicate = _duplicate_header([str(c) for c in frame.columns])
        if duplicate:
            return None, [
                Problem(f"{label} [{name}]", 1, duplicate, "this column name appears more than once in the header")
            ]
        cleaned[str(name)] = _clean_frame(frame)
    return cleaned, []


def read_table_file(path: Path, label: str) -> tuple[pd.DataFrame | None, list[Problem]]:
    """One table from a CSV/TSV file, or the first sheet of an XLSX workbook."""
    if not path.is_file():
        return None, [Problem(label, None, None, "the file does not exist")]
    if problem := _too_large(path, MAX_TABLE_BYTES, label):
        return None, [problem]
    with path.open("rb") as handle:
        head = handle.read(4)
    if head == _ZIP_MAGIC or path.suffix.lower() in (".xlsx", ".xlsm"):
        sheets, problems = read_workbook(path, label)
        if sheets is None:
            return None, problems
        return next(iter(sheets.values())), []
    return read_csv_bytes(path.read_bytes(), label, path.suffix.lower())


def is_zip(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == _ZIP_MAGIC


def extract_zip(path: Path, target: Path, label: str) -> list[Problem]:
    """Extract a zip of tables safely (bounded size, no paths outside target)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                return [Problem(label, None, None, f"the archive holds too many files ({len(members):,})")]
            total = sum(m.file_size for m in members)
            if total > MAX_TABLE_BYTES:
                return [Problem(label, None, None, f"the archive unpacks to {total / 1e6:,.0f} MB, over the limit")]
            root = target.resolve()
            for member in members:
                destination = (target / member.filename).resolve()
                if not destination.is_relative_to(root):
                    return [Problem(label, None, None, f"the archive entry '{member.filename}' points outside it")]
            archive.extractall(target)
    except (zipfile.BadZipFile, OSError) as err:
        return [Problem(label, None, None, f"this is not a readable zip archive ({_short(err)})")]
    return []
