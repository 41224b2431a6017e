"""The benchmarks still run: ``python -m benchmarks --smoke`` exits 0 with JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reconcile._workers import cores

ROOT = Path(__file__).resolve().parents[2]
SECTIONS = ("extraction", "reconciliation", "startup", "hostile")


def test_smoke_run_writes_every_section(tmp_path: Path) -> None:
    """A smoke run exits 0 and writes JSON with the machine and every section."""
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--smoke", "--json", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert 0 == done.returncode, done.stderr[-2000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    assert {"machine", "settings", "targets", *SECTIONS} <= set(results)
    assert {"platform", "cpu", "cores", "python", "reconcile"} <= set(
        results["machine"]
    )
    assert all(results[name]["targets"] for name in SECTIONS)
    assert "Targets" in done.stdout
    counted = results["instructions"]  # skipped where valgrind is missing
    assert "skipped" in counted or all(w["per_unit"] > 0 for w in counted["workloads"])
    hostile = results["hostile"]["cases"]
    assert hostile[0]["ratio"] == 1.0  # ordinary news against itself
    for case in hostile[1:]:  # each against ordinary news timed right after it
        assert case["ratio"] == case["s_per_mb"] / case["ordinary_s_per_mb"]
    seeds = [r for r in results["extraction"]["results"] if r["corpus"] == "seeds"]
    one = next(r for r in seeds if r["tool"] == "extract_claims")
    many = [r for r in seeds if r["tool"].endswith(" processes")]
    assert len(many) == (cores() > 1)  # on every core lent to the benchmark
    assert [r["found"] for r in many] == [one["found"]] * len(many)
