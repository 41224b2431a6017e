"""Hypothesis strategies for reconcile's types (the ``reconcile[testing]`` extra).

Like ``hypothesis.extra.pandas`` does for pandas, these let users test the
reconciler, and their own lexicon or policy, with generated data::

    from hypothesis import given
    from reconcile.strategies import consistent_claim_sets

    @given(consistent_claim_sets())
    def test_honest_claims_never_conflict(drawn):
        result = reconcile.reconcile(drawn.claims)
        assert not result.attention()

Strategy names are plural nouns; their arguments are keyword-only and, where a
value may vary, are strategies themselves. After ``pip install reconcile[testing]``
hypothesis knows the types: ``st.from_type(Claim)`` draws claims.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

import attrs
from hypothesis import strategies as st

from reconcile.lexicon import Lexicon, default_lexicon
from reconcile.model import (
    Claim,
    Document,
    Figure,
    Measure,
    Qualifier,
    Source,
    claim_id,
)
from reconcile.policy import HedgePolicy

__all__ = [
    "ConsistentClaims",
    "GeneratedText",
    "Truth",
    "as_of_values",
    "claim_sets",
    "claims",
    "consistent_claim_sets",
    "documents",
    "figures",
    "sentences",
]

_PARTS = ("killed", "wounded", "captured", "missing")
_SIDES = ("Ruritania", "Borduria", "Syldavia", "Ukraine", "Russia", "North Korea")
_FIRST = dt.date(2022, 1, 1)
_LAST = dt.date(2026, 12, 31)


# --------------------------------------------------------------------- figures


def _bounds_for(
    qualifier: Qualifier, value: int, other: int
) -> tuple[int | None, int | None]:
    if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return value, None
    if qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        return None, value
    if qualifier in (Qualifier.RANGE, Qualifier.VAGUE):
        return min(value, other), max(value, other)
    return value, value


_WORDS = {
    Qualifier.APPROXIMATE: "about",
    Qualifier.AT_LEAST: "at least",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_MOST: "up to",
    Qualifier.LESS_THAN: "fewer than",
}


def _figure_text(qualifier: Qualifier, low: int | None, high: int | None) -> str:
    if qualifier is Qualifier.RANGE:
        return f"between {low:,} and {high:,}"
    if qualifier is Qualifier.VAGUE:
        return f"{low:,} to {high:,}"
    value = low if low is not None else high
    hedge = _WORDS.get(qualifier)
    return f"{hedge} {value:,}" if hedge else f"{value:,}"


@st.composite
def figures(
    draw: st.DrawFn,
    *,
    qualifiers: st.SearchStrategy[Qualifier] = st.sampled_from(Qualifier),
    values: st.SearchStrategy[int] = st.integers(1, 1_000_000),
) -> Figure:
    """Figures with bounds that match their qualifier and a text that says them.

    >>> from hypothesis import find
    >>> find(figures(), lambda f: f.low is not None).qualifier in set(Qualifier)
    True
    """
    qualifier = draw(qualifiers)
    if qualifier is Qualifier.VAGUE:  # a vague phrase of the lexicon: "thousands"
        table = default_lexicon().section("amounts", "vague")
        phrase = draw(st.sampled_from(sorted(table)))
        low, high = table[phrase]
        return Figure(
            text=phrase,
            start=0,
            end=len(phrase),
            low=low,
            high=high,
            qualifier=qualifier,
        )
    value = draw(values)
    other = (
        draw(st.integers(value, value * 3))
        if qualifier in (Qualifier.RANGE, Qualifier.VAGUE)
        else value
    )
    low, high = _bounds_for(qualifier, value, other)
    text = _figure_text(qualifier, low, high)
    return Figure(
        text=text, start=0, end=len(text), low=low, high=high, qualifier=qualifier
    )


# ---------------------------------------------------------------------- claims


def _dates(
    first: dt.date = _FIRST, last: dt.date = _LAST
) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=first, max_value=last)


@st.composite
def as_of_values(
    draw: st.DrawFn,
    *,
    dates: st.SearchStrategy[dt.date] | None = None,
    undated: bool = True,
) -> str | None:
    """As-of strings: a day, a month, a year, a period, or ``None``."""
    kinds = ["day", "month", "year", "period"] + (["none"] if undated else [])
    kind = draw(st.sampled_from(kinds))
    if kind == "none":
        return None
    day = draw(dates if dates is not None else _dates())
    if kind == "day":
        return day.isoformat()
    if kind == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if kind == "year":
        return f"{day.year:04d}"
    end = draw(dates if dates is not None else _dates(day, _LAST))
    first, last = sorted((day, end))
    return (
        f"{first.isoformat()}/{last.isoformat()}"
        if first != last
        else first.isoformat()
    )


def _make_claim(
    *,
    measure: str,
    figure: Figure,
    subject: str | None,
    claimant: str | None,
    as_of: str | None,
    doc: str,
    serial: int,
    unit: str = "person",
    publisher: str | None = None,
) -> Claim:
    quote = f"{figure.text} {measure}"
    return Claim(
        id=claim_id(doc, serial, serial + len(quote), f"{measure}:{figure.text}"),
        doc=doc,
        span=(0, len(quote)),
        quote=quote,
        figure=figure.text,
        measure=measure,
        low=figure.low,
        high=figure.high,
        qualifier=figure.qualifier,
        unit=unit,
        increment=measure == Measure.REINFORCEMENT,
        subject=subject,
        claimant=claimant,
        claimant_text=claimant,
        as_of=as_of,
        source=Source(publisher=publisher),
    )


@st.composite
def claims(
    draw: st.DrawFn,
    *,
    measures: st.SearchStrategy[str] = st.sampled_from([m.value for m in Measure]),
    figures: st.SearchStrategy[Figure] = figures(),
    subjects: st.SearchStrategy[str | None] = st.sampled_from(_SIDES),
    claimants: st.SearchStrategy[str | None] = st.none() | st.sampled_from(_SIDES),
    as_ofs: st.SearchStrategy[str | None] = as_of_values(),
    docs: st.SearchStrategy[str] = st.sampled_from(
        ["doc-a", "doc-b", "doc-c", "doc-d"]
    ),
) -> Claim:
    """Valid claims: any measure, figure, subject, claimant and as-of.

    >>> from hypothesis import find
    >>> isinstance(find(claims(), lambda c: True), Claim)
    True
    """
    return _make_claim(
        measure=draw(measures),
        figure=draw(figures),
        subject=draw(subjects),
        claimant=draw(claimants),
        as_of=draw(as_ofs),
        doc=draw(docs),
        serial=draw(st.integers(0, 10**9)),
    )


def claim_sets(
    *,
    elements: st.SearchStrategy[Claim] | None = None,
    min_size: int = 0,
    max_size: int = 20,
) -> st.SearchStrategy[list[Claim]]:
    """Lists of claims with distinct ids."""
    return st.lists(
        elements if elements is not None else claims(),
        min_size=min_size,
        max_size=max_size,
        unique_by=lambda c: c.id,
    )


# ------------------------------------------------------------- hidden truth


@attrs.frozen
class Truth:
    """The hidden true counts behind a consistent claim set.

    ``series[measure]`` lists ``(date, count)`` in time order; a count holds from
    its date until the next one. Before the first date cumulative counts are 0.
    """

    series: Mapping[str, tuple[tuple[dt.date, int], ...]]

    def on(self, measure: str, day: dt.date) -> int:
        """The true count of ``measure`` on ``day``."""
        value = 0
        for date, count in self.series[measure]:
            if date > day:
                break
            value = count
        return value

    def at(self, measure: str, as_of: str) -> int:
        """The true count at an as-of: the count at the end of its period."""
        from reconcile.dates import period_bounds

        return self.on(measure, period_bounds(as_of)[1])


@attrs.frozen
class ConsistentClaims:
    """Claims drawn honestly around a hidden truth, and the truth itself."""

    claims: tuple[Claim, ...]
    truth: Truth
    subject: str


def _honest(
    draw: st.DrawFn, value: int, policy: HedgePolicy, vague: Sequence[tuple[int, int]]
) -> Figure:
    """A figure whose soft (honest) reading contains ``value``."""
    qualifier = draw(st.sampled_from(list(Qualifier)))
    low: int | None
    high: int | None
    if qualifier is Qualifier.APPROXIMATE:
        digits = max(1, len(str(value)) - 2)
        stated = max(1, round(value, -digits + 1) if value >= 100 else value)
        low = high = int(stated)
    elif qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        floor = min(value, int(value / max(policy.lower_bound_soft, 1.0)) + 1)
        low, high = draw(st.integers(floor, value)), None
    elif qualifier in (Qualifier.AT_MOST, Qualifier.LESS_THAN):
        ceiling = (
            int(value / policy.upper_bound_soft) if policy.upper_bound_soft else value
        )
        low, high = None, draw(st.integers(value, max(value, ceiling)))
    elif qualifier is Qualifier.RANGE:
        low = draw(st.integers(max(0, value // 2), value))
        high = draw(st.integers(value, value * 2 + 1))
    elif qualifier is Qualifier.VAGUE:
        fitting = [b for b in vague if b[0] <= value <= b[1]]
        if not fitting:
            qualifier, low, high = Qualifier.EXACT, value, value
        else:
            low, high = draw(st.sampled_from(fitting))
    else:
        low = high = value
    figure = Figure(text="", start=0, end=0, low=low, high=high, qualifier=qualifier)
    probe = Claim.from_dict(
        {"measure": "killed", "low": low, "high": high, "qualifier": str(qualifier)}
    )
    soft = policy.soft(probe)
    if not soft[0] <= value <= soft[1]:
        figure = attrs.evolve(figure, low=value, high=value, qualifier=Qualifier.EXACT)
    text = _figure_text(figure.qualifier, figure.low, figure.high)
    return attrs.evolve(figure, text=text, end=len(text))


@st.composite
def _truths(draw: st.DrawFn, measures: Sequence[str], days: Sequence[dt.date]) -> Truth:
    """A hidden truth: parts never fall, casualties hold their parts, levels move."""
    series: dict[str, list[tuple[dt.date, int]]] = {}
    parts = [m for m in _PARTS if m in measures or "casualties" in measures]
    running = dict.fromkeys(parts, 0)
    extra = 0
    level = draw(st.integers(0, 50_000))
    for day in days:
        for part in parts:
            running[part] += draw(st.integers(0, 5_000))
            series.setdefault(part, []).append((day, running[part]))
        extra += draw(st.integers(0, 2_000))
        series.setdefault("casualties", []).append((day, sum(running.values()) + extra))
        level = max(0, level + draw(st.integers(-10_000, 10_000)))
        series.setdefault("deployed", []).append((day, level))
    return Truth(series={k: tuple(v) for k, v in series.items()})


_CONSISTENT_MEASURES = (
    "killed",
    "wounded",
    "captured",
    "missing",
    "casualties",
    "deployed",
)


@st.composite
def consistent_claim_sets(
    draw: st.DrawFn,
    *,
    measures: st.SearchStrategy[str] = st.sampled_from(_CONSISTENT_MEASURES),
    claimants: st.SearchStrategy[str | None] = st.none() | st.sampled_from(_SIDES),
    max_claims: int = 12,
    policy: HedgePolicy | None = None,
    lexicon: Lexicon | None = None,
) -> ConsistentClaims:
    """Claims drawn around a hidden true series of counts over time.

    Every claim is honest under the hedge policy: its soft interval holds the true
    count at the end of its as-of period (undated claims: at some day). Parts
    (killed, wounded, captured, missing) never fall and never add up to more than
    casualties; deployed is a level that moves. Reinforcements are not drawn.
    The truth comes with the claims, so tests can check a consensus against it.
    """
    policy = policy or HedgePolicy()
    lex = lexicon or default_lexicon()
    vague = [tuple(v) for v in lex.section("amounts", "vague").values()]
    days = sorted(draw(st.sets(_dates(), min_size=1, max_size=5)))
    subject = draw(st.sampled_from(_SIDES))
    count = draw(st.integers(1, max_claims))
    chosen = [draw(measures) for _ in range(count)]
    truth = draw(_truths(sorted(set(chosen)), days))
    out = []
    for serial, measure in enumerate(chosen):
        day = draw(st.sampled_from(days))
        form = draw(st.sampled_from(["day", "month", "year", "none"]))
        as_of: str | None
        if form == "day":
            as_of = day.isoformat()
        elif form == "month":
            as_of = f"{day.year:04d}-{day.month:02d}"
        elif form == "year":
            as_of = f"{day.year:04d}"
        else:
            as_of = None
        value = truth.at(measure, as_of) if as_of else truth.on(measure, day)
        figure = _honest(draw, value, policy, vague)
        out.append(
            _make_claim(
                measure=measure,
                figure=figure,
                subject=subject,
                claimant=draw(claimants),
                as_of=as_of,
                doc=f"doc-{serial}",
                serial=serial,
            )
        )
    return ConsistentClaims(claims=tuple(out), truth=truth, subject=subject)


# ------------------------------------------------------------------ sentences


@attrs.frozen
class GeneratedText:
    """A generated news-like text and the claims it states.

    The claims carry what a reader would record: ``measure``, ``low``, ``high``,
    ``qualifier``, ``claimant``, ``subject`` (ids, spans and quotes are not
    meaningful).
    """

    text: str
    claims: tuple[Claim, ...]


_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = [
    "",
    "",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
]


def _words(n: int) -> str:
    """Spell a whole number below one million in English words."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return f"{_ONES[hundreds]} hundred" + (f" and {_words(rest)}" if rest else "")
    thousands, rest = divmod(n, 1000)
    return f"{_words(thousands)} thousand" + (f" {_words(rest)}" if rest else "")


