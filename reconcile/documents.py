"""Reading documents: the first stage of the pipeline.

Inputs are files and folders of articles (``.txt``, ``.md``, ``.html``) and tables
of articles or claims (``.jsonl``, ``.csv``). `iter_inputs` turns them into
`~reconcile.model.Document` and `~reconcile.model.Claim` values and never raises
for bad input: whatever cannot be used is reported as a `Problem` with the file,
the line for table rows, and a reason a user can act on, and the other inputs go
on. For tables, records in = documents + claims + error problems.

Metadata (date, publisher, url, wire agency) comes, field by field, from the caller
or the record, then a metadata table (`read_meta`), then the text itself
(`metadata_from_text`: dateline, "By AFP", "Original url:" lines). What none of
them states stays ``None``: it is never guessed.

`parse_date`, `metadata_from_text` and `make_document` are pure; `read_meta` and
`iter_inputs` read files.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import functools
import importlib
import json
import re
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path, PurePath
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import attrs

from reconcile.errors import ClaimError, InputError
from reconcile.lexicon import Lexicon, default_lexicon
from reconcile.model import Claim, Document

__all__ = [
    "Limits",
    "Meta",
    "Problem",
    "iter_inputs",
    "make_document",
    "metadata_from_text",
    "parse_date",
    "read_meta",
]

DOCUMENT_TYPES = frozenset({".txt", ".md", ".html", ".htm", ".jsonl", ".csv"})
_TABLE_TYPES = frozenset({".jsonl", ".csv"})
_HTML_TYPES = frozenset({".html", ".htm"})

_HEAD_LINES = 25  # the dateline and byline sit in the first lines ...
_HEAD_CHARS = 2_000  # ... and the first characters of a text
_MAX_HEAD_LINE = 300  # a longer line is a paragraph, never a dateline or byline
_SNIFF_BYTES = 8_192  # binary detection looks at the first 8 KiB
_MAX_CONTROL_SHARE = 0.3
_SEVERITIES = ("error", "warning")


# ------------------------------------------------------------------ value types
@attrs.frozen(kw_only=True)
class Limits:
    """Size limits on inputs; an input over a limit is reported, never cut.

    Attributes:
        max_chars: a document with more characters is rejected.
        max_file_bytes: a file bigger than this is rejected before it is read.

    >>> Limits(max_chars=1_000).max_file_bytes
    200000000
    """

    max_chars: int = attrs.field(default=20_000_000, validator=attrs.validators.ge(1))
    max_file_bytes: int = attrs.field(
        default=200_000_000, validator=attrs.validators.ge(1)
    )


@attrs.frozen(kw_only=True)
class Problem:
    """One input that could not be used, or could be used only in part.

    Attributes:
        path: the file or folder, as given (or found in a folder).
        reason: what is wrong, in words a user can act on.
        line: the 1-based line for table rows, else ``None``.
        severity: ``"error"`` when the file or record was rejected, ``"warning"``
            when it was used but the reason should be read.

    >>> str(Problem(path="claims.jsonl", line=3, reason="not a JSON object"))
    'claims.jsonl:3: not a JSON object'
    """

    path: str
    reason: str
    line: int | None = None
    severity: str = attrs.field(
        default="error", validator=attrs.validators.in_(_SEVERITIES)
    )

    def __str__(self) -> str:
        where = self.path if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.reason}"


@attrs.frozen(kw_only=True)
class Meta:
    """What is known about where a document came from; unknown fields are ``None``.

    >>> Meta(publisher="AP").url is None
    True
    """

    published: dt.date | None = None
    publisher: str | None = None
    url: str | None = None
    agency: str | None = None


def _error(path: str | PurePath, reason: str, line: int | None = None) -> Problem:
    return Problem(path=str(path), reason=reason, line=line)


def _warning(path: str | PurePath, reason: str, line: int | None = None) -> Problem:
    return Problem(path=str(path), reason=reason, line=line, severity="warning")


# ----------------------------------------------------------------------- dates
@attrs.frozen
class _DatePatterns:
    value: re.Pattern[str]  # a whole string that is a date (with time, prefix)
    months: Mapping[str, int]


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@functools.lru_cache(maxsize=8)
def _date_patterns(
    months: tuple[tuple[str, int], ...], weekdays: tuple[str, ...]
) -> _DatePatterns:
    mon = _alternation(m for m, _ in months)
    wday = _alternation(weekdays)
    iso = (
        r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<iday>\d{1,2})"
        r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
    )
    slash = r"(?P<sy>\d{4})/(?P<sm>\d{1,2})/(?P<sday>\d{1,2})"
    mdy = (
        rf"(?P<mmon>{mon})\.?\s+(?P<mday>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}})"
    )
    dmy = (
        rf"(?P<dday>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dmon>{mon})\.?,?\s+"
        r"(?P<dy>\d{4})"
    )
    date = rf"(?:(?:{wday})\.?,?\s+)?(?:{iso}|{slash}|{mdy}|{dmy})(?!\d)"
    time = (
        r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\b\.?)?"
        r"(?:\s*\(?(?-i:[A-Z]{2,5})(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?"
    )
    sep = r"[\s,/|\u00b7\u2022:\u2013\u2014-]{0,6}"
    prefix = (
        r"(?:(?:last\s+)?updated|(?:first\s+)?published|posted|dated?|created|"
        r"modified)(?:\s+on)?"
    )
    value = rf"(?:{prefix})?{sep}(?:{time}{sep})?{date}(?:{sep}{time})?{sep}"
    return _DatePatterns(
        value=re.compile(value, re.IGNORECASE),
        months=dict(months),
    )


def _patterns_of(lexicon: Lexicon) -> _DatePatterns:
    months = lexicon.section("time", "months")
    weekdays = lexicon.section("time", "weekdays")
    return _date_patterns(
        tuple(sorted((str(k).lower(), int(v)) for k, v in months.items())),
        tuple(sorted(str(k).lower() for k in weekdays)),
    )


def _date_of(match: re.Match[str], months: Mapping[str, int]) -> dt.date | None:
    groups = match.groupdict()
    for year, month, day in (("iy", "im", "iday"), ("sy", "sm", "sday")):
        if groups[year]:
            return _valid_date(groups[year], groups[month], groups[day])
    for year, month, day in (("my", "mmon", "mday"), ("dy", "dmon", "dday")):
        if groups[year]:
            number = months.get(groups[month].lower())
            return (
                None
                if number is None
                else _valid_date(groups[year], str(number), groups[day])
            )
    return None


def _valid_date(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_date(value: str, *, lexicon: Lexicon | None = None) -> dt.date | None:
    """Return the date a string states, or ``None`` when it is not a full date.

    Accepts ISO dates with or without a time ("2025-04-28T07:19:00Z"), "2025/04/28",
    "April 28, 2025", "Apr. 28, 2025", "28 April 2025", with an optional weekday,
    time and "Updated:"-style prefix. A day and month without a year is not a
    date, and neither is an ambiguous "04/05/2025". Month names come from the
    lexicon's ``[time.months]``.

    Args:
        value: the string, for example a metadata cell or a dateline.
        lexicon: the lexicon whose month names to use (default: built-in).

    Returns:
        The date, or ``None``.

    >>> parse_date("Apr. 28, 2025"), parse_date("28 April")
    (datetime.date(2025, 4, 28), None)
    """
    text = value.strip()
    if not text or len(text) > _MAX_HEAD_LINE:
        return None
    patterns = _patterns_of(lexicon or default_lexicon())
    match = patterns.value.fullmatch(text)
    return None if match is None else _date_of(match, patterns.months)


def _as_date(
    value: dt.date | str | None, lexicon: Lexicon, path: str | None
) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if not value.strip():
        return None
    date = parse_date(value, lexicon=lexicon)
    if date is None:
        raise InputError(path or "<string>", f"published {value!r} is not a date")
    return date


# ------------------------------------------------------------ text metadata
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)")
_START_ISO = re.compile(
    r"\s{0,20}(?:date\b[\s:]{0,5})?(\d{4})-(\d{2})-(\d{2})(?![\d])", re.I
)
# a place and a date: "KHARTOUM, June 3, 2025 (Reuters)"
_PLACE_AND_DATE = (
    r"[A-Z][\w.'\u2019-]{0,30}"
    r"(?:,?[ \t]{1,3}(?:[A-Z][\w.'\u2019-]{0,30}|of|the|de|du|des|la|le|al|el)){0,6}"
    r",[ \t]{1,3}"
    r"(?P<date>[^()\n\u2013\u2014]{6,40}?)[ \t]{0,3}(?:\([^()\n]{1,40}\)[ \t]{0,3})?"
)
# a wire dateline opening the first paragraph: "KHARTOUM, June 3, 2025 (Reuters) - "
_WIRE_LEAD = re.compile(_PLACE_AND_DATE + r"(?:--?|[\u2013\u2014])\s")
# a dateline that is a line of its own: "KYIV, 3 March 2025"
_PLACE_DATE = re.compile(_PLACE_AND_DATE)
_BY_LINE = re.compile(r"(?:By|BY)\s+(?P<who>\S.{0,150})")
_PAREN_BYLINE = re.compile(
    r"(?:[A-Z0-9][\w.'\u2019-]{0,40}(?:,?\s{1,3}[A-Z0-9][\w.'\u2019-]{0,40}){0,5},?\s{0,3})?"
    r"\((?P<who>[A-Z][\w.&'\u2019 -]{1,40})\)\s{0,3}[-\u2013\u2014:]"
)
_BYLINE_SPLIT = re.compile(
    r"\s{0,5}(?:[,;|/&]|\s[-\u2013\u2014]\s|\band\b|\bwith\b)\s{0,5}"
)
_GENERIC_BYLINE = frozenset(
    {
        *("staff", "agencies", "reporter", "reporters", "correspondent"),
        *("correspondents", "writer", "writers", "desk", "team", "our", "the"),
        *("wire", "wires", "services", "editor", "editors", "newsroom", "online"),
        *("web", "report", "reports"),
    }
)
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_AGENCY_WORDS = re.compile(
    r"\b(?:agency|agence|agencia|agenzia|news service|press service|wire service)\b",
    re.I,
)
_URL_LABEL = re.compile(
    r"^[ \t>*_#-]*(?P<label>original\s+url|source|read\s+more)[*_]*[ \t]*:[*_]*"
    r"[ \t]*(?P<rest>[^\n]*)",
    re.I | re.M,
)
_NEXT_LINE = re.compile(r"\s*([^\n]*)")
_URL = re.compile(r"https?://[^\s<>\[\]()\"'`]+", re.I)
_MAX_URL = 2_048
_SECOND_LEVEL = frozenset(
    {"co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gob", "mil"}
    | {"nic", "info", "biz", "ltd", "plc"}
)


def _head_lines(text: str) -> list[str]:
    """Return the first non-empty lines of ``text`` that start in its head."""
    lines: list[str] = []
    pos, size = 0, len(text)
    while pos < size and pos < _HEAD_CHARS and len(lines) < _HEAD_LINES:
        end = text.find("\n", pos)
        end = size if end == -1 else end
        line = text[pos : min(end, pos + _MAX_HEAD_LINE + 1)]
        if line.strip():
            lines.append(line)
        pos = end + 1
    return lines


def _clean_line(line: str) -> str:
    """Drop markdown links (keep their text), emphasis and heading marks."""
    line = _MD_LINK.sub(r"\1", line)
    return line.strip().strip("*_#>").strip()


def _find_dateline(text: str, lines: list[str], lexicon: Lexicon) -> dt.date | None:
    start = _START_ISO.match(text[:200])
    if start:
        date = _valid_date(*start.groups())
        if date is not None:
            return date
    for line in lines:
        cleaned = _clean_line(line).strip("()[]").strip()
        if len(cleaned) <= 100:
            date = parse_date(cleaned, lexicon=lexicon)
            if date is not None:
                return date
        lead = _WIRE_LEAD.match(cleaned)
        if lead is None and len(line) <= 100:
            lead = _PLACE_DATE.fullmatch(_clean_line(line))
        if lead is not None:
            date = parse_date(lead["date"], lexicon=lexicon)
            if date is not None:
                return date
    return None


@attrs.frozen
class _Agencies:
    exact: Mapping[str, str]  # acronyms, matched case-sensitively
    folded: Mapping[str, str]  # other spellings, matched ignoring case

    def lookup(self, words: str) -> str | None:
        words = " ".join(words.split())
        return self.exact.get(words) or self.folded.get(words.casefold())


def _agencies(lexicon: Lexicon) -> _Agencies:
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    for name, spellings in lexicon.section("outlets", "agencies").items():
        for spelling in (name, *spellings):
            is_acronym = spelling.upper() == spelling and any(
                c.isalpha() for c in spelling
            )
            if is_acronym:
                exact[spelling] = name
            else:
                folded[spelling.casefold()] = name
    return _Agencies(exact=exact, folded=folded)


def _agency_of_byline(who: str, agencies: _Agencies) -> str | None:
    parts = [p.strip(" .:-\u2013\u2014") for p in _BYLINE_SPLIT.split(who)]
    parts = [p for p in parts if p]
    for part in parts:
        core = " ".join(w for w in part.split() if w.casefold() not in _GENERIC_BYLINE)
        found = agencies.lookup(part) or (core and agencies.lookup(core))
        if found:
            return found
    for part in parts:
        if _ACRONYM.fullmatch(part) or _AGENCY_WORDS.search(part):
            return part
    return None


def _find_agency(lines: list[str], lexicon: Lexicon) -> str | None:
    agencies = _agencies(lexicon)
    for line in lines:
        cleaned = _clean_line(line)
        by = _BY_LINE.fullmatch(cleaned)
        if by:
            found = _agency_of_byline(by["who"], agencies)
            if found:
                return found
            continue
        paren = _PAREN_BYLINE.match(cleaned)
        if paren:
            # "(RSF) -" after a name is an abbreviation: an unknown name in
            # brackets counts only when it says it is an agency
            who = " ".join(paren["who"].split())
            found = agencies.lookup(who) or (who if _AGENCY_WORDS.search(who) else None)
            if found:
                return found
    return None


def _first_url(text: str) -> str | None:
    for match in _URL.finditer(text):
        url = match.group().rstrip(".,;:!?*_")
        if len(url) <= _MAX_URL and len(_host_labels(url)) >= 2:  # a dotted host
            return url
    return None


def _find_url(text: str) -> str | None:
    fallback: str | None = None
    for match in _URL_LABEL.finditer(text):
        url = _first_url(match["rest"])
        if match["label"].lower().startswith("original"):
            if url is None and not match["rest"].strip():
                following = _NEXT_LINE.match(text, match.end())
                url = _first_url(following.group(1)) if following else None
            if url is not None:
                return url
        elif fallback is None:
            fallback = url
    return fallback


def _registrable(labels: list[str]) -> str:
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def _host_labels(url: str) -> list[str]:
    """Return the labels of a url's host name ("www", "bbc", "co", "uk")."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return []
    return host.lower().rstrip(".").split(".") if host else []


