"""Reports: the terminal table leads with what needs attention; formats are safe."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import attrs
import pytest

from reconcile import Claim, reconcile
from reconcile.report import csv_safe, render

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "claims"


def load(*names: str) -> list[Claim]:
    """Claims of example files."""
    return [
        Claim.from_dict(json.loads(line))
        for name in names
        for line in (EXAMPLES / f"{name}.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if line.strip()
    ]


def test_table_leads_with_what_needs_attention() -> None:
    """Conflicts come before the consensus, which comes before the evidence."""
    text = reconcile(load("conflict_same_day", "progression")).to_table()
    positions = [text.index(h) for h in ("NEEDS ATTENTION", "CONSENSUS", "EVIDENCE")]
    assert (sorted(positions), True) == (positions, "2.7x" in text)


def test_attention_is_ranked_by_severity() -> None:
    """The more severe conflict is listed first."""
    claims = load("conflict_same_day", "conflict_later_lower")
    result = reconcile(claims)
    severities = [f.severity for f in result.attention()]
    assert sorted(severities, reverse=True) == severities


def test_markdown_escapes_pipes_and_html() -> None:
    """A quote with | and <script> cannot break the table or run."""
    claim = attrs.evolve(load("agree")[0], quote="a | b <script>alert(1)</script>")
    text = reconcile([claim]).to_markdown()
    assert ("<script>" in text, "a \\| b &lt;script&gt;" in text) == (False, True)


@pytest.mark.parametrize("value", ["=1+1", "+SUM(A1)", "-2", "@cmd", "\tx"])
def test_csv_guards_formulas(value: str) -> None:
    """Cells a spreadsheet would run as formulas are made text."""
    assert "'" + value == csv_safe(value)


def test_csv_has_one_row_per_finding_with_guarded_reason() -> None:
    """The CSV of findings parses back, one row per finding."""
    claims = load("conflict_same_day")
    claims[0] = attrs.evolve(claims[0], quote='=HYPERLINK("x")')
    result = reconcile(claims)
    rows = list(csv.DictReader(io.StringIO(result.to_csv())))
    assert (len(result.findings), True) == (
        len(rows),
        rows[0]["quotes"].startswith("'="),
    )


def test_json_has_the_contract_keys() -> None:
    """JSON carries groups, findings (with verdict and reason), consensus, claims."""
    data = json.loads(reconcile(load("conflict_same_day")).to_json())
    finding = data["findings"][0]
    assert (
        {"groups", "findings", "consensus", "claims", "summary"},
        {"verdict", "claims", "severity", "rule", "reason", "group"},
        ["a1", "a2"],
    ) == (set(data), set(finding), finding["claims"])


def test_json_claims_read_back_as_claims() -> None:
    """Claims in the JSON report are claim JSON: they round-trip."""
    result = reconcile(load("echo"))
    data = json.loads(result.to_json())
    assert list(result.claims) == [Claim.from_dict(c) for c in data["claims"]]


def test_empty_reconciliation_renders() -> None:
    """No claims still gives a report in every format."""
    result = reconcile([])
    assert all(render(result, fmt) for fmt in ("table", "markdown", "csv"))


def test_unknown_format_is_an_error() -> None:
    """Asking for a format that does not exist raises ValueError."""
    with pytest.raises(ValueError, match="unknown report format"):
        render(reconcile([]), "pdf")


def test_misspelt_claim_field_is_an_error() -> None:
    """'as-of' instead of 'as_of' is reported, not silently dropped."""
    from reconcile.errors import ClaimError

    with pytest.raises(ClaimError, match="did you mean 'as_of'"):
        Claim.from_dict({"measure": "killed", "low": 5, "as-of": "2024"})


def test_inferred_figure_text_says_its_hedge() -> None:
    """A hand-written claim without figure text gets one that keeps the hedge."""
    assert ["about 4,000", "more than 3,000"] == [
        Claim.from_dict(
            {"measure": "killed", "low": 4000, "high": 4000, "qualifier": "approximate"}
        ).figure,
        Claim.from_dict(
            {"measure": "killed", "low": 3000, "qualifier": "more_than"}
        ).figure,
    ]


def test_summary_line_puts_nouns_in_the_right_number() -> None:
    """One claim in one group reads "1 claim in 1 group", not "1 claims in 1 groups"."""
    one = reconcile(load("conflict_same_day")[:1]).to_table().splitlines()[1]
    assert one.startswith("1 claim in 1 group: 0 conflicts,")


def _incident(claim: Claim, cid: str, who: str, figure: int) -> Claim:
    return attrs.evolve(
        claim,
        id=cid,
        claimant=who,
        low=figure,
        high=figure,
        qualifier="exact",
        as_of="2025-03-02",
        increment=True,
        location="Mopti",
    )


def test_consensus_marks_the_count_of_one_incident() -> None:
    """An incident's consensus row says "during" and where; a plain one has no place."""
    base = load("conflict_later_lower")[0]
    incident = reconcile([_incident(base, "a", "X", 40), _incident(base, "b", "Y", 41)])
    consensus = incident.to_table().split("CONSENSUS")[1].split("EVIDENCE")[0]
    plain = reconcile([base]).to_table().split("CONSENSUS")[1].split("EVIDENCE")[0]
    (row,) = [line for line in consensus.splitlines() if "Mopti" in line]
    assert ("place" in consensus, "place" in plain) == (True, False)
    assert "during 2025-03-02  Mopti" in row


def test_json_consensus_says_increment_and_location() -> None:
    """The JSON report's consensus rows carry ``increment`` and ``location``."""
    base = load("conflict_later_lower")[0]
    data = json.loads(reconcile([_incident(base, "a", "X", 40)]).to_json())
    (row,) = data["consensus"]
    assert (True, "Mopti") == (row["increment"], row["location"])


def test_claims_table_shows_an_unnamed_claimant_as_written() -> None:
    """A claim whose claimant is not named shows its words, not "(outlet)"."""
    base = load("conflict_same_day")[0]
    claim = attrs.evolve(base, claimant=None, claimant_text="A monitoring group")
    claims = reconcile([claim]).to_table().split("CLAIMS")[1]
    assert ("A monitoring" in claims, "(outlet)" in claims) == (True, False)
