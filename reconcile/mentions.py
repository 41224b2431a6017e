"""Find number phrases in text: text -> `Mention`.

The scanner anchors on a digit or a number word, reads the number expression
forward ("twenty-five thousand", "1.5 million", "10 to 12 thousand"), looks back
for a hedge ("more than", "about") and forward for a tail ("or more"), and drops
numbers that do not count anything: years, dates, times, ages, ordinals,
percentages, money, measurements, labels ("Article 4"), phone and url numbers.

Every look-around is bounded (a few tokens, a few dozen characters) and the scan
only moves forward, so the cost is linear in the length of the text. No regular
expression here has nested unbounded repetition.
"""

from __future__ import annotations

import bisect
import operator
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Generic, NamedTuple, TypeVar

from reconcile._gc import collector_paused
from reconcile.lexicon import Amounts, Lexicon, default_lexicon, word_alternation
from reconcile.model import Mention
from reconcile.text import Token, normalize, tokenize

__all__ = ["find_mentions"]

_LOCAL = re.compile(
    r"""
      (?P<num>
          \d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)                       # 12,000  1,234.5
        | \d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)(?![.,]\d)   # 12 000
        | \d+(?:\.\d+)?                                            # 12000  1.5
      )(?P<suffix>[A-Za-z]+)?
    | (?P<word>[A-Za-z]+)
    | (?P<space>\s+)
    | (?P<other>\S)
    """,
    re.VERBOSE,
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]{1,2000}")
# an e-mail address is found from its "@" and read back over its local part: a
# regex starting with the local part would try every word character in the text
_EMAIL_DOMAIN = re.compile(r"@[\w-]{1,63}\.[\w.]{2,40}")
_EMAIL_LOCAL = re.compile(r"[\w.+-]")
_MAX_LOCAL = 64
# four or more numbers joined only by commas or semicolons: a list, not counts
_LIST = re.compile(r"\d{1,12}(?:[ \t]{0,3}[,;][ \t]{0,3}\d{1,12}){3,}")
_LIST_SEPARATOR = re.compile(r"[ \t]{0,3}[,;][ \t]{0,3}")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009]")
_WINDOW = 120  # characters read forward from an anchor
_SHORT_WINDOW = 48  # read first; the long window only when a phrase runs on
_BACK_ALL = 96  # characters read back from an anchor, once
_BACK = 48  # characters read back for hedges and labels
_OPENING = "\"'“‘«([{"  # opening quotes and brackets
_MAX_GAP = 3  # spaces allowed between the words of one number phrase


class _Tok(NamedTuple):
    kind: str  # num, word, other
    text: str
    lower: str
    start: int
    end: int
    suffix: str  # letters glued to digits, lowercased
    gap: str  # whitespace before this token


_T = TypeVar("_T", Token, "_Tok")


class _Number(NamedTuple):
    value: Decimal  # exact: 4.1 million is 4,100,000, not 4,099,999.9999
    start: int
    end: int
    next: int  # index of the first token after the number
    scale: int  # the largest scale word or suffix used, 1 if none
    plain: bool  # written as bare digits: no separator, scale or word


class _Stretch(Generic[_T]):
    """Tokens of one text, read once where the windows of close numbers overlap.

    Text cut where a whitespace run starts after a character that is not a digit
    tokenises exactly as the whole text does there: no token spans such a point
    (only "12 000" spans a space) and no look-around reaches across it. The
    stretch starts and ends at such points, grows forward as the scan moves on,
    and starts afresh past a gap. A window the stretch cannot serve (behind it,
    or with an edge inside a token) is read on its own, as before.
    """

    _MAX_TOKENS = 4096  # a longer stretch starts afresh rather than grow
    _AHEAD = 400  # at most this many characters read ahead

    def __init__(self, text: str, read: Callable[[str, int, int], list[_T]]) -> None:
        self.text = text
        self.read: Callable[[str, int, int], list[_T]] = read
        self.start = self.end = 0  # the stretch covered
        self.ahead = 0  # read ahead: grows while windows keep overlapping
        self.tokens: list[_T] = []
        self.starts: list[int] = []
        self.ends: list[int] = []

    def cover(self, a: int, b: int) -> bool:
        """Make the stretch cover ``a:b``; False when it cannot."""
        if self.start <= a and b <= self.end:
            return True
        if a < self.start:
            return False  # behind the stretch: the scan has moved on
        afresh = a > self.end or len(self.tokens) > self._MAX_TOKENS
        # numbers whose windows overlap come in runs (a table, a list): read
        # further ahead the longer the run; sparse numbers read only their window
        self.ahead = 0 if afresh else min(self._AHEAD, 2 * self.ahead + 50)
        last = _cut_point(self.text, max(b, a + self.ahead), 1)
        if last < 0:
            return False
        first = self.end
        if afresh:
            first = _cut_point(self.text, a, -1)
            if first < 0:
                return False
            self.start = first
            self.tokens, self.starts, self.ends = [], [], []
        more = self.read(self.text, first, last)
        self.tokens.extend(more)
        self.starts.extend(map(_START, more))
        self.ends.extend(map(_END, more))
        self.end = last
        return True

    def span(
        self, a: int, b: int, *, cut_start: bool = False, cut_end: bool = False
    ) -> tuple[int, int] | None:
        """Indices of the tokens starting in ``a:b``.

        None when a token runs through ``a`` (unless ``cut_start``) or through
        ``b`` (unless ``cut_end``: such a token is then included whole).
        """
        if not self.cover(a, b):
            return None
        i = bisect.bisect_left(self.starts, a)
        j = bisect.bisect_left(self.starts, b, i)
        if (not cut_end and j and self.ends[j - 1] > b) or (
            not cut_start and i and self.ends[i - 1] > a
        ):
            return None
        return i, j


