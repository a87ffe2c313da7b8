"""The synthetic corpus: valid, of realistic shape, reproducible."""

from __future__ import annotations

import positions
from positions.synth import synthesise


def test_a_synthetic_corpus_passes_validation_and_has_a_realistic_shape(tmp_path):
    counts = synthesise(tmp_path / "corpus", documents=300, proposals=25, seed=7)
    dataset = positions.load_dataset(tmp_path / "corpus")
    assert counts == {
        "proposals": 25,
        "documents": 300,
        "positions": len(dataset.positions),
        "terms": len(dataset.terms),
    }
    assert 6 <= len(dataset.positions) / 300 <= 14  # about ten positions a document
    assert set(dataset.positions["stance"]) == {"advances", "opposes", "mentions"}
    per_proposal = dataset.positions["proposal_id"].value_counts()
    assert per_proposal.iloc[0] > 3 * per_proposal.iloc[-1]  # skewed: some proposals are far more discussed
    years = dataset.documents["date"].str[:4].astype(int)
    assert years.min() <= 1993 and years.max() >= 2022
    advancing = set(dataset.positions.loc[dataset.positions["stance"] == "advances", "position_id"])
    assert advancing <= set(dataset.terms["position_id"])


def test_the_same_seed_gives_the_same_corpus(tmp_path):
    synthesise(tmp_path / "a", documents=20, seed=3)
    synthesise(tmp_path / "b", documents=20, seed=3)
    for name in ("documents.csv", "positions.csv", "terms.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
