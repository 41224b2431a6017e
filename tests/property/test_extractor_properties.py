"""Properties the extractor holds for any text (hypothesis)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from reconcile import extract, parse_figures
from reconcile.claims import extract_claims
from reconcile.model import Document
from reconcile.strategies import GeneratedText, documents, sentences


@given(sentences())
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
