"""Presentation mode: large type, no chrome, one proposal per slide; the slide is in the URL.

?present=1&slide=N opens slide N (1: title, 2: matrix, 3 on: one per proposal);
&reveal=1 shows a slide's documents one at a time (&step=K of them so far).
"""

from __future__ import annotations

import streamlit as st

from positions.dashboard.shell import OVERVIEW, view
from positions.dashboard.widgets import md, stance_badge
from positions.presentation import describe_filters, proposal_slides, selection_summary

# Fixed CSS, no data: hide Streamlit's chrome and enlarge the type for a projector.
PRESENTATION_CSS = """
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"], footer { display: none !important; }
[data-testid="stMainBlockContainer"] { max-width: 100% !important; padding: 1.2rem 3rem 1rem 3rem !important; }
[data-testid="stMainBlockContainer"] p, [data-testid="stMainBlockContainer"] li { font-size: 1.55rem; line-height: 1.35; }
[data-testid="stMainBlockContainer"] h1 { font-size: 2.8rem; padding-top: 0; }
[data-testid="stMainBlockContainer"] h3 { font-size: 1.7rem; }
[data-testid="stCaptionContainer"] p { font-size: 1.25rem !important; }
</style>
"""


def _int_param(name: str, default: int) -> int:
    try:
        return int(st.query_params.get(name, default))
    except ValueError:
        return default


def _go(slide: int, step: int = 0) -> None:
    st.query_params["slide"] = str(slide)
    st.query_params["step"] = str(step)


def render() -> None:
    """Draw the slide the URL names."""
    current = view()
    shown = current.shown
    st.markdown(PRESENTATION_CSS, unsafe_allow_html=True)
    slides = proposal_slides(shown, current.dataset.terms, current.dataset.proposals)
    total = 2 + len(slides)
    number = min(max(_int_param("slide", 1), 1), total)
    reveal = st.query_params.get("reveal") == "1"
    slide = slides[number - 3] if number >= 3 else None
    stands = slide.stands if slide else ()
    step = min(max(_int_param("step", 0), 0), len(stands)) if reveal else len(stands)

    # Next reveals the next document while some are hidden, then moves on.
    next_target = (number, step + 1) if reveal and step < len(stands) else (min(number + 1, total), 0)
    bar = st.container(horizontal=True, vertical_alignment="center")
    bar.button("◀ Previous", on_click=_go, args=(max(number - 1, 1), 0), disabled=number == 1, key="previous")
    bar.button(
        "Next ▶",
        on_click=_go,
        args=next_target,
        disabled=number == total and step >= len(stands),
        key="next",
        type="primary",
    )
    bar.markdown(f"**{number} / {total}**")
    revealing = bar.toggle("One document at a time", value=reveal, key="reveal_toggle")
    if revealing != reveal:
        st.query_params["reveal"] = "1" if revealing else "0"
        st.query_params["step"] = "0"
        st.rerun()
    bar.page_link(OVERVIEW, label="Leave presentation", icon=":material/close:", query_params=current.link_params)

    if number == 1:
        st.title("Who advances what in European security")
        st.markdown(selection_summary(shown))
        described = describe_filters(current.filters, current.proposal_names, current.document_names)
        if described:
            st.caption(md(described))
    elif number == 2:
        st.title("Who takes a position on what")
        st.plotly_chart(current.derived("projector_matrix_figure"), width="stretch", key="present_matrix")
    else:
        st.title(md(slide.name))
        st.caption(md(slide.definition))
        if not stands:
            st.markdown("No document advances or opposes this proposal in this selection.")
        for index, stand in enumerate(stands[:step]):
            if index == 0 or stand.stance != stands[index - 1].stance:
                st.subheader("Advanced by" if stand.stance == "advances" else "Opposed by", anchor=False)
            with st.container(border=True):
                st.markdown(f"{stance_badge(stand.stance)} **{md(stand.actor)}** · {md(stand.document)}")
                if stand.key_terms:
                    st.markdown(
                        "  \n".join(f"**{md(k.replace('_', ' ').capitalize())}:** {md(t)}" for k, t in stand.key_terms)
                    )
                st.markdown(f"> “{md(stand.short_quote)}”")
        hidden = len(stands) - step
        if hidden:
            st.caption(f"{hidden} more to reveal: press Next.")
        if slide.mentioning and step == len(stands):
            st.caption("Also mentioned by: " + md("; ".join(f"{s.actor} ({s.document})" for s in slide.mentioning)))
