"""A reconciliation as one self-contained HTML page with a timeline chart per group.

The page leads with what needs attention (conflicts and disagreements, most severe
first), then shows every group: a timeline chart written here as inline SVG, the
group's findings and its consensus, and finally the evidence, claim by claim, with
each quote and a link to its source.

The page loads nothing: the CSS and the charts are inline, there is no script, and
the only links are the sources' own ``http``/``https`` urls. Every piece of text
that comes from a claim (quote, figure, claimant, publisher, reason, ids, url) is
escaped with `html.escape`, so a hostile quote stays inert text.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from reconcile.dates import period_bounds
from reconcile.model import Claim, ClaimGroup, Consensus, Finding, Verdict

if TYPE_CHECKING:
    from reconcile.reconciler import Reconciliation

__all__ = ["render_html"]

# Okabe & Ito's colourblind-safe palette (yellow left out: unreadable on white),
# with Tol's wine as the eighth colour. Claimants take them in sorted order.
_PALETTE = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#882255",
    "#000000",
)
_NO_CLAIMANT = "#8C8C8C"
_SHAPES = ("circle", "square", "diamond", "triangle", "triangle-down", "cross")

_VERDICT_HELP = {
    Verdict.CONFLICT: "no count satisfies both, even on the widest reading",
    Verdict.DISAGREE: "fit only at the edges of what the words allow",
    Verdict.REVISION: "a claimant changed its own figure",
    Verdict.ECHO: "one statement repeated: not confirmation",
    Verdict.PART_WHOLE: "a part and its whole, consistent",
    Verdict.PROGRESSION: "a consistent change over time",
    Verdict.AGREE: "the figures overlap",
    Verdict.UNRELATED: "would need a date the claims lack",
}
_STANCE_HELP = {
    "own": "the claimant counts its own side: such figures tend to be floors",
    "ally": "the claimant counts an ally",
    "adversary": "the claimant counts its adversary: such figures tend to run high",
    "third_party": "the claimant is neither side",
    "unknown": "the claimant or the subject is unknown",
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
           "Nov", "Dec")  # fmt: skip
_URL = re.compile(r"https?://[^\s<>\"'`\x00-\x1f\x7f]+", re.IGNORECASE)

# Chart geometry, in SVG user units (the chart scales to the page width).
_WIDTH = 960
_HEIGHT = 380
_LEFT = 72
_RIGHT = 16
_TOP = 26
_BOTTOM = 336
_GAP = 18
_SOFT_W = 10.0
_HARD_W = 2.6
_DODGE = 12.0


def _e(value: object) -> str:
    """Escape any text for HTML content and attribute values."""
    return html.escape(str(value), quote=True)


def _count(value: float | None, *, open_text: str = "no limit") -> str:
    if value is None or math.isinf(value):
        return open_text
    return f"{value:,.0f}"


def _severity(value: float | None) -> str:
    if value is None:
        return ""
    return "∞" if math.isinf(value) else f"{value:.1f}x"


def _safe_url(url: str | None) -> str | None:
    """The url when it is a plain http(s) url, else ``None`` (shown as text)."""
    if url and _URL.fullmatch(url):
        return url
    return None


def _marked(quote: str, figure: str) -> str:
    """The escaped quote with the figure highlighted where it occurs."""
    at = quote.find(figure) if figure else -1
    if at < 0 and figure:
        at = quote.lower().find(figure.lower())
    if at < 0:
        return _e(quote)
    end = at + len(figure)
    return f"{_e(quote[:at])}<mark>{_e(quote[at:end])}</mark>{_e(quote[end:])}"


def _claim_anchor(claim_id: str) -> str:
    return f"claim-{claim_id}"


def _badge(verdict: Verdict) -> str:
    return (
        f'<span class="badge v-{_e(verdict)}" title="{_e(_VERDICT_HELP[verdict])}">'
        f"{_e(verdict)}</span>"
    )


# ---------------------------------------------------------------------- colours


def _claimant_colours(result: Reconciliation) -> dict[str | None, str]:
    """Colour per claimant in sorted order; the outlet's own voice is grey.

    One assignment for the whole page while the palette suffices, so a claimant
    keeps its colour from chart to chart; past that, each group assigns its own.
    """
    names = sorted({c.claimant for c in result.claims if c.claimant is not None})
    colours: dict[str | None, str] = {
        name: _PALETTE[n % len(_PALETTE)] for n, name in enumerate(names)
    }
    colours[None] = _NO_CLAIMANT
    return colours


def _group_colours(
    claims: Sequence[Claim], page: dict[str | None, str]
) -> dict[str | None, str]:
    if len(page) - 1 <= len(_PALETTE):
        return page
    names = sorted({c.claimant for c in claims if c.claimant is not None})
    colours: dict[str | None, str] = {
        name: _PALETTE[n % len(_PALETTE)] for n, name in enumerate(names)
    }
    colours[None] = _NO_CLAIMANT
    return colours


# ----------------------------------------------------------------------- scales


@attrs.frozen
class _YScale:
    """Counts to vertical SVG positions; logarithmic for wide ranges."""

    lo: float
    hi: float
    is_log: bool

    def y(self, value: float) -> float:
        """The SVG y of a count, clipped to the plot."""
        if math.isinf(value):
            return _TOP if value > 0 else _BOTTOM
        if self.is_log:
            if value <= 0:
                return _BOTTOM
            share = (math.log10(value) - math.log10(self.lo)) / (
                math.log10(self.hi) - math.log10(self.lo)
            )
        else:
            share = (value - self.lo) / (self.hi - self.lo)
        share = min(1.0, max(0.0, share))
        return _BOTTOM - share * (_BOTTOM - _TOP)

    def ticks(self) -> list[float]:
        """Tick values: 1-2-5 steps, or powers of ten on a wide log scale."""
        if self.is_log:
            first = math.floor(math.log10(self.lo))
            last = math.ceil(math.log10(self.hi))
            decades = last - first
            steps = (1, 2, 5) if decades <= 3 else (1,)
            every = max(1, math.ceil(decades / 8))
            out = [
                m * 10.0**k
                for k in range(first, last + 1)
                if (k - first) % every == 0
                for m in steps
            ]
            return [v for v in out if self.lo <= v <= self.hi and v >= 1]
        step = _nice_step((self.hi - self.lo) / 5)
        start = math.ceil(self.lo / step) * step
        count = int((self.hi - start) / step + 1e-9) + 1
        return [start + n * step for n in range(count)]


def _nice_step(raw: float) -> float:
    """The 1-2-5 step at or above ``raw``."""
    if raw <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return max(1.0, m * power)
    return max(1.0, 10 * power)  # pragma: no cover - the loop always returns


def _y_scale(values: Iterable[float], stated: Iterable[float]) -> _YScale:
    """Choose the scale: log when the stated figures span more than 20x."""
    finite = [v for v in values if math.isfinite(v)]
    positive = [v for v in stated if v > 0]
    top = max(finite, default=1.0)
    is_log = len(positive) > 1 and max(positive) / min(positive) > 20
    if is_log:
        bottom = min([v for v in finite if v > 0] or [1.0])
        lo = 10.0 ** math.floor(math.log10(bottom / 1.3))
        hi = 10.0 ** math.ceil(math.log10(top * 1.3))
        if hi / lo < 10:
            hi = lo * 10
        return _YScale(lo, hi, True)
    step = _nice_step(max(top, 1.0) * 1.15 / 5)
    hi = math.ceil(max(top, 1.0) * 1.15 / step) * step
    return _YScale(0.0, float(hi), False)


@attrs.frozen
class _XScale:
    """Day ordinals to horizontal SVG positions."""

    d0: int
    d1: int
    left: float
    right: float

    def x(self, day: float) -> float:
        """The SVG x of a day ordinal."""
        span = max(1, self.d1 - self.d0)
        return self.left + (day - self.d0) / span * (self.right - self.left)


def _month_index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _date_ticks(d0: int, d1: int, most: int) -> list[tuple[int, str]]:
    """Ticks on whole days, months or years, at most ``most`` of them."""
    first, last = dt.date.fromordinal(d0), dt.date.fromordinal(d1)
    for step in (1, 2, 7, 14) if d1 - d0 <= 62 else ():
        if (d1 - d0) // step + 1 <= most:
            return [
                (d, dt.date.fromordinal(d).isoformat()) for d in range(d0, d1 + 1, step)
            ]
    m0 = _month_index(first) + (first.day > 1)
    m1 = _month_index(last)
    for step in (1, 2, 3, 6):
        start = math.ceil(m0 / step) * step
        months = list(range(start, m1 + 1, step))
        if len(months) <= most:
            return [
                (
                    dt.date(m // 12, m % 12 + 1, 1).toordinal(),
                    f"{_MONTHS[m % 12]} {m // 12}",
                )
                for m in months
            ]
    y0 = first.year + (first > dt.date(first.year, 1, 1))
    for step in (1, 2, 5, 10, 20, 50, 100):
        start = math.ceil(y0 / step) * step
        years = list(range(start, last.year + 1, step))
        if len(years) <= most:
            return [(dt.date(y, 1, 1).toordinal(), str(y)) for y in years]
    return []


# ------------------------------------------------------------------------ chart


@attrs.frozen
class _Mark:
    """One claim placed on the chart."""

    claim: Claim
    hard: tuple[float, float]
    soft: tuple[float, float]
    t0: int | None
    t1: int | None


def _point(claim: Claim) -> float:
    """Where the figure's marker sits: the stated number or the middle of a range."""
    if claim.low is not None and claim.high is not None:
        return (claim.low + claim.high) / 2
    return float(claim.low if claim.low is not None else claim.high or 0)


