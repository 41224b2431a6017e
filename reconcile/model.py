"""Frozen value types shared by every stage of the pipeline.

Values are keyword-only, validated on construction and never mutated; derive a
changed copy with `attrs.evolve`. Field names follow the claim JSON of the design
document exactly (``measure``, ``figure``, ``qualifier``, ``subject``, ``claimant``,
``as_of``, ``quote``, ``span``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import math
import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

import attrs

from reconcile.errors import ClaimError

__all__ = [
    "Claim",
    "ClaimGroup",
    "Consensus",
    "Document",
    "Figure",
    "Finding",
    "Measure",
    "Mention",
    "Qualifier",
    "Source",
    "Span",
    "Verdict",
    "claim_id",
]


class Qualifier(StrEnum):
    """How the words bound a figure ("about", "more than", "between ... and ...")."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    RANGE = "range"
    VAGUE = "vague"


class Measure(StrEnum):
    """The measures of the default lexicon.

    ``Claim.measure`` is a plain string because users can add measures in their
    own lexicon files; these are the built-in names.
    """

    DEPLOYED = "deployed"
    REINFORCEMENT = "reinforcement"
    KILLED = "killed"
    WOUNDED = "wounded"
    CASUALTIES = "casualties"
    CAPTURED = "captured"
    MISSING = "missing"


class Verdict(StrEnum):
    """What the reconciler concludes about claims that speak of the same thing.

    In order of attention: a ``conflict`` cannot be true with any reading of the
    words; a ``disagree`` fits only a stretched reading; the rest are consistent.
    """

    CONFLICT = "conflict"
    DISAGREE = "disagree"
    REVISION = "revision"
    ECHO = "echo"
    PART_WHOLE = "part_whole"
    PROGRESSION = "progression"
    AGREE = "agree"
    UNRELATED = "unrelated"


_AS_OF = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$")


def _check_bounds(instance: Any, attribute: Any, value: int | None) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{attribute.name} must not be negative, got {value}")


def _check_order(low: int | None, high: int | None) -> None:
    if low is not None and high is not None and low > high:
        raise ValueError(f"low {low} is above high {high}")


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of a document's text: ``text[start:end]`` of document ``doc``."""

    doc: str
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field(validator=attrs.validators.ge(0))

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")


@attrs.frozen(kw_only=True)
class Mention:
    """A number phrase found in text, with the values its words spell.

    Attributes:
        text: the phrase as written, for example ``"between 10,000 and 12,000"``.
        start: offset of the phrase in the text.
        end: offset just past the phrase.
        hedge: the hedge before the number ("about", "more than"), normalised.
        values: the number or the two ends of a range, as spelled.
        vague: the vague amount phrase ("tens of thousands"), normalised.
        vague_bounds: the bounds the lexicon gives the vague phrase.
        tail: the words after the number that qualify it ("or more").
    """

    text: str
    start: int
    end: int
    hedge: str | None = None
    values: tuple[int, ...] = ()
    vague: str | None = None
    vague_bounds: tuple[int, int] | None = None
    tail: str | None = None


@attrs.frozen(kw_only=True)
class Figure:
    """A number phrase that can count things, with the bounds its words state.

    ``low``/``high`` are inclusive and ``None`` when unbounded: "more than 10,000"
    is ``low=10000, high=None`` with qualifier ``more_than`` (the contract keeps the
    stated number as the bound; the qualifier says it is exclusive).

    >>> Figure(text="about 2,000", start=0, end=11, low=2000, high=2000,
    ...        qualifier=Qualifier.APPROXIMATE).qualifier
    <Qualifier.APPROXIMATE: 'approximate'>
    """

    text: str
    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field(validator=attrs.validators.ge(0))
    low: int | None = attrs.field(validator=_check_bounds)
    high: int | None = attrs.field(validator=_check_bounds)
    qualifier: Qualifier = attrs.field(
        converter=Qualifier, validator=attrs.validators.instance_of(Qualifier)
    )

    def __attrs_post_init__(self) -> None:
        _check_order(self.low, self.high)


