"""Pieces several pages show: downloads, position cards, counts that link to quotes."""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd
import streamlit as st

from positions.charts import STANCE_COLOURS, STANCE_LABELS
from positions.dashboard.shell import COMPARE, DOCUMENTS, View
from positions.export import MEDIA_TYPES, export_bytes
from positions.schema import TERM_KINDS

# Fixed CSS (no data) for texts rendered by positions.highlight.
EVIDENCE_CSS = """
<style>
mark.evidence { padding: 0 0.1em; border-radius: 2px; }
mark.evidence.advances { background: #d1e5f0; }
mark.evidence.opposes { background: #fddbc7; }
mark.evidence.mentions { background: #eeeeee; }
mark.evidence.term { background: transparent; border-bottom: 2px dotted #2166ac; }
mark.evidence.focus { outline: 2px solid #e66101; }
a.evidence-link { color: inherit; text-decoration: none; }
.document-text { font-size: 1.05rem; line-height: 1.65; max-width: 48rem; }
</style>
"""

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>$~:])")


def md(text: str) -> str:
    """Text from a file, escaped so Markdown shows it as it is (no links, images or markup)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text))


def kind_label(kind: str) -> str:
    return kind.replace("_", " ").capitalize()


def stance_badge(stance: str) -> str:
    colour = {"advances": "blue", "opposes": "orange", "mentions": "gray", "mixed": "violet"}[stance]
    return f":{colour}-badge[{STANCE_LABELS[stance]}]"


def download_buttons(
    frame: pd.DataFrame | Callable[[], pd.DataFrame], name: str, key: str, label: str = "Download"
) -> None:
    """CSV and XLSX of exactly `frame` (injection-safe, see positions.export), built only when clicked.

    `frame` may be a function making the table, so a large one is only computed on a click.
    """
    row = st.container(horizontal=True)
    make = frame if callable(frame) else (lambda: frame)
    for fmt in ("csv", "xlsx"):
        row.download_button(
            f"{label} {fmt.upper()}",
            data=lambda fmt=fmt: export_bytes(make(), fmt, sheet_name=name[:31]),
            file_name=f"{name}.{fmt}",
            mime=MEDIA_TYPES[fmt],
            key=f"{key}_{fmt}",
            icon=":material/download:",
            on_click="ignore",  # a rerun on click races the deferred file and can void it
            disabled=isinstance(frame, pd.DataFrame) and frame.empty,
        )


def empty_state(message: str) -> None:
    st.info(message, icon=":material/filter_alt_off:")


def quote(text: str) -> None:
    st.markdown("> " + md(" ".join(text.split())))


def position_card(current: View, position: pd.Series, *, show_document: bool = True) -> None:
    """One position: who, stance, summary, terms by kind with their quotes, evidence, a link to read it."""
    with st.container(border=True):
        who = f"**{md(position['actor'])}**"
        if position.get("actor_role"):
            who += f" · {md(position['actor_role'])}"
        st.markdown(f"{stance_badge(position['stance'])} {who}")
        if show_document:
            names = current.document_names
            date = f" · {md(position['date'])}" if position["date"] else ""
            st.caption(f"In: {md(names.get(position['document_id'], position['document_id']))}{date}")
        if position.get("summary"):
            st.markdown(md(position["summary"]))
        kind_order = {kind: i for i, kind in enumerate(TERM_KINDS)}
        terms = current.terms_of([position["position_id"]]).itertuples()
        for term in sorted(terms, key=lambda t: kind_order.get(t.term_kind, len(kind_order))):
            st.markdown(
                f"**{kind_label(term.term_kind)}:** {md(term.term)}  \n:gray[“{md(' '.join(term.evidence.split()))}”]"
            )
        quote(position["evidence"])
        if not show_document:
            return
        st.page_link(
            DOCUMENTS,
            label="Read it in the document",
            icon=":material/article:",
            query_params={**current.link_params, "read": position["document_id"], "at": position["position_id"]},
        )


def count_link(count: int, params: dict[str, list[str]]) -> None:
    """A number that opens the quotes behind it (the Compare view, filtered), or a plain 0."""
    if count == 0:
        st.page_link(COMPARE, label="0", disabled=True)
        return
    st.page_link(COMPARE, label=f"**{count}**", query_params=params, help="Show the quotes behind this number")


def stance_colour_legend() -> None:
    parts = [
        f'<span style="display:inline-block;width:0.9em;height:0.9em;background:{colour};margin:0 0.3em 0 1em"></span>{STANCE_LABELS[s]}'
        for s, colour in STANCE_COLOURS.items()
    ]
    st.markdown(" ".join(parts), unsafe_allow_html=True)  # fixed labels only, no data
