"""Read a number phrase's bounds: `Mention` -> `Figure`.

The words decide the bounds the text states, inclusive, ``None`` for unbounded:

=========================  =======  =======  ============
phrase                     low      high     qualifier
=========================  =======  =======  ============
"12,000"                   12000    12000    exact
"about 2,000"              2000     2000     approximate
"more than 10,000"         10000    None     more_than
"at least 100"             100      None     at_least
"up to 500"                None     500      at_most
"fewer than 50"            None     50       less_than
"between 10,000 and 12,000" 10000   12000    range
"thousands"                1000     9999     vague
=========================  =======  =======  ============

How wide "about" is belongs to the reconciler's hedge policy, not to the figure.
"""

from __future__ import annotations

from reconcile.lexicon import Lexicon, default_lexicon
from reconcile.mentions import find_mentions
from reconcile.model import Figure, Mention, Qualifier

__all__ = ["parse_figures", "read_figure"]


def read_figure(mention: Mention, lexicon: Lexicon | None = None) -> Figure:
    """Return the figure a mention states: its bounds and qualifier.

    Args:
        mention: a mention from `find_mentions`.
        lexicon: the vocabulary (hedge and tail words); default when omitted.

    Returns:
        The figure, with the mention's text and offsets.

    >>> m = find_mentions("more than 10,000 soldiers")[0]
    >>> f = read_figure(m)
    >>> (f.low, f.high, str(f.qualifier))
    (10000, None, 'more_than')
    """
    am = (lexicon or default_lexicon()).amounts
    low: int | None
    high: int | None
    if mention.vague_bounds is not None:
        low, high = mention.vague_bounds
        qualifier = Qualifier.VAGUE
    elif len(mention.values) >= 2:
        low, high = mention.values[0], mention.values[1]
        qualifier = Qualifier.RANGE
    else:
        value = mention.values[0]
        qualifier = Qualifier.EXACT
        if mention.hedge is not None:
            qualifier = am.hedges.get(tuple(mention.hedge.split()), Qualifier.EXACT)
        if mention.tail is not None and qualifier in (
            Qualifier.EXACT,
            Qualifier.APPROXIMATE,
        ):
            qualifier = am.tails.get(tuple(mention.tail.split()), qualifier)
        low, high = _bounds(value, qualifier)
    return Figure(
        text=mention.text,
        start=mention.start,
        end=mention.end,
        low=low,
        high=high,
        qualifier=qualifier,
    )


def _bounds(value: int, qualifier: Qualifier) -> tuple[int | None, int | None]:
    if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return value, None
    if qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        return None, value
    return value, value


def parse_figures(text: str, lexicon: Lexicon | None = None) -> list[Figure]:
    """Return every number phrase in ``text`` that can count things.

    Years, dates, times, ages, ordinals, percentages, money, measurements and
    labels ("Article 4") are left out. Odd text yields fewer figures, never an
    error.

    Args:
        text: any text.
        lexicon: the vocabulary; `default_lexicon` when omitted.

    Returns:
        Figures in text order, each with ``text``, ``start``, ``end``, ``low``,
        ``high`` and ``qualifier``.

    >>> [(f.text, f.low, f.high) for f in parse_figures(
    ...     "Between 10,000 and 12,000 troops arrived in 2024, dozens on May 9.")]
    [('Between 10,000 and 12,000', 10000, 12000), ('dozens', 24, 99)]
    """
    lex = lexicon or default_lexicon()
    return [read_figure(m, lex) for m in find_mentions(text, lex)]
