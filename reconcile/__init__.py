"""reconcile: numeric claims from news text, reconciled.

Extract claims (troops deployed, reinforcements, killed, wounded, casualties,
captured, missing), each with who claims it, about whom, where and as of when;
then group the claims that speak of the same thing and find which agree, which
disagree and which only look different::

    import reconcile
    claims = reconcile.extract(text, published="2025-04-28", publisher="AP")
    result = reconcile.reconcile(claims)
    print(result.to_table())
"""

from __future__ import annotations

from reconcile.errors import LexiconError, ReconcileError
from reconcile.lexicon import Lexicon, default_lexicon
from reconcile.model import (
    Claim,
    ClaimGroup,
    Consensus,
    Document,
    Figure,
    Finding,
    Qualifier,
    Verdict,
)
from reconcile.numbers import parse_figures
from reconcile.pipeline import extract, extract_documents
from reconcile.policy import HedgePolicy, Stance, Taxonomy
from reconcile.reconciler import Reconciliation, reconcile

__all__ = [
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

__version__ = "0.1.0"
