"""The ``reconcile`` command: ``extract`` claims, ``report`` discrepancies.

Exit codes, as ruff and Great Expectations use them:

* 0: finished;
* 1: finished, ``--fail-on`` was given and such findings exist;
* 2: usage error, or nothing could run;
* 3: finished, but some inputs were rejected (each reported on stderr with file,
  line and reason).

No traceback reaches the user: `main` turns every failure into a message and a
code (set ``RECONCILE_DEBUG=1`` to see tracebacks).
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
import textwrap
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NoReturn

import attrs
import click

from reconcile._workers import extract_in_order
from reconcile.documents import Limits, Problem, iter_inputs
from reconcile.errors import ReconcileError
from reconcile.lexicon import Lexicon, default_lexicon
from reconcile.model import Claim, Document, Verdict

__all__ = ["main"]

EXIT_OK, EXIT_FAIL_ON, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


@attrs.define
class _Run:
    """What one run read: every record is parsed or reported."""

    claims: list[Claim] = attrs.field(factory=list)
    documents: int = 0
    records: int = 0  # claim records read from tables
    errors: int = 0
    warnings: int = 0


class _FailureError(Exception):
    """A failure with a message for the user and an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def _say(problem: Problem) -> None:
    label = "warning" if problem.severity == "warning" else "error"
    click.echo(f"reconcile: {label}: {problem}", err=True)


def _lexicon(paths: Sequence[str]) -> Lexicon:
    lexicon = default_lexicon()
    return lexicon.extended(*paths) if paths else lexicon


def _progress(items: Iterable[Any]) -> Iterable[Any]:
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return items
    return tqdm(
        items, desc="reading", unit=" docs", file=sys.stderr, disable=None, leave=False
    )


def _read(
    paths: Sequence[str],
    meta: str | None,
    max_chars: int,
    lexicon: Lexicon,
    jobs: int = 1,
) -> _Run:
    run = _Run()
    inputs = iter_inputs(
        paths, meta=meta, limits=Limits(max_chars=max_chars), lexicon=lexicon
    )
    for item, outcome in extract_in_order(_progress(inputs), lexicon, jobs):
        if isinstance(item, Problem):
            _say(item)
            if item.severity == "warning":
                run.warnings += 1
            else:
                run.errors += 1
        elif isinstance(item, Claim):
            run.claims.append(item)
            run.records += 1
        elif isinstance(item, Document):
            run.documents += 1
            if isinstance(outcome, Exception):
                if os.environ.get("RECONCILE_DEBUG"):
                    raise outcome
                run.errors += 1
                _say(
                    Problem(
                        path=item.path or item.id,
                        reason="could not extract claims: "
                        f"{type(outcome).__name__}: {outcome}",
                    )
                )
            else:
                run.claims.extend(outcome or ())
    if run.documents == 0 and run.records == 0 and run.errors:
        raise _FailureError("nothing could be read; see the errors above", EXIT_USAGE)
    return run


def _write(text: str, output: str | None) -> None:
    if output is None or output == "-":
        click.echo(text, nl=not text.endswith("\n"))
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as err:
        raise _FailureError(f"cannot write {output}: {err.strerror or err}") from None


def _claims_csv(claims: Sequence[Claim]) -> str:
    from reconcile.report import csv_safe

    out = io.StringIO()
    columns = [
        "id",
        "doc",
        "span_start",
        "span_end",
        "quote",
        "figure",
        "measure",
        "low",
        "high",
        "qualifier",
        "unit",
        "increment",
        "subject",
        "claimant",
        "claimant_text",
        "as_of",
        "location",
        "source.publisher",
        "source.url",
        "source.published",
        "source.agency",
    ]
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for claim in claims:
        d = claim.to_dict()
        row = [
            d["id"],
            d["doc"],
            d["span"][0],
            d["span"][1],
            d["quote"],
            d["figure"],
            d["measure"],
            d["low"],
            d["high"],
            d["qualifier"],
            d["unit"],
            str(d["increment"]).lower(),
            d["subject"],
            d["claimant"],
            d["claimant_text"],
            d["as_of"],
            d["location"],
            *(d["source"][k] for k in ("publisher", "url", "published", "agency")),
        ]
        writer.writerow(["" if v is None else csv_safe(v) for v in row])
    return out.getvalue()


def _claims_table(claims: Sequence[Claim]) -> str:
    from tabulate import tabulate

    widths = [14, 16, 12, 14, 16, 10, 10, 50]
    rows = [
        [
            "\n".join(textwrap.wrap(str(cell), width)) or ""
            for cell, width in zip(
                (
                    c.doc,
                    c.figure,
                    c.measure,
                    c.subject or "",
                    c.claimant or "(outlet)",
                    c.as_of or "",
                    c.location or "",
                    c.quote,
                ),
                widths,
                strict=True,
            )
        ]
        for c in claims
    ]
    headers = [
        "doc",
        "figure",
        "measure",
        "subject",
        "claimant",
        "as of",
        "place",
        "quote",
    ]
    return (
        tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True) + "\n"
    )


