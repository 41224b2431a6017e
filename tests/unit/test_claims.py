"""Claims: a figure bound to a measure, with subject, claimant, as-of and place.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

import reconcile
from reconcile.claims import extract_claims
from reconcile.model import Claim, Document, Qualifier

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def claims_of(text: str, published: dt.date | None = PUBLISHED) -> list[Claim]:
    """Claims of one test text."""
    return extract_claims(Document(id="t", text=text, published=published))


def one(text: str, published: dt.date | None = PUBLISHED) -> Claim:
    """The single claim of a test text."""
    found = claims_of(text, published)
    assert len(found) == 1, [c.quote for c in found]
    return found[0]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("About 400 soldiers were killed in the assault.", "killed"),
        ("The army said 35 of its soldiers died in the ambush.", "killed"),
        ("Officials reported 120 fighters dead after the raid.", "killed"),
        ("The shelling killed 14 civilians on Tuesday.", "killed"),
        ("Rescuers recovered the bodies of 9 villagers.", "killed"),
        ("At least 60 people were injured in the blast.", "wounded"),
        ("The strike wounded 23 people.", "wounded"),
        ("Medics said 64 others were being treated for wounds.", "wounded"),
        ("Twelve soldiers were admitted to hospital.", "wounded"),
        ('The rebels said they had "neutralised" 150 government troops.', "killed"),
        ("Some 40 militants were neutralized overnight.", "killed"),
        ("About 800 Ukrainians remain in Russian captivity.", "captured"),
        (
            "About 3,000 foreign soldiers were operating alongside the rebels.",
            "deployed",
        ),
        ("The brigade suffered 700 casualties in a week.", "casualties"),
        ("Some 900 troops were killed or wounded near the river.", "casualties"),
        ("The army says it killed or wounded 900 rebels.", "casualties"),
        ("About 4,000 troops are deploying to the coast.", "deployed"),
        ("Some 90,000 troops have massed near the border.", "deployed"),
        ("The army flew 300 soldiers to the island.", "deployed"),
        ("About 1,200 troops were airlifted to the border.", "deployed"),
        # the verb of an object joined by "and"
        ("The US sent a carrier and about 2,000 additional troops.", "reinforcement"),
        ("The regiment has lost 1,200 men since January.", "casualties"),
        ("Rebels captured 45 government soldiers.", "captured"),
        ("The militia is holding 12 hostages.", "captured"),
        ("Around 30 sailors are still missing.", "missing"),
        ("The country has sent 8,000 troops to the border.", "deployed"),
        ("About 5,000 soldiers are stationed in the region.", "deployed"),
        ("Some 12,000 troops now in Kursk, officials say", "deployed"),
        # people before a measure noun say whose deaths are counted
        ("There were 300 soldier deaths in May.", "killed"),
        ("The army reported 300 troop losses.", "casualties"),
        ("The ministry deployed between 2,000 and 2,500 police officers.", "deployed"),
        ("The general sent 1,000 additional troops to the front.", "reinforcement"),
        ("Officials said 600 more soldiers would be dispatched.", "reinforcement"),
    ],
)
def test_measure_is_read_from_the_words(text: str, measure: str) -> None:
    """The measure comes from the verb or noun bound to the figure."""
    assert measure == one(text).measure


@pytest.mark.parametrize(
    "text",
    [
        "The US will send 3,000 more troops, bringing the total to 43,000.",
        "The US will send an additional 3,000 troops to the region, bringing the "
        "total American presence there to about 43,000.",
    ],
)
def test_the_total_an_increment_brings_a_level_to_is_the_level(text: str) -> None:
    """3,000 more troops are reinforcements; the total they make is a deployment."""
    assert [("reinforcement", 3000), ("deployed", 43000)] == [
        (c.measure, c.low) for c in claims_of(text)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The two countries signed a treaty.",
        "The convoy had 40 trucks and three tanks.",
        "Talks lasted 12 hours.",
        "Turnout was 61 percent.",
        "The fund pledged $300 million.",
        "The bridge is 450 metres long.",
        "He was born in 1975 and joined at 19.",
        "Article 5 of the treaty applies.",
        "One of the reasons was the weather.",
        "The two soldiers have asked to stay.",
        "Nearly half of the town was destroyed.",
        "The clinic treated 40 people for dehydration.",
        "About 30 aid groups are present in the region.",
        "Some 25 companies are operating in the province.",
    ],
)
def test_figures_that_count_no_people_are_no_claims(text: str) -> None:
    """Things, durations, shares, money, labels and repeated mentions are no claims."""
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Rockets killed 25 villagers on Sunday. Among the victims were 7 women"
            " and 11 children, with 40 others wounded.",
            [("killed", 25), ("killed", 7), ("killed", 11), ("wounded", 40)],
            id="among-the-victims",
        ),
        pytest.param(
            "The blast wounded 60 commuters. The victims included 8 students.",
            [("wounded", 60), ("wounded", 8)],
            id="the-victims-included",
        ),
        pytest.param(
            "The ministry sent 400 troops. Among the victims were 7 women.",
            [("deployed", 400)],
            id="no-toll-before",
        ),
        pytest.param("Among the victims were 7 women.", [], id="nothing-before"),
    ],
)
def test_victims_are_the_people_the_last_toll_counted(
    text: str, expected: list[tuple[str, int]]
) -> None:
    """'Among the victims were 7 women' counts 7 of the toll just claimed."""
    assert expected == [(c.measure, c.low) for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Shelling killed 300 people over the past two months, a monitor said. "
            "The death toll includes 40 civilians. The toll also includes 90 guards.",
            [(300, True), (40, True), (90, True)],
            id="the-toll-includes",
        ),
        pytest.param(
            "Fighting has killed 120 people since January 5. Among the dead are 14 "
            "children and 3 medics.",
            [(120, True), (14, True), (3, True)],
            id="among-the-dead",
        ),
        # the toll restated is the toll, no part of it
        pytest.param(
            "Fighting has killed 120 people since January 5. The death toll is 125.",
            [(120, True), (125, False)],
            id="the-toll-is",
        ),
    ],
)
def test_the_people_a_toll_includes_are_a_part_of_it(
    text: str, expected: list[tuple[int, bool]]
) -> None:
    """'The death toll includes 40 civilians': some of the toll, of its time."""
    found = claims_of(text)
    assert [(c.low, c.increment) for c in found] == expected
    parts = [c for c, (_low, part) in zip(found, expected, strict=True) if part][1:]
    assert all(c.as_of == found[0].as_of for c in parts)
    assert all(c.measure == "killed" for c in found)


def test_the_victims_of_a_toll_are_of_its_time() -> None:
    """'Among the victims were ...' are the toll's people on the toll's day."""
    found = claims_of(
        "Rockets killed 25 villagers on Sunday, officials said. Among the victims "
        "were 7 women and 11 children."
    )
    assert len({c.as_of for c in found}) == 1
    assert [c.increment for c in found] == [True, True, True]


def test_a_figure_listed_with_a_part_is_a_part() -> None:
    """'including 7 women and 11 children': the 11 are some of the dead too."""
    found = claims_of(
        "At least 25 villagers have been killed in the war, including 7 women "
        "and 11 children."
    )
    assert [(c.low, c.increment) for c in found] == [
        (25, False),
        (7, True),
        (11, True),
    ]


def test_a_fronted_partitive_without_a_measure_word_counts_as_the_figure() -> None:
    """'Of the 3,000, 250 came home': no measure word, the 3,000's measure."""
    found = claims_of("About 3,000 sailors were killed. Of the 3,000, 250 came home.")
    assert [(c.measure, c.low) for c in found] == [("killed", 3000), ("killed", 250)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole in the same sentence, however long its phrase
        (
            "Of the 180 hostages taken by the gunmen, 95 have been freed.",
            [("captured", 180), ("captured", 95)],
        ),
        # "of them", "of those": the claim of the sentence before
        (
            "The rebels are holding 70 hostages. Of them, 12 are women.",
            [("captured", 70), ("captured", 12)],
        ),
        (
            "Some 300 people were taken hostage. Of those, 120 have been released.",
            [("captured", 300), ("captured", 120)],
        ),
        # only the sentence right after the claim
        (
            "The rebels are holding 70 hostages. Talks resumed. Of them, 12 are ill.",
            [("captured", 70)],
        ),
    ],
)
def test_a_fronted_partitive_counts_a_part_of_its_whole(
    text: str, expected: list[tuple[str, int]]
) -> None:
    """'Of the 180 hostages ..., 95 have been freed': 95 of the captured."""
    assert expected == [(c.measure, c.low) for c in claims_of(text)]


def test_including_after_the_clause_counts_part_of_its_toll() -> None:
    """'14 ... were killed in airstrikes overnight, including six children'."""
    found = claims_of(
        "Hamas said 14 Palestinians were killed in airstrikes overnight, "
        "including six children."
    )
    assert [(c.measure, c.low, c.subject, c.claimant) for c in found] == [
        ("killed", 14, "Palestine", "Hamas"),
        ("killed", 6, "civilians:Palestine", "Hamas"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More than 6,000 soldiers from both sides died.", [("killed", 6000)]),
        ("About 40 soldiers of the 3rd brigade perished.", [("killed", 40)]),
        ("Some 30 sailors from the cruiser are missing.", [("missing", 30)]),
        # a verb that can take an object may be active after the phrase
        (
            "About 300 troops in the town killed 20 rebels.",
            [("deployed", 300), ("killed", 20)],
        ),
        # "in fighting" is no phrase of place, and the governor counts
        ("Its troops killed dozens of rebels in fighting.", [("killed", 24)]),
    ],
)
def test_an_intransitive_verb_after_a_phrase_of_place_or_origin(
    text: str, expected: list[tuple[str, int]]
) -> None:
    """'6,000 soldiers from both sides died': the phrase does not hide the verb."""
    assert expected == [(c.measure, c.low) for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Kyiv says Russia has about 600,000 troops in occupied Ukraine.", "Russia"),
        ("The US has 40,000 troops stationed across the region.", "United States"),
        ("Moscow has massed 80,000 soldiers near the border.", "Russia"),
        ("Officials say Serbia is amassing 5,000 troops nearby.", "Serbia"),
        # "it" is the speaker when the speaker is a state ...
        ("Serbia said it has 2,000 troops in Bosnia.", "Serbia"),
        # ... else the subject of an earlier clause or sentence
        (
            "Serbia denies it but UN experts say it has 2,000 troops in Bosnia.",
            "Serbia",
        ),
        (
            "Serbia denies the charge. UN experts say it has 2,000 troops in Bosnia.",
            "Serbia",
        ),
        ("Serbia keeps about 1,500 troops at five posts in Bosnia.", "Serbia"),
        # the subject a relative clause hangs on
        (
            "The African Union mission, which has about 12,000 troops in Somalia, "
            "will leave.",
            "African Union",
        ),
    ],
)
def test_whose_troops_a_state_has(text: str, subject: str) -> None:
    """'Russia has 600,000 troops in Ukraine': Russia's deployment."""
    claim = one(text)
    assert (claim.measure, claim.subject) == ("deployed", subject)


