"""Read a reconciliation as pandas DataFrames: claims, findings, consensus.

Run: python examples/dataframe.py
"""

import json
from pathlib import Path

import pandas as pd

import reconcile
from reconcile.frames import consensus_frame, findings_frame

HERE = Path(__file__).resolve().parent
claims = [
    reconcile.Claim.from_dict(json.loads(line))
    for path in sorted((HERE / "claims").glob("*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
result = reconcile.reconcile(claims)

frame = result.to_frame()  # one row per claim, with group, stance and verdicts
pd.set_option("display.width", 120)
print(
    frame[
        [
            "id",
            "group_label",
            "measure",
            "low",
            "high",
            "claimant",
            "stance",
            "verdicts",
        ]
    ]
)

# which claimant is involved in the most conflicts?
conflicted = frame[frame["verdicts"].str.contains("conflict")]
print()
print(conflicted.groupby("claimant").size().sort_values(ascending=False))

print()
print(findings_frame(result)[["verdict", "severity", "group_label", "rule"]])
print()
print(
    consensus_frame(result)[["group_label", "measure", "as_of", "low", "best", "high"]]
)
