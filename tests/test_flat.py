"""The flat comparison table round-trips: export, edit in a spreadsheet, load back."""

from __future__ import annotations

import pandas as pd

import positions
from tests.conftest import read_csv, write_csv


def comparable(dataset: positions.Dataset) -> pd.DataFrame:
    frame = dataset.comparison[positions.FLAT_COLUMN_NAMES]
    return frame.sort_values("position_id").reset_index(drop=True).astype(str)


def test_csv_round_trip_is_exact(shipped, flat_csv):
    assert comparable(positions.load_dataset(flat_csv)).equals(comparable(shipped))


def test_xlsx_round_trip_is_exact(shipped, flat_csv):
    path = flat_csv.with_suffix(".xlsx")
    path.write_bytes(positions.export_bytes(shipped.comparison[positions.FLAT_COLUMN_NAMES], "xlsx"))
    assert comparable(positions.load_dataset(path)).equals(comparable(shipped))


def test_round_trip_keeps_terms_and_their_quotes(shipped, flat_csv):
    loaded = positions.load_dataset(flat_csv)
    key = ["position_id", "term_kind", "term", "evidence"]
    left = loaded.terms[key].sort_values(key).reset_index(drop=True)
    right = shipped.terms[key].sort_values(key).reset_index(drop=True)
    pd.testing.assert_frame_equal(left, right)


def test_an_edited_flat_table_loads_the_edit(flat_csv):
    frame = read_csv(flat_csv)
    frame.loc[0, "stance"] = "mentions"
    frame.loc[0, "summary"] = '=HYPERLINK("http://evil")'  # a formula typed by a user stays text
    write_csv(frame, flat_csv)
    loaded = positions.load_dataset(flat_csv)
    row = loaded.positions.set_index("position_id").loc[frame.loc[0, "position_id"]]
    assert row["stance"] == "mentions" and row["summary"].startswith("=HYPERLINK")


def test_minimal_flat_table_with_only_required_columns(flat_csv):
    frame = read_csv(flat_csv)
    required = ["proposal_id", "document_id", "actor", "stance", "evidence"]
    write_csv(frame[frame["stance"] != "advances"][required], flat_csv)
    loaded = positions.load_dataset(flat_csv)
    assert set(loaded.positions["position_id"]).issubset({f"row{i}" for i in range(2, 40)})
    assert (loaded.proposals["name"] == loaded.proposals["proposal_id"]).all()


def test_rows_disagreeing_about_a_document_are_reported(flat_csv):
    frame = read_csv(flat_csv)
    rows = frame.index[frame["document_id"] == "putin_security_architecture"]
    frame.loc[rows[-1], "document_title"] = "Another title"
    write_csv(frame, flat_csv)
    dataset, problems = positions.read_dataset(flat_csv)
    assert dataset is None
    problem = problems[0]
    assert "every row of the same id must agree" in problem.message
    assert problem.row == rows[-1] + 2 and problem.column == "document_title"
    assert f"row {rows[0] + 2}" in problem.message


def test_terms_and_quotes_must_pair_up(flat_csv):
    frame = read_csv(flat_csv)
    index = frame.index[frame["terms"] != ""][0]
    frame.loc[index, "term_evidence"] = frame.loc[index, "term_evidence"].split("\n")[0]
    write_csv(frame, flat_csv)
    _, problems = positions.read_dataset(flat_csv)
    assert any(p.column == "term_evidence" and p.row == index + 2 and "1 quote(s)" in p.message for p in problems)


def test_a_malformed_term_line(flat_csv):
    frame = read_csv(flat_csv)
    index = frame.index[frame["terms"] != ""][0]
    lines = frame.loc[index, "terms"].split("\n")
    lines[0] = "deadline: by 2030"
    frame.loc[index, "terms"] = "\n".join(lines)
    write_csv(frame, flat_csv)
    _, problems = positions.read_dataset(flat_csv)
    assert problems[0].column == "terms" and "deadline" in problems[0].message


def test_flat_table_without_any_text_warns_that_evidence_was_not_checked(flat_csv, tmp_path):
    frame = read_csv(flat_csv)
    frame["document_id"] = frame["document_id"] + "_copy"
    write_csv(frame, flat_csv)
    dataset, problems = positions.read_dataset(flat_csv)
    assert dataset is not None
    assert all(p.severity == "warning" for p in problems)
    assert any("not checked" in p.message for p in problems)


def test_flat_table_evidence_is_checked_against_texts(flat_csv):
    frame = read_csv(flat_csv)
    frame.loc[3, "evidence"] = "a quote that is nowhere"
    write_csv(frame, flat_csv)
    _, problems = positions.read_dataset(flat_csv)
    assert (problems[0].row, problems[0].column) == (5, "evidence")


def test_duplicate_position_ids_in_a_flat_table(flat_csv):
    frame = read_csv(flat_csv)
    frame.loc[1, "position_id"] = frame.loc[0, "position_id"]
    write_csv(frame, flat_csv)
    _, problems = positions.read_dataset(flat_csv)
    assert any(p.row == 3 and p.column == "position_id" for p in problems)


def test_a_document_id_without_text_among_texted_ones_is_an_error(flat_csv):
    frame = read_csv(flat_csv)
    frame.loc[0, "document_id"] = "brand_new_document"
    write_csv(frame, flat_csv)
    dataset, problems = positions.read_dataset(flat_csv)
    assert dataset is None
    assert any(
        p.row == 2 and p.column == "document_id" and "texts/brand_new_document.txt" in p.message for p in problems
    )


def test_same_proposal_name_under_two_ids_is_a_likely_typo(flat_csv):
    frame = read_csv(flat_csv)
    index = frame.index[frame["proposal_id"] == "arms_control"][-1]
    frame.loc[index, "proposal_id"] = "arms_contrl"
    write_csv(frame, flat_csv)
    _, problems = positions.read_dataset(flat_csv)
    problem = next(p for p in problems if p.column == "proposal_id")
    assert problem.row == index + 2 and "'arms_contrl' has the same name as 'arms_control'" in problem.message
