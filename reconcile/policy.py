"""The reconciler's rules as data: hedge policy, taxonomy and stance.

* `HedgePolicy` maps a claim's words to two intervals: the *hard* interval (what
  the words allow at all) and the *soft* one (their honest reading).
* `Taxonomy` says which measures are parts of which ("killed" of "casualties"),
  which are cumulative (never fall), levels (rise and fall) or increments.
* `Stance` says whether a claimant speaks of its own side, an ally or an adversary.

Defaults come from the lexicon (``lexicon/en/policy.toml``, ``measures.toml``);
callers replace any of them.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from reconcile.lexicon import Lexicon, default_lexicon
from reconcile.model import Claim, Qualifier

__all__ = ["HedgePolicy", "Interval", "Stance", "Taxonomy", "rounding_unit"]

Interval = tuple[float, float]

_WORDS = {"casualties": "killed or wounded"}
"""A closed interval of counts; ``math.inf`` for an open upper end."""


def rounding_unit(value: int) -> int:
    """The largest power of ten that divides ``value``, up to its own size.

    >>> rounding_unit(2000), rounding_unit(4700), rounding_unit(207), rounding_unit(0)
    (1000, 100, 1, 1)
    """
    if value <= 0:
        return 1
    unit = 1
    while value % (unit * 10) == 0 and unit * 10 <= value:
        unit *= 10
    return unit


def _half(value: int) -> float:
    unit = rounding_unit(value)
    return 0.0 if unit == 1 else unit / 2


@attrs.frozen(kw_only=True)
class HedgePolicy:
    """How wide a claim's words let the true count be.

    >>> policy = HedgePolicy()
    >>> c = Claim.from_dict({"measure": "killed", "low": 2000, "high": 2000,
    ...                      "qualifier": "approximate"})
    >>> policy.hard(c), policy.soft(c)
    ((1500.0, 2500.0), (1800.0, 2200.0))
    """

    approximate_soft: float = 0.10
    approximate_hard: float = 0.10
    exact_soft: float = 0.4
    max_hard: float = 0.5
    lower_bound_soft: float = 1.5
    upper_bound_soft: float = 0.5
    range_rounding: bool = True

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> HedgePolicy:
        """The policy of a lexicon's ``[policy]`` section."""
        return cls.from_mapping((lexicon or default_lexicon()).section("policy"))

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> HedgePolicy:
        """A policy from a mapping of the ``[policy]`` keys (others keep defaults)."""
        known = {f.name for f in attrs.fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})

    @classmethod
    def from_file(cls, path: str | Path) -> HedgePolicy:
        """The default policy with a TOML file's ``[policy]`` layered on it.

        Raises:
            LexiconError: the file is missing, not TOML, or has bad values.
        """
        return cls.from_lexicon(default_lexicon().extended(path))

    def _width(self, value: int, share: float) -> float:
        return min(max(_half(value), share * value), self.max_hard * value)

    def hard(self, claim: Claim) -> Interval:
        """What the words allow at all."""
        q = claim.qualifier
        lo, hi = claim.low, claim.high
        if q in (Qualifier.AT_LEAST, Qualifier.MORE_THAN) or hi is None:
            return float(lo or 0), math.inf
        if q in (Qualifier.AT_MOST, Qualifier.LESS_THAN) or lo is None:
            return 0.0, float(hi)
        if q is Qualifier.VAGUE:
            return float(lo), float(hi)
        if q is Qualifier.RANGE:
            if not self.range_rounding:
                return float(lo), float(hi)
            # both ends are rounded alike: "between 10,000 and 12,000" to 1,000s
            half = min(_half(lo), _half(hi))
            return max(0.0, lo - min(half, self.max_hard * lo)), hi + min(
                half, self.max_hard * hi
            )
        if q is Qualifier.APPROXIMATE:
            w = self._width(lo, self.approximate_hard)
            return max(0.0, lo - w), hi + w
        w = min(_half(lo), self.max_hard * lo)
        return max(0.0, lo - w), hi + w

    def soft(self, claim: Claim) -> Interval:
        """The honest reading of the words."""
        q = claim.qualifier
        lo, hi = claim.low, claim.high
        if q in (Qualifier.AT_LEAST, Qualifier.MORE_THAN) or hi is None:
            return float(lo or 0), float(lo or 0) * self.lower_bound_soft
        if q in (Qualifier.AT_MOST, Qualifier.LESS_THAN) or lo is None:
            return float(hi) * self.upper_bound_soft, float(hi)
        if q in (Qualifier.VAGUE, Qualifier.RANGE):
            return float(lo), float(hi)
        exact = min(_half(lo) * self.exact_soft, self.max_hard * lo)
        if q is Qualifier.APPROXIMATE:  # never narrower than the plain figure
            w = max(self.approximate_soft * lo, exact)
            return max(0.0, lo - w), hi + w
        return max(0.0, lo - exact), hi + exact

    def describe(self) -> str:
        """One line per setting, for reports and docs."""
        return (
            f"about N: soft +-{self.approximate_soft:.0%}, hard +-max("
            f"{self.approximate_hard:.0%}, half a rounding unit); exact N: hard +-half "
            f"a rounding unit; more than N: soft up to {self.lower_bound_soft}xN; "
            f"up to N: soft from {self.upper_bound_soft}xN"
        )


