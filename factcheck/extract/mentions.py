"""A numeric mention found in a text, and how it is turned into JSON."""

from __future__ import annotations

from enum import StrEnum
from fractions import Fraction
from typing import Any, NamedTuple

from factcheck.core.exact import exact
from factcheck.numbers.reading import Qualifier


class Kind(StrEnum):
    """What a mention is, which decides whether a claims file must cover it."""

    AMOUNT = "amount"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    MULTIPLE = "multiple"
    RATE = "rate"
    RATIO = "ratio"
    YEAR = "year"
    DATE = "date"
    DURATION = "duration"
    ORDINAL = "ordinal"
    IDENTIFIER = "identifier"


# Figures state quantities, and a claims file must cover each. Years, dates, periods and
# durations (前三季度, 1至10月, Q3, 连续13个月), ordinals and ranks (第一产业, 第3位) and
# identifiers (M7, 5G, “33618”, Ⅲ期, COVID-19) are not figures: they need no claim or
# waiver, though a claim may still record one (a year, a rank) to check it.
NOT_FIGURES = frozenset({Kind.YEAR, Kind.DATE, Kind.DURATION, Kind.ORDINAL, Kind.IDENTIFIER})
NEEDS_COVERAGE = frozenset(Kind) - NOT_FIGURES


class Mention(NamedTuple):
    """A figure in a text: code-point offsets (end exclusive) and its reading.

    A named tuple rather than a dataclass: a long text has hundreds of thousands of
    mentions, and a tuple is the cheapest immutable record to build.

    ``value``, ``low`` and ``high`` are in base units after the multiplier (31.67万辆 →
    316700); ``low``/``high`` are None where the interval is unbounded, and all three are
    None for dates and identifiers.
    """

    start: int
    end: int
    text: str
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    unit: str | None
    canonical: str | None
    qualifier: Qualifier
    kind: Kind

    @property
    def needs_coverage(self) -> bool:
        return self.kind in NEEDS_COVERAGE

    def as_dict(self) -> dict[str, Any]:
        """Stable key order; numbers as JSON numbers (exact decimals print exactly)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": json_number(self.value),
            "low": json_number(self.low),
            "high": json_number(self.high),
            "unit": self.unit,
            "canonical": self.canonical,
            "qualifier": self.qualifier.value,
            "kind": self.kind.value,
        }


def json_number(value: Fraction | None) -> int | float | str | None:
    """An int when whole; a float when its shortest repr is the exact decimal (every
    everyday figure); otherwise the exact value as a string — a decimal when it terminates,
    else ``p/q`` — so that no figure is ever rounded or overflows on its way out."""
    if value is None:
        return None
    if value.denominator == 1:
        return int(value)
    try:
        near = float(value)
    except OverflowError:
        near = None
    # float() of a Fraction raises rather than giving inf or nan, so only rounding is left
    if near is not None and Fraction(repr(near)) == value:
        return near
    return exact(value)

