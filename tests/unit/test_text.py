"""Tests of ``reconcile.text``: tokens, sentences and the matching form of words."""

import pytest

from reconcile.text import Sentence, Token, normalize, sentences, tokenize

ABBREVIATIONS = frozenset({"oct", "gen", "u.s", "col"})


def _cut(text: str) -> list[tuple[str, int]]:
    """Return each sentence's text and paragraph index."""
    return [
        (text[s.start : s.end], s.paragraph) for s in sentences(text, ABBREVIATIONS)
    ]


# ------------------------------------------------------------------ tokenize
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Moscow's brigade left",
            ["Moscow", "'s", "brigade", "left"],
            id="possessive-s-is-its-own-token",
        ),
        pytest.param(
            "Kyiv’s reserves",
            ["Kyiv", "’s", "reserves"],
            id="curly-possessive-s-is-its-own-token",
        ),
        pytest.param(
            "the U.S. convoy",
            ["the", "U.S.", "convoy"],
            id="initialism-with-stops-is-one-token",
        ),
        pytest.param(
            "some 12,000 or 1.5 million",
            ["some", "12,000", "or", "1.5", "million"],
            id="digits-with-separators-are-one-token",
        ),
        pytest.param(
            "U.N.-backed talks (again)!",
            ["U.N.", "-", "backed", "talks", "(", "again", ")", "!"],
            id="punctuation-stands-alone",
        ),
        pytest.param(
            "Kharkivʼs troops and Kyiv’s",
            ["Kharkiv", "ʼs", "troops", "and", "Kyiv", "’s"],
            id="possessive-with-any-apostrophe",
        ),
        pytest.param("", [], id="empty-text"),
    ],
)
def test_tokenize_splits_words(text: str, expected: list[str]) -> None:
    """Tokens are words, numbers, possessives and single punctuation marks."""
    assert expected == [t.text for t in tokenize(text)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Colonel Ray's 3,400 men, near the U.S. line.", id="mixed"),
        pytest.param("  leading and   inner   spaces  ", id="spaces"),
        pytest.param("Émile’s ¿qué? 9\u00a0000 — done", id="unicode"),
    ],
)
def test_tokenize_offsets_cut_the_token_out(text: str) -> None:
    """Every token's offsets cut its text out of the text given."""
    tokens = tokenize(text)
    assert [t.text for t in tokens] == [text[t.start : t.end] for t in tokens]


def test_tokenize_window_keeps_offsets_into_whole_text() -> None:
    """With ``start``/``end`` only that window is read, offsets still index ``text``."""
    text = "Ignored words. Then 400 men"
    expected = [
        Token("Then", "then", 15, 19),
        Token("400", "400", 20, 23),
    ]
    assert expected == tokenize(text, 15, 23)


def test_tokenize_lower_is_normalised() -> None:
    """``lower`` is the lowercase, plain-quote form of the token."""
    expected = ["kharkiv", "'s", "defenders"]
    assert expected == [t.lower for t in tokenize("KHARKIV’s Defenders")]


# ------------------------------------------------------------------ normalize
@pytest.mark.parametrize(
    ("word", "expected"),
    [
        pytest.param("Brigade", "brigade", id="lowercase"),
        pytest.param("Odesa’s", "odesa's", id="curly-apostrophe"),
        pytest.param("Odesaʼs", "odesa's", id="modifier-letter-apostrophe"),
        pytest.param("‘quoted’", "'quoted'", id="single-curly-quotes"),
        pytest.param("“Quoted”", '"quoted"', id="double-curly-quotes"),
        pytest.param("10–12", "10-12", id="en-dash"),
        pytest.param("now—then", "now-then", id="em-dash"),
    ],
)
def test_normalize(word: str, expected: str) -> None:
    """The matching form is lowercase with plain quotes and hyphens."""
    assert expected == normalize(word)


