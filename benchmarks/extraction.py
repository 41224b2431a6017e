r"""Extraction throughput: MB/s and articles/s on one core (and on all of them).

Over each corpus (`benchmarks.corpus`) this times, document by document:

* ``extract_claims``: `reconcile.claims.extract_claims` (the library path);
* ``parse_figures``: `reconcile.parse_figures` alone (number phrases only);
* ``quantulum3``: ``quantulum3.parser.parse``, the nearest peer; it is slow, so
  when a full pass would take over two minutes it is timed on the corpus' first
  documents (``sample`` says so);
* ``regex scan``: ``re.finditer(r"\d[\d,.]*", text)`` consuming every match,
  the practical limit of a Python text scanner;
* ``extract_claims, N processes``: `reconcile.extract_documents` with ``jobs=N``
  on every core the machine lends (the one-core pin lifted), on the first
  corpus; the targets stay those of one core.
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from typing import Any

from tabulate import tabulate

from benchmarks import corpus
from benchmarks.report import seconds, spread, target
from benchmarks.timing import MB, all_cores, measure
from reconcile.claims import extract_claims
from reconcile.lexicon import default_lexicon
from reconcile.model import Document
from reconcile.numbers import parse_figures
from reconcile.pipeline import extract_documents

FULL_BYTES = 5 * MB
SMOKE_BYTES = 50_000
PEER_BUDGET_S = {False: 120.0, True: 0.0}  # a longer full quantulum3 pass ...
PEER_SAMPLE = {False: 200_000, True: 5_000}  # ... is timed on a sample (bytes)
PEER_MAX_RUNS = 3
PEER_RUNS_BUDGET_S = 200.0  # and no more repeats once its runs took this long
NUMBER = re.compile(r"\d[\d,.]*")

Counter = Callable[[Sequence[Document]], int]


def _extract(docs: Sequence[Document]) -> int:
    lex = default_lexicon()
    return sum(len(extract_claims(d, lex)) for d in docs)


def _in_processes(jobs: int) -> Counter:
    def count(docs: Sequence[Document]) -> int:
        return len(extract_documents(docs, lexicon=default_lexicon(), jobs=jobs))

    return count


def _figures(docs: Sequence[Document]) -> int:
    lex = default_lexicon()
    return sum(len(parse_figures(d.text, lex)) for d in docs)


def _scan(docs: Sequence[Document]) -> int:
    return sum(sum(1 for _ in NUMBER.finditer(d.text)) for d in docs)


def _peer() -> Counter | None:
    """quantulum3's parser as a counter, or ``None`` when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "classifier dependencies not installed"
            from quantulum3 import parser  # type: ignore[import-untyped,unused-ignore]
    except ImportError:
        return None

    def count(docs: Sequence[Document]) -> int:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return sum(len(parser.parse(d.text)) for d in docs)

    return count


def _row(
    body: corpus.Corpus, tool: str, count: Counter, runs: int, item: str
) -> dict[str, Any]:
    docs = body.documents
    timing, found = measure(
        lambda: count(docs), runs=runs, warmup=lambda: count(docs[:20])
    )
    return _result(body, tool, timing.to_dict(), found, item, sample=False)


def _result(
    body: corpus.Corpus,
    tool: str,
    timing: dict[str, Any],
    found: int,
    item: str,
    *,
    sample: bool,
) -> dict[str, Any]:
    size = body.bytes
    return {
        "corpus": body.name,
        "tool": tool,
        "bytes": size,
        "articles": len(body.documents),
        "sample": sample,
        "seconds": timing,
        "mb_per_s": size / MB / timing["median"],
        "articles_per_s": len(body.documents) / timing["median"],
        "found": found,
        "item": item,
    }


def _peer_row(
    body: corpus.Corpus, count: Counter, runs: int, smoke: bool
) -> dict[str, Any]:
    """Time quantulum3 on the whole corpus if that fits the budget, else a sample."""
    sample = body.head(PEER_SAMPLE[smoke])
    count(body.documents[:1])  # first call loads quantulum3's data
    start = time.perf_counter()
    count(sample.documents)
    projected = (time.perf_counter() - start) * body.bytes / sample.bytes
    is_sample = projected > PEER_BUDGET_S[smoke]
    timed = sample if is_sample else body
    timing, found = measure(
        lambda: count(timed.documents),
        runs=min(runs, PEER_MAX_RUNS),
        warmup=lambda: None,
        budget_s=PEER_RUNS_BUDGET_S,
    )
    row = _result(
        timed, "quantulum3", timing.to_dict(), found, "quantities", sample=is_sample
    )
    row["projected_full_s"] = projected
    return row


