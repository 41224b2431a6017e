"""The cyclic collector is paused during extraction and reconciliation, safely."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile import extract, reconcile
from reconcile._gc import collector_paused
from reconcile.lexicon import default_lexicon
from reconcile.mentions import find_mentions

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TEXTS = [
    "Officials said about 2,000 soldiers were killed and 3,100 wounded by May.",
    "Between 10 and 12 thousand troops arrived; more than 300 are missing.",
    "Mira Osk said 12 soldiers were killed. " * 40,
    "between 1 and between 2 and " * 50,
]


@pytest.fixture
def collector_on() -> Iterator[None]:
    """The collector on, as in a fresh interpreter, and left as it was found."""
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_extraction_and_reconciliation_make_no_reference_cycles(
    collector_on: None,
) -> None:
    """Pausing the collector loses nothing: no garbage waits for it."""
    default_lexicon()  # built once, outside the check
    texts = TEXTS + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    gc.collect()
    gc.disable()
    claims = [c for t in texts for c in extract(t, published=dt.date(2025, 5, 1))]
    reconcile(claims)
    assert gc.collect() == 0
    assert claims


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_the_caller_had_it(
    collector_on: None, enabled: bool
) -> None:
    """Each public call restores the collector's state, and so does an error."""
    if not enabled:
        gc.disable()
    extract(TEXTS[0])
    find_mentions(TEXTS[1])
    reconcile(extract(TEXTS[0]))
    assert gc.isenabled() is enabled
    with pytest.raises(ZeroDivisionError):
        _fail_while_paused()
    assert gc.isenabled() is enabled


def _fail_while_paused() -> None:
    with collector_paused():
        assert not gc.isenabled()
        _ = 1 / 0
