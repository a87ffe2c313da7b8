"""The URL form of the dashboard's filters."""

from __future__ import annotations

from positions.dashboard.state import KnownValues, filter_part, filters_from_params, params_from_filters
from positions.queries import Filters

KNOWN = KnownValues(
    proposals=frozenset({"neutral_status", "arms_control"}),
    categories=frozenset({"Military security", "Status, of states"}),
    documents=frozenset({"d1", "d2"}),
    actors=frozenset({"Putin, Vladimir", "Kubiak"}),
    stances=frozenset({"advances", "opposes", "mentions"}),
)


def test_repeated_and_comma_separated_values():
    filters, warnings = filters_from_params(
        {"proposal": ["neutral_status,arms_control"], "stance": ["advances", "Opposes"], "document": ["d1", "d2,d1"]},
        KNOWN,
    )
    assert filters.proposals == ("neutral_status", "arms_control")
    assert filters.stances == ("advances", "opposes")
    assert filters.documents == ("d1", "d2")
    assert warnings == []


def test_values_holding_commas_are_not_split():
    filters, _ = filters_from_params({"actor": ["Putin, Vladimir"], "category": ["Status, of states"]}, KNOWN)
    assert filters.actors == ("Putin, Vladimir",) and filters.categories == ("Status, of states",)


def test_unknown_values_are_dropped_with_a_warning():
    filters, warnings = filters_from_params({"proposal": ["neutral_status,helsinki"], "stance": ["loves"]}, KNOWN)
    assert filters.proposals == ("neutral_status",) and filters.stances == ()
    assert len(warnings) == 2 and "'helsinki'" in warnings[0]


def test_bad_dates_are_dropped_with_a_warning():
    filters, warnings = filters_from_params({"from": ["2019"], "to": ["yesterday"]}, KNOWN)
    assert filters.date_from == "2019" and filters.date_to is None
    assert "yesterday" in warnings[0]


def test_text_and_undated():
    filters, _ = filters_from_params({"q": ["neutral", "guarantee"], "undated": ["1"]}, KNOWN)
    assert filters.text == "neutral guarantee" and filters.include_undated


def test_round_trip():
    filters = Filters(
        proposals=("neutral_status", "arms_control"),
        categories=("Status, of states",),
        documents=("d2",),
        actors=("Putin, Vladimir", "Kubiak"),
        stances=("advances",),
        date_from="2019",
        date_to="2024-06",
        include_undated=True,
        text="hotline cyber",
    )
    params = params_from_filters(filters)
    assert params["proposal"] == ["neutral_status,arms_control"] and params["actor"] == ["Putin, Vladimir", "Kubiak"]
    assert filters_from_params(params, KNOWN) == (filters, [])


def test_empty_filters_make_an_empty_query():
    assert params_from_filters(Filters()) == {}


def test_filter_part_ignores_view_keys():
    assert filter_part({"proposal": ["a"], "read": ["d1"], "cell": ["x"], "q": []}) == {"proposal": ["a"]}