def _exit_code(run: _Run) -> int:
    return EXIT_REJECTED if run.errors else EXIT_OK


_PATHS = click.argument("paths", nargs=-1, required=True, type=click.Path())
_META = click.option(
    "--meta",
    type=click.Path(),
    default=None,
    help="CSV or JSONL table with columns doc, published, publisher, url.",
)
_OUTPUT = click.option(
    "-o",
    "--output",
    type=click.Path(),
    default=None,
    help="Write to FILE instead of standard output.",
)
_LEXICON = click.option(
    "--lexicon",
    "lexicons",
    multiple=True,
    type=click.Path(),
    help="A TOML lexicon file layered on the built-in one (repeatable).",
)
_JOBS = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Extract in this many processes (0: one per core); the output is the same.",
)
_MAX_CHARS = click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=Limits().max_chars,
    show_default=True,
    help="Reject (and report) documents longer than this.",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reconcile")
def cli() -> None:
    """Extract numeric claims from news text and reconcile them."""


@cli.command()
@_PATHS
@_META
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "table"]),
    default="jsonl",
    show_default=True,
)
@_OUTPUT
@_LEXICON
@_MAX_CHARS
@_JOBS
def extract(
    paths: tuple[str, ...],
    meta: str | None,
    fmt: str,
    output: str | None,
    lexicons: tuple[str, ...],
    max_chars: int,
    jobs: int,
) -> None:
    """Extract claims from PATHS (files or folders of articles, or claim tables)."""
    lexicon = _lexicon(lexicons)
    run = _read(paths, meta, max_chars, lexicon, jobs)
    if fmt == "jsonl":
        text = "".join(
            json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in run.claims
        )
    elif fmt == "csv":
        text = _claims_csv(run.claims)
    else:
        text = _claims_table(run.claims)
    _write(text, output)
    raise SystemExit(_exit_code(run))


@cli.command()
@_PATHS
@_META
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "markdown", "json", "csv", "html"]),
    default="table",
    show_default=True,
)
@_OUTPUT
@click.option(
    "--fail-on",
    type=click.Choice(["conflict", "disagree"]),
    default=None,
    help="Exit 1 when conflicts (or conflicts and disagreements) are found.",
)
@click.option(
    "--policy",
    type=click.Path(),
    default=None,
    help="A TOML file of [policy] settings (replacing the defaults) or [stance] pairs"
    " (added to them).",
)
@_LEXICON
@_MAX_CHARS
@_JOBS
def report(
    paths: tuple[str, ...],
    meta: str | None,
    fmt: str,
    output: str | None,
    fail_on: str | None,
    policy: str | None,
    lexicons: tuple[str, ...],
    max_chars: int,
    jobs: int,
) -> None:
    """Reconcile the claims of PATHS and write a discrepancy report."""
    from reconcile.reconciler import reconcile

    lexicon = _lexicon(lexicons)
    if policy:
        lexicon = lexicon.extended(policy)
    run = _read(paths, meta, max_chars, lexicon, jobs)
    result = reconcile(run.claims, lexicon=lexicon)
    renderers = {
        "table": result.to_table,
        "markdown": result.to_markdown,
        "json": result.to_json,
        "csv": result.to_csv,
        "html": result.to_html,
    }
    _write(renderers[fmt](), output)
    code = _exit_code(run)
    if fail_on is not None and code == EXIT_OK:
        wanted = {Verdict.CONFLICT} | (
            {Verdict.DISAGREE} if fail_on == "disagree" else set()
        )
        if any(f.verdict in wanted for f in result.findings):
            code = EXIT_FAIL_ON
    raise SystemExit(code)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Run the command line; never lets a traceback reach the user."""
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="reconcile",
            standalone_mode=False,
        )
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else EXIT_OK
        sys.exit(code)
    except click.exceptions.Abort:
        click.echo("reconcile: aborted", err=True)
        sys.exit(EXIT_USAGE)
    except click.ClickException as err:
        err.show()
        sys.exit(EXIT_USAGE)
    except _FailureError as err:
        click.echo(f"reconcile: error: {err}", err=True)
        sys.exit(err.code)
    except ReconcileError as err:
        click.echo(f"reconcile: error: {err}", err=True)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        click.echo("reconcile: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(EXIT_OK)
    except Exception as err:
        if os.environ.get("RECONCILE_DEBUG"):
            raise
        click.echo(
            f"reconcile: internal error: {type(err).__name__}: {err} "
            "(set RECONCILE_DEBUG=1 for details)",
            err=True,
        )
        sys.exit(EXIT_USAGE)
    sys.exit(EXIT_OK)


if __name__ == "__main__":  # pragma: no cover
    main()
