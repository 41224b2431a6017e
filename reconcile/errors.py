"""The one tree of errors that reconcile raises.

Every error the library raises on purpose derives from `ReconcileError`, so callers
can catch them all with one ``except`` clause; the more specific classes also derive
from the built-in error a Python programmer would expect (``ValueError`` for bad
data), so generic handlers keep working.
"""

from __future__ import annotations

__all__ = ["ClaimError", "InputError", "LexiconError", "ReconcileError"]


class ReconcileError(Exception):
    """Base class of every error reconcile raises on purpose."""


class LexiconError(ReconcileError, ValueError):
    """A lexicon data file is malformed: names the file, the entry and the problem.

    >>> str(LexiconError("my.toml: [killed] words: expected a list of strings"))
    'my.toml: [killed] words: expected a list of strings'
    """


class InputError(ReconcileError, ValueError):
    """An input document or table could not be read.

    Attributes:
        path: the file (or ``"<string>"``) the problem is in.
        line: the 1-based line number for tables, else ``None``.
        reason: what is wrong, in words a user can act on.
    """

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class ClaimError(ReconcileError, ValueError):
    """A claim record (claim JSON) is malformed or inconsistent."""
