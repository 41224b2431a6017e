"""Verdicts: each hand-written example in examples/claims gets its verdict."""

from __future__ import annotations

import json
import random
from pathlib import Path

import attrs
import pytest

from reconcile import Claim, Verdict, extract, reconcile
from reconcile.policy import HedgePolicy, Taxonomy

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "claims"


def load(name: str) -> list[Claim]:
    """Claims of an example file."""
    lines = (EXAMPLES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [Claim.from_dict(json.loads(line)) for line in lines if line.strip()]


def verdicts(claims: list[Claim]) -> list[tuple[str, tuple[str, ...]]]:
    """Verdicts and claim ids of a reconciliation."""
    return [(str(f.verdict), f.claims) for f in reconcile(claims).findings]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("conflict_same_day", [("conflict", ("a1", "a2"))]),
        ("conflict_later_lower", [("conflict", ("b1", "b2"))]),
        ("revision", [("revision", ("c1", "c2"))]),
        ("conflict_part_whole", [("conflict", ("d1", "d2"))]),
        ("echo", [("echo", ("f1", "f2"))]),
        ("agree", [("agree", ("g1", "g2"))]),
        ("disagree", [("disagree", ("h1", "h2"))]),
        ("progression", [("progression", ("i1", "i2"))]),
        ("part_whole", [("part_whole", ("j1", "j2"))]),
        ("unrelated", [("unrelated", ("k1", "k2"))]),
    ],
)
def test_example_verdict(
    name: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """Each example file yields exactly its verdict."""
    assert expected == verdicts(load(name))


def test_same_day_conflict_severity_is_the_ratio_of_the_figures() -> None:
    """About 1,100 against more than 3,000 on the same day: a 2.7x conflict."""
    finding = reconcile(load("conflict_same_day")).findings[0]
    assert (
        finding.verdict,
        finding.severity,
        finding.rule,
    ) == (Verdict.CONFLICT, 2.73, "same_time")


def test_reinforcement_on_a_level_agrees_with_the_later_total() -> None:
    """10,000 deployed + 3,000 reinforcement agrees with a later 13,000."""
    found = verdicts(load("increment_agree"))
    assert ("agree", ("e1", "e2", "e3")) in found


def test_revision_sets_the_superseded_figure_aside() -> None:
    """The earlier figure of a revising claimant leaves the consensus."""
    result = reconcile(load("revision"))
    (consensus,) = result.consensus
    assert (
        consensus.claims,
        tuple(c for c, _ in consensus.set_aside),
    ) == (("c2",), ("c1",))


def test_echo_counts_once_in_the_consensus() -> None:
    """Two outlets printing one wire story support the consensus once."""
    (consensus,) = reconcile(load("echo")).consensus
    assert len(consensus.claims) == 1


def test_consensus_of_agreeing_claims() -> None:
    """About 2,000 and 2,100 wounded: the honest readings meet at 2,080..2,120."""
    (consensus,) = reconcile(load("agree")).consensus
    assert (consensus.low, consensus.best, consensus.high) == (2080, 2080, 2120)


def test_consensus_sets_aside_the_outlier() -> None:
    """Three claims that fit and one that does not: the outlier is set aside."""
    base = load("agree")[0]
    claims = [
        attrs.evolve(base, id=f"x{n}", doc=f"d{n}", claimant=f"C{n}", low=v, high=v)
        for n, v in enumerate([2000, 2050, 1980, 9000])
    ]
    (consensus,) = reconcile(claims).consensus
    assert (
        consensus.claims,
        tuple(c for c, _ in consensus.set_aside),
    ) == (("x0", "x1", "x2"), ("x3",))


def test_conflict_found_across_non_neighbours() -> None:
    """A high early total conflicts with a low late one even with others between."""
    base = load("conflict_later_lower")[0]
    claims = [
        attrs.evolve(
            base, id="early", low=5000, high=5000, qualifier="exact", as_of="2025-01"
        ),
        attrs.evolve(
            base, id="mid1", low=800, high=None, qualifier="more_than", as_of="2025-02"
        ),
        attrs.evolve(
            base, id="mid2", low=None, high=90000, qualifier="at_most", as_of="2025-03"
        ),
        attrs.evolve(
            base, id="late", low=1000, high=1000, qualifier="exact", as_of="2025-06"
        ),
    ]
    found = {
        f.claims for f in reconcile(claims).findings if f.verdict is Verdict.CONFLICT
    }
    assert ("early", "late") in {tuple(sorted(c)) for c in found}


def test_killed_and_wounded_cannot_exceed_casualties_together() -> None:
    """600 killed + 2,700 wounded against at most 3,000 casualties on one date."""
    base = load("conflict_part_whole")[0]
    claims = [
        attrs.evolve(
            base, id="k", measure="killed", low=600, high=600, as_of="2025-01"
        ),
        attrs.evolve(
            base, id="w", measure="wounded", low=2700, high=2700, as_of="2025-01"
        ),
        attrs.evolve(
            base,
            id="c",
            measure="casualties",
            low=None,
            high=3000,
            qualifier="at_most",
            as_of="2025-01",
        ),
    ]
    found = [(str(f.verdict), f.rule, f.claims) for f in reconcile(claims).findings]
    assert ("conflict", "parts_sum", ("c", "k", "w")) in found


def test_captured_above_casualties_depends_on_the_reading() -> None:
    """Captured counts in casualties only on NATO's reading: disagree, not conflict."""
    base = load("conflict_part_whole")[0]
    claims = [
        attrs.evolve(
            base, id="p", measure="captured", low=4000, high=4000, as_of="2025-01"
        ),
        attrs.evolve(
            base, id="c", measure="casualties", low=3000, high=3000, as_of="2025-01"
        ),
    ]
    (finding,) = reconcile(claims).findings
    assert (finding.verdict, "NATO" in finding.reason) == (Verdict.DISAGREE, True)


def test_levels_may_fall() -> None:
    """Troops deployed can fall: a lower later level is no conflict."""
    base = load("increment_agree")[0]
    claims = [
        attrs.evolve(base, id="before", low=12000, high=12000, as_of="2024-11"),
        attrs.evolve(base, id="after", low=3000, high=3000, as_of="2025-06"),
    ]
    assert verdicts(claims) == [("progression", ("after", "before"))]


def test_result_does_not_depend_on_input_order() -> None:
    """Shuffling the claims changes nothing."""
    claims = [
        c
        for name in ("conflict_same_day", "increment_agree", "echo", "revision")
        for c in load(name)
    ]
    shuffled = claims[:]
    random.Random(7).shuffle(shuffled)
    assert reconcile(claims) == reconcile(shuffled)


def test_reconciling_twice_changes_nothing() -> None:
    """Reconciling the result's claims gives the same result."""
    first = reconcile(load("conflict_same_day") + load("part_whole"))
    assert first == reconcile(first.claims)


def test_a_duplicate_never_conflicts() -> None:
    """A claim and its copy under another id agree or echo, never conflict."""
    claim = load("conflict_same_day")[0]
    copy = attrs.evolve(claim, id="copy", doc="other")
    assert Verdict.CONFLICT not in {
        f.verdict for f in reconcile([claim, copy]).findings
    }


def test_exact_copies_count_once_and_clashing_ids_are_kept_apart() -> None:
    """A repeated claim is one claim; two claims under one id are both kept."""
    claim, other = load("conflict_same_day")[:2]
    clash = attrs.evolve(other, id=claim.id)  # same id, another claim
    for order in ([claim, claim, clash], [clash, claim, claim]):
        result = reconcile(order)
        assert [c.id for c in result.claims] == [claim.id, f"{claim.id}~2"]
        assert {c.low for c in result.claims} == {claim.low, clash.low}
    assert reconcile([claim, claim, clash]) == reconcile([clash, claim])


def test_groups_partition_the_claims() -> None:
    """Every claim lands in exactly one group."""
    claims = [c for path in sorted(EXAMPLES.glob("*.jsonl")) for c in load(path.stem)]
    result = reconcile(claims)
    ids = [cid for group in result.groups for cid in group.claims]
    assert sorted(c.id for c in result.claims) == sorted(ids)


def test_other_units_give_the_same_verdicts() -> None:
    """1 dozen_people and 12 person are the same count."""
    claims = load("conflict_same_day")
    in_dozens = [
        attrs.evolve(
            claims[0], unit="dozen_people", low=92, high=92, qualifier="approximate"
        ),
        claims[1],
    ]
    as_persons = [attrs.evolve(claims[0], low=1104, high=1104), claims[1]]
    assert [f.verdict for f in reconcile(in_dozens).findings] == [
        f.verdict for f in reconcile(as_persons).findings
    ]


def test_policy_is_replaceable() -> None:
    """A looser policy turns the disagreement into agreement."""
    loose = HedgePolicy(approximate_soft=0.25)
    assert [f.verdict for f in reconcile(load("disagree"), policy=loose).findings] == [
        Verdict.AGREE
    ]


def test_taxonomy_is_replaceable() -> None:
    """With a taxonomy where killed is not part of casualties there is no conflict."""
    flat = Taxonomy(
        parents={}, kinds={"killed": "cumulative", "casualties": "cumulative"}
    )
    assert reconcile(load("conflict_part_whole"), taxonomy=flat).findings == ()


def test_an_incident_count_is_no_running_total() -> None:
    """300 killed during March does not contradict 2,000 killed by February."""
    base = load("conflict_later_lower")[0]
    claims = [
        attrs.evolve(
            base, id="total", low=2000, high=2000, qualifier="exact", as_of="2025-02"
        ),
        attrs.evolve(
            base,
            id="march",
            low=300,
            high=300,
            qualifier="exact",
            as_of="2025-03",
            increment=True,
        ),
    ]
    verdicts = {f.verdict for f in reconcile(claims).findings}
    assert verdicts.isdisjoint({Verdict.CONFLICT, Verdict.DISAGREE})


def test_a_count_since_a_date_is_no_lowered_total() -> None:
    """'300 killed since October' after '2,000 killed by June' is no revision."""
    claims = [
        *extract(
            "Ukraine said 2,000 Russian soldiers had been killed near Kherson by June.",
            published="2024-07-02",
        ),
        *extract(
            "Kyiv said 300 Russian soldiers have been killed near Kherson since "
            "October.",
            published="2025-04-16",
        ),
    ]
    assert 2 == len(claims)
    assert [] == verdicts(claims)
    # the count of the period is still a floor under the total at the report
    claims.append(
        attrs.evolve(claims[0], id="low", low=100, high=100, as_of="2025-04-16")
    )
    assert ("conflict", "low") in {(v, ids[-1]) for v, ids in verdicts(claims)}


def test_an_incident_count_is_a_floor_under_later_totals() -> None:
    """3,000 killed in January's fighting cannot be followed by a total of 1,000."""
    base = load("conflict_later_lower")[0]
    claims = [
        attrs.evolve(
            base,
            id="january",
            low=3000,
            high=3000,
            qualifier="exact",
            as_of="2025-01",
            increment=True,
        ),
        attrs.evolve(
            base, id="total", low=1000, high=1000, qualifier="exact", as_of="2025-05"
        ),
    ]
    assert [("conflict", ("january", "total"))] == verdicts(claims)


def _incident_reports(qualifier: str, first: int, second: int) -> list[Claim]:
    """Two claimants' counts of one attack: same day, same place."""
    base = load("conflict_later_lower")[0]
    return [
        attrs.evolve(
            base,
            id=n,
            claimant=c,
            low=v,
            high=v,
            qualifier=qualifier,
            as_of="2025-03-02",
            increment=True,
            location="Mopti",
        )
        for n, c, v in [("a", "X", first), ("b", "Y", second)]
    ]


def test_reports_of_one_incident_are_compared() -> None:
    """Two reports of the same attack (date and place) that differ disagree."""
    claims = _incident_reports("approximate", 40, 49)
    assert ["disagree"] == [str(f.verdict) for f in reconcile(claims).findings]


def test_reasons_say_when_an_incident_count_is_the_floor() -> None:
    """A conflict with a period count explains the floor rule, not a falling total."""
    base = load("conflict_later_lower")[0]
    claims = [
        attrs.evolve(
            base,
            id="march",
            low=1200,
            high=1200,
            qualifier="exact",
            as_of="2025-03",
            increment=True,
        ),
        attrs.evolve(
            base, id="total", low=900, high=900, qualifier="exact", as_of="2025-04-10"
        ),
    ]
    (finding,) = reconcile(claims).findings
    assert "(Borduria, during 2025-03) vs" in finding.reason
    assert "in one incident or period cannot exceed the total reported later" in (
        finding.reason
    )
    assert "never falls" not in finding.reason


def test_reasons_say_two_reports_count_one_incident() -> None:
    """Two reports of one attack are described as the same incident."""
    (finding,) = reconcile(_incident_reports("exact", 12, 40)).findings
    assert "both count the same incident" in finding.reason


def test_an_unnamed_claimant_is_named_as_written() -> None:
    """An unnamed claimant appears in reasons as written, not as the outlet."""
    base = load("conflict_same_day")
    claims = [
        attrs.evolve(c, claimant=None, claimant_text=f"A monitoring group {i}")
        for i, c in enumerate(base)
    ]
    reasons = " ".join(f.reason for f in reconcile(claims).findings)
    assert ("A monitoring group 0" in reasons, base[0].source.publisher in reasons) == (
        True,
        False,
    )
