"""How well a suggestion's confidence predicts whether it is right: `python benchmarks/confidence.py [LEDGER]`.

Leaves each set of the blind runs' ledger out in turn, builds the confidence table
(`positions.confidence`) from the others, and scores the left-out set's
suggestions: the Brier score (mean squared gap between the forecast and 1 for
right, 0 for wrong; lower is better) of the confidence, of the counted shares
alone (the confidence, except for the document model's reader, whose confidence
is its score), of the score read as a probability, and of one constant share for
all. Then, per band of confidence, how often its suggestions were right.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from positions.confidence import LEDGER, confidence_from, confidence_table, length_band, read_ledger
from positions.schema import NO_STANCE


def left_out_forecasts(runs: pd.DataFrame) -> pd.DataFrame:
    """Each suggestion of the ledger with the confidence a table built without its set gives it."""
    made = runs[runs["suggested"] != NO_STANCE].copy()
    made["right"] = made["expected"] == made["suggested"]
    made["score"] = made["score"].astype(float)
    forecasts = []
    for set_name in made["set"].unique():
        table = confidence_table(runs[runs["set"] != set_name])
        held = made[made["set"] == set_name]
        rows = zip(held["suggested"], held["sentences"].astype(int), held["reader"], held["score"], strict=True)
        given = [confidence_from(table, *row) for row in rows]
        cells = zip(held["reader"], held["suggested"], held["sentences"].astype(int).map(length_band), strict=True)
        forecasts.append(
            held.assign(
                confidence=[None if c is None else c.share for c in given],
                counted=[table[cell].share if cell in table else None for cell in cells],
            )
        )
    return pd.concat(forecasts).dropna(subset=["confidence", "counted"])


def main() -> None:
    runs = read_ledger(sys.argv[1] if len(sys.argv) > 1 else LEDGER)
    print(f"{runs['set'].nunique()} blind runs' sets, {len(runs)} pairs")
    forecasts = left_out_forecasts(runs)
    for reader, group in forecasts.groupby("reader"):
        right = group["right"].astype(float)
        brier = {
            "confidence": ((group["confidence"] - right) ** 2).mean(),
            "counted shares": ((group["counted"] - right) ** 2).mean(),
            "score": ((group["score"] - right) ** 2).mean(),
            "constant": ((right.mean() - right) ** 2).mean(),
        }
        print(f"\n{reader}: {len(group)} suggestions, Brier " + ", ".join(f"{k} {v:.3f}" for k, v in brier.items()))
        bands = pd.cut(group["confidence"], [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0])
        print(group.groupby(bands, observed=True)["right"].agg(["size", "mean"]).to_string(float_format="%.2f"))


if __name__ == "__main__":
    main()
