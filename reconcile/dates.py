"""Time expressions in a sentence, resolved against the document's date.

A small rule layer over the time words of the lexicon: absolute dates ("October
2, 2024", "June 15", "August 2024", "in 2024"), relative ones ("last year", "last
month", "earlier this year", "on Monday", "yesterday", "three weeks ago", "during
the past 60 days"), seasons ("last fall") and month names ("in December", "by
December"). Each is resolved to an as-of string of the claim JSON: an ISO date,
month or year, or a ``start/end`` period. A relative expression in a document
with no date resolves to ``None``: unknown stays unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Sequence

import attrs

from reconcile.lexicon import Lexicon
from reconcile.text import Token

__all__ = ["TimeRef", "find_times", "period_bounds"]


@attrs.frozen(kw_only=True)
class TimeRef:
    """A time expression found in text.

    Attributes:
        start: index of its first token in the token list searched.
        end: index just past its last token.
        value: the resolved as-of string, or ``None`` when it cannot be resolved.
        is_since: the expression starts a period that runs to the report ("since
            October"): a cumulative figure stated with it counts that period.
        is_outset: the "since" date is read as the start of the whole conflict,
            so a figure stated with it is the running total at the report, not
            the count of a later period: its clause names the war ("since the
            war began in 2022"), or it lies a year or more before the report
            and its clause names no later event ("since February 2022", but not
            "since the truce began in January 2024").
        is_until: the expression is a deadline ("by March", "by the end of
            March"): a figure stated with it is a total reached by then.
    """

    start: int
    end: int
    value: str | None
    is_since: bool = False
    is_outset: bool = False
    is_until: bool = False


def _month(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _period(a: str, b: str) -> str:
    return a if a == b else f"{a}/{b}"


@functools.lru_cache(maxsize=8192)
def period_bounds(as_of: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day an as-of string covers.

    >>> period_bounds("2024-09/2024-11")
    (datetime.date(2024, 9, 1), datetime.date(2024, 11, 30))
    >>> period_bounds("2025")
    (datetime.date(2025, 1, 1), datetime.date(2025, 12, 31))
    """
    first, _, last = as_of.partition("/")
    return _start_of(first), _end_of(last or first)


def _start_of(part: str) -> dt.date:
    bits = [int(b) for b in part.split("-")]
    return dt.date(
        bits[0], bits[1] if len(bits) > 1 else 1, bits[2] if len(bits) > 2 else 1
    )


def _end_of(part: str) -> dt.date:
    bits = [int(b) for b in part.split("-")]
    if len(bits) == 3:
        return dt.date(*bits)
    if len(bits) == 2:
        return dt.date(bits[0], bits[1], calendar.monthrange(bits[0], bits[1])[1])
    return dt.date(bits[0], 12, 31)


class _Words:
    """The time vocabulary of a lexicon, looked up by normalised token."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.months: dict[str, int] = {
            k.lower(): v for k, v in lexicon.section("time", "months").items()
        }
        self.weekdays: dict[str, int] = {
            k.lower(): v for k, v in lexicon.section("time", "weekdays").items()
        }
        self.seasons: dict[str, tuple[int, int]] = {
            k.lower(): (v[0], v[1])
            for k, v in lexicon.section("time", "seasons").items()
        }
        self.parts: dict[str, tuple[int, int]] = {
            k.lower(): (v[0], v[1]) for k, v in lexicon.section("time", "parts").items()
        }
        self.since = lexicon.words("time", "since", "words")
        self.outset = lexicon.words("time", "since", "outset")
        self.later = lexicon.words("time", "since", "later")
        self.starts = lexicon.words("time", "since", "starts")
        self.until = lexicon.words("time", "until", "words")
        self.future = lexicon.words("time", "until", "future")
        self.numbers = dict(lexicon.amounts.numbers)
        # words that can start a time expression; digits always can
        self.starters = frozenset(
            {*self.months, *self.weekdays, *self.parts, *self.numbers}
            | {
                "last",
                "this",
                "next",
                "past",
                "previous",
                "earlier",
                "later",
                "yesterday",
                "today",
                "tonight",
                "a",
                "an",
                "mid",
            }
        )


_TRAILING_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}  # "the past N"
_UNITS = {
    "hour": "hour",
    "hours": "hour",
    "day": "day",
    "days": "day",
    "week": "week",
    "weeks": "week",
    "month": "month",
    "months": "month",
    "year": "year",
    "years": "year",
}


def _since_clause(tokens: Sequence[Token], i: int) -> int:
    """The index of the "since" whose clause ends at ``i``, or -1.

    "since the war began in 2022": the date's clause opens with "since".
    """
    for k in range(i - 1, max(-1, i - _SINCE_CLAUSE), -1):
        word = tokens[k].lower
        if word == "since":
            return k
        if not word.isalpha():
            return -1  # a comma, a full stop, a number: another clause
    return -1


def _began(tokens: Sequence[Token], k: int, words: _Words) -> bool:
    """True for "that began", "which was launched" ending at token ``k``."""
    if k < 1 or tokens[k].lower not in words.starts:
        return False
    j = k - 1
    if tokens[j].lower in {"was", "were", "had", "has"} and j > 0:
        j -= 1
    return tokens[j].lower in {"that", "which"}


_SINCE_CLAUSE = 8  # words between "since" and the date of its clause
_WAR_AGE = 365  # days: a "since" date this old is read as the start of the war


def _outset(
    clause: Sequence[Token], value: str | None, published: dt.date | None, words: _Words
) -> bool:
    """True when a "since" date is the start of the whole conflict (`TimeRef`)."""
    names = {t.lower for t in clause}
    if names & words.outset:
        return True  # "since the war began in 2022"
    if names & words.later or value is None or published is None:
        return False  # "since the truce began in October"
    return (published - period_bounds(value)[0]).days >= _WAR_AGE


def find_times(
    tokens: Sequence[Token], published: dt.date | None, lexicon: Lexicon
) -> list[TimeRef]:
    """Return the time expressions among ``tokens``, resolved against ``published``.

    Args:
        tokens: the tokens of a sentence (`reconcile.text.tokenize`).
        published: the document's date, or ``None`` when unknown.
        lexicon: supplies month, weekday and season words.

    Returns:
        Time references in token order.

    >>> from reconcile.lexicon import default_lexicon
    >>> from reconcile.text import tokenize
    >>> toks = tokenize("They sent 3,000 troops last fall and 500 on April 15.")
    >>> [t.value for t in find_times(toks, dt.date(2025, 4, 28), default_lexicon())]
    ['2024-09/2024-11', '2025-04-15']
    """
    words = _cached_words(lexicon)
    out: list[TimeRef] = []
    i = 0
    n = len(tokens)
    starters = words.starters
    while i < n:
        tok = tokens[i]
        if tok.lower not in starters and not tok.text[:1].isdigit():
            i += 1
            continue
        found = _match_at(tokens, i, published, words)
        if found is None:
            i += 1
            continue
        end, value = found
        is_since = i > 0 and tokens[i - 1].lower in words.since
        clause: Sequence[Token] = ()
        if not is_since and i > 1 and tokens[i - 1].lower in {"in", "on"}:
            is_since = tokens[i - 2].lower in words.since
            if not is_since:
                k = _since_clause(tokens, i - 1)
                is_since = k >= 0
                clause = tokens[k + 1 : i - 1]
            if not is_since and _began(tokens, i - 2, words):
                # "in the operation that began on October 27"
                is_since = True
                clause = tokens[max(0, i - 6) : i - 1]
        if value is not None and "/" in value and _is_range(tokens, i, end):
            is_since = False  # "from January to March" is a period, not a start
        outset = is_since and _outset(clause, value, published, words)
        until = _after_until(tokens, i, words)
        future = any(t.lower in words.future for t in tokens[:i])
        if until and future and value is not None and published is not None:
            value = _forward(tokens, i, end, published, words) or value
        out.append(
            TimeRef(
                start=i,
                end=end,
                value=value,
                is_since=is_since,
                is_outset=outset,
                is_until=until,
            )
        )
        i = end
    return out


_RANGE_WORDS = frozenset({"to", "through", "and", "-", "–", "until", "till"})


def _is_range(tokens: Sequence[Token], i: int, end: int) -> bool:
    """True when tokens ``i:end`` give both ends: "January to March".

    "Late January" and "last fall" are periods too, but one "since" starts at, and
    so is "mid-January" (its hyphen joins no two ends).
    """
    return any(
        t.lower in _RANGE_WORDS
        and not (t.lower == "-" and tokens[k - 1].lower in _PARTS)
        for k, t in enumerate(tokens[i:end], start=i)
    )


_PARTS = frozenset({"early", "mid", "late"})  # of a month or year: "mid-January"


# words between "by" and its date: "by the end of March", "by around May 2025"
_UNTIL_FILLER = frozenset(
    [
        "the",
        "end",
        "close",
        "middle",
        "start",
        "beginning",
        "of",
        "around",
        "about",
        "early",
        "late",
        "mid",
        "-",
    ]
)


def _after_until(tokens: Sequence[Token], i: int, words: _Words) -> bool:
    """True when the time expression at ``i`` follows "by", "until" and the like."""
    j = i - 1
    while j >= 0 and i - j <= 5 and tokens[j].lower in _UNTIL_FILLER:
        j -= 1
    return j >= 0 and tokens[j].lower in words.until


_WORDS_CACHE: dict[int, tuple[Lexicon, _Words]] = {}


def _cached_words(lexicon: Lexicon) -> _Words:
    hit = _WORDS_CACHE.get(id(lexicon))
    if hit is not None and hit[0] is lexicon:
        return hit[1]
    words = _Words(lexicon)
    _WORDS_CACHE[id(lexicon)] = (lexicon, words)
    return words


def _year_at(tokens: Sequence[Token], i: int) -> int | None:
    glued = (
        i + 1 < len(tokens)
        and tokens[i + 1].start == tokens[i].end
        and tokens[i + 1].text.isalpha()
    )
    if (
        i < len(tokens)
        and tokens[i].text.isdigit()
        and len(tokens[i].text) == 4
        and not glued
    ):
        year = int(tokens[i].text)
        if 1900 <= year <= 2100:
            return year
    return None


def _day_at(tokens: Sequence[Token], i: int) -> int | None:
    if i < len(tokens) and tokens[i].text.isdigit() and len(tokens[i].text) <= 2:
        day = int(tokens[i].text)
        if 1 <= day <= 31:
            return day
    return None


# words before "May" or "March" that make it the month, not the verb or the noun
_MONTH_CUES = frozenset(
    [
        "and",
        "to",
        "through",
        "till",
        "between",
        "in",
        "since",
        "of",
        "by",
        "until",
        "early",
        "late",
        "mid",
        "-",
        "last",
        "next",
        "from",
        "before",
        "after",
        "during",
        "this",
        "that",
        "end",
        "start",
        "beginning",
    ]
)


def _is_month(tokens: Sequence[Token], i: int, words: _Words) -> bool:
    if i >= len(tokens) or tokens[i].lower not in words.months:
        return False
    tok = tokens[i]
    if not tok.text[:1].isupper():
        return False
    if tok.lower in {"may", "march"} and i + 1 < len(tokens):
        # "May" and "March" are also verbs and nouns: only with a day, year or "in"
        nxt = tokens[i + 1]
        prev = tokens[i - 1].lower if i else ""
        return nxt.text.isdigit() or prev.isdigit() or prev in _MONTH_CUES
    return True


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _recent_month(published: dt.date, month: int) -> tuple[int, int]:
    """The latest occurrence of ``month`` not after ``published``."""
    year = published.year if month <= published.month else published.year - 1
    return year, month


def _match_at(
    tokens: Sequence[Token], i: int, published: dt.date | None, words: _Words
) -> tuple[int, str | None] | None:
    tok = tokens[i]
    low = tok.lower
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    # part of a month or year: "early March", "late-September 2022", "mid-2024"
    part = words.parts.get(low)
    if part is not None:
        j = i + 1 + (nxt == "-")
        if _is_month(tokens, j, words) or _year_at(tokens, j):
            found = _match_at(tokens, j, published, words)
            if found is not None:
                return found[0], _narrow(found[1], part)
    # Month [day][,] [year]
    if _is_month(tokens, i, words):
        month = words.months[low]
        j = i + 1
        if j < len(tokens) and tokens[j].text == "." and len(tok.text) <= 4:
            j += 1
        day = _day_at(tokens, j)
        if day is not None:
            j += 1
            if j < len(tokens) and tokens[j].lower in {"st", "nd", "rd", "th"}:
                j += 1
            k = j + (j < len(tokens) and tokens[j].text == ",")
            year = _year_at(tokens, k)
            if year is not None:
                d = _safe_date(year, month, day)
                return k + 1, d.isoformat() if d else None
            if published is None:
                return j, None
            y, m = _recent_month(published, month)
            if (m, day) > (published.month, published.day) and m == published.month:
                y -= 1
            d = _safe_date(y, m, day)
            return j, d.isoformat() if d else None
        k = j + (j < len(tokens) and tokens[j].text == ",")
        year = _year_at(tokens, k)
        if year is not None:
            return k + 1, f"{year:04d}-{month:02d}"
        if low in {"may", "march"} and (
            i == 0 or tokens[i - 1].lower not in _MONTH_CUES
        ):
            return None
        # "in December" / "last December" / "December and February this year"
        prefix = tokens[i - 1].lower if i else ""
        if published is None:
            return j, None
        y, m = _recent_month(published, month)
        if prefix == "last" and (y, m) == (published.year, published.month):
            y -= 1
        if prefix == "next":
            y = published.year if month > published.month else published.year + 1
        this_year = _this_year_after(tokens, j)
        if this_year:
            y = published.year
        # "between January and March", "in January and February"
        if (
            j + 1 < len(tokens)
            and tokens[j].lower in {"and", "to", "-", "through", "until"}
            and _is_month(tokens, j + 1, words)
        ):
            m2 = words.months[tokens[j + 1].lower]
            y2 = y if m2 >= m else y + 1
            end = j + 2
            year2 = _year_at(tokens, end)
            if year2 is not None:
                y2, end = year2, end + 1
                y = y2 if m <= m2 else y2 - 1
            elif _this_year_after(tokens, end):
                end += 2
            return end, _period(f"{y:04d}-{m:02d}", f"{y2:04d}-{m2:02d}")
        return j + (2 if this_year else 0), f"{y:04d}-{m:02d}"
    # Day Month [Year]: "9 May 2025"
    day = _day_at(tokens, i)
    if (
        day is not None
        and _is_month(tokens, i + 1, words)
        and tokens[i + 1].text[:1].isupper()
    ):
        month = words.months[tokens[i + 1].lower]
        year = _year_at(tokens, i + 2)
        if year is not None:
            d = _safe_date(year, month, day)
            return i + 3, d.isoformat() if d else None
        if published is None:
            return i + 2, None
        y, m = _recent_month(published, month)
        d = _safe_date(y, m, day)
        return i + 2, d.isoformat() if d else None
    # a year: "in 2024", "since 2011"
    year = _year_at(tokens, i)
    if (
        year is not None
        and i > 0
        and tokens[i - 1].lower
        in {
            "in",
            "since",
            "during",
            "of",
            "by",
            "until",
            "from",
            "through",
            "throughout",
            "before",
            "after",
            "mid",
            "early",
            "late",
            "-",
        }
    ):
        return i + 1, f"{year:04d}"
    # weekdays: "on Monday", "said Tuesday"
    if low in words.weekdays and tok.text[:1].isupper():
        if published is None:
            return i + 1, None
        back = (published.weekday() - words.weekdays[low]) % 7
        return i + 1, (published - dt.timedelta(days=back)).isoformat()
    if low in {"yesterday", "today", "tonight"}:
        if published is None:
            return i + 1, None
        days = 1 if low == "yesterday" else 0
        return i + 1, (published - dt.timedelta(days=days)).isoformat()
    # last/this/next year|month|week|<season>; earlier this year|month
    if low in {"last", "this", "next", "past", "previous", "earlier", "later"}:
        return _relative(tokens, i, published, words)
    # "three weeks ago", "two years ago"
    amount = _amount_at(tokens, i, words)
    if amount is not None and i + 2 < len(tokens):
        unit = _UNITS.get(tokens[i + 1].lower)
        if unit and tokens[i + 2].lower == "ago":
            if published is None:
                return i + 3, None
            return i + 3, _ago(published, amount, unit)
    return None


def _this_year_after(tokens: Sequence[Token], j: int) -> bool:
    return (
        j + 1 < len(tokens)
        and tokens[j].lower in {"this", "last"}
        and tokens[j + 1].lower == "year"
        and tokens[j].lower == "this"
    )


def _amount_at(tokens: Sequence[Token], i: int, words: _Words) -> int | None:
    tok = tokens[i]
    if tok.text.isdigit():
        return int(tok.text)
    if tok.lower in {"a", "an"}:
        return 1
    return words.numbers.get(tok.lower)


def _ago(published: dt.date, amount: int, unit: str) -> str:
    if unit == "hour":
        return (published - dt.timedelta(days=amount // 24)).isoformat()
    if unit == "day":
        return (published - dt.timedelta(days=amount)).isoformat()
    if unit == "week":
        return (published - dt.timedelta(weeks=amount)).isoformat()
    if unit == "month":
        y, m = _shift_month(published.year, published.month, -amount)
        return f"{y:04d}-{m:02d}"
    return f"{published.year - amount:04d}"


def _relative(
    tokens: Sequence[Token], i: int, published: dt.date | None, words: _Words
) -> tuple[int, str | None] | None:
    low = tokens[i].lower
    j = i + 1
    if low == "earlier" or low == "later":
        if j < len(tokens) and tokens[j].lower == "this":
            j += 1
        else:
            return None
        low = "earlier this" if tokens[i].lower == "earlier" else "later this"
    if j >= len(tokens):
        return None
    what = tokens[j].lower
    # "the past 60 days", "the last two weeks", "the previous 24 hours"
    if low in {"last", "past", "previous"}:
        amount = _amount_at(tokens, j, words)
        if amount is not None and j + 1 < len(tokens) and tokens[j + 1].lower in _UNITS:
            unit = _UNITS[tokens[j + 1].lower]
            if published is None:
                return j + 2, None
            # "the past 24 hours": since yesterday
            days = -(-amount // 24) if unit == "hour" else _TRAILING_DAYS[unit] * amount
            return (
                j + 2,
                _period(
                    (published - dt.timedelta(days=days)).isoformat(),
                    published.isoformat(),
                ),
            )
    # "the past week", "over the last month": the days up to the report, where
    # "last week" is the calendar week before it
    after_the = i > 0 and tokens[i - 1].lower == "the"
    trailing = low == "past" or (low == "last" and after_the)
    if low == "previous":
        return None  # "the previous week": before some other time, not the report
    if trailing and what in _TRAILING_DAYS:
        if published is None:
            return j + 1, None
        start = published - dt.timedelta(days=_TRAILING_DAYS[what])
        return j + 1, _period(start.isoformat(), published.isoformat())
    if what not in {"year", "month", "week"} and what not in words.seasons:
        return None
    if published is None:
        return j + 1, None
    y, m = published.year, published.month
    if what == "year":
        if low in {"last", "past"}:
            return j + 1, f"{y - 1:04d}"
        if low == "next":
            return j + 1, f"{y + 1:04d}"
        if low == "earlier this":
            return j + 1, _period(f"{y:04d}-01", _month(published))
        return j + 1, f"{y:04d}"
    if what == "month":
        if low in {"last", "past"}:
            ly, lm = _shift_month(y, m, -1)
            return j + 1, f"{ly:04d}-{lm:02d}"
        if low == "next":
            ny, nm = _shift_month(y, m, 1)
            return j + 1, f"{ny:04d}-{nm:02d}"
        return j + 1, _month(published)
    if what == "week":
        if low in {"last", "past"}:
            start = published - dt.timedelta(days=published.weekday() + 7)
            return (
                j + 1,
                f"{start.isoformat()}/{(start + dt.timedelta(days=6)).isoformat()}",
            )
        start = published - dt.timedelta(days=published.weekday())
        return j + 1, f"{start.isoformat()}/{published.isoformat()}"
    first, last = words.seasons[what]
    return j + 1, _season(published, first, last, low)


def _season(published: dt.date, first: int, last: int, which: str) -> str:
    """Resolve "last fall", "this winter" against the published date."""

    def occurrence(end_year: int) -> tuple[tuple[int, int], tuple[int, int]]:
        start_year = end_year - 1 if first > last else end_year
        return (start_year, first), (end_year, last)

    end_year = published.year
    (sy, sm), (ey, em) = occurrence(end_year)
    now = (published.year, published.month)
    if which in {"last", "past"}:
        while (ey, em) >= now:
            end_year -= 1
            (sy, sm), (ey, em) = occurrence(end_year)
    elif which == "next":
        while (sy, sm) <= now:
            end_year += 1
            (sy, sm), (ey, em) = occurrence(end_year)
    elif (sy, sm) > now:
        end_year -= 1
        (sy, sm), (ey, em) = occurrence(end_year)
    return f"{sy:04d}-{sm:02d}/{ey:04d}-{em:02d}"


def _narrow(value: str | None, part: tuple[int, int]) -> str | None:
    """Narrow a month or year to its early/mid/late part."""
    if value is None or "/" in value:
        return value
    bits = value.split("-")
    if len(bits) == 2:
        y, m = int(bits[0]), int(bits[1])
        last_day = calendar.monthrange(y, m)[1]
        a, b = part[0], min(part[1], last_day)
        return f"{y:04d}-{m:02d}-{a:02d}/{y:04d}-{m:02d}-{b:02d}"
    if len(bits) == 1:
        y = int(bits[0])
        first = 1 + (part[0] - 1) * 12 // 31
        last = max(first, part[1] * 12 // 31)
        return f"{y:04d}-{first:02d}/{y:04d}-{last:02d}"
    return value


def _forward(
    tokens: Sequence[Token], i: int, end: int, published: dt.date, words: _Words
) -> str | None:
    """For "by December": the next December not before the published date."""
    if end - i != 1 or not _is_month(tokens, i, words):
        return None
    month = words.months[tokens[i].lower]
    year = published.year if month >= published.month else published.year + 1
    return f"{year:04d}-{month:02d}"
