r"""No regular expression of the package can backtrack catastrophically.

A static audit. The patterns come from three places:

- every module-level ``re.Pattern`` of every ``reconcile`` module (also inside a
  module-level tuple, list, dict or set);
- patterns built at run time from lexicon data, collected as compiled objects:
  the figure scanner's anchor (``default_lexicon().amounts.anchor``) and the
  dateline pattern of ``reconcile.documents``;
- string literals passed as the pattern to ``re.compile``, ``re.match``,
  ``re.search``, ``re.finditer``, ``re.fullmatch`` or ``re.sub`` (found with
  ``ast``). In ``r"\b" + re.escape(name) + r"\b"`` the escaped part is replaced
  by a plain literal, since an escaped string is one.

Each pattern is parsed with ``re._parser`` (``sre_parse`` before Python 3.11) and
two shapes are flagged:

1. **Nested quantifiers**, the ``(a+)+`` shape: inside a repeat whose maximum is
   unbounded (or above 1,000), a part whose length varies (a repeat such as
   ``\w+``, ``\w{1,5000}`` or ``a?``, or an alternation of branches of unequal
   length), unless the outer repeat's body has a *separator*: a required item,
   beside that part at some level between the two, that shares no character
   with it. ``\d+(?:[.,]\d+)*`` is safe because each round must start with ``.``
   or ``,``, which ``\d+`` cannot eat; ``(\w+\s?)*`` is flagged because ``\s?``
   may be skipped. This is wider than "an unbounded repeat in an unbounded
   repeat", because ``(a{1,2})*`` and ``(a|aa)*`` are exponential too.
2. **Ambiguous alternation**, the ``(a|a)*`` shape: an alternation inside an
   unbounded repeat where two branches can start with the same character, or
   can both match the empty string (the parser turns ``(a|a)`` into
   ``a(?:|)``).

Limits of the heuristic:

- Characters are compared on a sample alphabet (ASCII and a few non-ASCII
  letters, digits, spaces and dashes), not on all of Unicode.
- Rule 2 looks at first characters only. Branches that start alike but never
  match the same text (``\wb|ac``) are flagged anyway, and overlaps that begin
  after a first character that differs are missed. Single characters (``\d|\w``)
  and common prefixes (``ab|ac``) are merged by the parser and so never flagged,
  rightly: they do not backtrack.
- Polynomial backtracking is no exponential shape and is not flagged: adjacent
  overlapping repeats (``\s*,?\s*``) and a greedy run retried from each start
  of a ``.search``. The tripwire below catches it on long runs.
- Patterns built inside functions from variables, such as the acronym pattern of
  ``reconcile.claims``, are only seen when ``_runtime_patterns`` lists them.

The second test is a tripwire, not a benchmark. Each pattern runs ``.search`` on
adversarial strings of about 20,000 characters (runs of digits, spaces, commas,
letters, dots, ``"a" * n + "!"``), and every call must take under one second: a
linear search takes milliseconds. Times are measured with ``time.perf_counter``
in a child process, which is stopped when a call passes the bound, so a hopeless
pattern costs one second instead of hanging the run (no ``signal.alarm``). The
patterns that are quadratic or worse on such runs today are listed in
``_SUPERLINEAR`` and marked as expected failures.
"""

from __future__ import annotations

import ast
import functools
import importlib
import json
import math
import pkgutil
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

import pytest

import reconcile

try:
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

PACKAGE = Path(reconcile.__file__).parent
UNBOUNDED = sre_constants.MAXREPEAT
LARGE = 1_000
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT}
if hasattr(sre_constants, "POSSESSIVE_REPEAT"):  # 3.11+: never backtracks
    _POSSESSIVE = {sre_constants.POSSESSIVE_REPEAT}
else:  # pragma: no cover
    _POSSESSIVE = set()
_CALLS = {"compile", "match", "search", "finditer", "fullmatch", "sub"}
# the position of the flags argument of each call
_FLAGS_AT = {
    "compile": 1,
    "match": 2,
    "search": 2,
    "finditer": 2,
    "fullmatch": 2,
    "sub": 4,
}
ALPHABET = frozenset(
    [chr(c) for c in range(128)]
    + list("\u00a0\u2009\u202f\u2013\u2014\u2019\u201d\u00e9\u00c9\u0416\u0663\u00b7")
)


