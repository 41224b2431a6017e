"""The cyclic collector is paused during extraction and reconciliation, safely."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile import _gc, extract, reconcile
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


class _Marker:
    """A tracked object to look for in the collector's generations."""


def _generation_of(obj: object) -> int | None:
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation=generation)):
            return generation
    return None


def test_many_objects_made_while_paused_go_to_the_oldest_generation(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past `PROMOTE_AFTER` live objects, they skip the young collections' scans."""
    monkeypatch.setattr(_gc, "PROMOTE_AFTER", 1_000)
    gc.collect()
    with collector_paused():
        kept = [_Marker() for _ in range(2_000)]
    assert _generation_of(kept[0]) == 2
    assert gc.get_freeze_count() == 0


def test_few_objects_made_while_paused_stay_young(collector_on: None) -> None:
    """A short pause leaves the young collections as they were."""
    gc.collect()
    with collector_paused():
        kept = [_Marker() for _ in range(10)]
    assert _generation_of(kept[0]) in (0, 1)


def test_objects_the_program_froze_stay_frozen(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`gc.unfreeze` would release them, so nothing is promoted then."""
    monkeypatch.setattr(_gc, "PROMOTE_AFTER", 1_000)
    frozen = _Marker()
    gc.freeze()
    try:
        count = gc.get_freeze_count()
        with collector_paused():
            kept = [_Marker() for _ in range(2_000)]
        assert gc.get_freeze_count() == count
        assert _generation_of(frozen) is None  # still in the permanent generation
        assert _generation_of(kept[0]) in (0, 1)
    finally:
        gc.unfreeze()
