"""Tests of ``reconcile.lexicon``: loading, layering and checking vocabulary data."""

import pickle
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile import LexiconError, ReconcileError, parse_figures
from reconcile.lexicon import Lexicon, PhraseIndex, default_lexicon
from reconcile.text import tokenize

TINY: dict[str, Any] = {
    "measures": {
        "casualties": {"nouns": ["casualties"]},
        "killed": {"part_of": "casualties", "nouns": ["dead"]},
    },
    "amounts": {"numbers": {"two": 2}, "hedges": {"about": "approximate"}},
}


@pytest.fixture
def tiny() -> Lexicon:
    """A two-measure lexicon built from a dict."""
    return Lexicon.from_sources(TINY)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ------------------------------------------------------------------ default
def test_default_lexicon_is_cached() -> None:
    """Every call returns the same lexicon object."""
    assert default_lexicon() is default_lexicon()


def test_default_lexicon_is_frozen() -> None:
    """The shared lexicon's attributes cannot be reassigned."""
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        default_lexicon().data = {}  # type: ignore[misc]


def test_default_lexicon_taxonomy() -> None:
    """The built-in measures carry their taxonomy."""
    measures = default_lexicon().measures
    expected = {"killed": "casualties", "wounded": "casualties"}
    assert expected == {m: measures[m].part_of for m in expected}


def test_from_sources_builds_measures(tiny: Lexicon) -> None:
    """A lexicon built from a dict exposes its measures and their taxonomy."""
    expected = {"casualties": None, "killed": "casualties"}
    assert expected == {name: m.part_of for name, m in tiny.measures.items()}


# ------------------------------------------------------------------ layering
def test_extended_returns_new_lexicon_and_keeps_old(tiny: Lexicon) -> None:
    """Layering gives a new lexicon; the one it was built on is unchanged."""
    bigger = tiny.extended({"measures": {"killed": {"nouns": ["slain"]}}})
    expected = (("dead",), ("dead", "slain"), False)
    actual = (
        tiny.data["measures"]["killed"]["nouns"],
        bigger.data["measures"]["killed"]["nouns"],
        bigger is tiny,
    )
    assert expected == actual


def test_lexicon_data_is_read_only() -> None:
    """The shared default lexicon cannot be changed in place by a caller."""
    data = default_lexicon().data
    with pytest.raises(TypeError):
        data["measures"]["killed"]["nouns"] = ("anything",)  # type: ignore[index]


def test_a_lexicon_pickles_with_its_extensions() -> None:
    """Sent to another process, an extended lexicon is equal and reads the same."""
    lexicon = default_lexicon().extended(
        {"measures": {"killed": {"after": ["martyred"]}}}
    )
    text = "About 30 fighters were martyred and 12 were wounded."
    expected = parse_figures(text, lexicon)  # builds the compiled lookups ...
    copy = pickle.loads(pickle.dumps(lexicon))
    assert "amounts" not in vars(copy)  # ... which are not sent, but rebuilt
    assert (copy, copy.sources, parse_figures(text, copy)) == (
        lexicon,
        lexicon.sources,
        expected,
    )
    with pytest.raises(TypeError):
        copy.data["measures"]["killed"]["after"] += ("x",)  # read-only still


def test_extended_default_leaves_default_alone() -> None:
    """Extending the shared default never changes what the next caller gets."""
    before = default_lexicon().data["measures"]["killed"]["nouns"]
    default_lexicon().extended({"measures": {"killed": {"nouns": ["fallen ones"]}}})
    assert before == default_lexicon().data["measures"]["killed"]["nouns"]


def test_extended_from_file(tmp_path: Path, tiny: Lexicon) -> None:
    """A TOML file layers the same way as a dict."""
    path = _write(tmp_path / "mine.toml", '[measures.killed]\nnouns = ["slain"]\n')
    bigger = tiny.extended(path)
    assert ("dead", "slain") == bigger.data["measures"]["killed"]["nouns"]


def test_extended_from_file_name_string(tmp_path: Path, tiny: Lexicon) -> None:
    """The file can be given as a string path."""
    path = _write(tmp_path / "mine.toml", '[measures.killed]\nnouns = ["slain"]\n')
    bigger = tiny.extended(str(path))
    assert ("dead", "slain") == bigger.data["measures"]["killed"]["nouns"]


def test_extended_replaces_single_values(tiny: Lexicon) -> None:
    """A single value in a layer replaces the one below it."""
    bigger = tiny.extended({"amounts": {"hedges": {"about": "exact"}}})
    expected = ("approximate", "exact")
    actual = (
        tiny.data["amounts"]["hedges"]["about"],
        bigger.data["amounts"]["hedges"]["about"],
    )
    assert expected == actual


