"""Tests of ``reconcile.mentions``: number phrases found in text."""

from typing import Any

import pytest

from reconcile.lexicon import Lexicon
from reconcile.mentions import find_mentions
from reconcile.model import Mention

TINY: dict[str, Any] = {
    "amounts": {
        "numbers": {"zwei": 2, "drei": 3},
        "scales": {"hundert": 100},
        "vague": {"umpteen": [10, 90]},
        "hedges": {"circa": "approximate"},
        "tails": {"or more": "at_least"},
        "range": {"joiners": ["to"], "between": ["between"]},
    }
}


@pytest.fixture(scope="module")
def tiny() -> Lexicon:
    """A lexicon that knows a handful of made-up amount words, nothing else."""
    return Lexicon.from_sources(TINY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officials counted 4,500 soldiers.",
            Mention(text="4,500", start=18, end=23, values=(4500,)),
            id="plain-count",
        ),
        pytest.param(
            "About 2,000 soldiers arrived.",
            Mention(text="About 2,000", start=0, end=11, hedge="about", values=(2000,)),
            id="hedge-lowercased",
        ),
        pytest.param(
            "More  than 300 were sent.",
            Mention(
                text="More  than 300", start=0, end=14, hedge="more than", values=(300,)
            ),
            id="two-word-hedge-normalised",
        ),
        pytest.param(
            "It sent between 7,000 and 9,000 men.",
            Mention(
                text="between 7,000 and 9,000",
                start=8,
                end=31,
                hedge="between",
                values=(7000, 9000),
            ),
            id="range-keeps-both-ends",
        ),
        pytest.param(
            "They saw tens of thousands of recruits.",
            Mention(
                text="tens of thousands",
                start=9,
                end=26,
                vague="tens of thousands",
                vague_bounds=(10000, 99999),
            ),
            id="vague-amount",
        ),
        pytest.param(
            "Some 600 or more men fled.",
            Mention(
                text="Some 600 or more",
                start=0,
                end=16,
                hedge="some",
                values=(600,),
                tail="or more",
            ),
            id="tail-or-more",
        ),
        pytest.param(
            'They sent "about 2,000" medics.',
            Mention(
                text="about 2,000", start=11, end=22, hedge="about", values=(2000,)
            ),
            id="hedge-inside-quotes",
        ),
        pytest.param(
            "They sent (a dozen) medics.",
            Mention(text="a dozen", start=11, end=18, values=(12,)),
            id="a-dozen-inside-brackets",
        ),
        pytest.param(
            "A dozen medics stayed.",
            Mention(text="A dozen", start=0, end=7, values=(12,)),
            id="a-dozen",
        ),
        pytest.param(
            "Twenty-five thousand reservists were called.",
            Mention(text="Twenty-five thousand", start=0, end=20, values=(25000,)),
            id="number-words",
        ),
    ],
)
def test_mention_fields(text: str, expected: Mention) -> None:
    """A mention carries its text, offsets, hedge, values, vague phrase and tail."""
    assert [expected] == list(find_mentions(text))


def test_mentions_in_order_with_offsets() -> None:
    """Several mentions come in text order, each cut out by its offsets."""
    text = "Roughly 800 crossed; 40 were caught and hundreds more hid in 2023."
    mentions = find_mentions(text)
    expected = [("Roughly 800", 0), ("40", 21), ("hundreds", 40)]
    assert expected == [(text[m.start : m.end], m.start) for m in mentions]


def test_non_counts_give_no_mentions() -> None:
    """Years, dates, percentages, money and labels are not mentions."""
    text = "In 2024, on May 9, 40% of the $5 million under Article 4 went."
    assert () == find_mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("\x00\x01\x02", id="control-characters"),
        pytest.param("-" * 300, id="dashes"),
        pytest.param("between and", id="hedge-without-number"),
        pytest.param("more than", id="lonely-hedge"),
        pytest.param("a a a a", id="articles"),
        pytest.param("1,,,,2,,,,3", id="broken-separators"),
        pytest.param("9" * 600, id="very-long-number"),
        pytest.param("½ ⅓ ٣ ३ 五", id="unicode-numerals"),
        pytest.param("http://x.org/1/2/3?q=4,000", id="url"),
    ],
)
def test_odd_text_never_raises(text: str) -> None:
    """Odd text yields a (possibly empty) tuple of mentions, never an exception."""
    mentions = find_mentions(text)
    assert [text[m.start : m.end] for m in mentions] == [m.text for m in mentions]


