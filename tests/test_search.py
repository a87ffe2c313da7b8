"""Full-text search over the texts (SQLite FTS5)."""

from __future__ import annotations

from positions.search import TextIndex, fts_query


def test_every_word_must_occur_case_insensitively(shipped):
    index = TextIndex.for_dataset(None, shipped)
    assert index.search("HOTLINE cyber") == ["riac_eln_roundtable_2019"]
    assert set(index.search("Helsinki")) == {"european_security_russia_west_crisis"}
    assert index.search("zebra") == []


def test_query_syntax_in_the_input_is_inert(shipped):
    index = TextIndex.for_dataset(None, shipped)
    assert index.search('NATO" OR "x') == index.search("NATO x")
    assert fts_query("a-b (c)") == '"a"* AND "b"* AND "c"*'
    assert index.search("  ") == []


def test_the_index_is_kept_and_reused(shipped, tmp_path):
    path = tmp_path / "index.sqlite"
    TextIndex.build(dict(shipped.texts), path)
    assert path.is_file()
    assert TextIndex.build({"a": "neutral status"}).search("neutral") == ["a"]


def test_the_free_text_filter_gives_the_same_rows_from_the_index(shipped):
    from positions.queries import Filters, filter_positions

    index = TextIndex.for_dataset(None, shipped, "positions")
    for text in ("hotline", "guarantee neutral", "Timofeev SCO", "zebra"):
        scanned = filter_positions(shipped.comparison, Filters(text=text))
        indexed = filter_positions(shipped.comparison, Filters(text=text), index.rows)
        assert set(indexed["position_id"]) == set(scanned["position_id"]), text


def test_count_and_limit_agree_with_the_full_search():
    index = TextIndex.build({f"d{i}": ("treaty " * (i + 1)) + ("corridor" if i % 2 else "") for i in range(10)})
    every = index.search("treaty corridor")
    assert index.count("treaty corridor") == len(every) == 5
    assert index.search("treaty corridor", limit=2) == every[:2]
    assert index.count("") == 0
    assert list(index.rows("treaty corridor")) == [1, 3, 5, 7, 9]  # places in the order the index was built
    assert len(index.rows("")) == 0