def test_extended_hedge_changes_figures() -> None:
    """A replaced hedge changes how figures are read with the new lexicon only."""
    lexicon = default_lexicon().extended({"amounts": {"hedges": {"about": "exact"}}})
    text = "about 300 soldiers"
    expected = ["exact", "approximate"]
    actual = [
        str(parse_figures(text, lexicon)[0].qualifier),
        str(parse_figures(text)[0].qualifier),
    ]
    assert expected == actual


def test_extended_adds_a_hedge_verb() -> None:
    """A hedge that is also a hedge verb bounds a toll that stands before it."""
    from reconcile import extract

    text = "The death toll eclipsed 4,000 on Friday, the ministry said."
    lexicon = default_lexicon().extended(
        {
            "amounts": {"hedges": {"eclipsed": "more_than"}},
            "cues": {"grammar": {"hedge_verbs": ["eclipsed"]}},
        }
    )
    (claim,) = extract(text, lexicon=lexicon, published="2025-05-02")
    assert (claim.measure, claim.low, claim.qualifier) == ("killed", 4000, "more_than")
    assert extract(text, published="2025-05-02") == []


def test_extended_uncarried_nouns_take_no_recent_side() -> None:
    """A noun added to the uncarried nouns never takes a recent sentence's side."""
    from reconcile import extract

    text = "Rebels said 30 Malian soldiers were killed. About 90 souls were killed."
    plain = extract(text, published="2025-05-02")
    lexicon = default_lexicon().extended(
        {
            "nouns": {"personnel": {"general": ["souls"]}},
            "cues": {"grammar": {"uncarried_nouns": ["souls"]}},
        }
    )
    extended = extract(text, lexicon=lexicon, published="2025-05-02")
    assert [c.subject for c in plain] == ["Mali", "Mali"]
    assert [c.subject for c in extended] == ["Mali", None]


def test_extended_enemy_words_name_the_claimants_adversary() -> None:
    """A word added to the enemy words counts the claimant's adversary's people."""
    from reconcile import extract

    text = "Russia's army said the opponent lost 300 soldiers."
    lexicon = default_lexicon().extended({"cues": {"grammar": {"enemy": ["opponent"]}}})
    (plain,) = extract(text, published="2025-05-02")
    (extended,) = extract(text, lexicon=lexicon, published="2025-05-02")
    assert (plain.subject, extended.subject) == (None, "Ukraine")


def test_extended_clause_leads_are_no_part_of_the_speaker() -> None:
    """A word added to the clause leads opens a clause before its subject."""
    from reconcile import extract

    text = "Afterwards, the Houthis claimed the raid and said 12 fighters were killed."
    lexicon = default_lexicon().extended(
        {"cues": {"grammar": {"clause_leads": ["afterwards"]}}}
    )
    (plain,) = extract(text, published="2025-05-02")
    (extended,) = extract(text, lexicon=lexicon, published="2025-05-02")
    assert (plain.claimant_text, extended.claimant_text) == (
        "Afterwards, the Houthis",
        "the Houthis",
    )


def test_extended_adds_vague_amount() -> None:
    """A new vague amount in a layer is read with its bounds."""
    lexicon = default_lexicon().extended({"amounts": {"vague": {"oodles": [50, 500]}}})
    expected = [("oodles", 50, 500)]
    actual = [(f.text, f.low, f.high) for f in parse_figures("oodles of men", lexicon)]
    assert expected == actual


def test_extended_adds_a_group_of_people() -> None:
    """A new kind of people counted as a group gets its label and country."""
    from reconcile import extract

    lexicon = default_lexicon().extended(
        {
            "nouns": {
                "personnel": {"rescuers": ["paramedics", "firefighters"]},
                "groups": {"rescuers": {"label": "rescuers", "by_place": ["killed"]}},
            }
        }
    )
    text = "Shelling killed 5 paramedics in Kharkiv. 40 firefighters were sent there."
    before = [(c.measure, c.subject) for c in extract(text)]
    after = [(c.measure, c.subject) for c in extract(text, lexicon=lexicon)]
    # nouns the lexicon does not know are no deployment, nor known rescuers
    assert before == [("killed", None)]
    assert after == [("killed", "rescuers:Ukraine")]


def test_extended_adds_fraction() -> None:
    """A new fraction in a layer is read before a scale word."""
    lexicon = default_lexicon().extended({"amounts": {"fractions": {"eighth": 0.125}}})
    text = "an eighth of a million"
    expected = [[("an eighth of a million", 125000)], []]
    actual = [
        [(f.text, f.low) for f in parse_figures(text, lexicon)],
        [(f.text, f.low) for f in parse_figures(text) if f.text != "a million"],
    ]
    assert expected == actual