@st.composite
def _numbers(draw: st.DrawFn, value: int) -> str:
    """One of the ways news writes ``value``."""
    forms = ["comma", "plain"]
    if value < 1_000_000:
        forms.append("words")
    if value >= 10_000 and value % 1000 == 0:
        forms += ["space", "thousand"]
    if value >= 1_000_000 and value % 100_000 == 0:
        forms.append("million")
    form = draw(st.sampled_from(forms))
    if form == "comma":
        return f"{value:,}"
    if form == "plain":
        return str(value) if not 1000 <= value <= 2100 else f"{value:,}"
    if form == "space":
        return f"{value:,}".replace(",", " ")
    if form == "thousand":
        return f"{value // 1000:,} thousand"
    if form == "million":
        return f"{value / 1_000_000:g} million"
    return _words(value)


# measure -> (verb phrase after the counted noun, qualifier-free)
_PASSIVES: Mapping[str, Sequence[str]] = {
    "killed": ["were killed", "have been killed", "died", "had been killed"],
    "wounded": ["were wounded", "have been injured", "were injured"],
    "casualties": ["were killed or wounded", "have been killed or wounded"],
    "captured": ["were captured", "have been taken prisoner", "were taken prisoner"],
    "missing": ["are missing", "went missing", "have been reported missing"],
    "deployed": ["were deployed", "are stationed there", "have been deployed"],
}
_NOUNS = ["soldiers", "troops", "fighters", "servicemen", "marines"]
_HEDGED: Mapping[Qualifier, Sequence[str]] = {
    Qualifier.APPROXIMATE: [
        "about",
        "around",
        "approximately",
        "roughly",
        "some",
        "an estimated",
        "nearly",
    ],
    Qualifier.MORE_THAN: ["more than", "over"],
    Qualifier.AT_LEAST: ["at least"],
    Qualifier.AT_MOST: ["up to", "as many as"],
    Qualifier.LESS_THAN: ["fewer than", "less than"],
}
_VAGUE = {
    "dozens": (24, 99),
    "hundreds": (100, 999),
    "several hundred": (200, 999),
    "thousands": (1000, 9999),
    "tens of thousands": (10_000, 99_999),
}


