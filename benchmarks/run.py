"""Benchmarks at several corpus sizes: `python benchmarks/run.py [--documents 100,1000,10000,100000]`.

Each size runs in its own process on a synthetic corpus made by
`python -m positions synth` (about 10 positions per document) and kept in
--work. Prints one Markdown table: medians over --repeat runs, in
milliseconds, and the peak resident memory of two real sessions, each in a
process of its own: a first start (validate and cache) and the dashboard
started from the cache.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def median_ms(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return round(statistics.median(timings) * 1000, 1)


def measure(folder: Path, repeat: int, rerun: bool) -> dict[str, float]:
    """All timings for one corpus, in this process."""
    from positions.dataset import read_dataset
    from positions.export import export_bytes
    from positions.queries import Filters, filter_positions, grouped_matrix, positions_matrix, side_by_side
    from positions.schema import FLAT_COLUMN_NAMES
    from positions.search import TextIndex

    results: dict[str, float] = {}
    started = time.perf_counter()
    dataset, problems = read_dataset(folder, use_cache=False)
    results["cold load + validation"] = round((time.perf_counter() - started) * 1000, 1)
    assert dataset is not None, problems[:3]
    comparison = dataset.comparison
    read_dataset(folder)  # fills the cache
    results["warm load (cache)"] = median_ms(lambda: read_dataset(folder)[0].comparison, repeat)
    results["positions"] = len(comparison)

    top_proposal = comparison["proposal_id"].value_counts().index[0]
    top_author = comparison["author"].value_counts().index[0]
    some_documents = tuple(comparison["document_id"].drop_duplicates().head(50))
    filters = {
        "filter: proposal": Filters(proposals=(top_proposal,)),
        "filter: proposal + stance": Filters(proposals=(top_proposal,), stances=("advances",)),
        "filter: category": Filters(categories=(comparison["proposal_category"].iloc[0],)),
        "filter: 50 documents": Filters(documents=some_documents),
        "filter: actor": Filters(actors=(top_author,)),
        "filter: date range": Filters(date_from="2000", date_to="2004-06"),
        "filter: free text (coded fields)": Filters(text="guaranteed border"),  # scanning every row
    }
    scan = filters.pop("filter: free text (coded fields)")
    for name, chosen in filters.items():
        results[name] = median_ms(lambda chosen=chosen: filter_positions(comparison, chosen), repeat)
    if len(comparison) <= 200_000:  # scanning every row is the CLI's path; too slow to repeat at a million
        results["filter: free text, scanning the rows (CLI)"] = median_ms(lambda: filter_positions(comparison, scan), 1)
    # Indexes are built anew in an empty cache, so their build is timed even when an earlier run left them.
    kept_cache = os.environ.get("POSITIONS_CACHE")
    os.environ["POSITIONS_CACHE"] = tempfile.mkdtemp(prefix="positions-bench-index-")
    started = time.perf_counter()
    positions_index = TextIndex.for_dataset(folder, dataset, "positions")
    results["build the positions' FTS5 index (once per version)"] = round((time.perf_counter() - started) * 1000, 1)
    results["filter: free text (FTS5 index, the dashboard's path)"] = median_ms(
        lambda: filter_positions(comparison, scan, positions_index.rows), repeat
    )
    results["matrix, one row per document (all documents)"] = median_ms(lambda: positions_matrix(comparison), 1)
    results["matrix grouped by author (the dashboard above 60 documents)"] = median_ms(
        lambda: grouped_matrix(comparison, "author"), repeat
    )
    one = filter_positions(comparison, Filters(proposals=(top_proposal,)))
    results["side by side (top proposal)"] = median_ms(lambda: side_by_side(one, dataset.terms), max(1, repeat // 2))
    started = time.perf_counter()
    index = TextIndex.for_dataset(folder, dataset)
    results["build the texts' FTS5 index (once per version)"] = round((time.perf_counter() - started) * 1000, 1)
    # What the Documents page runs: the 100 best matches and the number of matches.
    results["full-text search over the texts (FTS5): 100 best + count"] = median_ms(
        lambda: (index.search("corridor treaty", limit=100), index.count("corridor treaty")), repeat
    )
    results["full-text search over the texts (FTS5): every match, ranked"] = median_ms(
        lambda: index.search("corridor treaty"), repeat
    )
    shutil.rmtree(os.environ.pop("POSITIONS_CACHE"), ignore_errors=True)
    if kept_cache is not None:
        os.environ["POSITIONS_CACHE"] = kept_cache
    rows = comparison[FLAT_COLUMN_NAMES].head(100_000)
    results["CSV export of up to 100,000 rows"] = median_ms(lambda: export_bytes(rows, "csv"), max(1, repeat // 2))
    if rerun:
        results["dashboard rerun after a filter change (AppTest)"] = dashboard_rerun(folder, repeat)[1]
    return results


def peak_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 0)


def first_start(folder: Path) -> dict[str, float]:
    """A first start in a fresh process: read, validate and cache the dataset (an empty cache)."""
    from positions.dataset import read_dataset

    with tempfile.TemporaryDirectory(prefix="positions-bench-cache-") as empty_cache:
        os.environ["POSITIONS_CACHE"] = empty_cache
        dataset, problems = read_dataset(folder)
        assert dataset is not None, problems[:3]
        return {"peak memory, first start: validate and cache (MiB)": peak_mib()}


def dashboard_session(folder: Path) -> dict[str, float]:
    """The dashboard in a fresh process, its data in the cache: the first page, then a few filter changes."""
    first, _ = dashboard_rerun(folder, 4)
    return {
        "dashboard's first page in a fresh process, data in the cache (AppTest)": first,
        "peak memory, dashboard: first page and filter changes (MiB)": peak_mib(),
    }


SESSIONS = {"first-start": first_start, "dashboard": dashboard_session}


def dashboard_rerun(folder: Path, repeat: int) -> tuple[float, float]:
    """The dashboard's first page (data from the cache) and the median rerun after a filter change, in ms."""
    from streamlit.testing.v1 import AppTest

    os.environ["POSITIONS_DATA"] = str(folder)
    at = AppTest.from_file(str(REPO / "app.py"), default_timeout=600)
    started = time.perf_counter()
    at.run()
    first = round((time.perf_counter() - started) * 1000, 1)
    timings = []
    for i in range(repeat + 2):
        stance = next(w for w in at.multiselect if w.key == "f_stances")
        stance.set_value(["advances"] if i % 2 == 0 else ["mentions", "opposes"])
        started = time.perf_counter()
        at.run()
        timings.append(time.perf_counter() - started)
    return first, round(statistics.median(timings[2:]) * 1000, 1)