def test_it_is_not_a_speaker_it_cannot_stand_for() -> None:
    """In "UN experts say it has 3,000 troops", "it" is not the UN: no subject."""
    claim = one("UN experts say it has 3,000 troops in the region.")
    assert (claim.measure, claim.subject) == ("deployed", None)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Israel killed 35 militants and lost four soldiers in the raid.", "Israel"),
        ("Israel killed 35 militants and Hamas lost four fighters.", "Hamas"),
        ("The army killed 35 rebels and lost four soldiers.", None),
    ],
)
def test_the_second_of_two_verbs_shares_the_subject(
    text: str, subject: str | None
) -> None:
    """'Israel killed 35 militants and lost four soldiers': Israel lost them."""
    killed, lost = claims_of(text)
    assert (killed.subject, lost.measure, lost.subject) == (None, "casualties", subject)


def test_a_headline_figure_takes_the_claimant_the_body_gives_it() -> None:
    """The figure alone in a headline is the body's statement of it, by its claimant."""
    found = claims_of(
        "At least 100 soldiers killed in border clash\n\n"
        "At least 100 soldiers have been killed in the clash, Seoul said on Monday."
        "\n\nAnother 30 were killed elsewhere."
    )
    assert [(c.low, c.claimant, c.claimant_text) for c in found] == [
        (100, "South Korea", "Seoul"),
        (100, "South Korea", "Seoul"),
        (30, None, None),  # another figure, another paragraph: nobody's
    ]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Toll passes 5,000, health ministry says", "Gaza Health Ministry"),
        # another speaker's word is not the body's
        ("Toll passes 5,000, monitor says", None),
    ],
)
def test_an_unnamed_headline_speaker_is_the_bodys_of_the_same_noun(
    headline: str, expected: str | None
) -> None:
    """A headline's "health ministry says" is the body's Hamas-run health ministry."""
    found = claims_of(
        f"{headline}\n\nMore than 5,000 people have been killed in Gaza, the "
        "Hamas-run health ministry said."
    )
    assert [(c.claimant_text, c.claimant) for c in found] == [
        (headline.split(", ")[1].removesuffix(" says"), expected),
        ("the Hamas-run health ministry", "Gaza Health Ministry"),
    ]


def test_a_headline_figure_is_a_count_of_the_period_the_body_gives_it() -> None:
    """A headline's "Russia lost 1,270 troops" of the body's past day is no total."""
    found = claims_of(
        "Russia lost 1,270 troops, Kyiv says\n\n"
        "Russia lost 1,270 troops over the past 24 hours, bringing its losses "
        "since the invasion to 880,000, Ukraine said."
    )
    assert [(c.low, c.increment, c.as_of) for c in found] == [
        (1270, True, "2025-03-12"),
        (1270, True, "2025-03-11/2025-03-12"),
        (880000, False, "2025-03-12"),
    ]


def test_a_headline_figure_takes_the_subject_the_body_gives_it() -> None:
    """'At least 100 soldiers killed', then whose soldiers in the body."""
    found = claims_of(
        "At least 100 soldiers killed in border clash\n\n"
        "At least 100 North Korean soldiers have been killed in the clash."
    )
    assert [c.subject for c in found] == ["North Korea", "North Korea"]


def test_a_figure_two_claimants_give_keeps_no_claimant_when_bare() -> None:
    """When Seoul and Kyiv both give the figure, the bare one is nobody's."""
    found = claims_of(
        "At least 100 soldiers killed\n\n"
        "At least 100 soldiers have been killed, Seoul said. "
        "Kyiv also said that at least 100 soldiers have been killed."
    )
    assert [c.claimant for c in found] == [None, "South Korea", "Ukraine"]


def test_another_part_of_a_breakdown() -> None:
    """'Another six are Thais', 'The other 12 are women': more of the same whole.

    Their people are theirs to say: the other 12 are not the Thais.
    """
    found = claims_of(
        "The rebels are holding 70 hostages. Of them, 52 are Israelis. "
        "Another six are Thais. The other 12 are women."
    )
    assert [(c.measure, c.low, c.subject) for c in found] == [
        ("captured", 70, None),
        ("captured", 52, "Israel"),
        ("captured", 6, "Thailand"),
        ("captured", 12, None),
    ]


def test_parts_listed_after_parts_count_from_the_same_whole() -> None:
    """After "52 are Kenyans", "Forty are men" and "one is Somali" are parts too.

    A part that says whose people it counts is theirs; the others are the
    whole's.
    """
    found = claims_of(
        "The rebels are holding 70 Malian hostages. Of them, 52 are Kenyans. "
        "Another six are Ugandans, one is Somali. Forty are men and 30 are women. "
        "Eleven are military personnel."
    )
    assert [(c.measure, c.low, c.subject) for c in found] == [
        ("captured", 70, "Mali"),
        ("captured", 52, "Kenya"),
        ("captured", 6, "Uganda"),
        ("captured", 1, "Somalia"),
        ("captured", 40, "Mali"),
        ("captured", 30, "Mali"),
        ("captured", 11, "Mali"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the claim before is no part of a whole
        "The army said 300 soldiers were killed. Forty are officers.",
        "The score was 3 to 1. One is Nepalese.",
    ],
)
def test_a_figure_saying_who_is_no_part_without_parts_before(text: str) -> None:
    """A toll that was no part has no parts after it: "Forty are officers"."""
    assert len(claims_of(text)) == 1 - text.startswith("The score")


def test_a_further_figure_with_no_people_named_is_no_part() -> None:
    """'A further 30 are in hospital' says no more of the dead."""
    found = claims_of("About 40 soldiers were killed. A further 30 are in hospital.")
    assert [(c.measure, c.low) for c in found] == [("killed", 40)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "At least 15 United Nations peacekeepers from Tanzania were killed.",
            "Tanzania",
        ),
        ("Some 300 NATO troops from Poland were deployed.", "Poland"),
        # a state named in the phrase keeps it
        ("About 20 Russian soldiers from the Wagner group were killed.", "Russia"),
    ],
)
def test_a_states_people_in_a_bodys_force(text: str, subject: str) -> None:
    """'UN peacekeepers from Tanzania' are Tanzania's people."""
    assert one(text).subject == subject


def test_remain_is_a_copula() -> None:
    """'500 servicemen remain missing', '300 troops remain deployed'."""
    found = claims_of(
        "More than 500 servicemen remain missing. About 300 troops remained deployed."
    )
    assert [(c.measure, c.low) for c in found] == [("missing", 500), ("deployed", 300)]


def test_killed_and_wounded_in_one_clause_are_two_claims() -> None:
    """'300 killed and 2,700 wounded' gives a killed claim and a wounded claim."""
    found = claims_of(
        "Officials said some 300 guards have been killed and 2,700 wounded."
    )
    assert [(c.measure, c.low, c.qualifier) for c in found] == [
        ("killed", 300, Qualifier.APPROXIMATE),
        ("wounded", 2700, Qualifier.EXACT),
    ]


def test_killed_or_wounded_is_one_casualties_claim() -> None:
    """'killed or wounded' after the noun is the casualties measure, not killed."""
    claim = one("More than 6,000 marines have been killed or wounded so far.")
    assert (
        claim.measure,
        claim.low,
        claim.high,
        claim.qualifier,
    ) == ("casualties", 6000, None, Qualifier.MORE_THAN)


def test_finite_verb_wins_over_a_reduced_relative() -> None:
    """In '100 men sent to the front have been killed' the main verb is killed."""
    claim = one(
        "At least 100 conscripts sent to the front have been killed, officials said."
    )
    assert claim.measure == "killed"


def test_linked_measure_noun() -> None:
    """'casualties ... have reached 3,000' binds the figure to casualties."""
    claim = one("Casualties among the volunteers have now reached about 3,000.")
    assert (claim.measure, claim.low) == ("casualties", 3000)


def test_listed_figures_share_the_measure() -> None:
    """'including 4 women and 9 children' after a killed figure are killed too."""
    found = claims_of(
        "At least 40 people were killed, including 4 women and 9 children."
    )
    assert [c.measure for c in found] == ["killed", "killed", "killed"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("About 2,000 Ruritanian soldiers were killed.", None),
        ("About 2,000 Russian soldiers were killed.", "Russia"),
        ("About 2,000 North Koreans were killed.", "North Korea"),
        ("Pyongyang has sent 3,000 troops.", "North Korea"),
        ("The Kremlin lost 400 men in the attack.", "Russia"),
        ("The strike killed 12 Ukrainian soldiers.", "Ukraine"),
        (
            'Officials say Sudanese forces suffered "several hundred" casualties.',
            "Sudan",
        ),
        (
            "Chadian troops fighting alongside Malian forces have suffered 200 "
            "casualties.",
            "Chad",
        ),
        ("Chadian units fighting against the Malian army lost 200 men.", "Chad"),
        ("Kenya, which leads the mission, deployed 400 police officers.", "Kenya"),
        ("The number of Palestinians killed has surpassed 67,000.", "Palestine"),
        # a name written with a lower-case particle is still a name
        ("The army said 25 al-Qaeda fighters were killed.", "al-Qaeda"),
        # a patron is not whose people they are
        ("The monitor said 40 Iran-backed Houthi fighters were killed.", "Houthis"),
        (
            "The monitor said 40 fighters of the al-Qaeda-linked Nusra Front were "
            "killed.",
            "Nusra Front",
        ),
    ],
)
def test_subject_is_whose_people_are_counted(text: str, subject: str | None) -> None:
    """The subject comes from the noun phrase, or the sender or loser of the troops."""
    assert subject == one(text).subject


