"""Extract many documents in worker processes, the results in input order.

Extraction is pure Python and holds the GIL, so several cores mean several
processes. Documents go to the workers in batches of about `BATCH_CHARS`
characters (one message per batch, not per document), at most two batches per
worker in flight so memory stays bounded on an archive of any size, and the
outcomes come back in the order the documents came in: the output does not
depend on ``jobs``.

Each document's outcome is its claims or the exception its extraction raised,
so one bad document never stops the others. When a worker process dies (killed,
out of memory), the documents it held are extracted again in this process and
the rest follow there too.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Generic, TypeVar

from reconcile.claims import extract_claims
from reconcile.lexicon import Lexicon
from reconcile.model import Claim, Document

if TYPE_CHECKING:  # the process pool is imported when first used (start-up time)
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["BATCH_CHARS", "cores", "extract_in_order", "resolve_jobs"]

T = TypeVar("T")
Outcome = list[Claim] | Exception | None
"""A document's claims or the exception its extraction raised; None for others."""

BATCH_CHARS = 200_000  # about 40 news articles, 60 ms of extraction
BATCH_ITEMS = 256  # ... or this many items of any kind
IN_FLIGHT = 2  # batches per worker sent ahead of the one being read

_lexicon: Lexicon | None = None  # the lexicon of this worker process


def resolve_jobs(jobs: int) -> int:
    """The number of processes ``jobs`` asks for: 0 means one per core.

    Raises:
        ValueError: ``jobs`` is negative.

    >>> resolve_jobs(3)
    3
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per core) or more, not {jobs}")
    return jobs or cores()


def cores() -> int:
    """The cores this process may run on (fewer than the machine's in a container).

    >>> cores() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def extract_in_order(
    items: Iterable[T], lexicon: Lexicon, jobs: int = 1
) -> Iterator[tuple[T, Outcome]]:
    """Yield every item with its outcome, in the order of ``items``.

    Items that are `Document`s are extracted (in ``jobs`` processes when over
    one); any other item passes through with the outcome None, in its place.

    Args:
        items: documents, possibly mixed with other items (claims read from a
            table, problems to report) that keep their place.
        lexicon: the vocabulary, sent once to each worker.
        jobs: processes to use; 1 extracts here, 0 uses one per core.

    Returns:
        An iterator of (item, outcome) pairs.

    >>> docs = [Document(id="a", text="Two soldiers were captured."), "not a doc"]
    >>> from reconcile.lexicon import default_lexicon
    >>> [(i if isinstance(i, str) else i.id, o if o is None else len(o))
    ...  for i, o in extract_in_order(docs, default_lexicon())]
    [('a', 1), ('not a doc', None)]
    """
    workers = resolve_jobs(jobs)
    if workers == 1:
        for item in items:
            yield item, _extract_here(item, lexicon)
        return
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(lexicon,)
    )
    try:
        yield from _Batches[T](pool, lexicon, workers * IN_FLIGHT).run(items)
    finally:  # also when the caller stops reading early
        pool.shutdown(wait=True, cancel_futures=True)


def _extract_here(item: T, lexicon: Lexicon) -> Outcome:
    if not isinstance(item, Document):
        return None
    try:
        return extract_claims(item, lexicon)
    except Exception as err:  # one document's failure is reported, not raised
        return err


def _start_worker(lexicon: Lexicon) -> None:
    global _lexicon  # the worker's one piece of state
    _lexicon = lexicon


def _extract_batch(documents: Sequence[Document]) -> list[Outcome]:
    """In a worker: each document's claims, or the exception it raised."""
    assert _lexicon is not None
    return [_portable(_extract_here(doc, _lexicon)) for doc in documents]


def _portable(outcome: Outcome) -> Outcome:
    """The outcome, with an exception made safe to send back to the parent."""
    if not isinstance(outcome, Exception):
        return outcome
    import pickle
    import traceback

    # the worker's traceback travels as a note (shown when the error is raised)
    outcome.add_note("".join(traceback.format_exception(outcome)).rstrip())
    try:
        pickle.dumps(outcome)
    except Exception:  # an exception that does not pickle: keep its text
        return RuntimeError(f"{type(outcome).__name__}: {outcome}")
    return outcome


class _Batches(Generic[T]):
    """Batches sent to a pool and read back in order, with at most ``ahead`` out."""

    def __init__(self, pool: ProcessPoolExecutor, lexicon: Lexicon, ahead: int):
        self.pool: ProcessPoolExecutor | None = pool
        self.lexicon = lexicon
        self.ahead = ahead
        self.sent: deque[tuple[list[T], Future[list[Outcome]] | None]] = deque()

    def run(self, items: Iterable[T]) -> Iterator[tuple[T, Outcome]]:
        batch: list[T] = []
        chars = 0
        for item in items:
            batch.append(item)
            if isinstance(item, Document):
                chars += len(item.text)
            if chars >= BATCH_CHARS or len(batch) >= BATCH_ITEMS:
                self._send(batch)
                batch, chars = [], 0
                while len(self.sent) > self.ahead:
                    yield from self._receive()
        if batch:
            self._send(batch)
        while self.sent:
            yield from self._receive()

    def _send(self, batch: list[T]) -> None:
        from concurrent.futures.process import BrokenProcessPool

        documents = [item for item in batch if isinstance(item, Document)]
        future = None
        if documents and self.pool is not None:
            try:
                future = self.pool.submit(_extract_batch, documents)
            except BrokenProcessPool:  # a worker died earlier
                self.pool = None  # the rest is extracted here
        self.sent.append((batch, future))

    def _receive(self) -> Iterator[tuple[T, Outcome]]:
        batch, future = self.sent.popleft()
        outcomes: Iterator[Outcome] | None = None
        if future is not None:
            try:
                outcomes = iter(future.result())
            except Exception:  # a worker died, or the batch did not pickle:
                outcomes = None  # its documents are redone here
        for item in batch:
            if outcomes is not None and isinstance(item, Document):
                yield item, next(outcomes)
            else:
                yield item, _extract_here(item, self.lexicon)
