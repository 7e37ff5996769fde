"""Numbers written for people: 32.20%, 6.82万, intervals as 32.19–32.21%."""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from factcheck.core.interval import Interval
from factcheck.numbers.reading import Reading, UnitKind, format_number

_OPERATORS = re.compile(r"( [+−] )")


@dataclass(frozen=True)
class Style:
    """How to print values of one quantity: scale word, unit suffix and decimals."""

    scale: int = 1
    word: str = ""
    suffix: str = ""
    decimals: int = 2

    def __call__(self, value: Fraction) -> str:
        return format_number(value, self.decimals, self.scale, self.word) + self.suffix

    def interval(self, iv: Interval) -> str:
        """'32.19–32.21%', '> 6.82万', '≤ 80000'."""
        if iv.lo is not None and iv.hi is not None:
            lo, hi = self(iv.lo), self(iv.hi)
            return lo if lo == hi else f"{self._bare(iv.lo)}–{hi}"
        if iv.lo is not None:
            return ("≥ " if iv.lo_closed else "> ") + self(iv.lo)
        if iv.hi is not None:
            return ("≤ " if iv.hi_closed else "< ") + self(iv.hi)
        return "any value"

    def _bare(self, value: Fraction) -> str:
        return format_number(value, self.decimals, self.scale, "")

    def coarser(self) -> Style:
        """One decimal fewer: the precision of the printed figures themselves."""
        floor = 2 if self.scale > 1 else 0
        return Style(self.scale, self.word, self.suffix, max(self.decimals - 1, floor))

    def more(self, extra: int = 1) -> Style:
        return Style(self.scale, self.word, self.suffix, self.decimals + extra)


PERCENT = Style(suffix="%", decimals=2)
PP = Style(suffix=" pp", decimals=2)


def style_of(reading: Reading, extra: int = 1) -> Style:
    """A style one or two decimals finer than the printed figure."""
    if reading.unit_kind is UnitKind.PERCENT:
        return Style(suffix="%", decimals=max(reading.decimals + extra, 2))
    if reading.unit_kind is UnitKind.PERCENTAGE_POINT:
        return Style(suffix=" pp", decimals=max(reading.decimals + extra, 2))
    if reading.unit_kind is UnitKind.MULTIPLE:
        # in the figure's own word: 2.30倍, 2.30 times, 2.30-fold
        from factcheck.languages import lexicon

        word = reading.unit or ""
        spaced = word in lexicon.words("multiple", lexicon.languages(spaced=True)) \
            and word[:1].isalpha()
        return Style(suffix=f" {word}" if spaced else word, decimals=reading.decimals + extra)
    unit = reading.unit or ""
    if reading.scale_word and reading.scale > 1:
        return Style(reading.scale, reading.scale_word, unit, reading.decimals + extra)
    return Style(1, "", unit, extra if reading.decimals == 0 and extra else reading.decimals + extra)


def printed(reading: Reading) -> str:
    """The figure as the claim records it, tidied: '31.67万辆'."""
    # a sum of figures keeps its spaced operators: (50亿元 + 24亿元)
    text = "".join(part if part in (" + ", " − ") else part.replace(" ", "")
                   for part in _OPERATORS.split(reading.text))
    return text[:-2] + " pp" if text.endswith("pp") else text
