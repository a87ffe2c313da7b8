"""Exported cells never run as spreadsheet formulas, and the guard undoes itself on load."""

from __future__ import annotations

import pytest

from positions.formula_guard import FORMULA_TRIGGERS, neutralise_cell, restore_cell


@pytest.mark.parametrize("trigger", FORMULA_TRIGGERS)
def test_each_trigger_is_neutralised(trigger):
    cell = f"{trigger}cmd|' /C calc'!A0"
    assert neutralise_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["plain", "", "Ukraine – neutral", "a=b", "'quoted", "''", "-", "'=1", 5, None])
def test_restore_undoes_neutralise(cell):
    assert restore_cell(neutralise_cell(cell)) == cell


def test_harmless_cells_are_left_alone():
    assert neutralise_cell("Helsinki summit") == "Helsinki summit"
    assert neutralise_cell(42) == 42
