"""Bind figures to measures: `Figure` + context -> `Claim`.

For each figure in a sentence the extractor reads, in a bounded window around it:

1. the counted noun phrase after it ("3,000 *additional North Korean troops*"),
   its head (a personnel noun, a measure noun, a thing) and modifiers (demonyms,
   increment markers such as "additional", adjectives such as "injured");
2. the verb group after that ("... *have been killed*", "... *went missing*");
3. the word governing it from the left ("*sent* 3,000", "*the presence of* 60,000")
   or a measure noun linked to it ("*casualties* ... have *reached* 3,000");
4. who claims it (attribution cues: "according to", "X said", ", X told ..."),
   whose people are counted, the as-of time and the place.

A figure with no measure, or one that counts things ("two countries") or labels,
is no claim. All windows are bounded, so extraction is linear in the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

import attrs

from reconcile._gc import collector_paused
from reconcile.dates import TimeRef, find_times, period_bounds
from reconcile.lexicon import GroupInfo, Lexicon, default_lexicon
from reconcile.mentions import find_mentions
from reconcile.model import Claim, Document, Figure, Source, claim_id
from reconcile.numbers import read_figure
from reconcile.text import Sentence, Token, normalize, sentences, tokenize

__all__ = ["extract_claims"]

_TEXT = operator.attrgetter("text")
_PROPER = frozenset({"actor", "demonym", "people", "place", "month", "weekday"})
_CLAUSE_PUNCT = frozenset({".", ";", ":", "!", "?", "(", ")", "[", "]", "|"})
_QUOTE_CHARS = frozenset({'"', "'", "“", "”", "‘", "’", "«", "»"})
_NP_MAX = 8  # tokens of a counted noun phrase
_OWN = frozenset({"its", "their", "our"})  # the speaker's own: "20 of its soldiers"
_VERB_MAX = 14  # tokens scanned for the verb group after the noun phrase
_LEFT_MAX = 6  # tokens between a governing verb and its figure
_LINK_MAX = 16  # tokens between a measure noun and its linking verb
_CLAIMANT_MAX = 14  # tokens of a claimant noun phrase
_PLACE_MAX = 12  # tokens scanned for a place after the claim
_CARRY_SENTENCES = 4  # how far back an anaphoric claimant may look
MAX_SENTENCE_CHARS = 1_000  # longer "sentences" are read in clause-sized windows
_NAME_WINDOW = 20_000  # characters around a sentence searched for a name's actor
_NAME_HITS = 8  # occurrences of a name examined
_NAME_BUDGET = 300  # unknown names learned per document
_CLAUSE_END = re.compile(r"[;,:]\s|\s[-–—]\s")
_LOCATIVE = frozenset(
    {"in", "into", "inside", "to", "across", "near", "at", "within", "throughout", "on"}
)
# words between a locative and its place: "in the southern Kursk region"
_PLACE_LEAD = frozenset(
    {
        "the",
        "its",
        "their",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "north",
        "south",
        "east",
        "west",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "occupied",
    }
)
_NOT_PLACES = frozenset(
    {
        "war",
        "conflict",
        "invasion",
        "offensive",
        "fight",
        "fighting",
        "battle",
        "struggle",
    }
)
# before "in", these name a war, not where its dead fell: "killed in Russia's
# war in Ukraine" (but "killed in fighting in Bakhmut" says where)
_WARS = frozenset({"war", "conflict", "invasion", "struggle"})
# after a place or state, these make it whose action, not where: "in US strikes"
_ATTACKS = frozenset(
    {
        "strike",
        "strikes",
        "airstrike",
        "airstrikes",
        "air",
        "attack",
        "attacks",
        "shelling",
        "bombing",
        "bombings",
        "bombardment",
        "raid",
        "raids",
        "drone",
        "drones",
        "missile",
        "missiles",
        "fire",
        "operation",
        "operations",
        "forces",
        "troops",
        "custody",
        "captivity",
    }
)
# of those, the ones that hold people: "casualties among Russian *forces*"
_HOLDERS = frozenset({"forces", "troops", "custody", "captivity"})
# a settlement named after "of": "the city of Kherson", "the Shan State town of X"
_SETTLEMENTS = frozenset({"city", "town", "village", "port", "camp", "capital"})
_PLACE_WORDS = frozenset(
    {
        "region",
        "oblast",
        "province",
        "area",
        "state",
        "district",
        "city",
        "governorate",
        "border",
        "strip",
        "front",
        "frontline",
        "territory",
        "county",
        "town",
        "village",
    }
)


class _Match(NamedTuple):
    """A lexicon phrase found on tokens ``start:end`` of a sentence."""

    start: int
    end: int
    category: str
    value: Any


class _Tagged:
    """A sentence's tokens with every lexicon phrase found among them."""

    def __init__(
        self,
        text: str,
        sent: Sentence,
        lex: Lexicon,
        index_of_sentence: int,
        published: dt.date | None = None,
    ) -> None:
        self.sent = sent
        self.lex = lex
        self.published = published
        self.tokens = tokenize(text, sent.start, sent.end)
        n = len(self.tokens)
        # token index -> the matches starting there / ending just before it,
        # the indices in token order
        self.starts: dict[int, list[_Match]] = {}
        self.ends: dict[int, list[_Match]] = {}
        upper = sum(map(str.isupper, map(_TEXT, self.tokens)))
        upper_sentence = upper > 0.6 * max(1, n)
        index = lex.phrases
        self.categories: set[str] = set()  # of every phrase found
        for i, end, (category, value) in index.scan(self.tokens):
            if category in _PROPER:
                text = self.tokens[i].text
                if not text[:1].isupper() and not any(
                    t.text[:1].isupper() for t in self.tokens[i + 1 : end]
                ):
                    continue  # a name has a capital: "al-Qaeda", "el-Fasher"
                if (
                    upper_sentence
                    and text.isupper()
                    and len(text) <= 3
                    and category != "actor"
                ):
                    continue
            m = _Match(i, end, category, value)
            self.starts.setdefault(i, []).append(m)
            self.ends.setdefault(end, []).append(m)
            self.categories.add(category)
        self.figures: list[tuple[Figure, int, int]] = []
        self._figure_of = [-1] * n
        self.last_figure_start = -1
        self.claim_starts: list[int] = []  # of the figures that are claims
        self.cues: list[tuple[int, int, str]] | None = None
        self.index = index_of_sentence
        self._times: list[TimeRef] | None = None
        self.abbreviations = lex.abbreviations
        self.leads = lex.words("cues", "grammar", "clause_leads")  # "On", "Earlier"
        self.enemies = lex.words("cues", "grammar", "enemy")  # "the enemy lost"
        self.infinitives = lex.words("cues", "attribution", "infinitive_verbs")

    def is_break(self, i: int) -> bool:
        """True when token ``i`` ends a clause (not the full stop of "S." or "Gen.")."""
        tok = self.tokens[i]
        if tok.text not in _CLAUSE_PUNCT:
            return False
        if tok.text == "." and i > 0:
            prev = self.tokens[i - 1]
            glued = prev.end == tok.start
            if glued and (len(prev.text) == 1 and prev.text.isupper()):
                return False
            if glued and prev.lower in self.abbreviations:
                return False
        return True

    def at(self, i: int, *categories: str) -> _Match | None:
        """The longest match of one of ``categories`` starting at token ``i``."""
        found = self.starts.get(i)
        if found is not None:
            for m in found:
                if m.category in categories:
                    return m
        return None

    def any_between(self, category: str, lo: int, hi: int) -> bool:
        """True when a phrase of ``category`` starts at a token in ``lo:hi``."""
        starts = self.starts
        for p in range(lo, hi):
            found = starts.get(p)
            if found is not None:
                for m in found:
                    if m.category == category:
                        return True
        return False

    def ending(self, j: int, *categories: str) -> _Match | None:
        """The longest match of one of ``categories`` ending just before token ``j``."""
        found = self.ends.get(j)
        if found is not None:
            best = None
            for m in found:
                if m.category in categories and (best is None or m.start < best.start):
                    best = m
            return best
        return None

    def lower(self, i: int) -> str:
        return self.tokens[i].lower if 0 <= i < len(self.tokens) else ""

    def add_figure(self, figure: Figure, a: int, b: int) -> None:
        """Place a figure on tokens ``a:b``."""
        for i in range(a, b):
            self._figure_of[i] = len(self.figures)
        self.figures.append((figure, a, b))
        self.last_figure_start = max(self.last_figure_start, a)

    def figure_at(self, i: int) -> int | None:
        """The index of the figure covering token ``i``, if any."""
        if 0 <= i < len(self._figure_of):
            found = self._figure_of[i]
            return found if found >= 0 else None
        return None

    def times(self) -> list[TimeRef]:
        """The sentence's time expressions (`reconcile.dates.find_times`)."""
        if self._times is None:
            self._times = find_times(self.tokens, self.published, self.lex)
        return self._times


@attrs.frozen(kw_only=True)
class _Binding:
    measure: str
    increment: bool
    subject: str | None
    first: int  # token range the claim's quote covers
    last: int
    np_end: int
    verb_end: int
    partitive_of: int | None = None  # index of the antecedent figure
    own: bool = False  # "20 of its soldiers": the claimant's own people
    group: bool = False  # people counted as a group: subject "civilians:Sudan"
    verb: str | None = None  # the measure of a verb after the noun phrase
    victims: bool = False  # "among the victims were 6 women": the last toll's people
    enemy: bool = False  # "the enemy lost 300": the claimant's adversary's people
    # "73 killed, up from 41 on Saturday": the claim the figure is an earlier value
    # of, and the figure's own time
    earlier_of: _Binding | None = None
    own_time: TimeRef | None = None
    # the whole counted before that this claim is a part of: "52 are Israelis"
    whole: _Binding | None = None
    # a part of another count ("including 4 children", "117 of them were freed"):
    # no running total of its measure
    part: bool = False


@attrs.frozen(kw_only=True)
class _Attribution:
    claimant: str | None
    text: str | None


class _Doc:
    """What the extractor knows about one document while it reads it."""

    def __init__(self, doc: Document, lex: Lexicon, max_sentence_chars: int) -> None:
        self.doc = doc
        self.lex = lex
        self.text = doc.text
        self.sentences = _windows(
            sentences(doc.text, lex.abbreviations), doc.text, max_sentence_chars
        )
        self.tagged: dict[int, _Tagged] = {}
        # sentence index -> its attribution (one of no known side, "Local medics
        # said", has claimant None; None: the sentence has no speaker)
        self.claimants: dict[int, _Attribution | None] = {}
        self.values: dict[int, _Binding] = {}  # figure value -> its last binding
        self.last_claim = -1  # the sentence of the last claim
        self.last_binding: _Binding | None = None  # and how it was bound
        self.last_made: Claim | None = None  # and the claim made of it
        # the side of the captives a noun counted last: "hostage" -> "Israel"
        self.captives: dict[str, str] = {}
        self.last_subject: tuple[int, str] | None = None
        self.sides: set[str] = set()  # the subjects of claims read so far
        self.last_attribution: _Attribution | None = None  # of the last claim
        self.here = 0  # where the sentence being read starts
        self.names: dict[str, str | None] = {}
        # a state's body ("army", also "military") -> how far the text was read
        # for it, and the states named as its owner so far ("Sudan's army")
        self.institutions: dict[str, tuple[int, list[tuple[int, str]]]] = {}

    @property
    def last_measure(self) -> str | None:
        """The measure of the last claim made."""
        return self.last_made.measure if self.last_made is not None else None

    def tag(self, k: int) -> _Tagged:
        t = self.tagged.get(k)
        if t is None:
            t = _Tagged(self.text, self.sentences[k], self.lex, k, self.doc.published)
            self.tagged[k] = t
        return t


