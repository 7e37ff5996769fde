"""Finding every numeric mention of a text: digits, Chinese numerals, English forms.

``extract(text)`` returns the mentions in text order. Work is done one paragraph at a
time, so cost grows linearly with the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from functools import cache, lru_cache, partial
from operator import itemgetter

from factcheck.extract import digits, reading
from factcheck.extract.digits import scan_digits
from factcheck.extract.lexicon import fold
from factcheck.extract.mentions import NEEDS_COVERAGE, Kind, Mention
from factcheck.extract.paragraphs import paragraphs
from factcheck.extract.ranges import join_ranges
from factcheck.extract.reading import point
from factcheck.extract.suffixes import (
    share_currency_and_scale,
    share_qualifiers,
    share_suffixes,
)
from factcheck.languages import modules
from factcheck.languages.lexicon import words as language_words

__all__ = ["NEEDS_COVERAGE", "Kind", "Mention", "cache_info", "clear_caches", "define_units",
           "extract", "extract_article", "extract_paragraph"]

_START = itemgetter(0)
# Ⅲ期: the word after a Roman numeral that makes it the name of a phase, in every language
# (languages.lexicon under another name: factcheck.extract.lexicon is this package's own)
_PHASE_WORDS = language_words("phase_words")
# what each language reads in its own way: a language's ``mentions`` module offers
# ``numeral_anchor`` and ``scan_anchored`` (numerals of its own, found by the anchor pattern)
# and ``scan_words`` (figures written in its words)
_Scan = Callable[[str, str, int, int, int, int, list[Mention]], int]


@cache
def _anchor() -> tuple[re.Pattern[str], dict[str, _Scan]]:
    """Digits, or a numeral run of a language that something marks as a figure (its
    ``mentions.numeral_anchor``), with the reader of each numeral branch.

    Every branch starts at the figure's first character, and the pattern starts with one
    character class, so the regex engine skips the text between figures with a charset
    test per character instead of trying each branch at every position (3× faster). The
    empty named groups say which branch matched.
    """
    chars, branches = "", ""
    readers: dict[str, _Scan] = {}
    for language in modules("mentions"):
        offer = getattr(language, "numeral_anchor", None)
        if offer is None:
            continue
        start, branch = offer()
        chars += start
        branches += f"|{branch}"
        for group in re.compile(branch).groupindex:
            readers[group] = partial(language.scan_anchored, group)
    pattern = re.compile(
        rf"[\d{chars}\u2160-\u216b\u2460-\u2473]"
        rf"(?:(?<=\d)(?P<num>)(?:\d{{0,2}}(?:,\d{{3}})+(?:\.\d+)?(?!\d)"
        rf"|\d{{0,2}}(?:[ \u00a0\u2009\u202f]\d{{3}})+(?:\.\d+)?(?!\d|[.,]\d)|\d*(?:\.\d+)?)"
        rf"{branches}"
        r"|(?<=[\u2160-\u216b])(?P<roman>)|(?<=[\u2460-\u2473])(?P<circled>))"
    )
    return pattern, readers


@cache
def _word_scanners() -> tuple[Callable[[str, str, int, list[Mention]], None], ...]:
    """Each language's ``mentions.scan_words``: figures written in its words."""
    found = (getattr(language, "scan_words", None) for language in modules("mentions"))
    return tuple(scan for scan in found if scan is not None)


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
    anchor, numerals = _anchor()
    search = anchor.search
    while True:
        m = search(folded, pos)
        if m is None:
            break
        kind = m.lastgroup
        s, e = m.span()
        if kind == "num":
            pos = max(scan_digits(folded, paragraph, s, e, base, found), e)
        elif kind in numerals:
            pos = numerals[kind](folded, paragraph, s, e, pos, base, found)
        else:
            n = ord(folded[s]) - (0x2160 if kind == "roman" else 0x2460) + 1
            end = e + len(next((w for w in _PHASE_WORDS if folded.startswith(w, e)), ""))
            k = Kind.IDENTIFIER if kind == "roman" else Kind.ORDINAL
            found.append(point(base + s, base + end, paragraph[s:end],
                               None if k is Kind.IDENTIFIER else Fraction(n), k))
            pos = end
    for scan_words in _word_scanners():
        scan_words(folded, paragraph, base, found)
    found.sort(key=_START)
    shared = share_qualifiers(share_suffixes(found, folded, paragraph, base), folded, base)
    shared = share_currency_and_scale(shared, folded, base)
    return join_ranges(shared, folded, paragraph, base)


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
