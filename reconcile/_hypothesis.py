"""The hypothesis entry point: teach hypothesis reconcile's types.

Kept apart from `reconcile.strategies`: hypothesis loads its entry points while it
is being imported, and `reconcile.strategies` imports hypothesis, so registering
from there would run into a half-imported module. The strategies registered here
are deferred: they are looked up when first drawn.
"""

from __future__ import annotations

from typing import Any


def _register() -> None:
    """Register strategies for `Claim`, `Figure` and `Document` with hypothesis."""
    from hypothesis import strategies as st

    from reconcile.model import Claim, Document, Figure

    def later(name: str) -> Any:
        def build() -> Any:
            from reconcile import strategies

            return getattr(strategies, name)()

        return st.deferred(build)

    st.register_type_strategy(Claim, later("claims"))
    st.register_type_strategy(Figure, later("figures"))
    st.register_type_strategy(Document, later("documents"))
