"""Every script in examples/ runs to the end (each in its own process)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted((ROOT / "examples").glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=[s.stem for s in SCRIPTS])
def test_example_runs(script: Path, tmp_path: Path) -> None:
    """The script exits 0 and prints something."""
    done = subprocess.run(
        [sys.executable, str(script), str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert (0, True) == (done.returncode, bool(done.stdout.strip())), done.stderr


def test_quickstart_finds_the_disagreement() -> None:
    """The quickstart's two sides disagree about the Bordurian dead."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "quickstart.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    assert "conflict" in done.stdout


def test_build_report_writes_both_reports(tmp_path: Path) -> None:
    """build_report.py writes report.md and report.html."""
    subprocess.run(
        [sys.executable, str(ROOT / "examples" / "build_report.py"), str(tmp_path)],
        capture_output=True,
        check=True,
        cwd=ROOT,
    )
    assert ["report.html", "report.md"] == sorted(p.name for p in tmp_path.iterdir())