def test_url_numbers_are_not_mentions() -> None:
    """Numbers inside a web address are not counts."""
    assert () == find_mentions("See https://news.example/2025/300-soldiers/4000 now")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Write to press12@agency7.example.org, not 40 desks.",
            ["40"],
            id="e-mail-address",
        ),
        pytest.param(
            "Mail 300@example.org; 25 replied.", ["25"], id="digits-before-at"
        ),
        pytest.param("An @ sign, 12 guards and a@b.", ["12"], id="lonely-at-signs"),
    ],
)
def test_e_mail_numbers_are_not_mentions(text: str, expected: list[str]) -> None:
    """Numbers inside an e-mail address are not counts; the ones beside it are."""
    assert expected == [m.text for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Seven Hills Front said 40 fighters surrendered.",
            ["40"],
            id="name-with-capital-after",
        ),
        pytest.param(
            "Leaders of the Group of Seven met 12 envoys.", ["12"], id="group-of"
        ),
        pytest.param("Channel Four counted 9 boats.", ["9"], id="capital-before"),
        pytest.param(
            "Rebels killed Three soldiers.", ["Three"], id="slip-of-case-still-counts"
        ),
        pytest.param(
            "He said: Two Guards Were Hurt.", ["Two"], id="after-colon-opens-sentence"
        ),
        pytest.param(
            "Drone Strike Kills Four Soldiers near Border",
            ["Four"],
            id="title-case-headline",
        ),
    ],
)
def test_a_capitalised_number_word_inside_a_name_is_no_count(
    text: str, expected: list[str]
) -> None:
    """Mid-sentence, next to a capitalised word, a number word belongs to a name.

    Headlines in title case capitalise every word: there it still counts.
    """
    assert expected == [m.text for m in find_mentions(text)]


_PAD = ["The", "ministry's", "long", "statement", "on", "the", "matter", "said", "that"]


@pytest.mark.parametrize(
    ("phrase", "values"),
    [
        pytest.param(
            "one hundred and twenty-five thousand three hundred and forty-two",
            (125342,),
            id="long-number-words",
        ),
        pytest.param(
            "between twenty-five thousand and thirty-five thousand",
            (25000, 35000),
            id="long-range",
        ),
        pytest.param("from 10,000 to 12,000 or more", (10000, 12000), id="range-tail"),
        pytest.param("10 to 12 thousand", (10000, 12000), id="shared-scale"),
    ],
)
@pytest.mark.parametrize("pad", range(len(_PAD) + 1), ids=lambda n: f"{n}-words")
def test_long_phrases_are_read_whole_wherever_they_stand(
    phrase: str, values: tuple[int, ...], pad: int
) -> None:
    """A phrase is read whole wherever the scanner's first window ends."""
    text = " ".join([*_PAD[:pad], phrase, "soldiers were sent."])
    mentions = find_mentions(text)
    assert [(phrase, values)] == [(m.text, m.values) for m in mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("zwei hundert men", [((200,), None)], id="lexicon-number-words"),
        pytest.param("circa 40 men", [((40,), "circa")], id="lexicon-hedge"),
        pytest.param("about 40 men", [((40,), None)], id="unknown-hedge-ignored"),
        pytest.param("two men", [], id="unknown-number-word"),
    ],
)
def test_words_come_from_the_lexicon(
    tiny: Lexicon, text: str, expected: list[tuple[tuple[int, ...], str | None]]
) -> None:
    """The number words and hedges are those of the lexicon passed in."""
    assert expected == [(m.values, m.hedge) for m in find_mentions(text, tiny)]


def test_vague_words_come_from_the_lexicon(tiny: Lexicon) -> None:
    """A vague phrase of the lexicon is read with the lexicon's bounds."""
    expected = [("umpteen", (10, 90))]
    found = find_mentions("umpteen men", tiny)
    assert expected == [(m.vague, m.vague_bounds) for m in found]


_TABLE_THEN_CLAIM = "Rows 10, 20 and 30; 40 more. About 2,000 soldiers arrived."


def test_a_sift_that_reads_on_keeps_every_phrase() -> None:
    """A sift returning the offset it is given changes nothing."""
    seen: list[int] = []

    def keep(pos: int) -> int:
        seen.append(pos)
        return pos

    found = find_mentions(_TABLE_THEN_CLAIM, sift=keep)
    assert found == find_mentions(_TABLE_THEN_CLAIM)
    assert seen == [m.start for m in found]


def test_a_sift_skips_the_phrases_before_the_offset_it_returns() -> None:
    """Skipping to the second sentence leaves the rest of the first unread."""
    second = _TABLE_THEN_CLAIM.index("About")

    def skip_first(pos: int) -> int:
        return second if pos < second else pos

    found = find_mentions(_TABLE_THEN_CLAIM, sift=skip_first)
    assert [m.text for m in found] == ["10", "About 2,000"]
