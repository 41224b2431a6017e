"""The command line: formats, exit codes, and every bad input reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "claims"

ARTICLE = """March 3, 2025

Officials in Ruritania said about 400 Bordurian soldiers were killed last week.
"""


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run the command line in a subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "reconcile.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_extract_writes_claim_json_lines(tmp_path: Path) -> None:
    """`extract` prints one claim JSON object per line and exits 0."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run("extract", str(tmp_path))
    claims = [json.loads(line) for line in done.stdout.splitlines()]
    assert (
        done.returncode,
        [(c["doc"], c["measure"], c["low"], c["as_of"]) for c in claims],
    ) == (0, [("a", "killed", 400, "2025-02-24/2025-03-02")])


@pytest.mark.parametrize("fmt", ["csv", "table"])
def test_extract_other_formats(tmp_path: Path, fmt: str) -> None:
    """CSV and table output carry the figure."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run("extract", str(tmp_path), "--format", fmt)
    assert (done.returncode, "about 400" in done.stdout) == (0, True)


def test_report_reads_claim_files(tmp_path: Path) -> None:
    """`report` on hand-written claims shows the conflict and exits 0."""
    done = run("report", str(EXAMPLES / "conflict_same_day.jsonl"))
    assert (done.returncode, "conflict" in done.stdout) == (0, True)


@pytest.mark.parametrize(
    ("fail_on", "name", "code"),
    [
        ("conflict", "conflict_same_day", 1),
        ("conflict", "disagree", 0),
        ("disagree", "disagree", 1),
        ("conflict", "agree", 0),
    ],
)
def test_fail_on(fail_on: str, name: str, code: int) -> None:
    """--fail-on exits 1 only when such findings exist."""
    done = run("report", str(EXAMPLES / f"{name}.jsonl"), "--fail-on", fail_on)
    assert code == done.returncode


def test_one_bad_input_is_reported_and_the_rest_is_processed(tmp_path: Path) -> None:
    """A binary file among good ones: exit 3, the good claims are written."""
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00")
    done = run("extract", str(tmp_path))
    assert (
        done.returncode,
        len(done.stdout.splitlines()),
        "bad.txt" in done.stderr,
    ) == (3, 1, True)


def test_jobs_change_nothing_but_the_speed(tmp_path: Path) -> None:
    """`--jobs 2` writes what one process writes, and reports the same bad file."""
    for k in range(6):
        text = ARTICLE.replace("400", str(400 + k)).replace("3, 2025", f"{3 + k}, 2025")
        (tmp_path / f"a{k}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00")
    one, two = (run("extract", str(tmp_path), "--jobs", j) for j in ("1", "2"))
    assert (two.returncode, two.stdout, two.stderr) == (3, one.stdout, one.stderr)
    assert len(one.stdout.splitlines()) == 6


def test_bad_claim_line_names_file_and_line(tmp_path: Path) -> None:
    """A malformed claim line is reported with its file and line; others count."""
    table = tmp_path / "claims.jsonl"
    good = (EXAMPLES / "agree.jsonl").read_text(encoding="utf-8").splitlines()
    table.write_text(
        "\n".join([good[0], "{not json", good[1]]) + "\n", encoding="utf-8"
    )
    done = run("report", str(table), "--format", "json")
    data = json.loads(done.stdout)
    assert (
        done.returncode,
        len(data["claims"]),
        "claims.jsonl:2" in done.stderr,
    ) == (3, 2, True)


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    """When no input can be read at all the run exits 2."""
    done = run("extract", str(tmp_path / "missing"))
    assert (done.returncode, "missing" in done.stderr) == (2, True)


def test_usage_error_exits_2() -> None:
    """An unknown option is a usage error, exit 2, no traceback."""
    done = run("report", "x", "--no-such-option")
    assert (done.returncode, "Traceback" in done.stderr) == (2, False)


def test_bad_lexicon_file_exits_2_with_a_message(tmp_path: Path) -> None:
    """A broken --lexicon file is named in the message; no traceback."""
    lex = tmp_path / "mine.toml"
    lex.write_text("[measures.killed]\nwords = 3\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run("extract", str(tmp_path / "a.txt"), "--lexicon", str(lex))
    assert (
        done.returncode,
        "mine.toml" in done.stderr,
        "Traceback" in done.stderr,
    ) == (2, True, False)


def test_lexicon_extension_on_the_command_line(tmp_path: Path) -> None:
    """A user's measure word is used: 'martyred' counts as killed."""
    lex = tmp_path / "mine.toml"
    lex.write_text('[measures.killed]\nafter = ["martyred"]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "Some 30 fighters were martyred.\n", encoding="utf-8"
    )
    done = run("extract", str(tmp_path / "a.txt"), "--lexicon", str(lex))
    assert [json.loads(x)["measure"] for x in done.stdout.splitlines()] == ["killed"]


@pytest.mark.parametrize("fmt", ["markdown", "json", "csv", "html"])
def test_report_formats_to_a_file(tmp_path: Path, fmt: str) -> None:
    """-o writes the report to a file in every format."""
    out = tmp_path / f"report.{fmt}"
    done = run("report", str(EXAMPLES / "echo.jsonl"), "--format", fmt, "-o", str(out))
    assert (done.returncode, out.stat().st_size > 0) == (0, True)


def test_progress_never_goes_to_stdout(tmp_path: Path) -> None:
    """Standard output holds only the claims (progress is stderr, off for pipes)."""
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run("extract", str(tmp_path))
    assert all(line.startswith("{") for line in done.stdout.splitlines())
