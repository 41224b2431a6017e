"""pandas views of a reconciliation, and claims back from a frame."""

from __future__ import annotations

import json
from pathlib import Path

from reconcile import Claim, reconcile
from reconcile.frames import (
    claims_frame,
    claims_from_frame,
    consensus_frame,
    findings_frame,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "claims"


def load(name: str) -> list[Claim]:
    """Claims of an example file."""
    lines = (EXAMPLES / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [Claim.from_dict(json.loads(line)) for line in lines if line.strip()]


def test_claims_frame_has_group_stance_and_verdicts() -> None:
    """One row per claim with its group, stance, intervals and verdicts."""
    frame = reconcile(load("conflict_same_day")).to_frame()
    assert (
        len(frame),
        frame["verdicts"].tolist(),
        frame["stance"].tolist(),
    ) == (2, ["conflict", "conflict"], ["own", "third_party"])


def test_open_bound_is_missing_not_infinite() -> None:
    """'more than 3,000' has no high: the frame holds <NA>, not inf."""
    frame = reconcile(load("conflict_same_day")).to_frame()
    assert frame["high"].isna().tolist() == [False, True]


def test_frame_round_trip() -> None:
    """Claims written to a frame and read back are the same claims."""
    claims = load("echo") + load("conflict_same_day")
    assert sorted(claims, key=lambda c: c.id) == sorted(
        claims_from_frame(claims_frame(claims)), key=lambda c: c.id
    )


def test_findings_and_consensus_frames() -> None:
    """Findings and consensus frames have a row each."""
    result = reconcile(load("agree"))
    assert (len(findings_frame(result)), len(consensus_frame(result))) == (1, 1)
