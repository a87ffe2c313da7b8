"""Filters, the matrix, counts, side-by-side terms and the zone of agreement."""

from __future__ import annotations

import pandas as pd
import pytest

from positions.queries import (
    MIXED,
    Filters,
    advancing_documents,
    combined_stance,
    document_label,
    filter_positions,
    positions_matrix,
    side_by_side,
    stance_counts,
    term_agreement,
    wide_matrix,
)


def rows(comparison, **filters):
    return filter_positions(comparison, Filters(**filters))


def test_no_filter_keeps_everything(shipped):
    assert len(rows(shipped.comparison)) == len(shipped.positions)
    assert Filters().is_empty() and not Filters(text="x").is_empty()


def test_filter_by_proposal_and_stance(shipped):
    shown = rows(shipped.comparison, proposals=("arms_control",), stances=("advances",))
    assert set(shown["proposal_id"]) == {"arms_control"} and set(shown["stance"]) == {"advances"}
    assert set(shown["document_id"]) == {"european_security_russia_west_crisis", "riac_eln_roundtable_2019"}


def test_filter_by_category(shipped):
    shown = rows(shipped.comparison, categories=("Security architecture",))
    assert set(shown["proposal_category"]) == {"Security architecture"}
    assert "eurasian_forum" in set(shown["proposal_id"])


def test_filter_by_document(shipped):
    shown = rows(shipped.comparison, documents=("riac_eln_roundtable_2019",))
    assert len(shown) == 6


def test_filter_by_actor_or_author(shipped):
    assert set(rows(shipped.comparison, actors=("Katarzyna Kubiak",))["proposal_id"]) == {
        "cyber_security",
        "russia_nato_dialogue",
    }
    by_author = rows(shipped.comparison, actors=("Ivan Timofeev",))
    # Timofeev is the author of the document where Putin and Lavrov are quoted too.
    assert {"Vladimir Putin", "Sergei Lavrov", "Ivan Timofeev"} <= set(by_author["actor"])


def test_date_range_with_partial_dates(shipped):
    assert set(rows(shipped.comparison, date_from="2019", date_to="2019-03")["document_id"]) == {
        "riac_eln_roundtable_2019"
    }
    assert rows(shipped.comparison, date_from="2019-04").empty
    undated = rows(shipped.comparison, date_from="2019-04", include_undated=True)
    assert (undated["date"] == "").all() and len(undated) > 0


def test_free_text_needs_every_word_case_insensitively(shipped):
    shown = rows(shipped.comparison, text="HOTLINE cyber")
    assert set(shown["actor"]) == {"Katarzyna Kubiak"}
    assert rows(shipped.comparison, text="hotline zebra").empty


def test_combined_stance():
    assert combined_stance(pd.Series(["advances", "opposes"])) == MIXED
    assert combined_stance(pd.Series(["mentions", "advances"])) == "advances"
    assert combined_stance(pd.Series(["mentions", "opposes"])) == "opposes"
    assert combined_stance(pd.Series(["mentions"])) == "mentions"


def test_matrix_of_stances(shipped):
    matrix = positions_matrix(shipped.comparison)
    assert matrix.shape == (5, 10)
    assert matrix.loc["european_security_russia_west_crisis", "neutral_status"] == "advances"
    assert matrix.loc["putin_security_architecture", "new_security_architecture"] == MIXED
    assert matrix.loc["malkevich_socialbites", "helsinki_summit"] == ""


def test_matrix_of_counts(shipped):
    counts = positions_matrix(shipped.comparison, value="count")
    assert counts.loc["riac_eln_roundtable_2019", "russia_nato_dialogue"] == 3
    assert counts.to_numpy().sum() == len(shipped.positions)
    with pytest.raises(ValueError):
        positions_matrix(shipped.comparison, value="colour")


def test_matrix_of_nothing_is_empty(shipped):
    assert positions_matrix(shipped.comparison.iloc[0:0]).empty


def test_wide_matrix_has_a_row_per_document_and_a_column_per_proposal(shipped):
    wide = wide_matrix(shipped.comparison)
    assert list(wide.columns[:2]) == ["document_id", "document"]
    assert len(wide) == 5 and len(wide.columns) == 12
    assert "Neutral status for states between NATO and Russia" in wide.columns


