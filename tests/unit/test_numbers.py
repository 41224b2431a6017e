"""Tests of ``reconcile.numbers``: number phrases read as figures with bounds."""

import tomllib
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile
from reconcile import Figure, Qualifier, parse_figures
from reconcile.model import Mention
from reconcile.numbers import read_figure

AMOUNTS = Path(reconcile.__file__).parent / "lexicon" / "en" / "amounts.toml"

Read = tuple[str, int | None, int | None, str]


def _read(text: str) -> list[Read]:
    """Return each figure's text, bounds and qualifier."""
    return [(f.text, f.low, f.high, str(f.qualifier)) for f in parse_figures(text)]


def _vague_table() -> dict[str, list[int]]:
    with AMOUNTS.open("rb") as handle:
        table: dict[str, list[int]] = tomllib.load(handle)["amounts"]["vague"]
    return table


# -------------------------------------------------------------- digits and words
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The ministry sent 12,000 soldiers.",
            [("12,000", 12000, 12000, "exact")],
            id="comma-separator",
        ),
        pytest.param(
            "The ministry sent 12 000 soldiers.",
            [("12 000", 12000, 12000, "exact")],
            id="space-separator",
        ),
        pytest.param(
            "The ministry sent 12\u00a0000 soldiers.",
            [("12\u00a0000", 12000, 12000, "exact")],
            id="no-break-space-separator",
        ),
        pytest.param(
            "Aid agencies counted 1.5 million displaced people.",
            [("1.5 million", 1500000, 1500000, "exact")],
            id="decimal-with-scale-word",
        ),
        pytest.param(
            "A force of 10k fighters gathered.",
            [("10k", 10000, 10000, "exact")],
            id="k-suffix",
        ),
        pytest.param(
            "Roughly 2.3m residents fled.",
            [("Roughly 2.3m", 2300000, 2300000, "approximate")],
            id="m-suffix",
        ),
        pytest.param(
            "Two medics and a dozen guards stayed.",
            [("Two", 2, 2, "exact"), ("a dozen", 12, 12, "exact")],
            id="two-and-a-dozen",
        ),
        pytest.param(
            "The unit held three hundred prisoners.",
            [("three hundred", 300, 300, "exact")],
            id="three-hundred",
        ),
        pytest.param(
            "Twenty-five thousand reservists were called up.",
            [("Twenty-five thousand", 25000, 25000, "exact")],
            id="twenty-five-thousand",
        ),
        pytest.param(
            "Twenty-five thousand and thirty-five ballots were cast.",
            [("Twenty-five thousand and thirty-five", 25035, 25035, "exact")],
            id="thousand-and-thirty-five",
        ),
        pytest.param(
            "One hundred and twenty sailors were rescued.",
            [("One hundred and twenty", 120, 120, "exact")],
            id="hundred-and-twenty",
        ),
        pytest.param(
            "The garrison had 3 thousand men.",
            [("3 thousand", 3000, 3000, "exact")],
            id="digit-with-scale-word",
        ),
        pytest.param(
            "Half a dozen scouts returned.",
            [("Half a dozen", 6, 6, "exact")],
            id="half-a-dozen",
        ),
        pytest.param(
            "Half a million voters stayed home.",
            [("Half a million", 500000, 500000, "exact")],
            id="half-a-million",
        ),
        pytest.param(
            "A quarter of a million people were displaced.",
            [("A quarter of a million", 250000, 250000, "exact")],
            id="a-quarter-of-a-million",
        ),
        pytest.param(
            "Three-quarters of a million refugees crossed.",
            [("Three-quarters of a million", 750000, 750000, "exact")],
            id="three-quarters-of-a-million",
        ),
        pytest.param(
            "A half-million reservists were called up.",
            [("A half-million", 500000, 500000, "exact")],
            id="a-half-million-hyphen",
        ),
        pytest.param(
            "Nearly half a million people fled.",
            [("Nearly half a million", 500000, 500000, "approximate")],
            id="hedged-half-a-million",
        ),
        pytest.param(
            "One and a half million shells were fired.",
            [("One and a half million", 1500000, 1500000, "exact")],
            id="one-and-a-half-million",
        ),
        pytest.param(
            "Two and a half thousand guards stood by.",
            [("Two and a half thousand", 2500, 2500, "exact")],
            id="two-and-a-half-thousand",
        ),
        pytest.param(
            "The city had 3 million and a half residents.",
            [("3 million and a half", 3500000, 3500000, "exact")],
            id="scale-and-a-half",
        ),
        pytest.param(
            "They fired 14 rockets at 6 villages.",
            [("14", 14, 14, "exact"), ("6", 6, 6, "exact")],
            id="two-small-counts",
        ),
        pytest.param(
            "Some 4.1 million people left the region.",
            [("Some 4.1 million", 4100000, 4100000, "approximate")],
            id="decimal-4.1-million",
        ),
        pytest.param(
            "The region hosts 8.2 million refugees.",
            [("8.2 million", 8200000, 8200000, "exact")],
            id="decimal-8.2-million",
        ),
        pytest.param(
            "They sent 16.1k troops.",
            [("16.1k", 16100, 16100, "exact")],
            id="decimal-16.1k",
        ),
        pytest.param(
            "A 1,000-strong battalion crossed.",
            [("1,000", 1000, 1000, "exact")],
            id="article-before-digits-is-not-part-of-figure",
        ),
    ],
)
def test_counts(text: str, expected: list[Read]) -> None:
    """Digits, separators, scales and number words are read as exact counts."""
    assert expected == _read(text)