def _side_words(lex: Lexicon, name: str) -> tuple[list[str], list[str]]:
    entry = lex.section("actors", name)
    return list(entry.get("demonyms", ())), [name, *entry.get("aliases", ())]


@st.composite
def _stated_figure(draw: st.DrawFn) -> tuple[str, int | None, int | None, Qualifier]:
    kind = draw(st.sampled_from(["exact", "hedged", "range", "vague"]))
    if kind == "vague":
        phrase = draw(st.sampled_from(sorted(_VAGUE)))
        vague_low, vague_high = _VAGUE[phrase]
        return phrase, vague_low, vague_high, Qualifier.VAGUE
    value = draw(
        st.sampled_from(
            [
                2,
                3,
                7,
                12,
                40,
                95,
                300,
                640,
                1500,
                2000,
                4700,
                12_000,
                35_000,
                80_000,
                1_200_000,
            ]
        )
    )
    if kind == "range":
        upper = value + draw(st.sampled_from([1, 5, 100, 2000])) * (
            1 if value < 100 else 10
        )
        joiner = draw(st.sampled_from(["between {a} and {b}", "{a} to {b}"]))
        a = f"{value:,}" if value >= 1000 else str(value)
        b = f"{upper:,}" if upper >= 1000 else str(upper)
        return joiner.format(a=a, b=b), value, upper, Qualifier.RANGE
    number = draw(_numbers(value))
    if kind == "exact":
        return number, value, value, Qualifier.EXACT
    qualifier = draw(st.sampled_from(sorted(_HEDGED)))
    hedge = draw(st.sampled_from(_HEDGED[qualifier]))
    if hedge == "nearly" and number.split()[0] in _ONES[:3]:
        hedge = "about"
    low, high = _bounds_for(qualifier, value, value)
    return f"{hedge} {number}", low, high, qualifier


