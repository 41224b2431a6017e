"""Extraction in worker processes: the same claims, in order, whatever fails."""

from __future__ import annotations

import multiprocessing
import os
import pickle
from collections.abc import Callable

import pytest

import reconcile._workers as workers
from reconcile import extract_documents
from reconcile.lexicon import Lexicon, default_lexicon
from reconcile.model import Claim, Document

SENTENCES = (
    "Officials in Ruritania said about {n} Bordurian soldiers were killed.",
    "The ministry reported {n} wounded and {m} missing after the attack on Tuesday.",
    "More than {n} reinforcements were deployed to the border, Bordurian media said.",
    "Between {m} and {n} fighters were captured near Zenda, the army said.",
    "Nothing here counts anything at all in {y}.",
)
needs_fork = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="the test patches the parent, which only forked workers inherit",
)


def _documents(count: int = 30) -> list[Document]:
    docs = []
    for k in range(count):
        lines = [
            SENTENCES[(k + j) % len(SENTENCES)].format(
                n=100 + 37 * k + j, m=12 + k, y=2000 + k
            )
            for j in range(1 + k % 4)
        ]
        docs.append(Document(id=f"d{k:02}", text=" ".join(lines)))
    return docs


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of a few documents, so that several are in flight at once."""
    monkeypatch.setattr(workers, "BATCH_CHARS", 300)


@pytest.mark.usefixtures("small_batches")
@pytest.mark.parametrize("jobs", [2, 3])
def test_claims_are_the_same_in_the_same_order_whatever_the_jobs(
    jobs: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several batches in flight, read back in order: the output of one process."""
    docs = _documents()
    alone = extract_documents(docs)
    assert len({c.doc for c in alone}) > 20  # most documents hold claims
    in_flight: list[int] = []
    send = workers._Batches._send

    def counted(self: workers._Batches[Document], batch: list[Document]) -> None:
        send(self, batch)
        in_flight.append(len(self.sent))

    monkeypatch.setattr(workers._Batches, "_send", counted)
    assert alone == extract_documents(docs, jobs=jobs)
    # many batches, never more than two a worker ahead of the one being read
    assert (len(in_flight) > 5, max(in_flight)) == (
        True,
        jobs * workers.IN_FLIGHT + 1,
    )


@pytest.mark.usefixtures("small_batches")
def test_other_items_keep_their_place() -> None:
    """Items that are no documents pass through, in order, with no outcome."""
    docs = _documents(8)
    items: list[Document | str] = []
    for k, doc in enumerate(docs):
        items += [doc, f"note {k}"] if k % 3 else [doc]
    got = list(workers.extract_in_order(items, default_lexicon(), jobs=2))
    assert [item for item, _ in got] == items
    assert [o is None for _, o in got] == [isinstance(i, str) for i in items]


def test_the_lexicon_reaches_the_workers() -> None:
    """A user's word, known only to an extended lexicon, is used in the workers."""
    lexicon = default_lexicon().extended(
        {"measures": {"killed": {"after": ["martyred"]}}}
    )
    docs = [Document(id="a", text="Some 30 fighters were martyred.")]
    claims = extract_documents(docs, lexicon=lexicon, jobs=2)
    assert [(c.measure, c.low) for c in claims] == [("killed", 30)]


def _patch_extract(
    monkeypatch: pytest.MonkeyPatch, broken: Callable[[Document], None]
) -> None:
    real = workers.extract_claims

    def extract(document: Document, lexicon: Lexicon) -> list[Claim]:
        broken(document)
        return real(document, lexicon)

    monkeypatch.setattr(workers, "extract_claims", extract)


@needs_fork
@pytest.mark.usefixtures("small_batches")
def test_a_failing_document_is_its_own_outcome(monkeypatch: pytest.MonkeyPatch) -> None:
    """The exception comes back for that document, with the worker's traceback."""
    docs = _documents(12)
    expected = extract_documents(docs)

    def broken(document: Document) -> None:
        if document.id == "d05":
            raise KeyError("no such word")

    _patch_extract(monkeypatch, broken)
    got = dict(workers.extract_in_order(docs, default_lexicon(), jobs=2))
    failed = got.pop(docs[5])
    assert isinstance(failed, KeyError)
    assert "in broken" in failed.__notes__[0]  # the traceback of the worker
    assert [c for o in got.values() for c in o or ()] == [
        c for c in expected if c.doc != "d05"
    ]
    with pytest.raises(KeyError, match="no such word"):
        extract_documents(docs, jobs=2)


@needs_fork
@pytest.mark.usefixtures("small_batches")
def test_documents_of_a_worker_that_died_are_extracted_here(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A worker killed mid-batch loses nothing: its documents are redone here."""
    docs = _documents(12)
    expected = extract_documents(docs)
    parent = os.getpid()

    def broken(document: Document) -> None:
        if document.id == "d04" and os.getpid() != parent:
            os._exit(1)  # as if killed: no exception, no result

    _patch_extract(monkeypatch, broken)
    assert expected == extract_documents(docs, jobs=2)


def test_an_exception_that_does_not_pickle_keeps_its_text() -> None:
    """Sent back from a worker, it becomes a RuntimeError with the same text."""

    class LocalError(Exception):  # a local class cannot be pickled
        pass

    sent = workers._portable(LocalError("odd input"))
    assert (type(sent), str(sent)) == (RuntimeError, "LocalError: odd input")
    pickle.dumps(sent)


def test_jobs() -> None:
    """0 is one process per core this process may use; negative is an error."""
    assert (workers.resolve_jobs(0), workers.resolve_jobs(2)) == (workers.cores(), 2)
    if hasattr(os, "sched_getaffinity"):  # Linux: the cores lent, not the machine's
        assert workers.cores() == len(os.sched_getaffinity(0))
    with pytest.raises(ValueError, match="jobs must be 0"):
        extract_documents([], jobs=-1)
