"""Hypothesis strategies for reconcile's types (filled in by the testing work)."""

from __future__ import annotations


def _register() -> None:
    """Register reconcile's strategies with hypothesis (entry point)."""
