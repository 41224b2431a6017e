"""Tests of ``reconcile.documents``: reading files, folders and tables."""

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

from reconcile.documents import Limits, Meta, Problem, iter_inputs, read_meta
from reconcile.model import Claim, Document

Item = Document | Claim | Problem

STORY = (
    "Convoy reaches the valley\n\nBy AFP\n\nMarch 3, 2025\n\n"
    "About 300 soldiers arrived in the valley on Sunday, officials said.\n"
)


def _read(*paths: Path, **kwargs: object) -> list[Item]:
    return list(iter_inputs(paths, **kwargs))  # type: ignore[arg-type]


def _docs(items: list[Item]) -> list[Document]:
    return [i for i in items if isinstance(i, Document)]


def _claims(items: list[Item]) -> list[Claim]:
    return [i for i in items if isinstance(i, Claim)]


def _problems(items: list[Item]) -> list[str]:
    return [f"{i.severity}: {i}" for i in items if isinstance(i, Problem)]


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ problems
def test_problem_str_names_path_and_line() -> None:
    """A problem reads "path:line: reason", or "path: reason" without a line."""
    with_line = Problem(path="t.csv", line=4, reason="bad claim: x")
    without = Problem(path="a.txt", reason="empty document")
    expected = ["t.csv:4: bad claim: x", "a.txt: empty document"]
    assert expected == [str(with_line), str(without)]


def test_missing_path(tmp_path: Path) -> None:
    """A path that does not exist is an error."""
    missing = tmp_path / "nope.txt"
    expected = [f"error: {missing}: no such file or folder"]
    assert expected == _problems(_read(missing))


def test_unreadable_file(tmp_path: Path) -> None:
    """A file the OS will not open is an error with the OS reason."""
    path = _write(tmp_path / "locked.txt", STORY)
    path.chmod(0)
    try:
        try:
            path.open("rb").close()
        except PermissionError:
            pass
        else:
            pytest.skip("running with rights that read any file (root)")
        expected = [f"error: {path}: cannot read: Permission denied"]
        assert expected == _problems(_read(path))
    finally:
        path.chmod(0o644)


def test_file_the_os_refuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An OS error while opening (as for a locked file) is reported, even as root."""
    path = _write(tmp_path / "locked.txt", STORY)
    real_open = Path.open

    def refuse(self: Path, *args: Any, **kwargs: Any) -> Any:
        if self == path:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    _write(tmp_path / "other.txt", STORY)
    items = _read(tmp_path)
    expected = ([f"error: {path}: cannot read: Permission denied"], ["other"])
    assert expected == (_problems(items), [d.id for d in _docs(items)])


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    """A file with NUL bytes near the start is binary, not text."""
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    expected = [f"error: {path}: binary file, not text"]
    assert expected == _problems(_read(path))


def test_binary_file_with_control_characters(tmp_path: Path) -> None:
    """A file that is mostly control characters is binary, not text."""
    path = tmp_path / "blob.md"
    path.write_bytes(bytes(range(1, 32)) * 3 + b"some text")
    expected = [f"error: {path}: binary file, not text"]
    assert expected == _problems(_read(path))


def test_non_utf8_file_is_read_with_a_warning(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 are replaced, and a warning precedes the document."""
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 troops: na\u00efve counts.\n".encode("latin-1"))
    items = _read(path)
    expected = [
        "warning",
        "Caf\ufffd troops: na\ufffdve counts.\n",
    ]
    assert isinstance(items[0], Problem)
    assert isinstance(items[1], Document)
    assert expected == [items[0].severity, items[1].text]
    assert "(2 bytes affected)" in items[0].reason


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    """A UTF-8 byte order mark is not part of the text."""
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfTwo soldiers were captured.")
    expected = ["Two soldiers were captured."]
    assert expected == [d.text for d in _docs(_read(path))]


@pytest.mark.parametrize("content", ["", "  \n\t\n \r\n"])
def test_empty_and_whitespace_files(tmp_path: Path, content: str) -> None:
    """An empty or whitespace-only file is an empty document."""
    path = _write(tmp_path / "empty.txt", content)
    expected = [f"error: {path}: empty document"]
    assert expected == _problems(_read(path))


