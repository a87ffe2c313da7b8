"""One schema definition: the README's data dictionary and the flat table follow it."""

from __future__ import annotations

from pathlib import Path

import pytest

from positions.schema import FLAT_COLUMNS, FLAT_TABLE, TABLES, data_dictionary_markdown
from tests.conftest import PROMISED_EXPORT_COLUMNS

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_data_dictionary_is_generated_from_the_schema():
    text = README.read_text(encoding="utf-8")
    start = text.index("<!-- data-dictionary:start -->\n") + len("<!-- data-dictionary:start -->\n")
    end = text.index("<!-- data-dictionary:end -->")
    assert text[start:end] == data_dictionary_markdown(), "run: python -m positions schema, and paste it into README.md"


def test_readme_names_every_shipped_proposal(shipped):
    text = README.read_text(encoding="utf-8")
    for proposal_id in shipped.proposals["proposal_id"]:
        assert f"`{proposal_id}`" in text


@pytest.mark.parametrize("column", FLAT_COLUMNS, ids=lambda c: c.name)
def test_every_flat_column_comes_from_a_schema_column(column):
    if column.derived or column.source == "terms":
        return
    table, _, name = column.source.partition(".")
    assert name in TABLES[table].columns


def test_column_names_are_unique_in_each_table():
    for table in [*TABLES.values(), FLAT_TABLE]:
        assert len(table.columns) == len(set(table.columns)), table.name


def test_the_flat_table_has_the_columns_the_cli_promises():
    assert set(PROMISED_EXPORT_COLUMNS) <= set(FLAT_TABLE.columns)
