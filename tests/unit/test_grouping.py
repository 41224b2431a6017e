"""Grouping: comparable claims go together; every claim in exactly one group."""

from __future__ import annotations

from reconcile import Claim
from reconcile.grouping import SameFamily, SameSubject, default_rule, group_claims


def claim(cid: str, **fields: object) -> Claim:
    """A killed claim with these fields."""
    return Claim.from_dict({"id": cid, "measure": "killed", "low": 10, **fields})


def test_rules_compose_and_describe_themselves() -> None:
    """'&' joins rules; describe() says what they check."""
    assert (
        SameSubject() & SameFamily()
    ).describe() == "same subject AND same measure family"


def test_parts_and_whole_share_a_group_deployments_do_not() -> None:
    """Killed and casualties group together; deployed is another family."""
    groups = group_claims(
        [
            claim("a", subject="X"),
            claim("b", subject="X", measure="casualties"),
            claim("c", subject="X", measure="deployed"),
        ]
    )
    assert [g.claims for g in groups] == [("a", "b"), ("c",)]


def test_different_subjects_are_apart() -> None:
    """Russian and Ukrainian losses are different groups."""
    groups = group_claims([claim("a", subject="Russia"), claim("b", subject="Ukraine")])
    assert len(groups) == 2


def test_places_within_one_country_group_together() -> None:
    """Kursk lies within Russia; Kharkiv within Ukraine."""
    groups = group_claims(
        [
            claim("a", subject="X", location="Kursk"),
            claim("b", subject="X", location="Russia"),
            claim("c", subject="X", location="Kharkiv"),
        ]
    )
    assert [g.claims for g in groups] == [("a", "b"), ("c",)]


def test_unknown_place_joins_the_largest_compatible_group() -> None:
    """A claim without a place joins its subject's and family's largest group."""
    groups = group_claims(
        [
            claim("a", subject="X", location="Kursk"),
            claim("b", subject="X", location="Russia"),
            claim("c", subject="X", location="Kharkiv"),
            claim("d", subject="X"),
        ]
    )
    assert [g.claims for g in groups] == [("a", "b", "d"), ("c",)]


def test_unknown_place_joins_its_documents_place() -> None:
    """A claim without a place joins the group where its document's claims are."""
    groups = group_claims(
        [
            claim("a", subject="X", location="Kharkiv", doc="kyiv-wire"),
            claim("b", subject="X", location="Ukraine", doc="kyiv-wire"),
            claim("c", subject="X", location="Kursk", doc="moscow-wire"),
            claim("d", subject="X", doc="moscow-wire"),
            # a document of two places has none of its own: the largest group
            claim("e", subject="X", location="Kursk", doc="roundup"),
            claim("f", subject="X", location="Kharkiv", doc="roundup"),
            claim("g", subject="X", doc="roundup"),
        ]
    )
    assert [(g.place, g.claims) for g in groups] == [
        ("Ukraine", ("a", "b", "f", "g")),
        ("Russia", ("c", "d", "e")),
    ]


def test_a_documents_place_may_start_a_group_of_its_own() -> None:
    """An unknown side's claim stays with its story's place, not the largest group."""
    groups = group_claims(
        [
            claim("a", location="Kharkiv", doc="one"),
            claim("b", location="Ukraine", doc="one"),
            claim("c", subject="Y", location="Colombia", doc="two"),
            claim("d", doc="two"),
        ]
    )
    assert sorted((g.claims, g.subject, g.place) for g in groups) == [
        (("a", "b"), None, "Ukraine"),
        (("c",), "Y", "Colombia"),
        (("d",), None, "Colombia"),
    ]


def test_default_rule_mentions_every_part() -> None:
    """The default rule checks subject, family, dimension and place."""
    assert (
        default_rule().describe().count("same")
        + default_rule().describe().count("compatible")
        == 4
    )


def test_a_civilian_toll_is_never_judged_against_an_armys_losses() -> None:
    """Civilians killed in a city are not the army's dead in that city."""
    import reconcile

    claims = reconcile.extract(
        "Sudan's army said 200 of its soldiers were killed in El Fasher on Monday. "
        "At least 400 civilians were killed in El Fasher on Monday.",
        published="2025-04-16",
    )
    result = reconcile.reconcile(claims)
    assert [c.subject for c in claims] == ["Sudan", "civilians:Sudan"]
    assert len(result.groups) == 2
    assert result.attention() == ()