def test_document_over_max_chars_is_rejected_not_cut(tmp_path: Path) -> None:
    """A document longer than the limit is reported, never cut."""
    path = _write(tmp_path / "long.txt", "x" * 101)
    items = _read(path, limits=Limits(max_chars=100))
    expected = [f"error: {path}: document has 101 characters, over the limit of 100"]
    assert expected == _problems(items)
    assert not _docs(items)


def test_file_over_max_file_bytes_is_rejected_before_reading(tmp_path: Path) -> None:
    """A file bigger than the byte limit is rejected."""
    path = _write(tmp_path / "big.txt", "y" * 2_000)
    expected = [
        f"error: {path}: file is 2,000 bytes, over the limit of 1,000 bytes",
    ]
    assert expected == _problems(_read(path, limits=Limits(max_file_bytes=1_000)))


# ------------------------------------------------------------------- folders
def test_folder_is_walked_in_sorted_order_skipping_hidden(tmp_path: Path) -> None:
    """Folders are read recursively in sorted order; hidden entries are skipped."""
    _write(tmp_path / "b.txt", STORY)
    _write(tmp_path / "a.md", STORY)
    _write(tmp_path / "sub" / "c.txt", STORY)
    _write(tmp_path / ".hidden.txt", STORY)
    _write(tmp_path / ".git" / "d.txt", STORY)
    expected = ["a", "b", "c"]
    assert expected == [d.id for d in _docs(_read(tmp_path))]


def test_unknown_extension_in_folder_is_a_warning(tmp_path: Path) -> None:
    """In a folder, a file of another type is skipped with a warning."""
    _write(tmp_path / "a.txt", STORY)
    other = _write(tmp_path / "notes.xyz", STORY)
    items = _read(tmp_path)
    expected = ["a"]
    assert expected == [d.id for d in _docs(items)]
    warning = f"warning: {other}: skipped: not a document type (.xyz)"
    assert [warning] == _problems(items)


def test_unknown_extension_given_explicitly_is_read_as_text(tmp_path: Path) -> None:
    """A file named on the command line is read as text whatever its extension."""
    path = _write(tmp_path / "notes.xyz", STORY)
    items = _read(path)
    expected = [("notes", STORY)]
    assert expected == [(d.id, d.text) for d in _docs(items)]
    assert not _problems(items)


def test_paths_are_read_in_the_order_given(tmp_path: Path) -> None:
    """Documents come out in the order of the paths given."""
    b = _write(tmp_path / "b.txt", STORY)
    a = _write(tmp_path / "a.txt", STORY)
    expected = ["b", "a"]
    assert expected == [d.id for d in _docs(_read(b, a))]


def test_document_metadata_comes_from_the_text(tmp_path: Path) -> None:
    """A text file's date, agency and path are read from the file itself."""
    path = _write(tmp_path / "story.txt", STORY)
    doc = _docs(_read(path))[0]
    expected = ("story", dt.date(2025, 3, 3), "AFP", str(path))
    assert expected == (doc.id, doc.published, doc.agency, doc.path)


def test_duplicate_stems_get_their_relative_path(tmp_path: Path) -> None:
    """Two files with one name keep apart: the later one is named by its path."""
    _write(tmp_path / "a.txt", STORY)
    _write(tmp_path / "sub" / "a.txt", STORY)
    _write(tmp_path / "z" / "a.md", STORY)
    expected = ["a", "sub/a", "z/a"]
    assert expected == [d.id for d in _docs(_read(tmp_path))]


def test_same_file_twice_gets_a_numeric_suffix(tmp_path: Path) -> None:
    """When the path does not tell two documents apart, a suffix does."""
    _write(tmp_path / "a.txt", STORY)
    expected = ["a", "a-2"]
    assert expected == [d.id for d in _docs(_read(tmp_path, tmp_path))]