def _known_outlet(labels: list[str], lexicon: Lexicon) -> str | None:
    """Return the outlet ``[outlets.domains]`` names for a host, longest match."""
    known = {
        str(k).lower(): str(v) for k, v in lexicon.section("outlets", "domains").items()
    }
    for i in range(len(labels) - 1):
        name = known.get(".".join(labels[i:]))
        if name:
            return name
    return None


def _publisher_for(url: str | None, lexicon: Lexicon) -> str | None:
    """Return the outlet a url's domain names, or the domain itself."""
    labels = _host_labels(url) if url else []
    if not labels:
        return None
    known = _known_outlet(labels, lexicon)
    if known:
        return known
    return _registrable(labels) if len(labels) >= 2 else labels[0]


def metadata_from_text(text: str, lexicon: Lexicon | None = None) -> Meta:
    r"""Read a document's date, wire agency, url and publisher from its text.

    The dateline is the first of the first lines that is just a date (with a time,
    separators or "Updated:"), that opens with a wire dateline ("KHARTOUM, June 3,
    2025 (Reuters) - ") or is one ("KYIV, 3 March 2025"), or an ISO date at the
    very start of the text; a date inside a sentence (a caption) is not a
    dateline. The agency comes from a byline ("By AFP", "Paris (AFP) -"),
    canonicalised with ``[outlets.agencies]``. The url follows "Original url:"
    (same or next line), "Source:" or "Read more:"; the publisher is the outlet
    ``[outlets.domains]`` names for its domain, or the domain itself.

    Args:
        text: the document text.
        lexicon: the lexicon with the outlet and month tables (default: built-in).

    Returns:
        The metadata found; what is not found is ``None``.

    >>> meta = metadata_from_text(
    ...     "Title\n\nBy AFP\n\nApril 26, 2026\n\nBody.\n\nOriginal url:\n"
    ...     "<https://www.themoscowtimes.com/2026/04/26/a>")
    >>> meta.published, meta.agency, meta.publisher
    (datetime.date(2026, 4, 26), 'AFP', 'The Moscow Times')
    """
    lex = lexicon or default_lexicon()
    lines = _head_lines(text)
    url = _find_url(text)
    return Meta(
        published=_find_dateline(text, lines, lex),
        publisher=_publisher_for(url, lex),
        url=url,
        agency=_find_agency(lines, lex),
    )


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def make_document(
    text: str,
    *,
    id: str,
    published: dt.date | str | None = None,
    publisher: str | None = None,
    url: str | None = None,
    agency: str | None = None,
    path: str | None = None,
    lexicon: Lexicon | None = None,
) -> Document:
    """Build a document, filling each metadata field left ``None`` from its text.

    A publisher left ``None`` is named from the url (given or found in the text),
    so the two always agree.

    Args:
        text: the document text, as read.
        id: the document id.
        published: the publication date, or an ISO/written date string.
        publisher: the outlet.
        url: where the document was published.
        agency: the wire agency of the byline.
        path: the file the text was read from.
        lexicon: the lexicon with the outlet and month tables (default: built-in).

    Returns:
        The document.

    Raises:
        InputError: ``published`` is a string that is not a date.

    >>> doc = make_document("Kyiv (Reuters) - Text.", id="a", published="2025-04-28")
    >>> doc.published, doc.agency, doc.publisher
    (datetime.date(2025, 4, 28), 'Reuters', None)
    """
    lex = lexicon or default_lexicon()
    date = _as_date(published, lex, path)
    publisher, url, agency = _opt_str(publisher), _opt_str(url), _opt_str(agency)
    if date is None or publisher is None or url is None or agency is None:
        found = metadata_from_text(text, lex)
        date = date or found.published
        url = url or found.url
        agency = agency or found.agency
        publisher = publisher or _publisher_for(url, lex)
    return Document(
        id=id,
        text=text,
        published=date,
        publisher=publisher,
        url=url,
        agency=agency,
        path=path,
    )


