import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from reconcile.html import render_html
from reconcile.model import Claim
from reconcile.reconciler import Reconciliation, reconcile

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source"}


def make(cid: str, measure: str, low: int | None, high: int | None, **kw: Any) -> Claim:
    """A hand-made claim about the fictional Redland, with a source."""
    record: dict[str, Any] = {
        "id": cid,
        "doc": f"doc-{cid}",
        "measure": measure,
        "low": low,
        "high": high,
        "subject": "Redland",
        "as_of": "2031-05-02",
        "claimant": "Blueland",
        "figure": f"{low or high:,}",
        "quote": f"officials counted {low or high:,} soldiers",
        "source": {
            "publisher": "Morning Courier",
            "url": f"https://courier.example/{cid}",
            "published": "2031-05-03",
        },
    }
    record.update(kw)
    return Claim.from_dict(record)


@pytest.fixture(scope="module")
def sample() -> Reconciliation:
    """A casualties group showing every kind of mark, and a deployed group.

    The casualties group has a conflict, a disagreement, a part and a whole, a
    progression, open bounds, an undated claim and several claimants.
    """
    return reconcile(
        [
            make("a", "killed", 500, 500, as_of="2031-03", qualifier="approximate",
                 figure="about 500", quote="about 500 Redland soldiers died by March"),
            make("b", "killed", 3000, None, qualifier="more_than",
                 figure="more than 3,000",
                 quote="more than 3,000 of them were killed"),
            make("c", "killed", 1100, 1100, claimant="Greenland",
                 qualifier="approximate", figure="about 1,100",
                 quote="Greenland put the dead at about 1,100"),
            make("d", "killed", 4000, 4000, as_of="2031-07-01", qualifier="approximate",
                 figure="about 4,000", claimant="Greenland",
                 quote="about 4,000 have now died, Greenland said"),
            make("e", "killed", 4500, 4500, as_of="2031-07-01", claimant=None,
                 figure="4,500", quote="the paper's own tally is 4,500 dead"),
            make("f", "casualties", 9000, 9000, as_of=None, qualifier="approximate",
                 figure="some 9,000",
                 quote="some 9,000 were killed or wounded in all"),
            make("g", "captured", None, 30, as_of="2031-06", qualifier="at_most",
                 figure="up to 30", quote="up to 30 were taken prisoner"),
            make("h", "deployed", 12000, 14000, subject="Redland",
                 location="Bluefield", qualifier="range",
                 figure="between 12,000 and 14,000",
                 quote="between 12,000 and 14,000 troops are stationed there"),
        ]
    )  # fmt: skip


@pytest.fixture(scope="module")
def page(sample: Reconciliation) -> str:
    """The sample rendered once."""
    return render_html(sample)


def svg_of(page: str, group_id: str) -> str:
    """The chart of one group."""
    section = page[page.index(f'id="{group_id}"') :]
    return section[section.index("<svg") : section.index("</svg>")]


class TagChecker(HTMLParser):
    """Records tags that close out of order or never close."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Open a tag unless it is void."""
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        """Close the innermost open tag, or record the mismatch."""
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()


def test_sample_has_every_verdict_the_chart_is_meant_to_show(
    sample: Reconciliation,
) -> None:
    """The sample holds a conflict, a disagreement, a part/whole and a progression."""
    expected = {"conflict", "disagree", "part_whole", "progression"}
    assert expected <= {str(f.verdict) for f in sample.findings}


def test_empty_result_renders() -> None:
    """An empty reconciliation still gives a whole page that says so."""
    page = render_html(reconcile([]))
    assert page.startswith("<!DOCTYPE html>")
    assert "No claims." in page
    assert page.rstrip().endswith("</html>")


def test_to_html_is_render_html(sample: Reconciliation) -> None:
    """`Reconciliation.to_html` gives the same page as `render_html`."""
    assert render_html(sample) == sample.to_html()


def test_page_loads_nothing(sample: Reconciliation, page: str) -> None:
    """Nothing is loaded; the only outside links are the sources' own urls."""
    assert page.count("<html") == 1
    for banned in ("<link", "@import", "<script", "<img", "<iframe", "url(http"):
        assert banned not in page.lower()
    assert re.search(r"src\s*=", page) is None
    outside = set(re.findall(r'href="(?!#)([^"]*)"', page))
    assert {c.source.url for c in sample.claims if c.source.url} == outside


