"""Properties the extractor holds for any text (hypothesis)."""

from __future__ import annotations

import datetime as dt
import re
from unittest import mock

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile import (
    _workers,
    claims,
    extract,
    extract_documents,
    mentions,
    parse_figures,
)
from reconcile.claims import extract_claims
from reconcile.lexicon import default_lexicon
from reconcile.mentions import (
    _LOCAL,
    _cut_before,
    _hedge_before,
    _local_all,
    _local_tokens,
    _may_end_hedge,
    _month_before,
    _people_follow,
    _people_next,
    _quick,
    _upto,
    _Words,
    find_mentions,
)
from reconcile.model import Claim, Document
from reconcile.strategies import GeneratedText, documents, sentences
from reconcile.text import _BOUNDARY, _TOKEN, Token, _word_before, normalize, tokenize


@given(sentences())
@example(  # "6, 1,200,000" was read as a list of four numbers and dropped
    GeneratedText(
        text="According to MI6, 1,200,000 Russian soldiers were captured.",
        claims=(
            Claim.from_dict(
                {
                    "id": "stated",
                    "measure": "captured",
                    "low": 1200000,
                    "high": 1200000,
                    "qualifier": "exact",
                    "subject": "Russia",
                    "claimant": "United Kingdom",
                }
            ),
        ),
    )
)
def test_generated_sentences_give_back_their_claims(generated: GeneratedText) -> None:
    """A generated sentence's claim comes back with measure, bounds and claimant."""
    found = extract(generated.text, published=dt.date(2025, 5, 1))
    assert [
        (c.measure, c.low, c.high, str(c.qualifier), c.claimant, c.subject)
        for c in generated.claims
    ] == [
        (c.measure, c.low, c.high, str(c.qualifier), c.claimant, c.subject)
        for c in found
    ]


@given(documents())
def test_generated_documents_give_back_every_claim(document: Document) -> None:
    """A document of generated paragraphs yields one claim per paragraph."""
    paragraphs = [p for p in document.text.split("\n\n") if p.strip()]
    assert len(paragraphs) == len(extract_claims(document))


@settings(max_examples=25)  # each example starts two worker processes
@given(st.lists(documents(), max_size=12), st.integers(100, 3000))
def test_extracting_in_worker_processes_changes_no_claim(
    docs: list[Document], batch_chars: int
) -> None:
    """With ``jobs=2`` the claims of many documents are the same, in the same order."""
    with mock.patch.object(_workers, "BATCH_CHARS", batch_chars):  # many batches
        assert extract_documents(docs) == extract_documents(docs, jobs=2)


@given(st.text())
def test_any_text_never_raises_and_spans_quote_the_text(text: str) -> None:
    """Arbitrary unicode: no exception; every span lies in the text and quotes it."""
    for claim in extract(text):
        start, end = claim.span
        assert (True, claim.quote) == (0 <= start <= end <= len(text), text[start:end])


@given(st.binary(max_size=2000))
def test_random_bytes_decoded_never_raise(data: bytes) -> None:
    """Random bytes decoded with replacement: no exception, valid spans."""
    text = data.decode("utf-8", errors="replace")
    for claim in extract(text):
        assert claim.quote == text[claim.span[0] : claim.span[1]]


@given(
    st.lists(
        st.sampled_from(
            [
                "12,000 ",
                "1 000 ",
                "between ",
                "and ",
                "more than ",
                "about ",
                "soldiers ",
                "were killed",
                ". ",
                ", ",
                "0",
                "9",
                "-",
                "\n",
                " ",
                "thousands of ",
                "said ",
                "Seoul ",
                "tens of ",
                "hundred ",
            ]
        ),
        max_size=400,
    )
)
def test_hostile_fragments_never_raise(parts: list[str]) -> None:
    """Runs of digits, separators, hedges and half-claims never break extraction."""
    text = "".join(parts)
    for figure in parse_figures(text):
        assert figure.text == text[figure.start : figure.end]
    for claim in extract(text):
        assert claim.quote == text[claim.span[0] : claim.span[1]]