@st.composite
def sentences(
    draw: st.DrawFn,
    *,
    sides: st.SearchStrategy[str] = st.sampled_from(
        [
            "Russia",
            "Ukraine",
            "North Korea",
            "South Korea",
            "Israel",
            "Nigeria",
            "Sudan",
        ]
    ),
    claimants: st.SearchStrategy[str | None] = st.none()
    | st.sampled_from(
        [
            "United States",
            "United Kingdom",
            "South Korea",
            "Ukraine",
            "Russia",
            "France",
        ]
    ),
    measures: st.SearchStrategy[str] = st.sampled_from(sorted(_PASSIVES)),
    lexicon: Lexicon | None = None,
) -> GeneratedText:
    """News-like sentences with the claim they state.

    Digits with separators, number words, hedges, ranges and vague words; the
    claimant named before ("Seoul said ...", "according to ...") or after
    (", ... said."), or not at all (the outlet's own voice).

    >>> from hypothesis import find
    >>> generated = find(sentences(), lambda g: True)
    >>> len(generated.claims)
    1
    """
    lex = lexicon or default_lexicon()
    side = draw(sides)
    demonyms, _aliases = _side_words(lex, side)
    measure = draw(measures)
    figure, low, high, qualifier = draw(_stated_figure())
    noun = draw(st.sampled_from(_NOUNS))
    demonym = draw(st.sampled_from(demonyms)) if demonyms else side
    verb = draw(st.sampled_from(_PASSIVES[measure]))
    of = " of" if qualifier is Qualifier.VAGUE else ""
    core = f"{figure}{of} {demonym} {noun} {verb}"
    claimant = draw(claimants)
    if claimant == side:
        claimant = None
    if claimant is None:
        text = core[0].upper() + core[1:] + "."
    else:
        claimant_demonyms, claimant_aliases = _side_words(lex, claimant)
        form = draw(
            st.sampled_from(["said_that", "according", "said_after", "officials"])
        )
        name = draw(st.sampled_from(claimant_aliases))
        if form == "said_that":
            text = f"{name} said that {core}."
        elif form == "according":
            text = f"According to {name}, {core}."
        elif form == "said_after":
            text = core[0].upper() + core[1:] + f", {name} said."
        else:
            adjective = claimant_demonyms[0] if claimant_demonyms else name
            text = f"{adjective} officials said {core}."
    stated = Claim(
        id="stated",
        doc="generated",
        span=(0, len(text)),
        quote=text,
        figure=figure,
        measure=measure,
        low=low,
        high=high,
        qualifier=qualifier,
        subject=side,
        claimant=claimant,
    )
    return GeneratedText(text=text, claims=(stated,))


@st.composite
def documents(
    draw: st.DrawFn,
    *,
    texts: st.SearchStrategy[GeneratedText] = sentences(),
    published: st.SearchStrategy[dt.date | None] = st.none() | _dates(),
    max_sentences: int = 6,
) -> Document:
    """Documents of generated sentences, one paragraph each, with a date or none."""
    parts = draw(st.lists(texts, min_size=1, max_size=max_sentences))
    text = "\n\n".join(p.text for p in parts)
    ident = draw(st.from_regex(r"[a-z][a-z0-9_]{0,11}", fullmatch=True))
    return Document(
        id=ident,
        text=text,
        published=draw(published),
        publisher=draw(st.none() | st.sampled_from(["Example Wire", "Daily Test"])),
    )
