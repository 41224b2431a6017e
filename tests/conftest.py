"""Shared test options: ``--update-golden`` rewrites the golden files."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

# "ci" keeps the property suite to a minute or two; run the long search with
#   pytest --hypothesis-profile=thorough
settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.register_profile(
    "thorough",
    max_examples=2_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_addoption(parser: pytest.Parser) -> None:
    """Add ``--update-golden``."""
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden expected files from the current output",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when the run should rewrite golden files instead of comparing."""
    return bool(request.config.getoption("--update-golden"))
