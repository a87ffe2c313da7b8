"""The one definition of the data model.

Validation (`positions.validation`), the README's data dictionary
(`data_dictionary_markdown`) and every export (`positions.export`) read the
tables and columns from here, so a column is named in exactly one place.
"""

from __future__ import annotations

from dataclasses import dataclass

STANCES: tuple[str, ...] = ("advances", "opposes", "mentions")
NO_STANCE = "none"  # a document that takes none on a proposal, in labelled sets and their scoring

TERM_KINDS: tuple[str, ...] = (
    "precondition",
    "participants",
    "guarantees",
    "scope",
    "legal_form",
    "institutional_form",
    "sequencing",
    "principle",
)

# Separator inside list cells (aliases, inferred_fields).
LIST_SEPARATOR = ";"

# Marks a gap inside a quote whose parts are not adjacent in the text.
QUOTE_GAP = "[...]"


@dataclass(frozen=True)
class Field:
    """One column of a table."""

    name: str
    description: str
    required: bool = False  # the column must be present and every cell filled
    kind: str = "text"  # id | text | date | language | choice | list | reference
    choices: tuple[str, ...] = ()
    references: str | None = None  # "table.column" this id must exist in
    unique: bool = False
    derived: bool = False  # written by exports, ignored when loading
    example: str = ""


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    fields: tuple[Field, ...]

    @property
    def columns(self) -> list[str]:
        return [f.name for f in self.fields]

    @property
    def input_columns(self) -> list[str]:
        return [f.name for f in self.fields if not f.derived]

    @property
    def required_columns(self) -> list[str]:
        return [f.name for f in self.fields if f.required]

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)


ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"

PROPOSALS = Table(
    "proposals",
    "The codebook: one row per proposal that documents may advance, oppose or mention.",
    (
        Field(
            "proposal_id",
            "Short stable id (letters, digits, `_ . -`).",
            required=True,
            kind="id",
            unique=True,
            example="helsinki_summit",
        ),
        Field("name", "Readable name of the proposal.", required=True, example="New Helsinki-type summit"),
        Field(
            "definition",
            "What counts as advancing it: the coding rule.",
            example="A call for a summit or conference of European states to agree the rules of European security.",
        ),
        Field("category", "Group of related proposals.", example="Diplomatic process"),
        Field(
            "aliases",
            "Other names and keywords, separated by `;`.",
            kind="list",
            example="new Helsinki; Helsinki 2.0; peace conference",
        ),
    ),
)

DOCUMENTS = Table(
    "documents",
    "One row per source document; its full text is `texts/<document_id>.txt` beside the tables.",
    (
        Field(
            "document_id",
            "Short stable id; also names the text file.",
            required=True,
            kind="id",
            unique=True,
            example="riac_roundtable_2019",
        ),
        Field(
            "title",
            "Title as the document gives it; empty when it gives none.",
            example="Towards a More Stable NATO-Russia Relationship",
        ),
        Field("author", "Author(s) as the document names them; empty when not named.", example="Ivan Timofeev"),
        Field(
            "author_role",
            "The author's role or affiliation, as the document states it.",
            example="Director General, RIAC",
        ),
        Field("publisher", "Who published it (outlet, institution).", example="Valdai Discussion Club"),
        Field(
            "date",
            "Publication date, ISO 8601: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; empty when unknown.",
            kind="date",
            example="2019-03",
        ),
        Field(
            "kind",
            "Kind of document: article, interview, report, round-table note, news, speech, ...",
            example="article",
        ),
        Field("language", "Language code of the text (ISO 639-1).", kind="language", example="en"),
        Field(
            "source",
            "URL or citation, when the text gives one.",
            example="First published in the Valdai Discussion Club",
        ),
        Field(
            "inferred_fields",
            "Metadata columns whose value the coder inferred rather than read in the document, separated by `;`.",
            kind="list",
            example="publisher; date",
        ),
        Field("notes", "Coder's notes on the document (provenance, cleaning, how a value was inferred).", example=""),
    ),
)

POSITIONS = Table(
    "positions",
    "One row per stance of one actor in one document on one proposal.",
    (
        Field("position_id", "Short stable id.", required=True, kind="id", unique=True, example="p012"),
        Field(
            "document_id",
            "The document the position is taken in.",
            required=True,
            kind="reference",
            references="documents.document_id",
            example="riac_roundtable_2019",
        ),
        Field(
            "proposal_id",
            "The proposal it concerns.",
            required=True,
            kind="reference",
            references="proposals.proposal_id",
            example="arms_control",
        ),
        Field(
            "actor",
            "Who takes the position: the author, or the person the document quotes.",
            required=True,
            example="Katarzyna Kubiak",
        ),
        Field("actor_role", "The actor's role or affiliation, as the document states it.", example="ELN expert"),
        Field(
            "stance",
            "`advances`, `opposes` or `mentions`.",
            required=True,
            kind="choice",
            choices=STANCES,
            example="advances",
        ),
        Field(
            "summary",
            "The position in one sentence, in the coder's words.",
            example="Calls for a Russia-NATO hotline for cyber incidents.",
        ),
        Field(
            "evidence",
            f"Verbatim quote from the document's text that shows the stance; `{QUOTE_GAP}` joins parts that are not adjacent.",
            required=True,
            kind="quote",
            example="it is advisable to use the hotline in case of cyber threats",
        ),
        Field("coder", "Who coded the position.", example="positions team"),
        Field("coded_at", "When it was coded (ISO 8601).", kind="date", example="2026-11-23"),
    ),
)

