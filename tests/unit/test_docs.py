"""The documentation runs: its examples work, its outputs are real, its links resolve.

Every ```python block of ``docs/*.md`` and ``README.md`` is run, the blocks of one
page in order in one fresh namespace. A block preceded by ``<!-- skip -->`` is not
run; blocks in other languages (sh, json, toml, text) are not run either. A block
preceded by ``<!-- file: NAME -->`` is written to ``NAME`` before the page runs, so
examples can read the files the page shows (``my_terms.toml``).

A pasted output is a ```text (or ```console) block preceded by one of

- ``<!-- output of: COMMAND -->``: what the shell command prints (stdout and
  stderr), run in the page's folder with this Python's ``bin`` first on PATH;
- ``<!-- output of the python block above -->``: what the last python block run
  before it printed.

The block must equal the output, except for trailing spaces on each line and
trailing blank lines; a line that is exactly ``...`` stands for any number of
lines, so long outputs can be trimmed.

Pages run in a scratch folder that mirrors the repository root (a link to each of
its entries), so ``seeds/`` and ``examples/`` paths work and files the examples
write do not land in the checkout.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
IDS = [page.relative_to(ROOT).as_posix() for page in PAGES]
BIN = Path(sys.executable).parent  # the venv's bin: the `reconcile` command

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)")
_NOTE = re.compile(
    r"^<!--\s*(skip|file:\s*(\S+)"
    r"|output of(?::\s*(.+?)|\s+the python block above))\s*-->$"
)
_OUTPUT_NOTES = re.compile(r"^\s*<!--\s*output of\b", re.MULTILINE)
_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_CODE_SPAN = re.compile(r"(`+).*?\1", re.DOTALL)


class Block(NamedTuple):
    """A fenced code block of a page."""

    lang: str
    code: str
    line: int  # 1-based line of the opening fence
    # the HTML comment before it: "skip", "file:NAME", "output:COMMAND" (a shell
    # command's output), "output" (the python block's above) or None
    note: str | None


def read_blocks(text: str) -> tuple[list[Block], str]:
    """Return the fenced blocks of a Markdown text and the text outside them."""
    blocks: list[Block] = []
    prose: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        fence = _FENCE.match(lines[i])
        if fence is None:
            prose.append(lines[i])
            i += 1
            continue
        start, indent, marker = i, len(fence[1]), fence[2]
        i += 1
        body: list[str] = []
        while i < len(lines) and not lines[i].strip().startswith(marker):
            line = lines[i]
            body.append(line[indent:] if not line[:indent].strip() else line.lstrip())
            i += 1
        i += 1  # the closing fence
        back = start - 1
        while back >= 0 and not lines[back].strip():
            back -= 1
        blocks.append(
            Block(
                lang=fence[3].lower(),
                code="\n".join(body) + "\n",
                line=start + 1,
                note=_note(lines[back].strip()) if back >= 0 else None,
            )
        )
    return blocks, "\n".join(prose)


def _note(line: str) -> str | None:
    """The note of an HTML comment line before a block, or None."""
    note = _NOTE.match(line)
    if note is None:
        return None
    if note[1] == "skip":
        return "skip"
    if note[2] is not None:
        return f"file:{note[2]}"
    return "output" if note[3] is None else f"output:{note[3]}"


def _mirror_root(folder: Path) -> None:
    """Make ``folder`` look like the repository root: a link to each entry."""
    for entry in ROOT.iterdir():
        if not entry.name.startswith("."):
            (folder / entry.name).symlink_to(entry, entry.is_dir())


class PageRun(NamedTuple):
    """What running a page gave."""

    page: Path
    python_blocks: int  # how many python blocks ran
    outputs: list[tuple[Block, str]]  # each pasted output and what was printed


def run_page(page: Path, folder: Path) -> PageRun:
    """Run the page's python blocks and output commands in ``folder``, in order."""
    blocks, _ = read_blocks(page.read_text(encoding="utf-8"))
    _mirror_root(folder)
    for block in blocks:
        if block.note and block.note.startswith("file:"):
            target = folder / block.note[5:]
            assert not target.exists(), f"{target.name} would replace a repo file"
            target.write_text(block.code, encoding="utf-8")
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    namespace: dict[str, object] = {"__name__": "__docs__"}
    ran, printed = 0, None  # python blocks run, what the last one printed
    outputs: list[tuple[Block, str]] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        for block in blocks:
            where = f"{page.relative_to(ROOT)}, block at line {block.line}"
            if block.lang in ("python", "py") and block.note != "skip":
                with contextlib.redirect_stdout(io.StringIO()) as stdout:
                    exec(compile(block.code, where, "exec"), namespace)
                ran, printed = ran + 1, stdout.getvalue()
            elif block.note == "output":
                assert printed is not None, f"{where}: no python block above"
                outputs.append((block, printed))
            elif block.note and block.note.startswith("output:"):
                done = subprocess.run(
                    block.note[len("output:") :],
                    shell=True,
                    cwd=folder,
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    text=True,
                    timeout=120,
                    check=False,
                )
                outputs.append((block, done.stdout))
    return PageRun(page, ran, outputs)