def _shape(kind: str, x: float, y: float, fill: str, r: float = 4.6) -> str:
    style = f'fill="{fill}" stroke="#fff" stroke-width="1.3"'
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" {style}/>'
    if kind == "square":
        s = r * 0.9
        return (
            f'<rect x="{x - s:.1f}" y="{y - s:.1f}" width="{2 * s:.1f}" '
            f'height="{2 * s:.1f}" {style}/>'
        )
    if kind == "diamond":
        s = r * 1.25
        pts = [(x, y - s), (x + s, y), (x, y + s), (x - s, y)]
    elif kind == "triangle":
        s = r * 1.25
        pts = [(x, y - s), (x + s, y + s * 0.8), (x - s, y + s * 0.8)]
    elif kind == "triangle-down":
        s = r * 1.25
        pts = [(x, y + s), (x + s, y - s * 0.8), (x - s, y - s * 0.8)]
    else:
        s, w = r * 1.15, r * 0.45
        pts = [
            (x - w, y - s), (x + w, y - s), (x + w, y - w), (x + s, y - w),
            (x + s, y + w), (x + w, y + w), (x + w, y + s), (x - w, y + s),
            (x - w, y + w), (x - s, y + w), (x - s, y - w), (x - w, y - w),
        ]  # fmt: skip
    points = " ".join(f"{px:.1f},{py:.1f}" for px, py in pts)
    return f'<polygon points="{points}" {style}/>'