@attrs.frozen(kw_only=True, slots=False)  # slots off: it caches lookups
class Taxonomy:
    """Which measures are parts of which, and how each changes over time.

    >>> t = Taxonomy.from_lexicon()
    >>> t.family("killed"), t.is_part("killed", "casualties"), t.kind("deployed")
    ('casualties', True, 'level')
    """

    parents: Mapping[str, str | None]
    kinds: Mapping[str, str]
    increments: Mapping[str, str] = attrs.field(factory=dict)  # increment -> level
    ambiguous: frozenset[str] = frozenset()  # part_of holds only on a broad reading

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> Taxonomy:
        """The taxonomy of a lexicon's measures."""
        measures = (lexicon or default_lexicon()).measures
        return cls(
            parents={m.name: m.part_of for m in measures.values()},
            kinds={m.name: m.kind for m in measures.values()},
            increments={
                m.name: m.increment_of for m in measures.values() if m.increment_of
            },
            ambiguous=frozenset(m.name for m in measures.values() if m.ambiguous),
        )

    def kind(self, measure: str) -> str:
        """``cumulative``, ``level`` or ``increment``; unknown measures are levels."""
        return self.kinds.get(measure, "level")

    def ancestors(self, measure: str) -> list[str]:
        """The measure and every measure it is part of, nearest first."""
        found = self._ancestor_cache.get(measure)
        if found is None:
            found = self._ancestor_cache[measure] = self._ancestors(measure)
        return found

    @functools.cached_property
    def _ancestor_cache(self) -> dict[str, list[str]]:
        return {}

    @functools.cached_property
    def _certain_cache(self) -> dict[str, list[str]]:
        return {}

    def _ancestors(self, measure: str) -> list[str]:
        out = [measure]
        seen = {measure}
        parent = self.parents.get(measure)
        while parent is not None and parent not in seen:
            out.append(parent)
            seen.add(parent)
            parent = self.parents.get(parent)
        return out

    def family(self, measure: str) -> str:
        """The root of a measure's tree; an increment belongs to its level's."""
        base = self.increments.get(measure, measure)
        return self.ancestors(base)[-1]

    def is_part(self, part: str, whole: str, *, broad: bool = True) -> bool:
        """True when ``part`` is (transitively) part of ``whole``.

        With ``broad=False`` a reading-dependent link (captured in casualties)
        does not count.
        """
        if part == whole:
            return False
        return whole in (
            self.ancestors(part) if broad else self.certain_ancestors(part)
        )

    def certain_ancestors(self, measure: str) -> list[str]:
        """Ancestors reached without a reading-dependent link."""
        cache = self._certain_cache
        if measure in cache:
            return cache[measure]
        out = [measure]
        for name in self.ancestors(measure)[1:]:
            if out[-1] in self.ambiguous:
                break
            out.append(name)
        cache[measure] = out
        return out

    def words(self, measure: str) -> str:
        """How a report names a measure: casualties are "killed or wounded"."""
        return _WORDS.get(measure, measure)


@attrs.frozen(kw_only=True)
class Stance:
    """Whose figure it is relative to whose people it counts.

    A group's people ("civilians:Ukraine") are taken as their country's, and a
    group with no country ("civilians") is of no known side.

    >>> s = Stance.from_lexicon()
    >>> s.of("Ukraine", "Russia"), s.of("Russia", "Russia"), s.of(None, "Russia")
    ('adversary', 'own', 'unknown')
    >>> s.of("Russia", "civilians:Ukraine"), s.of("Russia", "civilians")
    ('adversary', 'unknown')
    """

    adversaries: frozenset[frozenset[str]] = frozenset()
    allies: frozenset[frozenset[str]] = frozenset()
    groups: frozenset[str] = frozenset()  # labels of [nouns.groups]: "civilians"

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon | None = None) -> Stance:
        """The stance pairs of a lexicon's ``[stance]`` section."""
        lex = lexicon or default_lexicon()
        sec = lex.section("stance")
        return cls(
            adversaries=frozenset(frozenset(p) for p in sec.get("adversaries", ())),
            allies=frozenset(frozenset(p) for p in sec.get("allies", ())),
            groups=frozenset(g.label for g in lex.groups.values()),
        )

    def of(self, claimant: str | None, subject: str | None) -> str:
        """``own``, ``ally``, ``adversary``, ``third_party`` or ``unknown``."""
        if claimant is None or subject is None or subject in self.groups:
            return "unknown"
        label, _colon, country = subject.partition(":")
        if country and label in self.groups:
            subject = country  # "civilians:Ukraine" are Ukraine's people
        sides = [c.strip() for c in claimant.split(";")]
        if subject in sides:
            return "own"
        if any(frozenset((side, subject)) in self.adversaries for side in sides):
            return "adversary"
        if any(frozenset((side, subject)) in self.allies for side in sides):
            return "ally"
        return "third_party"
