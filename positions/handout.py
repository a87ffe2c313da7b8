"""The handout: one self-contained HTML file that works offline and prints on A4.

It holds the matrix (an interactive chart, downloadable as PNG or SVG, and a
printable table), then per proposal the terms against the documents, the
documents side by side, and every quote followed by its document's citation.
plotly.js is inlined; nothing is fetched from the network. Every piece of data
is escaped with `html.escape`.
"""

from __future__ import annotations

import html
from datetime import date

import pandas as pd

from positions.charts import STANCE_COLOURS, STANCE_LABELS, matrix_figure
from positions.presentation import DEFAULT_TITLE, proposal_slides, selection_summary
from positions.queries import agreement_matrix, positions_matrix, wide_matrix

STYLE = """
@page { size: A4; margin: 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Source Sans 3", "Segoe UI", Helvetica, Arial, sans-serif; color: #222; max-width: 60rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.45; font-size: 11pt; }
h1 { font-size: 22pt; margin-bottom: 0.2rem; } h2 { font-size: 16pt; border-bottom: 2px solid #2166ac;
       padding-bottom: 0.2rem; margin-top: 2rem; } h3 { font-size: 12.5pt; margin-bottom: 0.3rem; }
.meta, .definition, .cite { color: #555; } .definition { font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; font-size: 9.5pt; }
th, td { border: 1px solid #ccc; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #f1f3f6; }
td.stance { color: #fff; text-align: center; font-size: 8.5pt; }
td.held { text-align: center; }
blockquote { margin: 0.4rem 0 0.1rem; padding: 0.2rem 0.7rem; border-left: 3px solid #2166ac; background: #f7f9fc; }
.cite { font-size: 9pt; margin: 0 0 0.8rem 0.9rem; }
.quote { break-inside: avoid; }
.chart-tools button { font: inherit; margin-right: 0.5rem; }
.legend span { display: inline-block; width: 0.9em; height: 0.9em; margin: 0 0.3em 0 1em; vertical-align: middle; }
@media print {
  body { margin: 0; max-width: none; }
  .no-print { display: none !important; }
  section.proposal { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, blockquote { break-inside: avoid; }
}
"""

CHART_TOOLS = """
<div class="chart-tools no-print">
  <button type="button" onclick="Plotly.downloadImage(document.getElementById('{id}'),
    {{format: 'png', filename: 'matrix', scale: 2}})">Download the chart as PNG</button>
  <button type="button" onclick="Plotly.downloadImage(document.getElementById('{id}'),
    {{format: 'svg', filename: 'matrix'}})">Download the chart as SVG</button>
</div>
"""


def _e(text: object) -> str:
    return html.escape(str(text))


def _table(frame: pd.DataFrame, cell_class: dict[str, str] | None = None) -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in frame.columns)
    rows = []
    for values in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, values, strict=True):
            text = "" if value is None or value is pd.NA else str(value)
            style = (cell_class or {}).get(column, "")
            cells.append(f"<td{style}>{_e(text).replace(chr(10), '<br>')}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _matrix_table(comparison: pd.DataFrame) -> str:
    stances = positions_matrix(comparison)
    wide = wide_matrix(comparison).set_index("document_id")
    names = comparison.drop_duplicates("proposal_id").set_index("proposal_id")["proposal"]
    head = "<th>Document</th>" + "".join(f"<th>{_e(names[p])}</th>" for p in stances.columns)
    rows = []
    for document_id, row in stances.iterrows():
        cells = [f"<td>{_e(wide.loc[document_id, 'document'])}</td>"]
        for proposal_id in stances.columns:
            stance = row[proposal_id]
            if stance:
                colour = STANCE_COLOURS[stance]
                cells.append(f'<td class="stance" style="background:{colour}">{_e(STANCE_LABELS[stance])}</td>')
            else:
                cells.append("<td></td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _legend() -> str:
    return (
        '<p class="legend">'
        + "".join(f'<span style="background:{c}"></span>{_e(STANCE_LABELS[s])}' for s, c in STANCE_COLOURS.items())
        + "</p>"
    )


def _chart(comparison: pd.DataFrame, proposals: pd.DataFrame) -> str:
    figure = matrix_figure(comparison, list(proposals["proposal_id"]))
    chart = figure.to_html(
        full_html=False,
        include_plotlyjs=True,
        div_id="matrix-chart",
        config={"displaylogo": False, "toImageButtonOptions": {"format": "svg", "filename": "matrix"}},
    )
    return f'<div class="no-print">{chart}{CHART_TOOLS.format(id="matrix-chart")}</div>'


def _proposal_section(slide, comparison: pd.DataFrame, terms: pd.DataFrame, labels: dict[str, str]) -> str:
    parts = [f'<section class="proposal" id="{_e(slide.proposal_id)}">', f"<h2>{_e(slide.name)}</h2>"]
    parts.append(f'<p class="definition">{_e(slide.definition)}</p>')
    holders = agreement_matrix(comparison, terms, slide.proposal_id)
    if not holders.empty:
        documents = [c for c in holders.columns if c not in ("term_kind", "term", "documents")]
        shown = holders.rename(columns={"term_kind": "Kind", "term": "Term", "documents": "Held by", **labels})
        shown["Kind"] = shown["Kind"].str.replace("_", " ").str.capitalize()
        for document_id in documents:
            shown[labels[document_id]] = shown[labels[document_id]].map({True: "●", False: ""})
        parts.append("<h3>Terms, and which documents hold them</h3>")
        parts.append(_table(shown, {labels[d]: ' class="held"' for d in documents}))
    for heading, stands in (
        ("Advanced by", slide.advancing),
        ("Opposed by", slide.opposing),
        ("Mentioned by", slide.mentioning),
    ):
        if not stands:
            continue
        parts.append(f"<h3>{heading}</h3>")
        for stand in stands:
            terms_text = "; ".join(f"{k.replace('_', ' ')}: {t}" for k, t in stand.terms)
            parts.append('<div class="quote">')
            parts.append(f"<p><strong>{_e(stand.actor)}</strong> — {_e(stand.summary)}</p>")
            if terms_text:
                parts.append(f"<p><em>Terms:</em> {_e(terms_text)}</p>")
            parts.append(f"<blockquote>“{_e(stand.quote)}”</blockquote>")
            parts.append(f'<p class="cite">{_e(stand.citation)}</p></div>')
    parts.append("</section>")
    return "\n".join(parts)


def handout_html(
    comparison: pd.DataFrame,
    terms: pd.DataFrame,
    proposals: pd.DataFrame,
    title: str = DEFAULT_TITLE,
    filters_text: str = "",
    today: date | None = None,
) -> str:
    """The handout of a selection of positions, as one HTML document."""
    made = (today or date.today()).isoformat()
    body = [f"<header><h1>{_e(title)}</h1>"]
    body.append(f'<p class="meta">{_e(selection_summary(comparison))} · made {_e(made)}</p>')
    if filters_text:
        body.append(f'<p class="meta">{_e(filters_text)}</p>')
    body.append("</header>")
    if comparison.empty:
        body.append("<p>No position matches this selection.</p>")
    else:
        body.append('<section id="matrix"><h2>Who takes a position on what</h2>')
        body.append(_chart(comparison, proposals))
        body.append(_matrix_table(comparison))
        body.append(_legend())
        body.append("</section>")
        labels = dict(zip(wide_matrix(comparison)["document_id"], wide_matrix(comparison)["document"], strict=True))
        for slide in proposal_slides(comparison, terms, proposals):
            body.append(_proposal_section(slide, comparison, terms, labels))
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    )
