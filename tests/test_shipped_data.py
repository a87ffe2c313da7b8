"""The shipped dataset: honest, verbatim and complete."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from positions.dataset import SHIPPED_DATA
from positions.evidence import locate_quote
from positions.schema import INFERABLE_FIELDS, split_list

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
REQUIRED_PROPOSALS = {"helsinki_summit", "neutral_status", "arms_control", "eurasian_forum"}


def test_codebook_holds_the_required_proposals_and_more(shipped):
    ids = set(shipped.proposals["proposal_id"])
    assert ids >= REQUIRED_PROPOSALS
    assert len(ids - REQUIRED_PROPOSALS) >= 4
    assert (shipped.proposals["definition"] != "").all()
    assert (shipped.proposals["category"] != "").all()


def test_every_position_quote_is_verbatim_in_its_document(shipped):
    for position in shipped.positions.itertuples():
        text = shipped.texts[position.document_id]
        assert locate_quote(text, position.evidence) is not None, position.position_id


def test_every_term_quote_is_verbatim_in_its_positions_document(shipped):
    document_of = dict(zip(shipped.positions["position_id"], shipped.positions["document_id"], strict=True))
    for term in shipped.terms.itertuples():
        text = shipped.texts[document_of[term.position_id]]
        assert locate_quote(text, term.evidence) is not None, (term.position_id, term.term)


def test_plain_quotes_are_exact_substrings(shipped):
    # Beyond the loader's whitespace tolerance: shipped quotes without a gap marker are exact.
    for position in shipped.positions.itertuples():
        if "[...]" not in position.evidence:
            assert position.evidence in shipped.texts[position.document_id]


def test_every_advancing_position_lists_terms_and_every_position_a_summary(shipped):
    with_terms = set(shipped.terms["position_id"])
    advancing = shipped.positions[shipped.positions["stance"] == "advances"]
    assert set(advancing["position_id"]) <= with_terms
    assert (shipped.positions["summary"] != "").all()


def test_all_three_stances_and_several_actors_per_round_table(shipped):
    assert set(shipped.positions["stance"]) == {"advances", "opposes", "mentions"}
    roundtable = shipped.positions[shipped.positions["document_id"] == "riac_eln_roundtable_2019"]
    assert {"Andrey Kortunov", "Adam Tomson", "Dmitry Danilov", "Katarzyna Kubiak"} <= set(roundtable["actor"])


def test_every_document_is_coded_and_has_its_text(shipped):
    assert set(shipped.positions["document_id"]) == set(shipped.documents["document_id"])
    for document_id in shipped.documents["document_id"]:
        assert (SHIPPED_DATA / "texts" / f"{document_id}.txt").is_file()


def test_inferred_metadata_is_marked_and_explained(shipped):
    for document in shipped.documents.itertuples():
        for field in split_list(document.inferred_fields):
            assert field in INFERABLE_FIELDS
            assert getattr(document, field), f"{document.document_id}: {field} marked inferred but empty"
            assert document.notes, f"{document.document_id}: inferred {field} without a note"


PAGE_CHROME = (
    "Rate this article",
    "Previous Article",
    "Next Article",
    "Poll conducted",
    "Get a summary",
    "Share this article",
    "Читать на русском",
)


@pytest.mark.parametrize("marker", PAGE_CHROME)
def test_texts_carry_no_page_chrome(shipped, marker):
    for document_id, text in shipped.texts.items():
        assert marker not in text, document_id


def _words(text: str) -> str:
    # Compare words only: cleaning may re-join lines and words split at a line end.
    return re.sub(r"[\W_]+", "", text).casefold()


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents are not beside the repository")
def test_cleaned_texts_keep_the_documents_own_words(shipped):
    seeds = {path.name: _words(path.read_text(encoding="utf-8")) for path in SEEDS.glob("*.txt")}
    for document in shipped.documents.itertuples():
        seed_name = re.search(r"seed (\S+\.txt)", document.notes).group(1)
        seed = seeds[seed_name]
        for paragraph in shipped.texts[document.document_id].split("\n\n"):
            assert _words(paragraph) in seed, (document.document_id, paragraph[:60])