_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_ALIGN = 64  # characters searched for a cut point


def _cut_point(text: str, at: int, step: int) -> int:
    """The nearest point from ``at`` (in direction ``step``) where text may be cut.

    That is where a whitespace run starts after a character that is not a digit;
    -1 when there is none within `_ALIGN` characters.
    """
    for q in range(at, at + step * _ALIGN, step):
        if q <= 0 or q >= len(text):
            return max(0, min(q, len(text)))
        if (
            text[q].isspace()
            and not text[q - 1].isspace()
            and not text[q - 1].isdigit()
        ):
            return q
    return -1


class _Words:
    """`tokenize` windows around numbers, from one `_Stretch`."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stretch: _Stretch[Token] = _Stretch(text, tokenize)
        self.locals: _Stretch[_Tok] = _Stretch(text, _local_all)

    def before(self, pos: int, reach: int) -> list[Token]:
        """``tokenize(text, pos - reach, pos)`` without a token cut at its start."""
        a = max(0, pos - reach)
        found = self.stretch.span(a + (1 if a else 0), pos, cut_start=True)
        if found is None:
            return _cut_before(self.text, pos, reach)
        return self.stretch.tokens[found[0] : found[1]]

    def after(self, pos: int, reach: int) -> list[Token]:
        """``tokenize(text, pos, pos + reach)``."""
        b = min(len(self.text), pos + reach)
        found = self.stretch.span(pos, b)
        if found is None:
            return tokenize(self.text, pos, b)
        return self.stretch.tokens[found[0] : found[1]]

    def local(self, begin: int, stop: int) -> list[_Tok]:
        """``_local_tokens(text, begin, stop)``."""
        found = self.locals.span(begin, stop, cut_end=True)
        if found is None:
            return _local_tokens(self.text, begin, stop)
        toks = self.locals.tokens[found[0] : found[1]]
        if toks and toks[0].start - begin != len(toks[0].gap):
            # the window holds only the part of the gap after ``begin``
            toks[0] = toks[0]._replace(gap=self.text[begin : toks[0].start])
        for k in range(len(toks)):
            if toks[k].gap.count("\n") > 1:  # a paragraph ends the phrase
                return toks[:k]
        return toks


def _cut_before(text: str, pos: int, reach: int) -> list[Token]:
    a = max(0, pos - reach)
    toks = tokenize(text, a, pos)
    if toks and toks[0].start == a and a:
        return toks[1:]  # the first token may be cut in half
    return toks


def find_mentions(
    text: str,
    lexicon: Lexicon | None = None,
    *,
    sift: Callable[[int], int] | None = None,
) -> tuple[Mention, ...]:
    """Return every number phrase in ``text`` that can count things, in order.

    Args:
        text: any text; odd text yields fewer mentions, never an error.
        lexicon: the vocabulary; `default_lexicon` when omitted.
        sift: called with the offset of each phrase found, which is kept;
            returns the offset to read on from. A reader that needs only some
            passages skips the rest: the phrases after this one and before the
            offset returned are left out.

    Returns:
        The mentions, each with its offsets, hedge, values and vague phrase.

    >>> [m.text for m in find_mentions("In 2024 about 2,000 of 12 000 men; Article 4")]
    ['about 2,000', '12 000']
    """
    with collector_paused():  # nothing here makes reference cycles
        return _find_mentions(text, lexicon or default_lexicon(), sift)


def _find_mentions(
    text: str, lex: Lexicon, sift: Callable[[int], int] | None = None
) -> tuple[Mention, ...]:
    am = lex.amounts
    urls = _link_spans(text)
    words = _Words(text)
    out: list[Mention] = []
    consumed = 0
    url_i = 0
    n = len(text)
    for anchor in am.anchor.finditer(text):
        s = anchor.start()
        if s < consumed:
            continue
        e = anchor.end()
        if text[s].isdigit() and text[e : e + 1] in (",", ";"):
            chain = _LIST.match(text, s)
            if chain is not None and _is_list(chain.group()):
                consumed = chain.end()  # "1,2,3,4": a list or a code, no count
                continue
        if not text[s].isdigit() and (
            (s and (text[s - 1].isalnum() or text[s - 1] in "-_"))
            or (e < n and (text[e].isalnum() or text[e] == "_"))
        ):
            hyphen = s and text[s - 1] == "-" and (e >= n or not text[e].isalnum())
            if not (hyphen and am.fraction_before.search(text, max(0, s - 32), s)):
                continue  # a number word inside another word: "often", "someone"
        if text[s].isupper() and _in_name(text, s, e):
            consumed = e  # "the Three Brotherhood Alliance", "Formula One"
            continue
        while url_i < len(urls) and urls[url_i][1] <= s:
            url_i += 1
        if url_i < len(urls) and urls[url_i][0] <= s:
            consumed = urls[url_i][1]
            continue
        mention, consumed = _scan(text, s, lex, am, words)
        if mention is not None and sift is not None:
            consumed = max(consumed, sift(mention.start))
        if mention is not None and (not out or mention.start >= out[-1].end):
            if out and _pairs_bounds(text, out[-1], mention, am):
                out[-1] = _as_range(text, out[-1], mention)
            else:
                out.append(mention)
    return tuple(out)


_WORD_BEFORE = re.compile(r"([A-Za-z]{1,40})[ \t\u00a0]{1,3}\Z")
_NAME_AFTER = re.compile(r"[ \t\u00a0]{1,3}[A-Z]")
_SENTENCE_END = re.compile(r"[.!?;:\n]")
# a lower-case word of four letters or more that title case would capitalise
# (not a preposition or conjunction some styles keep in lower case): prose
_PROSE_WORD = re.compile(
    r"(?<![A-Za-z])"
    r"(?!(?:amid|from|into|near|onto|over|than|that|upon|with|after|among|during"
    r"|against|between|through|without)(?![a-z]))"
    r"[a-z]{4,40}(?![A-Za-z])"
)


def _in_name(text: str, s: int, e: int) -> bool:
    """True when the capitalised number word at ``s:e`` is part of a name.

    In prose a number word is capitalised mid-sentence only inside a name ("the
    Three Brotherhood Alliance", "Group of Seven", "Formula One"): a word stands
    right before it, and a capitalised word stands next to it. The sentence is
    prose, not a title-case headline ("Blast Kills Three Soldiers"), when it has
    a lower-case word of four letters or more that title case would capitalise.
    """
    before = _WORD_BEFORE.search(text, max(0, s - 44), s)
    if before is None:
        return False
    after = _NAME_AFTER.match(text, e)
    if after is None and not before[1][0].isupper():
        named = before[1] == "of" and _WORD_BEFORE.search(
            text, max(0, before.start() - 44), before.start()
        )
        if not named or not named[1][0].isupper():
            return False  # "killed Three soldiers": a slip of case, still a count
    left = text.rfind("\n", max(0, s - 200), s)
    begin = max(left + 1, max(0, s - 200))
    for m in _SENTENCE_END.finditer(text, begin, s):
        begin = m.end()
    end = _SENTENCE_END.search(text, e, e + 200)
    stop = end.start() if end else min(len(text), e + 200)
    return any(_PROSE_WORD.search(text, *part) for part in ((begin, s), (e, stop)))


def _link_spans(text: str) -> list[tuple[int, int]]:
    """The spans of urls and e-mail addresses, in order, none inside another."""
    spans: list[tuple[int, int]] = []
    if "://" in text or "www." in text:
        spans += [m.span() for m in _URL.finditer(text)]
    if "@" in text:
        for m in _EMAIL_DOMAIN.finditer(text):
            at = start = m.start()
            while start > max(0, at - _MAX_LOCAL) and _EMAIL_LOCAL.match(
                text, start - 1
            ):
                start -= 1
            if start < at:
                spans.append((start, m.end()))
    spans.sort()
    out: list[tuple[int, int]] = []
    for span in spans:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


_LOWER = ("more_than", "at_least")
_UPPER = ("less_than", "at_most")


def _side(mention: Mention, am: Amounts) -> str:
    if mention.hedge is None or len(mention.values) != 1:
        return ""
    qualifier = am.hedges.get(tuple(mention.hedge.split()))
    return "low" if qualifier in _LOWER else "high" if qualifier in _UPPER else ""


def _pairs_bounds(text: str, first: Mention, second: Mention, am: Amounts) -> bool:
    """True for "more than 100 and less than 300": two bounds of one range."""
    between = text[first.end : second.start].strip().lower()
    if between not in {"and", "but", ",", "but fewer", "and fewer"}:
        return False
    sides = (_side(first, am), _side(second, am))
    if sides == ("low", "high"):
        return first.values[0] < second.values[0]
    if sides == ("high", "low"):
        return second.values[0] < first.values[0]
    return False


def _as_range(text: str, first: Mention, second: Mention) -> Mention:
    low, high = sorted((first.values[0], second.values[0]))
    return Mention(
        text=text[first.start : second.end],
        start=first.start,
        end=second.end,
        values=(low, high),
    )


def _local_tokens(text: str, start: int, end: int) -> list[_Tok]:
    """The tokens starting in a number phrase's window, the last one whole.

    A paragraph break ends the window.
    """
    stop = _cut_point(text, end, 1)
    toks = _local_all(text, start, max(stop, end), stop_at_paragraph=True)
    while toks and toks[-1].start >= end:
        toks.pop()
    return toks


def _local_all(
    text: str, start: int, end: int, *, stop_at_paragraph: bool = False
) -> list[_Tok]:
    toks: list[_Tok] = []
    append = toks.append
    gap = ""
    pos = start  # the alternatives cover every character, so matches are contiguous
    for num, suffix, word, space, other in _LOCAL.findall(text, start, end):
        if space:
            pos += len(space)
            gap = space
            if stop_at_paragraph and space.count("\n") > 1:
                break
            continue
        if num:
            size = len(num) + len(suffix)
            append(_Tok("num", num, num, pos, pos + size, suffix.lower(), gap))
        elif word:
            size = len(word)
            append(_Tok("word", word, word.lower(), pos, pos + size, "", gap))
        else:
            size = 1
            append(_Tok("other", other, other.lower(), pos, pos + 1, "", gap))
        pos += size
        gap = ""
    return toks


def _joined(tok: _Tok) -> bool:
    """True when ``tok`` continues the phrase before it (same line, short gap)."""
    return "\n" not in tok.gap and len(tok.gap) <= _MAX_GAP


def _read_number(
    toks: Sequence[_Tok], i: int, am: Amounts, lead_a: bool
) -> _Number | None:
    """Read one number expression starting at ``toks[i]``.

    ``lead_a`` says an "a"/"an" stands before it ("a dozen", "a hundred").
    """
    total = Decimal(0)
    cur: Decimal | None = Decimal(1) if lead_a else None
    fresh = lead_a  # cur holds the implicit 1 of "a"
    group_unit = Decimal("Infinity")  # later parts must stay below the last scale
    last = ""  # kind of the last part read
    scale_used = 1
    plain = True
    j = i
    end = -1
    before_and: tuple[Decimal, Decimal | None, Decimal, str, int, int] | None = None
    while j < len(toks):
        t = toks[j]
        if j > i and not _joined(t):
            break
        if t.kind == "num":
            value = Decimal(_SEPARATORS.sub("", t.text))
            after_scale = last == "scale" and value < group_unit and not t.suffix
            if not after_scale and (
                last not in {"", "and"}
                or (cur is not None and not fresh and last != "and")
            ):
                break
            if last == "and" and value >= min(group_unit, Decimal(100)):
                break
            if t.suffix:
                if t.suffix not in am.suffixes:
                    break
                value *= am.suffixes[t.suffix]
                scale_used = max(scale_used, am.suffixes[t.suffix])
                plain = False
            if any(c in t.text for c in ", .\u00a0\u202f\u2009"):
                plain = False
            if last == "and" and cur is not None:
                cur += value
            elif after_scale or cur is None or fresh:
                cur = value
            else:
                break
            fresh = False
            last = "num"
        elif t.kind == "other" and t.text == "-" and last == "tens":
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            if (
                nxt is None
                or nxt.gap
                or nxt.kind != "word"
                or am.numbers.get(nxt.lower, 10) >= 10
            ):
                break
            j += 1
            continue
        elif t.kind != "word":
            break
        elif t.lower in am.numbers:
            v = am.numbers[t.lower]
            if cur is None or fresh:
                cur = Decimal(v)
            elif (last == "tens" and v < 10) or (
                last in {"hundred", "and"} and v < min(Decimal(100), group_unit)
            ):
                cur += v
            elif last == "scale" and v < group_unit:
                cur = Decimal(v)
            else:
                break
            fresh = False
            plain = False
            last = "tens" if v >= 20 and v % 10 == 0 and v < 100 else "unit"
        elif t.lower in am.scales:
            scale = am.scales[t.lower]
            if (
                cur is None
                and j == i
                and j + 1 < len(toks)
                and am.scales.get(toks[j + 1].lower, 0) > scale
            ):
                cur = Decimal(1)  # "hundred thousand"
            if cur is None:
                break
            plain = False
            fresh = False
            scale_used = max(scale_used, scale)
            too_big = (
                (last == "hundred" or cur >= 100)
                if scale == 100
                else (scale >= group_unit)
            )
            if before_and is not None and (last == "num" or too_big):
                # "3 hundred and 2 hundred", "twenty thousand and thirty thousand":
                # the "and" joined two numbers
                total, cur, group_unit, last, j, end = before_and
                break
            if scale == 100:
                if last == "hundred" or cur >= 100:
                    break
                cur *= 100
                last = "hundred"
            else:
                if scale >= group_unit:
                    break
                total += cur * scale
                cur = None
                group_unit = Decimal(scale)
                last = "scale"
        elif t.lower in am.multiples:
            if cur is None:
                break
            cur *= am.multiples[t.lower]
            plain = False
            fresh = False
            end = t.end
            j += 1
            break
        elif t.lower == "and" and last in {"hundred", "scale"} and j + 1 < len(toks):
            nxt = toks[j + 1]
            if not (
                nxt.kind == "num" or (nxt.kind == "word" and nxt.lower in am.numbers)
            ):
                break
            before_and = (total, cur, group_unit, last, j, end)
            last = "and"
            j += 1
            continue
        else:
            break
        end = t.end
        j += 1
    if last == "and":
        j -= 1
    if end < 0 or (cur is None and total == 0) or fresh:
        return None
    return _Number(total + (cur or 0), toks[i].start, end, j, scale_used, plain)


def _match_vague(
    toks: Sequence[_Tok], i: int, am: Amounts
) -> tuple[int, tuple[int, int], str] | None:
    best: tuple[int, tuple[int, int], str] | None = None
    words: list[str] = []
    for j in range(i, min(len(toks), i + am.max_vague)):
        t = toks[j]
        if t.kind != "word" or (j > i and not _joined(t)):
            break
        words.append(t.lower)
        bounds = am.vague.get(tuple(words))
        if bounds is not None:
            best = (j + 1, bounds, " ".join(words))
    return best


class _Quick:
    """Word sets that tell, from one neighbouring word, whether to look closer."""

    def __init__(self, lex: Lexicon) -> None:
        am = lex.amounts
        # a word after a number that may carry the phrase on: "12 million",
        # "10 to 12", "500 or more" (scale and tail words match lower case,
        # joiners normalised, as the readers below match them)
        self.runs_on = (
            frozenset(am.scales) | frozenset(am.multiples) | {k[0] for k in am.tails}
        )
        # after a number word, also a number word ("twenty five") or a word that
        # carries a vague phrase on ("tens of thousands", "a few hundred")
        self.runs_on_word = (
            self.runs_on
            | frozenset(am.numbers)
            | {w for key in am.vague for w in key[1:]}
        )
        self.joiners = frozenset(am.joiners) | {"and"}
        self.hedge_ends = (
            frozenset(k[-1] for k in am.hedges) | am.between | am.range_from
        )
        self.labels = lex.words("cues", "exclude", "before")
        self.currency = lex.words("cues", "exclude", "currency")
        # symbols that may be glued to the word before a number: "US$", "€"
        self.currency_marks = tuple(c for c in self.currency if not c[:1].isalpha())
        self.months = frozenset(k.lower() for k in lex.section("time", "months"))
        firsts = {
            normalize(w.split()[0]) for w in lex.words("cues", "exclude", "after")
        }
        for words in lex.section("nouns", "units").values():
            firsts.update(tokenize(w)[0].lower for w in words if w.strip())
        self.unit_firsts = frozenset(firsts)
        # a phrase of people after a number ends with one of these words; the
        # text is searched for them before it is tokenised. A token's normalised
        # form is then part of the text's: lowercasing goes character by
        # character, save for a capital sigma at the end of a word
        lasts = lex.phrases.last_words(_COUNTED)
        self.people_last: re.Pattern[str] | None = None
        if not any("σ" in w or "ς" in w for w in lasts):
            self.people_last = re.compile(word_alternation(lasts) or "(?!)")


_QUICK: dict[int, tuple[Lexicon, _Quick]] = {}


def _quick(lex: Lexicon) -> _Quick:
    hit = _QUICK.get(id(lex))
    if hit is None or hit[0] is not lex:
        hit = (lex, _Quick(lex))
        _QUICK[id(lex)] = hit
    return hit[1]


def _is_list(chain: str) -> bool:
    """True for "1,2,3,4" or "7; 8; 9; 10": one separator throughout, no thousands.

    "MI6, 1,200,000" is a name ending in a digit, then a figure.
    """
    if _THOUSANDS.fullmatch(chain):
        return False
    return len(set(_LIST_SEPARATOR.findall(chain))) == 1


def _word_before(text: str, pos: int) -> str:
    """The word just before ``pos`` (lower case, up to 3 spaces away), or "".

    Opening quotes and brackets are not part of it: ``"about 3,000"``.
    """
    j = pos
    while j > 0 and pos - j < 3 and text[j - 1] in " \t\u00a0":
        j -= 1
    i = j
    while i > 0 and j - i < 24 and not text[i - 1].isspace():
        i -= 1
    return text[i:j].lower().rstrip(".").lstrip(_OPENING)


def _word_after(text: str, pos: int) -> str:
    """The word just after ``pos`` (lower case; a leading "-" or "(" skipped)."""
    i = pos
    while i < len(text) and i - pos < 4 and text[i] in " \t\u00a0-(":
        i += 1
    j = i
    while j < len(text) and j - i < 24 and (text[j].isalnum() or text[j] in "%'’‰"):
        j += 1
    return text[i:j].lower() if j > i else text[i : i + 1]


def _unit_word(word: str, am: Amounts) -> bool:
    """True for a scale or counting-unit word: "million", "thousand", "dozen"."""
    return word in am.scales or word in am.multiples


def _fraction_key(words: str) -> str:
    return " ".join(words.lower().replace("-", " ").split())


_WORD_AFTER = re.compile(r"[- ]{1,3}([A-Za-z]{1,40})")
_LAST_WORD = re.compile(r"[A-Za-z]{1,40}\Z")


def _add_fraction(
    text: str, values: tuple[Decimal, ...], fraction: re.Match[str], am: Amounts
) -> tuple[tuple[Decimal, ...], int]:
    """Add "and a half" to a figure; return the new values and where they end.

    "one and a half million" is 1,500,000 and "3 million and a half" 3,500,000;
    after anything else ("eight and a half months") there is no count: no values.
    """
    part = am.fractions[_fraction_key(fraction[1])]
    last = _LAST_WORD.search(text, max(0, fraction.start() - 16), fraction.start())
    last_word = last[0].lower() if last else ""
    if len(values) == 1 and _unit_word(last_word, am):
        unit = am.scales.get(last_word) or am.multiples[last_word]
        return (values[0] + part * unit,), fraction.end()  # "3 million and a half"
    word = _WORD_AFTER.match(text, fraction.end())
    unit_word = word[1].lower() if word else ""
    if len(values) == 1 and values[0] < 1000 and _unit_word(unit_word, am):
        unit = am.scales.get(unit_word) or am.multiples[unit_word]
        assert word is not None
        return ((values[0] + part) * unit,), word.end()  # "one and a half million"
    return (), fraction.end()


def _head_tokens(text: str, s: int, stop: int, quick: _Quick) -> list[_Tok] | None:
    """The first two tokens of the window at the number at ``s``, or None.

    When the token after the digits or the number word cannot carry the phrase
    on (no scale, joiner or tail word; after a word, no number word or word of a
    vague phrase either), these two decide what the phrase is, and reading them
    costs far less than reading the window. None when it may carry the phrase
    on, or when either token comes near the window's edge.
    """
    first = _LOCAL.match(text, s, stop)
    if first is None:
        return None
    num = first["num"]
    if num is not None:
        suffix = (first["suffix"] or "").lower()
        head = _Tok("num", num, num, s, first.end(), suffix, "")
        carry = quick.runs_on
    elif first["word"] is not None:
        word = first["word"]
        head = _Tok("word", word, word.lower(), s, first.end(), "", "")
        carry = quick.runs_on_word
    else:
        return None
    nxt = _LOCAL.match(text, first.end(), stop)
    gap = ""
    if nxt is not None and nxt.lastgroup == "space":
        gap = nxt[0]
        nxt = _LOCAL.match(text, nxt.end(), stop)
    if nxt is None or nxt.end() >= stop - 2:
        return None
    if gap.count("\n") > 1:
        return [head]  # a paragraph ends the phrase
    word = nxt["num"] or nxt[0]
    kind = "num" if nxt["num"] else "word" if nxt["word"] else "other"
    suffix = (nxt["suffix"] or "").lower()
    second = _Tok(kind, word, word.lower(), nxt.start(), nxt.end(), suffix, gap)
    if _joined(second) and (
        second.lower in carry or normalize(second.text) in quick.joiners
    ):
        return None
    return [head, second]


def _runs_on(toks: Sequence[_Tok], read: int, am: Amounts) -> bool:
    """True when the phrase read up to ``toks[read]`` may go on past the tokens.

    A tail ("or more") needs three more tokens; a range ("to 12 thousand",
    "and thirty-five thousand") up to ten.
    """
    if read + 3 >= len(toks):
        return True
    joiner = normalize(toks[read].text)
    if joiner not in am.joiners and joiner != "and":
        return False
    second = toks[read + 1]  # a range's second number starts with a number
    starts = (
        second.kind == "num" or second.lower in am.numbers or second.lower in am.scales
    )
    return starts and read + 10 >= len(toks)


def _scan(
    text: str, s: int, lex: Lexicon, am: Amounts, words: _Words
) -> tuple[Mention | None, int]:
    """Read the number phrase anchored at ``s``; return it and where to resume.

    The words around the number are tokenised only when the word next to it could
    matter (a hedge, a label, a unit, a month); most numbers need neither.
    """
    quick = _quick(lex)
    back_cache: list[Token] | None = None

    def back_tokens() -> list[Token]:
        nonlocal back_cache
        if back_cache is None:
            back_cache = words.before(s, _BACK_ALL)
        return back_cache

    # back up over "a"/"an" so "a dozen" and "a few hundred" are read whole
    lead_a = text[s].isalpha() and _word_before(text, s) in {"a", "an"}
    if lead_a:
        back = back_tokens()
        lead_a = bool(back) and back[-1].lower in {"a", "an"}
    begin = back_tokens()[-1].start if lead_a else s
    # a fraction of a scale: "half a million", "a quarter of a million", "half million"
    part = None
    if text[s].isalpha() and text[begin - 1 : begin] in {" ", "-"}:
        part = am.fraction_before.search(text, max(0, begin - 32), begin)
    stop = min(len(text), s + _SHORT_WINDOW)
    head_only = _head_tokens(text, s, stop, quick) if begin == s else None
    toks = head_only or words.local(begin, stop)
    if not toks:
        return None, s + 1
    lead = int(lead_a)
    vague = None if part else _match_vague(toks, 0, am)
    number = None if vague else _read_number(toks, lead, am, lead_a or bool(part))
    read = vague[0] if vague else number.next if number else 0
    if (
        head_only is None
        and stop < len(text)
        and toks[-1].end >= stop - 2
        and _runs_on(toks, read, am)
    ):
        # the phrase may run past the short window: read it again in the long one
        toks = words.local(begin, min(len(text), s + _WINDOW))
        vague = None if part else _match_vague(toks, 0, am)
        number = None if vague else _read_number(toks, lead, am, lead_a or bool(part))
    start = toks[0].start
    if part is not None and number is not None:
        if number.next == lead + 1 and _unit_word(toks[lead].lower, am):
            share = am.fractions[_fraction_key(part[1])]
            number = number._replace(value=number.value * share)
            start = part.start()
        elif not lead_a:
            number = None  # "half million" needs its scale word; "half 300" is none
    if vague is None and number is None:
        return None, s + 1 if lead_a else toks[0].end
    head = toks[min(lead, len(toks) - 1)]
    if head.kind == "num":
        skip = _not_a_count(text, head, am)
        if skip:
            return None, skip
    if vague is not None:
        nxt, bounds, phrase = vague
        values: tuple[Decimal, ...] = ()
        end = toks[nxt - 1].end
        plain = False
    else:
        assert number is not None
        nxt, values, end, plain = number.next, (number.value,), number.end, number.plain
        bounds, phrase = (0, 0), ""
    before = _word_before(text, start)
    hedge: tuple[str, ...] | None = None
    hedge_start = start
    glued = text[start - 1 : start]  # a symbol hedge: "~500", ">= 30"
    symbol = (glued and not glued.isalnum() and not glued.isspace()) or (
        before[-1:] and not before[-1:].isalnum()
    )
    if before in quick.hedge_ends or (symbol and _may_end_hedge(text, start, quick)):
        hedge, hedge_start = _hedge_before(text, start, am, _upto(back_tokens(), start))
    # ranges: "10,000 to 12,000", "10,000-12,000", "between X and Y", "two or three"
    if number is not None and nxt + 1 < len(toks) and _joined(toks[nxt]):
        joiner = normalize(toks[nxt].text)
        between = hedge is not None and hedge[-1] in am.between
        if joiner in am.joiners or (between and joiner == "and"):
            second = _read_number(toks, nxt + 1, am, False)
            if second is not None and not _is_change(
                _upto(back_tokens(), hedge_start), am
            ):
                low = number.value
                if (
                    number.scale == 1
                    and second.scale > 1
                    and low * second.scale <= second.value
                ):
                    low *= second.scale  # "10 to 12 thousand"
                if (
                    plain
                    and second.plain
                    and _is_year(low)
                    and _is_year(second.value)
                    and not _people_next(
                        text,
                        second.end,
                        lex,
                        quick,
                        lambda: words.after(second.end, 40),
                    )
                ):
                    return None, second.end  # "2027-2031", "between 2014 and 2022"
                if low <= second.value:
                    values = (low, second.value)
                    nxt, end = second.next, second.end
                    plain = False
    # tails: "or more", "or so", "plus", "+"
    tail = None
    for length in (2, 1):
        key = tuple(t.lower for t in toks[nxt : nxt + length])
        if len(key) == length and key in am.tails and _joined(toks[nxt]):
            if key[0] in {"+", "-"} and toks[nxt].gap:
                continue
            if nxt + length < len(toks) and toks[nxt + length].lower in {"than", "to"}:
                continue  # "5000 or less than 6000": a second bound, not a tail
            tail = key
            end = toks[nxt + length - 1].end
            break
    fraction = am.and_fraction.match(text, end)
    if fraction is not None:
        values, end = _add_fraction(text, values, fraction, am)
        if not values:
            return None, end  # "eight-and-a-half months": a fraction of no count
        plain = False
    after = _word_after(text, end)
    follow_cache: list[Token] | None = None

    def follow_tokens() -> list[Token]:
        nonlocal follow_cache
        if follow_cache is None:
            follow_cache = words.after(end, 40)
        return follow_cache

    if (
        after in quick.unit_firsts
        or after[:1] in {"%", "‰"}
        or after.split("-")[0] in quick.unit_firsts
    ) and _unit_follows(follow_tokens(), lex):
        return None, end
    is_bare = plain and len(values) == 1 and hedge is None
    if (
        is_bare
        and _is_year(values[0])
        and not _people_next(text, end, lex, quick, follow_tokens)
    ):
        return None, end  # a year: "in 2024"
    if (
        len(values) == 1
        and values[0] <= 31
        and head.kind == "num"
        and (
            (before in quick.months and _month_before(text, start, lex, back_tokens))
            or (after in quick.months and _month_after(follow_tokens(), lex))
        )
    ):
        return None, end  # a date: "May 9", "9 May"
    # labels sit right before the number: "Article 4", "$5" ("the figure closer
    # to 12,000" is no label)
    maybe_label = (
        before in quick.labels
        or f"{before}." in quick.labels
        or before in quick.currency
        or before.endswith(quick.currency_marks)
    )
    if maybe_label and _label_before(text, start, lex, _upto(back_tokens(), start)):
        return None, end  # "Article 4", "$5", "aged 25"
    if any(v != int(v) for v in values):
        return None, end  # counts are whole
    starts_range = hedge is not None and (
        hedge[-1] in am.between or hedge[-1] in am.range_from
    )
    if starts_range and len(values) < 2:
        hedge = None
    first = hedge_start if hedge else start
    return (
        Mention(
            text=text[first:end],
            start=first,
            end=end,
            hedge=" ".join(hedge) if hedge else None,
            values=tuple(int(v) for v in values),
            vague=phrase or None,
            vague_bounds=bounds if phrase else None,
            tail=" ".join(tail) if tail else None,
        ),
        end,
    )


_CHAIN = re.compile(r"[\d.-]{1,40}")  # 2025-01-09, 1.2.3
_TIME_CHAIN = re.compile(r"[\d:/.]{1,40}")  # 07:19, 12/25/2024
_PHONE_CHAIN = re.compile(r"[\d -]{1,40}")  # +44 20 7946 0000
_TIME_AFTER = re.compile(r"[:/]\d")
_GROUP_AFTER = re.compile(r"[-.]\d{3}")
_PHONE = re.compile(r"\d{1,20}[-.]\d{3,20}[-.]\d")
_DIALLED = re.compile(r"\d{1,3}[ -]\d{2,}")


def _not_a_count(text: str, head: _Tok, am: Amounts) -> int:
    """Return where to resume if the digits at ``head`` are no count, else 0."""
    # ordinals, decades and units glued to digits: 25th, 1950s, 155mm
    if head.suffix and head.suffix not in am.suffixes:
        return head.end
    at = head.start
    before = text[max(0, at - 2) : at]
    # model names and labels glued before the digits: A320, Il-76, COVID-19;
    # the tail of a chain of digits: 2025-01-09
    if before[-1:].isalpha() or (
        before[-1:] in {"-", ".", "–", "—"}
        and (before[:1].isalpha() or before[:1].isdigit())
    ):
        return _skip(_CHAIN, text, head)
    # times, ratios and slashed dates: 07:19, 1/3, 12/25/2024; phone numbers
    glued = before[-1:] in {":", "/"} and before[:1].isdigit()
    if glued or _TIME_AFTER.match(text, head.end, head.end + 4):
        return _skip(_TIME_CHAIN, text, head)
    if _GROUP_AFTER.match(text, head.end, head.end + 4) and _PHONE.match(
        text, at, at + 40
    ):
        return _skip(_CHAIN, text, head)
    if before[-1:] == "+" and _DIALLED.match(text, at, at + 12):
        return _skip(_PHONE_CHAIN, text, head)
    return 0


def _skip(chain: re.Pattern[str], text: str, head: _Tok) -> int:
    """Where the chain of digits and marks starting at ``head`` ends."""
    m = chain.match(text, head.start)
    return m.end() if m else head.start + len(head.text)


def _is_year(value: Decimal) -> bool:
    return value == int(value) and 1000 <= value <= 2100


def _upto(back: Sequence[Token], pos: int) -> list[Token]:
    """The tokens of ``back`` that end by ``pos``."""
    k = len(back)
    while k and back[k - 1].end > pos:
        k -= 1
    return list(back[:k])


def _hedge_before(
    text: str, start: int, am: Amounts, back: Sequence[Token]
) -> tuple[tuple[str, ...] | None, int]:
    back = [t for t in back if t.start >= start - _BACK]
    if (
        not back
        or len(text[back[-1].end : start]) > 2
        or "\n" in text[back[-1].end : start]
    ):
        return None, start
    words = [t.lower for t in back]
    for length in range(min(am.max_hedge, len(words)), 0, -1):
        key = tuple(words[-length:])
        starts_range = length == 1 and (key[0] in am.between or key[0] in am.range_from)
        if (key in am.hedges or starts_range) and "\n" not in text[
            back[-length].start : start
        ]:
            return key, back[-length].start
    return None, start


def _may_end_hedge(text: str, start: int, quick: _Quick) -> bool:
    """False when the mark before ``start`` ends no hedge: "October 2, 2024".

    A mark that is no letter, digit or full stop is a token on its own, so
    `_hedge_before` could only find a hedge that ends with that mark; a gap of
    more than two spaces finds none.
    """
    k = start
    while k > 0 and start - k < 3 and text[k - 1].isspace():
        k -= 1
    if k == 0:
        return False
    mark = text[k - 1]  # a space still: a gap of three
    return mark.isalnum() or mark == "." or normalize(mark) in quick.hedge_ends


def _is_change(back: Sequence[Token], am: Amounts) -> bool:
    """True for "increased the garrison from 1,500 to 2,000": a change, not a range."""
    for tok in reversed(back[-5:]):
        if not tok.text[:1].isalnum():
            return False
        if tok.lower in am.change_verbs:
            return True
    return False


def _unit_follows(follow: Sequence[Token], lex: Lexicon) -> bool:
    i = 0
    while i < len(follow) and follow[i].text in {"-", "("}:
        i += 1
    if i >= len(follow):
        return False
    if follow[i].text in {"%", "‰"}:
        return True
    if any(
        category == "unit" for _end, (category, _v) in lex.phrases.matches(follow, i)
    ):
        return True
    excluded = lex.words("cues", "exclude", "after")
    for length in (3, 2, 1):
        part = follow[i : i + length]
        if (
            " ".join(t.lower for t in part) in excluded
            or "".join(t.lower for t in part) in excluded
        ):
            return True
    return False


_NEXT_CHAR = re.compile(r"\s{0,39}(\S)")


def _letter_next(text: str, pos: int) -> bool:
    """True when the next token (within 40 characters) starts with a letter.

    Without one `_people_follow` is False, so the tokens need not be read.
    """
    m = _NEXT_CHAR.match(text, pos, pos + 40)
    return m is not None and m[1].isalpha()


_COUNTED = frozenset({"personnel", "people", "measure_nouns", "measure_after"})


def _people_next(
    text: str,
    pos: int,
    lex: Lexicon,
    quick: _Quick,
    follow: Callable[[], Sequence[Token]],
) -> bool:
    """`_people_follow` on the tokens after ``pos``, read by ``follow`` only if needed.

    They are needed only when a letter comes next and the 40 characters there
    hold a word that ends a phrase of people.
    """
    if not _letter_next(text, pos):
        return False
    last = quick.people_last
    if last is not None and last.search(normalize(text[pos : pos + 40])) is None:
        return False
    return _people_follow(follow(), lex)


def _people_follow(follow: Sequence[Token], lex: Lexicon) -> bool:
    """True when people are counted right after a number: "2000 North Korean troops"."""
    for i in range(min(4, len(follow))):
        if not follow[i].text[0].isalpha():
            return False
        if any(c in _COUNTED for _end, (c, _v) in lex.phrases.matches(follow, i)):
            return True
    return False


def _month_before(
    text: str, start: int, lex: Lexicon, back: Callable[[], Sequence[Token]]
) -> bool:
    """True after a capitalised month: "May 9"; ``back`` reads the tokens before."""
    months = lex.section("time", "months")
    word = _letters_before(text, start)
    if word is not None:  # the last token is this word: no need to read them
        return word[:1].isupper() and word.lower() in months
    words = [
        t
        for t in _upto(back(), start)
        if t.start >= start - 16 and t.text not in {".", ","}
    ]
    return bool(words) and words[-1].text[:1].isupper() and words[-1].lower in months


def _letters_before(text: str, start: int) -> str | None:
    """The word of letters alone that is the last token before ``start``, or None.

    The word may stand up to 3 spaces away and must start at most 16 characters
    back, after a space or the start of the text. None when anything else
    (punctuation, digits, a longer word) stands there: the tokens must decide.
    """
    j = start
    while j > 0 and start - j < 3 and text[j - 1] in " \t\u00a0":
        j -= 1
    i = j
    while i > start - 16 and i > 0 and text[i - 1].isalpha():
        i -= 1
    if i == j or (i > 0 and not text[i - 1].isspace()):
        return None
    return text[i:j]


def _month_after(follow: Sequence[Token], lex: Lexicon) -> bool:
    words = [
        t for t in follow[:3] if t.lower not in {"th", "st", "nd", "rd", "of", "."}
    ]
    months = lex.section("time", "months")
    return bool(words) and words[0].text[:1].isupper() and words[0].lower in months


def _label_before(text: str, start: int, lex: Lexicon, back: Sequence[Token]) -> bool:
    back = [t for t in back if t.start >= start - 24]
    if not back or "\n" in text[back[-1].end : start]:
        return False
    currency = lex.words("cues", "exclude", "currency")
    last_two = "".join(t.lower for t in back[-2:])
    if back[-1].lower in currency or last_two in currency:
        return True
    words = [t for t in back if t.text != "."]
    if not words:
        return False
    labels = lex.words("cues", "exclude", "before")
    return words[-1].lower in labels or f"{words[-1].lower}." in labels
