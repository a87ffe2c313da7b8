"""What a seminar sees: one slide per proposal, its documents, their key terms and quotes.

Presentation mode, the slide deck and the handout are all built from
`proposal_slides`, so they always say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from positions.queries import Filters, document_label
from positions.schema import TERM_KINDS, split_list

DEFAULT_TITLE = "Who advances what in European security"
KEY_TERMS = 3  # terms shown on a slide per position; the rest go to the notes
SHORT_QUOTE = 160  # characters of a quote shown on a slide


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary, with an ellipsis when cut."""
    text = " ".join(str(text).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:.")
    return cut + "…"


def citation(document: pd.Series | dict) -> str:
    """Author, “Title”, publisher, date. Source. Inferred values are marked, missing ones left out."""
    inferred = set(split_list(document.get("inferred_fields", "")))

    def value(field: str) -> str:
        text = str(document.get(field, "") or "")
        return f"{text} [inferred]" if text and field in inferred else text

    title = document.get("title") or document.get("document_title") or ""
    parts = [
        value("author") or "Unknown author",
        f"“{title}”" if title else "untitled",
        value("publisher"),
        value("date") or "undated",
    ]
    text = ", ".join(p for p in parts if p) + "."
    source = value("source")
    return f"{text} {source}" if source else text


@dataclass(frozen=True)
class Stand:
    """One position as a slide shows it."""

    position_id: str
    document: str  # the document's label
    actor: str
    stance: str
    summary: str
    terms: tuple[tuple[str, str], ...]  # (kind, term), in codebook order of kinds
    quote: str
    citation: str

    @property
    def key_terms(self) -> tuple[tuple[str, str], ...]:
        return self.terms[:KEY_TERMS]

    @property
    def short_quote(self) -> str:
        return shorten(self.quote, SHORT_QUOTE)


@dataclass(frozen=True)
class ProposalSlide:
    proposal_id: str
    name: str
    definition: str
    advancing: tuple[Stand, ...]
    opposing: tuple[Stand, ...]
    mentioning: tuple[Stand, ...]

    @property
    def stands(self) -> tuple[Stand, ...]:
        """The positions a slide reveals one by one: advancing first, then opposing."""
        return self.advancing + self.opposing


def _stands(rows: pd.DataFrame, terms: pd.DataFrame) -> tuple[Stand, ...]:
    kind_order = {k: i for i, k in enumerate(TERM_KINDS)}
    stands = []
    for _, row in rows.iterrows():
        own = terms[terms["position_id"] == row["position_id"]]
        own = own.assign(_order=own["term_kind"].map(kind_order)).sort_values("_order", kind="stable")
        stands.append(
            Stand(
                position_id=row["position_id"],
                document=document_label(
                    row["document_title"], row["author"], row["publisher"], row["date"], row["document_id"]
                ),
                actor=row["actor"],
                stance=row["stance"],
                summary=row["summary"],
                terms=tuple(zip(own["term_kind"], own["term"], strict=True)),
                quote=" ".join(row["evidence"].split()),
                citation=citation(row),
            )
        )
    return tuple(stands)


def proposal_slides(comparison: pd.DataFrame, terms: pd.DataFrame, proposals: pd.DataFrame) -> list[ProposalSlide]:
    """One slide per proposal with a position in `comparison`, in codebook order."""
    slides = []
    present = set(comparison["proposal_id"])
    for proposal in proposals.itertuples():
        if proposal.proposal_id not in present:
            continue
        rows = comparison[comparison["proposal_id"] == proposal.proposal_id]
        slides.append(
            ProposalSlide(
                proposal_id=proposal.proposal_id,
                name=proposal.name,
                definition=proposal.definition,
                advancing=_stands(rows[rows["stance"] == "advances"], terms),
                opposing=_stands(rows[rows["stance"] == "opposes"], terms),
                mentioning=_stands(rows[rows["stance"] == "mentions"], terms),
            )
        )
    return slides


def selection_summary(comparison: pd.DataFrame) -> str:
    """“N proposals, M documents, K positions” for a title slide."""
    return (
        f"{comparison['proposal_id'].nunique()} proposals · {comparison['document_id'].nunique()} documents · "
        f"{len(comparison)} positions"
    )


def describe_filters(filters: Filters, proposal_names: dict[str, str], document_names: dict[str, str]) -> str:
    """The filters in words, for a title slide or a handout's header ("" when there are none)."""
    parts = []
    if filters.proposals:
        parts.append("Proposals: " + "; ".join(proposal_names.get(p, p) for p in filters.proposals))
    if filters.categories:
        parts.append("Categories: " + "; ".join(filters.categories))
    if filters.documents:
        parts.append("Documents: " + "; ".join(document_names.get(d, d) for d in filters.documents))
    if filters.actors:
        parts.append("Actors: " + "; ".join(filters.actors))
    if filters.stances:
        parts.append("Stances: " + ", ".join(filters.stances))
    if filters.date_from or filters.date_to:
        period = f"{filters.date_from or '…'} to {filters.date_to or '…'}"
        parts.append("Dates: " + period + (" (and undated documents)" if filters.include_undated else ""))
    if filters.text.strip():
        parts.append(f"Search: “{filters.text.strip()}”")
    return " · ".join(parts)
