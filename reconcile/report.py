"""Render a reconciliation as text: terminal table, Markdown, CSV or JSON data.

The terminal report leads with what needs attention (conflicts and
disagreements, most severe first), then the consensus per group, then the
consistent evidence. tabulate is the only table library used; Markdown cells are
escaped (tabulate does not escape ``|`` or HTML) and CSV cells that a spreadsheet
would run as a formula are guarded.
"""

from __future__ import annotations

import csv
import io
import textwrap
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from tabulate import tabulate

from reconcile.model import Verdict

if TYPE_CHECKING:
    from reconcile.reconciler import Reconciliation

__all__ = ["as_dict", "csv_safe", "render"]

_ATTENTION = (Verdict.CONFLICT, Verdict.DISAGREE)
_REASON_WIDTH = 72
_FORMATS = ("table", "markdown", "csv")


def _count(value: int | None) -> str:
    return "-" if value is None else f"{value:,}"


def _md(text: object) -> str:
    """Escape a Markdown table cell: pipes, HTML and line breaks."""
    value = "" if text is None else str(text)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value.replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def csv_safe(value: object) -> object:
    """Guard a CSV cell against formula injection (= + - @ tab CR)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def summary(result: Reconciliation) -> dict[str, int]:
    """Counts for a report's first line."""
    counts = {v.value: 0 for v in Verdict}
    for finding in result.findings:
        counts[finding.verdict.value] += 1
    return {"claims": len(result.claims), "groups": len(result.groups), **counts}


def as_dict(result: Reconciliation) -> dict[str, Any]:
    """The reconciliation as JSON-ready data.

    Keys: ``groups``, ``findings``, ``consensus``, ``claims`` (claim JSON, each with
    its ``group`` and ``stance``) and ``summary``.
    """
    group_of = {cid: g.id for g in result.groups for cid in g.claims}
    return {
        "summary": summary(result),
        "groups": [
            {
                "id": g.id,
                "label": g.label,
                "subject": g.subject,
                "family": g.family,
                "place": g.place,
                "unit": g.unit,
                "claims": list(g.claims),
            }
            for g in result.groups
        ],
        "findings": [
            {
                "verdict": str(f.verdict),
                "claims": list(f.claims),
                "group": f.group,
                "severity": f.severity,
                "rule": f.rule,
                "reason": f.reason,
            }
            for f in result.findings
        ],
        "consensus": [
            {
                "group": c.group,
                "measure": c.measure,
                "as_of": c.as_of,
                "low": c.low,
                "best": c.best,
                "high": c.high,
                "increment": c.increment,
                "location": c.location,
                "claims": list(c.claims),
                "set_aside": [
                    {"claim": cid, "reason": why} for cid, why in c.set_aside
                ],
            }
            for c in result.consensus
        ],
        "claims": [
            {**c.to_dict(), "group": group_of.get(c.id), "stance": result.stance_of(c)}
            for c in result.claims
        ],
    }


def render(result: Reconciliation, fmt: str = "table") -> str:
    """Render the reconciliation as ``table``, ``markdown`` or ``csv``.

    Raises:
        ValueError: for another format.
    """
    if fmt == "csv":
        return _csv(result)
    if fmt not in _FORMATS:
        raise ValueError(
            f"unknown report format {fmt!r}; use one of {', '.join(_FORMATS)}"
        )
    markdown = fmt == "markdown"
    return "\n".join(_sections(result, markdown)) + "\n"


def _table(
    rows: Sequence[Sequence[object]],
    headers: Sequence[str],
    markdown: bool,
    widths: Sequence[int | None] | None = None,
) -> str:
    if markdown:
        rows = [[_md(cell) for cell in row] for row in rows]
        return tabulate(
            rows, headers=list(headers), tablefmt="github", disable_numparse=True
        )
    # wrap here: tabulate's maxcolwidths casts "2,100" to int despite
    # disable_numparse and fails
    if widths:
        rows = [
            [_wrap(cell, width) for cell, width in zip(row, widths, strict=False)]
            for row in rows
        ]
    return tabulate(
        rows, headers=list(headers), tablefmt="simple", disable_numparse=True
    )


def _wrap(cell: object, width: int | None) -> object:
    if width is None or cell is None:
        return cell
    return "\n".join(textwrap.wrap(str(cell), width)) or ""


def _heading(text: str, markdown: bool, level: int = 2) -> str:
    if markdown:
        return f"{'#' * level} {text}\n"
    return f"{text.upper()}\n{'=' * len(text)}"


