"""The lexicon: every word reconcile knows, kept as data that users can extend.

Like pint's definitions file, the vocabulary lives in TOML files under
``reconcile/lexicon/en/``: amounts (number words, hedges, vague amounts), nouns
(what is counted), measures (and their taxonomy), cues (attribution, grammar),
time words, actors and places. A user layers their own file on top::

    lexicon = default_lexicon().extended("my_terms.toml")

Each call returns a new `Lexicon`; nothing global changes. In a layered file,
lists are appended to and single values replaced. Unknown sections or keys and
values of the wrong type raise `LexiconError` naming the file, the entry and the
problem.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from reconcile.errors import LexiconError
from reconcile.model import Qualifier
from reconcile.text import Token, normalize, tokenize

if TYPE_CHECKING:
    import pint

__all__ = [
    "ActorInfo",
    "GroupInfo",
    "Lexicon",
    "MeasureInfo",
    "PhraseIndex",
    "PlaceInfo",
    "default_lexicon",
]

_HERE = Path(__file__).parent
_DEFAULT_FILES = (
    "en/amounts.toml",
    "en/nouns.toml",
    "en/measures.toml",
    "en/cues.toml",
    "en/time.toml",
    "en/actors.toml",
    "en/places.toml",
    "en/outlets.toml",
    "en/policy.toml",
)

# --------------------------------------------------------------------------- schema
# A schema node is either a dict of fixed keys, or a string naming a value type:
#   "list"            list of non-empty strings
#   "map:int"         table of name -> integer
#   "map:list"        table of name -> list of strings
#   "map:bounds"      table of name -> [low, high] integers
#   "map:fraction"    table of name -> a number between 0 and 1
#   "map:qualifier"   table of name -> a qualifier
#   "entries:<kind>"  table of name -> entry table checked by _ENTRY_KEYS[kind]

_SCHEMA: dict[str, Any] = {
    "amounts": {
        "numbers": "map:int",
        "scales": "map:int",
        "suffixes": "map:int",
        "multiples": "map:int",
        "fractions": "map:fraction",
        "vague": "map:bounds",
        "hedges": "map:qualifier",
        "tails": "map:qualifier",
        "range": {
            "joiners": "list",
            "between": "list",
            "from": "list",
            "change_verbs": "list",
        },
    },
    "nouns": {
        "personnel": "map:list",
        "groups": "entries:group",
        "things": {"words": "list"},
        "units": "map:list",
    },
    "measures": "entries:measure",
    "cues": {
        "attribution": {
            "verbs": "list",
            "before_claimant": "list",
            "passive": "list",
            "speaker_nouns": "list",
            "infinitive_verbs": "list",
        },
        "link": {"words": "list"},
        "grammar": {
            "auxiliaries": "list",
            "fillers": "list",
            "clause_breaks": "list",
            "determiners": "list",
            "pronouns": "list",
            "anaphoric_determiners": "list",
            "anaphoric_nouns": "list",
            "count_nouns": "list",
            "victim_nouns": "list",
            "other_side": "list",
            "hedge_verbs": "list",
            "uncarried_nouns": "list",
            "time_leads": "list",
            "government": "list",
            "enemy": "list",
            "holding": "list",
            "additions": "list",
            "subordinators": "list",
            "clause_leads": "list",
        },
        "roles": {
            "people": "list",
            "organisations": "list",
            "groups": "list",
            "states": "list",
            "state_voices": "list",
            "institutions": "map:list",
            "institution_voices": "list",
            "media": "list",
        },
        "scope": {"events": "list", "totals": "list", "perfect": "list"},
        "exclude": {"before": "list", "after": "list", "currency": "list"},
        "text": {"abbreviations": "list"},
    },
    "time": {
        "months": "map:int",
        "weekdays": "map:int",
        "seasons": "map:bounds",
        "parts": "map:bounds",
        "since": {
            "words": "list",
            "outset": "list",
            "later": "list",
            "starts": "list",
        },
        "until": {"words": "list", "future": "list"},
    },
    "actors": "entries:actor",
    "places": "entries:place",
    "outlets": {"domains": "map:str", "agencies": "map:list"},
    "policy": {
        "approximate_soft": "float",
        "approximate_hard": "float",
        "exact_soft": "float",
        "max_hard": "float",
        "lower_bound_soft": "float",
        "upper_bound_soft": "float",
        "range_rounding": "bool",
    },
    "stance": {"adversaries": "pairs", "allies": "pairs"},
}

_ENTRY_KEYS: dict[str, dict[str, str]] = {
    "measure": {
        "part_of": "str",
        "ambiguous": "bool",
        "kind": "str",
        "increment_of": "str",
        "nouns": "list",
        "adjectives": "list",
        "after": "list",
        "before": "list",
        "agent_counted": "list",
        "markers": "list",
        "counts": "list",
    },
    "actor": {
        "kind": "str",
        "aliases": "list",
        "demonyms": "list",
        "people": "list",
        "represents": "str",
    },
    "place": {"aliases": "list", "within": "str"},
    "group": {"label": "str", "by_place": "list"},
}
_MEASURE_KINDS = ("cumulative", "level", "increment")
_ACTOR_KINDS = ("state", "bloc", "organisation", "armed_group", "person", "media")


def _fail(source: str, where: Sequence[str], message: str) -> LexiconError:
    head = ".".join(where[:2]) if len(where) > 1 else (where[0] if where else "")
    rest = " ".join(where[2:])
    location = f"[{head}]" + (f" {rest}" if rest else "")
    return LexiconError(f"{source}: {location}: {message}")


def _check(source: str, where: list[str], schema: Any, value: Any) -> None:
    if isinstance(schema, dict):
        if not isinstance(value, dict):
            raise _fail(source, where, "expected a table")
        for key, sub in value.items():
            if key not in schema:
                known = ", ".join(sorted(schema))
                raise _fail(source, [*where, key], f"unknown key (known: {known})")
            _check(source, [*where, key], schema[key], sub)
        return
    if schema == "list":
        _check_list(source, where, value)
    elif schema == "float":
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise _fail(source, where, f"expected a number >= 0, got {value!r}")
    elif schema == "bool":
        if not isinstance(value, bool):
            raise _fail(source, where, f"expected true or false, got {value!r}")
    elif schema == "pairs":
        ok = isinstance(value, list) and all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p)
            for p in value
        )
        if not ok:
            raise _fail(source, where, "expected a list of [name, name] pairs")
    elif schema == "str":
        if not isinstance(value, str) or not value.strip():
            raise _fail(source, where, "expected a non-empty string")
    elif schema.startswith("map:"):
        if not isinstance(value, dict):
            raise _fail(source, where, "expected a table")
        kind = schema[4:]
        for key, item in value.items():
            _check_item(source, [*where, key], kind, item)
    elif schema.startswith("entries:"):
        if not isinstance(value, dict):
            raise _fail(source, where, "expected a table of entries")
        keys = _ENTRY_KEYS[schema[8:]]
        for name, entry in value.items():
            _check(source, [*where, name], keys, entry)
    else:  # pragma: no cover - schema typo
        raise AssertionError(schema)


def _check_list(source: str, where: list[str], value: Any) -> None:
    if not isinstance(value, list) or not all(
        isinstance(v, str) and v.strip() for v in value
    ):
        raise _fail(source, where, "expected a list of non-empty strings")


def _check_item(source: str, where: list[str], kind: str, item: Any) -> None:
    if kind == "int":
        if isinstance(item, bool) or not isinstance(item, int) or item < 0:
            raise _fail(source, where, f"expected a whole number >= 0, got {item!r}")
    elif kind == "list":
        _check_list(source, where, item)
    elif kind == "bounds":
        ok = (
            isinstance(item, list)
            and len(item) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in item)
        )
        if not ok:
            raise _fail(
                source, where, f"expected [low, high] whole numbers, got {item!r}"
            )
        if item[0] > item[1] and where[0] == "amounts":
            raise _fail(source, where, f"low {item[0]} is above high {item[1]}")
    elif kind == "fraction":
        ok = isinstance(item, int | float) and not isinstance(item, bool)
        if not ok or not 0 < item < 1:
            raise _fail(
                source, where, f"expected a number between 0 and 1, got {item!r}"
            )
    elif kind == "str":
        if not isinstance(item, str) or not item.strip():
            raise _fail(source, where, f"expected a non-empty string, got {item!r}")
    elif kind == "qualifier" and item not in {q.value for q in Qualifier}:
        raise _fail(
            source, where, f"{item!r} is not a qualifier ({', '.join(Qualifier)})"
        )


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, Mapping) and isinstance(value, Mapping):
            out[key] = _merge(old, value)
        elif (
            isinstance(old, list | tuple)
            and isinstance(value, list | tuple)
            and all(isinstance(v, str | list | tuple) for v in (*old, *value))
        ):
            # word lists and lists of pairs grow; [low, high] numbers are replaced
            known = [list(v) if isinstance(v, tuple) else v for v in old]
            out[key] = [
                *known,
                *(
                    v
                    for v in value
                    if (list(v) if isinstance(v, tuple) else v) not in known
                ),
            ]
        else:
            out[key] = value
    return out


def _freeze(value: Any) -> Any:
    """A deep read-only copy: tables become mapping proxies, lists tuples."""
    if isinstance(value, Mapping):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


def _thaw(value: Any) -> Any:
    """A plain copy of a frozen value: mapping proxies become dicts again."""
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return tuple(_thaw(v) for v in value)
    return value


def _read(source: str | Path | Mapping[str, Any]) -> tuple[str, Mapping[str, Any]]:
    if isinstance(source, Mapping):
        return "<dict>", source
    path = Path(source)
    try:
        with path.open("rb") as fh:
            return str(path), tomllib.load(fh)
    except FileNotFoundError:
        raise LexiconError(f"{path}: no such lexicon file") from None
    except tomllib.TOMLDecodeError as err:
        raise LexiconError(f"{path}: not valid TOML: {err}") from None
    except OSError as err:
        raise LexiconError(f"{path}: cannot read: {err.strerror}") from None


# ------------------------------------------------------------------ compiled views


@attrs.frozen(kw_only=True)
class MeasureInfo:
    """A measure and its place in the taxonomy.

    Attributes:
        name: the measure name used in claims ("killed").
        kind: ``cumulative`` (never falls), ``level`` (rises and falls) or
            ``increment`` (adds to the level of ``increment_of``).
        part_of: the measure this one is part of ("casualties"), if any.
        increment_of: for increments, the level measure they add to.
        counts: the kinds of people (``nouns.personnel``) it can count; ``None``
            for every kind.
    """

    name: str
    kind: str
    part_of: str | None = None
    increment_of: str | None = None
    ambiguous: bool = False
    counts: frozenset[str] | None = None


@attrs.frozen(kw_only=True)
class GroupInfo:
    """People counted as a group, not as a side's forces ("civilians").

    Attributes:
        kind: the kind of ``nouns.personnel`` ("civilian").
        label: the subject's first part ("civilians" in "civilians:Sudan").
        by_place: the measures whose location says whose people they are.
    """

    kind: str
    label: str
    by_place: frozenset[str] = frozenset()


@attrs.frozen(kw_only=True)
class ActorInfo:
    """An actor of the actors table: a state, organisation, armed group or person."""

    name: str
    kind: str
    represents: str | None = None

    @property
    def speaks_for(self) -> str:
        """The canonical actor this one speaks for (itself unless it represents one)."""
        return self.represents or self.name


@attrs.frozen(kw_only=True)
class PlaceInfo:
    """A place of the gazetteer and the place it lies within."""

    name: str
    within: str | None = None


Tag = tuple[str, Any]
"""A phrase's tag: (category, value), for example ("measure_after", "killed")."""