def test_extended_replaces_vague_bounds() -> None:
    """Vague bounds are one value: a layer replaces them, it does not append."""
    lexicon = default_lexicon().extended({"amounts": {"vague": {"dozens": [12, 99]}}})
    expected = ((12, 99), [("dozens", 12, 99)])
    actual = (
        lexicon.data["amounts"]["vague"]["dozens"],
        [(f.text, f.low, f.high) for f in parse_figures("dozens of men", lexicon)],
    )
    assert expected == actual


def test_extended_replaces_season_bounds() -> None:
    """Season months are one value: a layer replaces them."""
    lexicon = default_lexicon().extended({"time": {"seasons": {"fall": [8, 10]}}})
    assert (8, 10) == lexicon.data["time"]["seasons"]["fall"]


def test_extended_measure_may_point_into_base(tiny: Lexicon) -> None:
    """A layer's new measure may be part of a measure defined below it."""
    bigger = tiny.extended({"measures": {"executed": {"part_of": "killed"}}})
    assert "killed" == bigger.measures["executed"].part_of


# ------------------------------------------------------------------ errors
@pytest.mark.parametrize(
    ("toml", "where", "problem"),
    [
        pytest.param(
            "[measurez.killed]\nnouns = []\n",
            "[measurez]",
            "unknown",
            id="unknown-section",
        ),
        pytest.param(
            '[measures.killed]\nwords = ["slain"]\n',
            "[measures.killed] words",
            "unknown",
            id="unknown-key",
        ),
        pytest.param(
            '[measures.killed]\nnouns = "slain"\n',
            "[measures.killed] nouns",
            "list",
            id="string-for-list",
        ),
        pytest.param(
            "[measures.killed]\nnouns = [1, 2]\n",
            "[measures.killed] nouns",
            "list",
            id="numbers-in-word-list",
        ),
        pytest.param(
            '[amounts.numbers]\ndozen = "twelve"\n',
            "[amounts.numbers] dozen",
            "whole number",
            id="string-for-number",
        ),
        pytest.param(
            '[amounts.hedges]\nabout = "sorta"\n',
            "[amounts.hedges] about",
            "qualifier",
            id="unknown-qualifier",
        ),
        pytest.param(
            "[amounts.fractions]\nhalf = 2\n",
            "[amounts.fractions] half",
            "between 0 and 1",
            id="fraction-above-one",
        ),
        pytest.param(
            "[amounts.vague]\nheaps = [10]\n",
            "[amounts.vague] heaps",
            "low, high",
            id="bounds-of-one-number",
        ),
        pytest.param(
            '[measures.slain]\npart_of = "fatalities"\n',
            "[measures.slain] part_of",
            "fatalities",
            id="unknown-part-of",
        ),
        pytest.param(
            '[measures.slain]\nkind = "sometimes"\n',
            "[measures.slain] kind",
            "sometimes",
            id="unknown-kind",
        ),
        pytest.param(
            '[measures.deployed]\ncounts = ["soldiers"]\n',
            "[measures.deployed] counts",
            "'soldiers'",
            id="counts-unknown-kind-of-people",
        ),
        pytest.param(
            '[nouns.groups.tourists]\nlabel = "tourists"\n',
            "[nouns.groups] tourists",
            "no kind of nouns.personnel",
            id="group-of-unknown-kind",
        ),
        pytest.param(
            '[nouns.groups.civilian]\nby_place = ["kiled"]\n',
            "[nouns.groups] civilian by_place",
            "'kiled'",
            id="group-by-place-unknown-measure",
        ),
    ],
)
def test_bad_file_names_file_entry_and_problem(
    tmp_path: Path, toml: str, where: str, problem: str
) -> None:
    """A bad entry raises LexiconError "file: [section.entry] key: problem"."""
    path = _write(tmp_path / "mine.toml", toml)
    pattern = re.escape(f"{path}: {where}") + ".*" + re.escape(problem)
    with pytest.raises(LexiconError, match=pattern):
        default_lexicon().extended(path)


def test_bad_dict_names_entry_and_problem() -> None:
    """A bad entry given as a dict names the entry and the problem too."""
    with pytest.raises(LexiconError, match=re.escape("[measures.killed] nouns: ")):
        default_lexicon().extended({"measures": {"killed": {"nouns": "slain"}}})


def test_second_bad_file_is_named(tmp_path: Path) -> None:
    """With several layers, the error names the file that is wrong."""
    good = _write(tmp_path / "good.toml", '[measures.killed]\nnouns = ["slain"]\n')
    bad = _write(tmp_path / "bad.toml", '[measures.killed]\nnouns = "slain"\n')
    with pytest.raises(LexiconError, match=re.escape(f"{bad}: [measures.killed]")):
        default_lexicon().extended(good, bad)


def test_missing_file(tmp_path: Path) -> None:
    """A missing file raises LexiconError naming it."""
    path = tmp_path / "absent.toml"
    with pytest.raises(LexiconError, match=re.escape(str(path))):
        default_lexicon().extended(path)


