"""The matrix figure: one square per document and proposal, coloured by stance, clickable."""

from __future__ import annotations

from positions.charts import STANCE_COLOURS, axis_labels, matrix_cells, matrix_figure
from positions.queries import Filters, filter_positions


def test_one_point_per_cell_with_its_ids(shipped):
    figure = matrix_figure(shipped.comparison, list(shipped.proposals["proposal_id"]))
    points = [tuple(c) for trace in figure.data for c in trace.customdata]
    cells = matrix_cells(shipped.comparison)
    assert len(points) == len(cells) == len(set(points))
    assert ("putin_security_architecture", "new_security_architecture") in points


def test_traces_are_coloured_by_stance(shipped):
    figure = matrix_figure(shipped.comparison)
    colours = {trace.name: trace.marker.color for trace in figure.data}
    assert colours["advances"] == STANCE_COLOURS["advances"]
    assert colours["advanced and opposed"] == STANCE_COLOURS["mixed"]
    assert "opposes" not in colours  # no cell is only opposed in the shipped data


def test_hover_text_is_escaped(shipped):
    comparison = shipped.comparison.copy()
    comparison.loc[0, "actor"] = "<img src=x onerror=alert(1)>"
    figure = matrix_figure(comparison)
    texts = [t for trace in figure.data for t in trace.text]
    assert not any("<img" in t for t in texts)


def test_filtered_figure_follows_the_filter(shipped):
    shown = filter_positions(shipped.comparison, Filters(stances=("advances",)))
    figure = matrix_figure(shown)
    assert [trace.name for trace in figure.data] == ["advances"]


def test_colliding_labels_get_their_ids():
    labels = axis_labels({"a": "Same long name for two", "b": "Same long name for two", "c": "Other"}, shorten_to=10)
    assert labels["a"] != labels["b"] and labels["c"] == "Other"
