"""The documentation runs: its Python examples work and its links resolve.

Every ```python block of ``docs/*.md`` and ``README.md`` is run, the blocks of one
page in order in one fresh namespace. A block preceded by ``<!-- skip -->`` is not
run; blocks in other languages (sh, json, toml, text) are not run either. A block
preceded by ``<!-- file: NAME -->`` is written to ``NAME`` before the page runs, so
examples can read the files the page shows (``my_terms.toml``).

Pages run in a scratch folder that mirrors the repository root (a link to each of
its entries), so ``seeds/`` and ``examples/`` paths work and files the examples
write do not land in the checkout.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
IDS = [page.relative_to(ROOT).as_posix() for page in PAGES]

_FENCE = re.compile(r"^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)")
_NOTE = re.compile(r"^<!--\s*(skip|file:\s*(\S+))\s*-->$")
_LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_REFERENCE = re.compile(r"^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_CODE_SPAN = re.compile(r"(`+).*?\1", re.DOTALL)


class Block(NamedTuple):
    """A fenced code block of a page."""

    lang: str
    code: str
    line: int  # 1-based line of the opening fence
    note: str | None  # "skip", "file:NAME" or None: the HTML comment before it


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
        note = _NOTE.match(lines[back].strip()) if back >= 0 else None
        blocks.append(
            Block(
                lang=fence[3].lower(),
                code="\n".join(body) + "\n",
                line=start + 1,
                note=None
                if note is None
                else ("skip" if note[2] is None else f"file:{note[2]}"),
            )
        )
    return blocks, "\n".join(prose)


def _mirror_root(folder: Path) -> None:
    """Make ``folder`` look like the repository root: a link to each entry."""
    for entry in ROOT.iterdir():
        if not entry.name.startswith("."):
            (folder / entry.name).symlink_to(entry, entry.is_dir())


@pytest.mark.parametrize("page", PAGES, ids=IDS)
def test_python_blocks_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every python block of the page runs, in order, in one fresh namespace."""
    blocks, _ = read_blocks(page.read_text(encoding="utf-8"))
    _mirror_root(tmp_path)
    for block in blocks:
        if block.note and block.note.startswith("file:"):
            target = tmp_path / block.note[5:]
            assert not target.exists(), f"{target.name} would replace a repo file"
            target.write_text(block.code, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for block in blocks:
        if block.lang in ("python", "py") and block.note != "skip":
            where = f"{page.relative_to(ROOT)}, block at line {block.line}"
            exec(compile(block.code, where, "exec"), namespace)


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
    """The runner sees the documentation pages and their python blocks."""
    names = {page.name for page in PAGES}
    python = [
        block
        for page in PAGES
        for block in read_blocks(page.read_text(encoding="utf-8"))[0]
        if block.lang == "python"
    ]
    assert {"index.md", "getting-started.md", "README.md"} <= names
    assert len(python) > 5