# ------------------------------------------------------------------------ hedges
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("about 2,000", (2000, 2000, "approximate"), id="about"),
        pytest.param("around 300", (300, 300, "approximate"), id="around"),
        pytest.param(
            "approximately 450", (450, 450, "approximate"), id="approximately"
        ),
        pytest.param("roughly 80", (80, 80, "approximate"), id="roughly"),
        pytest.param("nearly 900", (900, 900, "approximate"), id="nearly"),
        pytest.param("almost 40", (40, 40, "approximate"), id="almost"),
        pytest.param("some 60", (60, 60, "approximate"), id="some"),
        pytest.param("more than 10,000", (10000, None, "more_than"), id="more-than"),
        pytest.param("over 700", (700, None, "more_than"), id="over"),
        pytest.param("at least 100", (100, None, "at_least"), id="at-least"),
        pytest.param("up to 500", (None, 500, "at_most"), id="up-to"),
        pytest.param("as many as 500", (None, 500, "at_most"), id="as-many-as"),
        pytest.param("no more than 500", (None, 500, "at_most"), id="no-more-than"),
        pytest.param("fewer than 50", (None, 50, "less_than"), id="fewer-than"),
        pytest.param("less than 50", (None, 50, "less_than"), id="less-than"),
        pytest.param("More than 2000", (2000, None, "more_than"), id="hedged-2000"),
        pytest.param("10,000 or more", (10000, None, "at_least"), id="tail-or-more"),
    ],
)
def test_hedges(text: str, expected: tuple[int | None, int | None, str]) -> None:
    """A hedge sets the qualifier and which bounds the stated number gives."""
    sentence = f"Officials said {text} soldiers crossed."
    assert [(text, *expected)] == _read(sentence)


def test_hedged_figure_is_a_qualifier_enum() -> None:
    """The qualifier is a `reconcile.Qualifier` (a StrEnum)."""
    figure = parse_figures("about 2,000 marines")[0]
    assert Qualifier.APPROXIMATE == figure.qualifier


# ------------------------------------------------------------------------ ranges
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("between 10,000 and 12,000", (10000, 12000), id="between-and"),
        pytest.param("10,000 to 12,000", (10000, 12000), id="to"),
        pytest.param("10,000-12,000", (10000, 12000), id="hyphen"),
        pytest.param("10,000–12,000", (10000, 12000), id="en-dash"),
        pytest.param("from 300 to 400", (300, 400), id="from-to"),
        pytest.param("10 to 12 thousand", (10000, 12000), id="shared-scale"),
        pytest.param(
            "between 10 and 12 thousand", (10000, 12000), id="between-shared-scale"
        ),
        pytest.param("two to three hundred", (200, 300), id="words-shared-scale"),
        pytest.param("five to ten", (5, 10), id="number-words"),
        pytest.param(
            "more than 100 and fewer than 300", (100, 300), id="two-bounds-and"
        ),
        pytest.param("at least 100 and up to 300", (100, 300), id="at-least-and-up-to"),
        pytest.param(
            "between two hundred and three hundred", (200, 300), id="between-hundreds"
        ),
        pytest.param(
            "between twenty thousand and thirty thousand",
            (20000, 30000),
            id="between-thousands-in-words",
        ),
    ],
)
def test_ranges(text: str, expected: tuple[int, int]) -> None:
    """A range is one figure with both ends and qualifier ``range``."""
    sentence = f"Officials said {text} soldiers crossed."
    assert [(text, *expected, "range")] == _read(sentence)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The garrison rose from 1,500 to 2,000.",
            [("1,500", 1500, 1500, "exact"), ("2,000", 2000, 2000, "exact")],
            id="rose-from-to",
        ),
        pytest.param(
            "The count went up from 1,500 to 2,000 soldiers.",
            [("1,500", 1500, 1500, "exact"), ("2,000", 2000, 2000, "exact")],
            id="went-up-from-to",
        ),
        pytest.param(
            "Kyiv increased the garrison from 1,500 to 2,000 soldiers.",
            [("1,500", 1500, 1500, "exact"), ("2,000", 2000, 2000, "exact")],
            id="verb-with-object-from-to",
        ),
    ],
)
def test_change_is_two_figures(text: str, expected: list[Read]) -> None:
    """A change "from X to Y" is two figures, not a range."""
    assert expected == _read(text)


