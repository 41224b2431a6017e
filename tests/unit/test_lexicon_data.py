"""Integrity of the actor and place data in ``reconcile/lexicon/en``.

These tests read the TOML files directly, so they check the data whatever the
loader does with it.
"""

import tomllib
from collections import defaultdict
from pathlib import Path
from typing import Any

LEXICON = Path(__file__).parents[2] / "reconcile" / "lexicon" / "en"

KINDS = {"state", "bloc", "organisation", "armed_group", "person", "media"}
ACTOR_KEYS = {"kind", "aliases", "demonyms", "people", "represents"}
ACTOR_LISTS = ("aliases", "demonyms", "people")
PLACE_KEYS = {"aliases", "within"}


def _load(name: str, table: str) -> dict[str, dict[str, Any]]:
    with (LEXICON / name).open("rb") as handle:
        data: dict[str, dict[str, Any]] = tomllib.load(handle)[table]
    return data


ACTORS = _load("actors.toml", "actors")
PLACES = _load("places.toml", "places")


def _is_acronym(word: str) -> bool:
    return word.isupper()


def _clash(first: str, second: str) -> bool:
    """Whether two words would match the same text.

    All-capital acronyms match case-sensitively, so two of them clash only when
    equal; any other word matches case-insensitively, so it clashes with every
    word that equals it once both are case-folded ("Tass" and "TASS").
    """
    if _is_acronym(first) and _is_acronym(second):
        return first == second
    return first.casefold() == second.casefold()


def _owners_of_clashing_words(
    words: list[tuple[str, str]],
) -> dict[str, list[str]]:
    """Group ``(owner, word)`` pairs by case-folded word; keep clashing groups."""
    by_folded: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for owner, word in words:
        by_folded[word.casefold()].append((owner, word))
    clashes = {}
    for folded, entries in sorted(by_folded.items()):
        owners = {
            owner
            for owner, word in entries
            for other_owner, other in entries
            if owner != other_owner and _clash(word, other)
        }
        if owners:
            clashes[folded] = sorted(owners)
    return clashes


def test_actor_kinds_are_valid() -> None:
    """Every actor has a ``kind`` from the fixed set."""
    bad = {
        name: a.get("kind") for name, a in ACTORS.items() if a.get("kind") not in KINDS
    }
    assert bad == {}


def test_actor_keys_are_allowed() -> None:
    """Actors use no keys besides kind, aliases, demonyms, people and represents."""
    bad = {
        name: sorted(set(actor) - ACTOR_KEYS)
        for name, actor in ACTORS.items()
        if set(actor) - ACTOR_KEYS
    }
    assert bad == {}


def test_place_keys_are_allowed() -> None:
    """Places use no keys besides aliases and within."""
    bad = {
        name: sorted(set(place) - PLACE_KEYS)
        for name, place in PLACES.items()
        if set(place) - PLACE_KEYS
    }
    assert bad == {}


def test_lists_hold_clean_strings() -> None:
    """Every list holds non-empty strings without surrounding spaces or repeats."""
    tables = [("actor", name, a, ACTOR_LISTS) for name, a in ACTORS.items()]
    tables += [("place", name, p, ("aliases",)) for name, p in PLACES.items()]
    bad = []
    for what, name, table, keys in tables:
        for key in keys:
            items = table.get(key, [])
            if not isinstance(items, list):
                bad.append((what, name, key, "not a list"))
                continue
            seen = set()
            for item in items:
                if not isinstance(item, str) or not item or item != item.strip():
                    bad.append((what, name, key, repr(item)))
                    continue
                folded = item if _is_acronym(item) else item.casefold()
                if folded in seen:
                    bad.append((what, name, key, f"repeated {item!r}"))
                seen.add(folded)
    assert bad == []


def test_canonical_name_is_an_alias() -> None:
    """Every actor and place lists its own canonical name among its aliases."""
    tables = list(ACTORS.items()) + list(PLACES.items())
    bad = [name for name, table in tables if name not in table.get("aliases", [])]
    assert bad == []


def test_no_word_names_two_actors() -> None:
    """No alias, demonym or people word belongs to two actors."""
    words = [
        (name, word)
        for name, actor in ACTORS.items()
        for key in ACTOR_LISTS
        for word in actor.get(key, [])
    ]
    assert _owners_of_clashing_words(words) == {}


def test_represents_names_an_actor() -> None:
    """Every ``represents`` names another actor of the file."""
    bad = {
        name: actor["represents"]
        for name, actor in ACTORS.items()
        if "represents" in actor
        and (actor["represents"] not in ACTORS or actor["represents"] == name)
    }
    assert bad == {}


def test_persons_have_represents() -> None:
    """Every person says which actor they speak for."""
    bad = [
        name
        for name, actor in ACTORS.items()
        if actor.get("kind") == "person" and not actor.get("represents")
    ]
    assert bad == []


def test_within_names_a_place_or_state() -> None:
    """Every ``within`` names a place or a state actor."""
    states = {name for name, actor in ACTORS.items() if actor.get("kind") == "state"}
    bad = {
        name: place["within"]
        for name, place in PLACES.items()
        if "within" in place
        and place["within"] not in PLACES
        and place["within"] not in states
    }
    assert bad == {}


def test_no_place_is_a_state() -> None:
    """Countries come from the state actors and are not listed as places."""
    states = {name for name, actor in ACTORS.items() if actor.get("kind") == "state"}
    assert sorted(states & set(PLACES)) == []


def test_no_alias_names_two_places() -> None:
    """No place alias collides with another place's alias."""
    words = [
        (name, alias) for name, place in PLACES.items() for alias in place["aliases"]
    ]
    assert _owners_of_clashing_words(words) == {}


def test_no_within_cycle() -> None:
    """Following ``within`` from any place ends at a state or a top-level place."""
    cycles = []
    for start in PLACES:
        path = [start]
        current = PLACES[start].get("within")
        while current in PLACES:
            if current in path:
                cycles.append([*path, current])
                break
            path.append(current)
            current = PLACES[current].get("within")
    assert cycles == []
