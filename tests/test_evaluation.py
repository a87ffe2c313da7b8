"""The evaluation command's numbers, and the labelled sets kept in tests/evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from positions.evaluation import evaluate

SETS = Path(__file__).parent / "evaluation"
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