# ------------------------------------------------------------------ sentences
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Gen. Petrov led the column. It moved at dawn.",
            [("Gen. Petrov led the column.", 0), ("It moved at dawn.", 0)],
            id="abbreviation-gen",
        ),
        pytest.param(
            "The brigade left on Oct. 14 and returned. Nobody was hurt.",
            [
                ("The brigade left on Oct. 14 and returned.", 0),
                ("Nobody was hurt.", 0),
            ],
            id="abbreviation-oct",
        ),
        pytest.param(
            "Troops left the U.S. base at dawn. Ships followed.",
            [("Troops left the U.S. base at dawn.", 0), ("Ships followed.", 0)],
            id="abbreviation-us-mid-sentence",
        ),
        pytest.param(
            "A report by J. R. Hale was cited. Critics disagreed.",
            [("A report by J. R. Hale was cited.", 0), ("Critics disagreed.", 0)],
            id="initials",
        ),
        pytest.param(
            "Was it over? No! They left.",
            [("Was it over?", 0), ("No!", 0), ("They left.", 0)],
            id="question-and-exclamation-marks",
        ),
        pytest.param(
            'He said "we withdrew." Then they went.',
            [('He said "we withdrew."', 0), ("Then they went.", 0)],
            id="stop-inside-closing-quote",
        ),
        pytest.param(
            "The road was 3.5 km long. Nobody used it.",
            [("The road was 3.5 km long.", 0), ("Nobody used it.", 0)],
            id="decimal-point-is-no-stop",
        ),
    ],
)
def test_sentences_full_stops(text: str, expected: list[tuple[str, int]]) -> None:
    """Stops end sentences, except after an abbreviation or an initial."""
    assert expected == _cut(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Convoy Ambushed Near Border\nThe army said ten died.",
            [("Convoy Ambushed Near Border", 0), ("The army said ten died.", 1)],
            id="headline-line-without-stop",
        ),
        pytest.param(
            "The army said that ten\nsoldiers died in the attack.",
            [("The army said that ten\nsoldiers died in the attack.", 0)],
            id="soft-wrap-mid-sentence-lowercase",
        ),
        pytest.param(
            "Reports from\nKharkiv say ten died.",
            [("Reports from", 0), ("Kharkiv say ten died.", 1)],
            id="mid-sentence-but-next-line-capitalised",
        ),
        pytest.param(
            "Ten died.\nthey said so later",
            [("Ten died.", 0), ("they said so later", 1)],
            id="line-ends-with-stop-next-lowercase",
        ),
        pytest.param(
            "One.\nTwo. Three.\nFour.",
            [("One.", 0), ("Two.", 1), ("Three.", 1), ("Four.", 2)],
            id="paragraph-index-per-line",
        ),
        pytest.param(
            "Ten died\r\nMore came.",
            [("Ten died", 0), ("More came.", 1)],
            id="crlf-line-break",
        ),
        pytest.param(
            "One.\n\nTwo.",
            [("One.", 0), ("Two.", 1)],
            id="blank-line-is-one-paragraph-break",
        ),
        pytest.param(
            "The column was hit near\n\nthe river crossing.",
            [("The column was hit near", 0), ("the river crossing.", 1)],
            id="blank-line-is-no-soft-wrap",
        ),
    ],
)
def test_sentences_line_breaks(text: str, expected: list[tuple[str, int]]) -> None:
    """A line break ends sentence and paragraph, unless it is a soft wrap."""
    assert expected == _cut(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("", [], id="empty"),
        pytest.param(" \n\t \n", [], id="only-whitespace"),
        pytest.param("  Ten died.  ", [Sentence(2, 11, 0)], id="trimmed"),
    ],
)
def test_sentences_trim_whitespace(text: str, expected: list[Sentence]) -> None:
    """Sentences carry no surrounding whitespace; blank text has none."""
    assert expected == sentences(text, ABBREVIATIONS)


def test_sentences_without_abbreviations_split_at_every_stop() -> None:
    """The abbreviations are the caller's: without "gen", "Gen." ends a sentence."""
    text = "Gen. Petrov left."
    expected = ["Gen.", "Petrov left."]
    assert expected == [text[s.start : s.end] for s in sentences(text)]
