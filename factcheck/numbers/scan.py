"""Finding printed figures in running text.

A mention is the whole printed figure: qualifier words, digits, multiplier, 多/余, unit
and trailing qualifier (``超过31.67万辆``, ``近8万平方米``, ``30%以上``). Each mention is
read with the same grammar as claim values, so a figure in the article and a figure in a
claims file always mean the same interval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from factcheck.numbers.chinese import normalise
from factcheck.numbers.grammar import (
    DEFAULT_TOLERANCES,
    PREFIX_QUALIFIERS,
    NumberError,
    Tolerances,
    read_figure,
)
from factcheck.numbers.reading import Reading

_ALIAS_LINE = re.compile(r"^\s*([A-Za-z_][\w]*)\s*=\s*(.+)$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A figure found in text: offsets are code points, end exclusive."""

    start: int
    end: int
    text: str
    reading: Reading
    chinese_numeral: bool = False


@cache
def unit_words() -> tuple[str, ...]:
    """Every non-ASCII unit word of the registry's definitions file, longest first.

    Read from the data file directly so scanning text never needs pint.
    """
    text = resources.files("factcheck.units").joinpath("definitions.txt").read_text("utf-8")
    words: set[str] = set()
    for line in text.splitlines():
        m = _ALIAS_LINE.match(line.split("#", 1)[0])
        if not m:
            continue
        for alias in m.group(2).split("=")[1:]:
            alias = alias.strip()
            if alias and not alias.isascii():
                words.add(alias)
    words.update({"个百分点", "百分点", "倍", "大", "位", "季度", "个"})
    return tuple(sorted(words, key=len, reverse=True))


_ZH_PREFIX = sorted((w for w in PREFIX_QUALIFIERS if not w.isascii()), key=len, reverse=True)
_CN = "零〇一二两三四五六七八九十百千"


@cache
def _pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in unit_words())
    prefix = "|".join(re.escape(w) for w in _ZH_PREFIX)
    number = r"(?:[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+(?:\.\d+)?)"
    scale = r"(?:万亿|亿|万|千)"
    return re.compile(
        rf"(?P<pre>{prefix})?"
        rf"(?P<num>{number}(?:{scale})?(?:[多余])?(?:{scale})?)"
        rf"(?P<unit>%|{units})?"
        rf"(?P<post>以上|以下|左右|上下)?"
    )


_SPECIAL = re.compile(
    r"(?:(?:数|几)(?:十万|百万|千万|十|百|千|万|亿)"
    r"|(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万)元?级"
    r"|(?:超过|超|逾|突破|近|约)(?:十|百|千|万)?(?:亿|万))"
)


@cache
def _chinese_pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in unit_words() if u not in {"大"})
    return re.compile(rf"(?P<lead>第|前|每|连续)?(?P<num>[{_CN}]+)(?P<unit>{units}|大)?")


def scan(text: str, tolerances: Tolerances = DEFAULT_TOLERANCES) -> list[Mention]:
    """Arabic-digit figures of ``text`` in order, each read into an interval."""
    folded = normalise(text)
    out: list[Mention] = []
    for m in _pattern().finditer(folded):
        start, end = m.start(), m.end()
        # a digit glued to letters is a model code (M7, S05, 5G), not a quantity
        if start > 0 and folded[start - 1].isascii() and folded[start - 1].isalnum():
            continue
        if end < len(folded) and folded[end].isascii() and folded[end].isalpha() and not m.group("unit"):
            continue
        try:
            reading = read_figure(folded[start:end], tolerances)
        except NumberError:
            continue
        out.append(Mention(start, end, text[start:end], reading))
    out.extend(_special(text, folded, tolerances))
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def _special(text: str, folded: str, tolerances: Tolerances) -> list[Mention]:
    """Magnitudes with no digits: 数千台, 万亿级, 超千亿元."""
    out = []
    units = unit_words()
    for m in _SPECIAL.finditer(folded):
        end = m.end()
        for u in units:
            if folded.startswith(u, end):
                end += len(u)
                break
        try:
            reading = read_figure(folded[m.start():end], tolerances)
        except NumberError:
            continue
        out.append(Mention(m.start(), end, text[m.start():end], reading))
    return out


def scan_chinese(text: str, tolerances: Tolerances = DEFAULT_TOLERANCES) -> list[Mention]:
    """Chinese-numeral figures that carry a counter or an ordinal/period marker (三季度, 第一)."""
    folded = normalise(text)
    out: list[Mention] = []
    for m in _chinese_pattern().finditer(folded):
        if not (m.group("lead") or m.group("unit")):
            continue
        start = m.start("num")
        try:
            reading = read_figure(folded[start:m.end()], tolerances)
        except NumberError:
            continue
        out.append(Mention(start, m.end(), text[start:m.end()], reading, chinese_numeral=True))
    return out
