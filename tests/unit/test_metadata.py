"""Tests of the pure part of ``reconcile.documents``: dates and text metadata."""

import datetime as dt

import pytest

from reconcile.documents import Meta, make_document, metadata_from_text, parse_date
from reconcile.errors import InputError
from reconcile.lexicon import default_lexicon

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-04-28", D(2025, 4, 28)),
        ("2025-04-28T07:19:00Z", D(2025, 4, 28)),
        ("2025-04-28T07:19:00+03:00", D(2025, 4, 28)),
        ("April 28, 2025", D(2025, 4, 28)),
        ("28 April 2025", D(2025, 4, 28)),
        ("Apr. 28, 2025", D(2025, 4, 28)),
        ("2025/04/28", D(2025, 4, 28)),
        ("Monday, April 28, 2025", D(2025, 4, 28)),
        ("Sept. 3, 2024", D(2024, 9, 3)),
        ("  3rd of March 2024 ", D(2024, 3, 3)),
    ],
)
def test_parse_date_reads_full_dates(value: str, expected: dt.date) -> None:
    """ISO, slashed and written dates are read, with or without a time."""
    assert expected == parse_date(value)


@pytest.mark.parametrize(
    "value",
    [
        "28 April",
        "April 28",
        "April 2025",
        "04/05/2025",
        "2025-02-30",
        "yesterday",
        "",
        "The army said on April 28, 2025 that it had withdrawn",
    ],
)
def test_parse_date_rejects_what_is_not_a_full_date(value: str) -> None:
    """A day and month without a year, an ambiguous or impossible date is None."""
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("April 26, 2026", D(2026, 4, 26)),
        ("/ 07:19 AM April 28, 2025", D(2025, 4, 28)),
        ("26 April 2026", D(2026, 4, 26)),
        ("Apr. 26, 2026", D(2026, 4, 26)),
        ("Updated: April 28, 2025 10:50", D(2025, 4, 28)),
        ("*Published 14:05 GMT, 3 May 2025*", D(2025, 5, 3)),
    ],
)
def test_dateline_forms(line: str, expected: dt.date) -> None:
    """A line near the top that is just a date, time and separators is a dateline."""
    text = f"Border town shelled again\n\n{line}\n\nThe shelling lasted all night.\n"
    assert expected == metadata_from_text(text).published


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("KHARTOUM, June 3, 2025 (Reuters) - ", D(2025, 6, 3)),
        ("FREEDONIA CITY, Freedonia, Sept. 18, 2024 (AP) \u2014 ", D(2024, 9, 18)),
        ("STRELSAU, Tuesday, 12 March 2025 -- ", D(2025, 3, 12)),
        ("SZOHOD, Jan 20, 2025 \u2013 ", D(2025, 1, 20)),
        ("ZENDA, Republic of Ruritania, May 2, 2025 - ", D(2025, 5, 2)),
        # a wire lead without a year names no date
        ("SZOHOD, Jan 20 (Reuters) - ", None),
    ],
)
def test_wire_dateline_opening_the_first_paragraph(
    lead: str, expected: dt.date | None
) -> None:
    """A wire dateline before the first sentence ("CITY, date (Agency) - ") dates it."""
    text = (
        f"Border town shelled\n\n{lead}The shelling lasted all night, officials said."
    )
    assert expected == metadata_from_text(text).published


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("STRELSAU, 12 March 2025", D(2025, 3, 12)),
        ("Zenda, Ruritania, May 2, 2025 (AP)", D(2025, 5, 2)),
        ("**Szohod, Jan. 20, 2025**", D(2025, 1, 20)),
        # a place and a year are no date; nor is a sentence with a comma
        ("STRELSAU, 2025", None),
        ("Soldiers, 12 of them, were killed in 2025", None),
    ],
)
def test_place_and_date_on_a_line_of_their_own(
    line: str, expected: dt.date | None
) -> None:
    """A wire dateline may stand on its own line, without the dash."""
    text = f"Border town shelled\n\n{line}\n\nThe shelling lasted all night.\n"
    assert expected == metadata_from_text(text).published


def test_a_date_in_a_sentence_before_a_dash_is_no_dateline() -> None:
    """Only a capitalised place may stand before the date of a wire lead."""
    text = "The talks failed on June 3, 2025 - and the shelling resumed.\n"
    assert metadata_from_text(text).published is None


def test_iso_date_at_the_start_of_the_text() -> None:
    """An ISO date opening the text, after the word "date", is the dateline."""
    text = " date 2025-01-09 Officials counted the damage on Thursday."
    assert D(2025, 1, 9) == metadata_from_text(text).published


def test_caption_date_is_not_a_dateline() -> None:
    """A date inside a sentence (a photo caption) is not taken."""
    text = (
        "Drills near the coast\n\n"
        "This photo taken on March 3, 2024 and released by the ministry shows a "
        "landing craft. - Agence France-Presse\n\n"
        "The drills went on for a week.\n"
    )
    assert Meta() == metadata_from_text(text)


def test_day_and_month_without_year_is_not_a_dateline() -> None:
    """A dateline like "(Updated on 26 April 10:50 a.m.)" names no year: no date."""
    text = "Ceasefire talks\n(Updated on 26 April 10:50 a.m.)\nTalks resume today.\n"
    assert metadata_from_text(text).published is None


def test_first_dateline_wins() -> None:
    """Of two datelines the first one is taken."""
    text = "Title\n\nMay 2, 2025\n\nUpdated: May 4, 2025\n\nBody text here.\n"
    assert D(2025, 5, 2) == metadata_from_text(text).published