# ----------------------------------------------------------------- file checks
def _os_reason(err: OSError) -> str:
    return f"cannot read: {err.strerror or err}"


def _check_file(path: Path, limits: Limits) -> Problem | None:
    """Return the problem that keeps ``path`` from being read, if any."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return _error(path, "no such file or folder")
    except OSError as err:
        return _error(path, _os_reason(err))
    if not stat.S_ISREG(info.st_mode):
        return _error(path, "not a regular file")
    if info.st_size > limits.max_file_bytes:
        return _error(
            path,
            f"file is {info.st_size:,} bytes, over the limit of "
            f"{limits.max_file_bytes:,} bytes",
        )
    return None


def _read_bytes(path: Path, limits: Limits) -> bytes | Problem:
    """The bytes of a text file, or the problem that keeps it from being read."""
    problem = _check_file(path, limits)
    if problem is not None:
        return problem
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_file_bytes + 1)
    except OSError as err:
        return _error(path, _os_reason(err))
    if len(data) > limits.max_file_bytes:
        return _error(
            path, f"file is over the limit of {limits.max_file_bytes:,} bytes"
        )
    if _is_binary(data[:_SNIFF_BYTES]):
        return _error(path, "binary file, not text")
    return data


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 13)) + b"\x7f"
_TEXT_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


def _is_binary(head: bytes) -> bool:
    """Whether the first bytes of a file say it is not text."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    control = len(head.translate(None, _TEXT_BYTES))
    return bool(head) and control > _MAX_CONTROL_SHARE * len(head)