@pytest.mark.parametrize(
    ("text", "claimant", "claimant_text"),
    [
        ("Seoul estimates that 700 soldiers were killed.", "South Korea", "Seoul"),
        (
            "According to the NIS, 700 soldiers were killed.",
            "South Korea",
            "the NIS",
        ),
        ("700 soldiers were killed, Zelensky said.", "Ukraine", "Zelensky"),
        (
            "U.S. officials told reporters that 700 soldiers were killed.",
            "United States",
            "U.S. officials",
        ),
        (
            "British and French intelligence reported that 700 soldiers were killed.",
            "United Kingdom; France",
            "British and French intelligence",
        ),
        ("About 700 soldiers were killed in the fighting.", None, None),
        # a time opening the clause is no part of the speaker, comma or not
        ("On Tuesday the army said 700 soldiers were killed.", None, "the army"),
        ("Last week Kyiv said 700 soldiers were killed.", "Ukraine", "Kyiv"),
        ("Overnight the army said 700 soldiers were killed.", None, "the army"),
        ("This group said 700 soldiers were killed.", None, "This group"),
        # where it happened is not who said so
        ("Seven soldiers were killed in Lebanon, the army said.", None, "the army"),
        # a place before the comma is no item of a list of claimants
        (
            "North Korea has sent 3,000 soldiers to Russia, Seoul's spy agency said.",
            "South Korea",
            "Seoul's spy agency",
        ),
        (
            "The U.S., South Korea's government and Ukraine said 700 were killed.",
            "United States; South Korea; Ukraine",
            "The U.S., South Korea's government and Ukraine",
        ),
        # a verb of saying inside a measure's phrase says nothing
        ("The fighting has claimed the lives of 80 people.", None, None),
        # who revises a toll states it
        (
            "Israel has revised the death toll down to about 1,200 from 1,400.",
            "Israel",
            "Israel",
        ),
        # nor is the object of "of" before a speaker with a possessive
        (
            "Russia has lost 5,000 soldiers since its invasion of Ukraine, "
            "Britain's defence ministry said.",
            "United Kingdom",
            "Britain's defence ministry",
        ),
        (
            "The leaders of Ukraine, Poland and France said 700 were killed.",
            "Ukraine; Poland; France",
            "The leaders of Ukraine, Poland and France",
        ),
        # a description is not the agent of the clause it reports
        (
            "North Korea has sent 3,000 soldiers to Kursk, the spy agency said.",
            None,
            "the spy agency",
        ),
        (
            "Israel's army lost 700 soldiers, the military said.",
            "Israel",
            "the military",
        ),
        # a clause with its own subject is said whole, "and" and all
        (
            "Seoul claimed they shot down a drone and killed 700 soldiers.",
            "South Korea",
            "Seoul",
        ),
        (
            "The Nigerian army said troops had repelled the raid and killed 70 "
            "militants.",
            "Nigeria",
            "The Nigerian army",
        ),
        # ... but a verb joined to the verb of saying is not said
        ("The ministry announced the call-up and drafted 700 reservists.", None, None),
        # a state before its group's name is no claimant of its own
        ("Yemen's Houthis said 68 soldiers were killed.", "Houthis", "Yemen's Houthis"),
        # nor is a relative pronoun part of the speaker
        (
            "Of the 251 people taken, 48 are held, of whom Israel believes 20 died.",
            "Israel",
            "Israel",
        ),
        # a role of two words is no part of the name
        (
            "Defence Minister Pedro Salas said 700 soldiers were captured.",
            "Pedro Salas",
            "Defence Minister Pedro Salas",
        ),
    ],
)
def test_claimant_is_who_asserts_the_figure(
    text: str, claimant: str | None, claimant_text: str | None
) -> None:
    """Claimants are canonical actors; the outlet's own voice has no claimant."""
    claim = one(text)
    assert (claimant, claimant_text) == (claim.claimant, claim.claimant_text)


def test_two_figures_said_in_one_breath_share_the_claimant() -> None:
    """'said it had killed 35 rebels and lost four soldiers': both are said."""
    found = claims_of(
        "Chad's army said it had killed 35 rebels and lost four soldiers."
    )
    assert [("killed", "Chad"), ("casualties", "Chad")] == [
        (c.measure, c.claimant) for c in found
    ]


def test_passive_verb_of_saying_is_no_claimant() -> None:
    """'X is believed to have sent' does not make X the claimant."""
    claim = one(
        "Japan's defence ministry said Ruritania is believed to have sent 900 troops."
    )
    assert claim.claimant == "Japan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Wall Street Journal report in May, citing officials, put the number "
            "of soldiers killed at 8,000.",
            "Wall Street Journal",
        ),
        (
            "The UN estimate put the number of soldiers killed at 8,000.",
            "United Nations",
        ),
        # a plural name's verb is no noun
        ("The Houthis claim 30 soldiers were killed.", "Houthis"),
    ],
)
def test_a_report_named_for_its_outlet_is_its_word(
    text: str, expected: str | None
) -> None:
    """In "a Wall Street Journal report ... put" the report is a noun, not a verb."""
    assert expected == one(text).claimant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia claims to have killed 1,500 Ukrainian troops.", "Russia"),
        ("The RSF claimed to have captured 120 soldiers.", "Rapid Support Forces"),
        # "to" after another verb of saying makes a passive
        ("Russia is said to have lost 1,500 soldiers.", None),
        ("Russia was reported to have lost 1,500 soldiers.", None),
    ],
)
def test_a_speaker_may_claim_to_have_done_it(text: str, expected: str | None) -> None:
    """In "X claims to have killed 1,500" X says it; "X is said to have" does not."""
    assert expected == one(text).claimant


def test_pronoun_claimant_follows_the_previous_sentence() -> None:
    """'It said ...' refers to the claimant named in the sentence before."""
    found = claims_of(
        "Britain's defence ministry published an update on Friday.\n"
        "It said 1,500 soldiers had been killed in the month."
    )
    assert [c.claimant for c in found] == ["United Kingdom"]


def test_person_claimant_learned_from_the_document() -> None:
    """'Kovac said' resolves through 'Croatian minister Ivo Kovac' earlier on."""
    found = claims_of(
        "Croatian minister Ivo Kovac visited the base on Monday.\n"
        '"At least 80 of our soldiers were wounded," Kovac said.'
    )
    assert [c.claimant for c in found] == ["Croatia"]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        ("Officials said 500 soldiers have been killed.", "2025-03-12"),
        ("Officials said 500 soldiers were killed last year.", "2024"),
        ("Officials said 500 soldiers were killed last month.", "2025-02"),
        ("Officials said 500 soldiers were killed in December.", "2024-12"),
        ("Officials said on Monday that 500 soldiers were killed.", "2025-03-10"),
        ("Officials said 500 soldiers were sent last fall.", "2024-09/2024-11"),
        ("Officials said 500 soldiers were killed on October 2, 2023.", "2023-10-02"),
        # "since October" counts the period from October to the report
        (
            "Officials said 500 soldiers have been killed since October.",
            "2024-10/2025-03-12",
        ),
        # the date of a "since" clause starts the period too
        (
            "500 soldiers have been killed since the truce began in October.",
            "2024-10/2025-03-12",
        ),
        ("Since 4 January, 500 soldiers have died.", "2025-01-04/2025-03-12"),
        # ... unless it is the start of the whole war: a running total
        (
            "500 soldiers have been killed since the war began in 2022.",
            "2025-03-12",
        ),
        (
            "500 soldiers have been killed since the invasion in February 2022.",
            "2025-03-12",
        ),
        # a date a year or more back is read as the start of the war
        ("Officials said 500 soldiers have been killed since 2022.", "2025-03-12"),
        # a count since a date holds when it was stated
        (
            "Officials said last month that 500 soldiers had been killed since 2022.",
            "2025-02",
        ),
        (
            "Officials said on Monday that 500 soldiers were killed since October.",
            "2024-10/2025-03-10",
        ),
        (
            "500 soldiers have been killed since the ceasefire began in January 2024.",
            "2024-01/2025-03-12",
        ),
        ("Since the truce, 500 soldiers were killed in October.", "2024-10"),
        # "since mid-January" starts a period; "when" after a date is then
        ("500 soldiers have been killed since mid-January.", "2025-01-11/2025-03-12"),
        (
            "Losses rose since late-September 2024, when the army drafted 500 "
            "reservists.",
            "2024-09-21/2024-09-30",
        ),
        (
            "Since January 4, when the offensive resumed, 500 soldiers have died.",
            "2025-01-04/2025-03-12",
        ),
        # a running total holds as of the report while its period runs on
        (
            "Officials said 500 soldiers have been killed so far this year.",
            "2025-03-12",
        ),
        ("Officials said 500 soldiers were killed earlier this month.", "2025-03"),
        # when it was said, after the claim as before it
        ("500 soldiers have been killed, the ministry said on Monday.", "2025-03-10"),
        ("Some 900 soldiers are missing, the ombudsman said last month.", "2025-02"),
        ("Officials said 500 troops will be sent this year.", "2025"),
        # a trailing period up to the report; "the previous week" is no such
        (
            "Officials said 500 soldiers were killed over the previous 24 hours.",
            "2025-03-11/2025-03-12",
        ),
        ("Officials said 500 soldiers were killed in the previous week.", "2025-03-12"),
        # a "since" period that starts inside a month or a season
        ("500 soldiers have been killed since late January.", "2025-01-21/2025-03-12"),
        ("500 soldiers have been killed since last fall.", "2024-09/2025-03-12"),
    ],
)
def test_as_of_is_resolved_against_the_published_date(text: str, as_of: str) -> None:
    """Relative time words resolve against the document's date."""
    assert as_of == one(text).as_of