def test_invalid_toml(tmp_path: Path) -> None:
    """A file that is not TOML raises LexiconError naming it."""
    path = _write(tmp_path / "broken.toml", '[measures.killed\nnouns = ["x"]\n')
    with pytest.raises(LexiconError, match=re.escape(str(path))):
        default_lexicon().extended(path)


def test_vague_bounds_out_of_order_are_rejected() -> None:
    """Vague bounds with low above high are a bad entry."""
    with pytest.raises(LexiconError, match=re.escape("[amounts.vague] heaps")):
        default_lexicon().extended({"amounts": {"vague": {"heaps": [500, 50]}}})


def test_failed_layer_leaves_lexicon_usable(tiny: Lexicon) -> None:
    """A rejected layer changes nothing in the lexicon it was layered on."""
    with pytest.raises(LexiconError):
        tiny.extended({"measures": {"killed": {"nouns": "slain"}}})
    assert ("dead",) == tiny.data["measures"]["killed"]["nouns"]


def test_lexicon_error_is_a_reconcile_and_value_error() -> None:
    """LexiconError is caught by ``except ReconcileError`` and ``except ValueError``."""
    expected = (True, True)
    actual = (
        issubclass(LexiconError, ReconcileError),
        issubclass(LexiconError, ValueError),
    )
    assert expected == actual


# ------------------------------------------------------------------ PhraseIndex
@pytest.fixture
def index() -> PhraseIndex:
    """Phrases with an acronym, a name, and a short and long phrase."""
    return PhraseIndex(
        [
            ("US", ("actor", "United States")),
            ("Kharkiv", ("place", "Kharkiv")),
            ("North", ("direction", None)),
            ("North Korea", ("actor", "North Korea")),
            ("lost their lives", ("measure", "killed")),
        ]
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("US", [(1, ("actor", "United States"))], id="acronym-as-written"),
        pytest.param("us", [], id="pronoun-us"),
        pytest.param("Us", [], id="capitalised-us"),
        pytest.param("KHARKIV", [(1, ("place", "Kharkiv"))], id="name-uppercase"),
        pytest.param("kharkiv", [(1, ("place", "Kharkiv"))], id="name-lowercase"),
        pytest.param(
            "North Korea",
            [(2, ("actor", "North Korea")), (1, ("direction", None))],
            id="longest-first",
        ),
        pytest.param(
            "lost their lives",
            [(3, ("measure", "killed"))],
            id="multi-word-phrase",
        ),
        pytest.param("lost their", [], id="partial-phrase"),
    ],
)
def test_phrase_index_matches(
    index: PhraseIndex, text: str, expected: list[tuple[int, Any]]
) -> None:
    """Phrases match normalised tokens; acronyms only as written; longest first."""
    assert expected == list(index.matches(tokenize(text), 0))


def test_phrase_index_matches_at_any_token(index: PhraseIndex) -> None:
    """Matching starts at the token index given."""
    tokens = tokenize("They told us the US sent aid")
    expected = {2: [], 4: [(5, ("actor", "United States"))]}
    assert expected == {i: list(index.matches(tokens, i)) for i in expected}


@given(
    st.lists(
        st.sampled_from(
            ["US", "us", "U.S.", "lost", "their", "lives", "sent", "troops", "x", "."]
        ),
        max_size=12,
    )
)
def test_phrase_scan_finds_what_matches_finds_at_each_token(words: list[str]) -> None:
    """`PhraseIndex.scan` is `matches` at every token, in token order."""
    tokens = tokenize(" ".join(words))
    phrases = default_lexicon().phrases
    expected = [
        (i, end, tag)
        for i in range(len(tokens))
        for end, tag in phrases.matches(tokens, i)
    ]
    assert phrases.scan(tokens) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("the US sent", ["United States"], id="acronym"),
        pytest.param("they told us that", [], id="pronoun"),
        pytest.param("U.S. troops", ["United States"], id="with-stops"),
    ],
)
def test_default_phrases_tell_us_from_us(text: str, expected: list[str]) -> None:
    """In the default lexicon "US" is the United States and "us" is nobody."""
    tokens = tokenize(text)
    phrases = default_lexicon().phrases
    actual = [
        tag[1]
        for i in range(len(tokens))
        for _end, tag in phrases.matches(tokens, i)
        if tag[0] == "actor"
    ]
    assert expected == actual


def test_stance_pairs_added_by_a_layer_keep_the_built_in_ones() -> None:
    """Adding one adversary pair keeps the default pairs."""
    from reconcile import Stance

    lexicon = default_lexicon().extended(
        {"stance": {"adversaries": [["Ukraine", "Belarus"]]}}
    )
    stance = Stance.from_lexicon(lexicon)
    assert ("adversary", "adversary") == (
        stance.of("Ukraine", "Russia"),
        stance.of("Ukraine", "Belarus"),
    )