def _decode(data: bytes) -> tuple[str, int]:
    """Decode bytes as text; return the text and the number of invalid bytes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        return text, 0 if "\ufffd" not in text else text.count("\ufffd") * 2
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), 0
    except UnicodeDecodeError:
        pass
    parts: list[str] = []
    bad = pos = 0
    view = memoryview(data)
    while True:
        try:
            parts.append(codecs.utf_8_decode(view[pos:], "strict", True)[0])
            break
        except UnicodeDecodeError as err:
            parts.append(codecs.utf_8_decode(view[pos : pos + err.start])[0])
            parts.append("\ufffd")
            bad += err.end - err.start
            pos += err.end
    return "".join(parts), bad


def _replacement_warning(path: Path, bad: int, line: int | None = None) -> Problem:
    return _warning(
        path,
        "not valid UTF-8: decoded with replacement characters "
        f"({bad} byte{'s' if bad != 1 else ''} affected)",
        line,
    )


def _text_problem(text: str, limits: Limits) -> str | None:
    if not text.strip():
        return "empty document"
    if len(text) > limits.max_chars:
        return (
            f"document has {len(text):,} characters, over the limit of "
            f"{limits.max_chars:,}"
        )
    return None


# ----------------------------------------------------------------------- tables
def _decoded_lines(
    handle: BinaryIO, path: Path, warnings: list[Problem]
) -> Iterator[str]:
    """Yield the lines of a table file as text, noting undecodable lines."""
    for number, raw in enumerate(handle, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        text, bad = _decode(raw)
        if bad:
            warnings.append(_replacement_warning(path, bad, number))
        yield text


Row = tuple[int, dict[str, Any]]


def _jsonl_rows(lines: Iterator[str], path: Path) -> Iterator[Row | Problem]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield _error(path, f"not JSON: {err.msg} (column {err.colno})", number)
            continue
        except (ValueError, RecursionError) as err:
            yield _error(path, f"not JSON: {err}", number)
            continue
        if not isinstance(record, dict):
            yield _error(path, "not a JSON object", number)
            continue
        yield number, record


def _csv_rows(lines: Iterator[str], path: Path) -> Iterator[Row | Problem]:
    reader = csv.reader(lines)
    header: list[str] | None = None
    while True:
        before = reader.line_num
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield _error(path, f"not CSV: {err}", reader.line_num)
            if reader.line_num == before:
                return
            continue
        if header is None:
            header = [name.strip() for name in row]
            continue
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            yield _error(
                path,
                f"row has {len(row)} fields, the header has {len(header)}",
                reader.line_num,
            )
            continue
        yield reader.line_num, dict(zip(header, row, strict=False))


def _table_rows(path: Path, limits: Limits) -> Iterator[Row | Problem]:
    """Yield a table's records with their line numbers, and its problems."""
    problem = _check_file(path, limits)
    if problem is not None:
        yield problem
        return
    warnings: list[Problem] = []
    records = 0
    parse = _csv_rows if path.suffix.lower() == ".csv" else _jsonl_rows
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
            if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
                yield _error(path, "a UTF-16 table: save it as UTF-8")
                return
            if _is_binary(head):
                yield _error(path, "binary file, not text")
                return
            handle.seek(0)
            for item in parse(_decoded_lines(handle, path, warnings), path):
                yield from warnings
                warnings.clear()
                records += 1
                yield item
            yield from warnings
    except OSError as err:
        yield _error(path, _os_reason(err))
        return
    if records == 0:
        yield _warning(path, "no records")