TERMS = Table(
    "terms",
    "The conditions a position attaches to a proposal, one row per term.",
    (
        Field(
            "position_id",
            "The position the term belongs to.",
            required=True,
            kind="reference",
            references="positions.position_id",
            example="p012",
        ),
        Field(
            "term_kind",
            "One of: " + ", ".join(f"`{k}`" for k in TERM_KINDS) + ".",
            required=True,
            kind="choice",
            choices=TERM_KINDS,
            example="precondition",
        ),
        Field("term", "The term in a few words.", required=True, example="settlement of the Ukrainian conflict"),
        Field(
            "evidence",
            "Verbatim quote from the position's document that states the term.",
            required=True,
            kind="quote",
            example="The settlement of the Ukrainian conflict is a key factor",
        ),
    ),
)

TABLES: dict[str, Table] = {t.name: t for t in (PROPOSALS, DOCUMENTS, POSITIONS, TERMS)}


@dataclass(frozen=True)
class FlatColumn:
    """A column of the flat comparison table and where its value comes from."""

    name: str
    source: str  # "table.column", or "terms" for the joined term cells
    description: str
    required: bool = False
    derived: bool = False


# The flat comparison table: one row per position, documents and proposals
# joined in. `python -m positions export` writes it and `load_dataset` reads it
# back, so the columns below are the round-trip contract.
FLAT_COLUMNS: tuple[FlatColumn, ...] = (
    FlatColumn("position_id", "positions.position_id", "Position id (made up from the row number when empty)."),
    FlatColumn("proposal_id", "positions.proposal_id", "Proposal id.", required=True),
    FlatColumn("proposal", "proposals.name", "Proposal name."),
    FlatColumn("proposal_category", "proposals.category", "Proposal category."),
    FlatColumn("proposal_definition", "proposals.definition", "The proposal's coding rule."),
    FlatColumn("proposal_aliases", "proposals.aliases", "Other names of the proposal, separated by `;`."),
    FlatColumn("document_id", "positions.document_id", "Document id.", required=True),
    FlatColumn("document_title", "documents.title", "Document title."),
    FlatColumn("author", "documents.author", "Document author."),
    FlatColumn("author_role", "documents.author_role", "Author's role or affiliation."),
    FlatColumn("publisher", "documents.publisher", "Publisher."),
    FlatColumn("date", "documents.date", "Publication date (ISO 8601, may be partial)."),
    FlatColumn("document_kind", "documents.kind", "Kind of document."),
    FlatColumn("language", "documents.language", "Language code."),
    FlatColumn("source", "documents.source", "URL or citation."),
    FlatColumn("inferred_fields", "documents.inferred_fields", "Document metadata the coder inferred."),
    FlatColumn("document_notes", "documents.notes", "Coder's notes on the document."),
    FlatColumn("actor", "positions.actor", "Who takes the position.", required=True),
    FlatColumn("actor_role", "positions.actor_role", "Actor's role."),
    FlatColumn("stance", "positions.stance", "advances, opposes or mentions.", required=True),
    FlatColumn("summary", "positions.summary", "One-sentence summary."),
    FlatColumn("terms", "terms", "One term per line, as `kind: term`."),
    FlatColumn("term_evidence", "terms.evidence", "One quote per line, in the same order as `terms`."),
    FlatColumn("evidence", "positions.evidence", "Verbatim quote for the stance.", required=True),
    FlatColumn(
        "evidence_start",
        "derived",
        "Character offset of the evidence in the text (written on export, ignored on load).",
        derived=True,
    ),
    FlatColumn("evidence_end", "derived", "Character offset where the evidence ends.", derived=True),
    FlatColumn("coder", "positions.coder", "Who coded the position."),
    FlatColumn("coded_at", "positions.coded_at", "When it was coded."),
)

FLAT_COLUMN_NAMES: list[str] = [c.name for c in FLAT_COLUMNS]


def _flat_field(column: FlatColumn) -> Field:
    """The validation rule of a flat column, taken from the column it stands for."""
    if column.derived or "." not in column.source:
        return Field(column.name, column.description, required=column.required, derived=column.derived)
    table, _, name = column.source.partition(".")
    base = TABLES[table].field(name)
    kind = "id" if base.kind == "reference" else base.kind
    return Field(column.name, column.description, required=column.required, kind=kind, choices=base.choices)


FLAT_TABLE = Table(
    "comparison",
    "The flat comparison table: one row per position, documents and proposals joined in.",
    tuple(_flat_field(c) for c in FLAT_COLUMNS),
)

# Metadata columns whose values `inferred_fields` may name.
INFERABLE_FIELDS: tuple[str, ...] = (
    "title",
    "author",
    "author_role",
    "publisher",
    "date",
    "kind",
    "language",
    "source",
)


def split_list(cell: str | None) -> list[str]:
    """Split a `;`-separated list cell into its stripped, non-empty items."""
    if not cell:
        return []
    return [item.strip() for item in str(cell).split(LIST_SEPARATOR) if item.strip()]


def join_list(items: list[str]) -> str:
    return f"{LIST_SEPARATOR} ".join(items)


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def data_dictionary_markdown() -> str:
    """The data dictionary, as the README shows it (checked by a test)."""
    lines: list[str] = []
    for table in TABLES.values():
        lines += [f"#### `{table.name}`", "", table.description, ""]
        lines += ["| column | required | description |", "|---|---|---|"]
        for f in table.fields:
            lines.append(f"| `{f.name}` | {'yes' if f.required else ''} | {_md_escape(f.description)} |")
        lines.append("")
    lines += [
        "#### Flat comparison table",
        "",
        "What `export` writes and `load_dataset` also reads: one row per position.",
        "",
        "| column | required | description |",
        "|---|---|---|",
    ]
    for c in FLAT_COLUMNS:
        lines.append(f"| `{c.name}` | {'yes' if c.required else ''} | {_md_escape(c.description)} |")
    return "\n".join(lines) + "\n"
