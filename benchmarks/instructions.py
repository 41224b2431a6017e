"""Instructions counted, not seconds: a yardstick that does not drift.

Timings on a shared machine move by tens of percent from one minute to the next,
so a change that saves 3 % cannot be told from noise. Valgrind's cachegrind
counts the instructions the processor runs instead, and repeats to within about
0.5 % (with ``PYTHONHASHSEED`` fixed). Each workload runs in a child process
under ``valgrind --tool=cachegrind --cache-sim=no`` twice, with 1 and with
``1 + REPEATS`` passes, and the difference divided by ``REPEATS`` is the count of
one pass: start-up, imports and the warm-up pass cancel out.

The section is skipped when valgrind is not installed. A count is not a speed:
compare counts of one workload across commits, on one Python version.

    python -m benchmarks --only instructions
    python -m benchmarks.instructions --child extraction 3   # what each child runs
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

from tabulate import tabulate

from benchmarks.timing import run_child

ROOT = Path(__file__).resolve().parents[1]
REPEATS = {False: 4, True: 1}
CLAIMS = {False: 10_000, True: 500}
TIMEOUT_S = 900
WORKLOADS = ("extraction", "reconciliation")


def _pass(workload: str, smoke: bool) -> tuple[Any, int, str]:
    """The function one pass runs, the size of its input and the size's unit."""
    if workload == "extraction":
        from benchmarks import corpus
        from reconcile.claims import extract_claims
        from reconcile.lexicon import default_lexicon

        lexicon = default_lexicon()
        documents = corpus.seed_documents()
        size = sum(len(d.text.encode("utf-8")) for d in documents)
        return (lambda: [extract_claims(d, lexicon) for d in documents]), size, "byte"
    from benchmarks.reconciliation import generate_claims
    from reconcile.reconciler import reconcile

    claims = generate_claims(CLAIMS[smoke])
    return (lambda: reconcile(claims)), len(claims), "claim"


def child(workload: str, passes: int, smoke: bool) -> None:
    """Run ``passes`` passes of a workload after a warm-up (in the counted child)."""
    one_pass, _size, _unit = _pass(workload, smoke)
    one_pass()  # warm-up: caches of the lexicon, first imports
    for _ in range(passes):
        one_pass()


def _count(workload: str, passes: int, smoke: bool) -> int | str:
    """Instructions of a child running ``passes`` passes; an error as text."""
    command = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
        sys.executable,
        "-m",
        "benchmarks.instructions",
        "--child",
        workload,
        str(passes),
        *(["--smoke"] if smoke else []),
    ]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    done = run_child(command, cwd=ROOT, timeout=TIMEOUT_S, env=env, noise=("==", "--"))
    if isinstance(done, str):
        return done
    for line in done.stderr.splitlines():
        if "I" in line and "refs:" in line:  # "==123== I   refs:      1,234,567"
            return int(line.rsplit(":", 1)[1].replace(",", "").strip())
    return "no count in valgrind's output"


def run(*, smoke: bool, runs: int) -> dict[str, Any]:
    """Each workload's instructions per pass, or why there are none."""
    del runs  # a count repeats: one measurement is enough
    if shutil.which("valgrind") is None:
        return {"skipped": "valgrind is not installed", "targets": []}
    repeats = REPEATS[smoke]
    rows: list[dict[str, Any]] = []
    for workload in WORKLOADS[:1] if smoke else WORKLOADS:
        print(f"  instructions: {workload}", file=sys.stderr, flush=True)
        _one_pass, size, unit = _pass(workload, smoke)
        base = _count(workload, 1, smoke)
        more = _count(workload, 1 + repeats, smoke)
        row: dict[str, Any] = {"workload": workload, "size": size, "unit": unit}
        if isinstance(base, str) or isinstance(more, str):
            row["error"] = base if isinstance(base, str) else more
        else:
            per_pass = (more - base) / repeats
            row["per_pass"] = per_pass
            row["per_unit"] = per_pass / size
        rows.append(row)
    return {"repeats": repeats, "workloads": rows, "targets": []}


def render(section: dict[str, Any]) -> str:
    """One row per workload."""
    if "skipped" in section:
        return f"skipped: {section['skipped']}"
    rows = [
        [
            row["workload"],
            f"{row['size']:,} {row['unit']}s",
            "-" if "per_pass" not in row else f"{row['per_pass'] / 1e6:,.1f} M",
            "-" if "per_unit" not in row else f"{row['per_unit']:,.0f}",
            row.get("error", ""),
        ]
        for row in section["workloads"]
    ]
    table = tabulate(
        rows, headers=["workload", "input", "instructions/pass", "per unit", "note"]
    )
    return (
        f"{table}\n  extraction: the five seeds; reconciliation: "
        f"{CLAIMS[False]:,} generated claims (smoke: the seeds only); "
        f"{section['repeats']} extra pass(es) counted, PYTHONHASHSEED=0"
    )


def main(argv: list[str]) -> int:
    """``--child WORKLOAD PASSES [--smoke]``: the counted process."""
    if len(argv) >= 3 and argv[0] == "--child" and argv[1] in WORKLOADS:
        child(argv[1], int(argv[2]), smoke="--smoke" in argv[3:])
        return 0
    print(f"usage: --child {{{','.join(WORKLOADS)}}} PASSES [--smoke]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