def _last_json(command: list[str]) -> dict:
    output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=REPO).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", default="100,1000,10000,100000", help="corpus sizes, in documents")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument(
        "--work", default=str(Path(tempfile.gettempdir()) / "positions-bench"), help="where corpora are kept"
    )
    parser.add_argument("--no-rerun", action="store_true", help="skip the dashboard rerun (AppTest)")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one corpus, print JSON
    parser.add_argument("--session", choices=SESSIONS, help=argparse.SUPPRESS)  # internal: with --one
    args = parser.parse_args()
    if args.one and args.session:
        print(json.dumps(SESSIONS[args.session](Path(args.one))))
        return
    if args.one:
        print(json.dumps(measure(Path(args.one), args.repeat, not args.no_rerun)))
        return
    work = Path(args.work)
    os.environ.setdefault("POSITIONS_CACHE", str(work / "cache"))
    columns: dict[str, dict[str, float]] = {}
    for documents in (int(n) for n in args.documents.split(",")):
        folder = work / f"corpus_{documents}"
        if not (folder / "positions.csv").is_file():
            subprocess.run(
                [sys.executable, "-m", "positions", "synth", "--documents", str(documents), "-o", str(folder)],
                check=True,
                cwd=REPO,
            )
        command = [sys.executable, __file__, "--one", str(folder), "--repeat", str(args.repeat)]
        if args.no_rerun:
            command.append("--no-rerun")
        results = _last_json(command)
        for session in SESSIONS if not args.no_rerun else ("first-start",):
            results.update(_last_json([sys.executable, __file__, "--one", str(folder), "--session", session]))
        columns[f"{int(results['positions']):,} positions"] = results
        print(f"measured {documents:,} documents", file=sys.stderr)
    names = [n for n in next(iter(columns.values())) if n != "positions"]
    print("| measure (median ms) | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for name in names:
        print(f"| {name} | " + " | ".join(f"{column.get(name, '')}" for column in columns.values()) + " |")


if __name__ == "__main__":
    main()