class Found(NamedTuple):
    """A pattern of the package and where it comes from."""

    where: str  # a module attribute, a run-time source, or file:line
    pattern: str
    flags: int
    name: str  # a stable id: ``where`` without the line number

    @classmethod
    def of(cls, where: str, compiled: re.Pattern[str]) -> Found:
        """A compiled pattern found at ``where``."""
        return cls(where, compiled.pattern, compiled.flags, where)


# ------------------------------------------------------------------ collecting


def _modules() -> Iterator[Any]:
    yield reconcile
    for info in pkgutil.walk_packages(reconcile.__path__, "reconcile."):
        yield importlib.import_module(info.name)


def _compiled_in(value: object) -> list[re.Pattern[str]]:
    """The patterns a module-level value is or holds (one level deep)."""
    if isinstance(value, dict):
        value = list(value.values())
    items = value if isinstance(value, tuple | list | set | frozenset) else [value]
    return [item for item in items if isinstance(item, re.Pattern)]


def _module_patterns() -> list[Found]:
    return [
        Found.of(f"{module.__name__}.{name}", compiled)
        for module in _modules()
        for name, value in vars(module).items()
        for compiled in _compiled_in(value)
    ]


def _runtime_patterns() -> list[Found]:
    """Patterns compiled at run time from lexicon data."""
    from reconcile import documents

    lexicon = reconcile.default_lexicon()
    compiled = {
        "default_lexicon().amounts.anchor": lexicon.amounts.anchor,
        "reconcile.documents date pattern": documents._patterns_of(lexicon).value,
    }
    return [Found.of(where, pattern) for where, pattern in compiled.items()]


def _flags_of(node: ast.expr | None) -> int | None:
    """The value of ``re.I | re.VERBOSE``-style flags, None if not literal."""
    if node is None:
        return 0
    if (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "re"
    ):
        return int(getattr(re, node.attr))
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        left, right = _flags_of(node.left), _flags_of(node.right)
        return None if left is None or right is None else left | right
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    return None


