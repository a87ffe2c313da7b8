"""The dashboard's filter state and its URL form (pure functions, no Streamlit).

The query string is the contract that links in handouts rely on:

    ?proposal=neutral_status,arms_control&stance=advances&q=guarantee
    &category=Military+security&document=ID&actor=NAME&from=2019&to=2024&undated=1

`proposal`, `document` and `stance` take repeated keys or commas; `category`
and `actor` take repeated keys only (their values may hold commas).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from positions.queries import Filters
from positions.validation import is_iso_date

# URL key -> Filters field, for the filters that hold several values.
LIST_PARAMS: dict[str, str] = {
    "proposal": "proposals",
    "category": "categories",
    "document": "documents",
    "actor": "actors",
    "stance": "stances",
}
COMMA_SEPARATED = {"proposal", "document", "stance"}
FILTER_KEYS = (*LIST_PARAMS, "q", "from", "to", "undated")


@dataclass(frozen=True)
class KnownValues:
    """What a link may name in the current dataset."""

    proposals: frozenset[str]
    categories: frozenset[str]
    documents: frozenset[str]
    actors: frozenset[str]
    stances: frozenset[str]

    def of(self, field: str) -> frozenset[str]:
        return getattr(self, field)


def _values(params: Mapping[str, list[str]], key: str) -> list[str]:
    raw = params.get(key, [])
    if isinstance(raw, str):
        raw = [raw]
    if key in COMMA_SEPARATED:
        raw = [part for value in raw for part in value.split(",")]
    return list(dict.fromkeys(v.strip() for v in raw if v.strip()))


def filters_from_params(params: Mapping[str, list[str]], known: KnownValues) -> tuple[Filters, list[str]]:
    """Filters named by a query string, and a warning for each value it could not use."""
    warnings: list[str] = []
    chosen: dict[str, tuple[str, ...]] = {}
    for key, field in LIST_PARAMS.items():
        values = _values(params, key)
        if key == "stance":
            values = [v.lower() for v in values]
        unknown = [v for v in values if v not in known.of(field)]
        if unknown:
            warnings.append(
                f"The link names an unknown {key} ({', '.join(repr(v) for v in unknown)}); it was left out."
            )
        chosen[field] = tuple(v for v in values if v in known.of(field))
    dates: dict[str, str | None] = {}
    for key in ("from", "to"):
        values = _values(params, key)
        value = values[0] if values else None
        if value and not is_iso_date(value):
            warnings.append(f"The link's '{key}' date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD; it was left out.")
            value = None
        dates[key] = value
    filters = Filters(
        **chosen,
        date_from=dates["from"],
        date_to=dates["to"],
        include_undated=_values(params, "undated")[:1] in (["1"], ["true"], ["yes"]),
        text=" ".join(_values(params, "q")),
    )
    return filters, warnings


def params_from_filters(filters: Filters) -> dict[str, list[str]]:
    """The query string of a filter state; empty filters are left out."""
    params: dict[str, list[str]] = {}
    for key, field in LIST_PARAMS.items():
        values = list(getattr(filters, field))
        if values:
            params[key] = [",".join(values)] if key in COMMA_SEPARATED else values
    if filters.text.strip():
        params["q"] = [filters.text.strip()]
    if filters.date_from:
        params["from"] = [filters.date_from]
    if filters.date_to:
        params["to"] = [filters.date_to]
    if filters.include_undated:
        params["undated"] = ["1"]
    return params


def filter_part(params: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """Only the filter keys of a query string, in a comparable form."""
    return {key: list(params[key]) for key in FILTER_KEYS if key in params and list(params[key])}
