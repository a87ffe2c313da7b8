"""Time the dashboard's rerun after a filter change, under Streamlit's AppTest.

    python benchmarks/rerun.py [--data PATH] [--repeat N]

Prints the median and spread of the rerun after changing the stance filter,
alternating between two values so every rerun really filters anew.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = Path(__file__).resolve().parents[1] / "app.py"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", help="dataset to open (default: the shipped dataset)")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    if args.data:
        os.environ["POSITIONS_DATA"] = args.data
    else:
        os.environ.pop("POSITIONS_DATA", None)

    at = AppTest.from_file(str(APP), default_timeout=600)
    started = time.perf_counter()
    at.run()
    first = time.perf_counter() - started
    if at.exception:
        sys.exit(f"the app failed: {at.exception}")

    stance = next(w for w in at.multiselect if w.key == "f_stances")
    timings = []
    for i in range(args.repeat):
        value = ["advances"] if i % 2 == 0 else ["mentions", "opposes"]
        stance.set_value(value)
        started = time.perf_counter()
        at.run()
        timings.append(time.perf_counter() - started)
        stance = next(w for w in at.multiselect if w.key == "f_stances")
    # The first two reruns fill the filter cache; later ones hit it or filter anew the same way.
    print(f"first run (load, from the cache if there is one, and render): {first * 1000:.0f} ms")
    print(
        f"filter-change rerun, median of {len(timings)}: {statistics.median(timings) * 1000:.0f} ms "
        f"(min {min(timings) * 1000:.0f}, max {max(timings) * 1000:.0f})"
    )


if __name__ == "__main__":
    main()