def test_stance_counts_count_documents(shipped):
    counts = stance_counts(shipped.comparison, shipped.proposals).set_index("proposal_id")
    # three round-table speakers advance dialogue, but it is one document
    assert counts.loc["russia_nato_dialogue", "advances"] == 1
    assert counts.loc["russia_nato_dialogue", "documents"] == 3
    assert counts.loc["new_security_architecture", "opposes"] == 1
    filtered = rows(shipped.comparison, proposals=("helsinki_summit",))
    all_rows = stance_counts(filtered, shipped.proposals).set_index("proposal_id")
    assert len(all_rows) == 10 and all_rows.loc["neutral_status", "documents"] == 0


def test_advancing_documents(shipped):
    advancing = advancing_documents(shipped.comparison, "eurasian_forum")
    assert set(advancing["actor"]) == {"Alexander Malkevich", "Ivan Timofeev", "Vladimir Putin", "Sergei Lavrov"}


def test_side_by_side_spreads_terms_by_kind(shipped):
    shown = rows(shipped.comparison, proposals=("neutral_status", "arms_control"))
    table = side_by_side(shown, shipped.terms)
    assert len(table) == len(shown)
    neutral = table[table["proposal_id"] == "neutral_status"].iloc[0]
    assert "security, sovereignty and de-facto existing territorial integrity" in neutral["guarantees"]
    assert neutral["precondition"] == "settlement of the Ukrainian conflict"
    assert "deadline" not in table.columns


def test_term_agreement_finds_shared_terms(shipped):
    agreement = term_agreement(shipped.comparison, shipped.terms)
    shared = agreement[agreement["shared"]]
    assert set(shared["proposal_id"]) == {"new_security_architecture"}
    assert set(shared["term"]) == {
        "no dominance by a single power or bloc",
        "respect for the sovereignty and interests of all parties",
    }
    assert (agreement.loc[~agreement["shared"], "documents"] == 1).all()


def test_term_agreement_of_nothing(shipped):
    assert term_agreement(shipped.comparison.iloc[0:0], shipped.terms).empty


def test_document_label_never_invents_a_title():
    assert document_label("A title", "", "", "", "d1") == "A title"
    assert document_label("", "Ivan Timofeev", "", "", "d2") == "Untitled (Ivan Timofeev)"
    assert document_label("", "", "RIAC", "2019-03-05", "d3") == "Untitled (RIAC, 2019-03-05)"
    assert document_label("", "", "", "", "d4") == "Untitled (d4)"


def test_agreement_matrix_caps_document_columns(shipped):
    from positions.queries import agreement_matrix

    full = agreement_matrix(shipped.comparison, shipped.terms, "new_security_architecture")
    assert list(full.columns[3:]) == ["malkevich_socialbites", "putin_security_architecture"]
    capped = agreement_matrix(shipped.comparison, shipped.terms, "new_security_architecture", max_documents=1)
    assert len(capped.columns) == 4 and capped["documents"].tolist() == full["documents"].tolist()


def test_grouped_matrix_by_year_and_author(shipped):
    from positions.queries import grouped_matrix

    by_year = grouped_matrix(shipped.comparison, "year")
    assert set(by_year["group"]) == {"2019", "(not given)"}
    row = by_year[(by_year["group"] == "2019") & (by_year["proposal_id"] == "russia_nato_dialogue")].iloc[0]
    assert (row["advances"], row["documents"], row["positions"]) == (3, 1, 3)
    assert by_year.groupby("group")["positions"].sum().sum() == len(shipped.positions)
    with pytest.raises(ValueError):
        grouped_matrix(shipped.comparison, "colour")


def test_grouped_page_keeps_whole_groups_in_order(shipped):
    from positions.queries import grouped_matrix, grouped_page

    table = grouped_matrix(shipped.comparison, "author")
    order = list(table["group"].drop_duplicates())
    first, second = grouped_page(table, 1, 2), grouped_page(table, 2, 2)
    assert list(first["group"].drop_duplicates()) == order[:2]
    assert list(second["group"].drop_duplicates()) == order[2:4]
    assert len(first) == (table["group"].isin(order[:2])).sum()  # every proposal row of a group comes with it
    assert grouped_page(table, 99, 2).empty


def test_term_index_finds_the_terms_of_positions_in_the_order_given(shipped):
    from positions.queries import TermIndex

    index = TermIndex(shipped.terms)
    with_terms = list(dict.fromkeys(shipped.terms["position_id"]))
    first, second = with_terms[3], with_terms[0]
    found = index.of([first, second, "no_such_position", first])
    expected = pd.concat([shipped.terms[shipped.terms["position_id"] == p] for p in (first, second)])
    assert list(found["position_id"]) == list(expected["position_id"])
    assert sorted(found["term"]) == sorted(expected["term"])
    assert index.of([]).empty and index.of(["no_such_position"]).empty
