"""Golden files: the claims extracted from the bundled seed articles.

``pytest --update-golden`` rewrites ``tests/golden/seeds/*.expected.jsonl``; review
the diff before committing it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reconcile.documents import Problem, iter_inputs
from reconcile.model import Document
from reconcile.pipeline import extract_documents

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
EXPECTED = Path(__file__).parent / "seeds"


def _claims_of(path: Path) -> list[dict[str, object]]:
    docs = [d for d in iter_inputs([path]) if isinstance(d, Document)]
    problems = [p for p in iter_inputs([path]) if isinstance(p, Problem)]
    assert problems == []
    return [c.to_dict() for c in extract_documents(docs)]


@pytest.mark.parametrize("path", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_claims_match_golden(path: Path, update_golden: bool) -> None:
    """Extracting a seed article gives exactly the reviewed claims."""
    golden = EXPECTED / f"{path.stem}.expected.jsonl"
    actual = _claims_of(path)
    if update_golden:
        golden.write_text(
            "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in actual),
            encoding="utf-8",
        )
    expected = [
        json.loads(line)
        for line in golden.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert expected == actual


def test_every_seed_has_a_golden_file() -> None:
    """No golden file is left over and none is missing."""
    assert sorted(p.stem for p in SEEDS) == sorted(
        p.name.removesuffix(".expected.jsonl") for p in EXPECTED.glob("*.jsonl")
    )