def test_dateline_far_down_is_ignored() -> None:
    """Only the head of the text is searched for a dateline."""
    body = "".join(f"Paragraph {i} of the story goes on.\n\n" for i in range(40))
    assert metadata_from_text(body + "May 2, 2025\n").published is None


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By AFP", "AFP"),
        ("By [AFP](#)", "AFP"),
        ("By Agence France-Presse", "AFP"),
        ("By The Associated Press", "AP"),
        ("By Jane Roe, Reuters", "Reuters"),
        ("By Staff, Agencies", None),
        ("By Jane Roe", None),
        ("Paris (AFP) \u2013 Talks resumed on Monday.", "AFP"),
        ("(Reuters) - Talks resumed on Monday.", "Reuters"),
        ("KYIV, Ukraine (AP) \u2014 Talks resumed.", "AP"),
        ("Nairobi (Savannah News Agency) - Talks resumed.", "Savannah News Agency"),
        ("By SNA", "SNA"),
        ("The Rapid Support Forces (RSF) - a paramilitary group.", None),
    ],
)
def test_byline_agency(byline: str, expected: str | None) -> None:
    """Bylines name the wire agency, canonicalised by the lexicon's agency table."""
    text = f"Talks resume\n\n{byline}\n\nDelegations met in the capital.\n"
    assert expected == metadata_from_text(text).agency


def test_agency_at_end_of_caption_is_not_a_byline() -> None:
    """A caption ending "\u2014 Agence France-Presse" credits a photo, not the story."""
    text = (
        "Talks resume\n\nDelegates arrive at the venue on Monday. "
        "\u2014 Agence France-Presse\n\nDelegations met in the capital.\n"
    )
    assert metadata_from_text(text).agency is None


def test_original_url_on_the_next_line_in_angle_brackets() -> None:
    """An "Original url:" line followed by "<https://...>" gives the url."""
    text = (
        "Story\n\nBody.\n\nOriginal url:\n\n"
        "<https://www.themoscowtimes.com/2026/01/02/some-story-a1>\n"
    )
    meta = metadata_from_text(text)
    expected = (
        "https://www.themoscowtimes.com/2026/01/02/some-story-a1",
        "The Moscow Times",
    )
    assert expected == (meta.url, meta.publisher)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Original url: https://apnews.com/article/x1",
            "https://apnews.com/article/x1",
        ),
        ("Original url: [link](https://apnews.com/a/b)", "https://apnews.com/a/b"),
        ("Source: https://www.bbc.co.uk/news/x.", "https://www.bbc.co.uk/news/x"),
        ("Read more: https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("Source: the defence ministry", None),
        ("Original url: ftp://example.org/file", None),
    ],
)
def test_url_lines(line: str, expected: str | None) -> None:
    """Url lines give only http(s) urls, without trailing punctuation."""
    assert expected == metadata_from_text(f"Story\n\nBody.\n\n{line}\n").url


def test_original_url_wins_over_read_more() -> None:
    """An "Original url:" line is preferred to an earlier "Read more:" line."""
    text = (
        "Story\n\nRead more: https://example.org/other\n\n"
        "Original url: https://www.dw.com/en/story/a-1\n"
    )
    expected = "Deutsche Welle"
    assert expected == metadata_from_text(text).publisher


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.themoscowtimes.com/x", "The Moscow Times"),
        ("https://en.yna.co.kr/view/AEN1", "Yonhap"),
        ("https://www.bbc.com/news/x", "BBC"),
        ("https://news.example.org/x", "example.org"),
        ("https://www.example.co.uk/x", "example.co.uk"),
        ("https://EXAMPLE.ORG:8080/x", "example.org"),
    ],
)
def test_publisher_from_domain(url: str, expected: str) -> None:
    """A known registrable domain names the outlet; an unknown one names itself."""
    assert expected == metadata_from_text(f"Body.\n\nSource: {url}\n").publisher


def test_no_url_no_publisher() -> None:
    """Without a url the publisher stays unknown: it is never guessed."""
    assert metadata_from_text("The BBC reported the strike.\n").publisher is None


def test_lexicon_extension_names_a_new_outlet() -> None:
    """Users name more outlets by layering a lexicon."""
    lexicon = default_lexicon().extended(
        {"outlets": {"domains": {"example.org": "Example News"}}}
    )
    text = "Body.\n\nSource: https://www.example.org/a\n"
    expected = "Example News"
    assert expected == metadata_from_text(text, lexicon).publisher


def test_make_document_fills_only_missing_fields() -> None:
    """Given fields win; fields left None come from the text."""
    text = (
        "Title\n\nBy AFP\n\nApril 26, 2026\n\nBody.\n\n"
        "Original url: https://www.themoscowtimes.com/a\n"
    )
    doc = make_document(text, id="d1", published="2026-05-01", publisher="Wire Digest")
    expected = (
        D(2026, 5, 1),
        "Wire Digest",
        "https://www.themoscowtimes.com/a",
        "AFP",
    )
    assert expected == (doc.published, doc.publisher, doc.url, doc.agency)


def test_make_document_names_publisher_from_given_url() -> None:
    """A url given by the caller names the publisher, not a url in the text."""
    text = "Body.\n\nOriginal url: https://www.themoscowtimes.com/a\n"
    doc = make_document(text, id="d1", url="https://apnews.com/article/b")
    expected = ("https://apnews.com/article/b", "AP")
    assert expected == (doc.url, doc.publisher)


def test_make_document_accepts_datetime() -> None:
    """A datetime is kept as its date."""
    doc = make_document("Body.", id="d", published=dt.datetime(2025, 4, 28, 7, 19))
    assert D(2025, 4, 28) == doc.published


def test_make_document_rejects_a_bad_date_string() -> None:
    """A published string that is not a date is an InputError, not a silent None."""
    with pytest.raises(InputError, match="not a date"):
        make_document("Body.", id="d", published="28 April")