# ------------------------------------------------------------------ vague amounts
@pytest.mark.parametrize(
    "phrase",
    [
        "dozens",
        "hundreds",
        "several hundred",
        "thousands",
        "tens of thousands",
        "hundreds of thousands",
    ],
)
def test_vague_amounts_use_data_table(phrase: str) -> None:
    """A vague amount has the bounds of ``amounts.toml`` and qualifier ``vague``."""
    low, high = _vague_table()[phrase]
    sentence = f"Witnesses saw {phrase} of soldiers."
    if phrase.startswith("several"):
        sentence = f"Witnesses saw {phrase} soldiers."
    assert [(phrase, low, high, "vague")] == _read(sentence)


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        pytest.param("dozens", (24, 99), id="dozens"),
        pytest.param("hundreds", (100, 999), id="hundreds"),
        pytest.param("several hundred", (200, 999), id="several-hundred"),
        pytest.param("thousands", (1000, 9999), id="thousands"),
        pytest.param("tens of thousands", (10000, 99999), id="tens-of-thousands"),
        pytest.param(
            "hundreds of thousands", (100000, 999999), id="hundreds-of-thousands"
        ),
    ],
)
def test_vague_bounds_of_the_contract(phrase: str, expected: tuple[int, int]) -> None:
    """The shipped table gives the bounds the claim contract documents."""
    assert list(expected) == _vague_table()[phrase]


# --------------------------------------------------------------------- not counts
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The plan covers 2027–2031 in full.", id="year-span-en-dash"),
        pytest.param("The plan covers 2027-2031 in full.", id="year-span-hyphen"),
        pytest.param("Veterans of the 1950s spoke.", id="decade"),
        pytest.param("The depot was built in 2024.", id="year"),
        pytest.param("The convoy arrived on May 9.", id="month-day"),
        pytest.param("The convoy arrived on 9 May.", id="day-month"),
        pytest.param("The convoy arrived on October 2, 2024.", id="full-date"),
        pytest.param("The convoy arrived on Oct. 28.", id="abbreviated-month"),
        pytest.param("The convoy arrived on 2025-01-09.", id="iso-date"),
        pytest.param("The convoy left at 07:19 AM.", id="time-am"),
        pytest.param("The convoy left at 10:50 a.m. sharp.", id="time-a.m."),
        pytest.param("A 25-year-old sergeant died.", id="age-year-old"),
        pytest.param("A sergeant aged 30 died.", id="age-aged"),
        pytest.param("The boy was four years old.", id="age-in-words"),
        pytest.param("The 25th brigade moved.", id="ordinal"),
        pytest.param("Nearly 90 percent of units moved.", id="percent-word"),
        pytest.param("Nearly 95% of units moved.", id="percent-sign"),
        pytest.param("The drones cost $5 million.", id="money-sign"),
        pytest.param("Each ration cost 5 dollars.", id="money-word"),
        pytest.param("The column moved 50 kilometres.", id="distance"),
        pytest.param("The siege lasted 60 days.", id="duration"),
        pytest.param("Under Article 4 the talks resumed.", id="article"),
        pytest.param("Convoy No. 5 was stopped.", id="number-label"),
        pytest.param("An Il-76 landed.", id="model-il-76"),
        pytest.param("An F-16 landed.", id="model-f-16"),
        pytest.param("An A320 landed.", id="model-a320"),
        pytest.param("Call 555-123-4567 for details.", id="phone"),
        pytest.param("See https://example.org/a/2024/12345 for details.", id="url"),
        pytest.param("About one-third of units moved.", id="fraction-third"),
        pytest.param("The war lasted eight-and-a-half years.", id="fraction-half"),
        pytest.param("The talks took two and a half months.", id="fraction-of-months"),
        pytest.param("Half the villages were empty.", id="half-of-no-number"),
        pytest.param(
            "Three-quarters of the villages were empty.", id="quarters-of-no-number"
        ),
        pytest.param(
            "The plan runs from 2027 to 2031.",
            id="year-span-from-to",
        ),
        pytest.param(
            "Fighting between 2014 and 2022 was fierce.",
            id="year-span-between-and",
        ),
        pytest.param(
            "The plan runs 2027 to 2031 in full.",
            id="year-span-to",
        ),
        pytest.param(
            "In 1990–95 the war raged.",
            id="year-span-short-end",
        ),
    ],
)
def test_not_counts(text: str) -> None:
    """Years, dates, times, ages, ordinals, percentages, money, units and labels."""
    assert [] == _read(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2000 troops crossed the river.",
            [("2000", 2000, 2000, "exact")],
            id="four-digits-before-people",
        ),
        pytest.param(
            "Seoul said 1500 North Korean soldiers were there.",
            [("1500", 1500, 1500, "exact")],
            id="four-digits-before-demonym-and-people",
        ),
        pytest.param(
            "more than 2000 crossed the river.",
            [("more than 2000", 2000, None, "more_than")],
            id="hedged-four-digits",
        ),
        pytest.param(
            "In 2023, 2,000 soldiers died.",
            [("2,000", 2000, 2000, "exact")],
            id="year-then-count",
        ),
    ],
)
def test_four_digit_counts(text: str, expected: list[Read]) -> None:
    """Four digits that count people, or carry a hedge, are figures, not years."""
    assert expected == _read(text)