def test_a_span_before_a_running_total_is_not_when_it_was_said() -> None:
    """A toll "since 2022" is not dated by "23 were killed over the past day"."""
    claims = claims_of(
        "The ministry said 23 people were killed over the past 24 hours, bringing "
        "the death toll since 2022 to more than 2,000."
    )
    assert [(23, "2025-03-11/2025-03-12"), (2000, "2025-03-12")] == [
        (c.low, c.as_of) for c in claims
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine said Russia lost 950 soldiers over the past day, bringing its "
        "total losses to 600,000.",
        "In February, 300 soldiers were killed, bringing the death toll to 5,000.",
    ],
)
def test_a_total_after_a_count_of_a_period_holds_at_the_report(text: str) -> None:
    """The period of "950 over the past day, bringing the total to" is the 950's."""
    count, total = claims_of(text)
    assert count.as_of != "2025-03-12"
    assert total.as_of == "2025-03-12"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part in the present tense is counted now, not when the whole was
        (
            "Of the 120 people abducted in January, 80 are still held.",
            ["2025-01", "2025-03-12"],
        ),
        (
            "Of the 200 hostages taken in the raid on January 9, 49 remain in "
            "captivity.",
            ["2025-01-09", "2025-03-12"],
        ),
        # ... or in the present perfect; a comma in the whole's date is no end
        # of its phrase
        (
            "Of the 200 hostages seized by gunmen on March 3, 2024, 117 have been "
            "freed.",
            ["2024-03-03", "2025-03-12"],
        ),
        (
            "Of the 200 hostages seized by gunmen on January 9, 117 have been freed.",
            ["2025-01-09", "2025-03-12"],
        ),
        # ... a part in the past tense when the whole was
        ("Of the 300 soldiers killed last month, 40 were officers.", ["2025-02"] * 2),
    ],
)
def test_a_count_in_the_present_tense_holds_at_the_report(
    text: str, expected: list[str]
) -> None:
    """A time in an earlier clause does not date "80 are still held"."""
    assert expected == [c.as_of for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "as_of"),
    [
        (
            "The number of soldiers killed in Donetsk in January exceeded 2,000.",
            "2025-01",
        ),
        ("The death toll in February rose to 300.", "2025-02"),
    ],
)
def test_a_time_inside_a_claim_before_its_figure_is_its_own(
    text: str, as_of: str
) -> None:
    """The number killed in January that exceeded 2,000 counts January's dead."""
    assert one(text).as_of == as_of


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said on Monday that 300 soldiers were killed.",
        "300 soldiers were killed, the ministry said on Monday.",
    ],
)
def test_the_day_a_toll_was_said_is_no_period_it_counts(text: str) -> None:
    """'X said on Monday' dates a running total, before or after the claim."""
    claim = one(text)
    assert (claim.as_of, claim.increment) == ("2025-03-10", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 73 people have been killed, the governor said on Monday, "
            "up from 41 reported on Saturday.",
            [(73, "2025-03-10"), (41, "2025-03-08")],
        ),
        (
            "The toll rose to 73 on Monday from 41 on Friday.",
            [(73, "2025-03-10"), (41, "2025-03-07")],
        ),
        (
            "The death toll has risen to 73, from 41 last month.",
            [(73, "2025-03-12"), (41, "2025-02")],
        ),
        # a deployment's earlier level, whose noun is the later one's
        (
            "Russia has 600,000 troops in Ukraine, up from 470,000 last year.",
            [(600_000, "2025-03-12"), (470_000, "2024")],
        ),
        # an earlier value with no time of its own is left out: as of the
        # report it would contradict the later one
        ("The toll rose to 73 from 41.", [(73, "2025-03-12")]),
        ("Fighters came from 40 villages last week.", []),
    ],
)
def test_an_earlier_value_of_a_count_is_a_claim_of_its_own_time(
    text: str, expected: list[tuple[int, str]]
) -> None:
    """Up from 41 on Saturday: the same count, by the same claimant, then."""
    claims = claims_of(text)
    assert expected == [(c.low, c.as_of) for c in claims]
    assert len({(c.measure, c.claimant, c.increment) for c in claims}) <= 1


def test_as_of_unknown_without_a_date() -> None:
    """With no published date, 'last year' stays unknown; absolute dates resolve."""
    assert [
        one("Officials said 500 soldiers were killed last year.", None).as_of,
        one("Officials said 500 soldiers were killed on October 2, 2023.", None).as_of,
    ] == [None, "2023-10-02"]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("About 800 troops were deployed in the Kursk region.", "Kursk"),
        ("The army sent 800 troops to Russia's Belgorod region.", "Belgorod"),
        ("About 800 soldiers were killed in Moscow's war with Kyiv.", None),
        ("About 80 fighters died in US strikes, officials said.", None),
        ("About 80 fighters died in US air strikes in Syria.", "Syria"),
        # a border named by a demonym is whose border, not a place's name
        ("Troops killed 12 militants near the Afghan border.", None),
        ("Troops killed 12 militants near the Khyber border.", "Khyber"),
        # a place in the clause before the claim
        ("A drone attack on a market in Sumy killed nine people.", "Sumy"),
        ("In Sumy, a drone killed nine people.", "Sumy"),
        ("Officials said a strike in central Gaza killed 27 people.", "Gaza Strip"),
        # ... but not the place of the speaker
        ("Speaking in Kyiv, the minister said 300 soldiers were killed.", None),
        ("According to officials in Kyiv, 300 soldiers were killed.", None),
        # a settlement named after "of", known or not
        ("Shelling killed nine people in the southern city of Sumy.", "Sumy"),
        ("Troops flew 300 soldiers into the Kursk region town of Sudzha.", "Sudzha"),
        ("Gunmen killed 12 soldiers near the town of Varnel.", "Varnel"),
        # ... else the place it is in
        ("Gunmen killed 12 soldiers in the Kursk region town of the west.", "Kursk"),
        # fighting is where it happened; a war is not
        ("About 300 people were killed in fighting in eastern Ukraine.", "Ukraine"),
        ("About 300 soldiers were killed in the offensive in Kharkiv.", "Kharkiv"),
        ("About 300 Korean soldiers were killed in Moscow's war in Ukraine.", None),
        # inside a claim its figure ends
        ("The number of soldiers killed in Donetsk exceeded 2,000.", "Donetsk"),
        ("The death toll in Kherson rose to 30 on Monday.", "Kherson"),
        # a figure that is no claim does not end the search
        (
            "Serbia keeps 1,500 troops at five posts inside Bosnia.",
            "Bosnia and Herzegovina",
        ),
    ],
)
def test_location(text: str, location: str | None) -> None:
    """The place named with the figure; a war named after a country is no place."""
    assert location == one(text).location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shelling killed two people and injured nine in Kherson.",
            [("Kherson", "2025-03-12"), ("Kherson", "2025-03-12")],
        ),
        # "Port-au-Prince" is one word of the distance to the time
        (
            "At least 70 people were killed and 41 injured in attacks on "
            "Port-au-Prince over the past ten days.",
            [("Haiti", "2025-03-02/2025-03-12"), ("Haiti", "2025-03-02/2025-03-12")],
        ),
        (
            "The army said a drone killed three soldiers and wounded eight in the "
            "north on Monday.",
            [(None, "2025-03-10"), (None, "2025-03-10")],
        ),
        # the place of a part is not the whole's
        (
            "Ten hostages are dead, four of whose bodies are still in Gaza.",
            [(None, "2025-03-12"), ("Gaza Strip", "2025-03-12")],
        ),
    ],
)
def test_claims_joined_by_and_share_the_place_and_time_after_them(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    """Claims joined by "and" take the place and time after the last of them."""
    assert expected == [(c.location, c.as_of) for c in claims_of(text)]


def test_span_quotes_the_claim_and_covers_the_figure() -> None:
    """The span cuts the quote out of the text and contains the figure."""
    text = "Late on Sunday, officials said roughly 1,500 soldiers had been captured."
    claim = one(text)
    start, end = claim.span
    assert (claim.quote, True) == (
        text[start:end],
        start <= text.index("roughly") < text.index("captured") < end,
    )


def test_claim_ids_are_stable() -> None:
    """The same text gives the same ids on every run."""
    text = "About 1,500 soldiers were captured."
    assert [c.id for c in claims_of(text)] == [c.id for c in claims_of(text)]


def test_source_carries_document_metadata() -> None:
    """Publisher, url, date and agency of the document travel with each claim."""
    doc = Document(
        id="d",
        text="About 90 soldiers were killed.",
        published=PUBLISHED,
        publisher="Example Times",
        url="https://example.org/a",
        agency="AFP",
    )
    source = extract_claims(doc)[0].source
    assert (
        source.publisher,
        source.url,
        source.published,
        source.agency,
    ) == ("Example Times", "https://example.org/a", PUBLISHED, "AFP")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\x00\x01\x02",
        "1" * 5000,
        "between " * 300 + "3 and 4 soldiers were killed",
        "killed " * 1000,
        "(((((" * 100 + "12 soldiers" + ")))))" * 100,
    ],
)
def test_odd_text_yields_claims_or_nothing_never_an_error(text: str) -> None:
    """Odd text never raises and every span quotes the text."""
    for claim in claims_of(text):
        assert claim.quote == text[claim.span[0] : claim.span[1]]


@pytest.mark.parametrize(
    ("text", "increment"),
    [
        ("At least 40 people were killed in an attack on the market.", True),
        ("The brigade lost 40 men in a single night.", True),
        ("Russia lost 400 soldiers overnight.", True),
        ("Officials said 300 soldiers were killed last month.", True),
        ("The shelling killed 14 civilians on Tuesday.", True),
        ("Officials said 300 soldiers have been killed so far.", False),
        ("Officials said on Monday that 300 soldiers had been killed.", False),
        ("About 2,000 soldiers have been killed in the war.", False),
        (
            "Some 300 soldiers were killed by the end of February, officials said.",
            False,
        ),
        ("Some 300 soldiers were killed in February, officials said.", True),
        ("Officials said 300 soldiers have been killed since October.", True),
        ("In the past 24 hours, the enemy lost 1,250 soldiers, officials said.", True),
        ("Since the truce began in May, 30 soldiers have been killed.", True),
        ("Officials said 300 soldiers have been killed since the war began.", False),
        ("Some 300 soldiers have died since the invasion in February 2022.", False),
    ],
)
def test_incident_and_period_counts_are_increments(text: str, increment: bool) -> None:
    """A count of one attack or one period is an increment, not a running total."""
    assert increment == one(text).increment


