"""Reconcile hand-written claims and the bundled seed articles into reports.

Writes a Markdown and a self-contained HTML report next to each other and prints
what needs attention. Run: python examples/build_report.py [OUTPUT_FOLDER]
"""

import json
import sys
import tempfile
from pathlib import Path

import reconcile
from reconcile.documents import Problem, iter_inputs
from reconcile.model import Document

HERE = Path(__file__).resolve().parent
out = (
    Path(sys.argv[1])
    if len(sys.argv) > 1
    else Path(tempfile.mkdtemp(prefix="reconcile-"))
)
out.mkdir(parents=True, exist_ok=True)

# claims written by hand, one JSON object per line
claims = [
    reconcile.Claim.from_dict(json.loads(line))
    for path in sorted((HERE / "claims").glob("*.jsonl"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]

# and claims extracted from articles; bad inputs come back as Problems
documents = []
for item in iter_inputs([HERE.parent / "seeds"]):
    if isinstance(item, Problem):
        print(f"skipped: {item}", file=sys.stderr)
    elif isinstance(item, Document):
        documents.append(item)
claims += reconcile.extract_documents(documents)

result = reconcile.reconcile(claims)
(out / "report.md").write_text(result.to_markdown(), encoding="utf-8")
(out / "report.html").write_text(result.to_html(), encoding="utf-8")

print(f"{len(result.claims)} claims in {len(result.groups)} groups")
for finding in result.attention():
    print(f"{finding.verdict} {finding.severity}x: {finding.reason}")
print(f"reports written to {out}")