# ------------------------------------------------------------------------ meta
def _meta_from_row(
    row: Mapping[str, Any], path: Path, line: int, lexicon: Lexicon
) -> tuple[Meta, list[Problem]]:
    problems: list[Problem] = []
    published = _published(row.get("published"), path, line, lexicon, problems)
    meta = Meta(
        published=published,
        publisher=_opt_str(row.get("publisher")),
        url=_opt_str(row.get("url")),
        agency=_opt_str(row.get("agency")),
    )
    return meta, problems


def _published(
    value: Any, path: Path, line: int, lexicon: Lexicon, problems: list[Problem]
) -> dt.date | None:
    """Parse a table's published cell; a bad one is a warning and ``None``."""
    text = _opt_str(value)
    if text is None:
        return None
    date = parse_date(text, lexicon=lexicon)
    if date is None:
        problems.append(
            _warning(path, f"published {text!r} is not a date: left empty", line)
        )
    return date


def read_meta(path: str | Path) -> tuple[dict[str, Meta], list[Problem]]:
    """Read a metadata table (CSV or JSONL) of ``doc, published, publisher, url``.

    An ``agency`` column is optional. A row without ``doc`` is rejected; an
    unreadable ``published`` is left empty with a warning; a ``doc`` listed twice
    keeps its later row, with a warning.

    Args:
        path: the ``.csv`` or ``.jsonl`` file.

    Returns:
        The metadata by document id, and the problems found.

    >>> table, problems = read_meta("no-such-meta.csv")
    >>> table, [str(p) for p in problems]
    ({}, ['no-such-meta.csv: no such file or folder'])
    """
    source = Path(path)
    if source.suffix.lower() not in _TABLE_TYPES:
        return {}, [_error(source, "a metadata table must be a .csv or .jsonl file")]
    lexicon = default_lexicon()
    table: dict[str, Meta] = {}
    lines: dict[str, int] = {}
    problems: list[Problem] = []
    for item in _table_rows(source, Limits()):
        if isinstance(item, Problem):
            problems.append(item)
            continue
        line, row = item
        doc = _opt_str(row.get("doc")) or _opt_str(row.get("id"))
        if doc is None:
            problems.append(_error(source, "row has no 'doc' (the document id)", line))
            continue
        meta, row_problems = _meta_from_row(row, source, line, lexicon)
        problems.extend(row_problems)
        if doc in table:
            problems.append(
                _warning(
                    source,
                    f"doc {doc!r} is also on line {lines[doc]}: this row replaces it",
                    line,
                )
            )
        table[doc] = meta
        lines[doc] = line
    return table, problems


