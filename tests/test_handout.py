"""The handout: self-contained HTML with every selected proposal and quote, nothing fetched."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from positions.handout import handout_html
from positions.queries import Filters, filter_positions


class Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self.fetching: list[tuple[str, str]] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            self.scripts += 1
        for name in ("src", "href", "data", "poster"):
            value = attributes.get(name) or ""
            if tag in ("script", "link", "img", "iframe", "object", "video", "audio", "source") and value:
                self.fetching.append((tag, value))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Collector:
    collector = Collector()
    collector.feed(html)
    return collector


def test_every_selected_proposal_and_quote_is_there(shipped):
    shown = filter_positions(
        shipped.comparison, Filters(proposals=("neutral_status", "arms_control", "eurasian_forum"))
    )
    page = handout_html(shown, shipped.terms, shipped.proposals)
    text = " ".join(" ".join(parse(page).text).split())
    for name in shipped.proposals.set_index("proposal_id").loc[
        ["neutral_status", "arms_control", "eurasian_forum"], "name"
    ]:
        assert name in text
    for quote in shown["evidence"]:
        assert " ".join(quote.split()) in text
    assert "Cyber and information security" not in text.split("Who takes a position on what")[-1]


def test_each_quote_is_followed_by_its_citation(shipped):
    page = handout_html(shipped.comparison, shipped.terms, shipped.proposals)
    assert re.search(
        r"</blockquote>\s*<p class=\"cite\">Ivan Timofeev, untitled, Valdai Discussion Club, undated\.", page
    )


def test_nothing_is_fetched_from_the_network(shipped):
    page = handout_html(shipped.comparison, shipped.terms, shipped.proposals)
    collector = parse(page)
    assert collector.fetching == []  # no <script src>, <link href>, <img src>, ...
    assert collector.scripts >= 1  # plotly.js is inlined
    styles = "".join(re.findall(r"<style>(.*?)</style>", page, flags=re.S))
    assert "url(" not in styles and "@import" not in styles


def test_charts_download_as_png_and_svg_and_print_on_a4(shipped):
    page = handout_html(shipped.comparison, shipped.terms, shipped.proposals)
    assert "format: 'png'" in page and "format: 'svg'" in page
    assert "@page { size: A4" in page and "@media print" in page


def test_text_is_escaped(shipped):
    comparison = shipped.comparison.copy()
    comparison.loc[0, "summary"] = "<script>alert(1)</script>"
    page = handout_html(comparison, shipped.terms, shipped.proposals)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_empty_selection(shipped):
    page = handout_html(shipped.comparison.iloc[0:0], shipped.terms, shipped.proposals)
    assert "No position matches this selection." in unescape(page)