def test_according_to_is_no_place() -> None:
    """'according to the Kremlin' names a claimant, not a location."""
    claim = one("About 700 soldiers were killed, according to the Kremlin.")
    assert ("Russia", None) == (claim.claimant, claim.location)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll has passed 4,700, the ministry said.", (4700, None)),
        ("The toll crossed 900 on Sunday, officials said.", (900, None)),
        ("The death toll now tops 1,200, officials said.", (1200, None)),
        ("Some estimates put the death toll as high as 15,000.", (None, 15000)),
        ("The army killed as many as 300 fighters.", (None, 300)),
    ],
)
def test_verbs_of_passing_bound_a_toll(
    text: str, expected: tuple[int | None, int | None]
) -> None:
    """A toll that "passed 4,700" is more than 4,700; "as high as" bounds it above."""
    claim = one(text)
    assert ("killed", *expected) == (claim.measure, claim.low, claim.high)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine women and four children were among the dead.", [9, 4]),
        ("Two medics were among those injured in the shelling.", [2]),
        ("Six soldiers were among the wounded, the army said.", [6]),
    ],
)
def test_among_the_dead_counts_the_dead(text: str, expected: list[int]) -> None:
    """People "among the dead" are counted killed, "among the wounded" wounded."""
    measure = "killed" if "dead" in text else "wounded"
    claims = claims_of(text)
    assert [(measure, n) for n in expected] == [(c.measure, c.low) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A security official who spoke on condition of anonymity told "
            "reporters that 77 soldiers were killed.",
            (None, "A security official"),
        ),
        (
            "Ukraine's defence minister, who visited the front on Monday, said 300 "
            "Russian soldiers were killed.",
            ("Ukraine", "Ukraine's defence minister"),
        ),
        (
            "The ministry, which runs the hospitals, said 45 people were killed.",
            (None, "The ministry"),
        ),
        (
            "Two Kenyan officials, speaking on condition of anonymity, put the "
            "death toll at 19.",
            ("Kenya", "Kenyan officials"),
        ),
    ],
)
def test_a_relative_clause_stands_between_claimant_and_verb(
    text: str, expected: tuple[str | None, str]
) -> None:
    """The claimant is the noun phrase before "who ..." or ", which ...,"."""
    claim = one(text)
    assert expected == (claim.claimant, claim.claimant_text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Turkey shelled the village overnight, claiming it killed 20 militants.",
            ("Turkey", "Turkey"),
            id="participle-after-a-clause",
        ),
        pytest.param(
            "The health ministry issued new figures, saying 300 people had died.",
            (None, "The health ministry"),
            id="participle-unnamed-speaker",
        ),
        pytest.param(
            "On Tuesday, Ukraine's army rejected the report, adding that 12 "
            "soldiers were wounded.",
            ("Ukraine", "Ukraine's army"),
            id="participle-after-a-time-and-a-noun-report",
        ),
        pytest.param(
            "Hamas, which runs the territory, disputed the count, saying 50 "
            "fighters were killed.",
            ("Hamas", "Hamas"),
            id="participle-after-a-relative-clause",
        ),
        # after ", X said," the participle is X's, not the sentence subject's
        pytest.param(
            "Gunmen raided the camp, Ukraine's police said on Friday, adding that "
            "9 guards were wounded.",
            ("Ukraine", "Ukraine's police"),
            id="participle-after-said",
        ),
        pytest.param(
            "Hamas, the group that runs the enclave, claimed the attack, saying "
            "it killed 12 soldiers.",
            ("Hamas", "Hamas"),
            id="participle-after-a-described-name",
        ),
        pytest.param(
            "The Sahel Front, an armed group active in the region, claimed "
            "responsibility, saying it killed 12 soldiers.",
            ("Sahel Front", "The Sahel Front"),
            id="participle-after-an-unknown-described-name",
        ),
        pytest.param(
            "A militia, the Northern Shield, said it captured 40 soldiers.",
            ("Northern Shield", "A militia, the Northern Shield"),
            id="apposition",
        ),
        pytest.param(
            "The Northern Shield claimed the ambush and said it captured 40 soldiers.",
            ("Northern Shield", "The Northern Shield"),
            id="first-verb-and-said",
        ),
        pytest.param(
            "A militia, the Northern Shield, claimed the ambush and said it "
            "captured 40 soldiers.",
            ("Northern Shield", "A militia, the Northern Shield"),
            id="apposition-first-verb-and-said",
        ),
        pytest.param(
            "The army and police said 14 people were killed.",
            (None, "The army and police"),
            id="two-unnamed-bodies",
        ),
        pytest.param(
            "On Monday, the Red Cross and the United Nations said 14 people "
            "were killed.",
            ("ICRC; United Nations", "the Red Cross and the United Nations"),
            id="two-named-bodies",
        ),
        # a clause before "and" is no part of the speaker
        pytest.param(
            "The convoy carried the minister and officials said 30 soldiers "
            "were killed.",
            (None, "officials"),
            id="clause-and-speaker",
        ),
        pytest.param(
            "Earlier this week, the Houthis claimed the raid and said 12 of "
            "their fighters had been killed.",
            ("Houthis", "the Houthis"),
            id="a-time-opens-the-clause",
        ),
        pytest.param(
            "The army on Monday said 40 soldiers were killed.",
            (None, "The army"),
            id="a-weekday-between-speaker-and-verb",
        ),
        pytest.param(
            "The army last week said 40 soldiers were killed.",
            (None, "The army"),
            id="a-week-between-speaker-and-verb",
        ),
    ],
)
def test_the_speaker_of_a_participle_apposition_or_second_verb(
    text: str, expected: tuple[str | None, str]
) -> None:
    """The speaker of "saying", an apposition, "... and said", "X and Y said".

    A time before or after the speaker ("Earlier this week", "on Monday") is not it.
    """
    claim = one(text)
    assert expected == (claim.claimant, claim.claimant_text)


def test_claimed_responsibility_is_no_speaker_of_the_participle() -> None:
    """In "claimed responsibility, saying", the object of the verb says nothing."""
    claim = one(
        "The group claimed responsibility in a statement, saying it killed 12 soldiers."
    )
    assert (None, "The group") == (claim.claimant, claim.claimant_text)


@pytest.mark.parametrize(
    ("text", "claimant_text"),
    [
        (
            "The war has killed 20,000 people, according to some estimates.",
            "some estimates",
        ),
        (
            "The war has killed tens of thousands of people, with some estimates "
            "as high as 150,000.",
            None,
        ),
        ("Some said 300 soldiers were killed.", "Some"),
    ],
)
def test_a_verb_of_saying_after_a_determiner_is_a_noun(
    text: str, claimant_text: str | None
) -> None:
    """A determiner makes "estimates" a noun that says nothing; "some said" says."""
    assert claimant_text == one(text).claimant_text


def test_a_participle_after_a_clause_without_subject_names_no_claimant() -> None:
    """A clause opening with a preposition has no subject to claim the figure."""
    claim = one("After the raid on Monday, saying 30 soldiers were killed.")
    assert (claim.claimant, claim.claimant_text) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a description points back to a speaker with the same noun ...
        (
            "Russia's defence ministry said 300 Ukrainian soldiers were killed. "
            "The ministry said 40 more were captured.",
            "Russia",
        ),
        # ... or to a named one
        (
            "South Korea's National Intelligence Service said 1,500 North Korean "
            "soldiers were sent. The agency said 300 more were wounded.",
            "South Korea",
        ),
        # ... never to a speaker of another kind
        (
            "The Israeli military said 20 militants were killed. At least 90 "
            "people have been killed, according to the health ministry.",
            None,
        ),
        (
            "UN experts said 300 soldiers were sent. Some 1,200 soldiers "
            "surrendered, the rebels said.",
            None,
        ),
        # ... or to the group the sentence before opens with, claiming nothing
        (
            "The Arakan Army denied the report. In a statement, the group said "
            "48 soldiers were captured.",
            "Arakan Army",
        ),
        # ... never to a state, nor to a group called by another noun, nor
        # across a paragraph
        (
            "The Arakan Army denied the report. The ministry said 48 soldiers "
            "were captured.",
            None,
        ),
        (
            "Myanmar denied the report. In a statement, the group said 48 "
            "soldiers were captured.",
            None,
        ),
        (
            "The Arakan Army denied the report.\n\nIn a statement, the group "
            "said 48 soldiers were captured.",
            None,
        ),
        # a state's noun never points back to a group, unless its name has it
        (
            "The Arakan Army said it captured 300 soldiers. The junta's "
            "spokesman said 36 soldiers died.",
            None,
        ),
        # (it is the state's whose soldiers the group captured)
        (
            "The Arakan Army said it captured 300 soldiers. The military said 36 "
            "soldiers died.",
            "Myanmar",
        ),
        (
            "The Arakan Army said it captured 300 soldiers. The army said 36 of "
            "its fighters died.",
            "Arakan Army",
        ),
        (
            "Amnesty International said 745 civilians were killed. The interior "
            "ministry said 16 of its officers died.",
            None,
        ),
        (
            "The Hamas-run health ministry said 40 people were killed. The "
            "ministry said 12 were wounded.",
            "Gaza Health Ministry",
        ),
        # the nearest speaker of its kind is one of no known side: none
        (
            "The Rapid Support Forces said 45 of their fighters died. Hospital "
            "staff said 20 people were killed. Another 30 were wounded, the staff "
            "said.",
            None,
        ),
    ],
)
def test_a_description_points_back_to_a_speaker_of_its_kind(
    text: str, expected: str | None
) -> None:
    """A "the ministry said" takes an earlier ministry's claimant, not anyone's."""
    assert expected == claims_of(text)[-1].claimant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sudan's army said it repelled the assault. The RSF said 45 of its "
            "fighters died. The army said 300 RSF fighters were killed.",
            "Sudan",
        ),
        (
            "Ethiopia's government rejected the account. A government spokesman "
            "said 40 militia fighters had been killed.",
            "Ethiopia",
        ),
        (
            "The Malian army repelled the attack. Army sources said 35 attackers "
            "were killed.",
            "Mali",
        ),
        (
            "Myanmar's junta denied the report. The junta's information team said "
            "36 soldiers had died.",
            "Myanmar",
        ),
        # an officer who counts his state's losses names its army
        (
            "At least 42 Malian soldiers were killed, the army said. The army said "
            "35 of the attackers were killed.",
            "Mali",
        ),
        # two states' armies: whose is "the army"?
        (
            "Sudan's army and Chad's army met at the border. The army said 30 "
            "fighters were killed.",
            None,
        ),
        # not a body's voice
        (
            "Sudan's army repelled the assault. A military analyst said 300 "
            "fighters were killed.",
            None,
        ),
        (
            "Sudan's army repelled the assault. The health ministry said 30 people "
            "were killed.",
            None,
        ),
    ],
)
def test_a_states_body_named_once_with_its_state_speaks_for_it(
    text: str, expected: str | None
) -> None:
    """After "Sudan's army said", "the army said" is the same army's word."""
    assert expected == claims_of(text)[-1].claimant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sudan's army repelled the assault. The RSF said it killed 120 army "
            "soldiers.",
            "Sudan",
        ),
        (
            "Sudan's army repelled the assault. The RSF said it killed 120 of the "
            "army's soldiers.",
            "Sudan",
        ),
        (
            "Sudan's army repelled the assault. The UN estimates that the army has "
            "deployed 8,000 troops to the city.",
            "Sudan",
        ),
        ("The RSF said it killed 120 army soldiers.", None),
        # a body may go by more than one word
        (
            "Israel's military struck the depots. The group said it killed 12 "
            "army soldiers.",
            "Israel",
        ),
    ],
)
def test_a_states_body_named_once_with_its_state_is_its_side(
    text: str, expected: str | None
) -> None:
    """After "Sudan's army", "120 army soldiers" are Sudan's."""
    assert expected == claims_of(text)[-1].subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel has moved two divisions north, in addition to the 10,000 "
            "soldiers already stationed there.",
            "Israel",
        ),
        (
            "Russia has sent more tanks to the front, on top of some 40,000 troops "
            "deployed there since May.",
            "Russia",
        ),
        # no deployment to add to
        (
            "Russia shelled the post, in addition to the 400 soldiers stationed there.",
            None,
        ),
    ],
)
def test_a_count_added_to_a_deployment_is_the_deploying_sides(
    text: str, expected: str | None
) -> None:
    """After "X has moved ...", "in addition to the 10,000 soldiers" are X's."""
    assert expected == claims_of(text)[-1].subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The RSF said 12 of its fighters had been killed and 19 wounded.",
            "Rapid Support Forces",
        ),
        ("Hezbollah said 12 of its fighters died and 19 were injured.", "Hezbollah"),
        # a figure of people of its own is not the speaker's
        (
            "Hezbollah said 12 of its fighters died and 19 civilians were injured.",
            "civilians",
        ),
        (
            "Hezbollah said 12 of its fighters died, and 30 casualties among "
            "civilians.",
            None,
        ),
    ],
)
def test_a_bare_figure_after_the_speakers_own_people_counts_them_too(
    text: str, expected: str | None
) -> None:
    """In "12 of its fighters were killed and 19 wounded" the 19 are its own."""
    assert expected == claims_of(text)[-1].subject


