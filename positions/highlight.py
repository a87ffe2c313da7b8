"""A document's text as HTML with its evidence passages marked.

Every piece of the text is escaped with `html.escape`: the result is safe to
render even when the text holds markup.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class Passage:
    """A span of text to mark, and where it links."""

    start: int
    end: int
    anchor: str  # the mark's own id, so a position can link to it
    link: str  # the id the mark links to (the position it supports)
    label: str  # shown on hover
    stance: str


def _segments(length: int, passages: list[Passage]) -> list[tuple[int, int, list[Passage]]]:
    """Cut [0, length) at every passage boundary; each piece lists the passages covering it."""
    cuts = sorted({0, length, *(p.start for p in passages), *(p.end for p in passages)})
    pieces = []
    for start, end in pairwise(cuts):
        covering = [p for p in passages if p.start <= start and end <= p.end]
        pieces.append((start, end, covering))
    return pieces


def highlighted_html(text: str, passages: list[Passage]) -> str:
    """Paragraphs of escaped text, evidence wrapped in <mark> elements linking to positions."""
    valid = [p for p in passages if 0 <= p.start < p.end <= len(text)]
    started: set[str] = set()
    out: list[str] = []
    for start, end, covering in _segments(len(text), valid):
        chunk = html.escape(text[start:end]).replace("\n\n", "</p><p>").replace("\n", "<br>")
        if not covering:
            out.append(chunk)
            continue
        first = covering[0]
        anchor = "" if first.anchor in started else f' id="{html.escape(first.anchor)}"'
        started.add(first.anchor)
        stance = html.escape(first.stance)
        title = html.escape("; ".join(p.label for p in covering))
        out.append(
            f'<a href="#{html.escape(first.link)}" class="evidence-link">'
            f'<mark{anchor} class="evidence {stance}" title="{title}">{chunk}</mark></a>'
        )
    return "<p>" + "".join(out) + "</p>"
