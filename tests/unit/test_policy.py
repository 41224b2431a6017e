"""Hedge policy, taxonomy and stance."""

from __future__ import annotations

import math

import pytest

from reconcile import Claim, HedgePolicy, Stance, Taxonomy
from reconcile.errors import LexiconError


def claim(**fields: object) -> Claim:
    """A killed claim with these fields."""
    return Claim.from_dict({"measure": "killed", **fields})


@pytest.mark.parametrize(
    ("fields", "hard", "soft"),
    [
        (
            {"low": 2000, "high": 2000, "qualifier": "approximate"},
            (1500, 2500),
            (1800, 2200),
        ),
        (
            {"low": 12000, "high": 12000, "qualifier": "exact"},
            (11500, 12500),
            (11800, 12200),
        ),
        ({"low": 207, "high": 207, "qualifier": "exact"}, (207, 207), (207, 207)),
        ({"low": 10000, "qualifier": "more_than"}, (10000, math.inf), (10000, 15000)),
        ({"high": 500, "qualifier": "at_most"}, (0, 500), (250, 500)),
        (
            {"low": 10000, "high": 12000, "qualifier": "range"},
            (9500, 12500),
            (10000, 12000),
        ),
        ({"low": 1000, "high": 9999, "qualifier": "vague"}, (1000, 9999), (1000, 9999)),
    ],
)
def test_hard_and_soft_intervals(
    fields: dict[str, object], hard: tuple[float, float], soft: tuple[float, float]
) -> None:
    """The default policy reads each qualifier as documented."""
    c = claim(**fields)
    policy = HedgePolicy()
    assert (hard, soft) == (policy.hard(c), policy.soft(c))


def test_soft_lies_within_hard() -> None:
    """The honest reading never allows more than the words do."""
    policy = HedgePolicy()
    for fields in (
        {"low": 3000, "high": 3000, "qualifier": "approximate"},
        {"low": 40, "high": 40, "qualifier": "exact"},
    ):
        c = claim(**fields)
        (hl, hh), (sl, sh) = policy.hard(c), policy.soft(c)
        assert (hl <= sl, sh <= hh) == (True, True)


def test_policy_from_a_file(tmp_path: object) -> None:
    """A [policy] file changes only the values it names."""
    from pathlib import Path

    path = Path(str(tmp_path)) / "p.toml"
    path.write_text("[policy]\napproximate_soft = 0.2\n", encoding="utf-8")
    policy = HedgePolicy.from_file(path)
    assert (policy.approximate_soft, policy.lower_bound_soft) == (0.2, 1.5)


def test_bad_policy_value_is_a_lexicon_error(tmp_path: object) -> None:
    """A policy value of the wrong type names the file and the key."""
    from pathlib import Path

    path = Path(str(tmp_path)) / "p.toml"
    path.write_text('[policy]\napproximate_soft = "wide"\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"p\.toml: \[policy\.approximate_soft\]"):
        HedgePolicy.from_file(path)


def test_taxonomy_parts_and_families() -> None:
    """Killed is part of casualties for certain; captured only broadly."""
    t = Taxonomy.from_lexicon()
    assert (
        t.is_part("killed", "casualties", broad=False),
        t.is_part("captured", "casualties", broad=False),
        t.is_part("captured", "casualties"),
        t.family("reinforcement"),
        t.kind("wounded"),
        t.kind("an unknown measure"),
    ) == (True, False, True, "deployed", "cumulative", "level")


@pytest.mark.parametrize(
    ("claimant", "subject", "stance"),
    [
        ("Russia", "Russia", "own"),
        ("Ukraine", "Russia", "adversary"),
        ("North Korea", "Russia", "ally"),
        ("Japan", "Russia", "third_party"),
        (None, "Russia", "unknown"),
        ("United Kingdom; Ukraine", "Russia", "adversary"),
        # a group's people are their country's; with no country, of no known side
        ("Russia", "civilians:Ukraine", "adversary"),
        ("Ukraine", "civilians:Ukraine", "own"),
        ("Russia", "civilians", "unknown"),
    ],
)
def test_stance(claimant: str | None, subject: str, stance: str) -> None:
    """Whose figure it is relative to whose people it counts."""
    assert stance == Stance.from_lexicon().of(claimant, subject)
