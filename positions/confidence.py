"""How far to trust a suggestion: how often suggestions like it were right on texts the suggester had never seen.

Each labelled set is scored once by the code of its day, before any rule or head is tuned on it: a *blind run*
(`python -m positions evaluate SET --record`). Its pairs are kept in `models/blind_runs.csv`, the ledger. A
suggestion's confidence is the share of the ledger's suggestions of the same stance, by the same reader (the cue
rules alone, or with the learned model), in texts of the same length, that the labels agree with.

Length is what tells them apart. Measured by leaving each set out in turn (`benchmarks/confidence.py`, figures in
the README), the share by stance and length forecasts whether a suggestion is right far better than the rules' own
score does, which forecasts worse than one constant share for all; adding the score to the cells gained little.
The fine-tuned document model is the exception: its own probability forecast its blind runs better than their
counted shares did, so its reader's suggestions carry that probability as their confidence.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from positions.export import write_atomic
from positions.schema import NO_STANCE

LEDGER = Path(__file__).parent / "models" / "blind_runs.csv"
LEDGER_COLUMNS = ("set", "commit", "reader", "document", "proposal_id", "expected", "suggested", "score", "sentences")
RULES, RULES_AND_MODEL, RULES_AND_DOCUMENT_MODEL = "rules", "rules+model", "rules+document model"
# Texts of one sentence, a short paragraph, a long paragraph, an article: blind runs are right far less often in
# longer texts, which report, describe and argue around a proposal more than they take a side on it.
LENGTH_BANDS = ((1, 1), (2, 3), (4, 6), (7, None))
# A band's share is drawn toward the stance's share over all lengths as if it held this many more suggestions.
SMOOTHING = 10
_NOUNS = {"advances": "calls", "opposes": "rejections", "mentions": "mentions"}


class LedgerProblem(Exception):
    """A blind run that cannot be recorded; the ledger is unchanged."""


@dataclass(frozen=True)
class Confidence:
    """The share of such suggestions that were right in blind runs (smoothed), and the counts behind it."""

    share: float
    right: int
    made: int
    band: str  # "4–6 sentences"
    counted: bool = True  # False: the share is the suggestion's own score (the document model's probability)

    def describe(self, stance: str) -> str:
        if not self.counted:
            # (its score is the model's probability, or the rules' for a mention the model saw no position in)
            return "its own score, which forecast the document model's blind runs better than counting them"
        noun = _NOUNS.get(stance, "suggestions")
        return f"right {self.right} times in {self.made} such {noun} on unseen texts of {self.band}"


def length_band(sentences: int) -> str:
    """The length band of a text of so many sentences, as words: "1 sentence", "2–3 sentences", "7+ sentences"."""
    for low, high in LENGTH_BANDS:
        if high is None:
            return f"{low}+ sentences"
        if sentences <= high:
            return ("1 sentence" if low == 1 else f"{low} sentences") if low == high else f"{low}–{high} sentences"
    raise AssertionError("the last band has no end")


def confidence_table(runs: pd.DataFrame) -> dict[tuple[str, str, str], Confidence]:
    """Per (reader, stance, length band): how often the runs' suggestions were right."""
    made = runs[runs["suggested"] != NO_STANCE].assign(
        right=lambda frame: frame["expected"] == frame["suggested"],
        band=lambda frame: frame["sentences"].astype(int).map(length_band),
    )
    table = {}
    for (reader, stance), group in made.groupby(["reader", "suggested"]):
        overall = (group["right"].sum() + 1) / (len(group) + 2)
        for band, cell in group.groupby("band"):
            right, count = int(cell["right"].sum()), len(cell)
            share = (right + SMOOTHING * overall) / (count + SMOOTHING)
            table[(reader, stance, band)] = Confidence(round(float(share), 2), right, count, band)
    return table


def read_ledger(path: str | Path = LEDGER) -> pd.DataFrame:
    """The ledger's rows (an empty table when there is no ledger yet)."""
    path = Path(path)
    if not path.is_file():
        return pd.DataFrame(columns=list(LEDGER_COLUMNS))
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@lru_cache(maxsize=1)
def _shipped_table() -> dict[tuple[str, str, str], Confidence]:
    return confidence_table(read_ledger())


def confidence_from(
    table: dict[tuple[str, str, str], Confidence], stance: str, sentences: int, reader: str, score: float
) -> Confidence | None:
    """A suggestion's confidence: its share in the `table` of blind runs (None where it holds none), or, for the
    document model's reader, the suggestion's own score."""
    if reader == RULES_AND_DOCUMENT_MODEL:
        return Confidence(round(score, 2), 0, 0, length_band(sentences), counted=False)
    return table.get((reader, stance, length_band(sentences)))


def confidence_of(stance: str, sentences: int, reader: str, score: float) -> Confidence | None:
    """How far to trust a suggestion of this stance, by this reader, in a text of so many sentences, with this score:
    from the shipped ledger's blind runs (`confidence_from`)."""
    return confidence_from(_shipped_table(), stance, sentences, reader, score)


def record_blind_run(ledger: str | Path, set_name: str, commit: str, reader: str, pairs: pd.DataFrame) -> int:
    """Add a blind run's pairs (`evaluate`'s: document, proposal_id, expected, suggested, score, sentences) to the
    ledger, atomically; a set is run blind once per reader. Returns the number of rows added."""
    existing = read_ledger(ledger)
    if ((existing["set"] == set_name) & (existing["reader"] == reader)).any():
        raise LedgerProblem(
            f"{set_name} already has a blind run by the {reader} reader in {ledger}: a set is scored blind only once"
        )
    added = pairs.assign(set=set_name, commit=commit, reader=reader)
    added["score"] = added["score"].map(lambda score: "" if pd.isna(score) else f"{score:.2f}")
    rows = pd.concat([existing, added.astype(str)], ignore_index=True).reindex(columns=list(LEDGER_COLUMNS))
    buffer = io.StringIO()
    rows.to_csv(buffer, index=False, lineterminator="\n")
    write_atomic(ledger, buffer.getvalue().encode("utf-8"))
    return len(added)