class PhraseIndex:
    """Multi-word phrases indexed by their tokens, for longest-match lookup.

    Phrases are matched on normalised tokens (`reconcile.text.normalize`). A phrase
    written in capitals (an acronym such as "US" or "IS") matches only text written
    the same way, so the pronoun "us" is not the United States.
    """

    def __init__(self, entries: Iterable[tuple[str, Tag]]) -> None:
        self._trie: dict[Any, Any] = {}
        for phrase, tag in entries:
            toks = tokenize(phrase)
            if not toks:
                continue
            exact = phrase if _is_acronym(phrase) else None
            node: Any = self._trie
            for tok in toks:
                node = node.setdefault(tok.lower, {})
            tags = node.setdefault(None, [])
            item = (tag, exact)
            if item not in tags:
                tags.append(item)

    def scan(self, tokens: Sequence[Token]) -> list[tuple[int, int, Tag]]:
        """``(start, end, tag)`` for every phrase among ``tokens``.

        In order of ``start``; at one start, as `matches` gives them.
        """
        # `matches` at every token, inlined: this runs on every sentence that
        # holds a figure
        trie = self._trie
        lowers = [t.lower for t in tokens]
        n = len(lowers)
        out: list[tuple[int, int, Tag]] = []
        for i, low in enumerate(lowers):
            node = trie.get(low)
            if node is None:
                continue  # most words start no phrase
            found: list[tuple[int, int, Tag]] = []
            j = i + 1
            while True:
                for tag, exact in node.get(None, ()):
                    if exact is None or _same_text(tokens, i, j, exact):
                        found.append((i, j, tag))
                if j == n:
                    break
                node = node.get(lowers[j])
                if node is None:
                    break
                j += 1
            found.reverse()  # longer phrases first
            out += found
        return out

    def last_words(self, categories: Collection[str]) -> frozenset[str]:
        """The last tokens (normalised) of the phrases of ``categories``.

        A phrase of these categories can be found only among tokens that hold
        one of these words.
        """
        found: set[str] = set()
        stack: list[dict[Any, Any]] = [self._trie]
        while stack:
            node = stack.pop()
            for word, sub in node.items():
                if word is None:
                    continue
                if any(tag[0] in categories for tag, _exact in sub.get(None, ())):
                    found.add(word)
                stack.append(sub)
        return frozenset(found)

    def matches(self, tokens: Sequence[Token], i: int) -> list[tuple[int, Tag]]:
        """``(end, tag)`` for every phrase starting at token ``i``.

        ``end`` is the index just past the phrase's last token; longer phrases
        come first.
        """
        found: list[tuple[int, Tag]] = []
        node: Any = self._trie
        j = i
        n = len(tokens)
        while j < n:
            node = node.get(tokens[j].lower)
            if node is None:
                break
            j += 1
            for tag, exact in node.get(None, ()):
                if exact is None or _same_text(tokens, i, j, exact):
                    found.append((j, tag))
        found.reverse()
        return found


