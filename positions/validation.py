"""Validating tables against the schema, with problems in plain words.

Per-table rules (columns present, required cells, ids, choices, dates,
references) are pandera schemas built from `positions.schema`; pandera's
failure cases are translated into `Problem`s naming file, row and column.
The rule that evidence is verbatim needs the texts and is checked here too.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import pandas as pd

from positions.evidence import locate_quote
from positions.problems import Problem
from positions.schema import ID_PATTERN, INFERABLE_FIELDS, Field, Table, split_list

if TYPE_CHECKING:
    import pandera.pandas as pa

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_ID = re.compile(ID_PATTERN)


def is_iso_date(value: str) -> bool:
    """True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date."""
    match = _DATE.match(value)
    if not match:
        return False
    year, month, day = match.groups()
    try:
        pd.Timestamp(year=int(year), month=int(month or 1), day=int(day or 1))
    except ValueError:
        return False
    return True


def _is_date_or_datetime(value: str) -> bool:
    if is_iso_date(value):
        return True
    if _DATETIME.match(value):
        try:
            pd.Timestamp(value)
        except ValueError:
            return False
        return True
    return False


def _filled(series: pd.Series) -> pd.Series:
    return series.astype(str).str.len() > 0


def _suggest(value: str, options: list[str] | set[str]) -> str:
    close = difflib.get_close_matches(value, sorted(options), n=1, cutoff=0.6)
    return f" Did you mean '{close[0]}'?" if close else ""


def _list_known(options: list[str] | set[str], limit: int = 8) -> str:
    items = sorted(options)
    shown = ", ".join(items[:limit])
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")


# Each check carries a name; MESSAGES turns (field, failing value) into words.
Message = Callable[[Field, str], str]


def _field_checks(field: Field, known_ids: Mapping[str, set[str]]) -> list[pa.Check]:
    import pandera.pandas as pa  # imported when validating only: a start from the cache does without it

    def only_filled(test: Callable[[pd.Series], pd.Series]) -> Callable[[pd.Series], pd.Series]:
        return lambda s: ~_filled(s) | test(s.astype(str))

    checks = []
    if field.required:
        checks.append(pa.Check(_filled, name="required"))
    if field.kind == "id":
        checks.append(pa.Check(only_filled(lambda s: s.str.match(ID_PATTERN)), name="id_format"))
    if field.kind == "choice":
        allowed = set(field.choices)
        checks.append(pa.Check(only_filled(lambda s: s.str.lower().isin(allowed)), name="choice"))
    if field.kind == "date":
        test = _is_date_or_datetime if field.name == "coded_at" else is_iso_date
        checks.append(pa.Check(only_filled(lambda s: s.map(test).astype(bool)), name="date"))
    if field.kind == "language":
        checks.append(pa.Check(only_filled(lambda s: s.str.match(_LANGUAGE.pattern)), name="language"))
    if field.kind == "list" and field.name == "inferred_fields":
        allowed_fields = set(INFERABLE_FIELDS)
        checks.append(
            pa.Check(
                only_filled(lambda s: s.map(lambda v: set(split_list(v)) <= allowed_fields).astype(bool)),
                name="inferred_fields",
            )
        )
    if field.references:
        known = known_ids.get(field.references, set())
        checks.append(pa.Check(only_filled(lambda s: s.isin(known)), name="reference"))
    return checks


def table_schema(table: Table, known_ids: Mapping[str, set[str]]) -> pa.DataFrameSchema:
    """The pandera schema of one table; `known_ids` maps "table.column" to ids."""
    import pandera.pandas as pa

    columns = {
        f.name: pa.Column(
            dtype=None,
            required=f.required,
            nullable=True,
            unique=f.unique,
            checks=_field_checks(f, known_ids),
        )
        for f in table.fields
    }
    return pa.DataFrameSchema(columns, strict=True, name=table.name)


def _message(table: Table, check: str, column: str | None, case: str, known_ids: Mapping[str, set[str]]) -> str:
    if check == "column_in_dataframe":
        return f"the required column '{case}' is missing"
    if check == "column_in_schema":
        return (
            f"unknown column '{case}'.{_suggest(case, table.columns)} Known columns: {', '.join(table.input_columns)}"
        )
    field = table.field(column) if column in table.columns else Field(column or "", "")
    if check == "required":
        return f"'{field.name}' is empty, but every row needs one"
    if check == "field_uniqueness":
        return f"the id '{case}' is used more than once"
    if check == "id_format":
        return f"'{case}' is not a valid id: use letters, digits, '_', '.' or '-', without spaces"
    if check == "choice":
        return f"unknown {field.name} '{case}'.{_suggest(case.lower(), field.choices)} Use one of: {', '.join(field.choices)}"
    if check == "date":
        return f"'{case}' is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2019-03-05)"
    if check == "language":
        return f"'{case}' is not a language code: use an ISO 639-1 code such as 'en' or 'ru'"
    if check == "inferred_fields":
        bad = [v for v in split_list(case) if v not in INFERABLE_FIELDS]
        return f"'{', '.join(bad)}' is not a metadata column: use {', '.join(INFERABLE_FIELDS)}"
    if check == "reference":
        target_table, _, _ = (field.references or "").partition(".")
        known = known_ids.get(field.references or "", set())
        return f"unknown {field.name} '{case}': there is no such id in the {target_table} table.{_suggest(case, known)}"
    return f"'{case}' fails the check {check}"


def validate_table(
    frame: pd.DataFrame,
    table: Table,
    label: str,
    known_ids: Mapping[str, set[str]],
    row_numbers: pd.Series | None = None,
) -> list[Problem]:
    """Every problem in one table. Rows are spreadsheet rows (header = row 1)."""
    if not set(frame.columns) & set(table.columns):
        first = ", ".join(map(str, list(frame.columns)[:5]))
        return [
            Problem(
                label,
                None,
                None,
                f"this does not look like the {table.name} table: none of its columns "
                f"({', '.join(table.required_columns)}) is there; the first row holds: {first}",
            )
        ]
    from pandera.errors import SchemaErrors

    derived = [f.name for f in table.fields if f.derived]
    frame = frame.drop(columns=[c for c in derived if c in frame.columns])
    try:
        table_schema(table, known_ids).validate(frame, lazy=True)
    except SchemaErrors as err:
        return _problems_from_failures(err.failure_cases, table, label, known_ids, row_numbers)
    return []


def _problems_from_failures(
    failures: pd.DataFrame,
    table: Table,
    label: str,
    known_ids: Mapping[str, set[str]],
    row_numbers: pd.Series | None,
) -> list[Problem]:
    problems = []
    for failure in failures.itertuples(index=False):
        check = str(failure.check)
        column = None if pd.isna(failure.column) else str(failure.column)
        case = "" if pd.isna(failure.failure_case) else str(failure.failure_case)
        row = None
        if failure.index is not None and not pd.isna(failure.index):
            index = int(failure.index)
            row = int(row_numbers.iloc[index]) if row_numbers is not None else index + 2
        if check in ("column_in_dataframe", "column_in_schema"):
            column = case
        problems.append(Problem(label, row, column, _message(table, check, column, case, known_ids)))
    return problems


def check_quotes(
    quotes: pd.DataFrame,
    texts: Mapping[str, str],
    label: str,
    quote_column: str,
    row_numbers: pd.Series | None = None,
) -> tuple[list[Problem], pd.DataFrame]:
    """Check each quote is verbatim in its document's text.

    `quotes` has columns `document_id` and `quote_column`. Returns problems and
    a frame of (start, end) offsets aligned with `quotes` (missing where not found).
    """
    problems: list[Problem] = []
    starts: list[int | None] = []
    ends: list[int | None] = []
    for i, (document_id, quote) in enumerate(zip(quotes["document_id"], quotes[quote_column], strict=True)):
        span = None
        text = texts.get(document_id)
        if quote and text is not None:
            span = locate_quote(text, quote)
            if span is None:
                row = int(row_numbers.iloc[i]) if row_numbers is not None else i + 2
                problems.append(
                    Problem(
                        label,
                        row,
                        quote_column,
                        f"the quote is not in the text of document '{document_id}': "
                        f"“{_shorten(quote)}” (evidence must be copied word for word)",
                    )
                )
        starts.append(span[0] if span else None)
        ends.append(span[1] if span else None)
    offsets = pd.DataFrame(
        {"evidence_start": pd.array(starts, dtype="Int64"), "evidence_end": pd.array(ends, dtype="Int64")},
        index=quotes.index,
    )
    return problems, offsets


def _shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
