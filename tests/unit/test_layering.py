"""Each stage imports only the model, the lexicon and earlier stages.

Imports inside functions (the result object's renderers, the CLI's lazy imports)
are allowed: the rule is about what a module needs to exist, read at module level.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "reconcile"

# the pipeline, in order; a module may import those before it
ORDER = [
    "_gc",
    "errors",
    "text",
    "model",
    "lexicon",
    "documents",
    "mentions",
    "numbers",
    "dates",
    "claims",
    "_workers",
    "pipeline",
    "policy",
    "grouping",
    "findings",
    "reconciler",
    "report",
    "frames",
    "html",
    "strategies",
    "_hypothesis",
    "cli",
]


def _module_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in tree.body:
        if isinstance(node, ast.If):  # TYPE_CHECKING blocks are for types only
            continue
        names = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            if name.startswith("reconcile."):
                found.add(name.split(".")[1])
    return found


def test_every_module_is_placed_in_the_pipeline() -> None:
    """No module escapes the layering rule."""
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    assert sorted(modules) == sorted(m for m in ORDER if m != "lexicon")


def test_stages_import_only_earlier_stages() -> None:
    """A stage never imports a later one at module level."""
    late = []
    for path in PACKAGE.glob("*.py"):
        if path.stem == "__init__":
            continue
        rank = ORDER.index(path.stem)
        for name in _module_imports(path):
            if ORDER.index(name) >= rank:
                late.append(f"{path.stem} imports {name}")
    assert sorted(late) == []
