"""Scoring suggestions against a labelled set.

A labelled set is a folder with `documents/*.txt` and `labels.csv`
(`document, proposal_id, stance`): every (document, proposal) pair not listed
is expected to have no position.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from positions.evidence import locate_quote
from positions.schema import NO_STANCE as NONE
from positions.schema import STANCES
from positions.suggest import sentences_of, suggest_positions

# per (document, proposal) either labelled or suggested: the suggestion's score (empty for none) and the text's length
PAIR_COLUMNS = ["document", "proposal_id", "expected", "suggested", "score", "sentences"]


@dataclass(frozen=True)
class Evaluation:
    pairs: pd.DataFrame  # PAIR_COLUMNS
    by_stance: pd.DataFrame  # stance, precision, recall, f1, support
    by_proposal: pd.DataFrame  # proposal_id, precision, recall, f1, support
    verbatim_share: float  # evidence and term quotes found word for word in their texts
    quotes: int

    def report(self) -> str:
        lines = ["Per stance:", self.by_stance.to_string(index=False, float_format="%.2f"), ""]
        lines += ["Per proposal (a suggestion counts when its stance is right):"]
        lines += [self.by_proposal.to_string(index=False, float_format="%.2f"), ""]
        lines.append(f"Verbatim evidence: {self.verbatim_share:.0%} of {self.quotes} quotes")
        errors = self.pairs[self.pairs["expected"] != self.pairs["suggested"]][PAIR_COLUMNS[:4]]
        if not errors.empty:
            lines += ["", "Disagreements:", errors.to_string(index=False)]
        return "\n".join(lines)


def _scores(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def stance_scores(pairs: pd.DataFrame) -> pd.DataFrame:
    """Precision, recall, F1 and support per stance of `pairs` (`expected` and `suggested` columns, one row per
    pair that either gives a stance)."""
    rows = []
    for stance in STANCES:
        expected, suggested = pairs["expected"] == stance, pairs["suggested"] == stance
        tp, fp, fn = (int(both.sum()) for both in (expected & suggested, ~expected & suggested, expected & ~suggested))
        precision, recall, f1 = _scores(tp, fp, fn)
        rows.append({"stance": stance, "precision": precision, "recall": recall, "f1": f1, "support": tp + fn})
    return pd.DataFrame(rows)


def evaluate(folder: str | Path, proposals: pd.DataFrame, use_model: bool | None = None) -> Evaluation:
    folder = Path(folder)
    labels = pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)
    expected = {(r.document, r.proposal_id): r.stance for r in labels.itertuples()}
    rows, verbatim, quotes = [], 0, 0
    for path in sorted((folder / "documents").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        suggested = {s.proposal_id: s for s in suggest_positions(text, proposals, use_model=use_model)}
        sentences = len(sentences_of(text))
        for suggestion in suggested.values():
            for quote in [suggestion.evidence.text, *(span.text for _, _, span in suggestion.terms)]:
                quotes += 1
                verbatim += locate_quote(text, quote) is not None
        for proposal_id in proposals["proposal_id"]:
            gold = expected.get((path.name, proposal_id), NONE)
            suggestion = suggested.get(proposal_id)
            guess = suggestion.stance if suggestion else NONE
            if gold != NONE or guess != NONE:
                score = suggestion.score if suggestion else None
                rows.append(
                    dict(zip(PAIR_COLUMNS, (path.name, proposal_id, gold, guess, score, sentences), strict=True))
                )
    pairs = pd.DataFrame(rows, columns=PAIR_COLUMNS)
    by_proposal = []
    for proposal_id, group in pairs.groupby("proposal_id", sort=False):
        right = (group["expected"] == group["suggested"]) & (group["suggested"] != NONE)
        tp = int(right.sum())
        fp = int(((group["suggested"] != NONE) & ~right).sum())
        fn = int(((group["expected"] != NONE) & ~right).sum())
        scores = dict(zip(("precision", "recall", "f1"), _scores(tp, fp, fn), strict=True))
        by_proposal.append({"proposal_id": proposal_id, **scores, "support": int((group["expected"] != NONE).sum())})
    return Evaluation(
        pairs=pairs,
        by_stance=stance_scores(pairs),
        by_proposal=pd.DataFrame(by_proposal),
        verbatim_share=verbatim / quotes if quotes else 1.0,
        quotes=quotes,
    )
