"""pandas views of claims and reconciliations, and claims back from a DataFrame.

pandas is imported here (and nowhere in the pipeline), so the library starts fast
for users who never ask for a frame.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING, Any

import pandas as pd

from reconcile.model import Claim

if TYPE_CHECKING:
    from collections.abc import Iterable

    from reconcile.reconciler import Reconciliation

__all__ = ["claims_frame", "claims_from_frame", "consensus_frame", "findings_frame"]

_FLAT_SOURCE = ("publisher", "url", "published", "agency")


def _flat(claim: Claim) -> dict[str, Any]:
    row = claim.to_dict()
    source = row.pop("source")
    row["span_start"], row["span_end"] = row.pop("span")
    for key in _FLAT_SOURCE:
        row[f"source_{key}"] = source[key]
    return row


def claims_frame(result: Reconciliation | Iterable[Claim]) -> pd.DataFrame:
    """One row per claim.

    For a reconciliation the rows also carry the claim's ``group``, ``group_label``,
    ``stance``, its ``hard_low``/``hard_high``/``soft_low``/``soft_high`` intervals
    and the ``verdicts`` of the findings it takes part in.

    >>> from reconcile.reconciler import reconcile
    >>> c = Claim.from_dict({"id": "a", "measure": "killed", "low": 5, "high": 5})
    >>> claims_frame(reconcile([c]))[["id", "measure", "low", "stance"]].values.tolist()
    [['a', 'killed', 5, 'unknown']]
    """
    from reconcile.reconciler import Reconciliation

    if not isinstance(result, Reconciliation):
        return pd.DataFrame([_flat(c) for c in result])
    verdicts: dict[str, list[str]] = defaultdict(list)
    for finding in result.findings:
        for cid in finding.claims:
            verdicts[cid].append(str(finding.verdict))
    group_of = {cid: g for g in result.groups for cid in g.claims}
    rows = []
    for claim in result.claims:
        row = _flat(claim)
        group = group_of[claim.id]
        hard, soft = result.policy.hard(claim), result.policy.soft(claim)
        row.update(
            group=group.id,
            group_label=group.label,
            stance=result.stance_of(claim),
            hard_low=hard[0],
            hard_high=None if math.isinf(hard[1]) else hard[1],
            soft_low=soft[0],
            soft_high=None if math.isinf(soft[1]) else soft[1],
            verdicts=", ".join(sorted(set(verdicts[claim.id]))),
        )
        rows.append(row)
    frame = pd.DataFrame(rows)
    for column in ("low", "high"):
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    return frame


def findings_frame(result: Reconciliation) -> pd.DataFrame:
    """One row per finding: verdict, severity, group, rule, claims, reason."""
    labels = {g.id: g.label for g in result.groups}
    return pd.DataFrame(
        [
            {
                "verdict": str(f.verdict),
                "severity": f.severity,
                "group": f.group,
                "group_label": labels[f.group],
                "rule": f.rule,
                "claims": list(f.claims),
                "reason": f.reason,
            }
            for f in result.findings
        ],
        columns=[
            "verdict",
            "severity",
            "group",
            "group_label",
            "rule",
            "claims",
            "reason",
        ],
    )


def consensus_frame(result: Reconciliation) -> pd.DataFrame:
    """One row per consensus: group, measure, as_of, low, best, high."""
    labels = {g.id: g.label for g in result.groups}
    return pd.DataFrame(
        [
            {
                "group": c.group,
                "group_label": labels[c.group],
                "measure": c.measure,
                "as_of": c.as_of,
                "low": c.low,
                "best": c.best,
                "high": c.high,
                "claims": list(c.claims),
                "set_aside": [cid for cid, _ in c.set_aside],
            }
            for c in result.consensus
        ],
        columns=[
            "group",
            "group_label",
            "measure",
            "as_of",
            "low",
            "best",
            "high",
            "claims",
            "set_aside",
        ],
    )


def claims_from_frame(frame: pd.DataFrame) -> list[Claim]:
    """Claims from a DataFrame with claim-JSON columns (as `claims_frame` writes).

    Raises:
        ClaimError: a row is not a valid claim (the message names the row).
    """
    from reconcile.errors import ClaimError

    out = []
    for position, record in enumerate(frame.to_dict(orient="records")):
        clean: dict[str, Any] = {
            str(k): (None if _missing(v) else v) for k, v in record.items()
        }
        start, end = clean.pop("span_start", None), clean.pop("span_end", None)
        if start is not None:
            clean["span"] = [int(start), int(end if end is not None else start)]
        clean["source"] = {k: clean.pop(f"source_{k}", None) for k in _FLAT_SOURCE}
        for key in ("low", "high"):
            value = clean.get(key)
            if value is not None:
                clean[key] = int(value)
        try:
            out.append(Claim.from_dict(clean))
        except ClaimError as err:
            raise ClaimError(f"row {position}: {err}") from None
    return out


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False
