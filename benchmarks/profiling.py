"""Profile extraction on a benchmark corpus: where the time goes.

``python -m benchmarks.profiling seeds`` (or ``dense``, or a hostile input's name
such as ``"distinct names said ..."``) runs `reconcile.claims.extract_claims`
under cProfile and prints the top functions by cumulative and by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats

from benchmarks import corpus, hostile
from benchmarks.timing import MB
from reconcile.claims import extract_claims
from reconcile.lexicon import default_lexicon
from reconcile.model import Document


def documents(name: str, size: int) -> list[Document]:
    """The documents of a corpus (``seeds``, ``dense``) or of one hostile input."""
    if name == "seeds":
        return list(corpus.seeds_corpus(size).documents)
    if name == "dense":
        return list(corpus.dense_corpus(size).documents)
    text = hostile.INPUTS[name](size)
    return [Document(id="hostile", text=text, published=corpus.PUBLISHED)]


def profile(docs: list[Document], top: int) -> str:
    """The top functions by cumulative and own time of extracting ``docs``."""
    lex = default_lexicon()
    for doc in docs[:20]:  # warm-up
        extract_claims(doc, lex)
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        extract_claims(doc, lex)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main() -> None:
    """Command line: corpus name, size, how many functions."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "corpus", help=f"seeds, dense, or one of: {', '.join(hostile.INPUTS)}"
    )
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    print(profile(documents(args.corpus, int(args.mb * MB)), args.top))


if __name__ == "__main__":
    main()