def _literal_of(node: ast.expr) -> str | None:
    """The pattern text of a literal, or of literals joined with re.escape()."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal_of(node.left), _literal_of(node.right)
        return None if left is None or right is None else left + right
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "escape"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
    ):
        return "escaped"
    return None


def _literal_calls() -> tuple[list[Found], list[str]]:
    """Literal patterns passed to re.*() in the source, and the calls skipped."""
    found: list[Found] = []
    skipped: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in _CALLS
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.args
            ):
                continue
            relative = path.relative_to(PACKAGE.parent).as_posix()
            where = f"{relative}:{node.lineno}"
            at = _FLAGS_AT[node.func.attr]
            flag_node = node.args[at] if len(node.args) > at else None
            for keyword in node.keywords:
                if keyword.arg == "flags":
                    flag_node = keyword.value
            text, flags = _literal_of(node.args[0]), _flags_of(flag_node)
            if text is None or flags is None:
                skipped.append(where)
            else:
                found.append(Found(where, text, flags, f"{relative} {text}"))
    return found, skipped


@functools.cache
def all_patterns() -> list[Found]:
    """Every pattern the audit checks, each once (by text and flags)."""
    seen: dict[tuple[str, int], Found] = {}
    for found in _module_patterns() + _runtime_patterns() + _literal_calls()[0]:
        key = (found.pattern, re.compile(found.pattern, found.flags).flags)
        seen.setdefault(key, found)
    return list(seen.values())


# ------------------------------------------------------------------- analysing


class _Checker:
    """Walk one parsed pattern and list its risky shapes."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.parsed = sre_parse.parse(pattern, flags)
        self.flags = self.parsed.state.flags
        self.problems: list[str] = []

    # characters ---------------------------------------------------------
    def _in_set(self, items: list[tuple[Any, Any]], ignore: bool) -> frozenset[str]:
        c = sre_constants
        negate = False
        out: set[str] = set()
        for op, av in items:
            if op is c.NEGATE:
                negate = True
            elif op is c.LITERAL:
                out.add(chr(av))
            elif op is c.RANGE:
                out.update(ch for ch in ALPHABET if av[0] <= ord(ch) <= av[1])
            elif op is c.CATEGORY:
                out.update(_category(av))
            else:  # CHARSET, BIGCHARSET after optimisation: assume anything
                out.update(ALPHABET)
        if ignore:
            out.update({ch.lower() for ch in out} | {ch.upper() for ch in out})
        chars = frozenset(ch for ch in out if ch in ALPHABET)
        return ALPHABET - chars if negate else chars

    def _node_chars(
        self, op: Any, av: Any, ignore: bool, first: bool
    ) -> tuple[frozenset[str], bool]:
        """Characters an item can consume (first only: can start with).

        Returns the characters and whether the item can match the empty string.
        """
        c = sre_constants
        if op is c.LITERAL:
            chars = {chr(av)}
            if ignore:
                chars |= {chr(av).lower(), chr(av).upper()}
            return frozenset(chars), False
        if op is c.NOT_LITERAL:
            return ALPHABET - {chr(av)}, False
        if op is c.ANY:
            dotall = self.flags & re.DOTALL
            return (ALPHABET if dotall else ALPHABET - {"\n"}), False
        if op is c.IN:
            return self._in_set(av, ignore), False
        if op in _REPEATS or op in _POSSESSIVE:
            chars, empty = self._seq_chars(av[2], ignore, first)
            return chars, empty or av[0] == 0
        if op is c.SUBPATTERN:
            _group, add, delete, sub = av
            inner = (ignore or bool(add & re.IGNORECASE)) and not (
                delete & re.IGNORECASE
            )
            return self._seq_chars(sub, inner, first)
        if op is c.ATOMIC_GROUP:
            return self._seq_chars(av, ignore, first)
        if op is c.BRANCH:
            chars: set[str] = set()
            empty = False
            for alt in av[1]:
                alt_chars, alt_empty = self._seq_chars(alt, ignore, first)
                chars |= alt_chars
                empty = empty or alt_empty
            return frozenset(chars), empty
        if op is c.GROUPREF_EXISTS:
            _group, yes, no = av
            yes_chars, yes_empty = self._seq_chars(yes, ignore, first)
            if no is None:
                return yes_chars, True
            no_chars, no_empty = self._seq_chars(no, ignore, first)
            return yes_chars | no_chars, yes_empty or no_empty
        if op is c.GROUPREF:
            return ALPHABET, True
        # AT (anchors), ASSERT, ASSERT_NOT: zero width
        return frozenset(), True

    def _seq_chars(
        self, seq: Any, ignore: bool, first: bool
    ) -> tuple[frozenset[str], bool]:
        """Characters a sequence can consume (or start with), and if it can be empty."""
        chars: set[str] = set()
        empty = True
        for op, av in seq:
            item_chars, item_empty = self._node_chars(op, av, ignore, first)
            chars |= item_chars
            empty = empty and item_empty
            if first and not empty:
                break
        return frozenset(chars), empty

    # walking ------------------------------------------------------------
    def check(self) -> list[str]:
        self._walk(self.parsed, bool(self.flags & re.IGNORECASE), outer=None)
        return self.problems

    def _walk(self, seq: Any, ignore: bool, outer: Any) -> None:
        """Visit ``seq``; ``outer`` is the innermost enclosing unbounded repeat."""
        c = sre_constants
        for op, av in seq:
            if op in _REPEATS:
                low, high, body = av
                if outer is not None and low != high:
                    self._nested(outer, (op, av), ignore)
                inner_outer = outer
                if high is UNBOUNDED or high > LARGE:
                    inner_outer = (op, av, ignore)
                self._walk(body, ignore, inner_outer)
            elif op in _POSSESSIVE or op is c.ATOMIC_GROUP:
                continue  # no backtracking into it
            elif op is c.SUBPATTERN:
                _group, add, delete, sub = av
                inner = (ignore or bool(add & re.IGNORECASE)) and not (
                    delete & re.IGNORECASE
                )
                self._walk(sub, inner, outer)
            elif op is c.BRANCH:
                if outer is not None:
                    self._branches(av[1], ignore)
                    widths = {self._width(alt) for alt in av[1]}
                    if len(widths) > 1 or any(lo != hi for lo, hi in widths):
                        self._nested(outer, (op, av), ignore)
                for alt in av[1]:
                    self._walk(alt, ignore, outer)
            elif op is c.GROUPREF_EXISTS:
                _group, yes, no = av
                self._walk(yes, ignore, outer)
                if no is not None:
                    self._walk(no, ignore, outer)
            elif op in (c.ASSERT, c.ASSERT_NOT):
                self._walk(av[1], ignore, outer)

    def _width(self, seq: Any) -> tuple[int, int]:
        low, high = sre_parse.SubPattern(self.parsed.state, seq).getwidth()
        return low, high

    def _branches(self, alts: list[Any], ignore: bool) -> None:
        starts = [self._seq_chars(alt, ignore, first=True) for alt in alts]
        for i, (left, left_empty) in enumerate(starts):
            for right, right_empty in starts[i + 1 :]:
                if left & right or (left_empty and right_empty):
                    shared = "".join(sorted(left & right))[:10] or "empty string"
                    self.problems.append(
                        "alternation inside an unbounded repeat: two branches "
                        f"can start alike ({shared!r})"
                    )
                    return

    def _nested(self, outer: Any, inner: tuple[Any, Any], ignore: bool) -> None:
        _op, (_low, _high, body), outer_ignore = outer
        inner_chars, _ = self._node_chars(*inner, ignore, first=False)
        path = _path_to(body, inner)
        assert path is not None
        for seq, index in path:
            for k, (op, av) in enumerate(seq):
                if k == index:
                    continue
                chars, empty = self._node_chars(op, av, outer_ignore, first=False)
                if not empty and not chars & inner_chars:
                    return  # a required separator the inner repeat cannot eat
        self.problems.append(
            "nested quantifiers: an unbounded repeat holds a part of varying "
            "length and no required separator between rounds"
        )


