"""Group claims that speak of the same thing: claims -> `ClaimGroup`.

Claims are comparable when they count the same kind of thing (the pint
dimension of their unit), for the same side, in the same measure family, in a
compatible place. Rules are values that compose with ``&`` and describe
themselves, the way splink's comparisons do::

    rule = SameSubject() & SameFamily() & SameDimension() & SamePlace()
    rule.describe()   # 'same subject AND same measure family AND ...'

Grouping is a partition: every claim lands in exactly one group. A claim whose
place is unknown joins the group of its document's place (where most of the
document's other claims are), else the largest group it is otherwise
compatible with.
"""

from __future__ import annotations

import hashlib
import operator
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

import attrs

from reconcile.lexicon import Lexicon, default_lexicon
from reconcile.model import Claim, ClaimGroup
from reconcile.policy import Taxonomy

__all__ = [
    "AllOf",
    "Rule",
    "SameDimension",
    "SameFamily",
    "SamePlace",
    "SameSubject",
    "default_rule",
    "group_claims",
    "partition",
]

_ID = operator.attrgetter("id")
_DOC = operator.attrgetter("doc")


@attrs.frozen
class _Context:
    lexicon: Lexicon
    taxonomy: Taxonomy


class Rule:
    """A grouping rule: claims with equal keys go together."""

    #: when True, a claim whose key is ``None`` joins the largest compatible group
    joins_unknown: bool = False
    #: the claim fields the key depends on; rules that name them let grouping
    #: compute each distinct key once (leave empty when the key needs more)
    fields: tuple[str, ...] = ()

    def key(self, claim: Claim, ctx: _Context) -> Hashable:
        """The value claims must share to be grouped by this rule."""
        raise NotImplementedError

    def describe(self) -> str:
        """The rule in words."""
        raise NotImplementedError

    def rules(self) -> tuple[Rule, ...]:
        """The simple rules this rule is made of."""
        return (self,)

    def __and__(self, other: Rule) -> AllOf:
        return AllOf(self.rules() + other.rules())


@attrs.frozen
class AllOf(Rule):
    """Claims must agree on every one of the rules."""

    parts: tuple[Rule, ...]

    def key(self, claim: Claim, ctx: _Context) -> Hashable:
        """The tuple of every part's key."""
        return tuple(p.key(claim, ctx) for p in self.parts)

    def describe(self) -> str:
        """The parts joined by AND."""
        return " AND ".join(p.describe() for p in self.parts)

    def rules(self) -> tuple[Rule, ...]:
        """The parts."""
        return self.parts


@attrs.frozen
class SameSubject(Rule):
    """Same side counted: North Korean losses are not Russian losses."""

    fields = ("subject",)

    def key(self, claim: Claim, ctx: _Context) -> Hashable:
        """The subject."""
        return claim.subject

    def describe(self) -> str:
        """In words."""
        return "same subject"


@attrs.frozen
class SameFamily(Rule):
    """Same measure family: killed, wounded and casualties compare; deployed apart."""

    fields = ("measure",)

    def key(self, claim: Claim, ctx: _Context) -> Hashable:
        """The root of the measure's taxonomy tree."""
        return ctx.taxonomy.family(claim.measure)

    def describe(self) -> str:
        """In words."""
        return "same measure family"


@attrs.frozen
class SameDimension(Rule):
    """Same kind of thing counted (the pint dimension of the claim's unit)."""

    fields = ("unit",)

    def key(self, claim: Claim, ctx: _Context) -> Hashable:
        """The dimensionality of the unit, as a string."""
        return unit_dimension(claim.unit, ctx.lexicon)

    def describe(self) -> str:
        """In words."""
        return "same unit dimension"


@attrs.frozen
class SamePlace(Rule):
    """Compatible place: the same top place (country); unknown places join in."""

    fields = ("location",)

    joins_unknown = True

    def key(self, claim: Claim, ctx: _Context) -> Hashable:
        """The outermost place of the gazetteer containing the claim's place."""
        return ctx.lexicon.top_place(claim.location)

    def describe(self) -> str:
        """In words."""
        return "compatible place"


