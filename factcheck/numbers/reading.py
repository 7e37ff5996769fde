"""What a printed figure says: its point value, its interval and how it was qualified."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

from factcheck.core.interval import Interval


class Qualifier(StrEnum):
    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    NEARLY = "nearly"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    # two figures printed as one range (540到560亿美元): only the extractor reads it so
    RANGE = "range"


class UnitKind(StrEnum):
    """How the unit of a figure makes it behave in arithmetic."""

    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    MULTIPLE = "multiple"
    AMOUNT = "amount"


@dataclass(frozen=True, slots=True)
class Reading:
    """One printed figure, read.

    ``value`` and ``interval`` are in base units after the multiplier (31.67万 → 316700);
    percentages stay in percent (8.1% → 8.1).
    """

    text: str
    value: Fraction
    interval: Interval
    qualifier: Qualifier
    unit: str | None
    unit_kind: UnitKind
    decimals: int
    scale: int
    scale_word: str
    estimate: bool = False  # 数千, 万亿级: a magnitude, not a figure

    @property
    def rounded_only(self) -> bool:
        return self.qualifier is Qualifier.EXACT and not self.interval.is_point

    def with_unit(self, unit: str | None, kind: UnitKind) -> Reading:
        return Reading(
            self.text, self.value, self.interval, self.qualifier, unit, kind,
            self.decimals, self.scale, self.scale_word, self.estimate,
        )


def format_number(value: Fraction, decimals: int = 2, scale: int = 1, scale_word: str = "") -> str:
    """Render an exact value at a fixed number of decimals, half away from zero."""
    # integer arithmetic: floor(|value| / scale * 10**decimals + 1/2)
    num, den = abs(value.numerator), value.denominator * scale
    if decimals >= 0:
        num *= 10**decimals
    else:
        den *= 10**-decimals
    whole = (2 * num + den) // (2 * den)
    sign = "-" if value < 0 and whole else ""
    digits = str(whole).rjust(decimals + 1, "0")
    text = digits if decimals == 0 else f"{digits[:-decimals]}.{digits[-decimals:]}"
    return f"{sign}{text}{scale_word}"
