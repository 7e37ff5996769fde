"""Finding every numeric mention of a text: digits, Chinese numerals, English forms.

``extract(text)`` returns the mentions in text order. Work is done one paragraph at a
time, so cost grows linearly with the text.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache, lru_cache
from operator import itemgetter

from factcheck.extract import digits, reading
from factcheck.extract.digits import scan_digits
from factcheck.extract.lexicon import ZH_PREFIXES, fold, zh_units
from factcheck.extract.mentions import NEEDS_COVERAGE, Kind, Mention
from factcheck.extract.paragraphs import paragraphs
from factcheck.extract.ranges import join_ranges
from factcheck.extract.reading import point
from factcheck.extract.suffixes import share_suffixes
from factcheck.languages import lexicon as lex
from factcheck.languages.en.mentions import scan_words
from factcheck.languages.zh.mentions import scan_numeral
from factcheck.languages.zh.numerals import CHINESE_NUMERAL_CHARS

__all__ = ["NEEDS_COVERAGE", "Kind", "Mention", "cache_info", "clear_caches", "define_units",
           "extract", "extract_article", "extract_paragraph"]

_NUMERALS = CHINESE_NUMERAL_CHARS
_DIGITS = "".join(lex.table("numerals", "zh"))
_BIG = "".join(lex.table("numeral_big_units", "zh"))
# 七十二点六, 七二九．二, 一五三三·四: the decimal points of a numeral run
_POINT = lex.alternation(lex.words("decimal_point", "zh"))
_START = itemgetter(0)


@cache
def _anchor() -> re.Pattern[str]:
    """Digits, or a numeral run that something marks as a figure (see zh.py).

    The run must follow a marker or qualifier character or precede a counter, 级 or 期:
    checking that in the pattern spares a Python call for every 一 of 统一, 一批, 唯一.

    Every branch starts at the figure's first character, and the pattern starts with one
    character class, so the regex engine skips the text between figures with a charset
    test per character instead of trying each branch at every position (3× faster). The
    empty named groups say which branch matched; the marker before a numeral run is
    checked by lookbehind.
    """
    after = "".join(sorted({re.escape(u[0]) for u in zh_units()} | {"级", "期", "元", "成"}))
    before = "".join(sorted({re.escape(w[-1]) for w in ZH_PREFIXES} | set("第前每续数几之的")
                            | {re.escape(w[-1]) for w in lex.words("streak_before", "zh")}))
    n = _NUMERALS
    # 七十二点六亿: a decimal point inside a numeral run, digits and a multiplier after it
    point = rf"(?:(?:{_POINT})[{_DIGITS}]+[{_BIG}]*)?"
    return re.compile(
        rf"[\d{n}\u2160-\u216b\u2460-\u2473]"
        rf"(?:(?<=\d)(?P<num>)(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)"
        rf"|\d{{0,2}}(?:[ \u00a0\u2009\u202f]\d{{3}})+(?:\.\d+)?(?![\d.,])|\d*(?:\.\d+)?)"
        rf"|(?<=[{before}][{n}])(?P<cn>)[{n}]*{point}"
        rf"|(?<=[{n}])(?P<cn2>)[{n}]*{point}(?=[{after}])"
        # 出口七二九．二億: a numeral with a decimal point and a multiplier is a figure alone
        rf"|(?<=[{n}])(?P<cn3>)[{n}]*(?:{_POINT})[{_DIGITS}]+[{_BIG}]+"
        r"|(?<=[\u2160-\u216b])(?P<roman>)|(?<=[\u2460-\u2473])(?P<circled>))"
    )


@cache
def _run_before_counter() -> re.Pattern[str]:
    """A numeral run followed by a counter (the ``cn2`` branch of ``_anchor`` alone)."""
    after = "".join(sorted({re.escape(u[0]) for u in zh_units()} | {"级", "期", "元", "成"}))
    return re.compile(rf"[{_NUMERALS}]+(?:(?:{_POINT})[{_DIGITS}]+[{_BIG}]*)?(?=[{after}])")


def extract(text: str) -> list[Mention]:
    """Every numeric mention of ``text``, in text order."""
    out: list[Mention] = []
    for offset, paragraph in paragraphs(text):
        out.extend(extract_paragraph(paragraph, offset))
    return out


def extract_article(text: str) -> list[Mention]:
    """``extract`` of a whole article, remembered for the last few articles: a batch of
    claims files about one article reads it once, not once per file."""
    return list(_article_mentions(text))


@lru_cache(maxsize=4)
def _article_mentions(text: str) -> tuple[Mention, ...]:
    return tuple(extract(text))


def extract_paragraph(paragraph: str, base: int = 0) -> list[Mention]:
    """The mentions of one paragraph; offsets are shifted by ``base``."""
    folded = fold(paragraph)
    found: list[Mention] = []
    pos = 0
    search = _anchor().search
    while True:
        m = search(folded, pos)
        if m is None:
            break
        kind = m.lastgroup
        s, e = m.span()
        if kind == "cn" and s == pos:
            # the marker lies inside the figure just read: only a counter after the run
            # makes it a figure (as if the text before ``pos`` were cut off)
            m = _run_before_counter().match(folded, s)
            if m is None:
                pos = s + 1
                continue
            e = m.end()
        if kind == "num":
            pos = max(scan_digits(folded, paragraph, s, e, base, found), e)
        elif kind == "cn" or kind == "cn2" or kind == "cn3":
            pos = max(scan_numeral(folded, paragraph, s, e, base, found), e)
        else:
            n = ord(folded[s]) - (0x2160 if kind == "roman" else 0x2460) + 1
            end = e + 1 if folded.startswith("期", e) else e
            k = Kind.IDENTIFIER if kind == "roman" else Kind.ORDINAL
            found.append(point(base + s, base + end, paragraph[s:end],
                               None if k is Kind.IDENTIFIER else Fraction(n), k))
            pos = end
    scan_words(folded, paragraph, base, found)
    found.sort(key=_START)
    return join_ranges(share_suffixes(found, folded, paragraph, base), folded, paragraph, base)


def define_units(units: dict[str, str]) -> None:
    """A newsroom's own units (word → counter or currency), for extraction and the claims
    grammar alike; the patterns that look for unit words are compiled again. An empty
    mapping forgets them."""
    from factcheck import units as registry
    from factcheck.extract import lexicon as words

    if units:
        registry.define(units)
    else:
        registry.forget()
    words.define_units(units)
    _anchor.cache_clear()
    _run_before_counter.cache_clear()
    clear_caches()


def clear_caches() -> None:
    """Forget every cached reading (compiled patterns and word tables stay)."""
    digits.read_digits.cache_clear()
    reading.read.cache_clear()
    _article_mentions.cache_clear()


def cache_info() -> tuple[int, int]:
    """Hits and misses of the cache of digit-figure readings since it was last cleared."""
    info = digits.read_digits.cache_info()
    return info.hits, info.misses