def test_one_bad_file_never_stops_the_others(tmp_path: Path) -> None:
    """A folder of good and bad files yields its good documents and one problem each."""
    _write(tmp_path / "01.txt", STORY)
    _write(tmp_path / "02.txt", "")
    (tmp_path / "03.txt").write_bytes(b"\x00\x01\x02binary")
    _write(tmp_path / "04.md", STORY)
    _write(tmp_path / "05.jsonl", "{broken\n")
    _write(tmp_path / "06.txt", STORY)
    items = _read(tmp_path)
    expected = ["01", "04", "06"]
    assert expected == [d.id for d in _docs(items)]
    expected = [
        f"error: {tmp_path / '02.txt'}: empty document",
        f"error: {tmp_path / '03.txt'}: binary file, not text",
        f"error: {tmp_path / '05.jsonl'}:1: not JSON: Expecting property name "
        "enclosed in double quotes (column 2)",
    ]
    assert expected == _problems(items)


# -------------------------------------------------------------------- tables
def _jsonl(path: Path, lines: list[str]) -> Path:
    return _write(path, "\n".join(lines) + "\n")


CLAIM = {"doc": "s1", "measure": "killed", "low": 12, "high": 12, "span": [0, 5]}


def test_jsonl_bad_line_is_reported_and_the_others_count(tmp_path: Path) -> None:
    """One bad line is an error with its number; the good lines still come."""
    path = _jsonl(
        tmp_path / "mixed.jsonl",
        [
            json.dumps({"id": "art1", "text": STORY}),
            "{not json",
            "",
            json.dumps(CLAIM),
            "[1, 2]",
            json.dumps({"measure": "killed"}),
        ],
    )
    items = _read(path)
    expected = ["art1"]
    assert expected == [d.id for d in _docs(items)]
    expected = [("killed", 12)]
    assert expected == [(c.measure, c.low) for c in _claims(items)]
    expected = [
        f"error: {path}:2: not JSON: Expecting property name enclosed in double "
        "quotes (column 2)",
        f"error: {path}:5: not a JSON object",
        f"error: {path}:6: bad claim: a claim needs 'low' or 'high' (or both)",
    ]
    assert expected == _problems(items)


def test_table_line_that_is_not_utf8_is_a_warning(tmp_path: Path) -> None:
    """A table line with bytes that are not UTF-8 is read, with a warning."""
    path = tmp_path / "arts.jsonl"
    good = json.dumps({"id": "a", "text": "One."}).encode()
    bad = b'{"id": "b", "text": "Caf\xe9."}'
    path.write_bytes(good + b"\n" + bad + b"\n")
    items = _read(path)
    expected = [("a", "One."), ("b", "Caf\ufffd.")]
    assert expected == [(d.id, d.text) for d in _docs(items)]
    warning = (
        f"warning: {path}:2: not valid UTF-8: decoded with replacement characters "
        "(1 byte affected)"
    )
    assert [warning] == _problems(items)


def test_records_in_equal_documents_claims_and_errors(tmp_path: Path) -> None:
    """Every non-blank record is a document, a claim or an error."""
    lines = [
        json.dumps({"text": "A story about a convoy."}),
        json.dumps(CLAIM),
        "oops",
        json.dumps({"text": ""}),
        json.dumps({"title": "no body"}),
        json.dumps({"text": "Another story.", "published": "someday"}),
        json.dumps({**CLAIM, "low": -1}),
    ]
    items = _read(_jsonl(tmp_path / "t.jsonl", lines))
    errors = [i for i in items if isinstance(i, Problem) and i.severity == "error"]
    assert len(lines) == len(_docs(items)) + len(_claims(items)) + len(errors)
    expected = (2, 1, 4)
    assert expected == (len(_docs(items)), len(_claims(items)), len(errors))


def test_table_article_ids_and_metadata(tmp_path: Path) -> None:
    """Table articles take their id from "id", "doc" or "stem:line", and metadata."""
    path = _jsonl(
        tmp_path / "arts.jsonl",
        [
            json.dumps({"id": "x1", "text": "Body one.", "publisher": "Wire Digest"}),
            json.dumps({"doc": "x2", "text": "Body two.", "published": "2025-04-28"}),
            json.dumps({"text": "Body three.", "url": "https://apnews.com/a"}),
        ],
    )
    got = [(d.id, d.published, d.publisher, d.url) for d in _docs(_read(path))]
    expected = [
        ("x1", None, "Wire Digest", None),
        ("x2", dt.date(2025, 4, 28), None, None),
        ("arts:3", None, "AP", "https://apnews.com/a"),
    ]
    assert expected == got


