"""Deterministic corpora for the extraction benchmarks.

Two corpora of about the same size:

* ``seeds``: the bundled news articles (``seeds/*.txt``), repeated; ordinary
  news, sparse in figures. Each copy is a `Document` with the seed's metadata
  given, so no dateline parsing happens inside the timing.
* ``dense``: documents of generated news-like sentences from
  `reconcile.strategies.sentences` (one claim per sentence), 1 to 6 sentences a
  document, one paragraph each, as `reconcile.strategies.documents` builds them.
  Hypothesis draws a pool of sentences once, derandomised by a fixed seed; a
  `random.Random` with a fixed seed then picks from the pool.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from reconcile.documents import make_document
from reconcile.model import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED = 20261122
PUBLISHED = dt.date(2026, 4, 26)


@dataclass(frozen=True)
class Corpus:
    """Documents to extract from, and what they are."""

    name: str
    description: str
    documents: tuple[Document, ...]

    @property
    def bytes(self) -> int:
        """Size in bytes of UTF-8."""
        return sum(len(d.text.encode("utf-8")) for d in self.documents)

    def head(self, max_bytes: int) -> Corpus:
        """The first whole documents up to ``max_bytes`` (at least one)."""
        out: list[Document] = []
        size = 0
        for doc in self.documents:
            size += len(doc.text.encode("utf-8"))
            if out and size > max_bytes:
                break
            out.append(doc)
        return Corpus(self.name, f"first {len(out)} documents", tuple(out))


def seed_documents() -> list[Document]:
    """The bundled articles with their metadata read once from their text."""
    return [
        make_document(path.read_text(encoding="utf-8"), id=path.stem, path=str(path))
        for path in sorted(SEEDS.glob("*.txt"))
    ]


def seeds_corpus(min_bytes: int) -> Corpus:
    """The seed articles repeated until the corpus holds ``min_bytes``."""
    seeds = seed_documents()
    docs: list[Document] = []
    size = 0
    copy = 0
    while size < min_bytes:
        for seed in seeds:
            docs.append(
                Document(
                    id=f"{seed.id}#{copy}",
                    text=seed.text,
                    published=seed.published or PUBLISHED,
                    publisher=seed.publisher,
                    url=seed.url,
                    agency=seed.agency,
                )
            )
            size += len(seed.text.encode("utf-8"))
        copy += 1
    return Corpus(
        "seeds", f"{len(seeds)} bundled articles x {copy} (ordinary news)", tuple(docs)
    )


def sentence_pool(count: int, seed: int = SEED) -> list[str]:
    """``count`` sentences drawn by `reconcile.strategies.sentences`, deterministic.

    Hypothesis' ``@seed`` with the database off and only the generate phase makes
    the draw repeatable; it costs about 1.6 ms a sentence, so the pool is drawn
    once and sampled.
    """
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as hypothesis_seed

    from reconcile.strategies import GeneratedText, sentences

    pool: list[str] = []

    @hypothesis_seed(seed)
    @settings(
        max_examples=count,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(sentences())
    def draw(generated: GeneratedText) -> None:
        pool.append(generated.text)

    draw()
    return pool


def dense_corpus(min_bytes: int, pool_size: int = 2000) -> Corpus:
    """Documents of generated claim sentences until the corpus holds ``min_bytes``."""
    pool = sentence_pool(pool_size)
    rng = random.Random(SEED)
    docs: list[Document] = []
    size = 0
    while size < min_bytes:
        text = "\n\n".join(rng.choices(pool, k=rng.randint(1, 6)))
        docs.append(
            Document(
                id=f"dense{len(docs):06d}",
                text=text,
                published=PUBLISHED,
                publisher="Example Wire",
            )
        )
        size += len(text.encode("utf-8"))
    return Corpus(
        "dense",
        f"generated sentences, one claim each (pool of {len(pool)})",
        tuple(docs),
    )
