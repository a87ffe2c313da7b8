"""Importing new documents: text and metadata from .txt, .md, .html, .pdf and .docx."""

from __future__ import annotations

import io

import pytest

from positions.ingest import ImportProblem, read_document

HTML = b"""<!DOCTYPE html><html lang="en"><head><title>Neutrality revisited | The Review</title>
<meta name="author" content="Jane Doe"><meta property="og:site_name" content="The Review">
<meta name="date" content="2025-02-14"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/about">About us</a></nav>
<div class="rating">Rate this article (votes: 8, rating: 4.75)</div>
<article><h1>Neutrality revisited</h1>
<p>A neutral Moldova, guaranteed by its neighbours, would be the best way to keep the war from spreading west.
The guarantee must be written into a treaty that parliaments ratify, not left to declarations.</p>
<p>Critics call neutrality naive, but the alternative is an open-ended wait for membership that may never come.
The government should therefore open talks on a neutrality statute this year.</p>
</article>
<aside><h3>Related articles</h3><ul><li><a href="/a">Electricity prices in Europe</a></li></ul></aside>
<div class="poll">Poll conducted: What are the US long-term goals?</div>
<footer>Copyright The Review</footer></body></html>"""


def test_plain_text_keeps_words_and_reads_a_title_line():
    document = read_document(b"Helsinki 2.0\n\nEurope needs a new Helsinki.\r\nNow.\n", "note.txt")
    assert document.title == "Helsinki 2.0" and "title" in document.found
    assert "Europe needs a new Helsinki.\nNow." in document.text


def test_markdown_heading_is_the_title():
    document = read_document(b"# Why neutrality fails\n\nIt fails.\n", "essay.md")
    assert document.title == "Why neutrality fails"


def test_a_first_sentence_is_not_taken_for_a_title():
    assert read_document(b"Europe needs a new Helsinki conference.\n", "a.txt").title == ""


def test_html_main_text_without_page_chrome_and_with_metadata():
    document = read_document(HTML, "page.html")
    assert "A neutral Moldova, guaranteed by its neighbours" in document.text
    for chrome in ("Rate this article", "Related articles", "Poll conducted", "About us", "Copyright"):
        assert chrome not in document.text
    assert document.author == "Jane Doe" and document.date == "2025-02-14"
    assert "Neutrality revisited" in document.title


def make_pdf(text: str | None) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.setTitle("A PDF on arms control")
    pdf.setAuthor("John Smith")
    if text:
        pdf.drawString(72, 720, text)
    else:
        pdf.rect(72, 600, 200, 100, fill=1)  # a "scan": drawing, no text
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_pdf_text_layer_and_info():
    document = read_document(make_pdf("Both sides should restore the Vienna Document notifications."), "paper.pdf")
    assert "restore the Vienna Document notifications" in document.text
    assert document.title == "A PDF on arms control" and document.author == "John Smith"


def test_scanned_pdf_gets_a_clear_message():
    with pytest.raises(ImportProblem, match="no text layer"):
        read_document(make_pdf(None), "scan.pdf")


def test_docx_paragraphs_and_core_properties():
    import docx

    word = docx.Document()
    word.core_properties.title = "Memo on the NATO-Russia Council"
    word.core_properties.author = "Policy Unit"
    word.add_paragraph("The Council should meet again at expert level.")
    word.add_paragraph("Its agenda must include incidents at sea.")
    buffer = io.BytesIO()
    word.save(buffer)
    document = read_document(buffer.getvalue(), "memo.docx")
    assert (
        document.text == "The Council should meet again at expert level.\n\nIts agenda must include incidents at sea.\n"
    )
    assert document.title == "Memo on the NATO-Russia Council" and document.author == "Policy Unit"


@pytest.mark.parametrize(
    "data,name,message",
    [
        (b"", "empty.txt", "empty"),
        (b"\x00\x01\x02binary", "x.txt", "binary"),
        ("Café".encode("cp1252"), "latin.txt", "not UTF-8"),
        (b"PK\x03\x04not a word file", "broken.docx", "not a readable .docx"),
        (b"%PDF-1.4 garbage", "broken.pdf", "cannot be read"),
        (b"hello", "slides.pptx", "cannot import '.pptx'"),
        (b"<html><body><nav>Home</nav></body></html>", "empty.html", "no main text"),
    ],
)
def test_bad_files_get_plain_messages(data, name, message):
    with pytest.raises(ImportProblem, match=message):
        read_document(data, name)
