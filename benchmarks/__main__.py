"""``python -m benchmarks``: run the benchmarks, print tables, write JSON.

Examples::

    python -m benchmarks                      # everything, ~15 minutes
    python -m benchmarks --smoke              # tiny sizes, seconds (CI)
    python -m benchmarks --only extraction --only hostile --runs 3
    python -m benchmarks --json /tmp/bench.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks import (
    extraction,
    hostile,
    instructions,
    reconciliation,
    report,
    startup,
)
from benchmarks.timing import pin_to_one_core

SECTIONS: dict[str, ModuleType] = {
    "extraction": extraction,
    "reconciliation": reconciliation,
    "startup": startup,
    "hostile": hostile,
    "instructions": instructions,
}
TITLES = {
    "extraction": "Extraction throughput (one core; one row on every core)",
    "reconciliation": "Reconciliation scale (each size in a fresh process)",
    "startup": "Start-up",
    "hostile": "Hostile input through reconcile.extract",
    "instructions": "Instructions per pass (valgrind cachegrind)",
}
DEFAULT_JSON = Path(__file__).resolve().parent / "results" / "latest.json"


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description="Benchmarks of reconcile."
    )
    parser.add_argument(
        "--smoke", action="store_true", help="tiny sizes: a check in seconds"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=list(SECTIONS),
        help="run only this section (repeatable)",
    )
    parser.add_argument(
        "--runs", type=int, help="timed runs per figure (default 5, smoke 1)"
    )
    parser.add_argument(
        "--json", type=Path, default=DEFAULT_JSON, help=f"default {DEFAULT_JSON}"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the chosen sections; print their tables and write the JSON after each."""
    args = _arguments(argv)
    runs = args.runs or (1 if args.smoke else 5)
    settings = {
        "smoke": args.smoke,
        "runs": runs,
        "cpu": pin_to_one_core(),
        "loadavg": _load(),
    }
    results: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": report.machine(),
        "settings": settings,
    }
    print(report.describe_machine(results["machine"], settings), flush=True)
    targets: list[dict[str, Any]] = []
    for name in args.only or list(SECTIONS):
        module = SECTIONS[name]
        print(f"running {name} ...", file=sys.stderr, flush=True)
        section, took = _timed(module, smoke=args.smoke, runs=runs)
        section["took_s"] = took
        results[name] = section
        targets += section["targets"]
        results["targets"] = targets
        section["loadavg"] = _load()
        report.write_json(args.json, results)
        title = f"{TITLES[name]} ({took:.0f} s, load average {section['loadavg']})"
        print(f"\n== {title}\n{module.render(section)}", flush=True)
    print(f"\n== Targets\n{report.render_targets(targets)}")
    print(f"\nwrote {args.json}")
    return 0


def _load() -> float | None:
    """The one-minute load average: above 1 means others shared the machine."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def _timed(
    module: ModuleType, *, smoke: bool, runs: int
) -> tuple[dict[str, Any], float]:
    start = time.perf_counter()
    section: dict[str, Any] = module.run(smoke=smoke, runs=runs)
    return section, time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
