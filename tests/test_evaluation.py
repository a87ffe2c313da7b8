"""The evaluation command's numbers, and the labelled sets kept in tests/evaluation."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from positions.evaluation import evaluate, stance_scores

SETS = Path(__file__).parent / "evaluation"
RECODED = Path(__file__).parents[1] / "benchmarks" / "recoded_labels.csv"  # a second coding of seven sets
BLIND = [
    "test",
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
]  # written before the suggester was run on them


def test_metrics_on_a_tiny_set(tmp_path, shipped):
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "a.txt").write_text("Europe needs a new Helsinki conference.\n", encoding="utf-8")
    (tmp_path / "documents" / "b.txt").write_text("Neutrality is an untenable proposition.\n", encoding="utf-8")
    (tmp_path / "labels.csv").write_text(
        "document,proposal_id,stance\na.txt,helsinki_summit,advances\nb.txt,neutral_status,advances\n", encoding="utf-8"
    )
    evaluation = evaluate(tmp_path, shipped.proposals)
    result = evaluation.by_stance.set_index("stance")
    assert result.loc["advances", "precision"] == 1.0 and result.loc["advances", "recall"] == 0.5
    assert result.loc["opposes", "precision"] == 0.0
    pairs = evaluation.pairs.set_index("document")
    assert list(pairs["sentences"]) == [1, 1] and (pairs["score"] > 0).all()  # for the blind runs' ledger


def test_stance_scores_count_a_pair_against_every_stance_it_touches():
    pairs = pd.DataFrame(
        {
            "expected": ["advances", "advances", "opposes", "none"],
            "suggested": ["advances", "opposes", "opposes", "advances"],
        }
    )
    scores = stance_scores(pairs).set_index("stance")
    assert scores.loc["advances", ["precision", "recall", "support"]].tolist() == [0.5, 0.5, 2]
    assert scores.loc["opposes", ["precision", "recall", "support"]].tolist() == [0.5, 1.0, 1]
    assert scores.loc["mentions", ["f1", "support"]].tolist() == [0.0, 0]


def test_the_second_coding_names_real_documents_and_stances(shipped):
    recoded = pd.read_csv(RECODED, dtype=str, keep_default_na=False)
    assert set(recoded["stance"]) <= {"advances", "opposes", "mentions"}
    assert set(recoded["proposal_id"]) <= set(shipped.proposals["proposal_id"])
    for row in recoded.itertuples():
        assert (SETS / row.set / "documents" / row.document).is_file(), row
    assert not recoded.duplicated(["set", "document", "proposal_id"]).any()


@pytest.mark.parametrize("name", ["dev", *BLIND])
def test_every_quote_is_verbatim_and_advances_stays_precise(shipped, name):
    result = evaluate(SETS / name, shipped.proposals)
    assert result.verbatim_share == 1.0
    assert result.by_stance.set_index("stance").loc["advances", "precision"] >= 0.8


def test_the_development_set_is_learned(shipped):
    result = evaluate(SETS / "dev", shipped.proposals).by_stance.set_index("stance")
    assert result.loc["advances", "f1"] >= 0.95


@pytest.mark.model
@pytest.mark.parametrize("name", ["holdout4", "holdout5"])
def test_with_the_model_quotes_stay_verbatim_and_advances_precise(shipped, name):
    rules = evaluate(SETS / name, shipped.proposals, use_model=False).by_stance.set_index("stance")
    result = evaluate(SETS / name, shipped.proposals, use_model=True)
    assert result.verbatim_share == 1.0
    learned = result.by_stance.set_index("stance")
    assert learned.loc["advances", "precision"] >= 0.8
    assert learned.loc["opposes", "f1"] >= rules.loc["opposes", "f1"]  # it reads rejections the rules miss
