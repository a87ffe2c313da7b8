"""Spreadsheet formula-injection guard (OWASP "CSV injection").

A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return would be
run as a formula by Excel or LibreOffice. On export such a cell gets a leading
apostrophe, which spreadsheets show as text. A cell that already begins with an
apostrophe gets one more, so `restore_cell` can undo the guard exactly when the
file is loaded back.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_GUARD = "'"


def neutralise_cell(value: Any) -> Any:
    if isinstance(value, str) and value and (value[0] in FORMULA_TRIGGERS or value[0] == _GUARD):
        return _GUARD + value
    return value


def restore_cell(value: Any) -> Any:
    guarded = isinstance(value, str) and len(value) > 1 and value[0] == _GUARD
    if guarded and (value[1] in FORMULA_TRIGGERS or value[1] == _GUARD):
        return value[1:]
    return value


def neutralise_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells (and column names) are guarded; only risky cells are touched."""
    guarded = frame.copy()
    for column in guarded.columns:
        values = guarded[column]
        texts = values.map(lambda v: isinstance(v, str)) if values.dtype == object else None
        if texts is None and not pd.api.types.is_string_dtype(values):
            continue
        first = values.astype(str).str[:1]
        risky = first.isin([*FORMULA_TRIGGERS, _GUARD]) & (texts if texts is not None else True)
        if risky.any():
            guarded[column] = values.astype(object)
            guarded.loc[risky, column] = _GUARD + values[risky].astype(str)
    guarded.columns = [neutralise_cell(str(c)) for c in guarded.columns]
    return guarded


def restore_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Undo the guard on a frame of text cells (only cells starting with an apostrophe are touched)."""
    restored = frame.copy(deep=False)  # copy-on-write: only the columns changed below are copied
    for column in restored.columns:
        guarded = restored[column].str.startswith(_GUARD, na=False)
        if guarded.any():
            restored.loc[guarded, column] = restored.loc[guarded, column].map(restore_cell)
    return restored
