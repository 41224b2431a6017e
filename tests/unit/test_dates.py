"""Tests of ``reconcile.dates``: time expressions resolved against a published date."""

import datetime as dt

import pytest

from reconcile.dates import TimeRef, find_times, period_bounds
from reconcile.lexicon import default_lexicon
from reconcile.text import tokenize

APRIL = dt.date(2025, 4, 16)  # a Wednesday
JANUARY = dt.date(2025, 1, 10)  # a Friday
MONDAY = dt.date(2025, 4, 14)
JULY = dt.date(2025, 7, 1)


def _times(text: str, published: dt.date | None) -> list[TimeRef]:
    return find_times(tokenize(text), published, default_lexicon())


def _values(text: str, published: dt.date | None) -> list[str | None]:
    """Return the as-of values of the time expressions in ``text``."""
    return [t.value for t in _times(text, published)]


def _words(text: str) -> list[str]:
    """Return the words each time expression in ``text`` covers."""
    tokens = tokenize(text)
    found = find_times(tokens, APRIL, default_lexicon())
    return [" ".join(t.text for t in tokens[r.start : r.end]) for r in found]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        pytest.param("The unit left last year.", APRIL, ["2024"], id="last-year"),
        pytest.param("The unit left last month.", APRIL, ["2025-03"], id="last-month"),
        pytest.param(
            "The unit left last month.",
            JANUARY,
            ["2024-12"],
            id="last-month-in-january",
        ),
        pytest.param(
            "The unit left earlier this year.",
            APRIL,
            ["2025-01/2025-04"],
            id="earlier-this-year",
        ),
        pytest.param(
            "The unit left last fall.", APRIL, ["2024-09/2024-11"], id="last-fall"
        ),
        pytest.param(
            "The unit left in December.", APRIL, ["2024-12"], id="in-december"
        ),
        pytest.param(
            "The unit left in April.", APRIL, ["2025-04"], id="in-published-month"
        ),
        pytest.param(
            "They expect 900 more by December.",
            APRIL,
            ["2025-12"],
            id="by-december",
        ),
        pytest.param(
            "They expect 900 more by December.",
            JANUARY,
            ["2025-12"],
            id="by-december-in-january",
        ),
        pytest.param("The unit left on Monday.", APRIL, ["2025-04-14"], id="on-monday"),
        pytest.param(
            "The unit left on Monday.",
            MONDAY,
            ["2025-04-14"],
            id="on-monday-published-monday",
        ),
        pytest.param(
            "The ministry said Tuesday the unit left.",
            APRIL,
            ["2025-04-15"],
            id="said-tuesday",
        ),
        pytest.param(
            "The ministry said Thursday the unit left.",
            APRIL,
            ["2025-04-10"],
            id="said-thursday-goes-back-a-week",
        ),
        pytest.param(
            "The unit left between January and March.",
            APRIL,
            ["2025-01/2025-03"],
            id="between-january-and-march",
        ),
        pytest.param(
            "The unit left between January and April.",
            APRIL,
            ["2025-01/2025-04"],
            id="between-january-and-april",
        ),
        pytest.param(
            "The unit left between November and February.",
            APRIL,
            ["2024-11/2025-02"],
            id="between-months-over-new-year",
        ),
        pytest.param(
            "The unit left in January and February this year.",
            APRIL,
            ["2025-01/2025-02"],
            id="two-months-this-year",
        ),
        pytest.param("The unit left on June 15.", JULY, ["2025-06-15"], id="month-day"),
        pytest.param(
            "The unit left on October 2, 2024.",
            APRIL,
            ["2024-10-02"],
            id="full-date",
        ),
        pytest.param(
            "The unit left on 9 May 2024.", APRIL, ["2024-05-09"], id="day-month-year"
        ),
        pytest.param(
            "The unit left in August 2024.", APRIL, ["2024-08"], id="month-year"
        ),
        pytest.param(
            "The unit left in late-September 2022.",
            APRIL,
            ["2022-09-21/2022-09-30"],
            id="late-month-year",
        ),
        pytest.param(
            "The unit left three weeks ago.",
            APRIL,
            ["2025-03-26"],
            id="three-weeks-ago",
        ),
        pytest.param(
            "Ten died during the past 60 days.",
            APRIL,
            ["2025-02-15/2025-04-16"],
            id="past-60-days",
        ),
        pytest.param(
            "Ten died in the past 24 hours.",
            APRIL,
            ["2025-04-15/2025-04-16"],
            id="past-24-hours",
        ),
        pytest.param(
            "Ten died over the last 72 hours.",
            APRIL,
            ["2025-04-13/2025-04-16"],
            id="last-72-hours",
        ),
        pytest.param("Ten died 30 hours ago.", APRIL, ["2025-04-15"], id="hours-ago"),
        # "the past week" runs up to the report; "last week" is the calendar week
        pytest.param(
            "Ten died in the past week.",
            APRIL,
            ["2025-04-09/2025-04-16"],
            id="the-past-week",
        ),
        pytest.param(
            "Ten died over the last month.",
            APRIL,
            ["2025-03-17/2025-04-16"],
            id="the-last-month",
        ),
        pytest.param(
            "Ten died over the past day.",
            APRIL,
            ["2025-04-15/2025-04-16"],
            id="the-past-day",
        ),
        pytest.param(
            "Ten died last week.", APRIL, ["2025-04-07/2025-04-13"], id="last-week"
        ),
        pytest.param(
            "The unit left in 2024 and came back last month.",
            APRIL,
            ["2024", "2025-03"],
            id="two-expressions-in-order",
        ),
        pytest.param(
            "About 2,000 had been killed by March.",
            APRIL,
            ["2025-03"],
            id="by-march-in-the-past",
        ),
        pytest.param(
            "They had sent 900 more by December.",
            APRIL,
            ["2024-12"],
            id="by-december-in-the-past",
        ),
        pytest.param(
            "Ten were killed by the end of March.",
            APRIL,
            ["2025-03"],
            id="end-of-march",
        ),
        pytest.param(
            "Ten were killed in May and the end of May.",
            JULY,
            ["2025-05", "2025-05"],
            id="end-of-may",
        ),
        pytest.param("Troops may leave soon.", APRIL, [], id="may-the-verb"),
        pytest.param("The March of the veterans.", APRIL, [], id="march-the-noun"),
        pytest.param("No time is named here.", APRIL, [], id="no-time"),
    ],
)
def test_resolves_as_of(
    text: str, published: dt.date, expected: list[str | None]
) -> None:
    """Each time expression resolves to an ISO date, month, year or period."""
    assert expected == _values(text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The unit left last year.", [None], id="last-year"),
        pytest.param("The unit left last fall.", [None], id="last-fall"),
        pytest.param("The unit left in December.", [None], id="in-december"),
        pytest.param("The unit left on Monday.", [None], id="on-monday"),
        pytest.param("The unit left three weeks ago.", [None], id="weeks-ago"),
        pytest.param("Ten died during the past 60 days.", [None], id="past-days"),
        pytest.param(
            "The unit left on October 2, 2024.", ["2024-10-02"], id="full-date"
        ),
        pytest.param("The unit left in August 2024.", ["2024-08"], id="month-year"),
    ],
)
def test_without_published_date(text: str, expected: list[str | None]) -> None:
    """Without a document date relative times stay unknown, absolute ones resolve."""
    assert expected == _values(text, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ten have died since October.", [True], id="since-october"),
        pytest.param("Ten died in October.", [False], id="in-october"),
        pytest.param("Ten died last month.", [False], id="last-month"),
        pytest.param(
            "Ten died in the raid that began on October 3.", [True], id="that-began"
        ),
        pytest.param(
            "Ten died in a push which was launched in May.", [True], id="was-launched"
        ),
        pytest.param("The raid began on October 3.", [False], id="no-relative"),
        # the hyphen of "mid-January" joins no two ends of a range
        pytest.param("Ten have died since mid-January.", [True], id="since-mid"),
        pytest.param("Ten died from January-March.", [False], id="range-hyphen"),
    ],
)
def test_is_since(text: str, expected: list[bool]) -> None:
    """Only a date after "since" or "that began" opens a period to the report."""
    assert expected == [t.is_since for t in _times(text, APRIL)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ten had died by March.", [True], id="by-march"),
        pytest.param("Ten died by the end of March.", [True], id="by-the-end-of"),
        pytest.param("Ten will arrive until around May 2026.", [True], id="until"),
        pytest.param("Ten died in March.", [False], id="in-march"),
        pytest.param("Ten have died since October.", [False], id="since"),
    ],
)
def test_is_until(text: str, expected: list[bool]) -> None:
    """An expression after "by" or "until" is a deadline: a total reached by then."""
    assert expected == [t.is_until for t in _times(text, APRIL)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Ten have died since October.", [False], id="since-october"),
        pytest.param(
            "Ten have died since the truce began in October.", [False], id="truce"
        ),
        pytest.param(
            "Ten have died since the war began in October.", [True], id="war-began"
        ),
        pytest.param(
            "Ten have died since the invasion in February 2022.", [True], id="invasion"
        ),
        pytest.param("Ten died in the war in 2022.", [False], id="no-since"),
        pytest.param(
            "Ten have died in the war that began in 2022.", [True], id="war-that-began"
        ),
        pytest.param(
            "Ten have died in the offensive that began in October.",
            [False],
            id="offensive-that-began",
        ),
        # a date a year or more before the report is the start of the war ...
        pytest.param("Ten have died since February 2022.", [True], id="old-date"),
        # ... unless the clause names a later event
        pytest.param(
            "Ten have died since the truce began in January 2023.",
            [False],
            id="old-truce",
        ),
    ],
)
def test_is_outset(text: str, expected: list[bool]) -> None:
    """A "since" clause naming the start of the war opens the whole war."""
    assert expected == [t.is_outset for t in _times(text, APRIL)]


