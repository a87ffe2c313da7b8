"""How often suggestions like one were right in blind runs, and the ledger those runs are kept in."""

from __future__ import annotations

import pandas as pd
import pytest

from positions.confidence import (
    LEDGER,
    LEDGER_COLUMNS,
    RULES,
    RULES_AND_DOCUMENT_MODEL,
    RULES_AND_MODEL,
    SMOOTHING,
    LedgerProblem,
    confidence_of,
    confidence_table,
    length_band,
    read_ledger,
    record_blind_run,
)
from positions.evaluation import PAIR_COLUMNS
from positions.schema import STANCES

SETS_DIR = LEDGER.parent.parent.parent / "tests" / "evaluation"


def _runs(*rows: tuple[str, str, int]) -> pd.DataFrame:
    """Ledger rows of one reader from (expected, suggested, sentences)."""
    return pd.DataFrame(
        [
            {"reader": RULES, "expected": expected, "suggested": suggested, "sentences": str(sentences)}
            for expected, suggested, sentences in rows
        ]
    )


@pytest.mark.parametrize(
    ("sentences", "band"),
    [(1, "1 sentence"), (2, "2–3 sentences"), (3, "2–3 sentences"), (6, "4–6 sentences"), (40, "7+ sentences")],
)
def test_length_bands(sentences, band):
    assert length_band(sentences) == band


def test_a_band_counts_its_right_suggestions_and_is_drawn_toward_the_stance_as_a_whole():
    runs = _runs(
        *[("advances", "advances", 1)] * 9,
        ("none", "advances", 1),
        ("opposes", "advances", 8),
        ("mentions", "advances", 9),
        ("advances", "advances", 12),
        ("advances", "none", 12),  # a missed call is no suggestion to be right or wrong
    )
    table = confidence_table(runs)
    long = table[(RULES, "advances", "7+ sentences")]
    assert (long.right, long.made) == (1, 3)
    overall = (10 + 1) / (13 + 2)
    assert long.share == round((1 + SMOOTHING * overall) / (3 + SMOOTHING), 2)
    assert table[(RULES, "advances", "1 sentence")].share > long.share
    assert (RULES, "advances", "2–3 sentences") not in table
    assert long.describe("advances") == "right 1 times in 3 such calls on unseen texts of 7+ sentences"


def test_the_shipped_ledger_is_whole_and_names_real_sets_and_labels():
    ledger = read_ledger()
    assert tuple(ledger.columns) == LEDGER_COLUMNS
    assert set(ledger["reader"]) == {RULES, RULES_AND_MODEL, RULES_AND_DOCUMENT_MODEL}
    assert set(ledger["expected"]) | set(ledger["suggested"]) <= {*STANCES, "none"}
    assert (ledger["commit"].str.fullmatch(r"[0-9a-f]{7,}")).all()
    for set_name, rows in ledger.groupby("set"):
        labels = pd.read_csv(SETS_DIR / set_name / "labels.csv", dtype=str, keep_default_na=False)
        labelled = {(r.document, r.proposal_id): r.stance for r in labels.itertuples()}
        recorded = {(r.document, r.proposal_id): r.expected for r in rows.itertuples()}
        assert {key: labelled.get(key, "none") for key in recorded} == recorded, set_name
        assert set(labelled) <= set(recorded), set_name  # every labelled pair, found or missed


def test_a_suggestion_in_a_longer_text_is_trusted_less():
    one, article = (confidence_of("advances", sentences, RULES, 0.9) for sentences in (1, 9))
    assert one is not None and article is not None
    assert article.share < one.share and article.made >= 30
    assert one.counted and "right" in one.describe("advances")


def test_the_document_models_suggestion_is_trusted_as_far_as_its_probability():
    # (its probability forecast its blind runs better than their counted shares: benchmarks/confidence.py)
    sure, unsure = (confidence_of("advances", 3, RULES_AND_DOCUMENT_MODEL, score) for score in (0.934, 0.55))
    assert (sure.share, unsure.share) == (0.93, 0.55)
    assert not sure.counted and "own score" in sure.describe("advances")


def _pairs(*suggested: str) -> pd.DataFrame:
    return pd.DataFrame(
        [
            (f"d{i}.txt", "arms_control", "advances", s, 0.9 if s != "none" else None, 3)
            for i, s in enumerate(suggested)
        ],
        columns=PAIR_COLUMNS,
    )


def test_a_blind_run_is_recorded_once_per_reader(tmp_path):
    ledger = tmp_path / "blind_runs.csv"
    assert record_blind_run(ledger, "holdout9", "abc1234", RULES, _pairs("advances", "none")) == 2
    assert record_blind_run(ledger, "holdout9", "abc1234", RULES_AND_MODEL, _pairs("opposes")) == 1
    rows = read_ledger(ledger)
    assert list(rows["suggested"]) == ["advances", "none", "opposes"]
    assert list(rows["score"]) == ["0.90", "", "0.90"]
    before = ledger.read_bytes()
    with pytest.raises(LedgerProblem, match="holdout9 already has a blind run by the rules reader"):
        record_blind_run(ledger, "holdout9", "def5678", RULES, _pairs("advances"))
    assert ledger.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["blind_runs.csv"]  # no temporary file left behind