def test_civilian_deaths_are_a_count_of_civilians_killed() -> None:
    """A count of "11,973 civilian deaths" is of civilians killed, by its verifier."""
    claim = one("The UN human rights office has verified 11,973 civilian deaths.")
    assert ("killed", 11973, "civilians", "United Nations") == (
        claim.measure,
        claim.low,
        claim.subject,
        claim.claimant,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll from the October 7 Hamas attack rose to 1,200.", None),
        ("The toll of the Russian strikes rose to 40.", None),
        # people in a side's forces are that side's
        ("Casualties among Russian forces rose to 3,000.", "Russia"),
    ],
)
def test_a_sides_attack_is_not_whose_dead_a_toll_counts(
    text: str, expected: str | None
) -> None:
    """The toll "from the Hamas attack" counts no Hamas dead."""
    assert expected == one(text).subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials said 200 people, including 10 civilians, were killed and "
            "400 wounded.",
            [None, "civilians", None],
        ),
        (
            "The army said 30 Malian soldiers, including 4 officers, were killed "
            "and 90 wounded.",
            ["Mali", "Mali", "Mali"],
        ),
    ],
)
def test_a_bare_figure_after_a_part_is_of_the_whole(
    text: str, expected: list[str | None]
) -> None:
    """In "200, including 10 civilians, ... and 400 wounded" the 400 are the 200's."""
    assert expected == [c.subject for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 32 people were killed, including 4 children.",
            [(32, False), (4, True)],
        ),
        (
            "Of the 251 hostages seized in the raid, 117 have been freed.",
            [(251, True), (117, True)],
        ),
        ("Officials said 63 hostages are still held in the tunnels.", [(63, True)]),
        (
            "Officials said 71 hostages are dead, 34 of whose bodies are in Gaza.",
            [(71, False), (34, True)],
        ),
        # a part of another measure is all of its own: the 1,500 are all killed
        (
            "Kyiv said 4,000 troops were killed or wounded, including 1,500 killed.",
            [(4000, False), (1500, False)],
        ),
    ],
)
def test_a_part_of_a_count_is_no_running_total(
    text: str, expected: list[tuple[int, bool]]
) -> None:
    """The 4 children of 32 killed, or hostages still held, are a subset of a total."""
    assert expected == [(c.low, c.increment) for c in claims_of(text)]


def test_parts_of_a_count_are_no_conflict_with_it() -> None:
    """117 freed of 251 seized, and 63 still held, agree with the 251."""
    import reconcile

    claims = claims_of(
        "Hamas took 251 hostages on October 7. Of them, 117 have been freed. "
        "Officials said 63 hostages are still held."
    )
    assert reconcile.reconcile(claims).attention() == ()


def test_attackers_take_no_side_of_a_figure_before_them() -> None:
    """The attackers killed after "12 Pakistani soldiers" are no Pakistanis."""
    claims = claims_of(
        "Twelve Pakistani soldiers were killed, the army said, adding that six "
        "attackers were killed."
    )
    assert [("Pakistan", 12), (None, 6)] == [(c.subject, c.low) for c in claims]


def test_people_do_not_take_an_earlier_sentences_subject() -> None:
    """A later "100 people were killed" is no count of an earlier sentence's side."""
    claims = claims_of(
        "Ukraine said 40 Russian soldiers were killed near the river. About 100 "
        "people have been killed in the region since the war began."
    )
    assert [("Russia", 40), (None, 100)] == [(c.subject, c.low) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab militants attacked a base on Saturday. The group said it "
            "had killed 47 soldiers.",
            "al-Shabaab",
        ),
        # soldiers of a state are no group
        (
            "Somali soldiers attacked a camp on Saturday. The group said it had "
            "killed 47 fighters.",
            None,
        ),
    ],
)
def test_the_group_is_the_one_whose_fighters_open_the_sentence_before(
    text: str, expected: str | None
) -> None:
    """After "Al-Shabaab militants attacked ...", "the group said" is al-Shabaab."""
    assert expected == claims_of(text)[-1].claimant


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah denied the report. The group lost 40 fighters, a monitor said.",
        "Israel said it struck Hezbollah depots and killed 40 of the group's fighters.",
        "Israel said it struck Hezbollah depots and killed 40 of the militant "
        "group's fighters.",
    ],
)
def test_the_group_whose_people_are_counted(text: str) -> None:
    """A group noun means the group named before it, or opening the last sentence."""
    assert "Hezbollah" == claims_of(text)[-1].subject


def test_people_along_with_a_toll_are_killed_too_but_not_of_its_group() -> None:
    """People listed "along with" a civilian toll are more dead, and no civilians."""
    claims = claims_of(
        "The monitor said 745 civilians were killed by militias, along with 125 "
        "members of the security forces and 148 loyalist fighters."
    )
    assert [
        ("killed", 745, "civilians"),
        ("killed", 125, None),
        ("killed", 148, None),
    ] == [(c.measure, c.low, c.subject) for c in claims]


def test_a_bare_figure_is_of_the_kind_of_the_figure_before_it() -> None:
    """After "killed two people", "and injured nine" are nobody's side either."""
    claims = claims_of(
        "Ukraine said 40 Russian soldiers were killed near the river. Shelling "
        "killed two people and injured nine in Kherson."
    )
    assert [("Russia", 40), (None, 2), (None, 9)] == [
        (c.subject, c.low) for c in claims
    ]


def test_attackers_do_not_take_the_side_they_attacked() -> None:
    """After "12 Kenyan soldiers were killed", "six attackers" are not Kenya's."""
    claims = claims_of(
        "Twelve Kenyan soldiers were killed when gunmen stormed the base. "
        "Six attackers were also killed, and 20 soldiers were wounded."
    )
    expected = [("Kenya", 12), (None, 6), ("Kenya", 20)]
    assert expected == [(c.subject, c.low) for c in claims]


def test_government_soldiers_are_not_the_rebels_who_killed_them() -> None:
    """After the rebels' own losses, "government soldiers" take no side of theirs."""
    claims = claims_of(
        "Kachin rebels said they lost 12 fighters and had killed 40 government "
        "soldiers. They also killed 9 pro-government militiamen."
    )
    expected = [("casualties", 12), ("killed", 40), ("killed", 9)]
    assert expected == [(c.measure, c.low) for c in claims]
    assert [c.subject for c in claims][1:] == [None, None]


def test_a_hyphen_inside_a_word_names_no_headline_speaker() -> None:
    """A hyphen in "pro-army men" is no headline's dash before a speaker."""
    claims = claims_of("Rebels said they lost 12 fighters. They killed 9 pro-army men.")
    assert [c.claimant_text for c in claims] == ["Rebels", "Rebels"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Rights Watch for Somalia (RWS) said 40 fighters were killed.",
            "The Rights Watch for Somalia",
        ),
        (
            "Forty fighters were killed, the Joint Press Office (JPO) said in a "
            "statement.",
            "the Joint Press Office",
        ),
    ],
)
def test_a_name_keeps_its_claimant_before_an_acronym_in_brackets(
    text: str, expected: str
) -> None:
    """An acronym in brackets after a name ("X (ABC) said") hides no speaker."""
    assert expected == one(text).claimant_text