def _lines(text: str) -> list[str]:
    """The lines of a text without trailing spaces and trailing blank lines."""
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def output_matches(pasted: str, printed: str) -> bool:
    """True when ``printed`` is ``pasted``; a ``...`` line stands for any lines."""
    pattern = "".join(
        r"(?:.*\n)*" if line == "..." else re.escape(line) + r"\n"
        for line in _lines(pasted)
    )
    return (
        re.fullmatch(pattern, "".join(f"{line}\n" for line in _lines(printed)))
        is not None
    )


@pytest.fixture(scope="module", params=PAGES, ids=IDS)
def page_run(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> PageRun:
    """Each page, run once for the tests that look at what it printed."""
    return run_page(request.param, tmp_path_factory.mktemp("page"))


def test_python_blocks_run(page_run: PageRun) -> None:
    """Every python block of the page runs, in order, in one fresh namespace."""
    blocks, _ = read_blocks(page_run.page.read_text(encoding="utf-8"))
    python = [b for b in blocks if b.lang in ("python", "py") and b.note != "skip"]
    assert len(python) == page_run.python_blocks


def test_pasted_outputs_match(page_run: PageRun) -> None:
    """Every marked output block is what its command or python block prints now."""
    text = page_run.page.read_text(encoding="utf-8")
    assert len(_OUTPUT_NOTES.findall(text)) == len(page_run.outputs), (
        "an <!-- output of ... --> note is misspelt or not before a fenced block"
    )
    stale = [
        f"{page_run.page.name}, block at line {block.line} "
        f"({block.note}):\n"
        + "\n".join(
            difflib.unified_diff(
                _lines(block.code), _lines(printed), "pasted", "printed", lineterm=""
            )
        )
        for block, printed in page_run.outputs
        if block.lang not in ("text", "console")
        or not output_matches(block.code, printed)
    ]
    if stale:
        pytest.fail("\n\n".join(stale), pytrace=False)


@pytest.mark.parametrize(
    ("pasted", "printed", "expected"),
    [
        ("a\nb\n", "a  \nb\n\n\n", True),  # trailing spaces and blank lines
        ("a\n...\nd\n", "a\nb\nc\nd\n", True),
        ("a\n...\nd\n", "a\nd\n", True),  # ... may stand for no line
        ("...\nc\n", "a\nb\nc\n", True),
        ("a\n...\n", "a\nb\n", True),
        ("a\nb\n", "a\nc\n", False),
        ("a\n", "a\nb\n", False),  # no trailing ... : the rest must match
        ("  a\n", "a\n", False),  # leading spaces count
        ("a ...\n", "a b\n", False),  # only a whole line ... is a wildcard
    ],
)
def test_output_matching(pasted: str, printed: str, expected: bool) -> None:
    """The comparison rules of pasted outputs."""
    assert expected == output_matches(pasted, printed)


def test_notes_are_read() -> None:
    """The notes before a block are recognised, whatever the spacing."""
    page = (
        "<!-- output of: reconcile report x.jsonl --format csv -->\n```text\nA\n```\n"
        "\n<!--output of the python block above-->\n\n```console\nB\n```\n"
        "<!-- skip -->\n```python\nC\n```\n"
        "<!-- file: a.toml -->\n```toml\nD\n```\n"
    )
    notes = [block.note for block in read_blocks(page)[0]]
    assert [
        "output:reconcile report x.jsonl --format csv",
        "output",
        "skip",
        "file:a.toml",
    ] == notes


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_relative_links_resolve(page: Path) -> None:
    """Every relative link of the page points to a file or folder that exists."""
    _, prose = read_blocks(page.read_text(encoding="utf-8"))
    prose = _CODE_SPAN.sub("", prose)
    targets = _LINK.findall(prose) + _REFERENCE.findall(prose)
    missing = [
        target
        for target in targets
        if not re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE)
        and not target.startswith("#")
        and not (page.parent / target.split("#")[0]).exists()
    ]
    assert [] == missing


def test_pages_are_found() -> None:
    """The runner sees the documentation pages, their python blocks and outputs."""
    names = {page.name for page in PAGES}
    blocks = [
        block
        for page in PAGES
        for block in read_blocks(page.read_text(encoding="utf-8"))[0]
    ]
    assert {"index.md", "getting-started.md", "README.md"} <= names
    assert len([block for block in blocks if block.lang == "python"]) > 5
    assert (
        len([block for block in blocks if (block.note or "").startswith("output")]) > 20
    )