# the summary line's tally: count key, then singular and plural wording
_TALLY = (
    ("conflict", "conflict"),
    ("disagree", "disagreement"),
    ("revision", "revision"),
    ("echo", "echo", "echoes"),
    ("part_whole", "part/whole", "part/whole"),
    ("progression", "progression"),
    ("agree", "agreement"),
    ("unrelated", "unrelated", "unrelated"),
)


def _when(as_of: str | None, during: bool) -> str:
    """An as-of cell: "2025-04", "during 2025-04" for one incident or period."""
    when = as_of or "undated"
    return f"during {when}" if during else when


def _noun(n: int, one: str, many: str | None = None) -> str:
    """``1 claim``, ``2 claims``: a count with its noun in the right number."""
    return f"{n} {one if n == 1 else many or one + 's'}"


def _sections(result: Reconciliation, markdown: bool) -> Iterable[str]:
    counts = summary(result)
    labels = {g.id: g.label for g in result.groups}
    title = "reconcile: discrepancy report"
    yield f"# {title}\n" if markdown else title
    yield (
        f"{_noun(counts['claims'], 'claim')} in {_noun(counts['groups'], 'group')}: "
        + ", ".join(_noun(counts[key], *words) for key, *words in _TALLY)
        + "\n"
    )
    attention = [f for f in result.findings if f.verdict in _ATTENTION]
    yield _heading("Needs attention", markdown)
    rows: list[list[object]]
    if attention:
        rows = [
            [
                str(f.verdict),
                f"{f.severity:.1f}x" if f.severity else "",
                labels[f.group],
                f.reason,
                " ".join(f.claims),
            ]
            for f in attention
        ]
        yield _table(
            rows,
            ["verdict", "severity", "group", "reason", "claims"],
            markdown,
            [None, None, 24, _REASON_WIDTH, 16],
        )
    else:
        yield "No conflicts or disagreements."
    yield ""
    yield _heading("Consensus", markdown)
    if result.consensus:
        # a place column only when some row counts one incident at a place
        places = any(c.location for c in result.consensus)
        rows = [
            [
                labels[c.group],
                result.taxonomy.words(c.measure),
                _when(c.as_of, c.increment),
                *([c.location or ""] if places else []),
                _count(c.low),
                _count(c.best),
                _count(c.high),
                len(c.claims),
                "; ".join(f"{cid}: {why}" for cid, why in c.set_aside),
            ]
            for c in result.consensus
        ]
        yield _table(
            rows,
            [
                "group",
                "measure",
                "as of",
                *(["place"] if places else []),
                "low",
                "best",
                "high",
                "claims",
                "set aside",
            ],
            markdown,
            [24, 18, None, *([12] if places else []), None, None, None, None, 40],
        )
    else:
        yield "No claims."
    yield ""
    evidence = [f for f in result.findings if f.verdict not in _ATTENTION]
    yield _heading("Evidence", markdown)
    if evidence:
        rows = [
            [str(f.verdict), labels[f.group], f.reason, " ".join(f.claims)]
            for f in evidence
        ]
        yield _table(
            rows,
            ["verdict", "group", "reason", "claims"],
            markdown,
            [None, 24, _REASON_WIDTH + 8, 16],
        )
    else:
        yield "No other findings."
    yield ""
    yield _heading("Claims", markdown)
    if result.claims:
        group_of = {cid: g.id for g in result.groups for cid in g.claims}
        rows = [
            [
                c.id,
                labels[group_of[c.id]],
                c.figure,
                result.taxonomy.words(c.measure),
                c.claimant or c.claimant_text or "(outlet)",
                result.stance_of(c),
                _when(
                    c.as_of,
                    c.increment and result.taxonomy.kind(c.measure) == "cumulative",
                ),
                c.location or "",
                c.source.publisher or c.doc,
                c.quote,
            ]
            for c in result.claims
        ]
        yield _table(
            rows,
            [
                "id",
                "group",
                "figure",
                "measure",
                "claimant",
                "stance",
                "as of",
                "place",
                "source",
                "quote",
            ],
            markdown,
            [None, 20, 14, 14, 16, None, None, 10, 16, 40],
        )
    else:
        yield "No claims."


def _csv(result: Reconciliation) -> str:
    labels = {g.id: g.label for g in result.groups}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "verdict",
            "severity",
            "group",
            "group_label",
            "rule",
            "claims",
            "reason",
            "quotes",
        ]
    )
    for f in result.findings:
        quotes = " | ".join(result.claim(cid).quote for cid in f.claims)
        row = [
            str(f.verdict),
            "" if f.severity is None else f.severity,
            f.group,
            labels[f.group],
            f.rule,
            " ".join(f.claims),
            f.reason,
            quotes,
        ]
        writer.writerow([csv_safe(cell) for cell in row])
    return out.getvalue()