def _merge_meta(first: Meta, then: Meta | None) -> Meta:
    """Return ``first`` with its ``None`` fields taken from ``then``."""
    if then is None:
        return first
    return Meta(
        published=first.published or then.published,
        publisher=first.publisher or then.publisher,
        url=first.url or then.url,
        agency=first.agency or then.agency,
    )


# ----------------------------------------------------------------------- claims
_SPAN = re.compile(
    r"\[?\s{0,5}(\d{1,12})(?:\s{0,5}[,;]\s{0,5}|\s{1,5})(\d{1,12})\s{0,5}\]?"
)
_INT = re.compile(r"[+-]?\d+|\d{1,3}(?:,\d{3})+")
_TRUE = frozenset({"true", "1", "yes", "t", "y"})
_FALSE = frozenset({"false", "0", "no", "f", "n"})
_SOURCE_FIELDS = ("publisher", "url", "published", "agency")


def _csv_number(value: str) -> int | float | str:
    text = value.strip()
    if _INT.fullmatch(text):
        return int(text.replace(",", ""))
    try:
        return float(text)
    except ValueError:
        return text  # Claim.from_dict names the field and the bad value


def _csv_claim(row: Mapping[str, Any]) -> dict[str, Any]:
    """Convert a CSV claim row's strings to claim JSON values.

    Raises:
        ClaimError: ``increment`` or ``span`` is malformed.
    """
    record: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, str) and not value.strip():
            continue
        record[key] = value
    for key in ("low", "high"):
        if key in record:
            record[key] = _csv_number(record[key])
    if "increment" in record:
        flag = record["increment"].strip().lower()
        if flag not in _TRUE | _FALSE:
            raise ClaimError(f"increment must be true or false, got {flag!r}")
        record["increment"] = flag in _TRUE
    if "span" in record:
        span = _SPAN.fullmatch(record["span"].strip())
        if span is None:
            raise ClaimError(f"span must be [start, end], got {record['span']!r}")
        record["span"] = [int(span[1]), int(span[2])]
    elif "span_start" in record:  # as `reconcile extract --format csv` writes it
        start, end = record.pop("span_start"), record.pop("span_end", None)
        if not str(start).strip().isdigit() or not str(end or start).strip().isdigit():
            raise ClaimError(
                f"span_start and span_end must be whole numbers, got {start!r}"
            )
        record["span"] = [int(start), int(end if end is not None else start)]
    return record