def test_tags_balance(page: str) -> None:
    """Every tag, SVG ones included, is closed in order."""
    checker = TagChecker()
    checker.feed(page)
    checker.close()
    expected: tuple[list[str], list[str]] = ([], [])
    assert expected == (checker.errors, checker.stack)


def test_hostile_text_is_inert() -> None:
    """Text from claims is escaped; a ``javascript:`` url is text, not a link."""
    hostile = make(
        "x",
        "killed",
        40,
        40,
        doc='d"><b>doc',
        quote="40 died <script>alert('q')</script>",
        figure='40"><img src=x onerror=alert(1)>',
        claimant='"><img src=x onerror=alert(2)>',
        claimant_text="<svg onload=alert(3)>",
        source={"publisher": "<i>Paper</i>", "url": "javascript:alert(4)"},
    )
    page = render_html(reconcile([hostile, make("y", "killed", 45, 45)]))
    assert "<script" not in page
    assert "<img" not in page
    assert "<svg onload" not in page
    assert "<i>Paper" not in page
    assert "&lt;script&gt;alert(&#x27;q&#x27;)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(2)&gt;" in page
    assert 'href="javascript' not in page
    assert "javascript:alert(4)" in page
    checker = TagChecker()
    checker.feed(page)
    assert not checker.errors


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "data:text/html,x",
        "ftp://files.example/a",
        "https://a b.example",
    ],
)
def test_only_http_urls_become_links(url: str) -> None:
    """Anything but a plain http(s) url stays text."""
    page = render_html(reconcile([make("x", "killed", 40, 40, source={"url": url})]))
    assert '<a href="' + url not in page
    assert 'href="http' not in page


def test_http_url_is_a_link(page: str) -> None:
    """A source's https url is a plain link."""
    assert '<a href="https://courier.example/c" rel="noopener noreferrer">' in page


def test_open_bounds_are_drawn_open(sample: Reconciliation, page: str) -> None:
    """A "more than" claim fades upward to an arrow, an "up to" claim downward."""
    svg = svg_of(page, sample.group_of("b").id)
    more_than = svg[svg.index('data-claim="b"') :].split("</g>")[0]
    up_to = svg[svg.index('data-claim="g"') :].split("</g>")[0]
    closed = svg[svg.index('data-claim="c"') :].split("</g>")[0]
    expected = [(True, False), (False, True), (False, False)]
    actual = [
        ('class="open-up"' in m, 'class="open-down"' in m)
        for m in (more_than, up_to, closed)
    ]
    assert expected == actual
    assert 'class="open-arrow"' in more_than


def test_undated_claims_land_in_the_undated_strip(
    sample: Reconciliation, page: str
) -> None:
    """The undated claim sits right of the strip's left edge, dated ones left."""
    svg = svg_of(page, sample.group_of("f").id)
    strip = float(re.findall(r'class="undated" x="([\d.]+)"', svg)[0])

    def x_of(cid: str) -> float:
        mark = svg[svg.index(f'data-claim="{cid}"') :]
        return float(re.findall(r'class="soft" x="([\d.]+)"', mark)[0])

    assert x_of("f") > strip
    assert x_of("c") < strip
    assert ">undated</text>" in svg


def test_no_undated_strip_without_undated_claims() -> None:
    """A group whose claims all have dates gets no strip."""
    page = render_html(reconcile([make("x", "killed", 40, 40)]))
    assert 'class="undated"' not in page


def test_log_scale_for_a_wide_range(sample: Reconciliation, page: str) -> None:
    """30 to 9,000 spans more than 20x: log scale; 12,000 to 14,000 is linear."""
    wide = svg_of(page, sample.group_of("b").id)
    narrow = svg_of(page, sample.group_of("h").id)
    assert "count (log scale)" in wide
    assert "log scale" not in narrow


def test_ticks_have_thousands_separators(sample: Reconciliation, page: str) -> None:
    """Count ticks read 10,000, not 10000."""
    narrow = svg_of(page, sample.group_of("h").id)
    assert ">10,000</text>" in narrow
    assert ">10000<" not in narrow


