"""The public API is small and pinned: changing it is a decision, not an accident."""

from __future__ import annotations

import reconcile


def test_public_names_are_pinned() -> None:
    """``reconcile.__all__`` lists exactly these names."""
    assert sorted(reconcile.__all__) == [
        "Claim",
        "ClaimGroup",
        "Consensus",
        "Document",
        "Figure",
        "Finding",
        "HedgePolicy",
        "Lexicon",
        "LexiconError",
        "Qualifier",
        "ReconcileError",
        "Reconciliation",
        "Stance",
        "Taxonomy",
        "Verdict",
        "default_lexicon",
        "extract",
        "extract_documents",
        "parse_figures",
        "reconcile",
    ]


def test_every_public_name_exists() -> None:
    """Each name in ``__all__`` is importable from the package."""
    assert [name for name in reconcile.__all__ if not hasattr(reconcile, name)] == []


def test_importing_the_package_loads_neither_pandas_nor_pint() -> None:
    """Heavy dependencies load only when a frame, a unit or a process is needed."""
    import subprocess
    import sys

    heavy = ("pandas", "pint", "concurrent.futures.process")
    code = f"import reconcile, sys; print([m in sys.modules for m in {heavy}])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "[False, False, False]"
