"""A synthetic corpus of realistic shape, for benchmarks: `python -m positions synth`.

Skewed numbers of positions per document and per proposal (Zipf-like), all
three stances, several terms per advancing position, dates over 35 years, and
texts whose evidence is verbatim: every quote is a sentence (or part of one)
of its document's text. The names are plainly made up ("Author 17", "Outlet 3")
so the corpus is never mistaken for real data.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from positions.dataset import SHIPPED_DATA
from positions.schema import DOCUMENTS, POSITIONS, PROPOSALS, TERM_KINDS, TERMS

FIRST_YEAR, LAST_YEAR = 1990, 2025
STANCE_WEIGHTS = {"advances": 0.5, "mentions": 0.35, "opposes": 0.15}
MEAN_POSITIONS = 10  # per document, so 100,000 documents make about 1,000,000 positions
TERM_PHRASES = {
    "precondition": "provided that the {x} is settled first",
    "participants": "with the participation of {x}",
    "guarantees": "guaranteed by {x}",
    "scope": "covering {x}",
    "legal_form": "in a legally binding {x}",
    "institutional_form": "through a standing {x}",
    "sequencing": "starting with {x}",
    "principle": "on the principle of {x}",
}
FILLERS = (
    "The debate has a long history.",
    "Observers disagree about what comes next.",
    "Officials gave few details.",
    "The meeting ended without a joint statement.",
    "Several delegations asked for more time.",
)
WORDS = (
    "border",
    "ceasefire",
    "region",
    "council",
    "alliance",
    "treaty",
    "forum",
    "conflict",
    "guarantee",
    "security",
    "dialogue",
    "mission",
    "charter",
    "exercise",
    "corridor",
    "mechanism",
    "commission",
    "agreement",
    "network",
    "zone",
)


def _zipf_weights(count: int, exponent: float = 1.1) -> list[float]:
    return [1 / (rank**exponent) for rank in range(1, count + 1)]


def _proposals(count: int) -> list[dict[str, str]]:
    shipped = list(csv.DictReader((SHIPPED_DATA / "proposals.csv").open(encoding="utf-8")))
    rows = shipped[:count]
    categories = sorted({row["category"] for row in shipped})
    for number in range(len(rows) + 1, count + 1):
        rows.append(
            {
                "proposal_id": f"synthetic_proposal_{number:03d}",
                "name": f"Synthetic proposal {number}",
                "definition": f"A made-up proposal number {number}, for benchmarks.",
                "category": categories[number % len(categories)],
                "aliases": "",
            }
        )
    return rows


def _phrase(rng: random.Random) -> str:
    return f"{rng.choice(WORDS)} {rng.choice(WORDS)}"


def synthesise(folder: str | Path, documents: int, proposals: int = 40, seed: int = 1) -> dict[str, int]:
    """Write a synthetic dataset folder; return how many rows each table got."""
    rng = random.Random(seed)
    folder = Path(folder)
    (folder / "texts").mkdir(parents=True, exist_ok=True)
    codebook = _proposals(proposals)
    proposal_weights = _zipf_weights(len(codebook))
    authors = [f"Author {n}" for n in range(1, max(2, documents // 20) + 1)]
    author_weights = _zipf_weights(len(authors), 0.9)
    publishers = [f"Outlet {n}" for n in range(1, max(2, documents // 200) + 1)]
    kinds = ("article", "interview", "report", "speech", "news", "round-table note")
    stances, stance_weights = list(STANCE_WEIGHTS), list(STANCE_WEIGHTS.values())

    counts = {"proposals": len(codebook), "documents": 0, "positions": 0, "terms": 0}
    with (
        (folder / "documents.csv").open("w", encoding="utf-8", newline="") as documents_file,
        (folder / "positions.csv").open("w", encoding="utf-8", newline="") as positions_file,
        (folder / "terms.csv").open("w", encoding="utf-8", newline="") as terms_file,
    ):
        document_rows = csv.writer(documents_file, lineterminator="\n")
        position_rows = csv.writer(positions_file, lineterminator="\n")
        term_rows = csv.writer(terms_file, lineterminator="\n")
        document_rows.writerow(DOCUMENTS.input_columns)
        position_rows.writerow(POSITIONS.input_columns)
        term_rows.writerow(TERMS.input_columns)
        position_number = 0
        for number in range(1, documents + 1):
            document_id = f"doc{number:06d}"
            author = rng.choices(authors, author_weights)[0]
            year = rng.randint(FIRST_YEAR, LAST_YEAR)
            date = rng.choice(
                [
                    f"{year}",
                    f"{year}-{rng.randint(1, 12):02d}",
                    f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                ]
            )
            how_many = max(1, min(len(codebook), round(rng.lognormvariate(2.1, 0.55))))
            # Weighted sampling without replacement (Efraimidis-Spirakis): popular proposals come up more often.
            keys = sorted(range(len(codebook)), key=lambda i: rng.random() ** (1 / proposal_weights[i]), reverse=True)
            chosen = {codebook[i]["proposal_id"]: codebook[i] for i in keys[:how_many]}
            sentences = [f"Document {number} by {author}."]
            for proposal in chosen.values():
                stance = rng.choices(stances, stance_weights)[0]
                verb = {"advances": "calls for", "mentions": "recalls", "opposes": "rejects"}[stance]
                kinds_used = rng.sample(TERM_KINDS, rng.randint(1, 4)) if stance == "advances" else []
                clauses = [TERM_PHRASES[kind].format(x=_phrase(rng)) for kind in kinds_used]
                sentence = (
                    f"{author} {verb} the {proposal['name'].lower()}"
                    + (", " + ", ".join(clauses) if clauses else "")
                    + "."
                )
                sentences.append(sentence)
                if rng.random() < 0.3:
                    sentences.append(rng.choice(FILLERS))
                position_number += 1
                position_id = f"p{position_number:07d}"
                position_rows.writerow(
                    [
                        position_id,
                        document_id,
                        proposal["proposal_id"],
                        author,
                        "",
                        stance,
                        f"{author} {verb} it.",
                        sentence,
                        "synth",
                        "2026-01-01",
                    ]
                )
                for kind, clause in zip(kinds_used, clauses, strict=True):
                    term_rows.writerow([position_id, kind, clause.split(" ", 2)[-1], clause])
                    counts["terms"] += 1
                counts["positions"] += 1
            (folder / "texts" / f"{document_id}.txt").write_text(" ".join(sentences) + "\n", encoding="utf-8")
            document_rows.writerow(
                [
                    document_id,
                    f"Synthetic document {number}",
                    author,
                    "",
                    rng.choice(publishers),
                    date,
                    rng.choice(kinds),
                    "en",
                    "",
                    "",
                    "Synthetic, for benchmarks.",
                ]
            )
            counts["documents"] += 1
    with (folder / "proposals.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=PROPOSALS.input_columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(codebook)
    return counts
