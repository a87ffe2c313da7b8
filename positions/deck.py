"""The slide deck (PPTX): a title slide, the matrix, one slide per proposal.

Every table is a native, editable PowerPoint table. Text too long for a slide
is shortened there and given in full, with its source, in the speaker notes.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import pandas as pd
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from positions.charts import STANCE_COLOURS, STANCE_LABELS
from positions.presentation import (
    DEFAULT_TITLE,
    ProposalSlide,
    Stand,
    citation,
    proposal_slides,
    selection_summary,
    shorten,
)
from positions.queries import positions_matrix, wide_matrix

WIDTH, HEIGHT = Inches(13.333), Inches(7.5)  # 16:9
MARGIN = Inches(0.5)
ROWS_PER_SLIDE = 5  # positions per proposal slide; more continue on the next
MATRIX_ROWS, MATRIX_COLUMNS = 12, 10  # documents and proposals per matrix slide
DARK = RGBColor(0x22, 0x22, 0x22)
CELL_TEXT = {"advances": "advances", "opposes": "opposes", "mentions": "mentions", "mixed": "both"}


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#"))


def _title(slide, text: str, size: int = 32) -> None:
    box = slide.shapes.add_textbox(MARGIN, Inches(0.3), WIDTH - 2 * MARGIN, Inches(0.9))
    frame = box.text_frame
    frame.word_wrap = True
    frame.text = text
    frame.paragraphs[0].runs[0].font.size = Pt(size)
    frame.paragraphs[0].runs[0].font.bold = True
    frame.paragraphs[0].runs[0].font.color.rgb = DARK


def _text(slide, text: str, top: Emu, height: Emu, size: int = 16, italic: bool = False) -> None:
    box = slide.shapes.add_textbox(MARGIN, top, WIDTH - 2 * MARGIN, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.text = text
    for paragraph in frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.italic = italic


def _cell(cell, text: str, size: int, bold: bool = False, fill: str | None = None) -> None:
    cell.text = text
    for paragraph in cell.text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.size = Pt(size)
            run.font.bold = bold
            if fill in (STANCE_COLOURS["advances"], STANCE_COLOURS["mixed"], STANCE_COLOURS["opposes"]):
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    cell.margin_left = cell.margin_right = Inches(0.05)
    if fill:
        cell.fill.solid()
        cell.fill.fore_color.rgb = _rgb(fill)


def _notes(slide, text: str) -> None:
    slide.notes_slide.notes_text_frame.text = text


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _title_slide(deck, title: str, comparison: pd.DataFrame, filters_text: str) -> None:
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _text(slide, title, Inches(2.4), Inches(1.4), size=40)
    _text(slide, selection_summary(comparison), Inches(3.9), Inches(0.6), size=22)
    if filters_text:
        _text(slide, filters_text, Inches(4.6), Inches(1.2), size=16, italic=True)
    documents = comparison.drop_duplicates("document_id")
    _notes(slide, "Documents in this deck:\n" + "\n".join(f"- {c}" for c in _citations(documents)))


def _citations(documents: pd.DataFrame) -> list[str]:
    return [citation(row) for _, row in documents.iterrows()]


def _matrix_slides(deck, comparison: pd.DataFrame) -> None:
    stances = positions_matrix(comparison)
    wide = wide_matrix(comparison).set_index("document_id")
    names = comparison.drop_duplicates("proposal_id").set_index("proposal_id")["proposal"]
    document_chunks = list(_chunks(list(stances.index), MATRIX_ROWS))
    proposal_chunks = list(_chunks(list(stances.columns), MATRIX_COLUMNS))
    total = len(document_chunks) * len(proposal_chunks)
    number = 0
    for documents in document_chunks:
        for proposals in proposal_chunks:
            number += 1
            slide = deck.slides.add_slide(deck.slide_layouts[6])
            _title(slide, "Who takes a position on what" + (f" ({number}/{total})" if total > 1 else ""), size=28)
            top = Inches(1.3)
            shape = slide.shapes.add_table(
                len(documents) + 1, len(proposals) + 1, MARGIN, top, WIDTH - 2 * MARGIN, HEIGHT - top - Inches(0.8)
            )
            table = shape.table
            table.columns[0].width = Inches(3.6)
            other = int((WIDTH - 2 * MARGIN - Inches(3.6)) / len(proposals))
            for j in range(1, len(proposals) + 1):
                table.columns[j].width = other
            _cell(table.cell(0, 0), "Document", 12, bold=True)
            for j, proposal_id in enumerate(proposals, start=1):
                _cell(table.cell(0, j), shorten(names[proposal_id], 40), 10, bold=True)
            for i, document_id in enumerate(documents, start=1):
                _cell(table.cell(i, 0), shorten(wide.loc[document_id, "document"], 70), 11)
                for j, proposal_id in enumerate(proposals, start=1):
                    stance = stances.loc[document_id, proposal_id]
                    _cell(table.cell(i, j), CELL_TEXT.get(stance, ""), 10, fill=STANCE_COLOURS.get(stance, "#ffffff"))
            legend = "   ".join(f"{CELL_TEXT[s]}: {STANCE_LABELS[s]}" for s in CELL_TEXT)
            _text(slide, legend, HEIGHT - Inches(0.6), Inches(0.4), size=11, italic=True)
            _notes(slide, "Matrix: for each document and proposal, the stance its actors take.\n" + legend)


def _stand_notes(stand: Stand) -> str:
    lines = [
        f"{stand.actor} ({stand.stance}) in {stand.document}",
        f"Summary: {stand.summary}" if stand.summary else "",
    ]
    lines += [f"{kind.replace('_', ' ')}: {term}" for kind, term in stand.terms]
    lines += [f"Quote: “{stand.quote}”", f"Source: {stand.citation}"]
    return "\n".join(line for line in lines if line)


def _proposal_slides(deck, slide_model: ProposalSlide) -> None:
    stands = list(slide_model.stands)
    groups = list(_chunks(stands, ROWS_PER_SLIDE)) or [[]]
    for number, group in enumerate(groups, start=1):
        slide = deck.slides.add_slide(deck.slide_layouts[6])
        suffix = f" ({number}/{len(groups)})" if len(groups) > 1 else ""
        _title(slide, slide_model.name + suffix, size=28)
        _text(slide, shorten(slide_model.definition, 230), Inches(1.15), Inches(0.8), size=14, italic=True)
        top = Inches(2.0)
        if group:
            shape = slide.shapes.add_table(
                len(group) + 1, 5, MARGIN, top, WIDTH - 2 * MARGIN, Inches(0.6) * (len(group) + 1)
            )
            table = shape.table
            for j, (header, width) in enumerate(
                [("Document", 2.6), ("Actor", 1.8), ("Stance", 1.1), ("Key terms", 3.2), ("Quote", 3.63)]
            ):
                table.columns[j].width = Inches(width)
                _cell(table.cell(0, j), header, 12, bold=True)
            for i, stand in enumerate(group, start=1):
                terms = "\n".join(f"{k.replace('_', ' ')}: {shorten(t, 60)}" for k, t in stand.key_terms)
                if len(stand.terms) > len(stand.key_terms):
                    terms += f"\n(+{len(stand.terms) - len(stand.key_terms)} more in the notes)"
                _cell(table.cell(i, 0), shorten(stand.document, 80), 11)
                _cell(table.cell(i, 1), shorten(stand.actor, 50), 11)
                _cell(table.cell(i, 2), STANCE_LABELS[stand.stance], 11, fill=STANCE_COLOURS[stand.stance])
                _cell(table.cell(i, 3), terms or "(no terms)", 10)
                _cell(table.cell(i, 4), f"“{stand.short_quote}”", 10)
        else:
            _text(slide, "No document advances or opposes this proposal in this selection.", top, Inches(0.6), size=18)
        if slide_model.mentioning and number == len(groups):
            who = "; ".join(f"{s.actor} ({shorten(s.document, 50)})" for s in slide_model.mentioning)
            _text(
                slide,
                "Also mentioned by: " + shorten(who, 300),
                HEIGHT - Inches(0.9),
                Inches(0.6),
                size=12,
                italic=True,
            )
        notes = [f"{slide_model.name}\nDefinition: {slide_model.definition}"]
        notes += [_stand_notes(s) for s in group]
        if number == len(groups):
            notes += [_stand_notes(s) for s in slide_model.mentioning]
        _notes(slide, "\n\n".join(notes))


def deck_bytes(
    comparison: pd.DataFrame,
    terms: pd.DataFrame,
    proposals: pd.DataFrame,
    title: str = DEFAULT_TITLE,
    filters_text: str = "",
) -> bytes:
    """The PPTX of a selection of positions."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = WIDTH, HEIGHT
    _title_slide(deck, title, comparison, filters_text)
    if not comparison.empty:
        _matrix_slides(deck, comparison)
    for slide_model in proposal_slides(comparison, terms, proposals):
        _proposal_slides(deck, slide_model)
    buffer = io.BytesIO()
    deck.save(buffer)
    return buffer.getvalue()