def _with_source(record: Mapping[str, Any]) -> dict[str, Any]:
    """Fold ``source.x`` and plain ``publisher``/``url``/... fields into ``source``."""
    out = {k: v for k, v in record.items() if not k.startswith(("source.", "source_"))}
    source = out.get("source")
    if source is not None and not isinstance(source, Mapping):
        return out  # Claim.from_dict reports it
    nested = dict(source or {})
    for field in _SOURCE_FIELDS:
        value = record.get(
            f"source.{field}", record.get(f"source_{field}", record.get(field))
        )
        if nested.get(field) in (None, "") and value not in (None, ""):
            nested[field] = value
    for field in _SOURCE_FIELDS:
        out.pop(field, None)
    if nested:
        out["source"] = nested
    return out


def _claim_or_problem(
    record: Mapping[str, Any], path: Path, line: int, is_csv: bool
) -> Claim | Problem:
    try:
        fields = _csv_claim(record) if is_csv else dict(record)
        return Claim.from_dict(_with_source(fields))
    except (ClaimError, ValueError, TypeError) as err:
        return _error(path, f"bad claim: {err}", line)


# ----------------------------------------------------------------------- walking
def _walk(folder: Path, skip: frozenset[Path]) -> Iterator[Path | Problem]:
    """Yield the files under ``folder`` in sorted order; hidden ones are skipped."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as err:
        yield _error(folder, f"cannot read folder: {err.strerror or err}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            if entry.is_symlink():
                yield _warning(entry, "skipped: a link to a folder is not followed")
            else:
                yield from _walk(entry, skip)
        elif _resolved(entry) not in skip:
            yield entry


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


class _Reader:
    """State of one `iter_inputs` run: ids in use and the metadata table."""

    def __init__(
        self,
        limits: Limits,
        lexicon: Lexicon,
        meta: Mapping[str, Meta],
        skip: frozenset[Path],
    ) -> None:
        self.limits = limits
        self.lexicon = lexicon
        self.meta = meta
        self.skip = skip
        self.ids: set[str] = set()
        self.meta_used: set[str] = set()
        self.documents = 0

    # ids ----------------------------------------------------------------
    def _claim_id(self, wanted: str) -> str:
        name, n = wanted, 1
        while name in self.ids:
            n += 1
            name = f"{wanted}-{n}"
        self.ids.add(name)
        return name

    def _file_id(self, path: Path, root: Path | None) -> str:
        if path.stem not in self.ids:
            return self._claim_id(path.stem)
        relative = path.relative_to(root) if root is not None else path
        return self._claim_id(relative.with_suffix("").as_posix())

    def _document(self, text: str, doc_id: str, path: Path, given: Meta) -> Document:
        self.meta_used.add(doc_id)
        merged = _merge_meta(given, self.meta.get(doc_id))
        self.documents += 1
        return make_document(
            text,
            id=doc_id,
            published=merged.published,
            publisher=merged.publisher,
            url=merged.url,
            agency=merged.agency,
            path=str(path),
            lexicon=self.lexicon,
        )

    # paths --------------------------------------------------------------
    def read_path(self, path: Path) -> Iterator[Document | Claim | Problem]:
        if not path.exists():
            yield _error(path, "no such file or folder")
        elif path.is_dir():
            for item in _walk(path, self.skip):
                if isinstance(item, Problem):
                    yield item
                elif item.suffix.lower() in DOCUMENT_TYPES:
                    yield from self.read_file(item, path)
                else:
                    kind = item.suffix or "no extension"
                    yield _warning(item, f"skipped: not a document type ({kind})")
        else:
            yield from self.read_file(path, None)

    def read_file(
        self, path: Path, root: Path | None
    ) -> Iterator[Document | Claim | Problem]:
        suffix = path.suffix.lower()
        if suffix in _TABLE_TYPES:
            yield from self.read_table(path)
        elif suffix in _HTML_TYPES:
            yield from self.read_html(path, root)
        else:
            yield from self.read_text(path, root)

    def read_text(self, path: Path, root: Path | None) -> Iterator[Document | Problem]:
        data = _read_bytes(path, self.limits)
        if isinstance(data, Problem):
            yield data
            return
        text, bad = _decode(data)
        problem = _text_problem(text, self.limits)
        if problem is not None:
            yield _error(path, problem)
            return
        if bad:
            yield _replacement_warning(path, bad)
        yield self._document(text, self._file_id(path, root), path, Meta())

    def read_html(self, path: Path, root: Path | None) -> Iterator[Document | Problem]:
        try:
            trafilatura = importlib.import_module("trafilatura")
        except ImportError:
            yield _error(
                path, "HTML input needs the html extra: pip install 'reconcile[html]'"
            )
            return
        data = _read_bytes(path, self.limits)
        if isinstance(data, Problem):
            yield data
            return
        try:
            result = trafilatura.bare_extraction(
                data,
                with_metadata=True,
                date_extraction_params={
                    "extensive_search": False,
                    "original_date": True,
                },
            )
        except Exception as err:  # trafilatura and lxml raise many kinds on bad pages
            yield _error(path, f"could not parse the HTML: {err}")
            return
        text, meta = self._html_fields(result)
        if not text or not text.strip():
            yield _error(path, "no article text found in the HTML")
            return
        problem = _text_problem(text, self.limits)
        if problem is not None:
            yield _error(path, problem)
            return
        yield self._document(text, self._file_id(path, root), path, meta)

    def _html_fields(self, result: Any) -> tuple[str | None, Meta]:
        """Return the main text and metadata of a trafilatura result."""
        if result is None:
            return None, Meta()
        fields = result if isinstance(result, Mapping) else result.as_dict()
        url = _opt_str(fields.get("url"))
        date = _opt_str(fields.get("date"))
        known = _known_outlet(_host_labels(url), self.lexicon) if url else None
        return _opt_str(fields.get("text")), Meta(
            published=parse_date(date, lexicon=self.lexicon) if date else None,
            publisher=known or _opt_str(fields.get("sitename")),
            url=url,
        )

    # tables -------------------------------------------------------------
    def read_table(self, path: Path) -> Iterator[Document | Claim | Problem]:
        is_csv = path.suffix.lower() == ".csv"
        for item in _table_rows(path, self.limits):
            if isinstance(item, Problem):
                yield item
                continue
            line, record = item
            yield from self._record(record, path, line, is_csv)

    def _record(
        self, record: Mapping[str, Any], path: Path, line: int, is_csv: bool
    ) -> Iterator[Document | Claim | Problem]:
        text, measure = record.get("text"), record.get("measure")
        if text not in (None, "") or ("text" in record and measure in (None, "")):
            yield from self._article(record, path, line)
        elif "measure" in record:
            yield _claim_or_problem(record, path, line, is_csv)
        else:
            yield _error(
                path,
                "record has neither 'text' (an article) nor 'measure' (a claim)",
                line,
            )

    def _article(
        self, record: Mapping[str, Any], path: Path, line: int
    ) -> Iterator[Document | Problem]:
        text = record.get("text")
        if not isinstance(text, str):
            yield _error(path, "'text' must be a string", line)
            return
        problem = _text_problem(text, self.limits)
        if problem is not None:
            yield _error(path, problem, line)
            return
        given, problems = _meta_from_row(record, path, line, self.lexicon)
        yield from problems
        wanted = _opt_str(record.get("id")) or _opt_str(record.get("doc"))
        doc_id = self._claim_id(wanted or f"{path.stem}:{line}")
        if wanted and doc_id != wanted:
            yield _warning(
                path, f"id {wanted!r} is already used: this article is {doc_id!r}", line
            )
        yield self._document(text, doc_id, path, given)

    def unused_meta(self, meta_path: Path) -> Iterator[Problem]:
        unused = sorted(set(self.meta) - self.meta_used)
        if not unused or self.documents == 0:
            return
        shown = ", ".join(unused[:5]) + (
            f" and {len(unused) - 5} more" if len(unused) > 5 else ""
        )
        yield _warning(meta_path, f"these ids match no document read: {shown}")


def iter_inputs(
    paths: Iterable[str | Path],
    *,
    meta: str | Path | None = None,
    limits: Limits = Limits(),
    lexicon: Lexicon | None = None,
) -> Iterator[Document | Claim | Problem]:
    """Read files and folders into documents and claims, reporting what fails.

    Folders are walked recursively in sorted order, skipping hidden entries and
    reporting files of other types as warnings; a file given by name is read as
    text whatever its extension. ``.jsonl`` and ``.csv`` tables hold articles
    (records with ``text``) or claims (records with ``measure``). A document's id
    is its file name without extension; when two files share it, the later one
    is named by its path under the folder given ("sub/a"), then by a suffix.
    Metadata from ``meta`` (see `read_meta`) fills, field by field, what a table
    record does not state, and the text fills the rest (`make_document`).

    Never raises for bad input: each file or record that cannot be used is
    yielded as a `Problem` (``severity="error"``), and the others go on.

    Args:
        paths: files and folders, read in the order given.
        meta: a metadata table by document id; its problems are yielded first.
        limits: size limits on files and documents.
        lexicon: the lexicon with the outlet and month tables (default: built-in).

    Yields:
        Documents, claims and problems, in input order.

    >>> [str(p) for p in iter_inputs(["no/such/file.txt"])]
    ['no/such/file.txt: no such file or folder']
    """
    if isinstance(paths, str | Path):
        paths = [paths]
    table: dict[str, Meta] = {}
    skip: frozenset[Path] = frozenset()
    if meta is not None:
        table, problems = read_meta(meta)
        yield from problems
        skip = frozenset({_resolved(Path(meta))})
    reader = _Reader(limits, lexicon or default_lexicon(), table, skip)
    for path in paths:
        yield from reader.read_path(Path(path))
    if meta is not None:
        yield from reader.unused_meta(Path(meta))
