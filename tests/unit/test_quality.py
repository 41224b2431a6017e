"""The code stays ruff-clean, formatted and type-checked (mypy strict)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip(f"{name} is not installed (pip install -e '.[dev]')")
    return found


def test_ruff_check() -> None:
    """Ruff finds nothing to fix."""
    done = subprocess.run(
        [_tool("ruff"), "check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert (0, "") == (done.returncode, done.stderr.strip() if done.returncode else "")


def test_ruff_format() -> None:
    """The code is formatted."""
    done = subprocess.run(
        [_tool("ruff"), "format", "--check", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert 0 == done.returncode, done.stdout


def test_mypy_strict() -> None:
    """The package type-checks with mypy --strict (configured in pyproject.toml)."""
    done = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert 0 == done.returncode, done.stdout
