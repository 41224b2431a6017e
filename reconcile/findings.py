"""Judge a group of claims: `ClaimGroup` -> `Finding` and `Consensus`.

Each claim is a constraint on the unknown true counts over time: its hard interval
bounds the count at its as-of time, cumulative counts (killed, casualties ...)
never fall, a part never exceeds its whole at the same time. For this structure a
negative cycle in the difference-constraint graph is always witnessed by two
claims: a lower bound at some time and an upper bound, at the same or a later
time, on the same measure or one containing it. A count "as of" a period is the
count at the period's end ("last year" is the total at the end of last year), so
claims with the same as-of speak of the same moment. One sweep over the claims sorted
by time, keeping the largest lower bound seen so far for every measure, finds
every such witness, so consistency is decided over all the constraints of a group
together at a cost of n log n. The same sweep with soft intervals finds
disagreements. Neighbours in time then say what agrees, grows or is repeated.

Verdicts: ``echo`` (one statement repeated), ``agree``, ``part_whole``,
``progression``, ``revision`` (a claimant changes its own figure), ``disagree``
(fits only the hard reading), ``conflict`` (no count satisfies both), and
``unrelated`` (a comparison that would need a date the claims lack).
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import math
import operator
import re
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence

import attrs

from reconcile.dates import period_bounds
from reconcile.model import Claim, ClaimGroup, Consensus, Finding, Verdict
from reconcile.policy import HedgePolicy, Interval, Taxonomy

__all__ = ["Prepare", "judge_group", "judge_items"]

_PRIORITY = {
    Verdict.CONFLICT: 0,
    Verdict.DISAGREE: 1,
    Verdict.REVISION: 2,
    Verdict.ECHO: 3,
    Verdict.PART_WHOLE: 4,
    Verdict.PROGRESSION: 5,
    Verdict.AGREE: 6,
    Verdict.UNRELATED: 7,
}
_WORD = re.compile(r"[a-z0-9]+")
_ITEM_ID = operator.attrgetter("id")
_Key = tuple[str, ...]  # claim ids, sorted, without repeats
# a finding behind its place in the report: verdict, severity (largest first), ids
_Ranked = tuple[int, float, _Key, Finding]


class Item:
    """A claim with what the judge needs: times and intervals in base units.

    A plain slotted class: the judge reads these fields millions of times.
    """

    __slots__ = (
        "alone",
        "claim",
        "dated",
        "flow",
        "hard",
        "id",
        "kind",
        "measure",
        "published",
        "soft",
        "t0",
        "t1",
    )

    def __init__(
        self,
        claim: Claim,
        kind: str,
        t0: int | None,
        t1: int | None,
        hard: Interval,
        soft: Interval,
        published: int,
        flow: bool = False,
        alone: Figures | None = None,
    ) -> None:
        self.claim = claim
        self.id = claim.id
        self.measure = claim.measure
        self.kind = kind
        self.t0 = t0  # as-of start, as a day ordinal
        self.t1 = t1  # as-of end
        self.dated = t0 is not None
        self.hard = hard
        self.soft = soft
        self.published = published  # day ordinal, 0 when unknown
        self.flow = flow  # counted during its as-of (an incident), not a total
        # its consensus when it stands alone: low, best, high (`_own_figures`)
        self.alone = alone if alone is not None else _own_figures(self)


class Prepare:
    """Claims -> `Item`: intervals, days and kinds, computed once per distinct value.

    One instance serves every group of a reconciliation; the caches hold only
    what many claims share (qualifier and bounds, as-of, publication date).
    """

    def __init__(
        self,
        policy: HedgePolicy,
        taxonomy: Taxonomy,
        factors: dict[str, float] | None = None,
    ) -> None:
        self.policy = policy
        self.taxonomy = taxonomy
        self.factors = factors or {}
        self._days: dict[str | None, tuple[int | None, int | None]] = {
            None: (None, None)
        }
        self._intervals: dict[
            tuple[object, ...], tuple[Interval, Interval, Figures | None]
        ] = {}
        self._ordinals: dict[dt.date | None, int] = {None: 0}
        self._kinds: dict[str, str] = {}

    def item(self, claim: Claim) -> Item:
        """Prepare one claim for judging."""
        days = self._days.get(claim.as_of)
        if days is None:
            assert claim.as_of is not None
            first, last = period_bounds(claim.as_of)
            days = self._days[claim.as_of] = (first.toordinal(), last.toordinal())
        key = (claim.qualifier, claim.low, claim.high, claim.unit)
        intervals = self._intervals.get(key)
        if intervals is None:
            intervals = self._intervals[key] = self._read(claim)
        published = self._ordinals.get(claim.source.published)
        if published is None:
            day = claim.source.published
            assert day is not None
            published = self._ordinals[day] = day.toordinal()
        kind = self._kinds.get(claim.measure)
        if kind is None:
            kind = self._kinds[claim.measure] = self.taxonomy.kind(claim.measure)
        flow = claim.increment and kind == "cumulative"
        hard, soft, alone = intervals
        made = Item(claim, kind, days[0], days[1], hard, soft, published, flow, alone)
        if alone is None:  # worked out from the first claim with these bounds
            self._intervals[key] = (hard, soft, made.alone)
        return made

    def _read(self, claim: Claim) -> tuple[Interval, Interval, None]:
        hard, soft = self.policy.hard(claim), self.policy.soft(claim)
        factor = self.factors.get(claim.unit, 1.0)
        if factor != 1.0:
            hard = (hard[0] * factor, hard[1] * factor)
            soft = (soft[0] * factor, soft[1] * factor)
        return hard, soft, None


# ------------------------------------------------------------------- describing


def _num(value: float) -> str:
    return "no limit" if math.isinf(value) else f"{value:,.0f}"


def _who(item: Item) -> str:
    c = item.claim
    # an unnamed claimant ("a monitoring group") is named as written, not as the outlet
    return c.claimant or c.claimant_text or c.source.publisher or c.doc


def describe(item: Item, taxonomy: Taxonomy) -> str:
    """A claim in words: "about 2,000 killed (South Korea, 2026-04-26)"."""
    c = item.claim
    when = c.as_of or "undated"
    if item.flow:
        when = f"during {when}"
    return f"{c.figure} {taxonomy.words(c.measure)} ({_who(item)}, {when})"


def _severity(above: Item, below: Item) -> float:
    """How many times the lower claim's figure must grow to reach the higher one."""
    lo = above.claim.low if above.claim.low is not None else above.hard[0]
    hi = below.claim.high if below.claim.high is not None else below.hard[1]
    if not hi:
        return math.inf if lo else 1.0
    return round(float(lo) / float(hi), 2)