def _legend_shape(kind: str) -> str:
    return (
        '<svg class="key" width="14" height="14" viewBox="0 0 14 14" '
        f'aria-hidden="true">{_shape(kind, 7, 7, "#555", 4.2)}</svg>'
    )


def _tooltip(claim: Claim, result: Reconciliation) -> str:
    claimant = claim.claimant or "none: the outlet's own voice"
    if claim.claimant_text and claim.claimant_text != claim.claimant:
        claimant += f" ({claim.claimant_text})"
    lines = [
        f"{claim.figure} {result.taxonomy.words(claim.measure)}",
        f"claimant: {claimant}",
        f"as of: {claim.as_of or 'undated'}",
        f"source: {claim.source.publisher or claim.doc}",
        f"“{claim.quote}”",
    ]
    return _e("\n".join(lines))


def _chart(
    n: int,
    group: ClaimGroup,
    claims: Sequence[Claim],
    consensus: Sequence[Consensus],
    result: Reconciliation,
    colours: dict[str | None, str],
    shapes: dict[str, str],
) -> str:
    """The timeline of one group as inline SVG."""
    policy = result.policy
    marks: list[_Mark] = []
    for claim in claims:
        t0 = t1 = None
        if claim.as_of:
            first, last = period_bounds(claim.as_of)
            t0, t1 = first.toordinal(), last.toordinal()
        marks.append(_Mark(claim, policy.hard(claim), policy.soft(claim), t0, t1))
    dated = [m for m in marks if m.t0 is not None]
    undated = [m for m in marks if m.t0 is None]
    bands: list[tuple[Consensus, int | None, int | None]] = []
    for cons in consensus:
        if cons.as_of:
            first, last = period_bounds(cons.as_of)
            bands.append((cons, first.toordinal(), last.toordinal()))
        else:
            bands.append((cons, None, None))
    has_undated = bool(undated) or any(t is None for _, t, _ in bands)

    values: list[float] = []
    stated: list[float] = []
    for m in marks:
        values += [*m.hard, *m.soft]
        stated += [float(v) for v in (m.claim.low, m.claim.high) if v is not None]
    for cons, _, _ in bands:
        values += [float(v) for v in (cons.low, cons.best, cons.high) if v is not None]
    ys = _y_scale(values, stated)

    strip = max(96.0, min(220.0, 16.0 * len(undated) + 40)) if has_undated else 0.0
    right = _WIDTH - _RIGHT - (strip + _GAP if has_undated else 0)
    days = [t for m in dated for t in (m.t0, m.t1) if t is not None]
    days += [t for _, a, b in bands for t in (a, b) if t is not None]
    d0, d1 = (min(days), max(days)) if days else (0, 1)
    pad = max(10, (d1 - d0) // 20)
    xs = _XScale(d0 - pad, d1 + pad, _LEFT + 12, right - 12)

    out = [
        f'<svg class="chart" viewBox="0 0 {_WIDTH} {_HEIGHT}" role="img" '
        f'aria-labelledby="chart-title-{n}">',
        f'<title id="chart-title-{n}">Timeline of {_e(group.label)}: '
        f"{len(claims)} claims</title>",
        "<defs>",
    ]
    for k, colour in enumerate(sorted(set(colours.values()))):
        out.append(
            f'<linearGradient id="c{n}-up-{k}" x1="0" y1="1" x2="0" y2="0">'
            f'<stop offset="0" stop-color="{colour}" stop-opacity="0.95"/>'
            f'<stop offset="1" stop-color="{colour}" stop-opacity="0"/>'
            "</linearGradient>"
            f'<linearGradient id="c{n}-down-{k}" x1="0" y1="0" x2="0" y2="1">'
            f'<stop offset="0" stop-color="{colour}" stop-opacity="0.95"/>'
            f'<stop offset="1" stop-color="{colour}" stop-opacity="0"/>'
            "</linearGradient>"
        )
    out.append("</defs>")
    gradient = {c: k for k, c in enumerate(sorted(set(colours.values())))}

    # axes and grid
    out.append(
        f'<rect class="plot" x="{_LEFT}" y="{_TOP}" width="{right - _LEFT:.1f}" '
        f'height="{_BOTTOM - _TOP}"/>'
    )
    for value in ys.ticks():
        y = ys.y(value)
        out.append(
            f'<line class="grid" x1="{_LEFT}" x2="{right:.1f}" y1="{y:.1f}" '
            f'y2="{y:.1f}"/><text class="tick" x="{_LEFT - 6}" y="{y + 4:.1f}" '
            f'text-anchor="end">{value:,.0f}</text>'
        )
    axis_name = "count (log scale)" if ys.is_log else "count"
    out.append(
        f'<text class="axis" x="14" y="{(_TOP + _BOTTOM) / 2:.0f}" '
        f'transform="rotate(-90 14 {(_TOP + _BOTTOM) / 2:.0f})" '
        f'text-anchor="middle">{axis_name}</text>'
    )
    if dated or any(a is not None for _, a, _ in bands):
        most = max(2, int((xs.right - xs.left) // 92))
        for day, label in _date_ticks(xs.d0, xs.d1, most):
            x = xs.x(day)
            out.append(
                f'<line class="vgrid" x1="{x:.1f}" x2="{x:.1f}" y1="{_TOP}" '
                f'y2="{_BOTTOM}"/><text class="tick" x="{x:.1f}" y="{_BOTTOM + 16}" '
                f'text-anchor="middle">{_e(label)}</text>'
            )
        out.append(
            f'<text class="axis" x="{(_LEFT + right) / 2:.0f}" y="{_BOTTOM + 36}" '
            'text-anchor="middle">as of</text>'
        )
    else:
        out.append(
            f'<text class="axis" x="{(_LEFT + right) / 2:.0f}" '
            f'y="{(_TOP + _BOTTOM) / 2:.0f}" text-anchor="middle">'
            "no dated claims</text>"
        )
    strip_left = right + _GAP
    if has_undated:
        out.append(
            f'<rect class="undated" x="{strip_left:.1f}" y="{_TOP}" '
            f'width="{strip:.1f}" height="{_BOTTOM - _TOP}"/>'
            f'<text class="axis" x="{strip_left + strip / 2:.1f}" '
            f'y="{_BOTTOM + 16}" text-anchor="middle">undated</text>'
        )

    # consensus bands, behind the claims
    for cons, a, b in bands:
        if a is None or b is None:
            x0, x1 = strip_left + 4, strip_left + strip - 4
        else:
            x0, x1 = xs.x(a), xs.x(b + 1)
            if x1 - x0 < 26:
                mid = (x0 + x1) / 2
                x0, x1 = mid - 13, mid + 13
        y_hi = ys.y(math.inf if cons.high is None else cons.high)
        y_lo = ys.y(0.0 if cons.low is None else cons.low)
        tip = (
            f"consensus: {result.taxonomy.words(cons.measure)} as of "
            f"{cons.as_of or 'undated'}\nlow {_count(cons.low)}, best "
            f"{_count(cons.best, open_text='none')}, high {_count(cons.high)}\n"
            f"from {len(cons.claims)} claim(s), {len(cons.set_aside)} set aside"
        )
        band = [
            f'<g class="consensus"><title>{_e(tip)}</title>',
            f'<rect x="{x0:.1f}" y="{y_hi:.1f}" width="{x1 - x0:.1f}" '
            f'height="{max(2.0, y_lo - y_hi):.1f}"/>',
        ]
        if cons.best is not None:
            y = ys.y(cons.best)
            band.append(
                f'<line x1="{x0:.1f}" x2="{x1:.1f}" y1="{y:.1f}" y2="{y:.1f}"/>'
            )
        band.append("</g>")
        out.append("".join(band))

    # claims: dated ones dodge sideways when they share a place on the time axis
    anchors: list[tuple[float, _Mark]] = []
    for m in sorted(dated, key=lambda m: (m.t0 or 0, m.t1 or 0, m.claim.id)):
        assert m.t0 is not None
        assert m.t1 is not None
        anchors.append((xs.x((m.t0 + m.t1 + 1) / 2), m))
    placed: list[tuple[float, _Mark]] = []
    clusters: list[list[tuple[float, _Mark]]] = []
    for x, m in anchors:
        if clusters and x - clusters[-1][0][0] <= _DODGE:
            clusters[-1].append((x, m))
        else:
            clusters.append([(x, m)])
    for cluster in clusters:
        mid = sum(cx for cx, _ in cluster) / len(cluster)
        spread = min(_DODGE, 72.0 / len(cluster))
        for k, (_, cm) in enumerate(cluster):
            x = mid + (k - (len(cluster) - 1) / 2) * spread
            placed.append((min(right - 6, max(_LEFT + 6, x)), cm))
    if undated:
        step = (strip - 24) / len(undated)
        for k, m in enumerate(sorted(undated, key=lambda m: m.claim.id)):
            placed.append((strip_left + 12 + step * (k + 0.5), m))

    for x, m in placed:
        out.append(_claim_mark(x, m, xs, ys, colours, gradient, shapes, n, result))
    out.append("</svg>")
    return "".join(out)


def _claim_mark(
    x: float,
    m: _Mark,
    xs: _XScale,
    ys: _YScale,
    colours: dict[str | None, str],
    gradient: dict[str, int],
    shapes: dict[str, str],
    n: int,
    result: Reconciliation,
) -> str:
    """One claim: period span, hard line, soft bar, open-bound arrows, marker."""
    claim = m.claim
    colour = colours.get(claim.claimant, _NO_CLAIMANT)
    k = gradient[colour]
    open_up = claim.high is None or math.isinf(m.hard[1])
    open_down = claim.low is None
    parts = [
        f'<g class="mark" data-claim="{_e(claim.id)}"><title>'
        f"{_tooltip(claim, result)}</title>"
    ]
    if m.t0 is not None and m.t1 is not None and m.t1 > m.t0:
        x0, x1 = xs.x(m.t0), xs.x(m.t1 + 1)
        y_top = ys.y(m.soft[1])
        y_bot = ys.y(m.soft[0])
        parts.append(
            f'<rect class="period" x="{x0:.1f}" y="{y_top:.1f}" '
            f'width="{x1 - x0:.1f}" height="{max(2.0, y_bot - y_top):.1f}" '
            f'fill="{colour}" stroke="{colour}"/>'
        )
    # hard interval: a thin line; an open end fades out and ends in a chevron
    y_hard_top = _TOP if open_up else ys.y(m.hard[1])
    y_hard_bot = _BOTTOM if open_down else ys.y(m.hard[0])
    y_split_hi = ys.y(m.soft[1]) if open_up else y_hard_top
    y_split_lo = ys.y(m.soft[0]) if open_down else y_hard_bot
    half = _HARD_W / 2
    if open_up:
        parts.append(
            f'<rect class="open-up" x="{x - half:.1f}" y="{y_hard_top:.1f}" '
            f'width="{_HARD_W}" height="{max(0.0, y_split_hi - y_hard_top):.1f}" '
            f'fill="url(#c{n}-up-{k})"/>'
            f'<polyline class="open-arrow" points="{x - 5:.1f},{_TOP + 6:.1f} '
            f'{x:.1f},{_TOP:.1f} {x + 5:.1f},{_TOP + 6:.1f}" stroke="{colour}"/>'
        )
    if open_down:
        parts.append(
            f'<rect class="open-down" x="{x - half:.1f}" y="{y_split_lo:.1f}" '
            f'width="{_HARD_W}" height="{max(0.0, y_hard_bot - y_split_lo):.1f}" '
            f'fill="url(#c{n}-down-{k})"/>'
            f'<polyline class="open-arrow" points="{x - 5:.1f},{_BOTTOM - 6:.1f} '
            f'{x:.1f},{_BOTTOM:.1f} {x + 5:.1f},{_BOTTOM - 6:.1f}" '
            f'stroke="{colour}"/>'
        )
    parts.append(
        f'<rect class="hard" x="{x - half:.1f}" y="{y_split_hi:.1f}" '
        f'width="{_HARD_W}" height="{max(1.0, y_split_lo - y_split_hi):.1f}" '
        f'fill="{colour}"/>'
    )
    # soft interval: the thick bar
    y_soft_top, y_soft_bot = ys.y(m.soft[1]), ys.y(m.soft[0])
    parts.append(
        f'<rect class="soft" x="{x - _SOFT_W / 2:.1f}" y="{y_soft_top:.1f}" '
        f'width="{_SOFT_W}" height="{max(2.0, y_soft_bot - y_soft_top):.1f}" '
        f'rx="2" fill="{colour}"/>'
    )
    parts.append(
        _shape(shapes.get(claim.measure, "circle"), x, ys.y(_point(claim)), colour)
    )
    parts.append("</g>")
    return "".join(parts)


# ----------------------------------------------------------------------- blocks


@attrs.frozen
class _Page:
    """The reconciliation with the look-ups the page needs, built once."""

    result: Reconciliation
    by_id: dict[str, Claim]
    findings: dict[str, list[Finding]]
    consensus: dict[str, list[Consensus]]
    labels: dict[str, str]
    colours: dict[str | None, str]

    @classmethod
    def of(cls, result: Reconciliation) -> _Page:
        findings: dict[str, list[Finding]] = defaultdict(list)
        for f in result.findings:
            findings[f.group].append(f)
        consensus: dict[str, list[Consensus]] = defaultdict(list)
        for c in result.consensus:
            consensus[c.group].append(c)
        return cls(
            result,
            {c.id: c for c in result.claims},
            findings,
            consensus,
            {g.id: g.label for g in result.groups},
            _claimant_colours(result),
        )

    def claims_of(self, group: ClaimGroup) -> list[Claim]:
        """The group's claims that the result holds."""
        return [self.by_id[i] for i in group.claims if i in self.by_id]


def _source(claim: Claim) -> str:
    """The outlet, linked to its url when that is a plain http(s) url."""
    src = claim.source
    name = src.publisher or (src.url if src.url else None) or "unknown outlet"
    url = _safe_url(src.url)
    if url:
        out = f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(name)}</a>'
    else:
        out = _e(name)
        if src.url and src.publisher:
            out += f' <span class="url">{_e(src.url)}</span>'
    extra = []
    if src.published:
        extra.append(f"published {src.published.isoformat()}")
    if src.agency:
        extra.append(f"via {_e(src.agency)}")
    extra.append(f"doc {_e(claim.doc)}")
    return f'{out} <span class="muted">({", ".join(extra)})</span>'


def _claimant(claim: Claim) -> str:
    if claim.claimant is None:
        text = '<span class="muted">none: the outlet\'s own voice</span>'
    else:
        text = _e(claim.claimant)
    if claim.claimant_text and claim.claimant_text != claim.claimant:
        text += f' <span class="muted">(“{_e(claim.claimant_text)}”)</span>'
    return text


def _quote_item(claim: Claim) -> str:
    return (
        f"<li><q>{_marked(claim.quote, claim.figure)}</q> "
        f'<span class="cite">{_claimant(claim)}, as of '
        f"{_e(claim.as_of or 'undated')}, {_source(claim)} "
        f'<a href="#{_e(_claim_anchor(claim.id))}">evidence</a></span></li>'
    )


def _finding(finding: Finding, page: _Page, *, with_quotes: bool) -> str:
    severity = _severity(finding.severity)
    head = _badge(finding.verdict)
    if severity:
        head += ' <span class="severity" title="the ratio by which the figures '
        head += f'must widen to agree">{_e(severity)}</span>'
    if with_quotes:
        label = page.labels.get(finding.group, finding.group)
        head += f' in <a href="#{_e(finding.group)}">{_e(label)}</a>'
    head += f' <span class="muted">rule {_e(finding.rule)}</span>'
    if not with_quotes:
        links = ", ".join(
            f'<a href="#{_e(_claim_anchor(i))}">{_e(i)}</a>' for i in finding.claims
        )
        return (
            f'<li class="finding compact v-{_e(finding.verdict)}">{head} '
            f'<span class="reason">{_e(finding.reason)}</span> '
            f'<span class="muted">(claims {links})</span></li>'
        )
    out = [
        f'<li class="finding v-{_e(finding.verdict)}"><p class="head">{head}</p>',
        f'<p class="reason">{_e(finding.reason)}</p>',
    ]
    if with_quotes:
        known = [page.by_id[i] for i in finding.claims if i in page.by_id]
        out.append('<ul class="quotes">')
        out.extend(_quote_item(c) for c in known)
        out.append("</ul>")
    out.append("</li>")
    return "".join(out)


def _consensus_table(consensus: Sequence[Consensus], page: _Page) -> str:
    result = page.result
    if not consensus:
        return '<p class="muted">No consensus for this group.</p>'
    rows = []
    for cons in consensus:
        support = "<br>".join(_claim_ref(i, page) for i in cons.claims) or "none"
        aside = (
            "<br>".join(
                f"{_claim_ref(i, page)}: {_e(why)}" for i, why in cons.set_aside
            )
            or '<span class="muted">none</span>'
        )
        rows.append(
            f"<tr><td>{_e(result.taxonomy.words(cons.measure))}</td>"
            f'<td class="date">{_e(cons.as_of or "undated")}</td>'
            f'<td class="num">{_count(cons.low, open_text="none")}</td>'
            f'<td class="num best">{_count(cons.best, open_text="none")}</td>'
            f'<td class="num">{_count(cons.high)}</td>'
            f"<td>{support}</td><td>{aside}</td></tr>"
        )
    return (
        '<div class="scroll"><table class="consensus"><caption>Consensus '
        "(UCDP-style low / best / high)</caption><thead><tr><th>measure</th>"
        '<th>as of</th><th class="num">low</th><th class="num">best</th>'
        '<th class="num">high</th><th>supporting claims</th><th>set aside</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def _claim_ref(claim_id: str, page: _Page) -> str:
    claim = page.by_id.get(claim_id)
    text = claim_id
    if claim is not None:
        text = (
            f"{claim.figure} ({claim.claimant or claim.source.publisher or claim.doc})"
        )
    return f'<a href="#{_e(_claim_anchor(claim_id))}">{_e(text)}</a>'


def _chart_legend(
    claims: Sequence[Claim],
    colours: dict[str | None, str],
    shapes: dict[str, str],
    result: Reconciliation,
) -> str:
    who = sorted({c.claimant for c in claims}, key=lambda c: (c is None, c or ""))
    items = [
        f'<li><span class="swatch" style="background:'
        f'{colours.get(c, _NO_CLAIMANT)}"></span>'
        f"{_e(c) if c is not None else 'no claimant (outlet’s own voice)'}</li>"
        for c in who
    ]
    kinds = [
        f"<li>{_legend_shape(shape)}{_e(result.taxonomy.words(measure))}</li>"
        for measure, shape in shapes.items()
    ]
    return (
        '<div class="legend"><ul class="claimants">'
        + "".join(items)
        + '</ul><ul class="measures">'
        + "".join(kinds)
        + '</ul><p class="muted">Thick bar: the honest (soft) reading; thin line: '
        "what the words allow (hard); a fading line with an open arrowhead: no "
        "bound on that side; grey band: consensus low to high, its line the best "
        "estimate. Hover a mark for its quote.</p></div>"
    )


def _group_section(n: int, group: ClaimGroup, page: _Page) -> str:
    result = page.result
    claims = page.claims_of(group)
    findings = page.findings.get(group.id, [])
    consensus = page.consensus.get(group.id, [])
    colours = _group_colours(claims, page.colours)
    measures = sorted({c.measure for c in claims})
    shapes = {m: _SHAPES[k % len(_SHAPES)] for k, m in enumerate(measures)}
    place = f", {_e(group.place)}" if group.place else ""
    out = [
        f'<section class="group" id="{_e(group.id)}">',
        f"<h3>{_e(group.label)}</h3>",
        f'<p class="muted">{len(claims)} claims · subject '
        f"{_e(group.subject or 'unknown')} · family {_e(group.family)}{place} · "
        f"unit {_e(group.unit)} · group {_e(group.id)}</p>",
        '<figure><div class="scroll">',
        _chart(n, group, claims, consensus, result, colours, shapes),
        "</div><figcaption>",
        _chart_legend(claims, colours, shapes, result),
        "</figcaption></figure>",
    ]
    if findings:
        out.append('<h4>Findings</h4><ul class="findings">')
        out.extend(_finding(f, page, with_quotes=False) for f in findings)
        out.append("</ul>")
    else:
        out.append(
            '<p class="muted">No findings: a single claim or nothing to compare.</p>'
        )
    out.append(_consensus_table(consensus, page))
    out.append(
        f'<p class="muted"><a href="#evidence-{_e(group.id)}">Evidence for this '
        "group</a></p></section>"
    )
    return "".join(out)


def _evidence(group: ClaimGroup, page: _Page) -> str:
    result = page.result
    claims = page.claims_of(group)
    claims.sort(key=lambda c: (c.as_of is None, c.as_of or "", c.measure, c.id))
    rows = []
    for c in claims:
        stance = result.stance_of(c)
        rows.append(
            f'<tr id="{_e(_claim_anchor(c.id))}">'
            f'<td class="fig">{_e(c.figure)}</td>'
            f"<td>{_e(result.taxonomy.words(c.measure))}"
            + (' <span class="muted">(increment)</span>' if c.increment else "")
            + f"</td><td>{_claimant(c)}</td>"
            f'<td><span class="stance s-{_e(stance)}" '
            f'title="{_e(_STANCE_HELP.get(stance, stance))}">'
            f"{_e(stance.replace('_', ' '))}</span></td>"
            f"<td>{_e(c.subject or 'unknown')}</td>"
            f'<td class="date">{_e(c.as_of or "undated")}</td>'
            f"<td>{_e(c.location or '')}</td>"
            f"<td>{_source(c)}</td>"
            f'<td class="quote"><q>{_marked(c.quote, c.figure)}</q></td></tr>'
        )
    return (
        f'<details open id="evidence-{_e(group.id)}"><summary>'
        f'<a href="#{_e(group.id)}">{_e(group.label)}</a> '
        f'<span class="muted">({len(claims)} claims)</span></summary>'
        '<div class="scroll"><table class="evidence"><thead><tr><th>figure</th>'
        "<th>measure</th><th>claimant</th><th>stance</th><th>subject</th>"
        "<th>as of</th><th>place</th><th>source</th><th>quote</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div></details>"
    )


def _header(result: Reconciliation, title: str) -> str:
    counts: dict[Verdict, int] = defaultdict(int)
    for f in result.findings:
        counts[f.verdict] += 1
    legend = " ".join(
        f'<span class="key-item">{_badge(v)} {_e(_VERDICT_HELP[v])}'
        f' <span class="muted">({counts[v]})</span></span>'
        for v in Verdict
    )
    toc = "".join(
        f'<li><a href="#{_e(g.id)}">{_e(g.label)}</a> '
        f'<span class="muted">({len(g.claims)})</span></li>'
        for g in result.groups
    )
    return (
        f"<header><h1>{_e(title)}</h1>"
        f'<p class="counts"><strong>{len(result.claims)}</strong> claims · '
        f"<strong>{len(result.groups)}</strong> groups · "
        f'<strong class="n-conflict">{counts[Verdict.CONFLICT]}</strong> conflicts · '
        f'<strong class="n-disagree">{counts[Verdict.DISAGREE]}</strong> '
        "disagreements</p>"
        f'<p class="verdicts">{legend}</p>'
        f'<p class="policy"><strong>Hedge policy:</strong> '
        f"{_e(result.policy.describe())}</p>"
        + (f'<nav><ul class="toc">{toc}</ul></nav>' if toc else "")
        + "</header>"
    )


_CSS = """
:root{color-scheme:light;--ink:#1d1d1f;--muted:#5f6368;--line:#d9d9de;--bg:#fff}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);
font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,
sans-serif}
main{max-width:1100px;margin:0 auto;padding:1.2rem 1rem 3rem}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}
h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:2px solid var(--ink)}
h3{font-size:1.12rem;margin:1.6rem 0 .2rem}
h4{font-size:1rem;margin:1rem 0 .3rem}
p{margin:.35rem 0}
a{color:#0b57d0}
.muted{color:var(--muted);font-size:.9em}
.counts{font-size:1.05rem}
.n-conflict{color:#b3261e}.n-disagree{color:#9a5b00}
.verdicts{line-height:2}
.key-item{display:inline-block;margin-right:.9rem;font-size:.88em}
.policy{font-size:.9em;color:var(--muted)}
.toc{columns:2 18rem;padding-left:1.2rem;margin:.4rem 0}
.badge{display:inline-block;padding:0 .45em;border-radius:.3em;font-size:.82em;
font-weight:600;border:1px solid currentColor;white-space:nowrap}
.v-conflict{color:#b3261e}.v-disagree{color:#9a5b00}.v-revision{color:#6a1b9a}
.v-echo{color:#455a64}.v-part_whole{color:#00695c}.v-progression{color:#1565c0}
.v-agree{color:#2e7d32}.v-unrelated{color:#757575}
.badge.v-conflict{background:#fde7e6}.badge.v-disagree{background:#fff3dc}
.severity{font-weight:700;font-variant-numeric:tabular-nums}
ul.findings,ul.attention{list-style:none;padding:0;margin:.3rem 0}
li.finding{border-left:4px solid currentColor;padding:.3rem .7rem;margin:.5rem 0;
background:#fafafa;break-inside:avoid}
li.finding p.reason,li.finding ul,li.finding .reason{color:var(--ink)}
li.finding.compact{border-left-width:3px;padding:.15rem .6rem;margin:.3rem 0;
background:none}
.head{margin:0}
ul.quotes{margin:.3rem 0 .2rem;padding-left:1.2rem}
ul.quotes li{margin:.25rem 0}
q{font-style:italic}
.cite{display:block;font-size:.85em;color:var(--muted)}
mark{background:#ffe28a;color:inherit;padding:0 .1em;font-style:normal}
figure{margin:.6rem 0}
svg.chart{width:100%;min-width:560px;height:auto;display:block;font-family:inherit}
svg .plot{fill:#fff;stroke:#b0b0b8}
svg .grid{stroke:#ececf0}svg .vgrid{stroke:#f2f2f5}
svg .tick{font-size:11px;fill:#555}
svg .axis{font-size:12px;fill:#333;font-weight:600}
svg .undated{fill:#f3f3f5;stroke:#c8c8d0;stroke-dasharray:4 3}
svg .consensus rect{fill:#7f7f7f;fill-opacity:.12;stroke:#7f7f7f;stroke-opacity:.5;
stroke-dasharray:3 2}
svg .consensus line{stroke:#555;stroke-width:1.6}
svg .period{fill-opacity:.1;stroke-opacity:.55;stroke-dasharray:4 2}
svg .soft{fill-opacity:.45}
svg .open-arrow{fill:none;stroke-width:2}
svg .mark:hover .soft{fill-opacity:.75}
.legend ul{list-style:none;padding:0;margin:.3rem 0;display:flex;flex-wrap:wrap;
gap:.2rem 1rem;font-size:.88em}
.legend li{display:flex;align-items:center;gap:.35rem}
.swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:2px}
svg.key{flex:none}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.88em;margin:.4rem 0}
caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border-bottom:1px solid var(--line);padding:.3rem .45rem;text-align:left;
vertical-align:top;overflow-wrap:break-word}
td.date{white-space:nowrap}
th{background:#f4f4f6}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.best{font-weight:700}
td.fig{font-weight:600;min-width:6rem}
td.quote{min-width:16rem}
.url{overflow-wrap:anywhere}
.stance{font-size:.85em;white-space:nowrap}
.s-adversary{color:#b3261e}.s-own{color:#1565c0}.s-ally{color:#00695c}
details{margin:.8rem 0}
summary{font-weight:600;cursor:pointer}
footer{margin-top:2rem;font-size:.85em;color:var(--muted)}
@media (max-width:640px){body{font-size:14px}main{padding:.8rem .6rem}
.toc{columns:1}td.quote{min-width:12rem}}
@media print{body{font-size:10.5pt}main{max-width:none;padding:0}a{color:inherit}
.scroll{overflow:visible}figure,tr,li.finding{break-inside:avoid}
h2,h3{break-after:avoid}}
"""


def render_html(
    result: Reconciliation, *, title: str = "reconcile: discrepancy report"
) -> str:
    """Render a reconciliation as one self-contained HTML page.

    The page leads with what needs attention, then shows each group (timeline
    chart, findings, consensus) and the evidence claim by claim. It loads nothing:
    CSS and SVG charts are inline, and the only links are the sources' own
    http(s) urls. All text from claims is escaped.

    Args:
        result: the reconciliation to show.
        title: the page title and heading.

    Returns:
        The HTML document.

    >>> from reconcile.reconciler import reconcile
    >>> page = render_html(reconcile([]))
    >>> page.startswith("<!DOCTYPE html>"), "No claims." in page
    (True, True)
    """
    page = _Page.of(result)
    body = [_header(result, title)]
    if not result.claims:
        body.append('<p class="empty">No claims.</p>')
    else:
        attention = result.attention()
        body.append('<section id="attention"><h2>Needs attention</h2>')
        if attention:
            body.append('<ul class="attention">')
            body.extend(_finding(f, page, with_quotes=True) for f in attention)
            body.append("</ul>")
        else:
            body.append(
                "<p>Nothing needs attention: no conflicts or disagreements.</p>"
            )
        body.append('</section><section id="groups"><h2>Groups</h2>')
        body.extend(_group_section(n, g, page) for n, g in enumerate(result.groups))
        body.append('</section><section id="evidence"><h2>Evidence</h2>')
        body.extend(_evidence(g, page) for g in result.groups)
        body.append("</section>")
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body><main>"
        + "".join(body)
        + "<footer>Written by reconcile. Every figure links to its quote and "
        "source; hover a chart mark for its details.</footer></main></body></html>\n"
    )