def test_table_unparseable_published_is_a_warning(tmp_path: Path) -> None:
    """A published cell that is not a date is dropped with a warning."""
    path = _jsonl(
        tmp_path / "arts.jsonl",
        [json.dumps({"id": "a", "text": "B.", "published": "soon"})],
    )
    items = _read(path)
    expected_dates = [None]
    assert expected_dates == [d.published for d in _docs(items)]
    expected = [f"warning: {path}:1: published 'soon' is not a date: left empty"]
    assert expected == _problems(items)


def test_table_duplicate_id_is_renamed_with_a_warning(tmp_path: Path) -> None:
    """A table id already used is renamed, never merged, and the rename reported."""
    path = _jsonl(
        tmp_path / "arts.jsonl",
        [
            json.dumps({"id": "a", "text": "One."}),
            json.dumps({"id": "a", "text": "Two."}),
        ],
    )
    items = _read(path)
    expected = ["a", "a-2"]
    assert expected == [d.id for d in _docs(items)]
    warning = f"warning: {path}:2: id 'a' is already used: this article is 'a-2'"
    assert [warning] == _problems(items)


def test_record_with_neither_text_nor_measure(tmp_path: Path) -> None:
    """A record that is neither an article nor a claim is an error."""
    path = _jsonl(tmp_path / "t.jsonl", [json.dumps({"title": "x"})])
    expected = [
        f"error: {path}:1: record has neither 'text' (an article) nor 'measure' "
        "(a claim)"
    ]
    assert expected == _problems(_read(path))


def test_empty_table_is_a_warning(tmp_path: Path) -> None:
    """A table without records is a warning."""
    path = _write(tmp_path / "t.csv", "doc,measure,low\n")
    expected = [f"warning: {path}: no records"]
    assert expected == _problems(_read(path))


CSV_CLAIMS = """\
doc,measure,low,high,qualifier,increment,span,source.publisher,published
s1,killed,"2,000",2000,approximate,false,"[10, 20]",Wire Digest,2025-04-28
s1,wounded,100,,,1,30;40,,
s2,captured,many,,,,,,
s3,deployed,5,,,perhaps,,,
s4,missing,7,,,,"[3]",,
"""


def test_csv_claims_are_converted_and_bad_rows_reported(tmp_path: Path) -> None:
    """CSV cells become claim values; a bad row is an error with its line."""
    path = _write(tmp_path / "claims.csv", CSV_CLAIMS)
    items = _read(path)
    got = [
        (c.measure, c.low, c.high, c.qualifier.value, c.increment, c.span)
        for c in _claims(items)
    ]
    expected = [
        ("killed", 2000, 2000, "approximate", False, (10, 20)),
        ("wounded", 100, None, "at_least", True, (30, 40)),
    ]
    assert expected == got
    first = _claims(items)[0].source
    expected = ("Wire Digest", dt.date(2025, 4, 28))
    assert expected == (first.publisher, first.published)
    problems = [
        f"error: {path}:4: bad claim: low must be a number or null, got 'many'",
        f"error: {path}:5: bad claim: increment must be true or false, got 'perhaps'",
        f"error: {path}:6: bad claim: span must be [start, end], got '[3]'",
    ]
    assert problems == _problems(items)


def test_csv_row_with_too_many_fields(tmp_path: Path) -> None:
    """A row with more cells than the header is rejected, not misread."""
    path = _write(tmp_path / "c.csv", "doc,measure,low\ns1,killed,3\ns2,killed,4,9\n")
    items = _read(path)
    expected = [3]
    assert expected == [c.low for c in _claims(items)]
    expected = [f"error: {path}:3: row has 4 fields, the header has 3"]
    assert expected == _problems(items)