def _overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _same_time(a: Item, b: Item) -> bool:
    if a.t0 is None or b.t0 is None or a.t1 is None or b.t1 is None:
        return False
    return a.t0 <= b.t1 and b.t0 <= a.t1


# ------------------------------------------------------------------------ judge


@attrs.define
class _Judge:
    group: ClaimGroup
    items: list[Item]
    policy: HedgePolicy
    taxonomy: Taxonomy
    # keyed by the claims' ids, sorted and without repeats: the key is also the
    # finding's ``claims`` (a tuple of two ids is a quarter the size of a frozenset);
    # each finding is kept behind its place in the order findings are reported in
    findings: dict[_Key, _Ranked] = attrs.field(factory=dict)
    set_aside: dict[str, str] = attrs.field(factory=dict)
    described: dict[str, str] = attrs.field(factory=dict)

    def wants(
        self, verdict: Verdict, items: Sequence[Item], key: _Key | None = None
    ) -> bool:
        """True when `add` would keep this verdict (check before writing a reason).

        ``key`` is ``_key(items)`` when the caller has it already.
        """
        old = self.findings.get(_key(items) if key is None else key)
        return old is None or _PRIORITY[verdict] < old[0]

    def add(
        self,
        verdict: Verdict,
        items: Sequence[Item],
        rule: str,
        reason: str,
        severity: float | None = None,
        key: _Key | None = None,
    ) -> None:
        if key is None:
            key = _key(items)
        if len(key) < 2:
            return
        old = self.findings.get(key)
        rank = _PRIORITY[verdict]
        if old is not None and old[0] <= rank:
            return
        finding = Finding(
            verdict=verdict,
            claims=key,
            group=self.group.id,
            rule=rule,
            reason=reason,
            severity=severity,
        )
        self.findings[key] = (rank, -(severity or 0.0), key, finding)

    def ordered(self) -> list[Finding]:
        """The findings by verdict (conflicts first), then severity, then claims."""
        # the claims differ between findings, so no two places are equal and the
        # findings themselves are never compared
        return [place[3] for place in sorted(self.findings.values())]

    def d(self, item: Item) -> str:
        found = self.described.get(item.id)
        if found is None:
            found = self.described[item.id] = describe(item, self.taxonomy)
        return found


def _key(items: Sequence[Item]) -> _Key:
    """The ids of ``items``, sorted and without repeats."""
    if len(items) == 2:
        return _pair_key(items[0].id, items[1].id)
    return tuple(sorted(set(map(_ITEM_ID, items))))


def _pair_key(a: str, b: str) -> _Key:
    if a < b:
        return (a, b)
    return (b, a) if b < a else (a,)