def _as_published(value: Any) -> dt.date | None:
    """A publication date: a date, a datetime (its day) or an ISO string.

    >>> _as_published("2025-04-16"), _as_published("2025-04-16T09:30:00Z")
    (datetime.date(2025, 4, 16), datetime.date(2025, 4, 16))
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text[:10])
        except ValueError:
            pass
    raise ValueError(
        f"published must be a date or an ISO date (YYYY-MM-DD), got {value!r}"
    )


@attrs.frozen(kw_only=True)
class Document:
    """A text to extract claims from, with what is known about where it came from.

    Unknown metadata stays ``None``; it is never guessed. ``published`` may be
    given as a date, a datetime or an ISO string ("2025-04-16").
    """

    id: str
    text: str
    published: dt.date | None = attrs.field(default=None, converter=_as_published)
    publisher: str | None = None
    url: str | None = None
    agency: str | None = None
    path: str | None = None


@attrs.frozen(kw_only=True)
class Source:
    """Where a claim was published: the outlet, not the claimant.

    ``agency`` is the wire service of the byline ("By AFP"), when the text names
    one: two outlets running the same agency story are one origin.
    """

    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = attrs.field(default=None, converter=_as_published)
    agency: str | None = None


def claim_id(doc: str, start: int, end: int, measure: str) -> str:
    """Return a stable id for the claim at ``doc[start:end]`` with ``measure``.

    The same document text always yields the same ids, so runs can be compared.

    >>> claim_id("a", 0, 10, "killed") == claim_id("a", 0, 10, "killed")
    True
    """
    digest = hashlib.blake2b(
        f"{doc}\x00{start}\x00{end}\x00{measure}".encode(), digest_size=6
    ).hexdigest()
    return f"c{digest}"


def _check_as_of(instance: Any, attribute: Any, value: str | None) -> None:
    if value is not None and not _AS_OF.match(value):
        raise ValueError(
            f"as_of must be an ISO date, month, year or start/end period, got {value!r}"
        )


def _as_span(value: Any) -> tuple[int, int]:
    return int(value[0]), int(value[1])


def _check_span(instance: Any, attribute: Any, value: tuple[int, int]) -> None:
    if len(value) != 2 or value[0] < 0 or value[1] < value[0]:
        raise ValueError(f"span must be [start, end] with 0 <= start <= end: {value}")


@attrs.frozen(kw_only=True)
class Claim:
    """A figure bound to a measure, with who claims it, about whom, where and when.

    See the claim JSON in ``docs/claims.md``; `to_dict` and `from_dict` convert.
    """

    id: str
    doc: str
    span: tuple[int, int] = attrs.field(converter=_as_span, validator=_check_span)
    quote: str
    figure: str
    measure: str = attrs.field(validator=attrs.validators.min_len(1))
    low: int | None = attrs.field(validator=_check_bounds)
    high: int | None = attrs.field(validator=_check_bounds)
    qualifier: Qualifier = attrs.field(
        converter=Qualifier, validator=attrs.validators.instance_of(Qualifier)
    )
    unit: str = "person"
    increment: bool = False
    subject: str | None = None
    claimant: str | None = None
    claimant_text: str | None = None
    as_of: str | None = attrs.field(default=None, validator=_check_as_of)
    location: str | None = None
    source: Source = attrs.field(factory=Source)

    def __attrs_post_init__(self) -> None:
        _check_order(self.low, self.high)
        if self.low is None and self.high is None:
            raise ValueError("a claim needs at least one bound (low or high)")

    def to_dict(self) -> dict[str, Any]:
        """Return the claim as a claim-JSON dict (plain types only).

        >>> c = Claim(id="c1", doc="d", span=(0, 3), quote="two", figure="two",
        ...           measure="captured", low=2, high=2, qualifier="exact")
        >>> c.to_dict()["span"], c.to_dict()["source"]["published"]
        ([0, 3], None)
        """
        return {
            "id": self.id,
            "doc": self.doc,
            "span": [self.span[0], self.span[1]],
            "quote": self.quote,
            "figure": self.figure,
            "measure": self.measure,
            "low": self.low,
            "high": self.high,
            "qualifier": str(self.qualifier),
            "unit": self.unit,
            "increment": self.increment,
            "subject": self.subject,
            "claimant": self.claimant,
            "claimant_text": self.claimant_text,
            "as_of": self.as_of,
            "location": self.location,
            "source": {
                "publisher": self.source.publisher,
                "url": self.source.url,
                "published": (
                    self.source.published.isoformat() if self.source.published else None
                ),
                "agency": self.source.agency,
            },
        }

    @classmethod
    def from_dict(cls, record: Mapping[str, Any]) -> Claim:
        """Build a claim from claim JSON, as written by hand or by another tool.

        Only ``measure`` and one bound are required. A missing ``qualifier`` is
        inferred from the bounds, a missing ``id`` is derived from the content, and
        a missing ``figure`` or ``quote`` is written from the bounds.

        Raises:
            ClaimError: naming the field that is missing or malformed.

        >>> Claim.from_dict({"measure": "killed", "low": 300}).qualifier
        <Qualifier.AT_LEAST: 'at_least'>
        """
        if not isinstance(record, Mapping):
            raise ClaimError(
                f"a claim must be a JSON object, got {type(record).__name__}"
            )
        _check_keys(record)
        try:
            measure = record["measure"]
        except KeyError:
            raise ClaimError("missing field 'measure'") from None
        if not isinstance(measure, str) or not measure.strip():
            raise ClaimError(f"measure must be a non-empty string, got {measure!r}")
        low = _count(record, "low")
        high = _count(record, "high")
        if low is None and high is None:
            raise ClaimError("a claim needs 'low' or 'high' (or both)")
        qualifier = record.get("qualifier") or _infer_qualifier(low, high)
        if qualifier not in Qualifier.__members__.values():
            raise ClaimError(
                f"qualifier {qualifier!r} is not one of {', '.join(Qualifier)}"
            )
        figure = record.get("figure") or _figure_text(low, high, Qualifier(qualifier))
        doc = str(record.get("doc") or "<claims>")
        span_raw = record.get("span") or [0, 0]
        try:
            span = (int(span_raw[0]), int(span_raw[1]))
        except (TypeError, ValueError, IndexError):
            raise ClaimError(f"span must be [start, end], got {span_raw!r}") from None
        source_raw = record.get("source") or {}
        if not isinstance(source_raw, Mapping):
            raise ClaimError("source must be an object with publisher, url, published")
        try:
            source = Source(
                publisher=_opt_str(source_raw.get("publisher")),
                url=_opt_str(source_raw.get("url")),
                published=_opt_date(source_raw.get("published")),
                agency=_opt_str(source_raw.get("agency")),
            )
            claim_id_value = record.get("id") or claim_id(
                doc, span[0], span[1], f"{measure}:{low}:{high}:{figure}"
            )
            return cls(
                id=str(claim_id_value),
                doc=doc,
                span=span,
                quote=str(record.get("quote") or figure),
                figure=str(figure),
                measure=measure.strip(),
                low=low,
                high=high,
                qualifier=qualifier,
                unit=str(record.get("unit") or "person"),
                increment=bool(record.get("increment", False)),
                subject=_opt_str(record.get("subject")),
                claimant=_opt_str(record.get("claimant")),
                claimant_text=_opt_str(record.get("claimant_text")),
                as_of=_opt_str(record.get("as_of")),
                location=_opt_str(record.get("location")),
                source=source,
            )
        except (TypeError, ValueError) as err:
            raise ClaimError(str(err)) from None


def _count(record: Mapping[str, Any], key: str) -> int | None:
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ClaimError(f"{key} must be a number or null, got {value!r}")
    if isinstance(value, float):
        if not math.isfinite(value) or value != int(value):
            raise ClaimError(f"{key} must be a whole number, got {value!r}")
        value = int(value)
    if value < 0:
        raise ClaimError(f"{key} must not be negative, got {value}")
    return value


def _infer_qualifier(low: int | None, high: int | None) -> Qualifier:
    if low is not None and high is not None:
        return Qualifier.EXACT if low == high else Qualifier.RANGE
    return Qualifier.AT_LEAST if low is not None else Qualifier.AT_MOST


_HEDGE_WORDS = {
    Qualifier.APPROXIMATE: "about",
    Qualifier.AT_LEAST: "at least",
    Qualifier.MORE_THAN: "more than",
    Qualifier.AT_MOST: "up to",
    Qualifier.LESS_THAN: "fewer than",
}
_FIELDS = frozenset(
    {
        "id",
        "doc",
        "span",
        "quote",
        "figure",
        "measure",
        "low",
        "high",
        "qualifier",
        "unit",
        "increment",
        "subject",
        "claimant",
        "claimant_text",
        "as_of",
        "location",
        "source",
    }
)


def _check_keys(record: Mapping[str, Any]) -> None:
    """Reject a key that looks like a misspelt field ("as-of" for "as_of").

    Other unknown keys (a report's "group" and "stance", notes) are ignored.
    """
    for key in record:
        if not isinstance(key, str) or key in _FIELDS:
            continue
        plain = key.replace("-", "_").replace(" ", "_").lower()
        close = difflib.get_close_matches(plain, _FIELDS, n=1, cutoff=0.85)
        if plain in _FIELDS or close:
            guess = plain if plain in _FIELDS else close[0]
            raise ClaimError(f"unknown field {key!r}; did you mean {guess!r}?")


def _figure_text(low: int | None, high: int | None, qualifier: Qualifier) -> str:
    if low is not None and high is not None and low != high:
        return f"{low:,} to {high:,}"
    value = low if low is not None else high
    hedge = _HEDGE_WORDS.get(qualifier)
    return f"{hedge} {value:,}" if hedge else f"{value:,}"


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _opt_date(value: Any) -> dt.date | None:
    try:
        return _as_published(value)
    except ValueError:
        raise ClaimError(
            f"source.published must be an ISO date, got {value!r}"
        ) from None


@attrs.frozen(kw_only=True)
class ClaimGroup:
    """Claims that count the same kind of thing for the same side in one place.

    Attributes:
        id: a stable id derived from the key.
        subject: whose people are counted (``None`` when unknown).
        family: the measure family: the root of the taxonomy ("casualties",
            "deployed").
        place: the top place of the group (a country), ``None`` when unknown.
        unit: the dimension counted ("person").
        claims: the ids of the claims, in a canonical order.
    """

    id: str
    subject: str | None
    family: str
    place: str | None
    unit: str
    claims: tuple[str, ...]

    @property
    def label(self) -> str:
        """A short name for people: "North Korea / casualties / Russia"."""
        parts = [self.subject or "unknown side", self.family]
        if self.place:
            parts.append(self.place)
        return " / ".join(parts)


def _as_verdict(value: Verdict | str) -> Verdict:
    return value if type(value) is Verdict else Verdict(value)


@attrs.frozen(kw_only=True)
class Finding:
    """A verdict about some claims of one group, with a reason a reader can check.

    Attributes:
        verdict: what was concluded.
        claims: the ids of the claims involved; for a conflict, the smallest set
            that cannot all be true.
        group: the id of the group.
        rule: the rule that decided it ("same_time", "never_decreasing",
            "part_of", "parts_sum", "level", "increment", "echo", "revision").
        reason: one line naming the numbers, the rule and the claims.
        severity: for conflicts and disagreements, the ratio by which the figures
            must widen to agree (3,000 vs 1,100 is 2.7); else ``None``.
    """

    verdict: Verdict = attrs.field(converter=_as_verdict)
    claims: tuple[str, ...]
    group: str
    rule: str
    reason: str
    severity: float | None = None


@attrs.frozen(kw_only=True)
class Consensus:
    """The reconciled count of one measure in one group at one as-of time.

    ``low``/``best``/``high`` follow UCDP's low/best/high estimates, drawn from the
    largest set of claims that fit together; ``set_aside`` names the claims left
    out and why. With ``increment`` true it is the count of one incident (the
    reports of the same measure, date and ``location``), not a running total.
    """

    group: str
    measure: str
    as_of: str | None
    low: int | None
    best: int | None
    high: int | None
    claims: tuple[str, ...]
    set_aside: tuple[tuple[str, str], ...] = ()
    increment: bool = False
    location: str | None = None