def default_rule() -> Rule:
    """The rule `reconcile` groups by unless told otherwise.

    >>> default_rule().describe()
    'same subject AND same measure family AND same unit dimension AND compatible place'
    """
    return SameSubject() & SameFamily() & SameDimension() & SamePlace()


_DIMENSIONS: dict[tuple[int, str], str] = {}


def unit_dimension(unit: str, lexicon: Lexicon) -> str:
    """The pint dimension of a unit ("[person]"); unknown units are their own."""
    cache_key = (id(lexicon), unit)
    hit = _DIMENSIONS.get(cache_key)
    if hit is not None:
        return hit
    if unit == "person":
        found = "[person]"
    else:
        try:
            found = str(lexicon.units.parse_units(unit).dimensionality)
        except Exception:
            found = f"[{unit}]"
    _DIMENSIONS[cache_key] = found
    return found


def unit_factor(unit: str, lexicon: Lexicon) -> float:
    """How many base units one ``unit`` is (1 for "person", 12 for "dozen_people")."""
    if unit == "person":
        return 1.0
    try:
        quantity = lexicon.units.Quantity(1, unit).to_base_units()
    except Exception:
        return 1.0
    return float(quantity.magnitude)


def group_claims(
    claims: Iterable[Claim],
    rule: Rule | None = None,
    *,
    lexicon: Lexicon | None = None,
    taxonomy: Taxonomy | None = None,
) -> tuple[ClaimGroup, ...]:
    """Partition claims into groups of comparable claims.

    Args:
        claims: the claims, in any order.
        rule: the grouping rule; `default_rule` when omitted.
        lexicon: supplies places and units; the default lexicon when omitted.
        taxonomy: supplies measure families; the lexicon's when omitted.

    Returns:
        Groups in a canonical order (largest first, then by id); each claim is in
        exactly one.

    >>> a = Claim.from_dict({"id": "a", "measure": "killed", "low": 5})
    >>> b = Claim.from_dict({"id": "b", "measure": "casualties", "low": 9})
    >>> [g.claims for g in group_claims([b, a])]
    [('a', 'b')]
    """
    return tuple(
        g for g, _ in partition(claims, rule, lexicon=lexicon, taxonomy=taxonomy)
    )


def partition(
    claims: Iterable[Claim],
    rule: Rule | None = None,
    *,
    lexicon: Lexicon | None = None,
    taxonomy: Taxonomy | None = None,
) -> list[tuple[ClaimGroup, list[Claim]]]:
    """`group_claims` with each group's claims (in the group's order) beside it."""
    return _partition_sorted(
        sorted(claims, key=_ID), rule, lexicon=lexicon, taxonomy=taxonomy
    )


def _partition_sorted(
    ordered: Sequence[Claim],
    rule: Rule | None = None,
    *,
    lexicon: Lexicon | None = None,
    taxonomy: Taxonomy | None = None,
) -> list[tuple[ClaimGroup, list[Claim]]]:
    """`partition` of claims already in id order (`reconcile` sorts them once)."""
    lex = lexicon or default_lexicon()
    ctx = _Context(lexicon=lex, taxonomy=taxonomy or Taxonomy.from_lexicon(lex))
    rule = rule or default_rule()
    parts = rule.rules()
    buckets: dict[tuple[Hashable, ...], list[Claim]] = defaultdict(list)
    fields = tuple(f for p in parts for f in p.fields)
    if all(p.fields for p in parts):  # each distinct key is computed once
        known: dict[Any, tuple[Hashable, ...]] = {}
        read = operator.attrgetter(*fields)  # one field: the value, not a tuple
        for claim in ordered:
            values = read(claim)
            key = known.get(values)
            if key is None:
                key = known[values] = tuple(p.key(claim, ctx) for p in parts)
            buckets[key].append(claim)
    else:
        for claim in ordered:
            buckets[tuple(p.key(claim, ctx) for p in parts)].append(claim)
    for position, part in enumerate(parts):
        if part.joins_unknown:
            buckets = _join_unknown(buckets, position)
    return sorted(
        ((_group(key, members, parts), members) for key, members in buckets.items()),
        key=lambda pair: (-len(pair[1]), pair[0].id),
    )


