"""Every kind of problem in a user's tables is reported by file, row and column."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import positions
from positions.validation import is_iso_date
from tests.conftest import read_csv, write_csv


def problems_of(path: Path) -> list[positions.Problem]:
    dataset, problems = positions.read_dataset(path)
    assert dataset is None, "the broken dataset was accepted"
    return problems


def edit(folder: Path, table: str, change) -> None:
    frame = read_csv(folder / f"{table}.csv")
    frame = change(frame)
    write_csv(frame, folder / f"{table}.csv")


def only(problems, **expected):
    matching = [p for p in problems if all(getattr(p, k) == v for k, v in expected.items())]
    assert matching, f"no problem with {expected} in {[str(p) for p in problems]}"
    return matching[0]


def test_missing_required_column(dataset_copy):
    edit(dataset_copy, "positions", lambda f: f.drop(columns="stance"))
    problem = only(problems_of(dataset_copy), file="positions.csv", column="stance")
    assert "missing" in problem.message


def test_unknown_column_suggests_the_right_name(dataset_copy):
    edit(dataset_copy, "positions", lambda f: f.rename(columns={"actor": "actr"}))
    problems = problems_of(dataset_copy)
    assert "Did you mean 'actor'" in only(problems, column="actr").message
    only(problems, column="actor")  # and the real one is reported missing


def test_empty_required_cell_names_its_row(dataset_copy):
    def blank(f):
        f.loc[3, "actor"] = ""
        return f

    edit(dataset_copy, "positions", blank)
    problem = only(problems_of(dataset_copy), file="positions.csv", row=5, column="actor")
    assert "empty" in problem.message


def test_unknown_proposal_and_document_ids(dataset_copy):
    def typo(f):
        f.loc[0, "proposal_id"] = "helsinki_sumit"
        f.loc[1, "document_id"] = "nowhere"
        return f

    edit(dataset_copy, "positions", typo)
    problems = problems_of(dataset_copy)
    assert "Did you mean 'helsinki_summit'" in only(problems, row=2, column="proposal_id").message
    assert "no such id in the documents table" in only(problems, row=3, column="document_id").message


def test_unknown_stance(dataset_copy):
    def bad(f):
        f.loc[4, "stance"] = "supports"
        return f

    edit(dataset_copy, "positions", bad)
    problem = only(problems_of(dataset_copy), row=6, column="stance")
    assert "advances, opposes, mentions" in problem.message


def test_stance_and_term_kind_spelling_is_forgiven(dataset_copy):
    def variants(f):
        f["stance"] = f["stance"].str.upper()
        return f

    edit(dataset_copy, "positions", variants)
    edit(dataset_copy, "terms", lambda f: f.assign(term_kind=f["term_kind"].str.replace("_", " ")))
    assert positions.load_dataset(dataset_copy).positions["stance"].isin(positions.STANCES).all()


def test_duplicate_id(dataset_copy):
    def duplicate(f):
        f.loc[2, "position_id"] = f.loc[1, "position_id"]
        return f

    edit(dataset_copy, "positions", duplicate)
    problem = only(problems_of(dataset_copy), row=4, column="position_id")
    assert "more than once" in problem.message


@pytest.mark.parametrize("date", ["2019-13", "2019-02-30", "05/03/2019", "March 2019", "19"])
def test_bad_date(dataset_copy, date):
    def bad(f):
        f.loc[0, "date"] = date
        return f

    edit(dataset_copy, "documents", bad)
    problem = only(problems_of(dataset_copy), file="documents.csv", row=2, column="date")
    assert "YYYY-MM-DD" in problem.message


@pytest.mark.parametrize(
    "date,ok",
    [("2019", True), ("2019-03", True), ("2019-03-05", True), ("2020-02-29", True), ("2019-02-29", False), ("", False)],
)
def test_iso_dates(date, ok):
    assert is_iso_date(date) is ok


def test_evidence_not_in_text(dataset_copy):
    def invent(f):
        f.loc[0, "evidence"] = "Russia demands a new Helsinki summit at once"
        return f

    edit(dataset_copy, "positions", invent)
    problem = only(problems_of(dataset_copy), file="positions.csv", row=2, column="evidence")
    assert "not in the text" in problem.message


def test_term_evidence_not_in_text(dataset_copy):
    def invent(f):
        f.loc[5, "evidence"] = "words nobody wrote"
        return f

    edit(dataset_copy, "terms", invent)
    only(problems_of(dataset_copy), file="terms.csv", row=7, column="evidence")


def test_term_pointing_to_unknown_position(dataset_copy):
    def orphan(f):
        f.loc[0, "position_id"] = "p999"
        return f

    edit(dataset_copy, "terms", orphan)
    only(problems_of(dataset_copy), file="terms.csv", row=2, column="position_id")


def test_unknown_term_kind(dataset_copy):
    def bad(f):
        f.loc[0, "term_kind"] = "deadline"
        return f

    edit(dataset_copy, "terms", bad)
    only(problems_of(dataset_copy), file="terms.csv", row=2, column="term_kind")


def test_inferred_fields_must_name_metadata_columns(dataset_copy):
    def bad(f):
        f.loc[0, "inferred_fields"] = "publisher; mood"
        return f

    edit(dataset_copy, "documents", bad)
    assert "'mood'" in only(problems_of(dataset_copy), column="inferred_fields").message


def test_missing_text_file(dataset_copy):
    (dataset_copy / "texts" / "malkevich_socialbites.txt").unlink()
    problem = only(problems_of(dataset_copy), file="documents.csv", column="document_id")
    assert "texts/malkevich_socialbites.txt" in problem.message


def test_text_file_in_wrong_encoding(dataset_copy):
    path = dataset_copy / "texts" / "malkevich_socialbites.txt"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1252", errors="replace"))
    problem = only(problems_of(dataset_copy), file="texts/malkevich_socialbites.txt")
    assert "not UTF-8" in problem.message and problem.row == 1


def test_all_problems_are_reported_at_once(dataset_copy):
    def many(f):
        f.loc[0, "stance"] = "loves"
        f.loc[1, "proposal_id"] = "nope"
        f.loc[2, "actor"] = ""
        return f

    edit(dataset_copy, "positions", many)
    edit(dataset_copy, "documents", lambda f: f.assign(date="yesterday"))
    problems = problems_of(dataset_copy)
    assert {(p.file, p.row, p.column) for p in problems} >= {
        ("positions.csv", 2, "stance"),
        ("positions.csv", 3, "proposal_id"),
        ("positions.csv", 4, "actor"),
        ("documents.csv", 2, "date"),
        ("documents.csv", 6, "date"),
    }


def test_load_dataset_raises_with_every_problem(dataset_copy):
    edit(dataset_copy, "positions", lambda f: f.drop(columns="stance"))
    with pytest.raises(positions.InvalidDataset) as caught:
        positions.load_dataset(dataset_copy)
    assert caught.value.problems
    assert "positions.csv" in str(caught.value)


def test_missing_table_file(dataset_copy):
    (dataset_copy / "terms.csv").unlink()
    assert "terms table is missing" in problems_of(dataset_copy)[0].message


def test_advancing_position_without_terms_is_a_warning(dataset_copy):
    edit(dataset_copy, "terms", lambda f: f[f["position_id"] != "p01"])
    dataset, problems = positions.read_dataset(dataset_copy)
    assert dataset is not None
    warning = only(problems, severity="warning", column="stance")
    assert "p01" in warning.message and dataset.warnings


def test_problem_reads_as_a_sentence():
    problem = positions.Problem("positions.csv", 7, "stance", "unknown stance 'x'")
    assert str(problem) == "positions.csv, row 7, column 'stance': unknown stance 'x'"


def test_a_folder_of_xlsx_tables_loads(dataset_copy):
    for table in positions.TABLES:
        frame = read_csv(dataset_copy / f"{table}.csv")
        frame.to_excel(dataset_copy / f"{table}.xlsx", index=False)
        (dataset_copy / f"{table}.csv").unlink()
    assert len(positions.load_dataset(dataset_copy).positions) == 28


def test_a_workbook_with_one_sheet_per_table_loads(dataset_copy, tmp_path):
    workbook = tmp_path / "dataset.xlsx"
    with pd.ExcelWriter(workbook) as writer:
        for table in positions.TABLES:
            read_csv(dataset_copy / f"{table}.csv").to_excel(writer, sheet_name=table, index=False)
    (tmp_path / "texts").symlink_to(dataset_copy / "texts")
    assert len(positions.load_dataset(workbook).terms) == len(positions.load_dataset(dataset_copy).terms)
