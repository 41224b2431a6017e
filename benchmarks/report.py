"""What the benchmarks share in their output: the machine, targets and formats."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from pathlib import Path
from typing import Any

from tabulate import tabulate

import reconcile


def machine() -> dict[str, Any]:
    """The machine the figures were measured on."""
    return {
        "platform": platform.platform(),
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "reconcile": reconcile.__version__,
        "source": _source(),
    }


def _source() -> dict[str, Any]:
    """The commit measured and the files of ``reconcile/`` changed since."""
    root = Path(reconcile.__file__).resolve().parents[1]

    def git(*args: str) -> str:
        try:
            done = subprocess.run(
                ["git", *args], cwd=root, capture_output=True, text=True, check=False
            )
        except OSError:
            return ""
        return done.stdout.rstrip() if done.returncode == 0 else ""

    changed = git("status", "--porcelain", "--", "reconcile")
    return {
        "commit": git("rev-parse", "--short", "HEAD") or None,
        "changed": [line[3:] for line in changed.splitlines()],
    }


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def describe_machine(record: dict[str, Any], settings: dict[str, Any]) -> str:
    """Lines to print above the tables."""
    return "\n".join(
        [
            f"machine:   {record['platform']}",
            f"cpu:       {record['cpu']} ({record['cores']} cores; "
            f"benchmarks pinned to cpu {settings['cpu']})",
            f"python:    {record['implementation']} {record['python']}, "
            f"reconcile {record['reconcile']} at {record['source']['commit']}"
            + (
                f" + uncommitted changes to {', '.join(record['source']['changed'])}"
                if record["source"]["changed"]
                else ""
            ),
            f"settings:  {'smoke' if settings['smoke'] else 'full'}, "
            f"median of {settings['runs']} run(s) after a warm-up; "
            f"load average {settings['loadavg']} at start",
        ]
    )


def target(
    name: str, measured: float | None, goal: float, *, at_least: bool, unit: str = ""
) -> dict[str, Any]:
    """A target and whether the measurement meets it (``None``: not measured)."""
    met = None
    if measured is not None:
        met = measured >= goal if at_least else measured <= goal
    return {
        "name": name,
        "goal": f"{'>=' if at_least else '<='} {goal:g}{unit}",
        "measured": measured,
        "unit": unit,
        "met": met,
    }


def render_targets(targets: list[dict[str, Any]]) -> str:
    """The targets of every section, met or not."""
    rows = [
        [
            t["name"],
            t["goal"],
            "-" if t["measured"] is None else f"{t['measured']:.3g}{t['unit']}",
            {True: "yes", False: "NO", None: "n/a"}[t["met"]],
        ]
        for t in targets
    ]
    return tabulate(rows, headers=["target", "goal", "measured", "met"])


def seconds(value: float | None) -> str:
    """Seconds with three significant digits, or a dash."""
    return "-" if value is None else f"{value:.3g}"


def spread(timing: dict[str, Any] | None) -> str:
    """The spread of a timing as a percentage of its median."""
    return "-" if timing is None else f"±{timing['spread'] * 50:.1f}%"


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write the results, creating the folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, default=str) + "\n", encoding="utf-8")