def _children(op: Any, av: Any) -> list[Any]:
    c = sre_constants
    if op in _REPEATS or op in _POSSESSIVE:
        return [av[2]]
    if op is c.SUBPATTERN:
        return [av[3]]
    if op is c.ATOMIC_GROUP:
        return [av]
    if op is c.BRANCH:
        return list(av[1])
    if op is c.GROUPREF_EXISTS:
        return [s for s in av[1:] if s is not None]
    if op in (c.ASSERT, c.ASSERT_NOT):
        return [av[1]]
    return []


def _path_to(seq: Any, target: tuple[Any, Any]) -> list[tuple[Any, int]] | None:
    """The sequences and indexes leading from ``seq`` down to ``target``."""
    for index, (op, av) in enumerate(seq):
        if op is target[0] and av is target[1]:
            return [(seq, index)]
        for child in _children(op, av):
            rest = _path_to(child, target)
            if rest is not None:
                return [(seq, index), *rest]
    return None


def _category(name: Any) -> set[str]:
    c = sre_constants
    tests = {
        c.CATEGORY_DIGIT: str.isdecimal,
        c.CATEGORY_SPACE: str.isspace,
        c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
        c.CATEGORY_LINEBREAK: lambda ch: ch == "\n",
    }
    negated = {
        c.CATEGORY_NOT_DIGIT: c.CATEGORY_DIGIT,
        c.CATEGORY_NOT_SPACE: c.CATEGORY_SPACE,
        c.CATEGORY_NOT_WORD: c.CATEGORY_WORD,
        c.CATEGORY_NOT_LINEBREAK: c.CATEGORY_LINEBREAK,
    }
    if name in negated:
        return set(ALPHABET) - _category(negated[name])
    test = tests.get(name)
    return {ch for ch in ALPHABET if test(ch)} if test else set(ALPHABET)


def risks(pattern: str, flags: int = 0) -> list[str]:
    """The risky shapes of one pattern (empty when none is found)."""
    return _Checker(pattern, flags).check()


# ----------------------------------------------------------------------- tests


@pytest.mark.parametrize(
    ("pattern", "is_risky"),
    [
        # risky: exponential on a long run that fails at the end
        (r"(a+)+$", True),
        (r"(?:\w+\s?)*$", True),
        (r"(?:\w{1,5000})*$", True),
        (r"(a{1,2})*$", True),
        (r"(a|aa)*$", True),
        (r"(a|a)*$", True),
        (r"(?:\wb|ab)*$", True),
        (r"(?:[a-z]+|[A-Z]+)*$", True),
        # safe: a separator between rounds, fixed rounds, or a character set
        (r"\d+(?:[.,]\d+)*", False),
        (r"(?:\w+\s)*$", False),
        (r"(?:,\w{1,5000})*", False),
        (r"\d{1,3}(?:,\d{3})+", False),
        (r"(?:ab|cd)*", False),
        (r"(?:\d|\w)*!", False),
        (r"(?:[a-z]|[A-Z])*", False),
    ],
)
def test_the_audit_tells_risky_shapes(pattern: str, is_risky: bool) -> None:
    """The audit flags the textbook shapes and passes their safe relatives."""
    assert is_risky == bool(risks(pattern))


