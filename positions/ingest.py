"""Reading a new document: its main text and whatever metadata the file itself gives.

Formats: .txt, .md, .html (main text extracted with trafilatura, dropping
navigation, ratings, polls and related links), .pdf (the text layer; a scanned
PDF without one is refused with a clear message), .docx. Metadata found in the
file pre-fills the form; the user confirms it.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from positions.reading import MAX_TEXT_BYTES, decode_utf8

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
MIN_WORDS = 5  # fewer extracted words than this: no main text (a scan, or a page of navigation only)


class ImportProblem(Exception):
    """A file that cannot be imported, explained in plain words."""


@dataclass
class ImportedDocument:
    text: str
    title: str = ""
    author: str = ""
    date: str = ""
    publisher: str = ""
    source: str = ""
    language: str = ""
    found: list[str] = field(default_factory=list)  # metadata fields the file itself gave


def _clean_text(text: str) -> str:
    """Normalise line ends and blank runs; the words stay as they are."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip()
    return re.sub(r"\n{3,}", "\n\n", text) + "\n"


def _iso_date(value: object) -> str:
    """YYYY-MM-DD (or shorter) from what a file's metadata holds, else ""."""
    text = str(value or "").strip()
    match = re.match(r"^(?:D:)?(\d{4})(?:-?(\d{2}))?(?:-?(\d{2}))?", text)
    if not match:
        return ""
    return "-".join(part for part in match.groups() if part)


def _plain(data: bytes, name: str, markdown: bool) -> ImportedDocument:
    text, problem = decode_utf8(data, name)
    if text is None:
        raise ImportProblem(str(problem))
    document = ImportedDocument(_clean_text(text))
    first = next((line.strip() for line in document.text.split("\n") if line.strip()), "")
    heading = re.match(r"^#\s+(.+)$", first) if markdown else None
    if heading:
        document.title = heading.group(1).strip()
        document.found.append("title")
    elif first and len(first) <= 150 and not first.endswith((".", ",", ";", ":")):
        document.title = first  # a short first line that is not a sentence reads as a title
        document.found.append("title")
    return document


def _html(data: bytes, name: str) -> ImportedDocument:
    import trafilatura

    text, problem = decode_utf8(data, name)
    if text is None:
        raise ImportProblem(str(problem))
    extracted = trafilatura.bare_extraction(
        text, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or len(body.split()) < MIN_WORDS:
        raise ImportProblem(f"{name}: no main text could be found in this HTML page")
    document = ImportedDocument(_clean_text(body))
    for target, attribute in (("title", "title"), ("author", "author"), ("publisher", "sitename"), ("source", "url")):
        value = getattr(extracted, attribute, None)
        if value:
            setattr(document, target, str(value).strip())
            document.found.append(target)
    date = _iso_date(getattr(extracted, "date", None))
    if date:
        document.date = date
        document.found.append("date")
    language = getattr(extracted, "language", None)
    if language:
        document.language = str(language)
        document.found.append("language")
    return document


def _pdf(data: bytes, name: str) -> ImportedDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as err:
        raise ImportProblem(f"{name}: this PDF cannot be read ({err})") from err
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if len(text.split()) < MIN_WORDS:
        raise ImportProblem(
            f"{name}: this PDF has no text layer (it looks scanned). Run it through OCR first, "
            "or paste its text on the Add document page."
        )
    document = ImportedDocument(_clean_text(text))
    info = reader.metadata or {}
    for target, key in (("title", "/Title"), ("author", "/Author")):
        value = str(info.get(key) or "").strip()
        if value:
            setattr(document, target, value)
            document.found.append(target)
    date = _iso_date(info.get("/CreationDate"))
    if date:
        document.date = date
        document.found.append("date")
    return document


def _docx(data: bytes, name: str) -> ImportedDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        word = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, ValueError, KeyError, OSError, zipfile.BadZipFile) as err:
        raise ImportProblem(f"{name}: this is not a readable .docx file") from err
    text = "\n\n".join(p.text.strip() for p in word.paragraphs if p.text.strip())
    if not text:
        raise ImportProblem(f"{name}: this Word file holds no text")
    document = ImportedDocument(_clean_text(text))
    properties = word.core_properties
    for target, value in (("title", properties.title), ("author", properties.author)):
        if value and str(value).strip():
            setattr(document, target, str(value).strip())
            document.found.append(target)
    if properties.created:
        document.date = properties.created.date().isoformat()
        document.found.append("date")
    return document


def read_document(data: bytes, name: str) -> ImportedDocument:
    """The text and metadata of a file, by its extension; `ImportProblem` if it cannot be read."""
    suffix = Path(name).suffix.lower()
    if len(data) > MAX_TEXT_BYTES:
        raise ImportProblem(
            f"{name}: the file is too large ({len(data) / 1e6:,.0f} MB; the limit is {MAX_TEXT_BYTES / 1e6:,.0f} MB)"
        )
    if not data.strip():
        raise ImportProblem(f"{name}: the file is empty")
    if suffix in (".txt", ".md"):
        if b"\x00" in data[:8192]:
            raise ImportProblem(f"{name}: this is not a text file (it holds binary data)")
        return _plain(data, name, markdown=suffix == ".md")
    if suffix in (".html", ".htm"):
        return _html(data, name)
    if suffix == ".pdf":
        return _pdf(data, name)
    if suffix == ".docx":
        return _docx(data, name)
    raise ImportProblem(f"{name}: cannot import '{suffix or 'no extension'}' files; use one of {', '.join(SUFFIXES)}")


def read_document_file(path: str | Path) -> ImportedDocument:
    path = Path(path)
    if not path.is_file():
        raise ImportProblem(f"{path}: no such file")
    return read_document(path.read_bytes(), path.name)