def test_since_still_resolves_the_month() -> None:
    """After "since", the month resolves to the latest such month before the report."""
    assert ["2024-10"] == _values("Ten have died since October.", APRIL)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The unit left last fall.", ["last fall"], id="last-fall"),
        pytest.param(
            "It came on October 2, 2024, they said.",
            ["October 2 , 2024"],
            id="full-date",
        ),
        pytest.param(
            "The unit left three weeks ago.", ["three weeks ago"], id="weeks-ago"
        ),
        pytest.param(
            "The unit left in December this year.",
            ["December this year"],
            id="month-this-year",
        ),
        pytest.param(
            "The unit left in January and February this year.",
            ["January and February this year"],
            id="two-months-this-year",
        ),
    ],
)
def test_reference_covers_its_words(text: str, expected: list[str]) -> None:
    """A reference's token indices cover exactly the words of the expression."""
    assert expected == _words(text)


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        pytest.param(
            "2024-09/2024-11",
            (dt.date(2024, 9, 1), dt.date(2024, 11, 30)),
            id="month-period",
        ),
        pytest.param("2024", (dt.date(2024, 1, 1), dt.date(2024, 12, 31)), id="year"),
        pytest.param(
            "2024-02", (dt.date(2024, 2, 1), dt.date(2024, 2, 29)), id="leap-february"
        ),
        pytest.param(
            "2025-02", (dt.date(2025, 2, 1), dt.date(2025, 2, 28)), id="february"
        ),
        pytest.param(
            "2025-03-05", (dt.date(2025, 3, 5), dt.date(2025, 3, 5)), id="day"
        ),
        pytest.param(
            "2024-12-20/2025-01-03",
            (dt.date(2024, 12, 20), dt.date(2025, 1, 3)),
            id="day-period",
        ),
        pytest.param(
            "2023/2024", (dt.date(2023, 1, 1), dt.date(2024, 12, 31)), id="years"
        ),
    ],
)
def test_period_bounds(as_of: str, expected: tuple[dt.date, dt.date]) -> None:
    """An as-of string covers from its first to its last day, inclusive."""
    assert expected == period_bounds(as_of)
