"""Writing to a dataset folder: atomic, locked, nothing lost when a write fails."""

from __future__ import annotations

import threading

import pytest

import positions
from positions import store

TEXT = "A new document. Europe needs a new Helsinki conference, provided that Ukraine takes part as an equal.\n"


def position(document_id: str, changes: dict | None = None) -> dict:
    base = {
        "document_id": document_id,
        "proposal_id": "helsinki_summit",
        "actor": "Jane Doe",
        "stance": "advances",
        "summary": "Calls for a new Helsinki conference with Ukraine as an equal.",
        "evidence": "Europe needs a new Helsinki conference",
        "terms": [
            {
                "term_kind": "precondition",
                "term": "Ukraine takes part as an equal",
                "evidence": "provided that Ukraine takes part as an equal",
            }
        ],
    }
    return {**base, **(changes or {})}


def test_add_document_writes_text_and_row(dataset_copy):
    document_id = store.add_document(
        dataset_copy, TEXT, {"title": "Helsinki now", "author": "Jane Doe", "date": "2025-02"}
    )
    assert document_id == "doe_helsinki_now_2025"
    assert (dataset_copy / "texts" / f"{document_id}.txt").read_text(encoding="utf-8") == TEXT
    loaded = positions.load_dataset(dataset_copy)
    assert loaded.documents.set_index("document_id").loc[document_id, "title"] == "Helsinki now"


def test_the_same_text_twice_is_refused_naming_the_document(dataset_copy):
    existing = (dataset_copy / "texts" / "riac_eln_roundtable_2019.txt").read_text(encoding="utf-8")
    with pytest.raises(store.WriteProblem, match="riac_eln_roundtable_2019"):
        store.add_document(dataset_copy, "  " + existing.upper() + "\n\n", {"title": "Copy"})


def test_bad_date_or_taken_id_is_refused(dataset_copy):
    with pytest.raises(store.WriteProblem, match="not a date"):
        store.add_document(dataset_copy, TEXT, {"date": "yesterday"})
    with pytest.raises(store.WriteProblem, match="already used"):
        store.add_document(dataset_copy, TEXT, {"document_id": "malkevich_socialbites"})


def test_a_failure_halfway_changes_nothing(dataset_copy, monkeypatch):
    before = {p.name: p.read_bytes() for p in dataset_copy.glob("*.csv")}
    texts_before = sorted(p.name for p in (dataset_copy / "texts").iterdir())
    real_write = store.write_atomic

    def failing(path, data):
        if path.name == "documents.csv":
            raise OSError("disk full")
        real_write(path, data)

    monkeypatch.setattr(store, "write_atomic", failing)
    with pytest.raises(OSError):
        store.add_document(dataset_copy, TEXT, {"title": "Doomed"})
    assert {p.name: p.read_bytes() for p in dataset_copy.glob("*.csv")} == before
    assert sorted(p.name for p in (dataset_copy / "texts").iterdir()) == texts_before


def test_add_positions_with_coder_and_time(dataset_copy):
    document_id = store.add_document(dataset_copy, TEXT, {"title": "Helsinki now"})
    ids = store.add_positions(dataset_copy, [position(document_id)], coder="A. Analyst")
    assert ids == ["p29"]
    loaded = positions.load_dataset(dataset_copy)
    row = loaded.positions.set_index("position_id").loc["p29"]
    assert row["coder"] == "A. Analyst" and row["coded_at"].endswith("Z")
    assert loaded.terms[loaded.terms["position_id"] == "p29"]["term"].tolist() == ["Ukraine takes part as an equal"]


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"evidence": "words that are not there"}, "not word for word"),
        ({"stance": "loves"}, "unknown stance"),
        ({"actor": " "}, "needs an actor"),
        ({"document_id": "ghost"}, "unknown document"),
        ({"terms": [{"term_kind": "deadline", "term": "x", "evidence": "Europe"}]}, "needs a kind"),
    ],
)
def test_bad_positions_are_refused_and_nothing_is_written(dataset_copy, changes, message):
    document_id = store.add_document(dataset_copy, TEXT, {"title": "Helsinki now"})
    before = (dataset_copy / "positions.csv").read_bytes()
    with pytest.raises(store.WriteProblem, match=message):
        store.add_positions(dataset_copy, [position(document_id, changes)], coder="A. Analyst")
    assert (dataset_copy / "positions.csv").read_bytes() == before


def test_two_writers_at_once_lose_nothing(dataset_copy):
    document_id = store.add_document(dataset_copy, TEXT, {"title": "Helsinki now"})
    errors = []

    def review(coder: str) -> None:
        try:
            for _ in range(5):
                store.add_positions(dataset_copy, [position(document_id)], coder=coder)
        except Exception as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=review, args=(name,)) for name in ("tab one", "tab two")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    loaded = positions.load_dataset(dataset_copy)
    added = loaded.positions[loaded.positions["document_id"] == document_id]
    assert len(added) == 10 and added["position_id"].is_unique
    assert sorted(added["coder"].value_counts().tolist()) == [5, 5]