def test_said_in_a_statement_names_no_speaker() -> None:
    """The words after "said" name the speaker only when they can: "said Lee"."""
    claim = one("Forty fighters were killed, the (JPO) said in a statement.")
    assert claim.claimant_text != "in a statement"


def test_a_parenthesis_between_the_figure_and_its_verb_is_passed_over() -> None:
    """A parenthesis after the counted people does not hide their verb."""
    claim = one(
        "More than 1,600 people, nearly half of them police, have been killed "
        "in the province this year."
    )
    assert (claim.measure, claim.low, claim.qualifier) == ("killed", 1600, "more_than")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "When Hamas gunmen stormed the town, they took 240 hostages. Talks "
            "stalled in May. Officials believe 60 hostages are still alive.",
            "Israel",
        ),
        (
            "Rebels are holding 70 Malian hostages. The army said 300 Somali "
            "soldiers were killed. Officials believe 60 hostages are alive.",
            "Mali",
        ),
        # no hostages were anyone's before
        ("Officials believe 60 hostages are still alive.", None),
    ],
)
def test_hostages_are_the_side_hostages_were_before_in_the_story(
    text: str, subject: str | None
) -> None:
    """The hostages of one story are one people, whatever side a sentence had."""
    assert claims_of(text)[-1].subject == subject


def test_hostages_do_not_take_the_side_of_a_recent_toll() -> None:
    """The side whose toll came just before does not hold or lose the hostages."""
    claims = claims_of(
        "The group said 300 Somali fighters were killed. It is holding 40 hostages."
    )
    assert [(c.measure, c.subject) for c in claims] == [
        ("killed", "Somalia"),
        ("captured", None),
    ]


def test_a_wire_dateline_is_no_part_of_the_claimant() -> None:
    """In "KYIV, May 5, 2025 - Ukraine's army said", the dateline says when."""
    (claim,) = reconcile.extract(
        "KYIV, May 5, 2025 - Ukraine's army said that 40 Russian soldiers were killed."
    )
    assert ("Ukraine", "Ukraine's army", "2025-05-05") == (
        claim.claimant,
        claim.claimant_text,
        claim.as_of,
    )


def test_unnamed_claimant_keeps_its_words() -> None:
    """'A monitoring group said' has no canonical claimant but keeps the words."""
    claim = one("A monitoring group said 75 fighters were killed.")
    assert (None, "A monitoring group") == (claim.claimant, claim.claimant_text)


def test_the_number_of_troops_is_a_deployment() -> None:
    """'the number of troops ... could reach up to 10,000' counts troops deployed."""
    claim = one(
        "Officials said the number of Russian troops there could reach up to 10,000."
    )
    assert ("deployed", None, 10000) == (claim.measure, claim.low, claim.high)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "Seoul said the number of North Korean soldiers killed exceeded 900.",
            "killed",
        ),
        (
            "Seoul said the number of North Korean soldiers killed and wounded near "
            "the river in May exceeded 900.",
            "casualties",
        ),
        (
            "Seoul said the number of North Korean soldiers wounded in the "
            "fighting exceeded 900.",
            "wounded",
        ),
    ],
)
def test_the_number_of_people_a_participle_names(text: str, measure: str) -> None:
    """'the number of X soldiers killed ... exceeded 900' counts the killed X."""
    claim = one(text)
    assert (measure, 900, None, "North Korea", "South Korea") == (
        claim.measure,
        claim.low,
        claim.high,
        claim.subject,
        claim.claimant,
    )


@pytest.mark.parametrize(
    ("text", "subject", "claimant"),
    [
        ("Israel's army said 20 of its soldiers were killed.", "Israel", "Israel"),
        ("Kyiv says their 300 soldiers were wounded.", "Ukraine", "Ukraine"),
        # a subject of its own wins: "its" is Israel's, whose soldiers were lost
        ("Hamas said Israel had lost 20 of its soldiers.", "Israel", "Hamas"),
        # no single claimant to be "its" owner
        (
            "Egypt and Jordan said 20 of their soldiers were killed.",
            None,
            "Egypt; Jordan",
        ),
    ],
)
def test_the_speakers_own_people(text: str, subject: str | None, claimant: str) -> None:
    """'20 of its soldiers': the people of the one who says so."""
    claim = one(text)
    assert (subject, claimant) == (claim.subject, claim.claimant)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Moscow said the enemy had lost 400 soldiers near the river.",
            ("casualties", "Ukraine", "Russia"),
            id="the-enemy-as-subject-of-a-verb",
        ),
        pytest.param(
            "Russia's army said its units killed up to 250 enemy troops.",
            ("killed", "Ukraine", "Russia"),
            id="enemy-in-the-noun-phrase",
        ),
        pytest.param(
            "Russia's army said the enemy's losses rose to 900 troops.",
            ("casualties", "Ukraine", "Russia"),
            id="the-enemys-losses",
        ),
        # two adversaries in the stance data: the one already in the text
        pytest.param(
            "Kyiv said 300 Russian soldiers were killed. It said enemy losses "
            "rose to 1,100 troops on Tuesday.",
            ("casualties", "Russia", "Ukraine"),
            id="of-two-adversaries-the-one-named",
        ),
        # ... and none when neither is
        pytest.param(
            "Kyiv said enemy losses rose to 1,100 troops on Tuesday.",
            ("casualties", None, "Ukraine"),
            id="of-two-adversaries-none-named",
        ),
        # ... else the one that spoke: a state claiming a figure is a party
        pytest.param(
            "Moscow said 300 Ukrainian soldiers died. Kyiv said the enemy's "
            "losses rose to 1,100 troops on Tuesday.",
            ("casualties", "Russia", "Ukraine"),
            id="of-two-adversaries-the-one-that-spoke",
        ),
        # a claimant with no adversary in the stance data: no side
        pytest.param(
            "The Atlas Brigade said the enemy lost 40 fighters.",
            ("casualties", None, "Atlas Brigade"),
            id="no-known-adversary",
        ),
        # "we" are the speaker: what we lose is ours, whom we kill the enemy
        pytest.param(
            '"We lost 40 men in one night," a Ukrainian commander said.',
            ("casualties", "Ukraine", "Ukraine"),
            id="we-lost",
        ),
        pytest.param(
            'Moscow said 30 of its soldiers were wounded. "We have killed 40 '
            'soldiers," a Ukrainian commander said.',
            ("killed", "Russia", "Ukraine"),
            id="we-killed-after-the-adversarys-own-count",
        ),
    ],
)
def test_the_enemy_is_the_claimants_adversary(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    """In "the enemy lost 400 soldiers" they are the claimant's adversary's."""
    claim = claims_of(text)[-1]
    assert expected == (claim.measure, claim.subject, claim.claimant)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Russian forces killed 40 soldiers near Pokrovsk.", "Ukraine"),
        (
            "Kyiv said 300 Russian soldiers died. Ukrainian units killed 40 troops.",
            "Russia",
        ),
        # the agent has two adversaries, and neither is in the text: no side,
        # not even one carried from a sentence before
        ("Ukrainian units killed 40 troops near the border.", None),
        (
            "London said 300 Russian soldiers died. North Korean units killed 40 "
            "troops.",
            None,
        ),
        # ... but one that spoke in it is a party
        (
            "Kyiv said 300 Russian soldiers died. North Korean units killed 40 troops.",
            "Ukraine",
        ),
        # the subject of the clause a participle hangs on, after a dateline too
        ("Al-Shabaab gunmen stormed a base, killing 17 soldiers.", "Somalia"),
        (
            "MOGADISHU, June 2 - Al-Shabaab gunmen stormed a base, killing 17 "
            "soldiers.",
            "Somalia",
        ),
        # ... but not a patron's
        ("Iran-backed militias attacked a base, killing 17 soldiers.", None),
        # a verb after "and" shares its clause's subject, never the object
        # before it
        (
            "Kyiv said Russian forces shelled a Ukrainian post and killed 40 soldiers.",
            "Ukraine",
        ),
        (
            "Israel said it had struck a Hamas post and killed 19 fighters.",
            None,
        ),
        # of a group's adversaries, the one already a side in the text
        (
            "The Malian army said 30 of its soldiers died. JNIM fighters killed 40 "
            "soldiers near the border.",
            "Mali",
        ),
        # what an agent loses or sends is its own
        ("Russian forces lost 40 soldiers near Pokrovsk.", "Russia"),
        # hostages are the side they were taken from
        ("Hamas took 251 hostages in the raid.", "Israel"),
        ("Hamas said it is holding 130 hostages.", "Israel"),
        # the object of the first of two verbs is no agent of the second
        (
            "Ethiopia said its forces killed 1,200 Fano fighters and captured 350 "
            "others.",
            "Fano",
        ),
        # "they" is the subject of the clause opening the sentence ...
        (
            "When Hamas gunmen stormed the kibbutz on Monday, they took 40 "
            "hostages into Gaza.",
            "Israel",
        ),
        (
            "On Friday, after Russian units crossed the river, they killed 30 troops.",
            "Ukraine",
        ),
        ("After Russian units crossed the river, they lost 30 soldiers.", "Russia"),
        # ... or of the sentence before, unless it only said something
        ("Russian units crossed the river. They killed 30 troops there.", "Ukraine"),
        (
            "Ukrainian officials said the attack failed. They killed 30 troops, "
            "it said.",
            None,
        ),
        # "they" after "and" or a plain comma has no antecedent we can tell
        ("Russian units pushed on, and they killed 30 troops.", None),
        (
            "Russian units advanced as Ukrainian units fell back, they killed 30 "
            "troops.",
            None,
        ),
    ],
)
def test_soldiers_an_agent_killed_are_its_adversarys(
    text: str, subject: str | None
) -> None:
    """Soldiers Russian forces killed are Ukraine's, by the stance pairs."""
    assert subject == claims_of(text)[-1].subject