def run(*, smoke: bool, runs: int) -> dict[str, Any]:
    """Build both corpora and time every tool over them."""
    size = SMOKE_BYTES if smoke else FULL_BYTES
    bodies = [
        corpus.seeds_corpus(size),
        corpus.dense_corpus(size, pool_size=200 if smoke else 2000),
    ]
    peer = _peer()
    results: list[dict[str, Any]] = []
    corpora: list[dict[str, Any]] = []
    for body in bodies:
        corpora.append(
            {
                "name": body.name,
                "description": body.description,
                "bytes": body.bytes,
                "articles": len(body.documents),
            }
        )
        print(
            f"  extraction: {body.name} corpus, {body.bytes / MB:.2f} MB",
            file=sys.stderr,
        )
        results.append(_row(body, "extract_claims", _extract, runs, "claims"))
        if body is bodies[0]:
            with all_cores() as jobs:
                if jobs > 1:
                    tool = f"extract_claims, {jobs} processes"
                    count = _in_processes(jobs)
                    results.append(_row(body, tool, count, runs, "claims"))
        results.append(_row(body, "parse_figures", _figures, runs, "figures"))
        results.append(_row(body, "regex scan", _scan, runs, "matches"))
        if peer is not None:
            results.append(_peer_row(body, peer, runs, smoke))
    return {
        "corpora": corpora,
        "results": results,
        "quantulum3": _version("quantulum3"),
        "ratios": _ratios(results, bodies),
        "targets": _targets(results, bodies),
    }


def _version(name: str) -> str | None:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


def _rate(results: list[dict[str, Any]], body: str, tool: str) -> float | None:
    for row in results:
        if row["corpus"] == body and row["tool"] == tool:
            return float(row["mb_per_s"])
    return None


def _ratios(
    results: list[dict[str, Any]], bodies: list[corpus.Corpus]
) -> list[dict[str, Any]]:
    out = []
    for body in bodies:
        ours = _rate(results, body.name, "extract_claims")
        peer = _rate(results, body.name, "quantulum3")
        scan = _rate(results, body.name, "regex scan")
        out.append(
            {
                "corpus": body.name,
                "x_faster_than_quantulum3": ours / peer if ours and peer else None,
                "x_slower_than_regex_scan": scan / ours if ours and scan else None,
            }
        )
    return out


def _targets(
    results: list[dict[str, Any]], bodies: list[corpus.Corpus]
) -> list[dict[str, Any]]:
    out = []
    ratios = {r["corpus"]: r for r in _ratios(results, bodies)}
    for body in bodies:
        name = body.name
        out += [
            target(
                f"extraction MB/s ({name})",
                _rate(results, name, "extract_claims"),
                3,
                at_least=True,
                unit=" MB/s",
            ),
            target(
                f"x faster than quantulum3 ({name})",
                ratios[name]["x_faster_than_quantulum3"],
                100,
                at_least=True,
                unit="x",
            ),
            target(
                f"x slower than regex scan ({name})",
                ratios[name]["x_slower_than_regex_scan"],
                20,
                at_least=False,
                unit="x",
            ),
        ]
    return out


def render(section: dict[str, Any]) -> str:
    """The throughput table and the ratios."""
    rows = [
        [
            row["corpus"],
            row["tool"] + (" (sample)" if row["sample"] else ""),
            f"{row['bytes'] / MB:.2f}",
            row["articles"],
            seconds(row["seconds"]["median"]),
            spread(row["seconds"]),
            f"{row['mb_per_s']:.3g}",
            f"{row['articles_per_s']:,.0f}",
            f"{row['found']:,} {row['item']}",
        ]
        for row in section["results"]
    ]
    table = tabulate(
        rows,
        headers=[
            "corpus",
            "tool",
            "MB",
            "articles",
            "s",
            "spread",
            "MB/s",
            "art/s",
            "found",
        ],
    )
    ratios = tabulate(
        [
            [
                r["corpus"],
                _times(r["x_faster_than_quantulum3"]) + "  (target >= 100x)",
                _times(r["x_slower_than_regex_scan"]) + "  (target <= 20x)",
            ]
            for r in section["ratios"]
        ],
        headers=[
            "corpus",
            "extract_claims vs quantulum3: faster",
            "vs regex scan: slower",
        ],
    )
    notes = [f"  {c['name']}: {c['description']}" for c in section["corpora"]]
    peer = [r for r in section["results"] if r["tool"] == "quantulum3"]
    if not peer:
        notes.append("  quantulum3 is not installed: pip install -e '.[bench]'")
    for r in peer:
        if r["sample"]:
            notes.append(
                f"  quantulum3 on {r['corpus']}: timed on the first "
                f"{r['bytes'] / 1000:.0f} KB only (a full pass: "
                f"~{r['projected_full_s']:.0f} s projected)"
            )
    return "\n".join([table, "", ratios, "", *notes])


def _times(value: float | None) -> str:
    return "-" if value is None else f"{value:,.1f}x"