def test_csv_articles(tmp_path: Path) -> None:
    """A CSV with a text column holds articles."""
    path = _write(
        tmp_path / "arts.csv",
        'id,text,published\nk1,"Line one.\nLine two.",April 2 2025\n',
    )
    got = [(d.id, d.text, d.published) for d in _docs(_read(path))]
    expected = [("k1", "Line one.\nLine two.", dt.date(2025, 4, 2))]
    assert expected == got


# ---------------------------------------------------------------------- meta
def test_meta_table_overrides_text_metadata(tmp_path: Path) -> None:
    """Meta fields override the text's; an empty meta field is filled from it."""
    _write(tmp_path / "docs" / "story.txt", STORY + "\nSource: https://apnews.com/x\n")
    meta = _write(
        tmp_path / "meta.csv",
        "doc,published,publisher,url\nstory,2025-03-05,,https://www.dw.com/en/a\n",
    )
    items = _read(tmp_path / "docs", meta=meta)
    doc = _docs(items)[0]
    expected = (dt.date(2025, 3, 5), "Deutsche Welle", "https://www.dw.com/en/a", "AFP")
    assert expected == (doc.published, doc.publisher, doc.url, doc.agency)
    assert not _problems(items)


def test_meta_problems_come_first(tmp_path: Path) -> None:
    """The metadata table's problems are yielded before any document."""
    story = _write(tmp_path / "story.txt", STORY)
    meta = _jsonl(
        tmp_path / "meta.jsonl",
        [json.dumps({"published": "2025-01-01"}), json.dumps({"doc": "story"})],
    )
    items = _read(story, meta=meta)
    assert isinstance(items[0], Problem)
    expected = [f"error: {meta}:1: row has no 'doc' (the document id)"]
    assert expected == _problems(items)
    expected = ["story"]
    assert expected == [d.id for d in _docs(items)]


def test_missing_meta_file(tmp_path: Path) -> None:
    """A meta file that does not exist is an error naming it; documents still come."""
    story = _write(tmp_path / "story.txt", STORY)
    meta = tmp_path / "meta.csv"
    items = _read(story, meta=meta)
    expected = [f"error: {meta}: no such file or folder"]
    assert expected == _problems(items)
    expected = ["story"]
    assert expected == [d.id for d in _docs(items)]


def test_meta_file_inside_the_folder_is_not_read_as_input(tmp_path: Path) -> None:
    """A meta table kept beside the texts is not read again as an article table."""
    _write(tmp_path / "story.txt", STORY)
    meta = _write(
        tmp_path / "docs.jsonl", json.dumps({"doc": "story", "publisher": "P"})
    )
    items = _read(tmp_path, meta=meta)
    expected = [("story", "P")]
    assert expected == [(d.id, d.publisher) for d in _docs(items)]
    assert not _problems(items)


def test_meta_rows_matching_no_document_are_a_warning(tmp_path: Path) -> None:
    """Meta rows for ids that no document has are reported once."""
    story = _write(tmp_path / "story.txt", STORY)
    meta = _write(tmp_path / "m.csv", "doc,publisher\nstory,P\nstroy,Q\n")
    expected = [f"warning: {meta}: these ids match no document read: stroy"]
    assert expected == _problems(_read(story, meta=meta))


def test_read_meta(tmp_path: Path) -> None:
    """read_meta returns metadata by id and the problems of its rows."""
    path = _write(
        tmp_path / "m.csv",
        "doc,published,publisher,url,agency\n"
        "a,2025-04-28,Wire Digest,https://example.org/a,AFP\n"
        "b,not a date,,,\n"
        ",2025-01-01,,,\n",
    )
    table, problems = read_meta(path)
    expected_table = {
        "a": Meta(
            published=dt.date(2025, 4, 28),
            publisher="Wire Digest",
            url="https://example.org/a",
            agency="AFP",
        ),
        "b": Meta(),
    }
    assert expected_table == table
    expected_problems = [
        f"{path}:3: published 'not a date' is not a date: left empty",
        f"{path}:4: row has no 'doc' (the document id)",
    ]
    assert expected_problems == [str(p) for p in problems]


