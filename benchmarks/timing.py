"""Timing helpers shared by the benchmark sections.

Every figure is the median of several runs after a warm-up, with the spread
(min to max) kept beside it. The garbage collector stays on, as in real use, but
is run before each timed run so one run's garbage is not charged to the next.
"""

from __future__ import annotations

import contextlib
import gc
import os
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MB = 1_000_000  # bytes of UTF-8 text


@dataclass(frozen=True)
class Timing:
    """Wall-clock seconds of repeated runs of the same work (and CPU seconds).

    CPU time well below wall time means the machine was busy with other work.
    """

    runs: tuple[float, ...]
    cpu: tuple[float, ...] = ()

    @property
    def median(self) -> float:
        """The median run."""
        return statistics.median(self.runs)

    @property
    def spread(self) -> float:
        """(max - min) / median: 0.05 means the runs lie within 5% of each other."""
        return (max(self.runs) - min(self.runs)) / self.median if self.median else 0.0

    def to_dict(self) -> dict[str, Any]:
        """The timing as JSON-ready data."""
        return {
            "median": self.median,
            "min": min(self.runs),
            "max": max(self.runs),
            "spread": self.spread,
            "runs": list(self.runs),
            "cpu_median": statistics.median(self.cpu) if self.cpu else None,
        }


def measure(
    work: Callable[[], Any],
    *,
    runs: int,
    warmup: Callable[[], Any] | None = None,
    budget_s: float = float("inf"),
) -> tuple[Timing, Any]:
    """Time ``work`` ``runs`` times after one warm-up call.

    Args:
        work: the work to time; its last result is returned.
        runs: how many timed runs (at least one).
        warmup: called once before timing; ``work`` itself when omitted.
        budget_s: stop repeating once the timed runs took this long.

    Returns:
        The timing and the result of the last run.
    """
    (warmup or work)()
    times: list[float] = []
    cpu: list[float] = []
    result: Any = None
    while len(times) < max(1, runs) and sum(times) < budget_s:
        result = None
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        result = work()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return Timing(tuple(times), tuple(cpu)), result


def pin_to_one_core() -> int | None:
    """Pin this process (and the processes it starts) to one CPU; return it.

    Returns ``None`` where the platform cannot pin. `all_cores` lifts the pin
    for a while.
    """
    if not hasattr(os, "sched_setaffinity"):
        return None
    _ALLOWED.update(os.sched_getaffinity(0))
    cpu = max(_ALLOWED)
    os.sched_setaffinity(0, {cpu})
    return cpu


_ALLOWED: set[int] = set()  # the CPUs this process had before it was pinned


@contextlib.contextmanager
def all_cores() -> Iterator[int]:
    """Run the body on every CPU the process had before `pin_to_one_core`.

    Yields how many that is; the pin (if any) is back afterwards.
    """
    if not hasattr(os, "sched_setaffinity"):
        yield os.cpu_count() or 1
        return
    pinned = os.sched_getaffinity(0)
    allowed = _ALLOWED or pinned
    os.sched_setaffinity(0, allowed)
    try:
        yield len(allowed)
    finally:
        os.sched_setaffinity(0, pinned)


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (10^6 bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes
    return peak / MB if os.uname().sysname == "Darwin" else peak * 1024 / MB


def megabytes(texts: Any) -> float:
    """Size of some texts in MB of UTF-8."""
    return sum(len(t.encode("utf-8")) for t in texts) / MB


def run_child(
    command: list[str],
    *,
    cwd: Path,
    timeout: float,
    env: dict[str, str] | None = None,
    noise: tuple[str, ...] = (),
) -> subprocess.CompletedProcess[str] | str:
    """Run a child process; a timeout or a failure comes back as text.

    The failure's text is the last line of the child's stderr that starts with
    none of ``noise`` (a tool's own lines, such as valgrind's "==123==").
    """
    try:
        done = subprocess.run(
            command,
            cwd=cwd,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env=env,
        )
    except subprocess.TimeoutExpired:
        return f"timed out after {timeout:g} s"
    if done.returncode != 0:
        ours = [
            line
            for line in done.stderr.strip().splitlines()
            if not (noise and line.startswith(noise))
        ]
        return f"failed: {(ours or [f'exit {done.returncode}'])[-1]}"
    return done