def test_patterns_are_collected() -> None:
    """The audit sees module-level, run-time and literal patterns."""
    found = all_patterns()
    wheres = {f.where for f in found}
    literal, skipped = _literal_calls()
    assert (True, True, True, True) == (
        "reconcile.text._TOKEN" in wheres,
        "default_lexicon().amounts.anchor" in wheres,
        any(f.where.startswith("reconcile/mentions.py:") for f in literal),
        len(found) > 20,
    ), skipped


def test_no_pattern_can_backtrack_catastrophically() -> None:
    """No pattern of the package has nested quantifiers or ambiguous alternation."""
    risky = [
        f"{found.where}: {problem}: {found.pattern!r}"
        for found in all_patterns()
        for problem in risks(found.pattern, found.flags)
    ]
    assert [] == risky


_ADVERSARIAL = {
    "digits": "1" * 20_000,
    "digits!": "1" * 20_000 + "!",
    "spaces": " " * 20_000,
    "spaces!": " " * 20_000 + "!",
    "commas": "," * 20_000,
    "letters": "a" * 20_000,
    "letters!": "a" * 20_000 + "!",
    "capitals": "A" * 20_000 + "!",
    "digit-comma": "1," * 10_000 + "!",
    "digit-space": "1 " * 10_000 + "!",
    "word-space": "a " * 10_000 + "!",
    "word-dot": "a." * 10_000 + "!",
    "dots": "." * 20_000 + "a",
    "dashes": "-" * 20_000 + "!",
}
BOUND = 1.0  # seconds per search: generous for any linear pattern
STARTUP = 30.0  # seconds a child interpreter may take to start

# The child process runs the searches, so a hopeless one can be stopped at BOUND
# (a search cannot be interrupted in-process without signals).
_CHILD = """
import json, re, sys, time
pattern, flags, texts = json.load(sys.stdin)
compiled = re.compile(pattern, flags)
print("ready", 0, flush=True)
for name, text in texts.items():
    start = time.perf_counter()
    compiled.search(text)
    print(name, time.perf_counter() - start, flush=True)
"""


def search_times(pattern: str, flags: int) -> dict[str, float]:
    """Seconds each adversarial search takes; ``inf`` once one is stopped at BOUND."""
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None
    assert child.stdout is not None
    lines: queue.Queue[str | None] = queue.Queue()
    threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True).start()
    child.stdin.write(json.dumps([pattern, flags, _ADVERSARIAL]))
    child.stdin.close()
    times: dict[str, float] = {}
    try:
        assert lines.get(timeout=STARTUP) is not None, "the child did not start"
        for name in _ADVERSARIAL:
            try:
                line = lines.get(timeout=BOUND)
            except queue.Empty:
                times[name] = math.inf
                break
            assert line is not None, "the child ended early"
            key, seconds = line.split()
            times[key] = float(seconds)
    finally:
        child.kill()
        child.wait()
    return times


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


# Fixed after this tripwire found them (each was quadratic: a greedy run retried
# from every start position): documents._START_ISO, _PAREN_BYLINE, _BYLINE_SPLIT,
# _SPAN and the date pattern, text._BOUNDARY (reachable through extract: a run of
# 20,000 dots took 8 s), text._WORD_BEFORE (since replaced by string methods)
# and a phone-number pattern in mentions.py. Their repeats are now bounded or
# start only once per run.


def _tripwire_params() -> list[Any]:
    return [pytest.param(found, id=found.name) for found in all_patterns()]


@pytest.mark.parametrize("found", _tripwire_params())
def test_adversarial_text_is_searched_quickly(found: Found) -> None:
    """A tripwire, not a benchmark: each search of 20,000 hostile characters < 1 s."""
    times = search_times(found.pattern, found.flags)
    slow = {name: seconds for name, seconds in times.items() if seconds >= BOUND}
    assert ({}, len(_ADVERSARIAL)) == (slow, len(times)), found.where
