"""Printed figures with their full reading: the extractor finds them, the grammar reads them.

Checks that compare a figure with a recorded value (fidelity, the HTML view, discovery)
need more than the extractor's summary — the printed decimals, the unit kind — so each
mention is read again with ``read_figure``, the same grammar that reads claim values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from factcheck.extract import Kind, Mention, extract
from factcheck.extract.lexicon import ZH_MARKERS
from factcheck.extract.ranges import range_parts
from factcheck.languages import modules
from factcheck.languages.folding import normalise
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, NumberError, Tolerances, read_figure
from factcheck.numbers.reading import Qualifier, Reading

# markers that place a figure (第一, 前三季度, 每60秒, 连续3年, 上世纪80年代) but are not part of it
_MARKERS = ZH_MARKERS


@dataclass(frozen=True, slots=True)
class PrintedFigure:
    """A figure of a text: code-point offsets (end exclusive), its text and its reading."""

    start: int
    end: int
    text: str
    reading: Reading
    kind: Kind

    @property
    def in_words(self) -> bool:
        """Written in Chinese numerals (三季度, 第一) rather than digits."""
        return not any("0" <= ch <= "9" for ch in normalise(self.text))


def printed_figures(text: str, tolerances: Tolerances = DEFAULT_TOLERANCES) -> list[PrintedFigure]:
    """Every quantity of ``text`` (identifiers and dates left out), read into intervals."""
    # quotes repeat (比重提高1.2个百分点 in every group); the figures are frozen
    if tolerances is DEFAULT_TOLERANCES:  # no hash of its Fractions for the key
        return list(_printed_default(text))
    return list(_printed_cached(text, tolerances))


@lru_cache(maxsize=4096)
def _printed_default(text: str) -> tuple[PrintedFigure, ...]:
    return tuple(_printed_figures(text, DEFAULT_TOLERANCES))


@lru_cache(maxsize=4096)
def _printed_cached(text: str, tolerances: Tolerances) -> tuple[PrintedFigure, ...]:
    return tuple(_printed_figures(text, tolerances))


def _printed_figures(text: str, tolerances: Tolerances) -> list[PrintedFigure]:
    out: list[PrintedFigure] = []
    for m in extract(text):
        if m.kind in (Kind.IDENTIFIER, Kind.DATE):
            continue
        if m.qualifier is Qualifier.RANGE:
            # a range's ends are figures of their own to checks and discovery (540, 560亿美元)
            out.extend(_ends(m, tolerances))
            continue
        start, body = m.start, m.text
        for marker in _MARKERS:
            if body.startswith(marker) and len(body) > len(marker):
                start, body = start + len(marker), body[len(marker):]
                break
        # 两位数增长: words that stand for a figure (10%以上) are read as it
        words = stands_for(text, m.end) if m.kind is Kind.PERCENT else None
        try:
            reading = read_figure(words or normalise(body), tolerances)
        except NumberError:
            continue
        out.append(PrintedFigure(start, m.end, body, reading, m.kind))
    return out


def stands_for(text: str, end: int) -> str | None:
    """The value, as the claims grammar writes it, that words printed in ``text`` up to
    ``end`` stand for (两位数增长 is 10%以上): each language's ``mentions.stands_for``, the
    first that reads them; None when none does."""
    for scan in _stands_for():
        value = scan(text, end)
        if value is not None:
            return value
    return None


@cache
def _stands_for() -> tuple[Callable[[str, int], str | None], ...]:
    found = (getattr(language, "stands_for", None) for language in modules("mentions"))
    return tuple(f for f in found if f is not None)


def _ends(m: Mention, tolerances: Tolerances) -> list[PrintedFigure]:
    parts = range_parts(m.text)
    if parts is None:
        return []
    out = []
    for a, b in parts:
        try:
            reading = read_figure(normalise(m.text[a:b]), tolerances)
        except NumberError:
            continue
        out.append(PrintedFigure(m.start + a, m.start + b, m.text[a:b], reading, m.kind))
    return out