def _join_unknown(
    buckets: dict[tuple[Hashable, ...], list[Claim]], position: int
) -> dict[tuple[Hashable, ...], list[Claim]]:
    """Move claims with ``None`` at ``position`` to where their document's claims are.

    When it has siblings with a value, a claim goes to the one with its
    document's own value (`_homes`: the value most of the document's other claims
    have, "Colombia" for a story whose located claims are in Colombia; a new
    bucket if none has it), else to the largest. Claims with no sibling with a
    value stay together.
    """
    out: dict[tuple[Hashable, ...], list[Claim]] = {}
    unknown: dict[tuple[Hashable, ...], list[Claim]] = {}
    known: dict[tuple[Hashable, ...], list[tuple[Hashable, ...]]] = defaultdict(list)
    for key, members in buckets.items():
        rest = key[:position] + key[position + 1 :]
        if key[position] is None:
            unknown[rest] = members
        else:
            out[key] = members
            known[rest].append(key)
    homes = _homes(out, unknown, position)
    joined: dict[tuple[Hashable, ...], list[Claim]] = defaultdict(list)
    for rest, members in unknown.items():
        siblings = known.get(rest)
        largest = (
            max(siblings, key=lambda k: (len(out[k]), repr(k))) if siblings else None
        )
        if not homes or largest is None:  # all of them alike, at once
            key = largest or (*rest[:position], None, *rest[position:])
            joined[key].extend(members)
            continue
        for claim in members:
            # among groups of places, its document's (a new one if need be)
            home = homes.get(claim.doc) if claim.doc is not None else None
            target = (
                largest if home is None else (*rest[:position], home, *rest[position:])
            )
            joined[target].append(claim)
    for key, members in joined.items():
        out[key] = sorted(out.get(key, []) + members, key=_ID)
    return out


def _homes(
    known: dict[tuple[Hashable, ...], list[Claim]],
    unknown: dict[tuple[Hashable, ...], list[Claim]],
    position: int,
) -> dict[str, Hashable]:
    """The value at ``position`` most of each document's known claims have.

    Only for the documents of ``unknown`` claims, and only when one value leads:
    a story of Ukraine and Gaza alike has no home.
    """
    docs = {doc for members in unknown.values() for doc in map(_DOC, members)}
    docs.discard(None)
    if not docs:
        return {}
    counts: dict[str, Counter[Hashable]] = defaultdict(Counter)
    for key, members in known.items():
        if docs.isdisjoint(map(_DOC, members)):
            continue  # (a pass in C: most buckets share no document)
        value = key[position]
        for doc, n in Counter(map(_DOC, members)).items():
            if doc in docs:
                counts[doc][value] += n
    homes: dict[str, Hashable] = {}
    for doc, counter in counts.items():
        ranked = counter.most_common(2)
        if len(ranked) == 1 or ranked[0][1] > ranked[1][1]:
            homes[doc] = ranked[0][0]
    return homes


def _group(
    key: tuple[Hashable, ...], members: Sequence[Claim], parts: Sequence[Rule]
) -> ClaimGroup:
    named = dict(zip((type(p).__name__ for p in parts), key, strict=True))
    digest = hashlib.blake2b(repr(key).encode(), digest_size=5).hexdigest()
    first = members[0]
    return ClaimGroup(
        id=f"g{digest}",
        subject=first.subject if "SameSubject" in named else None,
        family=str(named.get("SameFamily") or first.measure),
        place=named.get("SamePlace"),  # type: ignore[arg-type]
        unit=str(named.get("SameDimension") or "[person]"),
        claims=tuple(map(_ID, members)),
    )
