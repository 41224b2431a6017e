"""Reconciliation scale: `reconcile.reconcile` from 10^3 to 10^6 claims.

Each size runs in a fresh process (``python -m benchmarks.reconciliation --size N``
prints one JSON line), so sizes share no memory and the child's peak RSS is its
own. Claims come from a fast deterministic generator (`generate_claims`): many
groups of 1-50 claims over 50 subjects, both measure families and the gazetteer's
places, plus one group holding a tenth of all claims; dates over three years,
mixed qualifiers, echoes, revisions, undated claims, claimants from a list.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import json
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import attrs
from tabulate import tabulate

from benchmarks.report import seconds, spread, target
from benchmarks.timing import Timing, peak_rss_mb, run_child
from reconcile.lexicon import default_lexicon
from reconcile.model import Claim, Qualifier, Source, claim_id
from reconcile.reconciler import reconcile

ROOT = Path(__file__).resolve().parents[1]
SIZES = {False: (10**3, 10**4, 10**5, 10**6), True: (10**2, 10**3)}
TIMEOUT_S = 600
RUN_BUDGET_S = 90.0  # stop repeating a size once its runs took this long
# ... and repeat it until they took at least this long: the small sizes take a
# fraction of a second, and the median of five such runs moved their growth per
# tenfold by 2x between runs of the benchmark
MIN_TIMED_S = {False: 5.0, True: 0.0}
SEED = 2026

SUBJECTS = (
    "Russia", "Ukraine", "North Korea", "Belarus", "Israel", "Hamas", "Hezbollah",
    "Iran", "Syria", "Yemen", "Houthis", "Sudan", "Rapid Support Forces",
    "South Sudan", "Ethiopia", "Eritrea", "Somalia", "al-Shabaab", "Nigeria",
    "Boko Haram", "Mali", "Burkina Faso", "Niger", "Chad", "Cameroon", "DR Congo",
    "M23", "Rwanda", "Libya", "Egypt", "Iraq", "Turkey", "Armenia", "Azerbaijan",
    "Georgia", "Afghanistan", "Pakistan", "India", "Myanmar", "Arakan Army",
    "Colombia", "Mexico", "Haiti", "Lebanon", "Jordan", "Saudi Arabia",
    "United States", "United Kingdom", "France", "Wagner Group",
)  # fmt: skip
CLAIMANTS = (
    None, None, None, "Ukraine", "Russia", "United States", "United Kingdom",
    "South Korea", "Israel", "United Nations", "ISW", "ACLED", "Airwars",
    "Amnesty International", "Hamas", "Iran",
)  # fmt: skip
PUBLISHERS = (
    "Reuters", "Associated Press", "AFP", "BBC", "Al Jazeera", "The Moscow Times",
    "Kyiv Independent", "Yonhap", "The Guardian", "Anadolu Agency",
)  # fmt: skip
FAMILIES = {
    "casualties": ("killed", "killed", "wounded", "casualties", "captured", "missing"),
    "deployed": ("deployed", "deployed", "reinforcement"),
}
SHARE = {"killed": 0.3, "wounded": 0.6, "casualties": 1.0, "captured": 0.05}
QUALIFIERS = (
    ("exact", 30), ("approximate", 30), ("more_than", 10), ("at_least", 10),
    ("at_most", 5), ("less_than", 5), ("range", 5), ("vague", 5),
)  # fmt: skip
HEDGES = {
    "approximate": "about ",
    "more_than": "more than ",
    "at_least": "at least ",
    "at_most": "up to ",
    "less_than": "fewer than ",
}
VAGUE = (("dozens", 24, 99), ("hundreds", 100, 999), ("thousands", 1000, 9999))
FIRST_DAY = dt.date(2023, 1, 1)
DAYS = 3 * 365


def _round(value: float) -> int:
    """Round to two significant figures, as news does."""
    value = max(1.0, value)
    digits = len(str(int(value))) - 2
    return max(1, int(round(value, -digits)) if digits > 0 else round(value))


def _as_of(rng: random.Random, day: dt.date) -> str | None:
    r = rng.random()
    if r < 0.10:
        return None
    if r < 0.17:
        return day.isoformat()[:7]
    if r < 0.20:
        return str(day.year)
    return day.isoformat()


def _cluster(
    rng: random.Random,
    serial: int,
    size: int,
    subject: str,
    family: str,
    place: str | None,
) -> list[Claim]:
    """Claims about one thing: a subject's counts of one family in one place."""
    base = 10 ** rng.uniform(1, 4.5)
    growth = rng.uniform(0.0, 3.0)
    qualifiers, weights = zip(*QUALIFIERS, strict=True)
    out: list[Claim] = []
    for j in range(size):
        doc = f"d{serial}_{j}"
        r = rng.random()
        if out and r < 0.10:  # echo: the same statement in another outlet
            said = rng.choice(out)
            out.append(
                attrs.evolve(
                    said,
                    id=claim_id(doc, *said.span, said.measure),
                    doc=doc,
                    source=Source(
                        publisher=rng.choice(PUBLISHERS),
                        published=said.source.published,
                    ),
                )
            )
            continue
        revised = out and r < 0.15  # revision: a claimant changes its own figure
        prev = rng.choice(out) if revised else None
        measure = prev.measure if prev else rng.choice(FAMILIES[family])
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        as_of = prev.as_of if prev else _as_of(rng, day)
        truth = base * (1 + growth * (day - FIRST_DAY).days / DAYS)
        value = _round(truth * SHARE.get(measure, 1.0) * rng.uniform(0.8, 1.25))
        qualifier = str(prev.qualifier) if prev else rng.choices(qualifiers, weights)[0]
        low: int | None = value
        high: int | None = value
        if qualifier in ("more_than", "at_least"):
            high = None
        elif qualifier in ("at_most", "less_than"):
            low = None
        if qualifier == "range":
            high = _round(value * rng.uniform(1.1, 1.5))
            figure = f"between {value:,} and {high:,}"
        elif qualifier == "vague":
            figure, low, high = rng.choice(VAGUE)
        else:
            figure = HEDGES.get(qualifier, "") + f"{value:,}"
        claimant = prev.claimant if prev else rng.choice(CLAIMANTS)
        publisher = prev.source.publisher if prev else rng.choice(PUBLISHERS)
        quote = f"{figure} {subject} soldiers {measure}"
        start = rng.randrange(5000)
        out.append(
            Claim(
                id=claim_id(doc, start, start + len(quote), measure),
                doc=doc,
                span=(start, start + len(quote)),
                quote=quote,
                figure=figure,
                measure=measure,
                low=low,
                high=high,
                qualifier=Qualifier(qualifier),
                increment=measure == "killed" and rng.random() < 0.05,
                subject=subject,
                claimant=claimant,
                claimant_text=claimant,
                as_of=as_of,
                location=place if rng.random() < 0.8 else None,
                source=Source(
                    publisher=publisher,
                    published=day + dt.timedelta(days=rng.randrange(4)),
                ),
            )
        )
    return out