def judge_group(
    group: ClaimGroup,
    claims: Sequence[Claim],
    *,
    policy: HedgePolicy,
    taxonomy: Taxonomy,
    factors: dict[str, float] | None = None,
) -> tuple[list[Finding], list[Consensus]]:
    """Judge the claims of one group.

    Args:
        group: the group.
        claims: its claims (any order).
        policy: hedge policy for the intervals.
        taxonomy: parts, wholes, cumulative and level measures.
        factors: base units per claim unit (1.0 when missing).

    Returns:
        The findings (conflicts first) and the consensus per measure and as-of.
    """
    return judge_items(group, claims, Prepare(policy, taxonomy, factors))


def judge_items(
    group: ClaimGroup, claims: Sequence[Claim], prepare: Prepare
) -> tuple[list[Finding], list[Consensus]]:
    """`judge_group` with a `Prepare` shared across groups."""
    items = sorted(map(prepare.item, claims), key=_ITEM_ID)
    judge = _Judge(group, items, prepare.policy, prepare.taxonomy)
    primaries = _echoes(judge)
    active = _revisions(judge, primaries)
    _sweep(judge, active)
    _levels(judge, active)
    _parts_sum(judge, active)
    buckets = _buckets(active)
    _neighbours(judge, buckets)
    _parts(judge, active, buckets)
    _increments(judge, active)
    return judge.ordered(), _consensus(judge, primaries)


# ------------------------------------------------------------------------ echo


def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text.lower()))


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    """Near-identical wording: the word sets' Jaccard index is at least 0.6."""
    return len(a & b) / len(a | b) >= 0.6


def _echoes(judge: _Judge) -> list[Item]:
    """Cluster repeats of one statement; return one item per cluster."""
    buckets: dict[tuple[object, ...], list[Item]] = defaultdict(list)
    for item in judge.items:
        c = item.claim
        buckets[(c.measure, c.low, c.high, c.qualifier, c.as_of)].append(item)
    clusters: list[list[Item]] = []
    for members in buckets.values():
        if len(members) == 1:
            clusters.append(members)
        else:  # a statement repeated has one figure, measure and as-of
            clusters.extend(_repeats(members))
    primaries = []
    for members in clusters:
        if len(members) == 1:
            primaries.append(members[0])
            continue
        members.sort(key=lambda i: (i.published or math.inf, i.id))
        primaries.append(members[0])
        docs = sorted({m.claim.doc for m in members})
        source = members[0].claim.claimant or members[0].claim.source.agency
        judge.add(
            Verdict.ECHO,
            members,
            "echo",
            f"{judge.d(members[0])} is one statement repeated in {len(docs)} "
            f"documents ({', '.join(docs)})"
            + (f", all from {source}" if source else "")
            + ": one origin, not independent confirmation",
        )
    primaries.sort(key=_ITEM_ID)
    return primaries


