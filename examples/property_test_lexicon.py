"""Property-test a lexicon extension with reconcile's hypothesis strategies.

The extension adds a verb for killed ("martyred") and a side with two aliases.
Every sentence hypothesis writes with them must give back the claim it states.
Run: python examples/property_test_lexicon.py (needs reconcile[testing])
"""

from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile
from reconcile import Claim, Qualifier
from reconcile.strategies import GeneratedText, figures, sentences

MARTYRED = {"measures": {"killed": {"after": ["martyred"]}}}
RURITANIA = {
    "kind": "state",
    "aliases": ["Ruritania", "Strelsau"],
    "demonyms": ["Ruritanian"],
}
LEXICON = reconcile.default_lexicon().extended(
    MARTYRED, {"actors": {"Ruritania": RURITANIA}}
)
SIDES = {"Ruritanian": "Ruritania", "Russian": "Russia"}
SAYABLE = [q for q in Qualifier if q is not Qualifier.VAGUE]  # "240 to 310" is a range


@st.composite
def martyr_sentences(draw: st.DrawFn) -> GeneratedText:
    """'About 2,000 Ruritanian fighters were martyred.' and the claim it states."""
    figure = draw(figures(qualifiers=st.sampled_from(SAYABLE)))
    demonym = draw(st.sampled_from(sorted(SIDES)))
    noun = draw(st.sampled_from(["soldiers", "fighters", "troops"]))
    text = f"{figure.text} {demonym} {noun} were martyred."
    stated = {"measure": "killed", "low": figure.low, "high": figure.high}
    stated |= {"qualifier": figure.qualifier.value, "subject": SIDES[demonym]}
    claim = Claim.from_dict(stated)
    return GeneratedText(text=text[0].upper() + text[1:], claims=(claim,))


def recorded(claims: tuple[Claim, ...] | list[Claim]) -> list[tuple[object, ...]]:
    """What a reader records of each claim."""
    return [
        (c.measure, c.low, c.high, c.qualifier, c.subject, c.claimant) for c in claims
    ]


@settings(max_examples=50)
@given(
    martyr_sentences()
    | sentences(sides=st.just("Ruritania"), claimants=st.none(), lexicon=LEXICON)
    | sentences(claimants=st.just("Ruritania"), lexicon=LEXICON)
)
def test_extension_is_read_back(generated: GeneratedText) -> None:
    """Every generated sentence gives back the claim it states."""
    found = reconcile.extract(generated.text, published="2025-06-02", lexicon=LEXICON)
    assert recorded(generated.claims) == recorded(found), generated.text


if __name__ == "__main__":
    test_extension_is_read_back()  # @given draws the argument 50 times
    print("50 sentences: 'martyred' read as killed; Ruritania as side and claimant")
    print("ok")
