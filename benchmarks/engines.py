"""Compare engines on the two costly queries at 1,000,000 positions: filter, and document x proposal counts.

    python benchmarks/engines.py CORPUS_FOLDER

pandas is what the package uses; Polars and DuckDB are measured when installed
(`pip install polars duckdb`: they are not dependencies). Prints medians in ms.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
from run import median_ms  # benchmarks/run.py, beside this file


def main() -> None:
    folder = Path(sys.argv[1])
    strings = pd.read_csv(folder / "positions.csv", dtype=str, keep_default_na=False)
    proposal = strings["proposal_id"].value_counts().index[0]
    rows = {}
    categorical = strings.astype({"document_id": "category", "proposal_id": "category", "stance": "category"})
    for name, frame in (("pandas, text columns", strings), ("pandas, categorical columns", categorical)):
        rows[name] = {
            "filter proposal + stance": median_ms(
                lambda f=frame: f[(f["proposal_id"] == proposal) & (f["stance"] == "advances")]
            ),
            "crosstab document x proposal": median_ms(
                lambda f=frame: pd.crosstab(f["document_id"], f["proposal_id"]), 3
            ),
            "groupby size (long form)": median_ms(
                lambda f=frame: f.groupby(["document_id", "proposal_id"], observed=True).size()
            ),
        }
    try:
        import polars as pl

        frame = pl.from_pandas(strings)
        rows["Polars"] = {
            "filter proposal + stance": median_ms(
                lambda: frame.filter((pl.col("proposal_id") == proposal) & (pl.col("stance") == "advances"))
            ),
            "crosstab document x proposal": median_ms(
                lambda: frame.pivot(
                    on="proposal_id", index="document_id", values="position_id", aggregate_function="len"
                ),
                3,
            ),
            "groupby size (long form)": median_ms(lambda: frame.group_by(["document_id", "proposal_id"]).len()),
        }
    except ImportError:
        pass
    try:
        import duckdb

        connection = duckdb.connect()
        connection.register("positions", strings)
        connection.execute("CREATE TABLE p AS SELECT * FROM positions")
        rows["DuckDB (in memory)"] = {
            "filter proposal + stance": median_ms(
                lambda: connection.execute(
                    "SELECT * FROM p WHERE proposal_id = ? AND stance = 'advances'", [proposal]
                ).df()
            ),
            "crosstab document x proposal": median_ms(
                lambda: connection.execute("PIVOT p ON proposal_id USING count(*) GROUP BY document_id").df(), 3
            ),
            "groupby size (long form)": median_ms(
                lambda: connection.execute("SELECT document_id, proposal_id, count(*) FROM p GROUP BY ALL").df()
            ),
        }
    except ImportError:
        pass
    measures = list(next(iter(rows.values())))
    print(f"{len(strings):,} positions")
    print("| engine | " + " | ".join(measures) + " |")
    print("|---|" + "---|" * len(measures))
    for name, values in rows.items():
        print(f"| {name} | " + " | ".join(str(values[m]) for m in measures) + " |")


if __name__ == "__main__":
    main()
