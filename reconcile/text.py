"""Tokens and sentences: the small text toolkit every stage shares.

Pure functions over ``str``; offsets are ``str`` indices into the text given, so a
span found here can always be cut back out of the document.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection
from typing import NamedTuple

__all__ = ["Sentence", "Token", "normalize", "sentences", "tokenize"]

_TOKEN = re.compile(
    r"""
      (?:[A-Za-z]\.){2,}          # U.S.  a.m.  U.N.
    | \d+(?:[.,]\d+)*             # 12,000  1.5
    | [^\W\dʼ_]+                  # words, any script
    | ['’ʼ]s\b                    # possessive 's (ʼ: a modifier letter, not a letter)
    | \S                          # any other character on its own
    """,
    re.VERBOSE,
)

_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})", re.VERBOSE)  # keeps the tokens
_NEW = tuple.__new__  # builds a Token from a tuple without a Python-level call

_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "–": "-", "—": "-"}
)


class Token(NamedTuple):
    """A token of text: ``text`` as written, ``lower`` normalised, and its offsets."""

    text: str
    lower: str
    start: int
    end: int


class Sentence(NamedTuple):
    """A sentence's offsets and the index of the paragraph (line) it is in."""

    start: int
    end: int
    paragraph: int


def normalize(word: str) -> str:
    """Return the matching form of a word: lowercase, plain quotes and hyphens.

    >>> normalize("Kyiv’s")
    "kyiv's"
    """
    if word.isascii():
        return word.lower()
    return word.translate(_QUOTES).lower()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Split ``text[start:end]`` into tokens with offsets into ``text``.

    >>> [t.text for t in tokenize("Russia's 12,000 U.S.-led troops")]
    ['Russia', "'s", '12,000', 'U.S.', '-', 'led', 'troops']
    """
    window = text[max(0, start) : end if end is None or end >= 0 else 0]
    # split keeps what lies between tokens (whitespace), so the lengths of the
    # parts add up to every token's offsets; no Python code runs per token
    parts = _TOKEN_SPLIT.split(window)
    words = parts[1::2]
    bounds = list(itertools.accumulate(map(len, parts), initial=max(0, start)))
    lowers = (
        map(str.lower, words)
        if window.isascii()
        else [w.lower() if w.isascii() else w.translate(_QUOTES).lower() for w in words]
    )
    tuples = zip(words, lowers, bounds[1:-1:2], bounds[2::2], strict=True)
    return list(map(_NEW, itertools.repeat(Token), tuples))


# the lookbehind starts a match only at the first mark of a run ("....") so a run
# that is not followed by a space costs linear time, not quadratic. The pattern
# starts with a character class, so the regex engine skips in C to the next mark
# or line break (a lookahead first would make it try every position); the
# lookbehinds then tell which it was. A blank line, however many, is one
# paragraph break: the lines between are empty.
_BOUNDARY = re.compile(
    r"[.!?\n](?:"
    r"(?<=[.!?])(?<![.!?].)[.!?]*[\"'”’)\]]{0,8}(?=\s|$)"
    r"|(?<=\n)(?:[ \t\r]*\n)*)"
)
_LETTERS_AND_DOTS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."


def sentences(text: str, abbreviations: Collection[str] = ()) -> list[Sentence]:
    r"""Split text into sentences, each with the index of its paragraph.

    A full stop after an abbreviation ("Oct.", "U.S.") or an initial does not end a
    sentence. A line break ends a sentence and a paragraph, unless the line stops
    mid-sentence and the next line starts in lower case (a soft wrap).

    Args:
        text: the document text.
        abbreviations: lowercase abbreviations without their final full stop.

    Returns:
        Sentences in order; leading and trailing whitespace trimmed.

    >>> text = "Troops left on Oct. 3 from the U.S. base. Then more came.\nNew line"
    >>> [text[a:b] for a, b, _ in sentences(text, {"oct", "u.s"})]
    ['Troops left on Oct. 3 from the U.S. base.', 'Then more came.', 'New line']
    """
    out: list[Sentence] = []
    paragraph = 0
    begin = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        at, end = m.span()
        mark = text[at]
        if mark == "\n":
            if end - at == 1 and _is_soft_wrap(text, at):
                continue
            _add(out, text, begin, at, paragraph)
            begin = end
            if out and out[-1].paragraph == paragraph:
                paragraph += 1
            continue
        if mark == "." and not _ends_sentence(text, at, abbreviations):
            continue
        _add(out, text, begin, end, paragraph)
        begin = end
    _add(out, text, begin, n, paragraph)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    part = text[start:end]
    kept = part.strip()  # strip and isspace agree on what whitespace is
    if kept:
        start += part.index(kept[0])  # only whitespace stands before it
        out.append(Sentence(start, start + len(kept), paragraph))


def _is_soft_wrap(text: str, at: int) -> bool:
    if text[at + 1 : at + 200].lstrip(" \t\r").startswith("\n") or (
        text[max(0, at - 200) : at].rstrip(" \t\r").endswith("\n")
    ):
        return False  # a blank line: a paragraph ends
    before = text[max(0, at - 200) : at].rstrip()
    if not before or before[-1] in ".!?:\"”'’)]|*#-":
        return False
    rest = text[at : at + 200].lstrip()
    return bool(rest) and rest[0].islower()


def _word_before(text: str, at: int) -> str:
    """The word of ASCII letters and dots that ends at the full stop at ``at``.

    Read back at most 20 characters, lowercased, without its dots at either end;
    "" when none ("2024." or "...").
    """
    window = text[max(0, at - 20) : at + 1]
    run = window[len(window.rstrip(_LETTERS_AND_DOTS)) :].lstrip(".")
    return run.lower().rstrip(".")


def _ends_sentence(text: str, at: int, abbreviations: Collection[str]) -> bool:
    word = _word_before(text, at)
    if word:
        if len(word) == 1 and word.isalpha():
            return False  # an initial: "John F. Kennedy"
        if word in abbreviations:
            nxt = text[at + 1 : at + 40].lstrip()
            # "the U.S. The next day" still ends; "Oct. 3" and "Gen. Smith" do not
            if not nxt or not (nxt[0].isupper() and word in {"u.s", "u.k", "u.n"}):
                return False
    nxt = text[at + 1 : at + 40].lstrip(".!?\"'”’)] \t")
    return not nxt or not nxt[0].islower()