def test_period_is_drawn_across_its_span() -> None:
    """A period claim gets a span rectangle; a single date does not."""
    page = render_html(
        reconcile(
            [
                make("p", "wounded", 100, 999, as_of="2031-01/2031-04",
                     qualifier="vague", figure="hundreds"),
                make("q", "wounded", 700, 700, as_of="2031-06-01"),
            ]
        )
    )  # fmt: skip
    period = page[page.index('data-claim="p"') :].split("</g>")[0]
    point = page[page.index('data-claim="q"') :].split("</g>")[0]
    assert 'class="period"' in period
    assert 'class="period"' not in point


def test_every_mark_has_a_tooltip(sample: Reconciliation, page: str) -> None:
    """Each claim is one mark whose title gives figure, claimant, as-of and quote."""
    marks = re.findall(r'<g class="mark" data-claim="([^"]+)"><title>([^<]*)', page)
    assert sorted(c.id for c in sample.claims) == sorted(cid for cid, _ in marks)
    tip = dict(marks)["c"]
    expected = ["about 1,100 killed", "claimant: Greenland", "as of: 2031-05-02"]
    assert expected == tip.splitlines()[:3]
    assert "Greenland put the dead at about 1,100" in tip


def test_every_group_and_finding_appears(sample: Reconciliation, page: str) -> None:
    """Each group has its section and each finding's reason is on the page."""
    from html import escape

    for group in sample.groups:
        assert f'<section class="group" id="{group.id}">' in page
        assert escape(group.label) in page
    for finding in sample.findings:
        assert escape(finding.reason) in page


def test_attention_leads_with_the_worst(sample: Reconciliation, page: str) -> None:
    """Needs attention comes before the groups, conflicts first with severity."""
    attention = page[page.index('id="attention"') : page.index('id="groups"')]
    badges = re.findall(r'class="badge v-(\w+)"', attention)
    expected = [str(f.verdict) for f in sample.attention()]
    assert expected == badges
    worst = sample.attention()[0]
    assert f"{worst.severity:.1f}x" in attention
    assert "<q>" in attention


def test_figure_is_marked_in_the_quote(page: str) -> None:
    """The figure is highlighted where the quote contains it."""
    assert "<q>Greenland put the dead at <mark>about 1,100</mark></q>" in page


def test_header_counts_and_policy(sample: Reconciliation, page: str) -> None:
    """The header counts claims, groups, conflicts, disagreements; states the policy."""
    header = page[: page.index("</header>")]
    text = re.sub(r"<[^>]+>", "", header)
    conflicts = sum(f.verdict == "conflict" for f in sample.findings)
    disagreements = sum(f.verdict == "disagree" for f in sample.findings)
    expected = (
        f"{len(sample.claims)} claims · {len(sample.groups)} groups · "
        f"{conflicts} conflicts · {disagreements} disagreements"
    )
    assert expected in text
    assert sample.policy.describe() in text


def test_claimant_colours_follow_sorted_order(page: str) -> None:
    """Claimants take the palette in sorted order; no claimant is grey."""
    legend = page[page.index('class="claimants"') :].split("</ul>")[0]
    swatches = re.findall(r"background:(#\w+)\"></span>([^<]+)", legend)
    expected = [
        ("#0072B2", "Blueland"),
        ("#D55E00", "Greenland"),
        ("#8C8C8C", "no claimant (outlet’s own voice)"),
    ]
    assert expected == swatches


def test_title_is_escaped() -> None:
    """A caller's title is text, in the head and the heading."""
    page = render_html(reconcile([]), title="<b>war</b> & peace")
    assert "<title>&lt;b&gt;war&lt;/b&gt; &amp; peace</title>" in page
    assert "<h1>&lt;b&gt;war&lt;/b&gt; &amp; peace</h1>" in page


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no chromium")
def test_renders_in_headless_chromium(page: str, tmp_path: Path) -> None:
    """A real browser renders the page to a PNG without touching the network."""
    source = tmp_path / "report.html"
    source.write_text(page, encoding="utf-8")
    shot = tmp_path / "report.png"
    subprocess.run(
        [
            "chromium", "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1280,2000",
            f"--screenshot={shot}", source.as_uri(),
        ],
        check=False, capture_output=True, timeout=120,
    )  # fmt: skip
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
