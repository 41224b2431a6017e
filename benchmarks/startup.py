"""Start-up: wall time from process start to the first claim of a small article.

Times ``reconcile extract seeds/000_2144cec37ef360f3.txt`` (the installed console
script) until its first line of output and until it exits, against
``python -c pass``; then lists the heaviest imports of ``import reconcile`` from
``python -X importtime``.

Python's bytecode cache is on (in a temporary ``PYTHONPYCACHEPREFIX``, so nothing
is written beside the sources), as for an installed package. When the calling
environment turns the cache off (``PYTHONDONTWRITEBYTECODE``), the first claim is
also timed that way, where every start compiles ``reconcile`` again.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tabulate import tabulate

from benchmarks.report import seconds, spread, target
from benchmarks.timing import Timing

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "seeds" / "000_2144cec37ef360f3.txt"
RUNS = {False: 10, True: 2}
TOP = 10


def console_script() -> list[str]:
    """The installed ``reconcile`` command, next to this interpreter if there."""
    beside = Path(sys.executable).parent / "reconcile"
    found = str(beside) if beside.exists() else shutil.which("reconcile")
    if found is None:  # not installed: the module runs the same code
        return [sys.executable, "-m", "reconcile.cli"]
    return [found]


def _cached(cache: str) -> dict[str, str]:
    """The environment with the bytecode cache on, kept in ``cache``."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": cache}


def _time_process(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the first line of stdout (or exit, if none) and to exit."""
    start = time.perf_counter()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT, env=env
    ) as child:
        assert child.stdout is not None
        child.stdout.readline()
        first = time.perf_counter() - start
        child.stdout.read()
        child.wait()
        if child.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} exited {child.returncode}")
    return first, time.perf_counter() - start


def _repeat(
    command: list[str], runs: int, env: dict[str, str]
) -> tuple[Timing, Timing]:
    _time_process(command, env)  # warm-up: file and bytecode caches
    pairs = [_time_process(command, env) for _ in range(runs)]
    return Timing(tuple(p[0] for p in pairs)), Timing(tuple(p[1] for p in pairs))


def import_times(
    env: dict[str, str], module: str = "reconcile", runs: int = 3
) -> list[dict[str, Any]]:
    """The modules of ``import module`` by cumulative import time (median of runs)."""
    samples: dict[str, list[tuple[int, int]]] = {}
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )
        for line in done.stderr.splitlines():
            if not line.startswith("import time:") or "[us]" in line:
                continue
            own, total, name = line.removeprefix("import time:").split("|")
            samples.setdefault(name.strip(), []).append((int(own), int(total)))
    rows = [
        {
            "module": name,
            "self_ms": statistics.median(s[0] for s in pairs) / 1000,
            "cumulative_ms": statistics.median(s[1] for s in pairs) / 1000,
        }
        for name, pairs in samples.items()
    ]
    return sorted(rows, key=lambda r: -r["cumulative_ms"])


def run(*, smoke: bool, runs: int) -> dict[str, Any]:
    """Time both commands and read the import profile."""
    repeats = max(runs, RUNS[smoke])
    ours = [*console_script(), "extract", str(ARTICLE)]
    bare = [sys.executable, "-c", "pass"]
    print("  start-up", file=sys.stderr)
    cache = tempfile.mkdtemp(prefix="reconcile-bench-pycache-")
    try:
        env = _cached(cache)
        first, done = _repeat(ours, repeats, env)
        _, bare_done = _repeat(bare, repeats, env)
        modules = import_times(env, runs=1 if smoke else 3)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
    uncached = None
    if os.environ.get("PYTHONDONTWRITEBYTECODE"):
        uncached = _repeat(ours, repeats, dict(os.environ))[0].to_dict()
    above = first.median - bare_done.median
    return {
        "command": " ".join([Path(ours[0]).name, *ours[1:]]),
        "first_claim_s": first.to_dict(),
        "exit_s": done.to_dict(),
        "first_claim_uncached_s": uncached,
        "python_pass_s": bare_done.to_dict(),
        "above_python_s": above,
        "import_top": modules[:TOP],
        "targets": [
            target(
                "start-up above python -c pass", above, 0.5, at_least=False, unit=" s"
            )
        ],
    }


def render(section: dict[str, Any]) -> str:
    """The timings and the heaviest imports."""
    rows = [
        ["reconcile extract ARTICLE: first claim", section["first_claim_s"]],
        ["reconcile extract ARTICLE: exit", section["exit_s"]],
        ["python -c pass", section["python_pass_s"]],
    ]
    if section["first_claim_uncached_s"]:
        rows.append(
            [
                "first claim, PYTHONDONTWRITEBYTECODE (compiles at each start)",
                section["first_claim_uncached_s"],
            ]
        )
    table = tabulate(
        [[name, seconds(t["median"]), spread(t)] for name, t in rows],
        headers=["command", "s", "spread"],
    )
    imports = tabulate(
        [
            [r["module"], f"{r['cumulative_ms']:.1f}", f"{r['self_ms']:.1f}"]
            for r in section["import_top"]
        ],
        headers=["import reconcile: module", "cumulative ms", "self ms"],
    )
    above = f"first claim comes {section['above_python_s']:.3f} s after python -c pass"
    return (
        f"{table}\nARTICLE: {section['command'].split()[-1]}\n"
        f"{above} (target <= 0.5 s)\n\n{imports}"
    )