def test_a_huge_single_line_is_extracted() -> None:
    """A 2 MB line without a full stop is read to the end (no silent cut)."""
    unit = "officials said 300 soldiers were killed near the river, "
    text = unit * (2_000_000 // len(unit))
    found = extract(text)
    assert (len(text) // len(unit), True) == (
        len(found),
        all(c.quote == text[c.span[0] : c.span[1]] for c in found),
    )


_NEWSY = st.text(alphabet="ab Z19 0\n\t\u00a0\u202f-'’s,.k", max_size=400)


@given(_NEWSY, st.lists(st.tuples(st.integers(0, 400), st.integers(0, 2)), max_size=30))
def test_shared_windows_tokenise_as_a_fresh_window_does(
    text: str, calls: list[tuple[int, int]]
) -> None:
    """Windows read from the scanner's shared stretch equal windows read alone.

    The scanner asks for windows in text order, mixing the three kinds.
    """
    words = _Words(text)
    for pos, kind in sorted((min(p, len(text)), k) for p, k in calls):
        if kind == 0:
            assert words.after(pos, 40) == tokenize(text, pos, min(len(text), pos + 40))
        elif kind == 1:
            stop = min(len(text), pos + 48)
            assert words.local(pos, stop) == _local_tokens(text, pos, stop)
        else:
            expected = _cut_before(text, pos, 96)
            got = words.before(pos, 96)
            if "," in text or "." in text:  # a cut "1,000" or "U.S." may split apart
                assert got[-3:] == expected[-3:]
            else:
                assert got == expected


_ANY_TEXT = _NEWSY | st.text(max_size=200)


@st.composite
def _windows(draw: st.DrawFn, low: int) -> tuple[str, int, int]:
    """A text and a window into it; the edges may fall outside the text."""
    text = draw(_ANY_TEXT)
    start = draw(st.integers(low, len(text) + 2))
    return text, start, draw(st.integers(max(low, start - 2), len(text) + 3))


@given(_windows(-3))
def test_tokenize_reads_as_a_plain_scan_of_the_token_pattern(
    window: tuple[str, int, int],
) -> None:
    """`tokenize` (offsets summed from split parts) equals a match-by-match scan."""
    text, start, end = window
    stop = max(0, min(end, len(text)))
    plain = [
        Token(m.group(), normalize(m.group()), m.start(), m.end())
        for m in _TOKEN.finditer(text, max(0, start), stop)
    ]
    assert tokenize(text, start, end) == plain


@given(_windows(0))
def test_local_tokens_read_as_a_plain_scan_of_the_local_pattern(
    window: tuple[str, int, int],
) -> None:
    """The scanner's tokens (offsets summed from lengths) equal a plain scan."""
    text, start, end = window
    plain, gap = [], ""
    for m in _LOCAL.finditer(text, start, end):
        if m.lastgroup == "space":
            gap = m.group()
            continue
        kind = "num" if m.group("num") is not None else m.lastgroup
        value = m.group("num") or m.group()
        suffix = (m.group("suffix") or "").lower()
        plain.append((kind, value, value.lower(), m.start(), m.end(), suffix, gap))
        gap = ""
    assert [tuple(t) for t in _local_all(text, start, end)] == plain


_WORDS = (
    "the",
    "of",
    "among",
    "victims",
    "were",
    "was",
    "in",
    "Kursk",
    "troops",
    "soldiers",
    "killed",
    "wounded",
    "sent",
    "deployed",
    "casualties",
    "reached",
    "figure",
    "toll",
    "about",
    "more",
    "than",
    "and",
    ",",
    "3,000",
    "250",
    "two",
    "thousands",
    "women",
    "children",
    "hostages",
    "injured",
    "additional",
    "captured",
    "missing",
    "said",
    "Ukraine",
    "Russia's",
    "1,200",
    "at",
    "least",
    "40",
    "people",
    "civilians",
    "prisoners",
)


@st.composite
def _word_salad(draw: st.DrawFn) -> str:
    """Sentences of claim words, numbers and glue in random order."""
    sentences = draw(
        st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), max_size=6)
    )
    return " ".join(" ".join(words).capitalize() + "." for words in sentences)


_TABLE = st.lists(
    st.sampled_from(["12", "3,400", "between 5 and 9", "Score", "Row", ";", "two"]),
    min_size=1,
    max_size=8,
).map(lambda row: " ".join(row) + ".")