def _repeats(members: list[Item]) -> list[list[Item]]:
    """Claims of one figure, measure and as-of, clustered by common origin.

    Two claims in different documents share an origin when they name the same
    claimant or agency, or (in buckets of up to 50) are worded nearly alike; the
    clusters are the connected parts of that relation, in the members' order.
    """
    parent = list(range(len(members)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    docs = [m.claim.doc for m in members]
    by_origin: dict[object, int] = {}
    for x, item in enumerate(members):
        c = item.claim
        for kind, who in (("claimant", c.claimant), ("agency", c.source.agency)):
            if who is None:
                continue
            first = by_origin.setdefault((kind, who), x)
            if docs[first] != docs[x]:
                parent[find(x)] = find(first)
    if len(members) <= 50:  # near-identical wording: one story retold
        words = [_words(m.claim.quote) for m in members]
        for x, wx in enumerate(words):
            if not wx:
                continue
            for y in range(x + 1, len(members)):
                wy = words[y]
                if not wy or docs[x] == docs[y]:
                    continue
                # once joined, the parts stay the same whatever this pair is
                if find(x) != find(y) and _similar(wx, wy):
                    parent[find(y)] = find(x)
    clusters: dict[int, list[Item]] = defaultdict(list)
    for x, item in enumerate(members):
        clusters[find(x)].append(item)
    return list(clusters.values())


# -------------------------------------------------------------------- revision


def _revisions(judge: _Judge, items: list[Item]) -> list[Item]:
    """A claimant changing its own figure: the later statement replaces the earlier."""
    by_claimant: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in items:
        if item.claim.claimant and not item.flow:
            by_claimant[(item.claim.claimant, item.measure)].append(item)
    superseded: set[str] = set()
    for members in by_claimant.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (i.published, i.t1 or 0, i.id))
        for a, b in itertools.pairwise(members):
            if a.published == b.published or _overlap(a.soft, b.soft):
                continue
            same_time = (a.t0 is None and b.t0 is None) or (
                a.dated and b.dated and _same_time(a, b)
            )
            lowered = (
                a.dated and b.dated and b.kind == "cumulative" and b.hard[1] < a.hard[0]
            )
            if not (same_time or lowered):
                continue
            superseded.add(a.id)
            judge.set_aside[a.id] = (
                f"superseded by the same claimant's later figure ({b.id})"
            )
            change = "lowered" if b.soft[1] < a.soft[0] else "raised"
            judge.add(
                Verdict.REVISION,
                (a, b),
                "revision",
                f"{a.claim.claimant} {change} its own figure from {judge.d(a)} to "
                f"{judge.d(b)}; the later statement replaces the earlier",
            )
    return [i for i in items if i.id not in superseded]


# ----------------------------------------------------------------------- sweep


def _sweep(judge: _Judge, items: list[Item]) -> None:
    """Find every lower bound that exceeds a later (or same-time) upper bound.

    One pass keeps, per measure, the largest hard floor (conflicts) and the
    largest soft floor (disagreements) seen so far.
    """
    tax = judge.taxonomy
    events: list[tuple[int, int, str, Item]] = []
    for item in items:
        if item.kind != "cumulative" or not item.dated:
            continue
        assert item.t1 is not None
        # a count "as of" a period is the count at its end; at equal times the
        # lower bounds go first, so claims with one as-of speak of one moment.
        # A count of one incident or period is only a floor under the total.
        events.append((item.t1, 0, item.id, item))
        if not item.flow:
            events.append((item.t1, 1, item.id, item))
    events.sort()  # (time, kind, id) is unique, so items are never compared
    hard: dict[str, tuple[float, Item]] = {}
    soft: dict[str, tuple[float, Item]] = {}
    for _t, kind, _id, item in events:
        if kind == 0:
            floor = item.hard[0]
            for measure in tax.certain_ancestors(item.measure):
                old = hard.get(measure)
                if old is None or floor > old[0]:
                    hard[measure] = (floor, item)
            floor = item.soft[0]
            for measure in tax.ancestors(item.measure):
                old = soft.get(measure)
                if old is None or floor > old[0]:
                    soft[measure] = (floor, item)
            continue
        witness = hard.get(item.measure)
        conflict = None
        if witness is not None and witness[1] is not item and witness[0] > item.hard[1]:
            conflict = witness[1]
            _report(judge, conflict, item, soft=False)
        witness = soft.get(item.measure)
        if (
            witness is not None
            and witness[1] is not item
            and witness[1] is not conflict  # a conflict outranks a disagreement
            and witness[0] > item.soft[1]
        ):
            _report(judge, witness[1], item, soft=True)


def _report(judge: _Judge, above: Item, below: Item, *, soft: bool) -> None:
    key = _pair_key(above.id, below.id)
    verdict = Verdict.DISAGREE if soft else Verdict.CONFLICT
    if not judge.wants(verdict, (above, below), key):
        return
    tax = judge.taxonomy
    severity = _severity(above, below)
    assert above.t1 is not None
    assert below.t1 is not None
    if above.measure != below.measure:
        rule = "part_of"
        broad_only = not tax.is_part(above.measure, below.measure, broad=False)
        why = (
            f"{tax.words(above.measure)} is part of {tax.words(below.measure)}, "
            "so it cannot be larger at the same or a later time"
        )
        if broad_only:
            why = (
                f"{above.measure} counts in {below.measure} only on NATO's broad "
                "reading (killed, wounded, captured and missing); on that reading it "
                "cannot be larger at the same or a later time"
            )
        if above.flow:
            why = (
                f"{tax.words(above.measure)} in one incident or period are part of "
                f"{tax.words(below.measure)}, so they cannot exceed that total by then"
            )
    elif above.flow and below.flow:
        rule = "same_time"
        why = "both count the same incident (same day and place)"
    elif above.flow:
        rule = "never_decreasing"
        why = (
            f"{tax.words(above.measure)} in one incident or period cannot exceed "
            f"the total {'reported later' if above.t1 < below.t1 else 'by then'}"
        )
    elif above.t1 < below.t1:
        rule = "never_decreasing"
        why = (
            f"a total of {tax.words(above.measure)} never falls, so the later figure "
            "cannot be lower"
        )
    else:
        rule = "same_time"
        why = "both describe the same count at the same time"
    if soft:
        verdict = Verdict.DISAGREE
        tail = (
            f"they fit only at the edges of what the words allow; the figures "
            f"differ {severity:.1f}x"
        )
    else:
        verdict = Verdict.CONFLICT
        tail = (
            f"no count satisfies both; the figures must widen {severity:.1f}x to agree"
        )
    judge.add(
        verdict,
        (above, below),
        rule,
        f"{judge.d(above)} vs {judge.d(below)}: {why}; {tail}",
        severity,
        key,
    )


def _levels(judge: _Judge, items: list[Item]) -> None:
    """Levels (troops deployed) can rise and fall: compare only at one as-of."""
    buckets: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in items:
        if item.kind != "cumulative" and item.claim.as_of:
            buckets[(item.measure, item.claim.as_of)].append(item)
        elif item.flow and item.claim.as_of and item.claim.location:
            # reports of one incident: same measure, date and place
            key = f"{item.claim.as_of}@{item.claim.location}"
            buckets[(item.measure + "/during", key)].append(item)
    for members in buckets.values():
        if len(members) < 2:
            continue
        for soft in (False, True):
            top = max(members, key=lambda i: (_interval(i, soft)[0], i.id))
            for item in members:
                if (
                    item is not top
                    and _interval(item, soft)[1] < _interval(top, soft)[0]
                ):
                    _report(judge, top, item, soft=soft)


def _interval(item: Item, soft: bool) -> Interval:
    return item.soft if soft else item.hard


def _parts_sum(judge: _Judge, items: list[Item]) -> None:
    """Killed + wounded cannot exceed casualties stated for the same time."""
    tax = judge.taxonomy
    buckets: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.claim.as_of and not item.flow:
            buckets[item.claim.as_of].append(item)
    for members in buckets.values():
        if len(members) < 3:  # two parts and a whole at least
            continue
        # per measure: the largest floor and the tightest ceiling (linear)
        floors: dict[str, Item] = {}
        ceilings: dict[str, Item] = {}
        for item in members:
            old = floors.get(item.measure)
            if old is None or (item.hard[0], old.id) > (old.hard[0], item.id):
                floors[item.measure] = item
            old = ceilings.get(item.measure)
            if old is None or (item.hard[1], item.id) < (old.hard[1], old.id):
                ceilings[item.measure] = item
        if len(ceilings) < 3:
            continue
        for whole_measure, whole in sorted(ceilings.items()):
            parts = {
                m: floors[m] for m in floors if tax.parents.get(m) == whole_measure
            }
            if len(parts) < 2:
                continue
            certain = [p for m, p in parts.items() if m not in tax.ambiguous]
            for chosen, broad in ((certain, False), (list(parts.values()), True)):
                if len(chosen) < 2:
                    continue
                total = sum(p.hard[0] for p in chosen)
                if total <= whole.hard[1]:
                    continue
                names = " + ".join(judge.d(p) for p in sorted(chosen, key=_ITEM_ID))
                verdict = (
                    Verdict.DISAGREE
                    if broad and len(chosen) > len(certain)
                    else Verdict.CONFLICT
                )
                note = (
                    " (only if casualties include captured and missing, as NATO "
                    "counts them)"
                    if verdict is Verdict.DISAGREE
                    else ""
                )
                judge.add(
                    verdict,
                    [*chosen, whole],
                    "parts_sum",
                    f"{names} add up to at least {_num(total)}, more than "
                    f"{judge.d(whole)} allows for the same time{note}",
                    round(total / whole.hard[1], 2) if whole.hard[1] else math.inf,
                )
                break


# ------------------------------------------------------------- consistent pairs


def _buckets(items: Iterable[Item]) -> dict[str, list[list[Item]]]:
    """Totals (not incident counts) by measure, then by as-of, in time order.

    Undated claims form one last bucket of their measure.
    """
    by_key: dict[tuple[str, str | None], list[Item]] = defaultdict(list)
    for item in items:
        if not item.flow:
            by_key[(item.measure, item.claim.as_of)].append(item)
    out: dict[str, list[list[Item]]] = defaultdict(list)
    for (measure, _as_of), members in sorted(
        by_key.items(),
        key=lambda kv: (
            kv[0][0],
            kv[1][0].t0 is None,
            kv[1][0].t1 or 0,
            kv[1][0].t0 or 0,
            kv[0][1] or "",
        ),
    ):
        out[measure].append(
            sorted(members, key=_ITEM_ID) if len(members) > 1 else members
        )
    return out


def _soft_fit(members: list[Item]) -> list[Item]:
    """The largest set of claims whose soft readings share a point."""
    events = sorted(
        [(i.soft[0], 0, i.id, i) for i in members]
        + [(i.soft[1], 1, i.id, i) for i in members],
    )  # (value, kind, id) is unique, so items are never compared
    active: dict[str, Item] = {}
    best: list[Item] = []
    for _v, kind, cid, item in events:
        if kind == 0:
            active[cid] = item
            if len(active) > len(best):
                best = list(active.values())
        else:
            del active[cid]
    return sorted(best, key=_ITEM_ID)


def _listed(judge: _Judge, items: Sequence[Item], most: int = 3) -> str:
    shown = ", ".join(judge.d(i) for i in items[:most])
    rest = len(items) - most
    return shown + (f" and {rest} more" if rest > 0 else "")


def _neighbours(judge: _Judge, by_measure: dict[str, list[list[Item]]]) -> None:
    """Agreement within an as-of and progression between as-of times.

    Claims of one measure and as-of that fit together agree (one finding per
    as-of); consecutive as-of times show agreement or progression.
    """
    for buckets in by_measure.values():
        dated = [b for b in buckets if b[0].dated]
        for members in buckets:
            fit = _soft_fit(members) if len(members) > 1 else []
            if len(fit) > 1 and judge.wants(Verdict.AGREE, fit):
                when = fit[0].claim.as_of or "an unknown time"
                judge.add(
                    Verdict.AGREE,
                    fit,
                    "same_time",
                    f"{len(fit)} claims of {judge.taxonomy.words(fit[0].measure)} "
                    f"for {when} fit together: {_listed(judge, fit)}",
                )
        for earlier, later in itertools.pairwise(dated):
            top = max(earlier, key=lambda i: (i.soft[0], i.id))
            bottom = min(later, key=lambda i: (i.soft[1], i.id))
            _pair(judge, top, bottom)
        undated = [b for b in buckets if not b[0].dated]
        if undated and dated:
            _undated_link(judge, undated[0], [i for b in dated for i in b])


def _undated_link(judge: _Judge, undated: list[Item], dated: list[Item]) -> None:
    """Undated claims need no date to agree with a dated claim they overlap."""
    fit = _soft_fit(undated)
    low = max(i.soft[0] for i in fit)
    high = min(i.soft[1] for i in fit)
    ordered = sorted(dated, key=lambda i: (i.soft[0], i.id))
    lows = [i.soft[0] for i in ordered]
    at = bisect.bisect_right(lows, high)
    for other in reversed(ordered[max(0, at - 3) : at]):
        if other.soft[1] >= low:
            members = [*fit, other]
            if judge.wants(Verdict.AGREE, members):
                judge.add(
                    Verdict.AGREE,
                    members,
                    "same_time",
                    f"{_listed(judge, members)} fit together (undated claims are "
                    "compared by their figures only)",
                )
            return


def _pair(judge: _Judge, a: Item, b: Item) -> None:
    key = _pair_key(a.id, b.id)
    if key in judge.findings:
        return
    if _same_time(a, b):
        if _overlap(a.soft, b.soft):
            judge.add(
                Verdict.AGREE,
                (a, b),
                "same_time",
                f"{judge.d(a)} and {judge.d(b)} fit together for the same time",
                key=key,
            )
        return
    first, later = (a, b) if (a.t1 or 0) < (b.t0 or 0) else (b, a)
    if later.soft[0] > first.soft[1]:
        growth = "rose" if first.kind != "cumulative" else "grew"
        judge.add(
            Verdict.PROGRESSION,
            (first, later),
            "never_decreasing" if first.kind == "cumulative" else "level",
            f"{judge.d(first)} then {judge.d(later)}: the count {growth} over "
            "time, consistent",
            key=key,
        )
    elif _overlap(first.soft, later.soft):
        judge.add(
            Verdict.AGREE,
            (first, later),
            "same_time",
            f"{judge.d(first)} and {judge.d(later)} fit together",
            key=key,
        )
    elif first.kind != "cumulative":
        judge.add(
            Verdict.PROGRESSION,
            (first, later),
            "level",
            f"{judge.d(first)} then {judge.d(later)}: a level can fall, consistent",
            key=key,
        )


def _parts(
    judge: _Judge, items: list[Item], buckets: dict[str, list[list[Item]]]
) -> None:
    """Each as-of of a part against the nearest as-of of a whole it belongs to."""
    tax = judge.taxonomy
    flows: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.flow:
            flows[item.measure].append(item)
    for part_measure in sorted(set(buckets) | set(flows)):
        part_buckets = buckets.get(part_measure, []) + [
            [i] for i in flows[part_measure]
        ]
        for whole_measure in tax.ancestors(part_measure)[1:]:
            whole_buckets = buckets.get(whole_measure)
            if not whole_buckets:
                continue
            dated = [b for b in whole_buckets if b[0].dated]
            ends = [b[0].t1 or 0 for b in dated]
            wholes = sorted(
                (w for b in whole_buckets for w in b), key=lambda w: (w.soft[0], w.id)
            )
            lows = [w.soft[0] for w in wholes]
            for bucket in part_buckets:
                part = max(bucket, key=lambda i: (i.soft[0], i.id))
                if part.dated and dated:
                    at = bisect.bisect_left(ends, part.t1 or 0)
                    near = dated[min(at, len(dated) - 1)]
                    whole = min(near, key=lambda i: (i.soft[1], i.id))
                else:
                    at = bisect.bisect_left(lows, part.soft[0])
                    near = wholes[max(0, at - 1) : at + 1]
                    whole = min(
                        near, key=lambda w: (abs(w.soft[0] - part.soft[0]), w.id)
                    )
                _part_pair(judge, part, whole)


def _part_pair(judge: _Judge, part: Item, whole: Item) -> None:
    tax = judge.taxonomy
    key = _pair_key(part.id, whole.id)
    if key in judge.findings:
        return
    relation = f"{tax.words(part.measure)} is part of {tax.words(whole.measure)}"
    if not tax.is_part(part.measure, whole.measure, broad=False):
        relation = (
            f"{part.measure} counts in {whole.measure} only on NATO's broad "
            f"reading (killed, wounded, captured and missing)"
        )
    if part.soft[0] <= whole.soft[1]:
        judge.add(
            Verdict.PART_WHOLE,
            (part, whole),
            "part_of",
            f"{judge.d(part)} vs {judge.d(whole)}: {relation} and the figures "
            "are consistent",
            key=key,
        )
    elif part.dated and whole.dated and (part.t0 or 0) > (whole.t1 or 0):
        judge.add(
            Verdict.PART_WHOLE,
            (part, whole),
            "part_of",
            f"{judge.d(part)} vs {judge.d(whole)}: {relation}; the part is stated "
            "later, so it may have grown past the earlier whole: consistent",
            key=key,
        )
    elif not (part.dated and whole.dated):
        judge.add(
            Verdict.UNRELATED,
            (part, whole),
            "part_of",
            f"{judge.d(part)} exceeds {judge.d(whole)}; {relation}, so this fits "
            "only if the part is the later figure, and one of them is undated",
            key=key,
        )


def _increments(judge: _Judge, items: list[Item]) -> None:
    """A reinforcement adds to the level before it; compare with the level after."""
    tax = judge.taxonomy
    by_end: dict[str, list[Item]] = {}
    by_start: dict[str, list[Item]] = {}
    ends: dict[str, list[int]] = {}
    starts: dict[str, list[int]] = {}
    for measure in set(tax.increments.values()):
        dated = [i for i in items if i.measure == measure and i.dated]
        by_end[measure] = sorted(dated, key=lambda i: (i.t1 or 0, i.id))
        by_start[measure] = sorted(dated, key=lambda i: (i.t0 or 0, i.id))
        ends[measure] = [i.t1 or 0 for i in by_end[measure]]
        starts[measure] = [i.t0 or 0 for i in by_start[measure]]
    for inc in items:
        level = tax.increments.get(inc.measure)
        if level is None or not inc.dated or not by_end.get(level):
            continue
        at_before = bisect.bisect_right(ends[level], inc.t0 or 0)
        at_after = bisect.bisect_left(starts[level], inc.t1 or 0)
        if at_before == 0 or at_after >= len(starts[level]):
            continue
        base, later = by_end[level][at_before - 1], by_start[level][at_after]
        total = (base.soft[0] + inc.soft[0], base.soft[1] + inc.soft[1])
        hard_total = (base.hard[0] + inc.hard[0], base.hard[1] + inc.hard[1])
        sums = f"{judge.d(base)} + {judge.d(inc)} = {_num(total[0])}..{_num(total[1])}"
        if _overlap(total, later.soft):
            judge.add(
                Verdict.AGREE,
                (base, inc, later),
                "increment",
                f"{sums}, which agrees with {judge.d(later)}",
            )
        elif later.soft[0] > total[1]:
            judge.add(
                Verdict.PROGRESSION,
                (base, inc, later),
                "increment",
                f"{sums}; {judge.d(later)} is higher: more came than this increment",
            )
        elif not _overlap(hard_total, later.hard):
            judge.add(
                Verdict.DISAGREE,
                (base, inc, later),
                "increment",
                f"{sums}, but {judge.d(later)} is lower: consistent only if troops "
                "left or were lost in between",
                _severity_values(total[0], later.soft[1]),
            )


def _severity_values(high: float, low: float) -> float:
    return round(high / low, 2) if low else math.inf


# ------------------------------------------------------------------- consensus


def _consensus(judge: _Judge, primaries: Iterable[Item]) -> list[Consensus]:
    # keyed so that the keys sort in report order: by measure, as-of (undated
    # last) and place (totals first); an incident has an as-of and a place
    buckets: dict[tuple[str, str, str, bool], list[Item]] = defaultdict(list)
    for item in primaries:
        as_of = item.claim.as_of
        if item.flow:
            place = item.claim.location
            if as_of and place:  # one incident
                buckets[(item.measure, as_of, place, False)].append(item)
            continue
        if as_of is None:
            buckets[(item.measure, "~", "", True)].append(item)
        else:
            buckets[(item.measure, as_of, "", False)].append(item)
    out = []
    group_id = judge.group.id
    set_aside = judge.set_aside
    for key, members in sorted(buckets.items()):
        measure = key[0]
        as_of = None if key[3] else key[1]
        place = key[2] or None
        if len(members) == 1 and members[0].id not in set_aside:
            # the common case: one claim
            out.append(_alone(group_id, measure, as_of, place, members[0]))
            continue
        chosen: Sequence[Item]
        candidates = [m for m in members if m.id not in set_aside]
        aside = [(m.id, set_aside[m.id]) for m in members if m.id in set_aside]
        if not candidates:
            continue
        fits = [candidates] if len(candidates) == 1 else _largest_fits(candidates)
        ranges = [_fit_range(fit) for fit in fits]
        # when equally large sets tie, low and high span them all and the best
        # figure is the most conservative set's (as ACLED takes the lowest)
        low = min(r[0] for r in ranges)
        high = max(r[1] for r in ranges)
        if len(fits) == 1:
            chosen = fits[0] if len(fits[0]) < 2 else sorted(fits[0], key=_ITEM_ID)
        else:
            chosen = sorted(
                {i.id: i for fit in fits for i in fit}.values(), key=_ITEM_ID
            )
        chosen_ids = {i.id for i in chosen}
        first_low, first_high = ranges[0]
        points = [_point(i) for i in fits[0]]
        middle = points[0] if len(points) == 1 else statistics.median(points)
        best = min(max(middle, first_low), first_high)
        for item in candidates:
            if item.id not in chosen_ids:
                aside.append(
                    (
                        item.id,
                        f"{judge.d(item)} does not fit the {_num(low)}.."
                        f"{_num(high)} that {len(chosen)} other claim(s) share",
                    )
                )
        out.append(
            Consensus(
                group=group_id,
                measure=measure,
                as_of=as_of,
                low=round(low),
                best=round(best),
                high=None if math.isinf(high) else round(high),
                claims=tuple(map(_ITEM_ID, chosen)),
                set_aside=tuple(sorted(aside)) if len(aside) > 1 else tuple(aside),
                increment=place is not None,
                location=place,
            )
        )
    return out


def _alone(
    group: str, measure: str, as_of: str | None, place: str | None, item: Item
) -> Consensus:
    """The consensus of one claim: its own range and figure."""
    low, best, high = item.alone
    return Consensus(
        group=group,
        measure=measure,
        as_of=as_of,
        low=low,
        best=best,
        high=high,
        claims=(item.id,),
        increment=place is not None,
        location=place,
    )


Figures = tuple[int, int, int | None]  # a consensus's low, best and high


def _own_figures(item: Item) -> Figures:
    """A claim's consensus figures when it stands alone: its range and figure.

    They depend only on its bounds, so `Prepare` works them out once for all
    claims with the same ones.
    """
    low, high = _fit_range((item,))
    best = min(max(_point(item), low), high)
    return round(low), round(best), None if math.isinf(high) else round(high)


def _fit_range(chosen: Sequence[Item]) -> tuple[float, float]:
    """The range a set of fitting claims shares: soft if their readings meet."""
    if len(chosen) == 1:  # the common case
        (low, high), (soft_low, soft_high) = chosen[0].hard, chosen[0].soft
        if _open(chosen[0]):
            soft_high = math.inf
        if soft_low <= soft_high:
            return max(low, soft_low), min(high, soft_high)
        return low, high
    low = max(i.hard[0] for i in chosen)
    high = min(i.hard[1] for i in chosen)
    closed = [i.soft[1] for i in chosen if not _open(i)]
    soft_low = max(i.soft[0] for i in chosen)
    soft_high = min(closed) if closed else math.inf
    if soft_low <= soft_high:  # the honest readings meet: report them
        low, high = max(low, soft_low), min(high, soft_high)
    return low, high


def _open(item: Item) -> bool:
    return item.claim.high is None


def _point(item: Item) -> float:
    """The claim's own best figure: a stated bound, or the middle of its reading."""
    c = item.claim
    if c.high is None:
        return item.soft[0]
    if c.low is None:
        return item.soft[1]
    return (item.soft[0] + item.soft[1]) / 2


def _largest_fits(items: list[Item]) -> list[list[Item]]:
    """The largest sets of claims whose hard intervals share a point (a sweep).

    Usually one set; several when sets of the same size tie. The sweep keeps the
    active claims, so each tied set is copied once: linear in practice.
    """
    events = sorted(
        [(i.hard[0], 0, i.id, i) for i in items]
        + [(i.hard[1], 1, i.id, i) for i in items],
    )  # (value, kind, id) is unique, so items are never compared
    active: dict[str, Item] = {}
    best_depth = 0
    sets: dict[frozenset[str], list[Item]] = {}
    rising = False
    for _value, kind, cid, item in events:
        if kind == 0:
            active[cid] = item
            rising = True
            continue
        if rising and len(active) >= best_depth:  # a local peak, before any leaves
            if len(active) > best_depth:
                best_depth, sets = len(active), {}
            key = frozenset(active)
            if key not in sets:
                sets[key] = sorted(active.values(), key=_ITEM_ID)
        rising = False
        del active[cid]
    return list(sets.values())
