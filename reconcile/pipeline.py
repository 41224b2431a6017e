"""The library's front door: text in, claims out.

``extract`` reads one text, ``extract_documents`` many; both fill metadata the
caller leaves out from the text itself (dateline, byline, "Original url:" line),
as `reconcile.documents.make_document` does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator

from reconcile._workers import extract_in_order
from reconcile.claims import extract_claims
from reconcile.documents import make_document
from reconcile.lexicon import Lexicon, default_lexicon
from reconcile.model import Claim, Document

__all__ = ["extract", "extract_documents", "iter_claims"]


def _text_id(text: str) -> str:
    return (
        "text_"
        + hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=8).hexdigest()
    )


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    doc: str | None = None,
    lexicon: Lexicon | None = None,
) -> list[Claim]:
    """Extract the claims of one news text.

    Args:
        text: the article text.
        published: the publication date (date or ISO string); read from a dateline
            in the text when omitted, else unknown.
        publisher: the outlet; read from an "Original url:" line when omitted.
        url: the article's url.
        doc: the document id used in claims; a hash of the text when omitted.
        lexicon: the vocabulary; `reconcile.default_lexicon` when omitted.

    Returns:
        The claims in text order.

    >>> claims = extract("Seoul estimates that about 2,000 soldiers have been killed.",
    ...                  published="2026-04-26")
    >>> [(c.measure, c.low, c.qualifier.value, c.claimant) for c in claims]
    [('killed', 2000, 'approximate', 'South Korea')]
    """
    lex = lexicon or default_lexicon()
    document = make_document(
        text,
        id=doc or _text_id(text),
        published=published,
        publisher=publisher,
        url=url,
        lexicon=lex,
    )
    return extract_claims(document, lex)


def iter_claims(
    documents: Iterable[Document | str],
    *,
    lexicon: Lexicon | None = None,
    jobs: int = 1,
) -> Iterator[Claim]:
    """Yield the claims of many documents (or plain texts), in document order.

    Args:
        documents: documents, or plain texts (their ids are hashes of the text).
        lexicon: the vocabulary; `reconcile.default_lexicon` when omitted.
        jobs: processes to extract in; 0 means one per core. With more than
            one, documents are read ahead in batches and the claims still come
            in document order, the same as with one. A script that uses them on
            a platform that starts processes afresh (Windows, macOS) needs the
            usual ``if __name__ == "__main__":`` guard.

    Raises:
        ValueError: ``jobs`` is negative.
        Exception: whatever extracting a document raised (a bug to report).
    """
    lex = lexicon or default_lexicon()
    docs = (
        item
        if isinstance(item, Document)
        else make_document(item, id=_text_id(item), lexicon=lex)
        for item in documents
    )
    for _document, outcome in extract_in_order(docs, lex, jobs):
        if isinstance(outcome, Exception):
            raise outcome
        yield from outcome or ()


def extract_documents(
    documents: Iterable[Document | str],
    *,
    lexicon: Lexicon | None = None,
    jobs: int = 1,
) -> list[Claim]:
    """Extract the claims of many documents (or plain texts).

    ``jobs`` extracts in that many processes (0: one per core), as `iter_claims`
    does; the claims are the same, in the same order.

    >>> from reconcile.model import Document
    >>> docs = [Document(id="a", text="Two soldiers were captured."),
    ...         Document(id="b", text="Five soldiers were killed.")]
    >>> [(c.doc, c.measure, c.low) for c in extract_documents(docs)]
    [('a', 'captured', 2), ('b', 'killed', 5)]
    """
    return list(iter_claims(documents, lexicon=lexicon, jobs=jobs))