@given(st.lists(sentences().map(lambda g: g.text) | _word_salad() | _TABLE, max_size=4))
@example(["Gunmen abducted 80 pupils on Monday.", "Of the 80, 12 came home."])
@example(["Rockets killed 25 people.", "Score 4 5 6.", "Among the victims were 7."])
@example(["Between 5 and 9 " * 200 + "soldiers were killed."])
def test_skipping_sentences_without_a_measure_source_changes_no_claim(
    parts: list[str],
) -> None:
    """`_may_bind` only spares work: binding every sentence gives the same claims.

    Mocked, it also turns off the sifting of figures (`claims._Sifter`): no
    sentence's numbers are skipped unread.
    """
    document = Document(id="d", text=" ".join(parts), published=dt.date(2025, 5, 1))
    found = extract_claims(document)
    with mock.patch.object(claims, "_may_bind", return_value=True):
        assert extract_claims(document) == found


_AFTER_A_YEAR = st.lists(
    st.sampled_from([" ", "\n", ",", "2024", "troops", "men", "é", "(", "'s", "’s"])
    | st.sampled_from(["North", "Korean", "TROOPS", "Soldiers", "killed", "leader"])
    | st.sampled_from(["civilians", "people", "wounded", "-", "\u212a", "ΑΣ", "x"])
    | st.sampled_from(["Burkinabè", "BURKINABÈ", "’", "İ"])
).map("".join)


@given(_AFTER_A_YEAR)
@example("North Korean troops")
@example("\u212aILLED")  # the Kelvin sign lowercases to "k", in the text as in tokens
def test_people_next_is_people_follow_on_the_tokens(text: str) -> None:
    """The checks made before the tokens are read change no answer.

    They are a letter next and a word that ends a phrase of people.
    """
    lexicon = default_lexicon()
    tokens = tokenize(text, 0, 40)
    expected = _people_follow(tokens, lexicon)
    quick = _quick(lexicon)
    assert _people_next(text, 0, lexicon, quick, lambda: tokens) == expected


_NUMBER_TALK = st.lists(
    st.sampled_from(
        [
            "12",
            "3,000",
            "1 500",
            "2024",
            "5k",
            "25th",
            "million",
            "dozen",
            "to",
            "-",
            "–",
            "or",
            "more",
            "and",
            "plus",
            "+",
            "%",
            "troops",
            "killed",
            "between",
            "about",
            "May",
            ",",
            ".",
            " ",
            "  ",
            "\n",
            "\n\n",
            "two",
            "Twenty",
            "five",
            "a",
            "few",
            "several",
            "tens",
            "of",
            "thousands",
            "hundreds",
            "half",
            "countries",
        ]
    ),
    max_size=30,
).map(" ".join)


@given(_NUMBER_TALK | _NEWSY)
@example("12 plus to 15")  # a tail word read as a tail only if no "to" follows
@example("in 2024,\n\n10 to 12 million")
@example("tens of thousands")  # "of" carries a vague phrase on after a word
@example("twenty five thousand troops")  # a number word after a number word
def test_reading_two_tokens_after_a_number_finds_what_the_window_finds(
    text: str,
) -> None:
    """The scanner's shortcut (two tokens, not the window) changes no mention."""
    found = find_mentions(text)
    with mock.patch.object(mentions, "_head_tokens", return_value=None):
        assert find_mentions(text) == found


_BEFORE_A_DAY = st.lists(
    st.sampled_from(
        ["May", "may", "MAY", "April", "Apr", "Sept", "Mayday", "Décembre", "x", "é"]
    )
    | st.sampled_from(
        ["e\u0301", "½", "²", ".", ",", "_", "-", "9", "U.S.", " ", "  ", "\u00a0"]
    )
    | st.sampled_from(["\t", "\n"]),
    max_size=8,
).map("".join)


@given(_BEFORE_A_DAY)
@example("x.May ")  # a word glued to a full stop: the tokens decide
@example("½May ")  # "½" is part of the word token, though no letter
@example("Mayday   May  ")
def test_a_month_read_from_the_text_is_the_month_the_tokens_show(before: str) -> None:
    """The month check reads the word before a day from the text when it can."""
    lex = default_lexicon()
    text, start = before + "9", len(before)
    months = lex.section("time", "months")
    words = [
        t
        for t in tokenize(text, 0, start)
        if t.start >= start - 16 and t.text not in {".", ","}
    ]
    shown = bool(words) and words[-1].text[:1].isupper() and words[-1].lower in months
    assert _month_before(text, start, lex, lambda: tokenize(text, 0, start)) == shown