def test_offsets_in_a_longer_text() -> None:
    """Figures come in order, and their offsets cut their text out of the input."""
    text = (
        "On May 9, 2025, roughly 3,000 marines landed; by noon up to 400 were "
        "hurt and dozens were missing, 12% of the force."
    )
    figures = parse_figures(text)
    expected = ["roughly 3,000", "up to 400", "dozens"]
    assert expected == [text[f.start : f.end] for f in figures]


# ------------------------------------------------------------------ read_figure
@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        pytest.param(
            Mention(text="about 40", start=3, end=11, hedge="about", values=(40,)),
            Figure(
                text="about 40",
                start=3,
                end=11,
                low=40,
                high=40,
                qualifier=Qualifier.APPROXIMATE,
            ),
            id="hedge",
        ),
        pytest.param(
            Mention(text="40 or more", start=0, end=10, values=(40,), tail="or more"),
            Figure(
                text="40 or more",
                start=0,
                end=10,
                low=40,
                high=None,
                qualifier=Qualifier.AT_LEAST,
            ),
            id="tail",
        ),
        pytest.param(
            Mention(text="40-50", start=0, end=5, values=(40, 50)),
            Figure(
                text="40-50",
                start=0,
                end=5,
                low=40,
                high=50,
                qualifier=Qualifier.RANGE,
            ),
            id="range",
        ),
        pytest.param(
            Mention(
                text="scores", start=0, end=6, vague="scores", vague_bounds=(40, 199)
            ),
            Figure(
                text="scores",
                start=0,
                end=6,
                low=40,
                high=199,
                qualifier=Qualifier.VAGUE,
            ),
            id="vague",
        ),
        pytest.param(
            Mention(text="under 9", start=0, end=7, hedge="under", values=(9,)),
            Figure(
                text="under 9",
                start=0,
                end=7,
                low=None,
                high=9,
                qualifier=Qualifier.LESS_THAN,
            ),
            id="upper-bound",
        ),
    ],
)
def test_read_figure(mention: Mention, expected: Figure) -> None:
    """A mention's hedge, tail, range or vague phrase decide the figure's bounds."""
    assert expected == read_figure(mention)


# ---------------------------------------------------------------------- property
NUMBERISH = st.sampled_from(
    [
        "about", "more than", "between", "and", "to", "-", "–", "from", "rose",
        "1,500", "2000", "12 000", "1.5", "4.1", "10k", "million", "thousand",
        "thousands", "tens of", "hundreds", "a", "dozen", "two", "twenty-five",
        "May", "9", ",", ".", "up to", "at least", "or more", "fewer than", "$",
        "%", "year-old", "aged", "Article", "No.", "07:19", "2024-01-09", "+",
        "troops", "soldiers", "\n", "and a half",
    ]
)  # fmt: skip
TEXTS = st.one_of(
    st.text(),
    st.lists(NUMBERISH, max_size=30).map(" ".join),
    st.lists(NUMBERISH, max_size=30).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parse_figures_never_raises(text: str) -> None:
    """Any text gives a list of figures, never an exception."""
    assert isinstance(parse_figures(text), list)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_figure_text_is_its_span(text: str) -> None:
    """Every figure's text is the slice of the input its offsets name."""
    figures = parse_figures(text)
    assert [f.text for f in figures] == [text[f.start : f.end] for f in figures]


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_low_not_above_high(text: str) -> None:
    """When both bounds are set, low is not above high."""
    figures = parse_figures(text)
    bad = [f for f in figures if None not in (f.low, f.high) and f.low > f.high]
    assert [] == bad


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_figures_in_order_without_overlap(text: str) -> None:
    """Figures are non-empty, in text order and never overlap."""
    figures = parse_figures(text)
    bad = [(a.text, b.text) for a, b in pairwise(figures) if b.start < a.end]
    assert ([], True) == (bad, all(f.start < f.end for f in figures))
