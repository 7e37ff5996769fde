"""The sign a text gives a printed change: 下降9.8% is a decline, 增长-2.5% too.

The words come from the lexicon: rise and "above" words make a change positive, decline
and "below" words negative, a printed minus flips it, and a decline measure before the
word (降幅收窄: the decline narrowed) flips it again, as the size of a fall before a rise
word does (降幅扩大: the decline widened, the rate fell).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from factcheck.languages import lexicon


@dataclass(frozen=True, slots=True)
class StatedSign:
    """The sign the words give a figure, and the words that give it."""

    sign: int  # +1 or -1
    word: str


@cache
def _cues() -> tuple[re.Pattern[str], frozenset[str]]:
    up = lexicon.words("rise") + lexicon.words("above")
    down = lexicon.words("decline") + lexicon.words("below")
    words = up + down
    zh = lexicon.alternation([w for w in words if not w.isascii()])
    en = lexicon.alternation([w for w in words if w.isascii()])
    pattern = re.compile(rf"(?:{zh})|(?<![A-Za-z])(?:{en})(?![A-Za-z])", re.IGNORECASE)
    return pattern, frozenset(w.lower() for w in down)


@cache
def _measures() -> re.Pattern[str]:
    return re.compile(lexicon.alternation(lexicon.words("decline_measures")))


@cache
def _comparisons() -> tuple[frozenset[str], frozenset[str]]:
    """The above and below words, and the nouns that name a rate compared against."""
    words = lexicon.words("above") + lexicon.words("below")
    return frozenset(w.lower() for w in words), frozenset(lexicon.words("rate_nouns"))


@cache
def _sizes() -> re.Pattern[str]:
    return re.compile(lexicon.alternation(lexicon.words("decline_size")))


@cache
def _level_to() -> re.Pattern[str]:
    words = lexicon.words("level_to")
    zh = lexicon.alternation([w for w in words if not w.isascii()])
    en = lexicon.alternation([w for w in words if w.isascii()])
    return re.compile(rf"(?:{zh})|(?<![A-Za-z])(?:{en})(?![A-Za-z])", re.IGNORECASE)


@cache
def _continuation() -> re.Pattern[str]:
    words = lexicon.words("list_continuation")
    return re.compile(rf"\s*(?:{lexicon.alternation(words)})(?![A-Za-z])", re.IGNORECASE)


@cache
def _reduce_by() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb of decrease, its object, then "by" and the figure (reducing outlays in January
    by some $70 billion); and the rise words that would make the "by" another verb's."""
    verbs = lexicon.alternation(lexicon.words("reduce_by"))
    reduce = re.compile(
        rf"(?<![A-Za-z])(?P<verb>{verbs})(?![A-Za-z])(?P<object>[^.;:!?()%$\n]{{1,80}}?)"
        r"\s+by\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
    spaced = lexicon.languages(spaced=True)  # "by" and its verb: words that stand apart
    rise = lexicon.words("rise", spaced) + lexicon.words("decline", spaced) + lexicon.words("raise_by")
    return reduce, re.compile(rf"(?<![A-Za-z])(?:{lexicon.alternation(rise)})(?![A-Za-z])",
                              re.IGNORECASE)


def reduced_by(before: str) -> tuple[str, int] | None:
    """The verb of decrease whose object and "by" end ``before`` (cut spending by nearly): the
    figure after it is the size of a fall. None when there is none, or when a word of change
    stands in the object (cut taxes and raised spending by 5%: the "by" is another verb's)."""
    reduce, change = _reduce_by()
    m = reduce.search(before, max(0, len(before) - 120))
    if m is None or change.search(m.group("object")):
        return None
    return m.group("verb"), m.start()


# how far back a cue may stand from its figure: within the clause
# (an English full stop ends one when a sentence starts after it: "rose by 0.79 per cent in
# February. This is 0.08 per cent rate lower than" — the rise is the other sentence's)
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]|\.(?=\s+[A-Z])")
_AFTER = 16
# a pinyin gloss: (tǒng), (zhǎng) — Latin letters with a tone mark, in brackets
_GLOSS = re.compile(r"[(（][a-zü\u00e0-\u00fc\u0100-\u01dc\u0300-\u036f]+[)）]")
_WINDOW = 240


