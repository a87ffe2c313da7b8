"""The PPTX deck, read back with python-pptx and checked against the data."""

from __future__ import annotations

import io

from pptx import Presentation

from positions.deck import ROWS_PER_SLIDE, deck_bytes
from positions.queries import Filters, filter_positions


def open_deck(shipped, **filters):
    shown = filter_positions(shipped.comparison, Filters(**filters))
    return Presentation(io.BytesIO(deck_bytes(shown, shipped.terms, shipped.proposals, filters_text="test"))), shown


def slide_texts(slide) -> str:
    parts = []
    for shape in slide.shapes:
        if shape.has_text_frame:
            parts.append(shape.text_frame.text)
        if shape.has_table:
            parts += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(parts)


def tables(slide):
    return [shape.table for shape in slide.shapes if shape.has_table]


def test_title_matrix_and_one_slide_per_proposal(shipped):
    deck, _ = open_deck(shipped)
    slides = list(deck.slides)
    assert len(slides) == 2 + shipped.proposals.shape[0]
    assert "Who advances what" in slide_texts(slides[0]) and "28 positions" in slide_texts(slides[0])
    matrix = tables(slides[1])[0]
    assert len(matrix.rows) == 1 + 5 and len(matrix.columns) == 1 + 10
    for slide, name in zip(slides[2:], shipped.proposals["name"], strict=True):
        assert name in slide_texts(slide)


def test_matrix_cells_match_the_data(shipped):
    deck, _ = open_deck(shipped)
    matrix = tables(list(deck.slides)[1])[0]
    header = [cell.text for cell in matrix.rows[0].cells]
    column = next(i for i, h in enumerate(header) if h.startswith("New European or global"))
    row = next(r for r in matrix.rows if r.cells[0].text.startswith("Putin Reaffirms"))
    assert row.cells[column].text == "both"


def test_proposal_tables_are_native_and_notes_hold_full_text_and_sources(shipped):
    deck, shown = open_deck(shipped, proposals=("neutral_status", "arms_control"))
    slides = list(deck.slides)
    neutral = next(s for s in slides[2:] if slide_texts(s).startswith("Neutral status"))
    table = tables(neutral)[0]
    assert [c.text for c in table.rows[0].cells] == ["Document", "Actor", "Stance", "Key terms", "Quote"]
    assert table.rows[1].cells[2].text == "advances"
    notes = neutral.notes_slide.notes_text_frame.text
    position = shown[shown["proposal_id"] == "neutral_status"].iloc[0]
    assert " ".join(position["evidence"].split()) in notes  # the full quote
    assert "no 'new Yalta' deal over the heads of these states" in notes  # every term, not only the key ones
    assert "Source: Unknown author, “European security in the context of the Russia-West crisis”" in notes
    assert "+3 more in the notes" in table.rows[1].cells[3].text


def test_many_positions_continue_on_more_slides(shipped):
    deck, _ = open_deck(shipped, proposals=("eurasian_forum", "russia_nato_dialogue"))
    titles = [slide_texts(s).split("\n")[0] for s in list(deck.slides)[2:]]
    assert len(titles) == 2  # four stands each: they fit
    assert all(len(tables(s)[0].rows) - 1 <= ROWS_PER_SLIDE for s in list(deck.slides)[2:])


def test_empty_selection_still_makes_a_deck(shipped):
    deck, _ = open_deck(shipped, text="zebra")
    assert len(list(deck.slides)) == 1
