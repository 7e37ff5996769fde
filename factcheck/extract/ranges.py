"""Ranges printed as one figure: 540到560億美元, 6%至7%, between 2% and 3%, 667-687.

The two ends are found as two mentions first (the lower end already carries the unit it
shares with the upper end, see suffixes.py); here they become one mention whose interval
runs from the lower end's lowest reading to the upper end's highest, as a claims value
written as a range reads (docs/relations.md).
"""

from __future__ import annotations

import re
from functools import cache

from factcheck.extract.mentions import Kind, Mention
from factcheck.languages import lexicon
from factcheck.numbers.reading import Qualifier

# the kinds of figure a range is made of (years, dates and periods have ranges of their own)
_RANGED = frozenset({Kind.AMOUNT, Kind.PERCENT, Kind.PERCENTAGE_POINT, Kind.MULTIPLE})


@cache
def _words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """Joins written as symbols or CJK characters, joins written as English words, words
    that open an English range, and words before a change from one level to another."""
    joins = lexicon.words("range_joins")
    symbols = frozenset(w for w in joins if not (w.isascii() and w.isalpha()))
    english = frozenset(w for w in joins if w.isascii() and w.isalpha())
    return symbols, english, lexicon.words("range_opening"), lexicon.words("range_from")


@cache
def _spread() -> tuple[str, ...]:
    """Words after which two figures joined by ``to`` are one range (ranged from)."""
    return tuple(w.lower() for w in lexicon.words("range_spread"))


@cache
def _spread_to() -> frozenset[str]:
    """The words between the ends of a range the words of ``_spread`` open (to)."""
    return frozenset(w.lower() for w in lexicon.words("range_to") if w.isascii())


@cache
def _changes() -> tuple[str, ...]:
    """Words of a change: after them an amount, then 至 and another, is a change and the
    level it reached (减少约1,500人至3,830,100人), not a range."""
    words = lexicon.words("rise") + lexicon.words("decline") + lexicon.words("increase") \
        + lexicon.words("decrease")
    return tuple(w.lower() for w in words)


@cache
def _split() -> re.Pattern[str]:
    symbols, english, opening, _ = _words()
    joins = [re.escape(w) for w in sorted(symbols, key=len, reverse=True)]
    spaced = english | _spread_to()
    joins += [rf"\s+{re.escape(w)}\s+" for w in sorted(spaced, key=len, reverse=True)]
    return re.compile(rf"^(?:(?:{lexicon.alternation(list(opening))})\s+)?(?P<lo>.*?[^\s\-+−])"
                      rf"\s*(?:{'|'.join(joins)})\s*(?P<hi>\S.*)$", re.IGNORECASE)


def join_ranges(found: list[Mention], folded: str, text: str, base: int) -> list[Mention]:
    """``found`` (in text order) with each pair of figures printed as a range made one."""
    symbols, english, opening, before = _words()
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        glued = _glued_upper_end(prev, m, folded, base) if prev is not None else None
        if prev is not None and glued is not None and _pair(prev, glued):
            # 3.5%-4.2%: a hyphen right after a unit joins a range; it is no minus of 4.2%
            out[-1] = _joined(prev, glued, text, base)
            continue
        if prev is None or not _pair(prev, m):
            out.append(m)
            continue
        gap = folded[prev.end - base:m.start - base]
        join = gap.strip()
        head = folded[:prev.start - base].rstrip().lower()
        if join in symbols and not (join == "-" and join != gap):
            # 540到560亿美元, 667-687 (a spaced hyphen is a dash between clauses)
            if _ends_with_word(head, before) or (
                    m.kind is Kind.AMOUNT and _ends_with_word(head, _changes())):
                out.append(m)
                continue  # 从6%到7%: a change from one level to another
        elif join.lower() in _spread_to() and gap[:1].isspace() and gap[-1:].isspace() \
                and _ends_with_word(head, _spread()):
            pass  # forecasts ranged from 5.5% to 5.9%: one range
        elif join.lower() in english and gap[:1].isspace() and gap[-1:].isspace():
            opened = next((w for w in opening if _ends_with_word(head, (w,))), None)
            if opened is None:
                out.append(m)
                continue  # 2% and 3%: a list, unless "between" opens it
            start = len(head) - len(opened)
            prev = prev._replace(start=base + start, text=text[start:prev.end - base])
        else:
            out.append(m)
            continue
        out[-1] = _joined(prev, m, text, base)
    return out


def _glued_upper_end(lo: Mention, hi: Mention, folded: str, base: int) -> Mention | None:
    """The upper end of a range whose hyphen the reading took for a minus (3.5%-4.2%: the
    hyphen right after the lower end's unit), as the positive figure after it."""
    if hi.start != lo.end or folded[hi.start - base:hi.start - base + 1] != "-" \
            or lo.text[-1:].isdigit() or lo.value is None or lo.value < 0 \
            or hi.value is None or hi.value >= 0 or hi.low is None or hi.high is None:
        return None
    return hi._replace(start=hi.start + 1, text=hi.text[1:], value=-hi.value, low=-hi.high,
                       high=-hi.low)


def _ends_with_word(head: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if head.endswith(w) and (not w.isascii() or len(head) == len(w)
                                 or not head[-len(w) - 1].isalpha()):
            return True
    return False


def _pair(lo: Mention, hi: Mention) -> bool:
    """Two figures that can be a range's ends: the same kind and unit, the lower first."""
    return (lo.kind is hi.kind and lo.kind in _RANGED and lo.qualifier is not Qualifier.RANGE
            and hi.qualifier is not Qualifier.RANGE and lo.canonical == hi.canonical
            and lo.unit is not None and hi.unit is not None
            and lo.value is not None and hi.value is not None and lo.value < hi.value
            and lo.low is not None and hi.high is not None)


def _joined(lo: Mention, hi: Mention, text: str, base: int) -> Mention:
    assert lo.value is not None and hi.value is not None
    return Mention(lo.start, hi.end, text[lo.start - base:hi.end - base],
                   (lo.value + hi.value) / 2, lo.low, hi.high, hi.unit, hi.canonical,
                   Qualifier.RANGE, hi.kind)


def range_parts(printed: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Where the two ends of a range printed as one figure lie in its text."""
    m = _split().match(printed)
    if m is None:
        return None
    return m.span("lo"), m.span("hi")
