"""The slide model shared by presentation mode, the deck and the handout."""

from __future__ import annotations

from positions.presentation import citation, describe_filters, proposal_slides, shorten
from positions.queries import Filters, filter_positions


def test_shorten_cuts_at_a_word_with_an_ellipsis():
    assert shorten("short", 10) == "short"
    cut = shorten("The neutral status of Ukraine, Moldova, Georgia and Azerbaijan", 30)
    assert len(cut) <= 30 and cut.endswith("…") and cut.startswith("The neutral status of")


def test_citation_marks_inferred_values_and_never_invents():
    riac = {
        "author": "",
        "title": "",
        "publisher": "RIAC",
        "date": "2019-03-05",
        "source": "",
        "inferred_fields": "publisher; date",
    }
    assert citation(riac) == "Unknown author, untitled, RIAC [inferred], 2019-03-05 [inferred]."
    timofeev = {
        "author": "Ivan Timofeev",
        "title": "",
        "publisher": "Valdai Discussion Club",
        "date": "",
        "source": "First published in the Valdai Discussion Club.",
    }
    assert (
        citation(timofeev)
        == "Ivan Timofeev, untitled, Valdai Discussion Club, undated. First published in the Valdai Discussion Club."
    )


def test_one_slide_per_proposal_in_codebook_order(shipped):
    slides = proposal_slides(shipped.comparison, shipped.terms, shipped.proposals)
    assert [s.proposal_id for s in slides] == list(shipped.proposals["proposal_id"])
    architecture = next(s for s in slides if s.proposal_id == "new_security_architecture")
    assert {s.actor for s in architecture.advancing} == {"Alexander Malkevich", "Vladimir Putin"}
    assert {s.actor for s in architecture.opposing} == {"European Union policymakers", "Western governments"}
    assert architecture.stands[:2] == architecture.advancing


def test_slides_follow_the_filters(shipped):
    shown = filter_positions(shipped.comparison, Filters(proposals=("neutral_status",)))
    slides = proposal_slides(shown, shipped.terms, shipped.proposals)
    assert [s.proposal_id for s in slides] == ["neutral_status"]
    stand = slides[0].advancing[0]
    assert len(stand.key_terms) == 3 < len(stand.terms)
    assert stand.quote in shipped.texts["european_security_russia_west_crisis"]


def test_describe_filters():
    text = describe_filters(Filters(proposals=("a",), stances=("advances",), date_from="2019"), {"a": "Alpha"}, {})
    assert text == "Proposals: Alpha · Stances: advances · Dates: 2019 to …"
    assert describe_filters(Filters(), {}, {}) == ""
