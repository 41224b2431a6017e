"""Hostile input: the worst text we can build costs at most 3x ordinary news.

Every input goes through `reconcile.extract` (text in, claims out; ``published=``
given so no dateline work differs) at 0.25, 0.5 and 1 MB, so the growth per
doubling shows whether the cost is linear (about 2x). The 1 MB timings are
compared with 1 MB of ordinary news (the seeds repeated) timed right after each
input, so a drift in the machine's speed moves both alike, and a 10 MB single
line without a full stop is timed on its own. An input that raises is reported
as such: extraction must never raise on odd text.
"""

from __future__ import annotations

import itertools
import math
import string
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

from tabulate import tabulate

from benchmarks import corpus
from benchmarks.report import target
from benchmarks.timing import MB, Timing, megabytes
from reconcile.pipeline import extract

SIZES = {False: (MB // 4, MB // 2, MB), True: (1_000, 2_000, 4_000)}
PROBES = {False: (10_000, 20_000, 40_000), True: ()}
LONG_LINE = {False: 10 * MB, True: 20_000}
MAX_RUNS = 3
REPEAT_BUDGET_S = 20.0  # stop repeating a size once its runs took this long
BUDGET_S = 200.0  # a size projected to take longer (one run) is skipped
LONG_BUDGET_S = 300.0
ORDINARY = "ordinary news (seeds)"
ONE_LINE = "one line, no full stop"

Builder = Callable[[int], str]


def _cycle(unit: str) -> Builder:
    """A builder repeating ``unit`` to the size."""
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _joined(parts: Callable[[], Iterator[str]]) -> Builder:
    """A builder joining an endless stream of distinct parts up to the size."""

    def build(n: int) -> str:
        out: list[str] = []
        size = 0
        for part in parts():
            out.append(part)
            size += len(part)
            if size >= n:
                break
        return "".join(out)[:n]

    return build


def _seeds_text() -> str:
    return "\n\n".join(d.text for d in corpus.seed_documents()) + "\n\n"


def _one_line(n: int) -> str:
    text = _seeds_text().translate(str.maketrans("\n.!?", "    "))
    return _cycle(" ".join(text.split()) + " ")(n)


def _names() -> Iterator[str]:
    """Distinct capitalised unknown names: "Bavo Kelri said 12 soldiers ..."."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    for i, (a, b, c, d) in enumerate(itertools.product(syllables, repeat=4)):
        name = f"{(a + b).title()} {(c + d).title()}"
        yield f"{name} said {i % 900 + 2} soldiers were killed. "


def _urls() -> Iterator[str]:
    for i in itertools.count():
        yield (
            f"https://www.site{i % 977}.example.com/2026/04/{i % 28 + 1:02d}/"
            f"story-{i}.html?id={i * 7919} press{i}@agency{i % 97}.org "
        )


CLAIM = "According to Seoul, about 2,000 North Korean soldiers have been killed"

INPUTS: dict[str, Builder] = {
    ORDINARY: lambda n: _cycle(_seeds_text())(n),
    "digits 1111...": _cycle("1"),
    "digits with commas 1,2,3,...": _cycle("1,2,3,4,5,6,7,8,9,0,"),
    "thousands 1,000,000,...": lambda n: "1" + _cycle(",000")(n - 1),
    "spaced thousands 1 000 000 ...": lambda n: "1" + _cycle(" 000")(n - 1),
    "number list 1, 2, 3, ...": _joined(lambda: (f"{i}, " for i in itertools.count())),
    "separators , ; : - / ( )": _cycle(",;:-–—/()[]'\" , ,, --"),
    "whitespace runs": _cycle("   \t \n\n  \n \r\n    "),
    "hedges more than about ...": _cycle("more than about at least up to "),
    "between 1 and between 2 and ...": _joined(
        lambda: (f"between {i} and " for i in itertools.count(1))
    ),
    "number words one two hundred ...": _cycle("one two three hundred thousand "),
    "claim repeated, no full stops": _cycle(CLAIM + " "),
    "claim repeated, full stops": _cycle(CLAIM + ". "),
    "distinct names said ...": _joined(_names),
    "urls and emails": _joined(_urls),
    ONE_LINE: _one_line,
    "letters, no spaces": _cycle(string.ascii_letters),
}


def _time(text: str, runs: int) -> tuple[Timing | None, int, str | None]:
    """Median extraction time of ``text``; the error instead if it raises.

    Runs stop repeating once they took `REPEAT_BUDGET_S` (at least one run).
    """
    times: list[float] = []
    cpu: list[float] = []
    found = 0
    while len(times) < max(1, runs) and sum(times) < REPEAT_BUDGET_S:
        start, start_cpu = time.perf_counter(), time.process_time()
        try:
            found = len(extract(text, published=corpus.PUBLISHED))
        except Exception as err:  # the contract is never to raise: report it
            return None, 0, f"{type(err).__name__}: {err}"[:200]
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return Timing(tuple(times), tuple(cpu)), found, None


def _projected(points: list[dict[str, Any]], size: int) -> float | None:
    """Seconds ``size`` bytes would take, extrapolated from the last two points.

    The exponent is the one the last two points show, never below linear.
    """
    if not points:
        return None
    last = points[-1]
    exponent = 1.0
    if len(points) > 1:
        before = points[-2]
        exponent = max(1.0, _exponent(before, last))
    return float(last["seconds"]["median"] * (size / last["size"]) ** exponent)


def _exponent(a: dict[str, Any], b: dict[str, Any]) -> float:
    """The exponent k of time ~ size**k between two points (1: linear, 2: quadratic)."""
    ta, tb = a["seconds"]["median"], b["seconds"]["median"]
    if ta <= 0 or tb <= 0:
        return 1.0
    return math.log(tb / ta) / math.log(b["size"] / a["size"])


def _case(name: str, build: Builder, smoke: bool, runs: int) -> dict[str, Any]:
    """One input at the probe sizes, then every size; skip sizes projected too slow.

    The probes let a pathological input be caught (and its growth measured)
    before a 1 MB run that would take hours.
    """
    out: dict[str, Any] = {"input": name, "points": []}
    points: list[dict[str, Any]] = out["points"]
    ladder = [(s, True) for s in PROBES[smoke]] + [(s, False) for s in SIZES[smoke]]
    for size, is_probe in ladder:
        projected = _projected(points, size)
        if projected is not None and projected > BUDGET_S:
            out["skipped"] = f"{size // 1000} KB+ projected {projected:,.0f} s"
            break
        text = build(size)
        timing, found, error = _time(text, runs)
        if error is not None:
            out["error"] = error
            break
        assert timing is not None
        size_mb = megabytes([text])
        points.append(
            {
                "size": size,
                "bytes": len(text.encode("utf-8")),
                "probe": is_probe,
                "claims": found,
                "seconds": timing.to_dict(),
                "s_per_mb": timing.median / size_mb,
            }
        )
    out["growth_per_doubling"] = [
        {
            "from": a["size"],
            "to": b["size"],
            "growth": 2 ** _exponent(a, b),
        }
        for a, b in itertools.pairwise(points)
    ]
    if points:
        out["s_per_mb"] = points[-1]["s_per_mb"]
        out["measured_size"] = points[-1]["size"]
        out["claims"] = points[-1]["claims"]
    return out


def run(*, smoke: bool, runs: int) -> dict[str, Any]:
    """Every input at every size, then the 10 MB line."""
    runs = min(runs, MAX_RUNS)
    extract("Warm-up: about 2,000 soldiers were killed.", published=corpus.PUBLISHED)
    full = SIZES[smoke][-1]
    ordinary = INPUTS[ORDINARY](full)
    cases = []
    for name, build in INPUTS.items():
        print(f"  hostile: {name}", file=sys.stderr, flush=True)
        case = _case(name, build, smoke, runs)
        if name != ORDINARY and case.get("measured_size") == full:
            # this machine's speed drifts by tens of percent within minutes, so
            # each input is compared with ordinary news timed right after it
            beside, _, _ = _time(ordinary, runs)
            if beside is not None:
                case["ordinary_s_per_mb"] = beside.median / megabytes([ordinary])
        cases.append(case)
    base = cases[0].get("s_per_mb")
    for case in cases:
        ours = case.get("s_per_mb")
        yardstick = case.get("ordinary_s_per_mb", base)
        case["ratio"] = ours / yardstick if ours is not None and yardstick else None
    worst = max(cases, key=lambda c: c["ratio"] or 0.0)
    worst["worst"] = True
    print("  hostile: one long line without a full stop", file=sys.stderr)
    one_line = next(c for c in cases if c["input"] == ONE_LINE)
    long_line = _long_line(one_line["points"], smoke, runs)
    failed = [c["input"] for c in cases if "error" in c or "skipped" in c]
    return {
        "sizes": SIZES[smoke],
        "cases": cases,
        "long_line": long_line,
        "targets": [
            target(
                f"hostile worst / ordinary ({worst['input']})",
                worst["ratio"],
                3,
                at_least=False,
                unit="x",
            ),
            target(
                "hostile inputs not read to 1 MB (raised or too slow)",
                len(failed),
                0,
                at_least=False,
            ),
        ],
    }


def _long_line(points: list[dict[str, Any]], smoke: bool, runs: int) -> dict[str, Any]:
    """The long single line, unless it is projected to take too long."""
    size = LONG_LINE[smoke]
    points = [p for p in points if not p["probe"]]
    projected = _projected(points, size)
    out: dict[str, Any] = {"bytes": size, "projected_s": projected}
    if projected is not None and projected > LONG_BUDGET_S:
        out["error"] = f"skipped: projected {projected:,.0f} s"
        return out
    text = _one_line(size)
    timing, found, error = _time(text, 1 if not smoke else runs)
    out["claims"] = found
    if error is not None or timing is None:
        out["error"] = error
        return out
    out["seconds"] = timing.to_dict()
    out["s_per_mb"] = timing.median / megabytes([text])
    return out


def _kb(size: int) -> str:
    return f"{size / 1000:g}K"


def render(section: dict[str, Any]) -> str:
    """One row per input, the worst marked, then the long line."""
    full = section["sizes"][-1]
    rows = []
    for case in section["cases"]:
        pairs = case["growth_per_doubling"]
        main = [g for g in pairs if g["from"] * 4 >= full]
        growth = ", ".join(
            f"{_kb(g['from'])}>{_kb(g['to'])} {g['growth']:.2f}x"
            for g in (main if len(main) >= 2 else pairs)
        )
        partial = case.get("measured_size", full) < full
        at = f" (at {_kb(case['measured_size'])})" if partial else ""
        note = case.get("error") or case.get("skipped") or ""
        per_claim = "-"
        if case.get("claims") and "seconds" in case["points"][-1]:
            seconds = case["points"][-1]["seconds"]["median"]
            per_claim = f"{seconds / case['claims'] * 1e3:.3f}"
        rows.append(
            [
                case["input"] + ("  <== worst" if case.get("worst") else ""),
                "-" if "s_per_mb" not in case else f"{case['s_per_mb']:.3f}{at}",
                "-"
                if case.get("ratio") is None
                else f"{'>=' if partial else ''}{case['ratio']:.2f}x",
                growth or "-",
                case.get("claims", "-"),
                per_claim,
                note,
            ]
        )
    table = tabulate(
        rows,
        headers=[
            f"input ({_kb(full)}B)",
            "s/MB",
            "vs ordinary timed after it",
            "growth per doubling",
            "claims",
            "ms/claim",
            "note",
        ],
    )
    line = section["long_line"]
    if "error" in line:
        long_line = f"{line['bytes'] / MB:g} MB single line: {line['error']}"
    else:
        long_line = (
            f"{line['bytes'] / MB:g} MB single line without a full stop: "
            f"{line['seconds']['median']:.2f} s, {line['s_per_mb']:.3f} s/MB, "
            f"{line['claims']} claims"
        )
    legend = (
        "growth per doubling: time(2n)/time(n), ~2x when linear; a size projected "
        f"to take over {BUDGET_S:.0f} s is skipped\n"
        "(growth between sizes that are not a doubling apart is scaled to one)"
    )
    return f"{table}\n{long_line}\n{legend}"