# a clause's end, but not the point or the separator of a figure (1.2, 1,200)
_CLAUSE_MARK = re.compile(r"[。；;，!?！？]|[.,](?!\d)")


@cache
def _parenthetical() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon.words("parenthetical"))


def _clause_ends(text: str, start: int, end: int) -> list[int]:
    """Where the clauses between ``start`` and ``end`` end; a word set off by two commas
    (fell, respectively, by 1.2%) ends none: the verb still governs what follows it."""
    marks = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(text, start, end)]
    words = _parenthetical()
    out: list[int] = []
    i = 0
    while i < len(marks):
        if i + 1 < len(marks) and text[marks[i][1]:marks[i + 1][0]].strip().lower() in words:
            i += 2
            continue
        out.append(marks[i][1])
        i += 1
    return out


def stated_sign(text: str, start: int, end: int) -> StatedSign | None:
    """The sign that the words of ``text`` give the figure printed at [start, end).

    The last cue word of the clause before the figure decides; in English a word right
    after the figure does too (6.4% lower). A minus printed in the figure flips the sign,
    except after a word of decline, which it says again.
    None when no word gives the figure a sign.
    """
    pattern, down = _cues()
    # two clauses back at most, within a window: a long article is not scanned from its start
    window = max(0, start - _WINDOW)
    ends = _clause_ends(text, window, start)[-2:]
    clause = ends[-1] if ends else window
    if ends and _continuation().match(text, clause, start):
        clause = ends[-2] if len(ends) > 1 else window  # rose 1.2%, or 2.6 percent: one verb
    # 下(xià)降(jiàng): pinyin glosses that web copy puts inside a word are read past
    head = _GLOSS.sub("", text[clause:start])
    before = list(pattern.finditer(head))
    cue = before[-1] if before else None
    compare, rate_nouns = _comparisons()
    if cue is not None and cue.group(0) in rate_nouns:
        # 低于全县规上工业增速5.8个百分点: the comparison word gives the sign, not 增速
        cue = next((c for c in reversed(before[:-1]) if c.group(0).lower() in compare), cue)
    if cue is not None and _level_to().search(head, cue.end()):
        # 增速回落至9.3%, slowed to 2.1%: a level reached; the word states no sign of it
        return StatedSign(-1, text[start]) if text[start:start + 1] in "-−" else None
    # a measure of decline is the cue's own subject only within its clause: "the deficit
    # recorded last year. Revenues increased" says nothing of the deficit
    own = 0 if cue is None else max(
        (m.end() for m in _CLAUSE_MARK.finditer(head, 0, cue.start())), default=0)
    measured = cue is not None and _measures().search(head, own, cue.start()) is not None
    # 降幅扩大: the size of a fall that widened is a fall of the rate
    sized = cue is not None and _sizes().search(head, own, cue.start()) is not None
    reduced = reduced_by(head)
    if reduced is not None and (cue is None or cue.end() <= reduced[1]):
        # reducing outlays in January by some $70 billion: the verb's "by" gives the sign
        minus = text[start:start + 1] in "-−"
        return StatedSign(1 if minus else -1, reduced[0] + (f" {text[start]}" if minus else ""))
    if cue is None:
        skip = end + (1 if text[end:end + 1] == " " else 0)
        # (0.08 per cent rate lower than, with a noun between, states no sign here: a
        # labelled relation records that gap as a size; init drafts it negative, and the
        # quote's "lower" lets FC102 accept either)
        cue = pattern.match(text, skip, min(len(text), end + _AFTER))
    minus = text[start:start + 1] in "-−"
    if cue is None:
        return StatedSign(-1, text[start]) if minus else None
    word = cue.group(0)
    sign = -1 if word.lower() in down else 1
    if measured or sized:
        # 降幅收窄, the deficit narrowed: a decline that narrows is a rise; 降幅扩大, the
        # deficit widened: one that widens is a fall
        sign = -sign
    if minus and (sign == 1 or measured or sized):
        # a minus turns the sign (rose -0.2%), except after a word of decline, which it says
        # again (A decrease was observed in Latvia (-2.0%); 下降-2%)
        sign = -sign
    return StatedSign(sign, word + (f" {text[start]}" if minus else ""))
