"""Evidence marking in document texts: correct spans, and never raw HTML from the text."""

from __future__ import annotations

from positions.highlight import Passage, highlighted_html


def passage(start, end, name="p1", stance="advances"):
    return Passage(start, end, anchor=f"ev-{name}", link=f"pos-{name}", label=f"label {name}", stance=stance)


def test_marks_the_span_and_links_to_its_position():
    html = highlighted_html("Before. The quote. After.", [passage(8, 18)])
    assert '<mark id="ev-p1" class="evidence advances" title="label p1">The quote.</mark>' in html
    assert '<a href="#pos-p1"' in html and html.startswith("<p>Before. ")


def test_text_markup_is_escaped():
    text = 'Intro <script>alert("x")</script> and <img src=x onerror=alert(1)> end'
    html = highlighted_html(text, [passage(6, 33)])
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and "&lt;img src=x onerror=alert(1)&gt;" in html


def test_labels_are_escaped_too():
    html = highlighted_html("abc", [Passage(0, 3, "ev-1", "pos-1", '"><b>bold</b>', "advances")])
    assert "<b>" not in html and "&quot;&gt;&lt;b&gt;" in html


def test_overlapping_passages_are_both_shown():
    html = highlighted_html("0123456789", [passage(0, 6, "a"), passage(4, 10, "b", "opposes")])
    assert html.count("<mark") == 3  # 0-4 (a), 4-6 (a and b), 6-10 (b)
    assert 'id="ev-a"' in html and 'id="ev-b"' in html and "label a; label b" in html


def test_paragraphs_and_invalid_spans():
    html = highlighted_html("one\n\ntwo", [passage(5, 99)])
    assert html == "<p>one</p><p>two</p>"
