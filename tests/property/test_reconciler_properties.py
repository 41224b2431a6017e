"""Properties the reconciler holds for any claims (hypothesis)."""

from __future__ import annotations

import itertools
import json
import math
import re

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from reconcile import Claim, Verdict, reconcile
from reconcile.dates import period_bounds
from reconcile.findings import Item, Prepare, _repeats
from reconcile.lexicon import default_lexicon
from reconcile.model import Qualifier, Source
from reconcile.policy import HedgePolicy, Taxonomy
from reconcile.strategies import (
    ConsistentClaims,
    claim_sets,
    claims,
    consistent_claim_sets,
)

ATTENTION = {Verdict.CONFLICT, Verdict.DISAGREE}


@given(claim_sets(max_size=15), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_input_order(
    claims_: list[Claim], rnd: object
) -> None:
    """Shuffled input gives the same reconciliation."""
    shuffled = claims_[:]
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert reconcile(claims_) == reconcile(shuffled)


@given(claim_sets(max_size=15))
def test_reconciling_twice_changes_nothing(claims_: list[Claim]) -> None:
    """Reconciling a result's claims gives the same result."""
    first = reconcile(claims_)
    assert first == reconcile(first.claims)


@given(claims(), st.text(alphabet="abcdef", min_size=1, max_size=6))
def test_a_duplicate_never_creates_a_conflict(claim: Claim, other_doc: str) -> None:
    """A claim repeated (another document, another id) never conflicts with itself."""
    copy = attrs.evolve(claim, id=claim.id + "-copy", doc=claim.doc + other_doc)
    verdicts = {f.verdict for f in reconcile([claim, copy]).findings}
    assert ATTENTION.isdisjoint(verdicts)


@given(claim_sets(max_size=20))
def test_grouping_is_a_partition(claims_: list[Claim]) -> None:
    """Every claim is in exactly one group."""
    result = reconcile(claims_)
    grouped = [cid for group in result.groups for cid in group.claims]
    assert sorted(c.id for c in result.claims) == sorted(grouped)


@given(consistent_claim_sets())
def test_consistent_claims_never_conflict_or_disagree(drawn: ConsistentClaims) -> None:
    """Claims honest about one hidden truth yield no conflict and no disagreement."""
    result = reconcile(drawn.claims)
    assert [] == [f.reason for f in result.findings if f.verdict in ATTENTION]


@given(consistent_claim_sets())
def test_consensus_contains_the_truth(drawn: ConsistentClaims) -> None:
    """For honest claims, each dated consensus interval holds the true count."""
    result = reconcile(drawn.claims)
    missed = []
    for consensus in result.consensus:
        if consensus.as_of is None:
            continue
        true = drawn.truth.at(consensus.measure, consensus.as_of)
        high = math.inf if consensus.high is None else consensus.high
        if not (consensus.low or 0) <= true <= high:
            missed.append((consensus.measure, consensus.as_of, true, consensus))
    assert [] == missed


@st.composite
def disjoint_pairs(draw: st.DrawFn) -> tuple[Claim, Claim]:
    """Two claims on one subject, measure, place and date whose hard readings miss."""
    policy = HedgePolicy()
    base = draw(claims(as_ofs=st.dates().map(lambda d: d.isoformat())))
    low = draw(st.integers(1, 100_000))
    first = attrs.evolve(base, low=low, high=low, qualifier=Qualifier.EXACT, id="first")
    gap = policy.hard(first)[1]
    second_low = int(gap) + draw(st.integers(1, 100_000))
    second = attrs.evolve(
        first,
        id="second",
        doc=first.doc + "-2",
        low=second_low,
        high=second_low,
        claimant=(first.claimant or "") + "-other",
    )
    # "210" may be rounded to the nearest 10: its hard interval starts at 205
    assume(policy.hard(second)[0] > policy.hard(first)[1])
    return first, second


def test_touching_hard_intervals_only_disagree() -> None:
    """Regression found by the thorough profile: 205 vs 210 disagree, no conflict.

    '210' may be a rounded 205..215, so the two can both be true.
    """
    first = Claim.from_dict(
        {
            "id": "a",
            "measure": "deployed",
            "low": 205,
            "high": 205,
            "as_of": "2000-01-01",
            "subject": "X",
        }
    )
    second = attrs.evolve(first, id="b", doc="other", low=210, high=210, claimant="Y")
    assert [Verdict.DISAGREE] == [
        f.verdict for f in reconcile([first, second]).findings
    ]


@given(disjoint_pairs())
def test_disjoint_hard_intervals_always_conflict(pair: tuple[Claim, Claim]) -> None:
    """Same subject, measure, place and date with disjoint hard intervals: conflict."""
    assert Verdict.CONFLICT in {f.verdict for f in reconcile(list(pair)).findings}


@given(consistent_claim_sets(), st.data())
def test_widening_an_interval_never_creates_a_conflict(
    drawn: ConsistentClaims, data: st.DataObject
) -> None:
    """Loosening any claim of a conflict-free set keeps it conflict-free."""
    claims_ = list(drawn.claims)
    index = data.draw(st.integers(0, len(claims_) - 1))
    target = claims_[index]
    widened = attrs.evolve(
        target,
        low=None if target.low is None else target.low // 2,
        high=None if target.high is None else target.high * 2,
        qualifier=Qualifier.RANGE
        if target.low is not None and target.high is not None
        else target.qualifier,
    )
    claims_[index] = widened
    verdicts = {f.verdict for f in reconcile(claims_).findings}
    assert Verdict.CONFLICT not in verdicts


@given(consistent_claim_sets(max_claims=6), st.sampled_from([("dozen_people", 12)]))
def test_other_units_give_the_same_verdicts(
    drawn: ConsistentClaims, unit: tuple[str, int]
) -> None:
    """The same counts in dozens give the same verdicts as in persons."""
    name, size = unit
    whole = [
        c
        for c in drawn.claims
        if all(b is None or b % size == 0 for b in (c.low, c.high))
    ]
    in_units = [
        attrs.evolve(
            c,
            unit=name,
            low=None if c.low is None else c.low // size,
            high=None if c.high is None else c.high // size,
            qualifier=Qualifier.RANGE
            if c.qualifier is Qualifier.EXACT
            else c.qualifier,
        )
        for c in whole
    ]
    as_persons = [
        attrs.evolve(
            c,
            qualifier=Qualifier.RANGE
            if c.qualifier is Qualifier.EXACT
            else c.qualifier,
        )
        for c in whole
    ]
    assert [f.verdict for f in reconcile(as_persons).findings] == [
        f.verdict for f in reconcile(in_units).findings
    ]


@given(claims())
def test_claims_survive_a_json_round_trip(claim: Claim) -> None:
    """Claim JSON written and read back gives the same claim."""
    assert claim == Claim.from_dict(json.loads(json.dumps(claim.to_dict())))


@given(claims())
def test_as_of_periods_are_well_formed(claim: Claim) -> None:
    """Every drawn as-of parses to a first day no later than its last."""
    if claim.as_of is not None:
        first, last = period_bounds(claim.as_of)
        assert first <= last


def _plain_clusters(items: list[Item]) -> list[list[str]]:
    """Echo clusters the plain way: every pair tested, parts found by relabelling."""
    edges = set()
    first: dict[tuple[str, str], int] = {}
    for x, item in enumerate(items):
        c = item.claim
        for kind, who in (("claimant", c.claimant), ("agency", c.source.agency)):
            if who is not None:
                f = first.setdefault((kind, who), x)
                if items[f].claim.doc != c.doc:
                    edges.add((f, x))
    if len(items) <= 50:
        for x, y in itertools.combinations(range(len(items)), 2):
            a, b = items[x].claim, items[y].claim
            wa = set(re.findall(r"[a-z0-9]+", a.quote.lower()))
            wb = set(re.findall(r"[a-z0-9]+", b.quote.lower()))
            if a.doc != b.doc and wa and wb and len(wa & wb) / len(wa | wb) >= 0.6:
                edges.add((x, y))
    label = list(range(len(items)))
    changed = True
    while changed:
        changed = False
        for x, y in edges:
            low = min(label[x], label[y])
            if label[x] != low or label[y] != low:
                label[x] = label[y] = low
                changed = True
    parts: dict[int, list[str]] = {}
    for x, item in enumerate(items):
        parts.setdefault(label[x], []).append(item.id)
    return list(parts.values())


_FEW = st.sampled_from
_WORDING = _FEW(["a b c d", "a b c e", "a b x y", "x y z", "", "w"])


@given(
    st.lists(
        st.tuples(
            _FEW("pqr"),
            st.none() | _FEW(["X", "Y"]),
            st.none() | _FEW(["AFP", "AP"]),
            _WORDING,
        ),
        min_size=1,
        max_size=60,
    )
)
def test_echo_clusters_are_the_parts_of_the_same_origin_relation(
    drawn: list[tuple[str, str | None, str | None, str]],
) -> None:
    """The union-find that skips pairs already joined finds what all pairs find."""
    items = [
        Item(
            Claim(
                id=f"c{n:03d}",
                doc=doc,
                span=(0, len(quote)),
                quote=quote,
                figure="12",
                measure="killed",
                low=12,
                high=12,
                qualifier=Qualifier.EXACT,
                claimant=claimant,
                source=Source(agency=agency),
            ),
            "cumulative",
            None,
            None,
            (0.0, 0.0),
            (0.0, 0.0),
            0,
        )
        for n, (doc, claimant, agency, quote) in enumerate(drawn)
    ]
    found = [[i.id for i in cluster] for cluster in _repeats(items)]
    assert found == _plain_clusters(items)


@given(claim_sets(max_size=30))
def test_a_claims_own_figures_are_shared_only_by_claims_with_its_bounds(
    claims_: list[Claim],
) -> None:
    """`Prepare` works out a lone claim's consensus once per bounds: as if afresh."""
    lexicon = default_lexicon()
    policy, taxonomy = HedgePolicy.from_lexicon(lexicon), Taxonomy.from_lexicon(lexicon)
    shared = Prepare(policy, taxonomy)
    assert [shared.item(c).alone for c in claims_] == [
        Prepare(policy, taxonomy).item(c).alone for c in claims_
    ]