def _is_acronym(phrase: str) -> bool:
    letters = [c for c in phrase if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in phrase


def _same_text(tokens: Sequence[Token], i: int, j: int, exact: str) -> bool:
    written = "".join(t.text for t in tokens[i:j])
    return written == exact.replace(" ", "")


@attrs.frozen(kw_only=True)
class Amounts:
    """The amounts section compiled for the figure scanner."""

    numbers: Mapping[str, int]
    scales: Mapping[str, int]
    suffixes: Mapping[str, int]
    multiples: Mapping[str, int]
    fractions: Mapping[str, Decimal]
    # "half a", "a quarter of ", "three-quarters of a" just before a scale word
    fraction_before: re.Pattern[str]
    # " and a half", "-and-a-quarter" just after a number
    and_fraction: re.Pattern[str]
    vague: Mapping[tuple[str, ...], tuple[int, int]]
    hedges: Mapping[tuple[str, ...], Qualifier]
    tails: Mapping[tuple[str, ...], Qualifier]
    joiners: frozenset[str]
    between: frozenset[str]
    range_from: frozenset[str]
    change_verbs: frozenset[str]
    anchor: re.Pattern[str]
    max_hedge: int
    max_vague: int


def _phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(t.lower for t in tokenize(phrase))


def word_alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of words, longest first, as a prefix trie.

    The regex engine then reads each character once per position, not once per
    word.

    >>> word_alternation(["ten", "tens", "two"])
    't(?:en(?:s)?|wo)'
    """
    trie: dict[str, Any] = {}
    for word in sorted(set(words)):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, Any]) -> str:
    """The alternation of a trie's words (a module function: no closure cycle)."""
    ends = "" in node
    branches = [
        re.escape(ch) + _trie_pattern(sub) for ch, sub in sorted(node.items()) if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


@attrs.frozen(slots=False)
class Lexicon:
    """All vocabulary reconcile uses, validated, with compiled lookups.

    Build one with `default_lexicon` and layer files on it with `extended`.

    >>> extra = {"measures": {"killed": {"nouns": ["martyrs"]}}}
    >>> lexicon = default_lexicon().extended(extra)
    >>> "martyrs" in lexicon.data["measures"]["killed"]["nouns"]
    True
    """

    data: Mapping[str, Any] = attrs.field(converter=_freeze)
    sources: tuple[str, ...] = ()

    @classmethod
    def from_sources(cls, *sources: str | Path | Mapping[str, Any]) -> Lexicon:
        """Build a lexicon from files (or dicts) layered in order.

        Raises:
            LexiconError: a file is missing, not TOML, or breaks the schema.
        """
        data: Mapping[str, Any] = {}
        names: list[str] = []
        for source in sources:
            name, raw = _read(source)
            _check(name, [], _SCHEMA, dict(raw))
            data = _merge(data, raw)
            names.append(name)
        lexicon = cls(data=data, sources=tuple(names))
        lexicon._validate_links()
        return lexicon

    def extended(self, *sources: str | Path | Mapping[str, Any]) -> Lexicon:
        """Return a new lexicon with ``sources`` layered on this one.

        Raises:
            LexiconError: naming the file, entry and problem.
        """
        data: Mapping[str, Any] = self.data
        names = list(self.sources)
        for source in sources:
            name, raw = _read(source)
            _check(name, [], _SCHEMA, dict(raw))
            data = _merge(data, raw)
            names.append(name)
        lexicon = Lexicon(data=data, sources=tuple(names))
        lexicon._validate_links(names[len(self.sources) :])
        return lexicon

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the vocabulary and its sources; the lookups are rebuilt on use.

        A lexicon can so be sent to other processes (``jobs`` of
        `reconcile.extract_documents`, `multiprocessing`, Dask).
        """
        return type(self), (_thaw(self.data), self.sources)

    def _validate_links(self, names: Sequence[str] = ()) -> None:
        source = ", ".join(names or self.sources) or "<lexicon>"
        measures = self.data.get("measures", {})
        personnel = self.section("nouns", "personnel")
        for name, entry in measures.items():
            kind = entry.get("kind", "cumulative")
            if kind not in _MEASURE_KINDS:
                raise _fail(
                    source,
                    ["measures", name, "kind"],
                    f"{kind!r} is not one of {', '.join(_MEASURE_KINDS)}",
                )
            for key in ("part_of", "increment_of"):
                target = entry.get(key)
                if target is not None and target not in measures:
                    raise _fail(
                        source,
                        ["measures", name, key],
                        f"names unknown measure {target!r}",
                    )
            if kind == "increment" and "increment_of" not in entry:
                raise _fail(
                    source, ["measures", name], "an increment needs increment_of"
                )
            for counted in entry.get("counts", ()):
                if counted not in personnel:
                    raise _fail(
                        source,
                        ["measures", name, "counts"],
                        f"names unknown kind of people {counted!r}",
                    )
        for kind, entry in self.section("nouns", "groups").items():
            if kind not in personnel:
                raise _fail(
                    source,
                    ["nouns", "groups", kind],
                    "names no kind of nouns.personnel",
                )
            for measure in entry.get("by_place", ()):
                if measure not in measures:
                    raise _fail(
                        source,
                        ["nouns", "groups", kind, "by_place"],
                        f"names unknown measure {measure!r}",
                    )
        actors = self.data.get("actors", {})
        for name, entry in actors.items():
            kind = entry.get("kind")
            if kind not in _ACTOR_KINDS:
                raise _fail(
                    source,
                    ["actors", name, "kind"],
                    f"{kind!r} is not one of {', '.join(_ACTOR_KINDS)}",
                )
            target = entry.get("represents")
            if target is not None and target not in actors:
                raise _fail(
                    source,
                    ["actors", name, "represents"],
                    f"names unknown actor {target!r}",
                )
        for key in ("adversaries", "allies"):
            for pair in self.data.get("stance", {}).get(key, ()):
                for side in pair:
                    if side not in actors:
                        raise _fail(
                            source, ["stance", key], f"names unknown actor {side!r}"
                        )
        places = self.data.get("places", {})
        for name, entry in places.items():
            target = entry.get("within")
            if target is not None and target not in places and target not in actors:
                raise _fail(
                    source,
                    ["places", name, "within"],
                    f"names unknown place {target!r}",
                )

    # ---------------------------------------------------------------- sections
    def section(self, *path: str) -> Any:
        """Return a section of the data by path, or an empty table."""
        node: Any = self.data
        for key in path:
            node = node.get(key, {}) if isinstance(node, Mapping) else {}
        return node

    def words(self, *path: str) -> frozenset[str]:
        """Return a word list of the data, normalised, as a set (computed once)."""
        cache: dict[tuple[str, ...], frozenset[str]] = self.__dict__.setdefault(
            "_words_cache", {}
        )
        found = cache.get(path)
        if found is None:
            found = frozenset(normalize(w) for w in self.section(*path) or ())
            cache[path] = found
        return found

    @functools.cached_property
    def measures(self) -> Mapping[str, MeasureInfo]:
        """The measures and their taxonomy, by name."""
        return {
            name: MeasureInfo(
                name=name,
                kind=entry.get("kind", "cumulative"),
                part_of=entry.get("part_of"),
                increment_of=entry.get("increment_of"),
                ambiguous=bool(entry.get("ambiguous", False)),
                counts=frozenset(entry["counts"]) if "counts" in entry else None,
            )
            for name, entry in self.section("measures").items()
        }

    @functools.cached_property
    def groups(self) -> Mapping[str, GroupInfo]:
        """People counted as groups (``[nouns.groups]``), by kind of people."""
        return {
            kind: GroupInfo(
                kind=kind,
                label=entry.get("label", kind),
                by_place=frozenset(entry.get("by_place", ())),
            )
            for kind, entry in self.section("nouns", "groups").items()
        }

    @functools.cached_property
    def actors(self) -> Mapping[str, ActorInfo]:
        """The actors table, by canonical name."""
        return {
            name: ActorInfo(
                name=name, kind=entry["kind"], represents=entry.get("represents")
            )
            for name, entry in self.section("actors").items()
        }

    @functools.cached_property
    def places(self) -> Mapping[str, PlaceInfo]:
        """The gazetteer by canonical name; states of the actors table included."""
        out = {
            name: PlaceInfo(name=name)
            for name, info in self.actors.items()
            if info.kind == "state"
        }
        for name, entry in self.section("places").items():
            out[name] = PlaceInfo(name=name, within=entry.get("within"))
        return out

    def top_place(self, location: str | None) -> str | None:
        """The outermost gazetteer place containing ``location``, or ``None``.

        >>> default_lexicon().top_place("Kursk region")
        'Russia'
        """
        if location is None:
            return None
        places = self.places
        name = (
            location if location in places else self.place_aliases.get(location.lower())
        )
        if name is None or name not in places:
            return None
        seen = {name}
        while (parent := places[name].within) is not None and parent in places:
            if parent in seen:
                break
            seen.add(parent)
            name = parent
        return name

    @functools.cached_property
    def place_aliases(self) -> Mapping[str, str]:
        """Lowercase place names and aliases (states included) -> canonical place."""
        out: dict[str, str] = {}
        for name, entry in self.section("actors").items():
            if entry.get("kind") == "state":
                for alias in [name, *entry.get("aliases", ())]:
                    out.setdefault(alias.lower(), name)
        for name, entry in self.section("places").items():
            for alias in [name, *entry.get("aliases", ())]:
                out[alias.lower()] = name
        return out

    @functools.cached_property
    def institutions(self) -> Mapping[str, tuple[str, ...]]:
        """A state body's words, by each of them: "army" -> ("army", "military").

        From ``[cues.roles.institutions]``: the words that name one body.
        """
        out: dict[str, tuple[str, ...]] = {}
        for words in self.section("cues", "roles", "institutions").values():
            names = tuple(normalize(w) for w in words)
            for name in names:
                out[name] = names
        return out

    @functools.cached_property
    def abbreviations(self) -> frozenset[str]:
        """Abbreviations whose full stop does not end a sentence."""
        return self.words("cues", "text", "abbreviations")

    @functools.cached_property
    def amounts(self) -> Amounts:
        """The amounts section compiled for the figure scanner."""
        sec = self.section("amounts")
        numbers = {normalize(k): v for k, v in sec.get("numbers", {}).items()}
        scales = {normalize(k): v for k, v in sec.get("scales", {}).items()}
        suffixes = {normalize(k): v for k, v in sec.get("suffixes", {}).items()}
        multiples = {normalize(k): v for k, v in sec.get("multiples", {}).items()}
        fractions = {
            " ".join(normalize(k).lower().replace("-", " ").split()): Decimal(str(v))
            for k, v in sec.get("fractions", {}).items()
        }
        fraction = (
            "|".join(
                r"[- ]{1,3}".join(map(re.escape, k.split()))
                for k in sorted(fractions, key=len, reverse=True)
            )
            or r"(?!)"
        )
        vague = {_phrase_key(k): (v[0], v[1]) for k, v in sec.get("vague", {}).items()}
        hedges = {
            _phrase_key(k): Qualifier(v) for k, v in sec.get("hedges", {}).items()
        }
        tails = {_phrase_key(k): Qualifier(v) for k, v in sec.get("tails", {}).items()}
        rng = sec.get("range", {})
        # anchor words: any word that can start or carry a number phrase
        anchor_words = set(numbers) | set(scales) | set(multiples)
        for key in vague:
            anchor_words.update(w for w in key if w.isalpha() and w not in {"a", "of"})
        # the lookahead of first characters lets the regex engine skip ahead fast;
        # a word starts at a word boundary ("often" holds no "ten"), and the
        # scanner checks the rest ("ten-fold", "half-million")
        cased = {v for w in anchor_words for v in (w, w.capitalize(), w.upper())}
        firsts = "".join(sorted({re.escape(w[0]) for w in cased if w}))
        pattern = (
            rf"(?=[0-9{firsts}])(?:[0-9]+|\b{word_alternation(cased)})"
            if cased
            else "[0-9]+"
        )
        return Amounts(
            numbers=numbers,
            scales=scales,
            suffixes=suffixes,
            multiples=multiples,
            fractions=fractions,
            fraction_before=re.compile(
                rf"(?:\b(?:an?|one)[- ]{{1,3}})?\b({fraction})"
                r"(?:[- ]{1,3}of)?[- ]{1,3}\Z",
                re.IGNORECASE,
            ),
            and_fraction=re.compile(
                rf"[- ]{{1,3}}and[- ]{{1,3}}(?:an?|one)[- ]{{1,3}}({fraction})\b",
                re.IGNORECASE,
            ),
            vague=vague,
            hedges=hedges,
            tails=tails,
            joiners=frozenset(normalize(w) for w in rng.get("joiners", ())),
            between=frozenset(normalize(w) for w in rng.get("between", ())),
            range_from=frozenset(normalize(w) for w in rng.get("from", ())),
            change_verbs=frozenset(normalize(w) for w in rng.get("change_verbs", ())),
            anchor=re.compile(pattern),
            max_hedge=max((len(k) for k in hedges), default=0),
            max_vague=max((len(k) for k in vague), default=0),
        )

    @functools.cached_property
    def phrases(self) -> PhraseIndex:
        """Every phrase of the lexicon with its tags, for tagging sentences."""
        return PhraseIndex(self._phrase_entries())

    def _phrase_entries(self) -> Iterator[tuple[str, Tag]]:
        for name, entry in self.section("measures").items():
            for role in ("nouns", "adjectives", "after", "before", "agent_counted"):
                for phrase in entry.get(role, ()):
                    yield phrase, (f"measure_{role}", name)
            for phrase in entry.get("markers", ()):
                yield phrase, ("marker", name)
        for kind, words in self.section("nouns", "personnel").items():
            for phrase in words:
                yield phrase, ("personnel", kind)
        for phrase in self.section("nouns", "things").get("words", ()):
            yield phrase, ("thing", None)
        for kind, words in self.section("nouns", "units").items():
            for phrase in words:
                yield phrase, ("unit", kind)
        cues = self.section("cues")
        simple = {
            ("attribution", "verbs"): "attrib_verb",
            ("attribution", "before_claimant"): "attrib_before",
            ("attribution", "passive"): "attrib_passive",
            ("link", "words"): "link",
            ("grammar", "auxiliaries"): "aux",
            ("grammar", "fillers"): "filler",
            ("grammar", "clause_breaks"): "clause_break",
            ("grammar", "determiners"): "determiner",
            ("grammar", "pronouns"): "pronoun",
            ("grammar", "anaphoric_determiners"): "anaphoric",
            ("grammar", "anaphoric_nouns"): "anaphoric_noun",
            ("grammar", "count_nouns"): "count_noun",
            ("grammar", "other_side"): "other_side",
            ("grammar", "government"): "government",
            ("roles", "people"): "role_person",
            ("roles", "organisations"): "role_org",
            ("roles", "media"): "role_media",
            ("scope", "events"): "event",
            ("scope", "totals"): "total",
        }
        for (group, key), category in simple.items():
            for phrase in cues.get(group, {}).get(key, ()):
                yield phrase, (category, None)
        for name, entry in self.section("actors").items():
            for phrase in entry.get("aliases", ()):
                yield phrase, ("actor", name)
            yield name, ("actor", name)
            for phrase in entry.get("demonyms", ()):
                yield phrase, ("demonym", name)
            for phrase in entry.get("people", ()):
                yield phrase, ("people", name)
        for name, entry in self.section("places").items():
            yield name, ("place", name)
            for phrase in entry.get("aliases", ()):
                yield phrase, ("place", name)
        for word, month in self.section("time", "months").items():
            yield word, ("month", month)
        for word, day in self.section("time", "weekdays").items():
            yield word, ("weekday", day)
        for word in self.section("time", "seasons"):
            yield word, ("season", word)

    @functools.cached_property
    def units(self) -> pint.UnitRegistry[Any]:
        """The pint registry of counted units (``lexicon/units.txt``)."""
        import pint

        return pint.UnitRegistry(str(_HERE / "units.txt"))


@functools.cache
def default_lexicon() -> Lexicon:
    """Return the built-in English lexicon (built once, then shared; it is frozen).

    >>> default_lexicon().measures["killed"].part_of
    'casualties'
    """
    return Lexicon.from_sources(*(_HERE / name for name in _DEFAULT_FILES))