def generate_claims(n: int, seed: int = SEED) -> list[Claim]:
    """``n`` claims: one group of ``n // 10`` and many groups of 1-50.

    >>> len(generate_claims(100))
    100
    """
    rng = random.Random(seed)
    places = sorted(default_lexicon().places)
    claims = _cluster(rng, 0, n // 10, "North Korea", "casualties", "Kursk")
    serial = 1
    while len(claims) < n:
        size = min(rng.randint(1, 50), n - len(claims))
        family = rng.choice(("casualties", "casualties", "deployed"))
        place = rng.choice(places) if rng.random() < 0.9 else None
        claims += _cluster(rng, serial, size, rng.choice(SUBJECTS), family, place)
        serial += 1
    return claims


def measure_size(n: int, runs: int, min_seconds: float = 0.0) -> dict[str, Any]:
    """Generate ``n`` claims and time `reconcile.reconcile` on them, in this process.

    At least ``runs`` runs, and more until they took ``min_seconds`` in all (within
    `RUN_BUDGET_S`).
    """
    start = time.perf_counter()
    claims = generate_claims(n)
    generated_s = time.perf_counter() - start
    reconcile(generate_claims(200, seed=SEED + 1))  # warm-up
    gc.collect()
    input_mb = peak_rss_mb()
    times: list[float] = []
    cpu: list[float] = []
    result = None
    while sum(times) < RUN_BUDGET_S and (
        len(times) < max(1, runs) or sum(times) < min_seconds
    ):
        result = None
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        result = reconcile(claims)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    assert result is not None
    sizes = [len(g.claims) for g in result.groups]
    return {
        "claims": n,
        "status": "ok",
        "generated_s": generated_s,
        "seconds": Timing(tuple(times), tuple(cpu)).to_dict(),
        "input_rss_mb": input_mb,
        "peak_rss_mb": peak_rss_mb(),
        "groups": len(sizes),
        "largest_group": max(sizes),
        "median_group": statistics.median(sizes),
        "findings": len(result.findings),
        "consensus": len(result.consensus),
        "verdicts": dict(Counter(str(f.verdict) for f in result.findings)),
    }


def _child(n: int, runs: int, min_seconds: float) -> dict[str, Any]:
    """Run one size in a fresh interpreter; report a timeout or a crash as such."""
    command = [sys.executable, "-m", "benchmarks.reconciliation", "--size", str(n)]
    done = run_child(
        [*command, "--runs", str(runs), "--min-seconds", str(min_seconds)],
        cwd=ROOT,
        timeout=TIMEOUT_S,
    )
    if isinstance(done, str):
        return {"claims": n, "status": done}
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run(*, smoke: bool, runs: int) -> dict[str, Any]:
    """Every size in its own process, then the growth per tenfold."""
    sizes: list[dict[str, Any]] = []
    for n in SIZES[smoke]:
        print(f"  reconciliation: {n:,} claims", file=sys.stderr)
        sizes.append(_child(n, runs, MIN_TIMED_S[smoke]))
    for smaller, larger in itertools.pairwise(sizes):
        if "seconds" in smaller and "seconds" in larger:
            small, large = smaller["seconds"]["median"], larger["seconds"]["median"]
            larger["growth"] = large / small if small else None
    return {"sizes": sizes, "targets": _targets(sizes)}


def _targets(sizes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    top = sizes[-1]
    label = f"{top['claims']:.0e}".replace("e+0", "e")
    growth = [s["growth"] for s in sizes if s.get("growth") is not None]
    timed = "seconds" in top
    return [
        target(
            f"reconcile {label} claims: seconds",
            top["seconds"]["median"] if timed else None,
            30,
            at_least=False,
            unit=" s",
        ),
        target(
            f"reconcile {label} claims: peak RSS",
            top["peak_rss_mb"] / 1000 if timed else None,
            2,
            at_least=False,
            unit=" GB",
        ),
        target(
            "reconcile growth per tenfold (worst)",
            max(growth) if growth else None,
            12,
            at_least=False,
            unit="x",
        ),
    ]


def render(section: dict[str, Any]) -> str:
    """One row per size."""
    rows = []
    for s in section["sizes"]:
        if "seconds" not in s:
            rows.append([f"{s['claims']:,}", s["status"]] + ["-"] * 7)
            continue
        rows.append(
            [
                f"{s['claims']:,}",
                seconds(s["seconds"]["median"]),
                spread(s["seconds"]),
                "-" if s.get("growth") is None else f"{s['growth']:.1f}x",
                f"{s['peak_rss_mb']:,.0f}",
                f"{s['input_rss_mb']:,.0f}",
                f"{s['groups']:,}",
                f"{s['largest_group']:,} / {s['median_group']:g}",
                f"{s['findings']:,}",
            ]
        )
    table = tabulate(
        rows,
        headers=[
            "claims",
            "s",
            "spread",
            "growth/10x",
            "peak MB",
            "input MB",
            "groups",
            "largest / median",
            "findings",
        ],
    )
    note = (
        "  peak MB: the child's peak RSS; input MB: its RSS once the claims "
        "were generated (before reconciling)"
    )
    return table + "\n" + note


def main() -> None:
    """Child entry point: one size, one JSON line on stdout."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--min-seconds", type=float, default=0.0)
    args = parser.parse_args()
    print(json.dumps(measure_size(args.size, args.runs, args.min_seconds)))


if __name__ == "__main__":
    main()
