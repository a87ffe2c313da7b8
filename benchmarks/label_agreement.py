"""How far the labels agree with a second coding of the same texts: `python benchmarks/label_agreement.py [CSV]`.

`recoded_labels.csv` (set, document, proposal_id, stance) codes every document of
seven labelled sets a second time, sessions after they were written, from the
texts and the codebook alone, without looking at their labels. Scored against the
labels as the suggester is scored (`positions.evaluation.stance_scores`), it says
how much of the suggester's gap to the labels could be the labels' own noise.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from positions.evaluation import stance_scores
from positions.schema import NO_STANCE

SETS = Path(__file__).resolve().parents[1] / "tests" / "evaluation"
RECODED = Path(__file__).with_name("recoded_labels.csv")
KEY = ["set", "document", "proposal_id"]


def labelled_pairs(set_names: list[str]) -> pd.DataFrame:
    """The labels of those sets (KEY, stance); a pair not listed has no position."""
    frames = [
        pd.read_csv(SETS / name / "labels.csv", dtype=str, keep_default_na=False).assign(set=name) for name in set_names
    ]
    return pd.concat(frames)[[*KEY, "stance"]]


def agreement_pairs(recoded: pd.DataFrame) -> pd.DataFrame:
    """Every pair that either coding gives a stance: `expected` the label, `suggested` the second coding."""
    labels = labelled_pairs(sorted(recoded["set"].unique()))
    pairs = labels.merge(recoded[[*KEY, "stance"]], on=KEY, how="outer", suffixes=("_label", "_recoded"))
    pairs = pairs.fillna(NO_STANCE).rename(columns={"stance_label": "expected", "stance_recoded": "suggested"})
    return pairs[[*KEY, "expected", "suggested"]]


def main() -> None:
    recoded = pd.read_csv(sys.argv[1] if len(sys.argv) > 1 else RECODED, dtype=str, keep_default_na=False)
    pairs = agreement_pairs(recoded)
    documents = {(r.set, r.document) for r in pairs.itertuples()}
    print(f"{recoded['set'].nunique()} sets, {len(documents)} documents with a stance, {len(pairs)} pairs")
    print(stance_scores(pairs).to_string(index=False, float_format="%.3f"))
    print("\nLabel (rows) against the second coding (columns):")
    print(pd.crosstab(pairs["expected"], pairs["suggested"]))
    differ = pairs[pairs["expected"] != pairs["suggested"]]
    print(f"\n{len(differ)} pairs coded differently:")
    print(differ.to_string(index=False))


if __name__ == "__main__":
    main()
