"""The columnar cache: read back identical, invalidated by any change, optional."""

from __future__ import annotations

import os

import pandas as pd

import positions
from positions import cache


def test_second_load_comes_from_the_cache_and_is_identical(dataset_copy, monkeypatch):
    first, _ = positions.read_dataset(dataset_copy)
    calls = []
    monkeypatch.setattr("positions.dataset._read_dataset", lambda path: calls.append(path))
    second, problems = positions.read_dataset(dataset_copy)
    assert calls == [] and problems == []
    for name in ("proposals", "documents", "positions", "terms", "comparison"):
        pd.testing.assert_frame_equal(
            getattr(first, name).reset_index(drop=True), getattr(second, name), check_dtype=False
        )
    assert dict(second.texts) == dict(first.texts)


def test_cached_texts_are_read_when_asked_for(dataset_copy):
    first, _ = positions.read_dataset(dataset_copy)
    second, _ = positions.read_dataset(dataset_copy)
    texts = second.texts
    assert isinstance(texts, cache.TextStore)  # not held in memory
    some_id = next(iter(first.texts))
    assert texts[some_id] == first.texts[some_id] and some_id in texts
    assert len(texts) == len(first.texts) and list(texts) == list(first.texts)
    assert texts.get("no_such_document") is None and "no_such_document" not in texts and 3 not in texts
    assert dict(texts.pairs()) == dict(first.texts)


def test_a_changed_table_is_validated_again(dataset_copy):
    positions.read_dataset(dataset_copy)
    path = dataset_copy / "positions.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",advances,", ",loves,", 1), encoding="utf-8")
    dataset, problems = positions.read_dataset(dataset_copy)
    assert dataset is None and any("loves" in p.message for p in problems)


def test_an_added_text_changes_the_signature(dataset_copy):
    before = cache.signature(dataset_copy)
    (dataset_copy / "texts" / "extra.txt").write_text("x", encoding="utf-8")
    assert cache.signature(dataset_copy) != before


def test_a_damaged_cache_is_ignored(dataset_copy):
    positions.read_dataset(dataset_copy)
    for table in cache.cache_root().rglob(f"positions{cache.TABLE_SUFFIX}"):
        table.write_bytes(b"not an Arrow file")
    dataset, _ = positions.read_dataset(dataset_copy)
    assert dataset is not None and len(dataset.positions) == 28


def test_the_cache_can_be_turned_off(dataset_copy, monkeypatch, tmp_path):
    monkeypatch.setenv(cache.CACHE_ENV, "off")
    assert cache.cache_root() is None
    assert positions.read_dataset(dataset_copy)[0] is not None
    assert os.environ[cache.CACHE_ENV] == "off"
