"""Reconcile claims: group them, judge each group, and keep the result.

`reconcile` is the whole second half of the pipeline (claims -> groups ->
findings) behind one call; `Reconciliation` holds what it found and renders it
(its ``to_*`` methods load the report modules on first use).
"""

from __future__ import annotations

import json
import operator
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from reconcile._gc import collector_paused
from reconcile.findings import Prepare, judge_items
from reconcile.grouping import Rule, _partition_sorted, unit_factor
from reconcile.lexicon import Lexicon, default_lexicon
from reconcile.model import Claim, ClaimGroup, Consensus, Finding, Verdict
from reconcile.policy import HedgePolicy, Stance, Taxonomy

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Reconciliation", "reconcile"]

_ID = operator.attrgetter("id")


@attrs.frozen(kw_only=True)
class Reconciliation:
    """The groups, findings and consensus of a set of claims.

    Attributes:
        claims: the claims reconciled, in a canonical order (by id).
        groups: a partition of the claims into comparable groups.
        findings: verdicts with reasons, conflicts and disagreements first, by
            severity.
        consensus: low/best/high per group, measure and as-of time.
        policy, taxonomy, stance: the rules used.
    """

    claims: tuple[Claim, ...]
    groups: tuple[ClaimGroup, ...]
    findings: tuple[Finding, ...]
    consensus: tuple[Consensus, ...]
    policy: HedgePolicy
    taxonomy: Taxonomy
    stance: Stance

    def claim(self, claim_id: str) -> Claim:
        """The claim with this id.

        Raises:
            KeyError: no claim has this id.
        """
        return self._by_id[claim_id]

    @property
    def _by_id(self) -> Mapping[str, Claim]:
        return {c.id: c for c in self.claims}

    def group_of(self, claim_id: str) -> ClaimGroup:
        """The group a claim is in.

        Raises:
            KeyError: no claim has this id.
        """
        for group in self.groups:
            if claim_id in group.claims:
                return group
        raise KeyError(claim_id)

    def stance_of(self, claim: Claim) -> str:
        """``own``, ``ally``, ``adversary``, ``third_party`` or ``unknown``."""
        return self.stance.of(claim.claimant, claim.subject)

    def attention(self) -> tuple[Finding, ...]:
        """The conflicts and disagreements, most severe first."""
        return tuple(
            f
            for f in self.findings
            if f.verdict in (Verdict.CONFLICT, Verdict.DISAGREE)
        )

    def to_dict(self) -> dict[str, Any]:
        """The reconciliation as plain JSON-ready data."""
        from reconcile.report import as_dict

        return as_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        """JSON: ``{"groups", "findings", "consensus", "claims"}``."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def to_table(self) -> str:
        """A terminal report: what needs attention, then consensus, then evidence."""
        from reconcile.report import render

        return render(self, "table")

    def to_markdown(self) -> str:
        """The report as Markdown, for notes."""
        from reconcile.report import render

        return render(self, "markdown")

    def to_csv(self) -> str:
        """The findings as CSV, one row per finding."""
        from reconcile.report import render

        return render(self, "csv")

    def to_html(self) -> str:
        """A self-contained HTML page with a timeline chart per group."""
        from reconcile.html import render_html

        return str(render_html(self))

    def to_frame(self) -> pd.DataFrame:
        """The claims as a pandas DataFrame with their group, stance and verdicts."""
        from reconcile.frames import claims_frame

        return claims_frame(self)


def _canonical(claims: Iterable[Claim]) -> tuple[Claim, ...]:
    """Sort by id, drop exact duplicates, and make clashing ids unique."""
    claims = list(claims)
    if len(set(map(_ID, claims))) == len(claims):  # the common case: ids unique
        return tuple(sorted(claims, key=_ID))
    by_id: dict[str, Claim] = {}
    clashes: dict[str, list[Claim]] = {}  # rare: one id, different claims
    for claim in claims:
        first = by_id.setdefault(claim.id, claim)
        if first is not claim and first != claim:
            variants = clashes.setdefault(claim.id, [first])
            if claim not in variants:
                variants.append(claim)
    if not clashes:
        return tuple(sorted(by_id.values(), key=_ID))
    out: list[Claim] = []
    for cid, variants in clashes.items():
        variants.sort(key=lambda c: json.dumps(c.to_dict(), sort_keys=True))
        by_id[cid] = variants[0]
        out.extend(
            attrs.evolve(claim, id=f"{cid}~{n}")
            for n, claim in enumerate(variants[1:], 2)
        )
    # renamed copies ("id~2") may sort anywhere
    return tuple(sorted([*by_id.values(), *out], key=_ID))


def reconcile(
    claims: Iterable[Claim],
    *,
    policy: HedgePolicy | None = None,
    taxonomy: Taxonomy | None = None,
    stance: Stance | None = None,
    rule: Rule | None = None,
    lexicon: Lexicon | None = None,
) -> Reconciliation:
    """Group claims, judge every group, and build the consensus.

    The result does not depend on the order of ``claims``, and reconciling the
    result's claims again gives the same result.

    Python's cyclic garbage collector is paused during the call (nothing here
    makes reference cycles) and then restored as it was. When the call leaves
    over 100,000 new objects alive, as a large result does, they are first moved
    to the collector's oldest generation, so that young collections do not scan
    them all at once.

    Args:
        claims: extracted or hand-written claims.
        policy: hedge policy; the lexicon's ``[policy]`` when omitted.
        taxonomy: measure taxonomy; the lexicon's measures when omitted.
        stance: adversary and ally pairs; the lexicon's ``[stance]`` when omitted.
        rule: the grouping rule; `reconcile.grouping.default_rule` when omitted.
        lexicon: supplies the defaults above, places and units.

    Returns:
        The reconciliation.

    >>> a = Claim.from_dict({"id": "a", "measure": "casualties", "low": 1100,
    ...     "high": 1100, "qualifier": "approximate", "as_of": "2025-01-09",
    ...     "subject": "X", "claimant": "Y"})
    >>> b = Claim.from_dict({"id": "b", "measure": "casualties", "low": 3000,
    ...     "qualifier": "more_than", "as_of": "2025-01-09", "subject": "X",
    ...     "claimant": "Z"})
    >>> [(str(f.verdict), f.severity) for f in reconcile([a, b]).findings]
    [('conflict', 2.73)]
    """
    with collector_paused():  # nothing here makes reference cycles
        return _reconcile(claims, policy, taxonomy, stance, rule, lexicon)


def _reconcile(
    claims: Iterable[Claim],
    policy: HedgePolicy | None,
    taxonomy: Taxonomy | None,
    stance: Stance | None,
    rule: Rule | None,
    lexicon: Lexicon | None,
) -> Reconciliation:
    lex = lexicon or default_lexicon()
    policy = policy or HedgePolicy.from_lexicon(lex)
    taxonomy = taxonomy or Taxonomy.from_lexicon(lex)
    stance = stance or Stance.from_lexicon(lex)
    ordered = _canonical(claims)
    grouped = _partition_sorted(ordered, rule, lexicon=lex, taxonomy=taxonomy)
    factors = {unit: unit_factor(unit, lex) for unit in {c.unit for c in ordered}}
    by_verdict: dict[Verdict, list[Finding]] = {v: [] for v in Verdict}
    consensus: list[Consensus] = []
    prepare = Prepare(policy, taxonomy, factors)
    for group, members in grouped:
        found, agreed = judge_items(group, members, prepare)
        for finding in found:
            by_verdict[finding.verdict].append(finding)
        consensus.extend(agreed)
    # each group's findings come sorted by verdict, severity and claims, and the
    # groups in order, so a stable sort of each verdict's findings on severity
    # alone also orders ties by group, then by claims
    findings: list[Finding] = []
    for same in by_verdict.values():
        same.sort(key=_severity_first)
        findings += same
    return Reconciliation(
        claims=ordered,
        groups=tuple(g for g, _ in grouped),
        findings=tuple(findings),
        consensus=tuple(consensus),
        policy=policy,
        taxonomy=taxonomy,
        stance=stance,
    )


def _severity_first(finding: Finding) -> float:
    return -(finding.severity or 0.0)