def _windows(sents: list[Sentence], text: str, limit: int) -> list[Sentence]:
    """Split sentences longer than ``limit`` characters into clause-sized windows.

    A run of text without a full stop (a table dumped as one line, a hostile input)
    is still read to its end, window by window, so the work per window is bounded
    and extraction stays linear. Windows end at a clause break (";", ",", ":", a
    dash) when one is near, else at a space.
    """
    out: list[Sentence] = []
    for sent in sents:
        start = sent.start
        while sent.end - start > limit:
            stop = start + limit
            cut = max(
                (m.end() for m in _CLAUSE_END.finditer(text, start + limit // 2, stop)),
                default=-1,
            )
            if cut < 0:
                space = text.rfind(" ", start + limit // 2, stop)
                cut = space + 1 if space > 0 else stop
            out.append(Sentence(start, cut, sent.paragraph))
            start = cut
        out.append(Sentence(start, sent.end, sent.paragraph))
    return out


def extract_claims(
    document: Document,
    lexicon: Lexicon | None = None,
    *,
    max_sentence_chars: int = MAX_SENTENCE_CHARS,
) -> list[Claim]:
    """Return the claims stated in a document, in text order.

    Args:
        document: the text and what is known of it (date, publisher, url).
        lexicon: the vocabulary; `default_lexicon` when omitted.
        max_sentence_chars: a longer sentence is read in windows of this size.

    Returns:
        One claim per figure bound to a measure. "300 killed and 2,700 wounded"
        gives two claims. A figure that counts no people gives none.

    >>> doc = Document(id="d", text="Seoul says about 2,000 soldiers have been killed.",
    ...                published=dt.date(2026, 4, 26))
    >>> [(c.measure, c.low, c.claimant, c.as_of) for c in extract_claims(doc)]
    [('killed', 2000, 'South Korea', '2026-04-26')]
    """
    with collector_paused():  # nothing here makes reference cycles
        return _extract_claims(
            document, lexicon or default_lexicon(), max_sentence_chars
        )


def _extract_claims(
    document: Document, lex: Lexicon, max_sentence_chars: int
) -> list[Claim]:
    sifter = _Sifter(document, lex, max_sentence_chars)
    mentions = find_mentions(document.text, lex, sift=sifter)
    if not mentions:
        return []
    state = sifter.state
    figures = [read_figure(m, lex) for m in mentions]
    by_sentence: dict[int, list[Figure]] = {}
    k = 0
    sents = state.sentences
    for fig in figures:
        while k < len(sents) and sents[k].end <= fig.start:
            k += 1
        if k < len(sents) and sents[k].start <= fig.start:
            by_sentence.setdefault(k, []).append(fig)
    claims: list[Claim] = []
    for k in sorted(by_sentence):
        claims.extend(_sentence_claims(state, k, by_sentence[k]))
    return _restated(claims)


def _restated(claims: list[Claim]) -> list[Claim]:
    """A figure stated again lends its claimant and subject to the bare statements.

    A headline or lede gives the figure alone ("At least 100 soldiers killed"),
    the body says who claims it and whose people they are: the same measure and
    bounds in one document are one statement, so the statements without a
    claimant (or a subject) take the one the others give. When they give two,
    the bare statement is left as it was. A statement whose speaker is unnamed
    ("health ministry says") takes the claimant of one whose speaker has the
    same noun ("the Hamas-run health ministry"). A statement with no time of its
    own is a count of one period when the others are: "Russia lost 1,270
    troops" is the body's count "over the past 24 hours", no total.
    """
    claimants = _one_value(claims, "claimant")
    subjects = _one_value(claims, "subject")
    counts = _one_value([c for c in claims if not _as_of_report(c)], "increment")
    if not claimants and not subjects and not counts:
        return claims
    out = []
    for c in claims:
        key = (c.measure, c.low, c.high)
        changes: dict[str, Any] = {}
        source = counts.get(key) if _as_of_report(c) else None
        if source is not None and source.increment and not c.increment:
            # "Russia lost 1,270 troops" is the body's count "over the past day"
            changes.update(increment=True)
        source = claimants.get(key) if c.claimant is None else None
        if source is not None and c.claimant_text is None:
            changes.update(claimant=source.claimant, claimant_text=source.claimant_text)
        elif source is not None and _named_by(
            _head_word(c.claimant_text) or "", source.claimant_text
        ):
            # "Toll passes 40,000, health ministry says" and the body's "the
            # Hamas-run health ministry said": the same speaker
            changes.update(claimant=source.claimant)
        source = subjects.get(key) if c.subject is None else None
        if source is not None:
            changes.update(subject=source.subject)
        out.append(attrs.evolve(c, **changes) if changes else c)
    return out


def _as_of_report(claim: Claim) -> bool:
    """True when a claim holds as of its report: it named no time of its own."""
    published = claim.source.published
    return published is not None and claim.as_of == published.isoformat()


def _one_value(claims: list[Claim], field: str) -> dict[tuple[object, ...], Claim]:
    """The first claim giving ``field`` for each statement that all give alike."""
    found: dict[tuple[object, ...], Claim | None] = {}
    for c in claims:
        value = getattr(c, field)
        if value is None:
            continue
        first = found.setdefault((c.measure, c.low, c.high), c)
        if first is not None and getattr(first, field) != value:
            found[(c.measure, c.low, c.high)] = None  # two values: none is known
    return {key: c for key, c in found.items() if c is not None}


def _sentence_claims(state: _Doc, k: int, figs: list[Figure]) -> Iterable[Claim]:
    sent = state.tag(k)
    state.here = sent.sent.start
    toks = sent.tokens
    ends = [t.end for t in toks]
    for fig in figs:
        a = bisect.bisect_right(ends, fig.start)  # the first token ending after it
        if a == len(toks):
            continue
        b = a
        while b < len(toks) and toks[b].start < fig.end:
            b += 1
        sent.add_figure(fig, a, b)
    if not _may_bind(state, sent):
        return []  # a list of numbers, a table: nothing here names a measure
    bindings: list[_Binding | None] = []
    for idx in range(len(sent.figures)):
        bindings.append(_bind(state, sent, idx, bindings))
    # "12 civilians and 30 soldiers were killed": a counted noun phrase joined to
    # the next figure shares the verb after it (from the last, so a list chains)
    for idx in range(len(bindings) - 2, -1, -1):
        joined = bindings[idx + 1]
        if (
            bindings[idx] is None
            and joined is not None
            and joined.verb is not None
            and joined.np_end > sent.figures[idx + 1][2]  # "30 soldiers", not "30"
        ):
            bindings[idx] = _bind(state, sent, idx, bindings[:idx], joined)
    # "Among the victims were 4 women and 10 children, with 17 others injured":
    # the people of the toll claimed just before, by its claimant
    sent.claim_starts = [
        a for (_f, a, _b), bound in zip(sent.figures, bindings, strict=True) if bound
    ]
    toll = None
    if any(b is not None and b.victims for b in bindings):
        toll = state.last_attribution
    out: list[Claim] = []
    for idx, binding in enumerate(bindings):
        if binding is None:
            continue
        fig, a, b = sent.figures[idx]
        claim = _make_claim(state, k, sent, idx, binding, toll)
        out.append(claim)
        if fig.low is not None:
            state.values[fig.low] = binding
        if binding.subject and not binding.group:
            state.last_subject = (k, binding.subject)
        if claim.subject and not binding.group:
            state.sides.add(claim.subject)  # "20 of its soldiers": the speaker
        state.last_claim = k
        state.last_binding = binding
        state.last_made = claim
    return out


# ----------------------------------------------------------------------- binding

# the phrases a figure's measure can come from (see `_bind`): a measure noun or
# adjective, a verb after or before the figure, troops, "the figure"
_MEASURE_SOURCES = frozenset(
    {
        "measure_nouns",
        "measure_adjectives",
        "measure_after",
        "measure_before",
        "personnel",
        "anaphoric_noun",
    }
)


def _may_bind(state: _Doc, sent: _Tagged, *, ever: bool = False) -> bool:
    """False when `_bind` cannot give any figure of the sentence a measure.

    Besides the phrases above, only earlier claims of the document can: "Of the
    251 hostages, ..." (a figure seen before) and "among the victims were ..."
    (the last measure). Checking this first spares the binding of every figure
    in text with numbers but no measure: tables, lists, hostile input. With
    ``ever``, False only when no claims before could make it true.
    """
    if not sent.categories.isdisjoint(_MEASURE_SOURCES):
        return True
    if ever:  # the figures are not known yet: any sentence a part may open
        return (
            sent.lower(0) in {"of", "another"}
            or (sent.lower(0), sent.lower(1)) in _MORE_OF
            or any(sent.lower(p) in _BE for p in range(1, 4))
            or _has_victims(state, sent)
        )
    if state.values and (sent.lower(0) == "of" or _more_of(sent)):
        return True
    last = state.last_binding
    if (
        last is not None
        and last.whole is not None
        and sent.figures
        and sent.figures[0][1] == 0
        and _says_who(sent, sent.figures[0][2])
    ):
        return True  # "One is Nepalese", after parts of a whole
    return state.last_measure is not None and _has_victims(state, sent)


def _has_victims(state: _Doc, sent: _Tagged) -> bool:
    victims = state.lex.words("cues", "grammar", "victim_nouns")
    return any(t.lower in victims for t in sent.tokens)


class _Sifter:
    """Skips the figures of a sentence that cannot bind any (`find_mentions`).

    A sentence is tagged at its first figure, as it would be to bind it, and
    skipped to its end when `_may_bind` fails whatever the claims before it. A
    table, a list or a hostile run of numbers then costs one figure and one
    tagging per sentence, not a reading of every number.
    """

    def __init__(self, document: Document, lex: Lexicon, max_chars: int) -> None:
        self._doc = (document, lex, max_chars)
        self.k = -1  # the sentence of the last figure, which may bind

    @functools.cached_property
    def state(self) -> _Doc:
        """The document's sentences, split at the first figure: none without."""
        return _Doc(*self._doc)

    @functools.cached_property
    def ends(self) -> list[int]:
        return [sent.end for sent in self.state.sentences]

    def __call__(self, pos: int) -> int:
        ends = self.ends
        k = self.k
        if k >= 0 and pos < ends[k]:
            return pos
        k = self.k = bisect.bisect_right(ends, pos)
        if k == len(ends) or _may_bind(self.state, self.state.tag(k), ever=True):
            return pos
        return ends[k]


@attrs.frozen(kw_only=True)
class _NounPhrase:
    head: str  # personnel, people, measure, thing, unknown, none
    kind: str | None = None  # personnel kind, or the measure of a measure noun
    subject: str | None = None
    increment: bool = False
    adjective: str | None = None  # measure of an adjective: "injured soldiers"
    end: int = 0
    partitive: int | None = None  # antecedent figure (index) of "N of the M X"
    anaphoric: bool = False  # "N of whom", "N of them"
    enemy: bool = False  # "300 enemy soldiers": the claimant's adversary's


# the noun heads that count a measure's people: "troops" (personnel), "casualties"
_NOUN_HEADS = {"personnel": "personnel", "measure_nouns": "measure"}


def _noun_phrase(state: _Doc, sent: _Tagged, idx: int) -> _NounPhrase:
    _fig, _a, b = sent.figures[idx]
    n = len(sent.tokens)
    i = b
    subject = None
    increment = False
    adjective = None
    partitive = None
    unknown = 0
    enemy = False
    bodies = state.lex.institutions
    while i < n and sent.tokens[i].text in _QUOTE_CHARS:
        i += 1  # "killed "hundreds" of soldiers"
    # "thousands of troops", "60,000 of Putin's troops", "eight of whom"
    if sent.lower(i) == "of":
        nxt = sent.lower(i + 1)
        if nxt in {"whom", "them", "those", "these", "which", "us", "they"}:
            return _NounPhrase(head="none", end=i + 2, anaphoric=True)
        if nxt == "whose":
            i += 2
        else:
            i += 1
            while i < n and (
                sent.lower(i)
                in {"the", "these", "those", "its", "their", "his", "her", "our", "all"}
                or sent.lower(i) == "'s"
            ):
                i += 1
            possessor = sent.at(i, "actor", "demonym", "people")
            if possessor is not None and sent.lower(possessor.end) == "'s":
                subject = _speaks_for(state.lex, possessor.value)
                i = possessor.end + 1
            elif sent.lower(i - 1) == "the" and "'s" in (
                sent.lower(i + 1),
                sent.lower(i + 2),
            ):
                # "eight of the group's fighters", "40 of the army's soldiers",
                # "300 of the paramilitary group's fighters"
                if sent.lower(i + 1) != "'s" and sent.tokens[i].text.isalpha():
                    i += 1
                subject = _the_group(state, sent, i) or _institution(
                    state, sent.lower(i), sent.tokens[i].start
                )
            inner = sent.figure_at(i)
            if inner is not None:
                partitive = inner
                i = sent.figures[inner][2]
    while i < n and i < b + _NP_MAX + 3:
        tok = sent.tokens[i]
        if tok.text in _QUOTE_CHARS or tok.text == "-":
            i += 1
            continue
        if sent.figure_at(i) is not None:
            break
        if subject is None and i + 1 < n and tok.lower in bodies:
            subject = _institution(state, tok.lower, tok.start)  # "120 army soldiers"
        if i in sent.starts:
            measure_noun = sent.at(i, "measure_nouns")
            personnel = sent.at(i, "personnel")
            people = sent.at(i, "people")
            thing = sent.at(i, "thing")
            marker = sent.at(i, "marker")
            adj = sent.at(i, "measure_adjectives")
            proper = sent.at(i, "demonym", "actor")
        else:  # no phrase starts here
            measure_noun = personnel = people = thing = marker = adj = proper = None
        # the longest of the head candidates wins: "prisoners of war" over "prisoners"
        heads = [m for m in (measure_noun, personnel, people, thing) if m is not None]
        best = max(heads, key=lambda m: (m.end, m.category != "thing"), default=None)
        if (
            best is not None
            and adj is not None
            and adj.end >= best.end
            and best.category != "measure_nouns"
        ):
            best = None
        if best is not None and not (adj is not None and _continues_np(sent, adj.end)):
            # a compound: "personnel carriers", "armed forces prisoners of war"
            after = sent.at(best.end, "thing", "personnel")
            if after is not None and after.category == "thing":
                return _NounPhrase(head="thing", end=after.end)
            if (
                after is not None
                and best.category == "people"
                and after.category == "personnel"
            ):
                subject = subject or best.value  # "Sudanese soldiers": an adjective
                i = best.end
                continue
            if after is not None and best.category == "personnel":
                i = best.end
                continue
            end = best.end
            death = sent.at(end, "measure_nouns")
            if death is not None and best.category in {"people", "personnel"}:
                # the people whose deaths are counted: "11,973 civilian deaths"
                adjective, end = death.value, death.end
            if best.category == "people":
                subject = subject or best.value
                return _NounPhrase(
                    head="people",
                    kind="general",
                    subject=subject,
                    increment=increment,
                    adjective=adjective,
                    end=end,
                    partitive=partitive,
                    enemy=enemy,
                )
            if best.category in _NOUN_HEADS:
                owner = _of_owner(state, sent, end)
                if subject is None or _contributes(state.lex, subject, owner):
                    subject = owner
                return _NounPhrase(
                    head=_NOUN_HEADS[best.category],
                    kind=best.value,
                    subject=subject,
                    increment=increment,
                    adjective=adjective,
                    end=end,
                    partitive=partitive,
                    enemy=enemy,
                )
            return _NounPhrase(head="thing", end=best.end)
        if marker is not None:
            increment = True
            i = marker.end
            continue
        if adj is not None:
            adjective = adj.value
            i = adj.end
            continue
        if proper is not None and _is_patron(sent, proper):
            i = proper.end + 2  # "40 Iran-backed Houthi fighters" are no Iranians
            continue
        if proper is not None:
            subject = subject or _speaks_for(state.lex, proper.value)
            i = proper.end
            continue
        if tok.text[:1].isupper() and tok.text.isalpha():
            i += 1  # a name we do not know: "Tanzanian", "Nusra"
            continue
        if tok.lower == "'s":
            i += 1
            continue
        if tok.lower in sent.enemies:
            enemy = True  # "300 enemy soldiers"
            i += 1
            continue
        if (
            _is_function_word(sent, i)
            or not tok.text.isalpha()
            or tok.lower.endswith("ly")
        ):
            break
        unknown += 1
        if unknown > 2:
            break
        i += 1
    head = "unknown" if unknown else "none"
    return _NounPhrase(
        head=head,
        subject=subject,
        increment=increment,
        adjective=adjective,
        end=b if head == "none" else i,
        partitive=partitive,
        enemy=enemy,
    )


def _continues_np(sent: _Tagged, j: int) -> bool:
    """After an adjective at ``j``: does a noun of the phrase follow?"""
    for k in range(j, min(j + 4, len(sent.tokens))):
        if sent.at(k, "personnel", "people", "thing", "measure_nouns"):
            return True
        if _is_function_word(sent, k) or not sent.tokens[k].text.isalpha():
            return False
    return False


def _is_function_word(sent: _Tagged, i: int) -> bool:
    return sent.at(
        i,
        "aux",
        "attrib_verb",
        "link",
        "clause_break",
        "measure_after",
        "measure_before",
        "pronoun",
    ) is not None or sent.lower(i) in {
        "in",
        "to",
        "from",
        "of",
        "on",
        "at",
        "by",
        "for",
        "with",
        "who",
        "that",
        "which",
        "as",
        "and",
        "or",
        "into",
    }


def _of_owner(state: _Doc, sent: _Tagged, j: int) -> str | None:
    """The owner in "fighters of the Nusra Front", "casualties among Russian troops"."""
    if sent.lower(j) not in {"of", "among", "from"}:
        return None
    k, stop = j + 1, min(j + 6, len(sent.tokens))
    while k < stop:
        m = sent.at(k, "actor", "demonym", "people")
        if m is not None and _is_patron(sent, m):
            k = m.end + 2  # "of the al-Qaeda-linked Nusra Front": not al-Qaeda's
            stop = min(stop + 2, len(sent.tokens))
            continue
        if m is not None and sent.lower(m.end) in _ATTACKS - _HOLDERS:
            return None  # "the toll from the Hamas attack": whose attack, not dead
        if m is not None:
            return _speaks_for(state.lex, m.value)
        if sent.tokens[k].text in {",", ";", "."}:
            break
        k += 1
    return None


def _contributes(lex: Lexicon, body: str, owner: str | None) -> bool:
    """True for "UN peacekeepers from Tanzania": a state's people in a body's force."""
    outer, inner = lex.actors.get(body), lex.actors.get(owner) if owner else None
    return (
        outer is not None
        and inner is not None
        and outer.kind in {"organisation", "bloc"}
        and inner.kind == "state"
    )


def _speaks_for(lex: Lexicon, name: str) -> str:
    info = lex.actors.get(name)
    return info.speaks_for if info is not None else name


def _verb_after(sent: _Tagged, start: int) -> tuple[str | None, str | None, int, bool]:
    """Read the verb group after a counted noun phrase.

    A bare participle counts only right after the noun phrase ("over 6,000
    killed", "the 12,000 initially deployed"); further on, only a finite verb group
    (an auxiliary and a participle) does, which skips reduced relatives: "100 North
    Koreans deployed to support Russia have been killed".

    Returns:
        (finite measure, bare measure, end token, whether the finite group is
        an infinitive such as "to be sent")
    """
    n = len(sent.tokens)
    limit = min(n, start + _VERB_MAX)
    i = start
    bare = None
    end = start
    adjacent = True
    seen_aux = False
    infinitive = False
    while i < limit:
        tok = sent.tokens[i]
        if tok.text in _QUOTE_CHARS:
            i += 1
            continue
        including = sent.lower(i + 1) in {"including", "among"}
        if tok.text == "," and (including or i == start):
            # a parenthesis: "eight people, including two fighters, were killed",
            # "1,600 people, nearly half of them police, have been killed"
            j = i + 1
            while j < limit and sent.tokens[j].text not in {",", ";", "."}:
                j += 1
            if j >= limit or sent.tokens[j].text != ",":
                break
            if including or sent.at(j + 1, "aux"):
                i = j + 1
                adjacent = False
                continue
            break
        if sent.is_break(i) or tok.text == "," or sent.figure_at(i) is not None:
            break
        if tok.lower in {"and", "but"} and sent.at(i + 1, "aux", "measure_before"):
            break  # "lost 100 fighters and had killed ...": a verb of its own
        after = sent.at(i, "measure_after")
        if after is not None and (seen_aux or adjacent or _past_phrase(sent, start, i)):
            if seen_aux:
                return after.value, bare, after.end, infinitive
            bare, end = after.value, after.end
            adjacent = False
            i = after.end
            continue
        aux = sent.at(i, "aux")
        if aux is not None:
            if not seen_aux:
                infinitive = tok.lower == "to"
            seen_aux = True
            i = aux.end
            continue
        filler = sent.at(i, "filler")
        if filler is not None or (tok.lower.endswith("ly") and len(tok.lower) > 4):
            i = filler.end if filler is not None else i + 1
            continue
        if seen_aux and infinitive:
            seen_aux = infinitive = (
                False  # "deployed to support Russia have been killed"
            )
            adjacent = False
            i += 1
            continue
        if seen_aux and tok.lower in {"in", "into"}:
            # "remain in Russian captivity": a measure noun after whose it is
            whose = sent.at(i + 1, "demonym", "actor")
            noun = sent.at(whose.end, "measure_nouns") if whose is not None else None
            if noun is not None:
                return noun.value, bare, noun.end, infinitive
        if seen_aux:
            break  # "were repatriated": the main verb counts no measure
        if sent.at(i, "attrib_verb") is not None and bare is None:
            break
        adjacent = False
        i += 1
    return None, bare, end, False


def _past_phrase(sent: _Tagged, start: int, i: int) -> bool:
    """True for an intransitive verb after a phrase of place or origin.

    "6,000 soldiers from both sides died": a word that can also take the figure
    as its object ("killed", "wounded") could be an active verb there ("300
    troops in the town killed 20 rebels"), so only the others count.
    """
    if sent.lower(start) not in _PHRASE_HEADS or not 2 <= i - start <= 5:
        return False  # "in fighting" is no phrase of place
    if sent.at(i, "measure_before") is not None or sent.lower(i).endswith("ing"):
        return False
    return not any(
        sent.at(p, "aux") or sent.lower(p) in _CLAUSE_WORDS for p in range(start, i)
    )


_PHRASE_HEADS = frozenset({"from", "of", "in", "on", "at", "near", "inside"})
_CLAUSE_WORDS = frozenset(
    {"who", "which", "that", "while", "when", "as", "after", "before", "because"}
)


def _governor(sent: _Tagged, a: int) -> tuple[_Match | None, int]:
    """The measure word governing a figure from the left: "sent 3,000", "killed 900"."""
    j = a
    steps = 0
    increment = False
    while j > 0 and steps <= _LEFT_MAX:
        if sent.tokens[j - 1].text in _QUOTE_CHARS:  # suffered "several hundred"
            j -= 1
            continue
        m = sent.ending(j, "measure_before")
        if m is not None:
            return m, int(increment)
        if sent.ending(j, "marker") is not None:
            increment = True
        det = sent.ending(j, "determiner", "marker", "filler")
        if det is None:
            verb = (
                _verb_before_object(sent, j - 1) if sent.lower(j - 1) == "and" else None
            )
            return verb, int(increment)
        j = det.start
        steps += 1
    return None, int(increment)


def _verb_before_object(sent: _Tagged, and_at: int) -> _Match | None:
    """The measure verb whose object "and" joins the figure to: "sent a carrier and".

    Only a few plain words may stand between the verb and "and": "sent a second
    aircraft carrier and about 2,000 personnel", not "killed 12 and 30".
    """
    for q in range(and_at - 1, max(0, and_at - _OBJECT_MAX) - 1, -1):
        if sent.figure_at(q) is not None or not sent.tokens[q].text.isalpha():
            return None
        m = sent.ending(q, "measure_before")
        if m is not None:
            return m
    return None


_OBJECT_MAX = 6  # words of an object between a verb and "and"


def _linked_measure(
    sent: _Tagged, fig_start: int, is_verb_hedge: bool, previous: str | None
) -> tuple[_Match | None, int]:
    """A measure noun linked to the figure: "casualties ... have reached 3,000".

    Also "the number of troops ... could reach 10,000" (troops deployed) and "puts
    the figure at 12,000" (the figure is the previous claim's measure).
    """
    j = fig_start
    link = sent.ending(j, "link")
    named = sent.ending(j, "anaphoric_noun") is not None  # "the figure closer to"
    if link is None and not is_verb_hedge and not named:
        return None, j
    if link is not None:
        j = link.start
    # skip auxiliaries and fillers: "have now reached", "is expected to reach"
    k = j
    for _ in range(_LINK_MAX):
        if k <= 0:
            break
        tok = sent.tokens[k - 1]
        if sent.is_break(k - 1) or sent.figure_at(k - 1) is not None:
            break
        m = sent.ending(k, "measure_after")
        if m is not None:
            # a count of the people a participle names: "the number of Russian
            # soldiers killed and wounded near X exceeded 3,000"
            noun = sent.ending(m.start, "personnel", "people")
            if noun is not None and _counted_after(sent, noun.start):
                return m._replace(category="measure_nouns", start=noun.start), m.start
        m = sent.ending(k, "measure_nouns")
        if m is not None:
            return m, m.start
        m = sent.ending(k, "personnel")
        if m is not None and m.value == "captive":
            return m._replace(category="measure_nouns", value="captured"), m.start
        if m is not None and m.value == "military" and _counted_after(sent, m.start):
            return m._replace(category="measure_nouns", value="deployed"), m.start
        m = sent.ending(k, "anaphoric_noun")
        if (
            m is not None
            and previous is not None
            and sent.lower(m.start - 1) in {"the", "this", "that", "its", "their"}
            and sent.lower(m.end) not in {"of"}
        ):
            # the total an increment brings a level to is that level: "sends
            # 3,000 more troops, bringing the total to 43,000" (deployed)
            level = sent.lex.measures[previous].increment_of
            if level is not None and sent.lower(m.start) in sent.lex.words(
                "cues", "scope", "totals"
            ):
                previous = level
            return m._replace(category="measure_nouns", value=previous), m.start
        if tok.text == "," and not (k >= 2 and sent.at(k - 2, "actor", "place")):
            break
        k -= 1
    return None, j


def _counted_after(sent: _Tagged, noun_start: int) -> bool:
    """True for "the number of (North Korean) troops": a count of the troops."""
    for k in range(noun_start, max(0, noun_start - 5), -1):
        if sent.lower(k - 1) == "of" and sent.ending(k - 1, "count_noun") is not None:
            return True
    return False


def _agent(state: _Doc, sent: _Tagged, verb_start: int) -> tuple[str | None, int]:
    """The subject of a verb: "Pyongyang has sent", "North Korea had suffered".

    An actor after a word of the other side is passed over: "Eritrean troops
    fighting alongside Ethiopian forces have suffered" (Eritrean). A speaker is
    not the subject of what it says: "Israel said the enemy lost 40 fighters"
    has no actor as subject, and stops at "enemy" (its start is returned).
    """
    k = verb_start
    while k > 0 and sent.at(k - 1, "aux") is not None:
        k -= 1
    if sent.lower(k - 1) == "and":
        # "Israel killed 35 militants and lost four soldiers": the subject of
        # the first verb
        first = _first_conjunct(sent, k - 1)
        agent = _agent(state, sent, first) if first is not None else (None, 0)
        if agent[0] is not None:
            return agent
        if first is not None:
            # and never the first verb's object: "its forces killed 1,200 Fano
            # fighters and captured 350" were not captured by Fano
            return None, verb_start
        return _clause_agent(state, sent, k - 1), verb_start
    k = verb_start
    while k > 0 and sent.at(k - 1, "aux") is not None:
        k -= 1
    if sent.lower(k - 1) == "it":
        return _it_agent(state, sent, k - 1), verb_start
    if sent.lower(k - 1) == "they":
        return _they_agent(state, sent, k - 1), verb_start
    if (
        sent.tokens[k - 1].text == ","
        and sent.lower(verb_start).endswith("ing")
        and not any(c[0] < k for c in _cues(sent))
    ):
        # "Gunmen of the Nusra Front stormed the base, killing 17 soldiers": the
        # subject of the clause the participle hangs on (when no one speaks)
        span = _clause_subject(sent, k - 1)
        if span is not None:
            return _actor_in(state, sent, span), verb_start
    verb_group = k  # where the verb and its auxiliaries start
    k = verb_start
    for _ in range(8):
        if k <= 0:
            break
        tok = sent.tokens[k - 1]
        opening = _relative_opening(sent, k - 1) if k == verb_group else None
        if opening is not None:
            k = opening  # "Kenya, which leads the mission, deployed 217 police"
            continue
        if sent.is_break(k - 1) or tok.text == "," or sent.figure_at(k - 1) is not None:
            break
        m = sent.ending(k, "actor", "demonym", "people")
        if m is not None:
            j = m.start
            det = sent.ending(j, "determiner")
            while det is not None:  # "against the Malian army"
                j = det.start
                det = sent.ending(j, "determiner") if j > 0 else None
            if sent.ending(j, "other_side") is None:
                return _speaks_for(state.lex, m.value), m.start
            k = m.start
            continue
        if tok.lower in {"who", "which"} and sent.lower(k - 2) == ",":
            # "The African Union mission, which has 12,000 troops": the mission's
            for p in range(k - 2, max(0, k - 8), -1):
                if sent.is_break(p - 1) or sent.tokens[p - 1].text == ",":
                    break
                m = sent.ending(p, "actor", "demonym")
                if m is not None:
                    return _speaks_for(state.lex, m.value), m.start
            break
        if tok.lower in {"that", "who", "which"}:
            break
        if sent.lower(k - 2) == "the" and k == verb_group:
            # "The group lost 4,000 fighters", "the army has deployed 8,000"
            group = _the_group(state, sent, k - 1) or _institution(
                state, tok.lower, tok.start
            )
            if group is not None:
                return group, k - 2
        if tok.lower in sent.enemies:
            return None, k - 1
        if k < verb_group and sent.at(k - 1, "attrib_verb") is not None:
            break  # "X said the defenders lost", not "X admitted losing"
        k -= 1
    return None, verb_start


def _clause_agent(state: _Doc, sent: _Tagged, and_at: int) -> str | None:
    """The subject of the clause a verb after "and" shares, never an object.

    "Israel said it had struck a Hamas post and killed 19": "it" (Israel), not
    Hamas. The clause opens after a verb of saying, "that", a comma or a clause
    break; an actor or "it"/"they" opening it is the agent.
    """
    start = and_at
    while start > 0 and and_at - start < 20:
        p = start - 1
        if (
            sent.is_break(p)
            or sent.tokens[p].text == ","
            or sent.lower(p) == "that"
            or sent.at(p, "attrib_verb") is not None
        ):
            break
        start = p
    word = sent.lower(start)
    if word == "it":
        return _it_agent(state, sent, start)
    if word == "they":
        return _they_agent(state, sent, start)
    end = _np_end(sent, start, and_at)
    return _actor_in(state, sent, (start, end)) if end is not None else None


def _it_agent(state: _Doc, sent: _Tagged, it: int) -> str | None:
    """Who "it" is in "Russia said it has 600,000 troops": the speaker, if a state.

    "UN experts say it has 3,000 troops" speaks of someone else: "it" is not the
    experts but the subject of an earlier clause ("Rwanda denies the charge but
    UN experts say ...") or of the sentence before, in the same paragraph.
    """
    j = it - 1 if sent.lower(it - 1) == "that" else it
    cue = sent.ending(j, "attrib_verb")
    if cue is None and it > 0:
        return None  # "... and it sent": no antecedent we can tell
    span = _verb_subject(sent, cue.start) if cue is not None else None
    if span is not None:
        speaker = _one_state(state, sent, span)
        if speaker is not None:
            return speaker
        # "Rwanda denies it but UN experts say it has": the first clause's subject
        first = _clause_subject(sent, span[0]) if span[0] > 0 else None
        earlier = _one_state(state, sent, first) if first is not None else None
        if earlier is not None:
            return earlier
    found = _subject_before(state, sent)
    return _one_state(state, *found) if found is not None else None


def _they_agent(state: _Doc, sent: _Tagged, they: int) -> str | None:
    """Who "they" is in "..., they took 251 hostages": the actor a subject names.

    The subject of a clause opening the sentence ("When Hamas militants stormed
    the town, they took"), else that of the sentence before, in the same
    paragraph, unless it only says something ("Officials said the troops
    advanced. They lost 40": the officials did not lose them).
    """
    if they > 0:
        opening = _subordinate_opening(state, sent, they)
        if opening is None:
            return None  # "... and they took": no antecedent we can tell
        end = _np_end(sent, opening + 1, they)
        return _actor_in(state, sent, (opening + 1, end)) if end is not None else None
    found = _subject_before(state, sent)
    if found is None or found[0].at(found[1][1], "attrib_verb") is not None:
        return None
    return _actor_in(state, *found)


def _subject_before(
    state: _Doc, sent: _Tagged
) -> tuple[_Tagged, tuple[int, int]] | None:
    """The subject of the sentence before ``sent``, in the same paragraph."""
    k = sent.index
    if k == 0 or state.sentences[k - 1].paragraph != state.sentences[k].paragraph:
        return None
    before = state.tag(k - 1)
    span = _clause_subject(before, len(before.tokens))
    return (before, span) if span is not None else None


def _subordinate_opening(state: _Doc, sent: _Tagged, they: int) -> int | None:
    """The "When" of "When the rebels stormed the town, they ...", if any.

    The clause ends in the comma before "they", and its word opens a sentence
    (capitalised) or follows a comma.
    """
    if sent.tokens[they - 1].text != ",":
        return None
    words = state.lex.words("cues", "grammar", "subordinators")
    for p in range(they - 2, -1, -1):
        tok = sent.tokens[p]
        if tok.lower in words and (tok.text[0].isupper() or sent.lower(p - 1) == ","):
            return p
        if sent.is_break(p):
            return None
    return None


def _actor_in(state: _Doc, sent: _Tagged, span: tuple[int, int]) -> str | None:
    """The first actor or demonym in the noun phrase ``span``: "Hamas militants".

    Not a patron: "Iran-backed militias" are no Iranians.
    """
    for p in range(*span):
        m = sent.at(p, "actor", "demonym")
        if m is not None and not _is_patron(sent, m):
            return _speaks_for(state.lex, m.value)
    return None


def _is_patron(sent: _Tagged, m: _Match) -> bool:
    """True for the X of "X-backed": a patron, not the one acting or counted."""
    return sent.lower(m.end) == "-" and sent.lower(m.end + 1) in _PATRONAGE


# after "X-": X is a patron, not the one acting ("Iran-backed militias")
_PATRONAGE = frozenset(
    {"backed", "linked", "allied", "aligned", "affiliated", "supported", "funded"}
)


def _one_state(state: _Doc, sent: _Tagged, span: tuple[int, int]) -> str | None:
    """The actor heading the noun phrase ``span``, if "it" can stand for it."""
    m = sent.ending(span[1], "actor", "demonym")
    return _speaks_for(state.lex, m.value) if m is not None else None


def _first_conjunct(sent: _Tagged, and_at: int) -> int | None:
    """The verb of a figure's clause before "and": "killed 35 militants and"."""
    figure = False
    for k in range(and_at - 1, max(-1, and_at - 10), -1):
        if sent.is_break(k) or sent.lower(k) in {",", ";", "that", "who", "which"}:
            return None
        if sent.figure_at(k) is not None:
            figure = True
        elif figure and sent.at(k, "measure_before") is not None:
            return k
    return None


def _bind(
    state: _Doc,
    sent: _Tagged,
    idx: int,
    done: Sequence[_Binding | None],
    joined: _Binding | None = None,
) -> _Binding | None:
    """Bind figure ``idx`` to a measure, or ``None`` when it is no claim.

    ``joined`` is the binding of the next figure when this one is bound again as
    its conjunct: "12 civilians and 30 soldiers were killed".
    """
    fig, a, b = sent.figures[idx]
    np = _noun_phrase(state, sent, idx)
    if np.head == "thing":
        return None
    if joined is None:
        finite, bare, verb_end, infinitive = _verb_after(sent, np.end)
    elif np.head in {"personnel", "people"} and _conjoined(sent, np.end, idx + 1):
        finite, bare, verb_end, infinitive = joined.verb, None, joined.verb_end, False
    else:
        return None
    first_word = fig.text.split()[0].lower()
    verb_hedge = first_word in state.lex.words("cues", "grammar", "hedge_verbs")
    # "killed exceeded 3,000": what stands before such a verb is its subject
    governor, marker = (None, 0) if verb_hedge else _governor(sent, a)
    previous = next((b.measure for b in reversed(done) if b is not None), None)
    link, link_start = _linked_measure(
        sent,
        a,
        verb_hedge or first_word == "as",  # "the death toll as high as 150,000"
        previous or state.last_measure,
    )
    increment = np.increment or bool(marker)
    enemy = np.enemy
    measure: str | None = None
    first = a
    subject = np.subject
    if np.head == "none":  # "52 are Israelis": whose, in the clause itself
        subject = _predicate_people(state, sent, np.end)
    strong = False
    # people counted as a group ("civilians") are no side's: see `_group_subject`
    group_info = (
        state.lex.groups.get(np.kind) if np.head == "personnel" and np.kind else None
    )
    group = False
    # a count of no kind of its own ("20 others", "eight of whom") may be a group's
    # (but not people besides the claim before: ", along with 125 members")
    takes_group = (np.head != "personnel" or np.kind == "general") and not _added(
        sent, a
    )
    if finite is not None and infinitive and governor is not None:
        finite = None  # "drafted 300,000 reservists to be sent": the governor counts
    verb = None
    if np.head == "measure":
        measure = np.kind
    elif finite is not None:
        measure = verb = finite
        strong = True
    elif bare is not None:
        measure = verb = bare
        strong = True
    elif np.adjective is not None:
        measure = np.adjective
    if measure is None and governor is not None:
        measure = governor.value
        first = governor.start
        strong = True
    if measure is None and link is not None:
        measure = link.value
        first = link_start
        strong = True
    if measure is None and np.head == "personnel" and np.kind == "captive":
        measure = "captured"
    antecedent = np.partitive
    earlier_of = own_time = None
    listed_victims = False
    if measure is None and antecedent is None and np.head in {"none", "unknown"}:
        earlier_of, own_time = _earlier_value(sent, idx, done, np.head == "none")
        if earlier_of is not None:
            measure, increment, subject = (
                earlier_of.measure,
                earlier_of.increment,
                earlier_of.subject,
            )
            group = earlier_of.group
    if measure is None and antecedent is None:
        antecedent = _antecedent(sent, idx, done)
    if (
        measure is None
        and antecedent is not None
        and antecedent < len(done)
        and done[antecedent] is not None
    ):
        prior = done[antecedent]
        assert prior is not None
        measure = prior.measure
        increment = increment or prior.increment
        listed_victims = prior.victims  # "among the victims were 7 women and 11 ..."
        if subject is None and (takes_group or not prior.group):
            subject, group = prior.subject, prior.group
    if (
        measure is None
        and np.head == "personnel"
        and np.kind == "military"
        and _presence(sent, a, np.end)
    ):
        measure = "deployed"
    fronted = None
    if measure is None:
        fronted = _fronted_partitive(state, sent, idx, done)
        if fronted is not None:
            measure = fronted.measure
            increment = increment or fronted.increment
            if subject is None and (takes_group or not fronted.group):
                subject, group = fronted.subject, fronted.group
    victims = listed_victims
    if measure is None:
        measure = _victims_before(state, sent, a)
        victims = measure is not None
    elif measure == state.last_measure and antecedent is None:
        # "the death toll includes 52 civilians": the measure from the toll itself
        victims = _victims_before(state, sent, a) is not None
    if measure is None or measure not in state.lex.measures:
        return None
    if np.head == "unknown" and not strong and antecedent is None and not earlier_of:
        return None
    if (
        np.head == "none"
        and np.anaphoric is False
        and not (finite or bare or governor or link or antecedent is not None)
        and fronted is None
        and earlier_of is None
    ):
        return None
    # an increment marker turns a level into its increment: "3,000 additional troops"
    info = state.lex.measures[measure]
    if increment and info.kind == "level":
        for name, other in state.lex.measures.items():
            if other.kind == "increment" and other.increment_of == measure:
                measure = name
                break
    increment = state.lex.measures[measure].kind == "increment"
    counts = state.lex.measures[measure].counts
    if counts is not None and np.kind is not None and np.kind not in counts:
        return None  # "300 refugees were sent": no deployment
    if (
        counts is not None
        and np.head == "unknown"
        and earlier_of is None  # "600,000 troops, up from 470,000 last year"
        and sent.at(np.end - 1, "filler") is None  # "3,000 already dispatched"
    ):
        return None  # "30 aid groups are present": no people of a kind it counts
    # whose people: the noun phrase, else the subject of a verb whose subject's
    # own people are counted ("Pyongyang has sent", "Russia lost"); a group's
    # ("civilians") only from its own phrase or place (`_group_subject`)
    sided = group_info is None
    we = False  # "We lost 40 men": the speaker's own
    if (
        sided
        and subject is None
        and governor is not None
        and sent.at(governor.start, "measure_agent_counted")
    ):
        subject, agent_start = _agent(state, sent, governor.start)
        enemy = enemy or sent.lower(agent_start) in sent.enemies
        first = min(first, agent_start)
        we = subject is None and _said_by_we(sent, governor.start)  # "We lost 40"
    if (
        sided
        and subject is None
        and sent.lower(a - 1) in state.lex.words("cues", "grammar", "holding")
        and state.lex.measures[measure].kind == "level"
    ):
        subject, agent_start = _agent(state, sent, a - 1)  # "Russia has 600,000 troops"
        enemy = enemy or sent.lower(agent_start) in sent.enemies
        first = min(first, agent_start)
    if sided and subject is None and not enemy:
        # "Israel moved two divisions north, in addition to the 10,000 soldiers
        # already stationed there"
        subject = _added_to(state, sent, a, measure)
    if sided and subject is None and link is not None:
        owner = _of_owner(state, sent, link.end)
        if owner is None:
            # "the number of Palestinians killed": the people the link counts
            before = sent.at(link.start, "demonym", "actor", "people")
            if before is None or before.end > link.end:
                before = sent.ending(link.start, "demonym", "actor", "people")
            if before is None and sent.lower(link.start - 1) == "'s":
                before = sent.ending(link.start - 1, "actor", "people")
            owner = _speaks_for(state.lex, before.value) if before is not None else None
        # "enemy losses", "the enemy's losses"
        p = link.start - 1 - (sent.lower(link.start - 1) == "'s")
        enemy = enemy or (owner is None and sent.lower(p) in sent.enemies)
        if owner is None and not enemy:
            for k in range(link.start, max(-1, link.start - 8), -1):
                if sent.at(k, "measure_agent_counted") is not None:
                    owner, _s = _agent(state, sent, k)
                    break
        subject = owner
    agent = None
    if (
        sided
        and subject is None
        and not enemy
        and (
            np.kind in {"military", "captive"}
            or (np.kind == "general" and measure == "captured")
        )
        and governor is not None
        and sent.at(governor.start, "measure_agent_counted") is None
    ):
        # "Russian forces killed 40 soldiers", "Hamas took 251 hostages": the
        # agent's adversary's, when the stance pairs give it one; never a side
        # carried from elsewhere
        agent, _start = _agent(state, sent, governor.start)
        if agent is not None:
            subject = _adversary(state, agent, (d.subject for d in done if d))
        elif _said_by_we(sent, governor.start):
            enemy = True  # "We killed 40 soldiers": the speaker's adversary's
    bound = next((d for d in reversed(done[:idx]) if d is not None), None)
    own = (
        sided
        and subject is None
        and (
            we
            or _speakers_own(sent, a, b)
            # "12 of its fighters were killed and 19 wounded": its too
            or (
                np.head in {"none", "measure"}
                and sent.lower(np.end) not in {"of", "among"}  # "... among civilians"
                and bound is not None
                and bound.own
            )
        )
    )
    # "hostages" in one story are one people: "Hamas took 251 hostages ... 63
    # hostages are still alive" (Israel's); such nouns take no side a sentence
    # had (`uncarried_nouns`), but the side they had before
    uncarried = state.lex.words("cues", "grammar", "uncarried_nouns")
    captive = None
    if (
        sided
        and np.head == "personnel"
        and np.kind == "captive"
        and sent.lower(np.end - 1) in uncarried
    ):
        captive = sent.lower(np.end - 1).removesuffix("s")
        if subject is None and not own and not enemy:
            subject = state.captives.get(captive)
    if (
        sided
        and subject is None
        and not own
        and fronted is None
        and not enemy
        and agent is None
        and not sent.any_between("government", b, np.end)  # whose government?
    ):
        # (a part of a whole is whose the whole is, if anyone's)
        carries = sent.lower(np.end - 1) not in uncarried
        subject, group = _sentence_subject(
            state,
            sent,
            idx,
            done,
            takes_group,
            carries,
            bare=np.head in {"none", "measure"},
        )
    if captive is not None and subject is not None and fronted is None:
        state.captives[captive] = subject
    last = max(b, np.end, verb_end if (finite or bare) else b)
    binding = _Binding(
        measure=measure,
        increment=increment,
        subject=subject,
        first=min(first, a),
        last=last,
        np_end=np.end,
        verb_end=verb_end,
        partitive_of=antecedent,
        own=own,
        group=group,
        verb=verb,
        victims=victims,
        enemy=enemy,
        earlier_of=earlier_of,
        own_time=own_time,
        whole=(fronted.whole or fronted) if fronted is not None else None,
        part=_is_part(
            state, sent, idx, measure, np, done, antecedent, fronted, victims
        ),
    )
    if group_info is not None:
        return _group_subject(state, sent, binding, group_info)
    return binding


def _is_part(
    state: _Doc,
    sent: _Tagged,
    idx: int,
    measure: str,
    np: _NounPhrase,
    done: Sequence[_Binding | None],
    antecedent: int | None,
    fronted: _Binding | None,
    victims: bool,
) -> bool:
    """True when figure ``idx`` counts some of another count of its measure.

    "32 were killed, including 4 children", "Of the 251 hostages, 117 were freed",
    "eight of whom", and captives "still held": a subset, no running total.
    "4,000 killed or wounded, including 1,500 killed" is no such part: the 1,500
    are all the killed.
    """
    if state.lex.measures[measure].kind != "cumulative":
        return False
    if fronted is not None or victims:
        return True
    _fig, a, b = sent.figures[idx]
    if measure in {"captured", "missing"} and any(
        sent.lower(p) in _STILL for p in range(max(0, a - 2), b + 6)
    ):
        return True  # "63 hostages are still held": those held now, of all taken
    of_whom = sent.lower(b) == "of" and sent.lower(b + 1) in {"whom", "whose", "them"}
    if antecedent is None and of_whom:
        antecedent = idx - 1  # "71 are dead, 34 of whose bodies are in Gaza"
    whole = (
        done[antecedent]
        if antecedent is not None and 0 <= antecedent < len(done)
        else None
    )
    if whole is None or whole.measure != measure:
        return False
    # listed with a part, a part too: "including 7 women and 11 children"
    return (
        np.partitive is not None
        or np.anaphoric
        or of_whom
        or _included(sent, a)
        or whole.part
    )


# words that make a count of captives or missing people those held now
_STILL = frozenset({"still", "remain", "remains", "remaining"})


_INCLUDE = frozenset({"include", "includes", "included"})


def _included(sent: _Tagged, a: int) -> bool:
    """True for a figure counted inside another: "including 4", "among them 13"."""
    return sent.lower(a - 1) in {"including", "among"} or sent.lower(a - 2) == "among"


def _added_to(state: _Doc, sent: _Tagged, a: int, measure: str) -> str | None:
    """The agent of the deployment a figure at token ``a`` is added to, if any.

    The figure follows a word of `[cues.grammar] additions` ("in addition to the
    10,000 soldiers already there"), and a verb of the same kind of count before
    it has an actor as its subject ("Israel has moved"); the figure is that
    actor's people.
    """
    lex = state.lex
    family = lex.measures[measure].increment_of or measure
    if lex.measures[family].kind != "level":
        return None
    p = a
    while p > 0 and sent.lower(p - 1) in {"the", "a", "its", "their", "some"}:
        p -= 1
    additions = lex.words("cues", "grammar", "additions")
    for size in (3, 2, 1):
        if p >= size and " ".join(map(sent.lower, range(p - size, p))) in additions:
            break
    else:
        return None
    for q in range(p - size - 1, -1, -1):
        verb = sent.at(q, "measure_agent_counted")
        if (
            verb is not None
            and (lex.measures[verb.value].increment_of or verb.value) == family
        ):
            return _agent(state, sent, q)[0]
    return None


def _adversary(
    state: _Doc, claimant: str, also: Iterable[str | None] = ()
) -> str | None:
    """Who "the enemy" is to ``claimant``: its one adversary in the lexicon's stance.

    Of several ("Ukraine": Russia, North Korea), the one that is already a claim's
    subject in the text, or one of ``also`` (the sentence's subjects so far);
    else the one that claimed a figure in it ("Moscow said 300 Ukrainian
    soldiers died"); else nobody.
    """
    if ";" in claimant:
        return None  # two claimants: whose enemy?
    foes = {
        side
        for pair in state.lex.section("stance").get("adversaries", ())
        if claimant in pair
        for side in pair
        if side != claimant
    }
    if len(foes) > 1:
        foes = foes & (state.sides | set(also)) or foes & {
            said.claimant for said in state.claimants.values() if said is not None
        }
    return next(iter(foes)) if len(foes) == 1 else None


def _group_subject(
    state: _Doc, sent: _Tagged, binding: _Binding, info: GroupInfo
) -> _Binding:
    """People counted as a group: "civilians:Sudan", or "civilians" alone.

    The country is the phrase's own demonym ("Syrian civilians"), else, for the
    measures of ``info.by_place``, the state containing the claim's location. An
    actor elsewhere in the clause ("Russian strikes killed 20 civilians") is the
    other side, never whose the people are.
    """
    country = binding.subject
    if country is None and binding.measure in info.by_place:
        top = state.lex.top_place(_location(state, sent, binding))
        actor = state.lex.actors.get(top) if top is not None else None
        if actor is not None and actor.kind == "state":
            country = top
    subject = f"{info.label}:{country}" if country else info.label
    return attrs.evolve(binding, subject=subject, group=True)


def _predicate_people(state: _Doc, sent: _Tagged, i: int) -> str | None:
    """Whose a bare figure's people are: "52 are Israelis", "one is Nepalese"."""
    if sent.lower(i) not in {"is", "are", "was", "were"}:
        return None
    m = sent.at(i + 1, "people", "demonym")
    return _speaks_for(state.lex, m.value) if m is not None else None


def _conjoined(sent: _Tagged, end: int, nxt: int) -> bool:
    """True when only "and", "or" or a comma lie between ``end`` and figure ``nxt``."""
    between = [sent.lower(i) for i in range(end, sent.figures[nxt][1])]
    return 0 < len(between) <= 2 and all(w in _CONJUNCTS for w in between)


_CONJUNCTS = frozenset({",", "and", "or"})


def _said_by_we(sent: _Tagged, verb: int) -> bool:
    """True when "we" is the subject of the verb at ``verb``: "We have lost 40 men"."""
    k = verb
    while k > 0 and sent.at(k - 1, "aux") is not None:
        k -= 1
    return sent.lower(k - 1) == "we"


def _speakers_own(sent: _Tagged, a: int, b: int) -> bool:
    """True for "20 of its soldiers", "their 300 troops": the claimant's people."""
    if sent.lower(a - 1) in _OWN:
        return True
    return sent.lower(b) == "of" and sent.lower(b + 1) in _OWN


_CONNECTORS = frozenset(
    {
        "and",
        ",",
        "including",
        "among",
        "them",
        "plus",
        "as",
        "well",
        "with",
        "of",
        "whom",
        "which",
        "whose",
        "were",
        "are",
        "was",
        "is",
        "another",
        "other",
        "others",
        "the",
        "some",
        "also",
        "both",
        "while",
        "-",
        "–",
        "—",
        "(",
        ")",
    }
)


def _earlier_value(
    sent: _Tagged, idx: int, done: Sequence[_Binding | None], bare: bool
) -> tuple[_Binding | None, TimeRef | None]:
    """The claim whose earlier value this figure is: "73, up from 41 on Saturday".

    Only with a time of its own right after it (returned too), else the two
    values of one count would read as one day's and look like a conflict.
    ``bare``: nothing but the time may follow the figure ("41 last week").
    """
    prior = done[idx - 1] if idx > 0 else None
    _fig, a, b = sent.figures[idx]
    if prior is None or sent.lower(a - 1) != "from":
        return None, None
    times = sent.times()
    k = a - 2 - (sent.lower(a - 2) == ",")
    then = next((t for t in times if t.end == k + 1), None)  # "73 on Monday from"
    if then is not None:
        k = then.start - 1 - (sent.lower(then.start - 1) in sent.leads)
    if sent.lower(k) not in {"up", "down"} and sent.figure_at(k) != idx - 1:
        return None, None  # "up from 41", "down from 41", "rose to 73, from 41"
    # "41 on Saturday", "41 reported on Saturday", "41 last week"
    time = next((t for t in times if b <= t.start <= b + (3 if bare else 0)), None)
    return (prior, time) if time is not None else (None, None)


def _antecedent(sent: _Tagged, idx: int, done: Sequence[_Binding | None]) -> int | None:
    """A figure this one is listed with: "4 women and 10 children", "including 2".

    Only connectors may stand between the earlier figure's noun phrase and this
    figure, so "killed thousands and forced millions from their homes" is no list.
    """
    if idx == 0:
        return None
    _fig, a, _b = sent.figures[idx]
    _prev, _pa, pb = sent.figures[idx - 1]
    prior = done[idx - 1] if idx - 1 < len(done) else None
    # inside the earlier claim: "eight people, including two fighters, were killed"
    inside = prior is not None and prior.np_end <= a < prior.last
    if inside and _included(sent, a):
        return idx - 1
    # after it: "14 were killed in airstrikes overnight, including six children",
    # "..., along with 125 members of the security forces"
    if prior is not None and (
        (sent.lower(a - 1) == "including" and sent.lower(a - 2) == ",")
        or _added(sent, a)
    ):
        return idx - 1
    start = max(pb, prior.np_end, prior.last) if prior is not None else pb
    start = _past_owner(sent, start)
    between = [t.lower for t in sent.tokens[start:a]]
    if not between or len(between) > 4:
        return None
    if not set(between) <= _CONNECTORS:
        return None
    if not set(between) & {"and", ",", "including", "among", "plus", "of", "as"}:
        return None
    return idx - 1


def _added(sent: _Tagged, a: int) -> bool:
    """True after ", along with", ", as well as": people besides the claim before."""
    if sent.lower(a - 1) not in {"with", "as", "to"}:
        return False
    words = [sent.lower(p) for p in range(max(0, a - 4), a)]
    return any(
        words[-len(lead) :] == lead
        for lead in (
            [",", "along", "with"],
            [",", "as", "well", "as"],
            [",", "in", "addition", "to"],
        )
    )


def _past_owner(sent: _Tagged, j: int) -> int:
    """Skip an owner phrase: "72 fighters *of the al-Qaida-linked Nusra Front*".

    The phrase ends on a name or on forces: "125 members *of the security forces*".
    """
    if sent.lower(j) != "of":
        return j
    k = j + 1
    named = False
    while k < len(sent.tokens) and k - j < 10:
        tok = sent.tokens[k]
        forces = sent.at(k, "personnel")
        if forces is not None:
            k, named = forces.end, True
        elif tok.text[:1].isupper() or tok.text == "-" or tok.lower in {"the", "its"}:
            k += 1
            named = tok.text[:1].isupper()
        elif k + 1 < len(sent.tokens) and sent.tokens[k + 1].text == "-":
            k += 2  # a hyphenated modifier: "al-Qaida-linked"
        elif sent.tokens[k - 1].text == "-":
            k += 1
        else:
            break
    return k if k > j + 1 and named else j


def _presence(sent: _Tagged, a: int, np_end: int) -> bool:
    """Troops standing in a place: "12,000 troops in Kursk", "it was 12,000 men"."""
    nxt = sent.lower(np_end)
    if nxt in {"now", "already", "still"}:  # "12,000 troops now in Kursk"
        np_end += 1
        nxt = sent.lower(np_end)
    if nxt in {"in", "inside", "on", "at"}:
        return True
    if nxt in {"are", "were", "is", "was"} and sent.lower(np_end + 1) in {
        "in",
        "now",
        "already",
        "still",
        "stationed",
        "present",
    }:
        return True
    return a > 0 and sent.lower(a - 1) in {
        "was",
        "were",
        "is",
        "are",
        "numbered",
        "numbering",
        "totalled",
        "totaled",
    }


# words between "the victims" and the figure: "among the victims were 6 women"
_VICTIM_GLUE = frozenset(
    {"were", "are", "was", "is", "also", ":", ",", "the", *_INCLUDE}
)


def _victims_before(state: _Doc, sent: _Tagged, a: int) -> str | None:
    """The measure of "among the victims were 6 women", or None.

    The victims are the people the last claim counted, when that claim counts a
    toll that never falls (killed, wounded, casualties). So are the people the
    toll itself holds, when it is said to: "the death toll includes 52
    civilians", "among the dead are 14 children" ("the death toll is 52" is the
    toll, not a part of it).
    """
    measure = state.last_measure
    info = state.lex.measures.get(measure) if measure is not None else None
    if info is None or info.kind != "cumulative":
        return None
    victims = state.lex.words("cues", "grammar", "victim_nouns")
    for k in range(a - 1, max(-1, a - 6), -1):
        word = sent.lower(k)
        if word in victims:
            return measure if sent.lower(k - 1) in {"the", "among"} else None
        toll = sent.ending(k + 1, "measure_nouns")
        if (
            toll is not None
            and toll.value == measure
            and sent.lower(toll.start - 1) == "the"
            and (
                sent.lower(toll.start - 2) == "among"
                or any(sent.lower(p) in _INCLUDE for p in range(toll.end, a))
            )
        ):
            return measure
        if word not in _VICTIM_GLUE:
            return None
    return None


def _fronted_partitive(
    state: _Doc, sent: _Tagged, idx: int, done: Sequence[_Binding | None]
) -> _Binding | None:
    """The whole a fronted partitive takes a part of, as it was bound.

    "Of the 180 hostages taken in the raid, 95 have been freed": the first figure
    of the sentence, for the figure right after the comma that closes it. "Of the
    70 thought to be alive, 52 ...": a figure claimed before. "Of them, 12 are
    women": the claim of the sentence before.
    """
    if not sent.figures:
        return None
    last = state.last_binding
    if idx == 0 and (
        _more_of(sent)
        or (
            last is not None
            and last.whole is not None
            and sent.figures[0][1] == 0
            and _says_who(sent, sent.figures[0][2])
        )
    ):
        # "Another six are Thais", "The remaining 12 are men", and after parts
        # "Forty are men": more of the whole the last claim counted part of,
        # whose people they are not said to be
        if last is None or state.last_claim != sent.index - 1:
            return None
        return _more_of_whole(last)
    before = done[idx - 1] if idx > 0 else None
    if (
        before is not None
        and before.whole is not None
        and sent.lower(sent.figures[idx][1] - 1) in {",", "and"}
        and _says_who(sent, sent.figures[idx][2])
    ):
        # "Another six are Thais, one is Nepalese": a part listed after a part
        return _more_of_whole(before)
    if sent.lower(0) != "of":
        return None
    if sent.lower(1) in {"them", "those", "these"} and sent.lower(2) == ",":
        return state.last_binding if state.last_claim == sent.index - 1 else None
    first_fig, a, _b = sent.figures[0]
    if a > 3 or idx == 0:
        return None  # the whole itself, named again, is no new claim
    if done[0] is not None and idx == 1 and sent.lower(sent.figures[1][1] - 1) == ",":
        # the comma closing the whole's phrase, which may hold others: "Of the
        # 200 hostages taken on March 3, 2024, 117 have been freed"; the whole
        # as claimed before, if it was, knows whose they are
        seen = state.values.get(first_fig.low) if first_fig.low is not None else None
        return done[0] if seen is None or done[0].subject is not None else seen
    if first_fig.low is not None:
        return state.values.get(first_fig.low)
    return None


def _more_of_whole(last: _Binding) -> _Binding:
    """The whole a part after ``last`` counts from: the people the whole was.

    After a part ("52 are Israelis") it is the whole itself, not the part's side;
    after a claim that was no part ("300 were killed. The other 12 ..."), the
    claim as bound, but not whose people it counted.
    """
    if last.whole is not None:
        return attrs.evolve(last.whole, group=False)
    return attrs.evolve(last, subject=None, group=False)


def _says_who(sent: _Tagged, b: int) -> bool:
    """True when a figure ending at token ``b`` is said to be people: "are men".

    One word may qualify them: "are military personnel", "are young children".
    """
    return sent.lower(b) in _BE and any(
        sent.at(p, "people", "demonym", "personnel") is not None for p in (b + 1, b + 2)
    )


def _more_of(sent: _Tagged) -> bool:
    """True for "Another six are Thais", "The other 10 are women": more of a whole."""
    a = 1 if sent.lower(0) == "another" else 2
    if a == 2 and (sent.lower(0), sent.lower(1)) not in _MORE_OF:
        return False
    fig = sent.figure_at(a)
    if fig is None:
        return False
    return _says_who(sent, sent.figures[fig][2])


_MORE_OF = frozenset({("the", "other"), ("the", "remaining"), ("a", "further")})


def _sentence_subject(
    state: _Doc,
    sent: _Tagged,
    idx: int,
    done: Sequence[_Binding | None],
    takes_group: bool,
    carries: bool = True,
    bare: bool = False,
) -> tuple[str | None, bool]:
    """The subject of an earlier figure of the sentence, or of a recent sentence.

    Returns the subject and whether it is a group's ("civilians:Sudan"), which
    only a count of no kind of its own takes ("17 others", not "20 soldiers").
    A recent sentence's subject is taken only when ``carries``: "about 100
    people were killed" after "three Malawians were killed" are not Malawians.
    A ``bare`` figure ("and injured nine") counts the kind of the figure before
    it in the sentence, and is nobody's when that one is.
    """
    for prior in reversed(done[:idx] if carries else ()):
        if prior is None or (bare and prior.partitive_of is not None):
            continue  # "200, including 10 civilians, were killed and 400 wounded"
        if prior.subject is None and bare:
            # "Shelling killed two people and injured nine": the nine are the
            # two's kind, nobody's; no earlier sentence's side
            return None, False
        if prior.subject is None:
            continue
        if takes_group or not prior.group:
            return prior.subject, prior.group
    if state.last_subject is not None and carries:
        k, subject = state.last_subject
        if sent.index - k <= 3:
            return subject, False
    return None, False


# ---------------------------------------------------------------------- claimant


def _np_text(state: _Doc, sent: _Tagged, i: int, j: int) -> str | None:
    while i < j and sent.tokens[i].text in _QUOTE_CHARS | {",", "-"}:
        i += 1
    while j > i and sent.tokens[j - 1].text in _QUOTE_CHARS | {",", "-", "."}:
        j -= 1
    if i >= j:
        return None
    return state.text[sent.tokens[i].start : sent.tokens[j - 1].end]


def _resolve(state: _Doc, sent: _Tagged, i: int, j: int, k: int) -> _Attribution | None:
    """Resolve the claimant noun phrase ``tokens[i:j]`` of sentence ``k``."""
    while i < j and not sent.tokens[i].text[:1].isalnum():
        i += 1
    text = _np_text(state, sent, i, j)
    if text is None:
        return None
    lex = state.lex
    actors: list[str] = []
    media_role = False
    person_role = False
    names: list[tuple[int, int]] = []
    p = i
    while p < j:
        m = sent.at(p, "actor", "demonym", "people")
        if m is not None and m.end <= j:
            info = lex.actors.get(m.value)
            if info is not None and info.kind == "media" and info.represents is None:
                return _Attribution(claimant=m.value, text=text)
            if sent.lower(m.end) == "'s" and sent.at(m.end + 1, "actor") is not None:
                p = m.end + 1  # "Yemen's Houthis": the Houthis, not Yemen too
                continue
            if (
                sent.lower(m.end) == "'s"
                and _after_locative(sent, p, i)
                and not any(sent.at(q, "role_person", "role_org") for q in range(i, p))
            ):
                # "fighters in Myanmar's Sagaing region": where, not whose (but
                # "a source at Russia's defence ministry" and "officials in
                # Ukraine's Sumy region" are Russia's and Ukraine's)
                q = m.end + 1
                while q < j and sent.tokens[q].text[:1].isupper():
                    q += 1
                if sent.lower(q) in _PLACE_WORDS:
                    p = q + 1
                    continue
            name = _speaks_for(lex, m.value)
            if name not in actors:
                actors.append(name)
            p = m.end
            continue
        if sent.at(p, "role_media"):
            media_role = True
        role = sent.at(p, "role_person")
        if role is not None:
            person_role = True
            if role.end > p + 1:
                p = role.end  # "Defence Minister Pedro Sanchez": no part of the name
                continue
        tok = sent.tokens[p]
        if (
            tok.text[:1].isupper()
            and tok.text.isalpha()
            and p > i
            and sent.lower(p - 1) not in {"-"}
        ):
            q = p
            while (
                q < j
                and (
                    sent.tokens[q].text[:1].isupper()
                    or (
                        sent.tokens[q].lower in {"for", "of", "-", "and"}
                        and q + 1 < j
                        and sent.tokens[q + 1].text[:1].isupper()
                    )
                )
                and not sent.at(q, "actor", "demonym")
            ):
                q += 1
            if q > p:
                if not _after_locative(sent, p, i):  # "a source at X's hospital"
                    names.append((p, q))
                p = q
                continue
        elif (
            tok.text[:1].isupper()
            and tok.text.isalpha()
            and p == i
            and not sent.at(
                p, "determiner", "pronoun", "role_person", "role_org", "role_media"
            )
            and not (
                p == 0
                and p + 1 < j
                and not sent.tokens[p + 1].text[:1].isupper()
                and sent.tokens[p + 1].lower != "'s"  # "Ruritania's army said"
            )
        ):
            q = p
            while (
                q < j
                and sent.tokens[q].text[:1].isupper()
                and not sent.at(q, "actor", "demonym")
            ):
                q += 1
            if q > p:
                names.append((p, q))
                p = q
                continue
        p += 1
    if media_role and names:
        a, b = names[-1]
        name = state.text[sent.tokens[a].start : sent.tokens[b - 1].end]
        return _Attribution(claimant=name, text=text)
    if actors:
        return _Attribution(claimant="; ".join(actors), text=text)
    for a, b in names:
        name = state.text[sent.tokens[a].start : sent.tokens[b - 1].end]
        if all(
            sent.at(q, "role_person", "role_org", "determiner") for q in range(a, b)
        ):
            continue
        learned = _learned_actor(state, name, person_role)
        if learned is not None:
            return _Attribution(claimant=learned, text=text)
        if not person_role or b - a >= 1:
            return _Attribution(claimant=name, text=text)
    # a pronoun or a definite description: "he", "the agency", "the report"
    first = sent.lower(i)
    if first in {
        "he",
        "she",
        "it",
        "they",
        "we",
        "the",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
    }:
        head = None if first in _PRONOUNS else _head_word(text)
        prior = _prior_claimant(state, k, sent, i, head)
        if prior is not None:
            return _Attribution(claimant=prior.claimant, text=text)
    return _Attribution(claimant=_institution_voice(state, sent, i, j), text=text)


def _head_word(text: str | None) -> str | None:
    """The last word of a noun phrase: "ministry" of "the health ministry".

    A description owned by a noun is that noun's: "the junta's information
    team" speaks for the junta, "the ministry's spokesman" for the ministry.
    """
    words = normalize(text or "").split()
    for word in words[1:]:
        owner = word.removesuffix("'s")
        if owner != word and owner.isalpha():
            return owner
    words = [w for w in words if w.isalpha()]
    return words[-1] if words else None


def _learned_actor(state: _Doc, name: str, person_role: bool) -> str | None:
    """An unknown name's actor, learned from the document ("South Korean MP Lee")."""
    if name in state.names:
        return state.names[name]
    if len(state.names) >= _NAME_BUDGET:
        return None  # a document naming hundreds of strangers: stop learning
    found: str | None = _named_in_full(state, name)
    words = name.split()
    key = words[0] if words else name
    if key.isupper() and 2 <= len(key) <= 6:
        found = _acronym_actor(state, key)
    elif found is None:
        lo, hi = _name_window(state)
        for at in itertools.islice(_word_hits(state.text, key, lo, hi), _NAME_HITS):
            window = tokenize(state.text, max(0, at - 80), at)[-8:]
            tagged = _tag_window(state, window) if window else None
            if tagged is not None:
                found = tagged
                break
    state.names[name] = found
    return found


def _name_window(state: _Doc) -> tuple[int, int]:
    """The stretch of text searched for a name: around the sentence being read."""
    return max(0, state.here - _NAME_WINDOW), min(
        len(state.text), state.here + _NAME_WINDOW
    )


def _word_hits(text: str, word: str, lo: int, hi: int) -> Iterator[int]:
    r"""Where ``word`` stands whole in ``text[lo:hi]``: `re` finditer of ``\bword\b``.

    Found with `str.find`: a name is searched for once, and compiling a pattern
    for it cost more than the search (the cache of `re` holds 512).
    """
    if not word:  # the empty pattern matches at every boundary
        pattern = re.compile(r"\b\b")
        yield from (m.start() for m in pattern.finditer(text, lo, hi))
        return
    size = len(word)
    first, last = _is_word(word[0]), _is_word(word[-1])
    at = text.find(word, lo, hi)
    while at >= 0:
        end = at + size
        # a boundary: a word character on one side only (the text ends at hi)
        if (first != (at > 0 and _is_word(text[at - 1]))) and (
            last != (end < hi and _is_word(text[end]))
        ):
            yield at
            at = text.find(word, end, hi)
        else:
            at = text.find(word, at + 1, hi)


def _is_word(char: str) -> bool:
    r"""A character `re` counts as a word character (``\w``)."""
    return char.isalnum() or char == "_"


_ORGS = frozenset({"organisation", "media", "armed_group", "bloc"})


def _named_in_full(state: _Doc, name: str) -> str | None:
    """The actor named in full elsewhere in the text ("the Observatory")."""
    lo, hi = _name_window(state)
    for at in itertools.islice(_word_hits(state.text, name, lo, hi), _NAME_HITS):
        stop = at + len(name)
        toks = tokenize(state.text, max(0, at - 60), min(len(state.text), stop + 60))
        for i in range(len(toks)):
            for end, (category, value) in state.lex.phrases.matches(toks, i):
                info = state.lex.actors.get(value) if category == "actor" else None
                covers = toks[i].start <= at and toks[end - 1].end >= stop
                if info is not None and info.kind in _ORGS and covers and end - i > 1:
                    return (
                        _speaks_for(state.lex, value) if info.represents else str(value)
                    )
    return None


def _tag_window(state: _Doc, window: list[Token]) -> str | None:
    best = None
    for i in range(len(window)):
        if window[i].text in {".", ";", "\n"}:
            best = None
            continue
        for _end, (category, value) in state.lex.phrases.matches(window, i):
            if category in {"actor", "demonym"} and window[i].text[:1].isupper():
                best = _speaks_for(state.lex, value)
                break
    return best


def _acronym_actor(state: _Doc, acronym: str) -> str | None:
    """The actor of an acronym spelled out in the document ("JCS")."""
    pattern = (
        r"\b"
        + r"\s{1,3}(?:(?:of|the|and|for|on)\s{1,3}){0,3}".join(
            re.escape(c) + r"[\w'-]{0,30}" for c in acronym
        )
        + r"\b"
    )
    lo, hi = _name_window(state)
    m = re.search(pattern, state.text[lo:hi])
    if m is None:
        return None
    at = lo + m.start()
    window = tokenize(state.text, max(0, at - 40), at)[-4:]
    return _tag_window(state, window)


def _prior_claimant(
    state: _Doc, k: int, sent: _Tagged, before: int, head: str | None = None
) -> _Attribution | None:
    """The claimant a pronoun or a definite description ("the ministry") means.

    A description taken from an earlier sentence must name the same kind of
    speaker: "the ministry" points back to "Russia's defence ministry", but "the
    health ministry" or "the rebels" never to "the Israeli military".
    """
    # earlier in the same sentence: "The newspaper Pravda published what it said"
    for start, _end, kind in reversed([c for c in _cues(sent) if c[1] <= before]):
        if kind != "attrib_verb":
            continue
        subj = _verb_subject(sent, start)
        if subj is not None and sent.lower(subj[0]) not in _PRONOUNS:
            found = _resolve(state, sent, subj[0], subj[1], k)
            if found is not None and found.claimant is not None:
                return found
    # "Russia's ministry said it ..." (not a place: "killed in Lebanon, the army
    # said"); a description ("the agency") only of a possessor: "North Korea sent
    # 3,000 troops, the spy agency said" is no North Korean agency's word
    description = sent.lower(before) not in _PRONOUNS
    for p in range(before - 1, -1, -1):
        m = sent.at(p, "actor")
        if (
            m is not None
            and m.end <= before
            and not _after_locative(sent, p)
            and not (description and sent.lower(m.end) != "'s")
        ):
            return _Attribution(claimant=_speaks_for(state.lex, m.value), text=None)
    if head in state.lex.words("cues", "roles", "groups"):
        opener = _opening_organisation(state, k)
        if opener is not None:
            return opener
    for back in range(1, _CARRY_SENTENCES + 1):
        if k - back not in state.claimants:
            _sentence_attribution(state, k - back)  # fills the cache
        prior = state.claimants.get(k - back)
        if (
            prior is not None
            and prior.claimant is None
            and head is not None
            and _named_by(head, prior.text)
        ):
            return None  # "Local medics said ... the medics said": unknown still
        if prior is not None and prior.claimant is not None:
            if head is not None and not _same_head(head, prior.text):
                return None
            if (
                head in state.lex.words("cues", "roles", "states")
                and not _is_state(state.lex, prior.claimant)
                and not _same_head(head, normalize(prior.text or ""))
            ):
                return None  # "the army" is not JNIM, but is the Arakan Army
            return prior
    return None


def _opening_organisation(state: _Doc, k: int) -> _Attribution | None:
    """The group "the group" means: the one opening the sentence before it.

    "The RSF denied the account. In a statement, the group said ...": the RSF.
    Only in the same paragraph, and a state is not "the group".
    """
    if k == 0 or state.sentences[k - 1].paragraph != state.sentences[k].paragraph:
        return None
    before = state.tag(k - 1)
    span = _clause_subject(before, len(before.tokens))
    m = before.ending(span[1], "actor") if span is not None else None
    info = state.lex.actors.get(m.value) if m is not None else None
    if m is None or info is None or info.kind not in _ORGS:
        return None
    return _Attribution(claimant=_speaks_for(state.lex, m.value), text=None)


def _own_voice(state: _Doc, text: str | None, subject: str) -> str | None:
    """The state an unnamed officer speaks for: the one whose losses it counts.

    "Five Nigerian soldiers were killed, a military officer said": the officer
    is Nigeria's, when ``text`` has a word of `[cues.roles] state_voices` and no
    other state is a subject in the story so far.
    """
    lex = state.lex
    if text is None or not _is_state(lex, subject):
        return None
    words = lex.words("cues", "roles", "state_voices")
    if not any(w in words for w in normalize(text).split()):
        return None
    others = {side for side in state.sides if side != subject and _is_state(lex, side)}
    return None if others else subject


def _institution(state: _Doc, noun: str, end: int) -> str | None:
    """The state whose ``noun`` ("army") the story names before offset ``end``.

    "Sudan's army", "the Sudanese army" or "Sudan's federal government" name one;
    the answer is that state when all the bodies so named before are its (none
    after "Sudan's army ... Chad's army"). The text is read once per noun, as far
    as it was asked for, so a story asking at every claim stays linear.
    """
    words = state.lex.institutions.get(noun)
    if words is None:
        return None
    body = words[0]
    read, owners = state.institutions.get(body, (0, []))
    if end > read:
        for word in words:
            for at in _word_hits(state.text, word, read, end):
                window = tokenize(state.text, max(0, at - 60), at)[-6:]
                owner = _owner_before(state.lex, window)
                if owner is not None:
                    owners.append((at, owner))
        state.institutions[body] = (end, owners)
    named = {owner for at, owner in owners if at < end}
    return named.pop() if len(named) == 1 else None


def _own_institutions(state: _Doc, text: str | None, owner: str, at: int) -> None:
    """Record the bodies of a speaker ``text`` as ``owner``'s (`_institution`)."""
    for word in normalize(text or "").split():
        words = state.lex.institutions.get(word)
        if words is not None:
            read, owners = state.institutions.get(words[0], (0, []))
            owners.append((at, owner))
            state.institutions[words[0]] = (read, owners)


def _owner_before(lex: Lexicon, window: list[Token]) -> str | None:
    """The state named just before a body: "Sudan's", "Sudanese", "Sudan's federal"."""
    for i in range(len(window)):
        for end, (category, value) in lex.phrases.matches(window, i):
            if category not in {"actor", "demonym"} or not window[i].text[:1].isupper():
                continue
            rest = [normalize(t.text) for t in window[end:]]
            if rest[:1] == ["'s"]:
                rest = rest[1:]
            if len(rest) > 1 or (rest and not rest[0].isalpha()):
                continue
            if rest and rest[0] in lex.words("cues", "grammar", "determiners"):
                continue
            name = _speaks_for(lex, value)
            return name if _is_state(lex, name) else None
    return None


def _institution_voice(state: _Doc, sent: _Tagged, i: int, j: int) -> str | None:
    """The state a speaker "the army" or "a government spokesman" (``i:j``) is.

    The body must be the phrase's last word, own the rest ("the junta's
    information team") or come before a word of `[cues.roles]
    institution_voices`: "a military analyst" speaks for no one.
    """
    voices = state.lex.words("cues", "roles", "institution_voices")
    for p in range(i, j):
        word = sent.lower(p)
        if p == j - 1 or sent.lower(p + 1) in voices or sent.lower(p + 1) == "'s":
            found = _institution(state, word, sent.tokens[i].start)
            if found is not None:
                return found
    return None


def _is_state(lex: Lexicon, claimant: str) -> bool:
    """True when every actor of a claimant ("Israel; Hamas") is a state."""
    return all(
        (info := lex.actors.get(name)) is not None and info.kind == "state"
        for name in claimant.split("; ")
    )


def _the_group(state: _Doc, sent: _Tagged, at: int) -> str | None:
    """Whom "the group" at token ``at`` means, if it is such a noun.

    The last group that is no state named before it in the sentence ("struck
    Hezbollah depots and killed eight of the group's fighters"), else the one
    opening the sentence before (`_opening_organisation`).
    """
    if sent.lower(at) not in state.lex.words("cues", "roles", "groups"):
        return None
    for p in range(at - 1, -1, -1):
        m = sent.at(p, "actor")
        if m is None:
            continue
        info = state.lex.actors.get(m.value)
        if info is not None and info.kind in _ORGS and info.kind != "media":
            return _speaks_for(state.lex, m.value)
    opener = _opening_organisation(state, sent.index)
    return opener.claimant if opener is not None else None


def _same_head(head: str, text: str | None) -> bool:
    """True when a description with the noun ``head`` may mean the speaker ``text``.

    A name ("South Korea's National Intelligence Service", "Russia") may be
    called anything later ("the agency"); a description ("the Israeli military")
    only by its own noun ("the military"), singular or plural.
    """
    words = [w for w in (text or "").split() if w[:1].isalpha()]
    if not words or words[-1][:1].isupper():
        return True
    return _named_by(head, text)


def _named_by(head: str, text: str | None) -> bool:
    """True when the speaker ``text`` has the noun ``head``, singular or plural."""
    return bool(
        {head, head + "s", head.removesuffix("s")} & set(normalize(text or "").split())
    )


def _after_locative(sent: _Tagged, p: int, start: int = 0) -> bool:
    """True when token ``p`` names where, after "in", "near" ... ("in southern X").

    Only a locative at or after token ``start`` counts.
    """
    j = p - 1
    while j >= start and sent.lower(j) in _PLACE_LEAD:
        j -= 1
    return j >= start and sent.lower(j) in _LOCATIVE


_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "what", "who"})
_PRESENT = frozenset({"remain", "remains", "are", "is", "stay", "stays", "have", "has"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _cues(sent: _Tagged) -> list[tuple[int, int, str]]:
    """Attribution cues of a sentence: (start, end, kind).

    A verb of saying in the passive ("is believed to", "was reported") attributes
    nothing: its subject is what is said, not who says it.
    """
    if sent.cues is not None:
        return sent.cues
    out = []
    i = 0
    for p in sent.starts:  # the tokens phrases start at, in order
        if p < i:
            continue
        m = sent.at(p, "attrib_before", "attrib_passive", "attrib_verb")
        if m is None:
            continue
        i = p
        if m.category == "attrib_verb" and (
            (i > 0 and sent.tokens[i].text[:1].isupper())
            or _as_noun(sent, i)
            or _longer_measure(sent, m)  # "claimed the lives of 80"
        ):
            i = m.end
            continue
        passive = m.category == "attrib_verb" and (
            sent.lower(i - 1) in _BE
            or (sent.lower(i - 2) in _BE and sent.at(i - 1, "filler") is not None)
            or sent.lower(m.end) == "by"
            or (sent.lower(m.end) == "to" and sent.lower(i) not in sent.infinitives)
        )
        if not passive:
            out.append((m.start, m.end, m.category))
        i = m.end
    sent.cues = out
    return out


def _longer_measure(sent: _Tagged, cue: _Match) -> bool:
    """True when a measure's phrase starting at a verb of saying runs past it."""
    found = sent.at(cue.start, "measure_before")
    return found is not None and found.end > cue.end


# words before a verb of saying that make it a noun: "its report", "the claims";
# quantifiers only before a plural: "some estimates", but "some said"
_NOUN_LEADS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "latest"}
)
_QUANTIFIERS = frozenset({"some", "many", "several", "most", "other", "such"})
# verbs of saying whose base form is a noun too: "a UN *report*"
_SAYING_NOUNS = frozenset({"report", "estimate", "claim", "count", "note", "record"})


def _as_noun(sent: _Tagged, i: int) -> bool:
    """True when the verb of saying at token ``i`` is a noun: "some estimates".

    Also a base form after a name after a determiner: "a Wall Street Journal
    *report*", "the UN *estimate*" (but "the Houthis *claim*" is a verb).
    """
    before = sent.lower(i - 1) if i > 0 else ""
    if before in _NOUN_LEADS or (
        before in _QUANTIFIERS and sent.lower(i).endswith("s")
    ):
        return True
    if sent.lower(i) not in _SAYING_NOUNS or before.endswith("s"):
        return False
    j = i - 1
    while (
        j > max(0, i - 6)
        and sent.tokens[j].text[:1].isupper()
        and sent.lower(j) not in _NOUN_LEADS
    ):
        j -= 1
    return j < i - 1 and sent.lower(j) in _NOUN_LEADS


def _verb_subject(sent: _Tagged, start: int) -> tuple[int, int] | None:
    """The subject noun phrase before an attribution verb."""
    if (
        start > 1
        and sent.tokens[start - 1].text == ","
        and sent.lower(start)[-3:] == "ing"
    ):
        # "The army denied the report, saying ...": the participle's subject is
        # the subject of the clause it hangs on
        return _said_before(sent, start - 1) or _clause_subject(sent, start - 1)
    j = start
    # skip auxiliaries and adverbs: "has stated", "had long reported", "also said"
    while j > 0 and (
        sent.at(j - 1, "aux", "filler")
        or sent.lower(j - 1).endswith("ly")
        or sent.lower(j - 1)
        in {"long", "also", "repeatedly", "previously", "earlier", "having"}
    ):
        j -= 1
    # a time between subject and verb: "X on Monday said", "X on June 15 estimated"
    for time in sent.times() if j > 1 else ():
        if time.end == j and time.start > 0:
            j = time.start - (sent.lower(time.start - 1) in sent.leads)
            break
    k = j
    i = j
    while i > 0 and j - i < _CLAIMANT_MAX:
        tok = sent.tokens[i - 1]
        if tok.text == "," and _in_actor_list(sent, i - 1):
            i -= 1
            continue
        if tok.text == "," and i == k:
            span = _clause_subject(sent, k)
            if span is not None and span[1] == k - 1:
                return span  # "An armed group, the Southern Front, said"
        opening = _relative_opening(sent, i - 1) if i - 1 == k - 1 else None
        if opening is not None:
            # "Ukraine's defence minister, who visited the front, said"
            i = k = opening
            continue
        if (
            tok.text == ")"
            and i >= 3
            and sent.tokens[i - 3].text == "("
            and sent.tokens[i - 2].text[:1].isupper()
        ):
            i -= 3  # "The Syrian Observatory for Human Rights (SOHR) said"
            if i == k - 3:
                k = i
            continue
        if (
            sent.is_break(i - 1)
            or tok.text in {",", '"', "“", "”"}
            or sent.figure_at(i - 1) is not None
            or _loose_dash(sent, i - 1)  # "YANGON, Nov 5 - Myanmar's army said"
        ):
            break
        if (
            tok.lower
            in {
                "that",
                "with",
                "while",
                "as",
                "but",
                "and",
                "after",
                "because",
                "since",
                "when",
                "if",
                "although",
                "though",
                "whereas",
                "where",
                "which",
                "who",
                "whom",
                "whose",
                "what",
                "how",
                "whether",
            }
            and i - 1 < k
        ):
            if (
                tok.lower == "and"
                and i - 2 >= 0
                and (
                    sent.at(i - 2, "actor", "demonym")
                    or _opening_conjunct(sent, i - 1)  # "The army and police said"
                )
            ):
                i -= 1
                continue
            if tok.lower == "and" and i < k and sent.tokens[i].text[:1].isupper():
                i -= 1
                continue
            if tok.lower == "and" and i == k:
                # "X claimed responsibility and said": the first verb's subject
                return _clause_subject(sent, i - 1)
            if tok.lower == "who" and i >= 2 and sent.tokens[i - 2].lower.isalpha():
                # "A security official who spoke on condition of anonymity
                # told ...": the subject stands before its relative clause
                i -= 1
                k = i
                continue
            break
        if (
            sent.at(i - 1, "attrib_verb")
            and i - 1 < k - 1
            and not _as_noun(sent, i - 1)
        ):
            break
        i -= 1
    # a time or an adverb opening the clause, with no comma after it: "On
    # Tuesday the army said", "Overnight the army said" (with the comma, the
    # scan stopped there)
    lead = i
    while (
        lead < k - 1
        and sent.lower(lead) in sent.leads
        and sent.at(lead, "determiner") is None  # "This group said"
    ):
        lead += 1
    for time in sent.times() if i < k else ():
        if i <= time.start <= lead and time.end < k:
            lead = time.end
            break
    i = lead
    if i >= k:
        return None
    return i, k


def _opening_conjunct(sent: _Tagged, and_at: int) -> bool:
    """Does a noun phrase that opens the clause end at ``and_at``: "The army and"?

    "The convoy carried the minister and officials said": no, a clause ends there.
    """
    m = sent.ending(and_at, *_NP_HEADS)
    if m is None:
        return False
    j = m.start
    before = sent.ending(j, "determiner", "demonym", "actor")
    while before is not None:
        j = before.start
        before = sent.ending(j, "determiner", "demonym", "actor")
    return j == 0 or sent.is_break(j - 1) or sent.tokens[j - 1].text == ","


def _said_before(sent: _Tagged, comma: int) -> tuple[int, int] | None:
    """The speaker of a verb of saying that ends its clause at ``comma``.

    In "..., the lawyers' group said on Tuesday, adding that ..." the group adds.
    """
    for start, end, kind in reversed(_cues(sent)):
        if end > comma or kind != "attrib_verb":
            continue
        if sent.lower(start - 1) in _ARTICLES:
            continue  # "rejected the report, adding": a noun, no verb
        if any(sent.tokens[p].text == "," for p in range(end, comma)):
            return None
        subject = _verb_subject(sent, start)
        if subject is None and sent.tokens[start - 1].text in {",", *_QUOTE_CHARS}:
            # "..., said the ministry, adding": an inverted verb's speaker
            # follows it; "claimed responsibility, saying" has none there
            return _verb_object(sent, end)
        return subject
    return None


_ARTICLES = frozenset({"a", "an", "the", "its", "their", "his", "her"})
_NP_HEADS = ("actor", "demonym", "people", "role_person", "role_org", "role_media")


def _clause_subject(sent: _Tagged, comma: int) -> tuple[int, int] | None:
    """The subject of the clause ending at ``comma``: the noun phrase before its verb.

    The clause starts at the sentence's start or after a comma: the first part
    that opens with a noun phrase ended by a lower-case word (its verb) or by a
    comma (a clause "which ..." follows) is it. A part opening with a time or a
    preposition ("On Tuesday,") is skipped.
    """
    # after a wire dateline: "MOGADISHU, June 2 - Gunmen stormed ..."
    begin = next((p + 1 for p in range(min(comma, 12)) if _loose_dash(sent, p)), 0)
    while begin < comma:
        lead = sent.lower(begin) in sent.leads or sent.at(begin, "weekday", "month")
        end = None if lead else _np_end(sent, begin, comma)
        if end is not None:
            return begin, end
        nxt = next(
            (p + 1 for p in range(begin, comma) if sent.tokens[p].text == ","), None
        )
        if nxt is None or not lead:
            return None
        begin = nxt
    return None


def _np_end(sent: _Tagged, i: int, stop: int, *, apposed: bool = False) -> int | None:
    """Where the noun phrase opening at token ``i`` ends, if one does before ``stop``.

    "The Kurdish-led force gave ...": determiners and modifiers, then a head (a
    name, an actor, a role such as "ministry", a kind of people); the first
    lower-case word after the head ends it, or a comma before a "who"/"which",
    or the comma closing a name set beside it: "An armed group, the Southern
    Front, claimed ..." (``apposed``: the phrase is that name).
    """
    head = False
    j = i
    while j < stop and j - i < _CLAIMANT_MAX:
        tok = sent.tokens[j]
        m = sent.at(j, *_NP_HEADS)
        if m is not None:
            head = True
            j = max(m.end, j + 1)
            continue
        glued = j > i and sent.tokens[j - 1].end == tok.start
        if tok.text in {"'s", "’s", "-"} or (glued and sent.lower(j - 1) == "-"):
            j += 1
            continue
        if (
            head
            and sent.lower(j) in {"and", "of"}
            and sent.tokens[min(j + 1, stop - 1)].text[:1].isupper()
        ):
            j += 1  # "Israel and Hamas", "the Ministry of Defence"
            continue
        if sent.lower(j) in sent.leads or (
            sent.at(j, "determiner") is None and _is_function_word(sent, j)
        ):
            return j if head and j > i else None
        if tok.text[:1].isupper() and tok.text.isalpha():
            head = head or not sent.at(j, "determiner", "pronoun")
            j += 1
            continue
        if not tok.text.isalpha():
            break
        if head:
            return j  # the clause's verb
        j += 1
    if j >= stop or sent.tokens[j].text != ",":
        return None
    if not head and not (j - i > 1 and sent.lower(i) in {"a", "an", "the"}):
        return None  # "A militia, ...": an article and a noun unknown to us
    if sent.lower(j + 1) in {"who", "which"}:
        return j
    if apposed:
        verb = sent.tokens[min(j + 1, len(sent.tokens) - 1)].text
        return j if verb.isalpha() and verb.islower() else None
    return _np_end(sent, j + 1, stop, apposed=True)


def _relative_opening(sent: _Tagged, comma: int) -> int | None:
    """The opening comma of a relative clause that ends at ``comma``, or None.

    In "the minister, who visited the front, said", the clause "who visited the
    front" stands between the subject and its verb; so does a participle's
    ("Two officials, speaking on condition of anonymity, put the toll at 19"),
    and a phrase set beside a name ("JNIM, the al-Qaeda affiliate in the Sahel,
    said").
    """
    if sent.tokens[comma].text != ",":
        return None
    for p in range(comma - 1, max(0, comma - _CLAIMANT_MAX), -1):
        if sent.is_break(p) or sent.figure_at(p) is not None:
            return None
        if sent.tokens[p].text == ",":
            opens = sent.lower(p + 1)
            clause = opens in {"who", "which", "the", "a", "an"} or opens.endswith(
                "ing"
            )
            return p if clause and p > 0 else None
    return None


def _loose_dash(sent: _Tagged, i: int) -> bool:
    """True for a dash standing apart from both its neighbours: " - ", " — "."""
    toks = sent.tokens
    if toks[i].text not in {"-", "\u2013", "\u2014"}:
        return False
    return (i == 0 or toks[i - 1].end < toks[i].start) and (
        i + 1 == len(toks) or toks[i].end < toks[i + 1].start
    )


def _in_actor_list(sent: _Tagged, comma: int) -> bool:
    """A comma inside a list of actors: "the U.S., South Korea, and Ukraine"."""
    before = sent.ending(comma, "actor", "demonym")
    j = comma + 1
    if sent.lower(j) in {"and", "or"}:
        j += 1
    after = sent.at(j, "actor", "demonym")
    if before is None or after is None:
        return False
    if sent.lower(after.end) == "'s" and sent.lower(before.start - 1) in {
        "of",
        "against",
        "from",
        "with",
        "by",
        "for",
    }:
        return False  # "its invasion of Ukraine, Britain's ministry said"
    # "sent troops to Russia, Seoul's spy agency said": a place ends a clause
    return not _after_locative(sent, before.start)


# words that cannot open a speaker's name after a verb of saying
_NO_SPEAKER = frozenset({"in", "on", "at", "to", "during", "after", "that", "it"})


def _verb_object(sent: _Tagged, end: int) -> tuple[int, int] | None:
    """The claimant after an inverted verb: "..., said Lee." / "..., according to X"."""
    i = end
    n = len(sent.tokens)
    while i < n and sent.tokens[i].text in _QUOTE_CHARS:
        i += 1
    if sent.lower(i) in _NO_SPEAKER:
        return None  # "said in a statement", "said on Monday that"
    j = i
    while j < n and j - i < _CLAIMANT_MAX:
        tok = sent.tokens[j]
        if tok.text == "," and _in_actor_list(sent, j):
            j += 1
            continue
        if (
            sent.is_break(j)
            or tok.text in {",", '"', "“", "”"}
            or sent.figure_at(j) is not None
        ):
            break
        hyphenated = sent.lower(j - 1) == "-" and sent.tokens[j - 1].end == tok.start
        if (
            j > i
            and not hyphenated
            and (
                tok.lower
                in {
                    "that",
                    "who",
                    "which",
                    "on",
                    "in",
                    "as",
                    "to",
                    "at",
                    "during",
                    "after",
                    "while",
                    "when",
                    "last",
                    "this",
                }
                or sent.at(j, "weekday", "month")
                or (
                    sent.at(j, "attrib_verb")
                    and not tok.text[:1].isupper()
                    and not _as_noun(sent, j)
                )
            )
        ):
            break
        j += 1
    if j <= i:
        return None
    return i, j


def _attribution_for(state: _Doc, k: int, sent: _Tagged, a: int) -> _Attribution | None:
    """The claimant of the figure starting at token ``a`` of sentence ``k``."""
    cues = _cues(sent)
    left = [c for c in cues if c[1] <= a]
    right = [c for c in cues if c[0] >= a]
    # nearest cue on the left whose clause reaches the figure
    for start, end, kind in reversed(left):
        if any(sent.tokens[p].text in {";"} for p in range(end, a)):
            break
        if _coordinated_away(sent, end, a):
            continue
        if kind == "attrib_before":
            span = _verb_object(sent, end)
            if span is not None and span[1] <= a + 1:
                found = _resolve(state, sent, span[0], span[1], k)
                if found is not None:
                    return found
            continue
        if kind == "attrib_verb":
            subj = _verb_subject(sent, start)
            if subj is not None:
                found = _resolve(state, sent, subj[0], subj[1], k)
                if found is not None and (found.claimant is not None or found.text):
                    return found
            obj = _quoted_as(sent, end)
            if obj is not None:
                return _resolve(state, sent, obj[0], obj[1], k)
    # a cue after the figure that governs no later figure: ", X said."
    for start, end, kind in right:
        # it says a later claim: "..., and officials said 30 were wounded" (not a
        # figure that is no claim, "and displaced millions", nor one after the
        # comma closing ", the Pentagon said on Friday, bringing the total to")
        later = any(at >= end and _says_next(sent, end, at) for at in sent.claim_starts)
        if later:
            continue
        if kind == "attrib_before":
            span = _verb_object(sent, end)
        elif kind == "attrib_verb":
            span = _verb_subject(sent, start)
            if span is None or span[0] <= a:
                span = _verb_object(sent, end)
        else:
            span = _verb_object(sent, end)
        if span is not None:
            found = _resolve(state, sent, span[0], span[1], k)
            if found is not None:
                return found
    headline = _dash_attribution(state, sent, k)
    if headline is not None:
        return headline
    return None


def _says_next(sent: _Tagged, cue_end: int, at: int) -> bool:
    """Does the cue ending at ``cue_end`` say the figure at ``at`` after it?

    Not when a comma closes the cue first: ", the Pentagon said on Friday,
    bringing the total to 43,000" (but "said that, in all, 30 were").
    """
    for p in range(cue_end, at):
        word = sent.lower(p)
        if word == "that":
            return True
        if word == ",":
            return False
    return True


def _coordinated_away(sent: _Tagged, cue_end: int, a: int) -> bool:
    """True when the figure's verb is coordinated with the verb of saying.

    In "announced the mobilisation and drafted 300,000" the figure is not what was
    said. After "claimed they", "said it", a clause with its own subject is said
    whole: "claimed they shot down a drone and killed five sailors", as is one
    with an auxiliary: "said troops had repelled the attack and killed 11".
    """
    if sent.lower(cue_end) in {"it", "they", "he", "she", "we"}:
        return False
    for p in range(cue_end, a):
        if sent.lower(p) == "that" or sent.at(p, "aux") is not None:
            return False
        if sent.figure_at(p) is not None:
            return False  # "said it had killed 35 and lost four": both are said
        if sent.lower(p) == "and" and sent.at(p + 1, "measure_before") is not None:
            whole = sent.ending(p + 2, "measure_after")
            if whole is None or whole.start >= p:  # not "killed and wounded"
                return True
    return False


def _quoted_as(sent: _Tagged, end: int) -> tuple[int, int] | None:
    """The speaker in "the Kremlin quoted Putin as saying"."""
    if sent.lower(end - 1) not in {"quoted", "cited"}:
        return None
    for j in range(end, min(end + 8, len(sent.tokens))):
        if sent.lower(j) == "as":
            return (end, j) if j > end else None
    return None


def _dash_attribution(state: _Doc, sent: _Tagged, k: int) -> _Attribution | None:
    """A headline ending "... – Zelenskyy"."""
    toks = sent.tokens
    for p in range(len(toks) - 2, max(0, len(toks) - 6), -1):
        spaced = toks[p - 1].end < toks[p].start or toks[p].end < toks[p + 1].start
        if toks[p].text in {"-", "–", "—"} and spaced:
            # a dash with a space on either side: not the one in "pro-army men"
            return _resolve(state, sent, p + 1, len(toks), k)
    return None


def _sentence_attribution(state: _Doc, k: int) -> _Attribution | None:
    """The attribution a sentence makes, if any (for carrying it forward)."""
    if k < 0:
        return None
    if k in state.claimants:
        found = state.claimants[k]
        return found if found is not None and found.claimant is not None else None
    sent = state.tag(k)
    found = None
    for start, end, kind in _cues(sent):
        if kind == "attrib_verb":
            subj = _verb_subject(sent, start)
            span = subj if subj is not None else _verb_object(sent, end)
        else:
            span = _verb_object(sent, end)
        if span is not None:
            candidate = _resolve_shallow(state, sent, span[0], span[1])
            if candidate is not None and candidate.claimant is not None:
                state.claimants[k] = candidate
                return candidate
            if found is None:  # a speaker of no known side: "Local medics said"
                found = _Attribution(
                    claimant=None, text=_np_text(state, sent, span[0], span[1])
                )
    state.claimants[k] = found
    return None


def _resolve_shallow(state: _Doc, sent: _Tagged, i: int, j: int) -> _Attribution | None:
    """Resolve a claimant without following anaphora (no recursion)."""
    actors: list[str] = []
    for p in range(i, j):
        m = sent.at(p, "actor", "demonym", "people")
        if m is not None and m.end <= j:
            name = _speaks_for(state.lex, m.value)
            if name not in actors:
                actors.append(name)
    if actors:
        return _Attribution(
            claimant="; ".join(actors), text=_np_text(state, sent, i, j)
        )
    return None


def _carried_attribution(state: _Doc, k: int) -> _Attribution | None:
    """A sentence with no attribution of its own continues its paragraph's."""
    here = state.sentences[k]
    back = k - 1
    if back < 0 or state.sentences[back].paragraph != here.paragraph:
        return None
    return _sentence_attribution(state, back)


def _next_sentence_attribution(state: _Doc, k: int) -> _Attribution | None:
    """The claimant named by a next sentence such as "This was stated by X."."""
    if k + 1 >= len(state.sentences):
        return None
    head = state.sentences[k + 1]
    opening = state.text[head.start : min(head.end, head.start + 48)].lower()
    if " by " not in opening and ":" not in opening and "report" not in opening:
        return None  # cheap: a passive attribution opens with "... by" or "Source:"
    nxt = state.tag(k + 1)
    for start, end, kind in _cues(nxt):
        if kind == "attrib_passive" and start <= 3:
            span = _verb_object(nxt, end)
            if span is not None:
                return _resolve(state, nxt, span[0], span[1], k + 1)
    return None


# ----------------------------------------------------------------- time and place


def _time_ref(state: _Doc, sent: _Tagged, binding: _Binding) -> TimeRef | None:
    """The time expression of a claim.

    The nearest after it in its clause (crossing figures listed with it: "300
    killed and 900 wounded last month"), else the nearest before it, else the
    time of the verb of saying after it (", the ministry said on Monday"), as
    "the ministry said on Monday that ..." gives it.
    """
    times = sent.times()
    for t in times:
        if t.start < binding.last:
            continue
        # "... killed in the attack, the worst since they came in 1999"; the gap
        # counts from a figure listed after the claim ("70 killed and 41 injured
        # in ... over the past ten days")
        if _words(sent, _joined_figure(sent, binding.last), t.start) > _TIME_GAP:
            break
        for p in range(binding.last, t.start):
            if sent.tokens[p].text in {";", ":"}:
                return _time_before(sent, times, binding)
            if sent.at(p, "attrib_verb"):
                before = _time_before(sent, times, binding)
                if before is None and t.start - p <= 3:
                    return t  # when it was said: "..., the ministry said on Monday"
                return before
            fig = sent.figure_at(p)
            if fig is not None and not _joined(sent, binding.last, fig):
                return _time_before(sent, times, binding)
        return t
    return _time_before(sent, times, binding)


def _joined_figure(sent: _Tagged, last: int) -> int:
    """The figure listed or joined right after a claim ending at ``last``, else it."""
    for p in range(last, min(last + 3, len(sent.tokens))):
        fig = sent.figure_at(p)
        if fig is not None:
            return p if _joined(sent, last, fig) else last
    return last


def _words(sent: _Tagged, a: int, b: int) -> int:
    """How many words tokens ``a`` to ``b`` make: "Port-au-Prince" is one, not five."""
    toks = sent.tokens
    glued = sum(
        1
        for p in range(max(a, 1), min(b, len(toks) - 1))
        if toks[p].text == "-"
        and toks[p - 1].end == toks[p].start
        and toks[p].end == toks[p + 1].start
    )
    return b - a - 2 * glued


def _time_before(
    sent: _Tagged, times: Sequence[TimeRef], binding: _Binding
) -> TimeRef | None:
    """The time before a claim, unless it is another claim's.

    In "lost 1,150 soldiers over the past day, bringing its total losses to
    1,006,000" the day is the 1,150's; the total holds as of the report. A
    count in the present tense holds as of the report too, whatever time an
    earlier clause gives: "Of the 251 hostages taken on October 7, 49 remain in
    Gaza" (but "Of the 300 killed last month, 40 were officers"). A time inside
    the claim, before its figure, is its own: "the number of soldiers killed in
    March exceeded 2,000". A clause "when" opens after a "since" date happened
    then: "since September, when the army drafted 300,000" is September's.
    """
    inside = [t for t in times if t.start >= binding.first and t.end <= binding.last]
    if inside:
        return inside[-1]
    time = _earlier_time(times, binding)
    if time is None:
        return None
    when = time.end + (sent.lower(time.end) == ",")
    if (
        time.is_since
        and sent.lower(when) == "when"
        and when < binding.first
        and not any(sent.tokens[p].text == "," for p in range(when, binding.first))
    ):
        # "since September, when the army drafted 300,000": then, not since (but
        # "Since March 18, when the offensive resumed, 9,000 have been killed")
        return attrs.evolve(time, is_since=False, is_outset=False)
    if sent.any_between("total", binding.first, binding.last) and any(
        at < binding.first for at in sent.claim_starts
    ):
        return None
    if (
        sent.lower(binding.np_end) in _PRESENT
        and not time.is_since
        and any(sent.tokens[p].text == "," for p in range(time.end, binding.first))
    ):
        return None
    return time


def _earlier_time(times: Sequence[TimeRef], binding: _Binding) -> TimeRef | None:
    earlier = [t for t in times if t.end <= binding.first]
    return earlier[-1] if earlier else None


_TIME_GAP = 12  # tokens between a claim and a time expression that belongs to it
_LIST_WORDS = frozenset(
    {"and", ",", "another", "others", "more", "the", "some", "about"}
)


def _listed_with(sent: _Tagged, last: int, p: int) -> bool:
    """True when only list words stand between a claim and the figure at ``p``."""
    return all(sent.lower(q) in _LIST_WORDS for q in range(last, p))


def _as_of(state: _Doc, time: TimeRef | None, measure: str, flow: bool) -> str | None:
    """The claim's as-of: its time, or the report's date.

    A count "since October" covers October to the report. A running total holds
    as of the report when its time runs on past it: "since the war began in
    2022", and "so far this year" (the total at the end of this year is not
    known yet). A count of a period keeps the period.
    """
    published = state.doc.published
    reported = published.isoformat() if published else None
    if time is None or time.value is None:
        return reported if time is None else None
    if time.is_since:
        if not flow or published is None:
            return reported
        start = time.value.partition("/")[0]
        return (
            f"{start}/{reported}" if period_bounds(start)[0] < published else reported
        )
    if (
        published is not None
        and not flow
        and not time.is_until
        and state.lex.measures[measure].kind == "cumulative"
        and period_bounds(time.value)[1] > published
    ):
        return reported
    return time.value


def _until_said(
    state: _Doc, sent: _Tagged, binding: _Binding, time: TimeRef, as_of: str
) -> str:
    """End a count "since" a date when it was stated, not at the report.

    "said last month that 46,000 had been killed since February 2022" is a
    running total as of last month; "said on Monday that 300 were killed since
    October" counts October to Monday.
    """
    said = _earlier_time(sent.times(), binding)
    if said is None or not said.value or said.is_since or said.is_until:
        return as_of
    if "/" in said.value:
        # a span is when something happened, not when it was said: "23 were
        # killed over the past 24 hours, bringing the toll since October to 2,000"
        return as_of
    start, _, end = as_of.partition("/")
    if not end:
        return said.value  # a running total
    if period_bounds(said.value)[0] <= period_bounds(start)[0]:
        return as_of
    return f"{start}/{said.value}"


def _is_flow(
    state: _Doc, sent: _Tagged, binding: _Binding, time: TimeRef | None
) -> bool:
    """True for a count of one incident or period, not a running total.

    "killed in an attack" and "killed last month" are incident or period counts;
    "have been killed" and "so far" are totals.
    """
    if state.lex.measures[binding.measure].kind != "cumulative":
        return False
    if time is not None and time.is_since and not time.is_outset and time.value:
        return True  # "since October" counts a period
    lo = max(0, binding.first - 6)
    hi = min(len(sent.tokens), binding.last + 12)
    # a word of totals in a later figure's clause is that figure's: ", bringing
    # its losses since the invasion to 880,000"
    later = next((a for _f, a, _b in sent.figures if a >= binding.last), None)
    own = hi
    if later is not None:
        commas = [
            p for p in range(binding.last, min(later, hi)) if sent.tokens[p].text == ","
        ]
        own = commas[-1] if commas else hi
    if sent.any_between("total", lo, own):
        return False
    if sent.any_between("event", lo, hi):
        return True
    if time is None or time.is_since or time.is_until:
        return False  # "since the war began", "by March": a total reached by then
    leads = state.lex.words("cues", "grammar", "time_leads")
    if (
        binding.first <= time.start < binding.last
        or (
            time.end <= binding.first
            and not all(sent.lower(p) in leads for p in range(time.start))
        )
        or sent.any_between("attrib_verb", binding.last, time.start)
    ):
        # a report date ("said on Monday that ...", "..., it said on Monday"),
        # not the period
        return False
    perfect = state.lex.words("cues", "scope", "perfect")
    verb_lo = max(0, binding.first - 3)
    return not any(sent.lower(p) in perfect for p in range(verb_lo, binding.last + 1))


def _location(state: _Doc, sent: _Tagged, binding: _Binding) -> str | None:
    n = len(sent.tokens)
    i = binding.np_end
    limit = min(n, max(binding.verb_end, binding.np_end) + _PLACE_MAX)
    while i < limit:
        tok = sent.tokens[i]
        fig = sent.figure_at(i)
        if sent.is_break(i) or (
            fig is not None
            and i > binding.last
            and sent.figures[fig][1] in sent.claim_starts  # "at five positions in X"
            and not _shares_place(sent, binding, fig)
        ):
            break
        attributive = sent.ending(i + 1, "attrib_before") is not None  # "according to"
        if (
            tok.lower in _LOCATIVE
            and i > 0
            and sent.lower(i - 1) not in _WARS
            and not attributive
        ):
            place = _place_at(state, sent, i + 1)
            if place is not None:
                return place
        i += 1
    # inside a claim its figure ends: "the number killed in Kursk passed 3,000"
    for i in range(binding.first + 1, binding.np_end):
        if sent.lower(i) in _LOCATIVE and sent.lower(i - 1) not in _WARS:
            place = _place_at(state, sent, i + 1)
            if place is not None:
                return place
    return _place_before(state, sent, binding.first)


def _shares_place(sent: _Tagged, binding: _Binding, fig: int) -> bool:
    """True when the place after figure ``fig`` is the claim's place too.

    "70 were killed and 41 injured in X", "killed two and injured nine in X":
    yes; "71 are dead, 34 of whom in X": no, that place is the part's.
    """
    return sent.lower(sent.figures[fig][2]) != "of" and _joined(sent, binding.last, fig)


def _joined(sent: _Tagged, last: int, fig: int) -> bool:
    """True when figure ``fig`` is listed or joined after a claim ending at ``last``.

    Listed: "300 killed and 900 wounded", "300 killed, 900 wounded"; joined by
    "and" and a verb of its own: "killed two people and injured nine".
    """
    a = sent.figures[fig][1]
    if _listed_with(sent, last, a):
        return True
    if sent.lower(last) != "and":
        return False
    m = sent.at(last + 1, "measure_before")
    return m is not None and m.end == a


def _place_before(state: _Doc, sent: _Tagged, first: int) -> str | None:
    """A place in the clause before a claim: "A strike in central Gaza killed 27".

    Not across a verb of saying, another figure or the end of a clause, and not
    after "according to": "Speaking in Kyiv, the minister said 300 ..." and
    "According to officials in Kyiv, 300 ..." say where the speaker is.
    """
    start = max(0, first - 2 * _PLACE_MAX)
    for i in range(first - 1, start - 1, -1):
        if sent.at(i, "attrib_before") is not None:
            return None
        if (
            sent.is_break(i)
            or sent.figure_at(i) is not None
            or sent.at(i, "attrib_verb") is not None
        ):
            start = i + 1
            break
    for i in range(first - 1, start - 1, -1):
        if sent.lower(i) in _LOCATIVE and sent.lower(i - 1) not in _WARS:
            place = _place_at(state, sent, i + 1)
            if place is not None:
                return place
    return None


def _place_at(state: _Doc, sent: _Tagged, i: int) -> str | None:
    while sent.lower(i) in _PLACE_LEAD:
        if sent.at(i, "place"):
            break
        i += 1
    named = sent.lower(i) in _SETTLEMENTS and sent.lower(i + 1) == "of"
    if named:
        i += 2  # "the southern city of Kherson"
    m = sent.at(i, "place", "actor")
    if m is not None and sent.lower(m.end) in _SETTLEMENTS:
        town = _place_at(state, sent, m.end)  # "the Shan State town of Lashio"
        if town is not None:
            return town
    if m is not None:
        # "Russia's Kursk region": the inner place; "Moscow's war": no place
        if sent.lower(m.end) == "'s":
            inner = sent.at(m.end + 1, "place")
            if inner is not None:
                return str(inner.value)
            return None
        if sent.lower(m.end) in {"-", "–"} or sent.lower(m.end) in _NOT_PLACES:
            return None  # "the Russia-Ukraine war", "the Gaza war"
        if sent.lower(m.end) in _ATTACKS:
            return None  # "killed in US strikes": whose strikes, not where
        if m.category == "place":
            return str(m.value)
        info = state.lex.actors.get(m.value)
        if (
            info is not None
            and info.kind == "state"
            and sent.lower(m.end) not in _NOT_PLACES
        ):
            return str(m.value)
        return None
    tok = sent.tokens[i] if i < len(sent.tokens) else None
    if tok is None or not tok.text[:1].isupper() or not tok.text.isalpha():
        return None
    j = i
    while (
        j < len(sent.tokens)
        and sent.tokens[j].text[:1].isupper()
        and sent.tokens[j].text.isalpha()
        and j - i < 4
    ):
        j += 1
    if (named or sent.lower(j) in _PLACE_WORDS) and sent.at(i, "demonym") is None:
        return state.text[sent.tokens[i].start : sent.tokens[j - 1].end]
    return None  # "near the Afghan border": whose border, not a place's name


# ---------------------------------------------------------------------- claims


def _make_claim(
    state: _Doc,
    k: int,
    sent: _Tagged,
    idx: int,
    binding: _Binding,
    toll: _Attribution | None = None,
) -> Claim:
    fig, a, _b = sent.figures[idx]
    attribution = _attribution_for(state, k, sent, a)
    if attribution is None:
        attribution = toll
    if attribution is None:
        attribution = _next_sentence_attribution(state, k)
    if attribution is None:
        attribution = _carried_attribution(state, k)
    if attribution is not None and attribution.claimant is not None:
        state.claimants.setdefault(k, attribution)
    state.last_attribution = attribution
    subject = binding.subject
    claimant = attribution.claimant if attribution is not None else None
    if binding.own and claimant is not None and ";" not in claimant:
        subject = claimant  # one claimant: whose "its" it is
    if binding.enemy and subject is None and claimant is not None:
        subject = _adversary(state, claimant)
    if (
        claimant is None
        and attribution is not None
        and subject is not None
        and state.lex.measures[binding.measure].kind == "cumulative"
    ):
        claimant = _own_voice(state, attribution.text, subject)
        if claimant is not None:  # "..., the army said": that state's army
            _own_institutions(state, attribution.text, claimant, fig.start)
    time = binding.own_time or _time_ref(state, sent, binding)
    flow = _is_flow(state, sent, binding, time)
    earlier = binding.earlier_of
    if earlier is not None:  # an earlier value of a total is a total
        flow = _is_flow(state, sent, earlier, _time_ref(state, sent, earlier))
    as_of = _as_of(state, time, binding.measure, flow)
    if time is not None and time.is_since and as_of is not None:
        as_of = _until_said(state, sent, binding, time, as_of)
    if time is None and binding.victims and state.last_made is not None:
        # "Among the victims were 6 women": of the toll's time, not the report's
        as_of = state.last_made.as_of
    toks = sent.tokens
    start = toks[binding.first].start
    end = toks[min(binding.last, len(toks)) - 1].end
    start = min(start, fig.start)
    end = max(end, fig.end)
    doc = state.doc
    return Claim(
        id=claim_id(doc.id, fig.start, fig.end, binding.measure),
        doc=doc.id,
        span=(start, end),
        quote=state.text[start:end],
        figure=fig.text,
        measure=binding.measure,
        low=fig.low,
        high=fig.high,
        qualifier=fig.qualifier,
        unit="person",
        increment=binding.increment or flow or binding.part,
        subject=subject,
        claimant=claimant,
        claimant_text=attribution.text if attribution else None,
        as_of=as_of,
        location=_location(state, sent, binding),
        source=Source(
            publisher=doc.publisher,
            url=doc.url,
            published=doc.published,
            agency=doc.agency,
        ),
    )
