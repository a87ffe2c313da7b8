"""The seminar files of a selection: the PPTX deck and the HTML handout, titled and described alike."""

from __future__ import annotations

import pandas as pd

from positions.dataset import Dataset
from positions.deck import deck_bytes
from positions.handout import handout_html
from positions.presentation import DEFAULT_TITLE, describe_filters
from positions.queries import Filters, document_labels

# kind -> (file suffix, media type)
SEMINAR_FILES = {
    "slides": ("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    "handout": ("html", "text/html"),
}


def seminar_file(
    kind: str, dataset: Dataset, shown: pd.DataFrame, filters: Filters, title: str = DEFAULT_TITLE
) -> bytes:
    """The deck (`kind="slides"`) or the handout (`kind="handout"`) of the positions `shown`."""
    proposal_names = dict(zip(dataset.proposals["proposal_id"], dataset.proposals["name"], strict=True))
    document_names = dict(zip(shown["document_id"], document_labels(shown), strict=True))
    described = describe_filters(filters, proposal_names, document_names)
    if kind == "slides":
        return deck_bytes(shown, dataset.terms, dataset.proposals, title, described)
    if kind == "handout":
        return handout_html(shown, dataset.terms, dataset.proposals, title, described).encode("utf-8")
    raise ValueError(f"unknown seminar file {kind!r}: use one of {', '.join(SEMINAR_FILES)}")
