"""Finding verbatim quotes in document texts.

A quote is verbatim when its words appear in the text in the same order with
the same characters. Runs of whitespace may differ (a quote copied from a
wrapped PDF line still counts), and `[...]` marks a gap between parts of a
quote that are not adjacent in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from positions.schema import QUOTE_GAP

_GAP_MARKERS = re.compile(r"\s*\[(?:\.\.\.|…)\]\s*")


@lru_cache(maxsize=65536)
def _quote_pattern(quote: str) -> re.Pattern[str] | None:
    parts = [p for p in _GAP_MARKERS.split(quote.strip()) if p.strip()]
    if not parts:
        return None
    part_patterns = [r"\s+".join(re.escape(word) for word in part.split()) for part in parts]
    return re.compile(r"[\s\S]*?".join(part_patterns))


def locate_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Return the (start, end) character offsets of `quote` in `text`, or None.

    The first occurrence wins.
    """
    exact = quote.strip()
    if exact and "[" not in exact:  # the common case: a plain substring, no regex needed
        start = text.find(exact)
        if start >= 0:
            return start, start + len(exact)
    pattern = _quote_pattern(quote)
    if pattern is None:
        return None
    match = pattern.search(text)
    return (match.start(), match.end()) if match else None


def quote_parts(quote: str) -> list[str]:
    """The parts of a quote separated by `[...]` gap markers."""
    return [p.strip() for p in _GAP_MARKERS.split(quote) if p.strip()]


__all__ = ["QUOTE_GAP", "locate_quote", "quote_parts"]