@pytest.mark.parametrize(
    "text",
    [
        "Israel said the enemy lost 40 fighters in the raid.",
        "Russia's defence ministry said the defenders lost 300 soldiers.",
    ],
)
def test_the_speaker_is_not_the_subject_of_what_it_says(text: str) -> None:
    """In "Israel said the enemy lost 40 fighters" the 40 are not Israel's."""
    claim = one(text)
    assert claim.measure == "casualties"
    assert claim.subject is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Four Kenyan soldiers were killed in the raid, a military officer said.",
            "Kenya",
        ),
        ("Four Kenyan soldiers were killed, the army said.", "Kenya"),
        # no officer's word
        ("Four Kenyan soldiers were killed, a witness said.", None),
        # another state is a side in the story: whose officer?
        (
            "Moscow said 40 Ukrainian soldiers died. Four Russian soldiers were "
            "killed, a military officer said.",
            None,
        ),
        # no state's losses
        ("Forty al-Shabaab fighters were killed, a military officer said.", None),
        # a deployment is often counted by others
        ("Kenya has 400 troops in Haiti, security sources said.", None),
    ],
)
def test_an_unnamed_officer_speaks_for_the_state_whose_losses_it_counts(
    text: str, claimant: str | None
) -> None:
    """An officer's word on four Kenyan soldiers killed is Kenya's."""
    assert claims_of(text)[-1].claimant == claimant


def test_a_speaker_who_admits_losing_lost_them() -> None:
    """In "Russia admitted losing 300 soldiers" they are Russia's."""
    claim = one("Russia admitted losing 300 soldiers in the battle.")
    assert (claim.subject, claim.claimant) == ("Russia", "Russia")


def test_a_figure_in_quotation_marks_keeps_its_noun() -> None:
    """'killed "hundreds" of government soldiers' counts the government's men."""
    claims = claims_of(
        'Kachin rebels said they lost 12 fighters and had killed "hundreds" of '
        "government soldiers."
    )
    assert [(c.measure, c.subject) for c in claims][1] == ("killed", None)
    assert claims[1].quote.endswith("government soldiers")


def test_a_place_in_the_speakers_phrase_is_not_the_speaker() -> None:
    """An unknown name after "at" is a place, not an actor to learn from the text."""
    claims = claims_of(
        "The army repelled an RSF assault on the town of Wad Kareem. A medical "
        "source at Wad Kareem's hospital said at least 19 civilians had been killed."
    )
    assert [(c.low, c.claimant) for c in claims] == [(19, None)]
    assert claims[0].claimant_text == "A medical source at Wad Kareem's hospital"


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Rebel fighters in Sudan's Darfur region", None),
        ("Residents in southern Ukraine's Kherson region", None),
        # a state's officials speak for it wherever they are, and a state's
        # body is no place
        ("Officials in Ukraine's Kharkiv region", "Ukraine"),
        ("A source at Russia's defence ministry", "Russia"),
    ],
)
def test_a_state_whose_region_the_speakers_are_in_is_not_the_speaker(
    speaker: str, expected: str | None
) -> None:
    """Fighters "in X's Y region" say where they are, not that they speak for X."""
    claim = one(f"{speaker} said 40 soldiers were killed on Monday.")
    assert (expected, speaker) == (claim.claimant, claim.claimant_text)


def test_a_name_after_according_to_is_the_speaker() -> None:
    """The "to" of "according to" is no locative: the name after it speaks."""
    claim = one(
        "More than 900 people were killed last year, according to the Centre "
        "for Conflict Data and Peace Studies."
    )
    assert claim.claimant == "Centre for Conflict Data and Peace Studies"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later figure that is no claim does not take the speaker away
        pytest.param(
            "The war has killed 20,000 people, according to the United Nations, "
            "and displaced millions.",
            [(20000, "United Nations")],
            id="according-to-before-a-figure-that-is-no-claim",
        ),
        # a speaker set off by commas says the figures on both sides
        pytest.param(
            "The United States will send 3,000 more troops to the region, the "
            "Pentagon said, bringing the total there to about 43,000.",
            [(3000, "United States"), (43000, "United States")],
            id="speaker-between-commas",
        ),
        # a speaker whose words follow says only the later figure ...
        pytest.param(
            "Ten soldiers died on Monday, and officials said 30 were wounded.",
            [(10, None), (30, "officials")],
            id="speaker-of-the-later-figure",
        ),
        # ... even after a comma inside what is said
        pytest.param(
            "Ten soldiers died on Monday, and officials said that, in all, 30 "
            "were wounded.",
            [(10, None), (30, "officials")],
            id="speaker-of-the-later-figure-after-that",
        ),
    ],
)
def test_which_figures_a_speaker_after_them_says(
    text: str, expected: list[tuple[int, str | None]]
) -> None:
    """A ", X said" after a figure says it, unless X's words are a later claim."""
    claims = claims_of(text)
    assert expected == [(c.low, c.claimant or c.claimant_text) for c in claims]


def test_the_figure_takes_the_previous_measure() -> None:
    """'places the figure closer to 12,000' speaks of the claim just before it."""
    found = claims_of(
        "Officials said up to 10,000 Russian troops were deployed, while Kyiv "
        "places the figure closer to 12,000."
    )
    assert [("deployed", None, "Russia"), ("deployed", "Ukraine", "Russia")] == [
        (c.measure, c.claimant, c.subject) for c in found
    ]


def test_figures_inside_an_including_parenthesis() -> None:
    """'eight people, including two fighters, were killed': both are killed."""
    found = claims_of("Eight people, including two fighters, were killed on Friday.")
    assert [("killed", 8), ("killed", 2)] == [(c.measure, c.low) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 300 refugees were sent to camps near the border.",
        "The charity has dispatched 40 doctors to the region.",
        "About 2,000 migrants were moved to the coast on Monday.",
    ],
)
def test_civilians_are_never_deployed(text: str) -> None:
    """'Sent', 'dispatched' and 'moved' deploy troops, not refugees or doctors."""
    assert claims_of(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said 500 people were sent to the front.",
        "Around 300 men were dispatched to the frontline towns.",
    ],
)
def test_people_of_any_side_may_be_deployed(text: str) -> None:
    """'People' and 'men' say nothing against a deployment."""
    assert one(text).measure == "deployed"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("At least 40 civilians were killed in El Fasher.", "civilians:Sudan"),
        ("Russian strikes killed 14 civilians near Kharkiv.", "civilians:Ukraine"),
        ("Israel said 25 Palestinian civilians were killed.", "civilians:Palestine"),
        ("The shelling wounded 30 residents on Monday.", "civilians"),
        # the place of captives is where they are held, not whose they are
        ("Gunmen abducted 12 villagers and took them to Kursk.", "civilians"),
    ],
)
def test_civilians_are_counted_as_a_group(text: str, subject: str) -> None:
    """A civilian toll's subject is the group and, when known, its country."""
    assert one(text).subject == subject


def test_a_civilian_toll_takes_no_side_from_context() -> None:
    """Civilians are not the previous sentence's side, and soldiers not theirs."""
    found = claims_of(
        "Ukraine lost 400 soldiers, Kyiv said. 12 civilians were also killed. "
        "Eight soldiers were wounded."
    )
    assert [("Ukraine", 400), ("civilians", 12), ("Ukraine", 8)] == [
        (c.subject, c.low) for c in found
    ]


def test_the_others_of_a_civilian_toll_are_civilians() -> None:
    """'9 children, with 21 others injured', '52 civilians, eight of whom'."""
    found = claims_of(
        "Among the dead were 6 women and 9 children, with 21 others injured. "
        "The war has killed 52 civilians, eight of whom were children."
    )
    assert [c.subject for c in found] == ["civilians"] * 5


def test_a_document_takes_its_date_as_an_iso_string() -> None:
    """Document(published="2025-03-12") is the date, as `reconcile.extract` takes it."""
    text = "Officials said 40 soldiers were killed on Monday."
    as_text = extract_claims(Document(id="t", text=text, published="2025-03-12"))
    assert as_text == claims_of(text)
    assert as_text[0].as_of == "2025-03-10"
    with pytest.raises(ValueError, match=r"published .*'12/03/2025'"):
        Document(id="t", text=text, published="12/03/2025")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Twelve civilians and 30 soldiers were killed in the clashes.",
            [("killed", 12, "civilians"), ("killed", 30, None)],
        ),
        (
            "Two policemen, three soldiers and a civilian were wounded.",
            [("wounded", 2, None), ("wounded", 3, None)],
        ),
        # no noun after the second figure: "30" is part of the 500, not a conjunct
        ("Of the 500 troops, 30 were killed.", [("killed", 30, None)]),
    ],
)
def test_conjoined_figures_share_the_verb(
    text: str, expected: list[tuple[str, int, str | None]]
) -> None:
    """'12 civilians and 30 soldiers were killed': both were killed."""
    assert expected == [(c.measure, c.low, c.subject) for c in claims_of(text)]


@pytest.mark.parametrize(
    "text",
    [
        "About 300 soldiers are held in captivity in the south.",
        "Some 40 sailors remain in captivity, the navy said.",
    ],
)
def test_held_in_captivity_is_captured(text: str) -> None:
    """A figure 'held in captivity' or 'remaining in captivity' is captured."""
    assert one(text).measure == "captured"


def test_the_victims_of_a_toll_keep_its_claimant() -> None:
    """'Among the victims were ...' are the last toll's people, by its claimant.

    Even in the next paragraph, after a sentence that claims nothing.
    """
    found = claims_of(
        "At least 40 civilians were killed in a drone strike, the Ukrainian army "
        "said.\n\nThe drones hit the market at noon. Among the victims were 6 women "
        "and 9 children, with 21 others injured."
    )
    assert [(c.low, c.claimant) for c in found] == [
        (40, "Ukraine"),
        (6, "Ukraine"),
        (9, "Ukraine"),
        (21, "Ukraine"),
    ]


def test_whose_people_a_bare_figure_is_said_to_be() -> None:
    """'52 are Israelis, six are Thais': the clause says whose they are.

    It wins over the subject of the whole they are part of.
    """
    found = claims_of(
        "Rebels are holding 70 Malian hostages. Of them, 52 are Israelis, "
        "six are Thais and one is Nepalese."
    )
    assert [(c.measure, c.low, c.subject) for c in found] == [
        ("captured", 70, "Mali"),
        ("captured", 52, "Israel"),
        ("captured", 6, "Thailand"),
        ("captured", 1, "Nepal"),
    ]