_BEFORE_A_NUMBER = st.lists(
    st.sampled_from(["about", "approx.", "c.", "up to", "between", "U.S.", "x", "½"])
    | st.sampled_from([",", "(", "~", ">", "=", ">=", "<", "≈", "–", "-", "$", "'"])
    | st.sampled_from([" ", "  ", "   ", "\u00a0", "\t", "\n", "7"]),
    max_size=8,
).map("".join)


@given(_BEFORE_A_NUMBER)
@example("about ~ ")
@example("2, ")
def test_a_mark_that_ends_no_hedge_is_skipped_rightly(before: str) -> None:
    """When `_may_end_hedge` says no, reading the tokens finds no hedge either."""
    lex = default_lexicon()
    text, start = before + "12 soldiers", len(before)
    if not _may_end_hedge(text, start, _quick(lex)):
        back = _upto(tokenize(text, 0, start), start)
        assert _hedge_before(text, start, lex.amounts, back) == (None, start)


# the sentence-break pattern as first written, plainly: a lookahead, then a run
# of marks not after another mark, or a run of line breaks
_PLAIN_BOUNDARY = re.compile(
    r"(?=[.!?\n])(?:(?<![.!?])[.!?]+[\"'”’)\]]{0,8}(?=\s|$)|\n(?:[ \t\r]*\n)*)"
)


@given(
    st.lists(
        st.sampled_from([".", "!", "?", "...", "\n", "\n\n", " ", "\t", "\r", "a"])
        | st.sampled_from(['"', "'", "”", "’", ")", "]", "\u00a0", "A", "9"])
    ).map("".join)
)
@example("Done.\n \nNext")
@example("a..! b")
def test_sentence_breaks_are_those_the_plain_pattern_finds(text: str) -> None:
    """`_BOUNDARY` finds what the plain form finds.

    It starts with a character class, so the regex engine can skip to its
    candidates.
    """
    plain = [m.span() for m in _PLAIN_BOUNDARY.finditer(text)]
    assert [m.span() for m in _BOUNDARY.finditer(text)] == plain


# the word before a full stop, as first written: a regex searched back from it
_PLAIN_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,30})\.{0,5}$")


@given(
    st.lists(
        st.sampled_from(["U.S", "Gen", "a", "Oct", "x.y", "é", "9", " ", "\n", "..."])
        | st.sampled_from(["abcdefghijklmnopqrstuvwxyz", ".", "-", "ſ", "K"]),
    ).map("".join)
)
@example("abcdefghijklmnopqrstuvwxyz")  # longer than the 20 characters read back
def test_the_word_before_a_full_stop_is_the_plain_patterns(before: str) -> None:
    """`_word_before` reads what the plain pattern reads, without a regex search."""
    text = before + ". Next"
    at = len(before)
    m = _PLAIN_WORD_BEFORE.search(text, max(0, at - 20), at + 1)
    assert _word_before(text, at) == (m.group(1).lower().rstrip(".") if m else "")


_NAME_TEXT = st.text(alphabet="ab_1 é.-Σ", max_size=40)


@given(
    _NAME_TEXT,
    _NAME_TEXT.filter(lambda w: len(w) <= 4),
    st.integers(0, 40),
    st.integers(0, 40),
)
@example("ab ab ab", "ab ab", 0, 40)  # hits do not overlap
@example("abc", "ab", 0, 2)  # the window's end is a boundary
@example("xab", "ab", 1, 3)  # the text before the window is read
@example("_ab ab_", "ab", 0, 40)
def test_a_name_is_found_where_the_word_boundary_pattern_finds_it(
    text: str, word: str, lo: int, hi: int
) -> None:
    r"""`_word_hits` finds a name where ``\bname\b`` does, in any window."""
    lo = min(lo, len(text))
    hi = max(lo, min(hi, len(text)))
    pattern = re.compile(r"\b" + re.escape(word) + r"\b")
    expected = [m.start() for m in pattern.finditer(text, lo, hi)]
    assert list(claims._word_hits(text, word, lo, hi)) == expected
