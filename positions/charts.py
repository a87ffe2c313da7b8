"""Plotly figures of the comparison (no Streamlit: usable in notebooks and exports)."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from positions.queries import MATRIX_STANCES, combined_stance, document_labels

# Blue / orange / grey / purple: distinguishable with the common colour-vision deficiencies.
STANCE_COLOURS = {"advances": "#2166ac", "opposes": "#e66101", "mentions": "#b0b0b0", "mixed": "#762a83"}
STANCE_LABELS = {
    "advances": "advances",
    "opposes": "opposes",
    "mentions": "mentions only",
    "mixed": "advanced and opposed",
}


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _wrap(text: str, width: int = 16) -> str:
    """Break a label into lines of about `width` characters (plotly reads <br>)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + len(word) < width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "<br>".join(lines)


def axis_labels(labels: dict[str, str], shorten_to: int | None = None) -> dict[str, str]:
    """Id -> axis label; labels that would collide get their id appended."""
    made = {key: _shorten(label, shorten_to) if shorten_to else _wrap(label) for key, label in labels.items()}
    counts = pd.Series(list(made.values())).value_counts()
    return {key: (f"{label} [{key}]" if counts[label] > 1 else label) for key, label in made.items()}


def _proposal_order(cells: pd.DataFrame, proposal_order: list[str] | None) -> list[str]:
    """The proposals present in `cells`, in the codebook's order when one is given."""
    present = list(cells["proposal_id"].drop_duplicates())
    wanted = set(present)
    return [p for p in (proposal_order or []) if p in wanted] or present


def _grid_layout(figure: go.Figure, x_labels: list[str], y_labels: list[str], row_height: int) -> None:
    """The grid both matrices share: proposals across the top, rows down, a legend below."""
    figure.update_layout(
        height=max(300, row_height * len(y_labels) + 190),
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        legend={"orientation": "h", "y": -0.02, "yanchor": "top", "x": 0, "title": None},
        xaxis={
            "categoryorder": "array",
            "categoryarray": x_labels,
            "side": "top",
            "tickangle": -40,
            "tickfont": {"size": 11},
        },
        yaxis={"categoryorder": "array", "categoryarray": list(reversed(y_labels)), "automargin": True},
        plot_bgcolor="white",
    )
    figure.update_xaxes(gridcolor="#eeeeee", showgrid=True)
    figure.update_yaxes(gridcolor="#eeeeee", showgrid=True)


def matrix_cells(comparison: pd.DataFrame) -> pd.DataFrame:
    """One row per (document, proposal) that has positions: combined stance, count, actors."""
    columns = ["document_id", "proposal_id", "stance", "positions", "actors", "document", "proposal"]
    if comparison.empty:
        return pd.DataFrame(columns=columns)
    labelled = comparison.assign(
        document=document_labels(comparison),
        stance=comparison["stance"].astype(str),
        proposal=comparison["proposal"].astype(str),
    )
    cells = labelled.groupby(["document_id", "proposal_id"], sort=False, observed=True).agg(
        stance=("stance", combined_stance),
        positions=("position_id", "size"),
        actors=("actor", lambda s: ", ".join(dict.fromkeys(s))),
        document=("document", "first"),
        proposal=("proposal", "first"),
    )
    return cells.reset_index()[columns]


def matrix_figure(comparison: pd.DataFrame, proposal_order: list[str] | None = None) -> go.Figure:
    """The document x proposal matrix as a grid of coloured squares, one trace per stance.

    Each point carries `customdata = [document_id, proposal_id]`, so a click
    tells which cell was chosen.
    """
    cells = matrix_cells(comparison)
    order = _proposal_order(cells, proposal_order)
    x_of = axis_labels(dict(zip(cells["proposal_id"], cells["proposal"], strict=True)), shorten_to=34)
    y_of = axis_labels(dict(zip(cells["document_id"], cells["document"], strict=True)), shorten_to=60)
    x_labels = [x_of[p] for p in order]
    y_labels = sorted(set(y_of.values()), key=str.casefold)
    figure = go.Figure()
    for stance in MATRIX_STANCES:
        chosen = cells[cells["stance"] == stance]
        if chosen.empty:
            continue
        figure.add_trace(
            go.Scatter(
                x=chosen["proposal_id"].map(x_of),
                y=chosen["document_id"].map(y_of),
                mode="markers",
                name=STANCE_LABELS[stance],
                marker={
                    "symbol": "square",
                    "size": 30,
                    "color": STANCE_COLOURS[stance],
                    "line": {"width": 1, "color": "white"},
                },
                customdata=chosen[["document_id", "proposal_id"]].to_numpy(),
                text=[
                    f"<b>{html.escape(d)}</b><br>{html.escape(p)}<br>{STANCE_LABELS[stance]} · "
                    f"{n} position{'s' if n > 1 else ''}<br>{html.escape(a)}"
                    for d, p, n, a in zip(
                        chosen["document"], chosen["proposal"], chosen["positions"], chosen["actors"], strict=True
                    )
                ],
                hovertemplate="%{text}<extra></extra>",
            )
        )
    _grid_layout(figure, x_labels, y_labels, row_height=46)
    figure.update_layout(clickmode="event+select")
    figure.update_xaxes(range=[-0.5, len(x_labels) - 0.5])
    figure.update_yaxes(range=[-0.5, len(y_labels) - 0.5])
    return figure


def grouped_figure(cells: pd.DataFrame, proposal_order: list[str] | None = None) -> go.Figure:
    """A `grouped_matrix` page as a grid: colour = the stance most positions take, size = how many positions."""
    figure = go.Figure()
    if cells.empty:
        return figure
    dominant = cells[["advances", "opposes", "mentions"]].idxmax(axis=1)
    order = _proposal_order(cells, proposal_order)
    x_of = axis_labels(dict(zip(cells["proposal_id"], cells["proposal"], strict=True)), shorten_to=34)
    groups = list(cells["group"].drop_duplicates())
    y_of = axis_labels(dict(zip(groups, groups, strict=True)), shorten_to=50)
    largest = max(int(cells["positions"].max()), 1)
    widest = max(8, min(34, 620 // max(len(order), 1)))  # squares fit their column (about 620 px for all)
    for stance in ("advances", "opposes", "mentions"):
        chosen = cells[dominant == stance]
        if chosen.empty:
            continue
        figure.add_trace(
            go.Scatter(
                x=chosen["proposal_id"].map(x_of),
                y=chosen["group"].map(y_of),
                mode="markers",
                name=f"mostly {STANCE_LABELS[stance]}",
                marker={
                    "symbol": "square",
                    "size": [widest * (0.35 + 0.65 * (n / largest) ** 0.5) for n in chosen["positions"]],
                    "color": STANCE_COLOURS[stance],
                },
                text=[
                    f"<b>{html.escape(g)}</b><br>{html.escape(p)}<br>{d} documents · {a} advance, {o} oppose, {m} mention"
                    for g, p, d, a, o, m in zip(
                        chosen["group"],
                        chosen["proposal"],
                        chosen["documents"],
                        chosen["advances"],
                        chosen["opposes"],
                        chosen["mentions"],
                        strict=True,
                    )
                ],
                hovertemplate="%{text}<extra></extra>",
            )
        )
    _grid_layout(figure, [x_of[p] for p in order], [y_of[g] for g in groups], row_height=30)
    return figure