def test_read_meta_rejects_other_file_types(tmp_path: Path) -> None:
    """A metadata table must be CSV or JSONL."""
    path = _write(tmp_path / "m.xlsx", "x")
    table, problems = read_meta(path)
    expected = ({}, [f"{path}: a metadata table must be a .csv or .jsonl file"])
    assert expected == (table, [str(p) for p in problems])


# ---------------------------------------------------------------------- HTML
PAGE = """<html><head><title>Valley convoy</title>
<meta property="og:site_name" content="Valley Courier">
<meta property="article:published_time" content="2025-03-03T08:00:00Z">
<link rel="canonical" href="https://www.valleycourier.example/news/convoy">
</head><body><nav>Home | World | Sport</nav><article><h1>Convoy reaches the valley</h1>
<p>About 300 soldiers arrived in the valley on Sunday, officials said, after a
long drive through the mountain passes that took most of the week.</p>
<p>Residents lined the road to watch the trucks go by, and the local council said
it would publish a statement on the deployment later in the day.</p>
</article><footer>Contact us</footer></body></html>"""


def test_html_is_read_with_trafilatura(tmp_path: Path) -> None:
    """An HTML page gives its main text, date, site name and url."""
    pytest.importorskip("trafilatura")
    path = _write(tmp_path / "page.html", PAGE)
    items = _read(path)
    assert not _problems(items)
    doc = _docs(items)[0]
    expected = (
        "page",
        dt.date(2025, 3, 3),
        "Valley Courier",
        "https://www.valleycourier.example/news/convoy",
    )
    assert expected == (doc.id, doc.published, doc.publisher, doc.url)
    assert "About 300 soldiers arrived" in doc.text
    assert "Contact us" not in doc.text


def test_html_publisher_of_a_known_domain(tmp_path: Path) -> None:
    """A known domain names the outlet as the lexicon does, whatever the site says."""
    pytest.importorskip("trafilatura")
    page = PAGE.replace("Valley Courier", "AP News").replace(
        "www.valleycourier.example/news", "apnews.com/article"
    )
    path = _write(tmp_path / "page.html", page)
    expected = [("AP", "https://apnews.com/article/convoy")]
    assert expected == [(d.publisher, d.url) for d in _docs(_read(path))]


def test_html_without_article_text(tmp_path: Path) -> None:
    """A page with no main text is an error."""
    pytest.importorskip("trafilatura")
    path = _write(tmp_path / "blank.htm", "<html><body></body></html>")
    expected = [f"error: {path}: no article text found in the HTML"]
    assert expected == _problems(_read(path))


def test_html_without_trafilatura(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the html extra each HTML file is an error; other files still come."""
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    page = _write(tmp_path / "page.html", PAGE)
    _write(tmp_path / "story.txt", STORY)
    items = _read(tmp_path)
    expected = ["story"]
    assert expected == [d.id for d in _docs(items)]
    expected = [
        f"error: {page}: HTML input needs the html extra: pip install 'reconcile[html]'"
    ]
    assert expected == _problems(items)


def test_single_path_string_is_one_path(tmp_path: Path) -> None:
    """A lone path string is one path, not a sequence of characters."""
    path = _write(tmp_path / "story.txt", STORY)
    items = list(iter_inputs(str(path)))
    expected = ["story"]
    assert expected == [d.id for d in _docs(items)]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_special_file_in_explicit_path(tmp_path: Path) -> None:
    """A path that is not a regular file (a pipe) is an error, not a hang."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    expected = [f"error: {fifo}: not a regular file"]
    assert expected == _problems(_read(fifo))


def test_csv_claims_written_by_extract_read_back_with_spans(tmp_path: Path) -> None:
    """A claims CSV as `reconcile extract --format csv` writes it keeps its spans."""
    table = tmp_path / "claims.csv"
    table.write_text(
        "id,doc,span_start,span_end,measure,low,high,qualifier,source_publisher\n"
        "c1,d,4,19,killed,300,300,exact,Example Wire\n",
        encoding="utf-8",
    )
    (claim,) = [c for c in iter_inputs([table]) if isinstance(c, Claim)]
    assert ((4, 19), "Example Wire") == (claim.span, claim.source.publisher)
