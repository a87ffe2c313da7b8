"""The command line: exit codes, outputs, and broken files that never produce a traceback."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from positions.cli import main
from tests.conftest import PROMISED_EXPORT_COLUMNS, read_csv, write_csv

REPO = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    """The CLI as a user runs it, in a separate process."""
    return subprocess.run(
        [sys.executable, "-m", "positions", *args], capture_output=True, text=True, cwd=REPO, timeout=120
    )


def test_validate_shipped():
    result = run("validate")
    assert result.returncode == 0
    assert result.stdout.startswith("OK: 10 proposals, 5 documents, 28 positions")


def test_export_csv_to_file_is_the_coded_comparison(tmp_path):
    out = tmp_path / "out.csv"
    assert main(["export", "--format", "csv", "-o", str(out)]) == 0
    frame = read_csv(out)
    assert len(frame) == 28
    for column in PROMISED_EXPORT_COLUMNS:
        assert column in frame.columns
    neutral = frame[frame["proposal_id"] == "neutral_status"].iloc[0]
    assert "guarantees: security, sovereignty and de-facto existing territorial integrity" in neutral["terms"].split(
        "\n"
    )


def test_export_filters_repeatable_and_comma_separated(tmp_path):
    out = tmp_path / "out.json"
    code = main(
        [
            "export",
            "--proposal",
            "arms_control,cyber_security",
            "--proposal",
            "neutral_status",
            "--stance",
            "advances",
            "--format",
            "json",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert {r["proposal_id"] for r in records} == {"arms_control", "cyber_security", "neutral_status"}
    assert {r["stance"] for r in records} == {"advances"}


def test_export_xlsx(tmp_path):
    out = tmp_path / "out.xlsx"
    assert main(["export", "--document", "riac_eln_roundtable_2019", "--format", "xlsx", "-o", str(out)]) == 0
    assert len(pd.read_excel(out)) == 6


def test_export_to_stdout(capsys):
    assert main(["export", "--stance", "opposes"]) == 0
    out = capsys.readouterr().out
    assert "European Union policymakers" in out


def test_matrix_in_the_terminal():
    result = run("matrix")
    assert result.returncode == 0
    assert "New Helsinki-type summit" in result.stdout and "±" in result.stdout
    assert "Untitled (Ivan Timofeev)" in result.stdout


def test_matrix_as_wide_csv(tmp_path):
    out = tmp_path / "matrix.csv"
    assert main(["matrix", "--format", "csv", "-o", str(out)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
    assert len(frame) == 5 and "document" in frame.columns


def test_matrix_with_no_match(capsys):
    assert main(["matrix", "--text", "zebra"]) == 0
    assert "No positions match" in capsys.readouterr().out


def test_schema_prints_the_data_dictionary(capsys):
    assert main(["schema"]) == 0
    assert "| `evidence` |" in capsys.readouterr().out


def exit_code(args: list[str]) -> int:
    with pytest.raises(SystemExit) as caught:
        main(args)
    return caught.value.code


@pytest.mark.parametrize("command", ["validate", "export", "matrix", "schema"])
def test_help_for_each_command(command, capsys):
    assert exit_code([command, "--help"]) == 0
    assert "usage:" in capsys.readouterr().out


@pytest.mark.parametrize(
    "args,message",
    [
        (["export", "--proposal", "helsinki"], "Did you mean 'helsinki_summit'"),
        (["export", "--stance", "loves"], "unknown stance"),
        (["export", "--from", "last year"], "is not a date"),
        (["export", "--format", "pdf"], "invalid choice"),
        (["frobnicate"], "invalid choice"),
        ([], "required"),
        (["export", "-o", "/nonexistent/dir/out.csv"], "cannot write"),
    ],
)
def test_usage_errors_exit_2(args, message, capsys):
    assert exit_code(args) == 2
    assert message in capsys.readouterr().err


def test_a_usage_error_in_a_real_process_prints_no_traceback():
    result = run("export", "--proposal", "helsinki")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def broken_copies(flat_csv: Path) -> dict[str, Path]:
    """Deliberately broken copies of the exported comparison table."""
    frame = read_csv(flat_csv)
    copies = {}

    def save(name: str, data: pd.DataFrame | bytes) -> None:
        path = flat_csv.with_name(f"{name}.csv")
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            write_csv(data, path)
        copies[name] = path

    save("column_removed", frame.drop(columns="stance"))
    stance = frame.copy()
    stance.loc[2, "stance"] = "endorses"
    save("unknown_stance", stance)
    typo = frame.copy()
    typo.loc[4, "proposal_id"] = "arms_contol"
    typo.loc[4, "document_id"] = typo.loc[4, "document_id"] + "x"
    save("id_typo", typo)
    save("not_utf8", flat_csv.read_text(encoding="utf-8-sig").encode("cp1252", errors="replace"))
    save("binary", bytes(range(256)) * 40)
    return copies


EXPECTED = {
    "column_removed": ("column 'stance'", "missing"),
    "unknown_stance": ("row 4, column 'stance'", "unknown stance 'endorses'"),
    "id_typo": ("row 6, column 'document_id'", "Did you mean 'timofeev_eurasian_security'"),
    "not_utf8": ("row", "not UTF-8"),
    "binary": ("binary.csv", "binary data"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_validate_broken_copies_exits_1_with_places_and_no_traceback(flat_csv, name):
    path = broken_copies(flat_csv)[name]
    result = run("validate", str(path))
    assert result.returncode == 1, result.stdout
    place, message = EXPECTED[name]
    assert place in result.stderr and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and path.name in result.stderr


def test_id_typo_names_both_columns(flat_csv):
    result = run("validate", str(broken_copies(flat_csv)["id_typo"]))
    assert "row 6, column 'proposal_id': proposal 'arms_contol' has the same name as 'arms_control'" in result.stderr


def test_main_never_raises_on_a_broken_file(flat_csv, capsys):
    for path in broken_copies(flat_csv).values():
        assert main(["validate", str(path)]) == 1
        assert main(["export", str(path)]) == 1
    capsys.readouterr()


def test_stdout_of_binary_format_to_a_terminal_is_refused(monkeypatch):
    class Terminal(io.StringIO):
        buffer = io.BytesIO()

        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdout", Terminal())
    with pytest.raises(SystemExit) as caught:
        main(["export", "--format", "xlsx"])
    assert caught.value.code == 2


def test_slides_and_handout_commands(tmp_path, capsys):
    deck, handout = tmp_path / "deck.pptx", tmp_path / "handout.html"
    assert main(["slides", "--proposal", "neutral_status", "-o", str(deck)]) == 0
    assert main(["handout", "--stance", "advances", "--title", "Seminar 3", "-o", str(handout)]) == 0
    assert deck.read_bytes()[:2] == b"PK"
    page = handout.read_text(encoding="utf-8")
    assert "<title>Seminar 3</title>" in page and "Stances: advances" in page
    assert "Wrote" in capsys.readouterr().err


def test_slides_needs_an_output_file(capsys):
    assert exit_code(["slides"]) == 2
    assert "-o/--output" in capsys.readouterr().err


def test_add_suggest_and_evaluate(dataset_copy, tmp_path, capsys):
    note = tmp_path / "note.md"
    note.write_text(
        "# A call for Helsinki 2.0\n\nEurope needs a new Helsinki conference, provided that Ukraine takes part.\n"
    )
    assert main(["add", str(note), "--data", str(dataset_copy), "--author", "Jane Doe", "--date", "2025-02"]) == 0
    assert "Added 'doe_a_call_for_helsinki_2_2025'" in capsys.readouterr().out
    assert main(["add", str(note), "--data", str(dataset_copy)]) == 1
    assert "already in the dataset as document 'doe_a_call_for_helsinki_2_2025'" in capsys.readouterr().err
    out = tmp_path / "suggested.json"
    assert (
        main(
            [
                "suggest",
                "doe_a_call_for_helsinki_2_2025",
                "--data",
                str(dataset_copy),
                "--format",
                "json",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    records = json.loads(out.read_text(encoding="utf-8"))
    assert records[0]["proposal_id"] == "helsinki_summit" and records[0]["stance"] == "advances"
    assert {"score", "confidence", "evidence_start", "evidence_end", "terms"} <= set(records[0])
    assert 0 < records[0]["confidence"] < 1
    assert main(["evaluate", str(REPO / "tests" / "evaluation" / "dev")]) == 0
    assert "Per stance" in capsys.readouterr().out


def test_suggest_a_folder_with_a_progress_bar():
    result = run("suggest", "tests/evaluation/holdout3/documents")
    assert result.returncode == 0 and "suggesting" in result.stderr
    assert result.stdout.lstrip("\ufeff").startswith("position_id,proposal_id")


def test_add_a_bad_file_exits_1(tmp_path, dataset_copy, capsys):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 nothing")
    assert main(["add", str(scan), "--data", str(dataset_copy)]) == 1
    assert "cannot be read" in capsys.readouterr().err
    assert exit_code(["suggest", "ghost_document"]) == 2


def test_synth_writes_a_valid_corpus_and_refuses_a_full_folder(tmp_path, capsys):
    out = tmp_path / "corpus"
    assert main(["synth", "--documents", "30", "--proposals", "12", "-o", str(out)]) == 0
    assert "30 documents" in capsys.readouterr().out
    assert main(["validate", str(out)]) == 0
    assert exit_code(["synth", "--documents", "5", "-o", str(out)]) == 2


def test_evaluate_says_which_reader_it_used(capsys):
    assert main(["evaluate", str(REPO / "tests" / "evaluation" / "test"), "--rules-only"]) == 0
    assert capsys.readouterr().out.startswith("Suggester: cue rules\n")


def test_evaluate_records_a_blind_run_once(tmp_path, capsys):
    ledger = tmp_path / "ledger.csv"
    blind = [
        "evaluate",
        str(REPO / "tests" / "evaluation" / "test"),
        "--rules-only",
        "--record",
        "--ledger",
        str(ledger),
    ]
    assert main(blind) == 0
    assert "pairs of test's blind run (rules)" in capsys.readouterr().out
    recorded = ledger.read_bytes()
    assert recorded.startswith(b"set,commit,reader,document,proposal_id,expected,suggested,score,sentences\ntest,")
    assert main(blind) == 1
    assert "already has a blind run by the rules reader" in capsys.readouterr().err
    assert ledger.read_bytes() == recorded


def test_train_model_refuses_what_is_not_a_labelled_set(tmp_path, capsys):
    assert exit_code(["train-model", str(tmp_path)]) == 2
    assert "is not a labelled set" in capsys.readouterr().err


@pytest.mark.model
def test_train_model_writes_weights(tmp_path, capsys):
    target = tmp_path / "weights.json"
    assert main(["train-model", str(REPO / "tests" / "evaluation" / "test"), "-o", str(target)]) == 0
    weights = json.loads(target.read_text(encoding="utf-8"))
    assert set(weights["stance"]) == {"classes", "coef", "intercept"}
    assert "helsinki_summit" in weights["detector"]["proposal_ids"]
    assert str(target) in capsys.readouterr().out
