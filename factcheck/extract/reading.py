"""Reading a detected figure with the project's one grammar, and building a Mention."""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from factcheck.extract.lexicon import canonical, fold
from factcheck.extract.mentions import Kind, Mention
from factcheck.numbers.grammar import NumberError, read_figure
from factcheck.numbers.reading import Qualifier, Reading, UnitKind

_KIND_OF_UNIT = {
    UnitKind.PERCENT: Kind.PERCENT,
    UnitKind.PERCENTAGE_POINT: Kind.PERCENTAGE_POINT,
    UnitKind.MULTIPLE: Kind.MULTIPLE,
    UnitKind.AMOUNT: Kind.AMOUNT,
}


@lru_cache(maxsize=65536)
def read(figure: str) -> Reading | None:
    """The grammar's reading of a folded figure, or None. Figures repeat; reading is pure."""
    try:
        return read_figure(figure)
    except NumberError:
        return None


def unit_kind(reading: Reading) -> Kind:
    return _KIND_OF_UNIT[reading.unit_kind]


def from_reading(start: int, end: int, text: str, reading: Reading, unit: str | None,
                 kind: Kind) -> Mention:
    """A mention carrying the grammar's value and interval."""
    iv = reading.interval
    name = canonical(fold(unit)) if unit else None
    if unit is None and reading.unit is not None:
        name = canonical(reading.unit)
    return Mention(start, end, text, reading.value, iv.lo, iv.hi, unit, name,
                   reading.qualifier, kind)


def point(start: int, end: int, text: str, value: Fraction | None, kind: Kind,
          unit: str | None = None, name: str | None = None,
          low: Fraction | None = None, high: Fraction | None = None) -> Mention:
    """A mention whose value is exact (a year, an ordinal) or absent (a date, an identifier)."""
    return Mention(start, end, text, value, value if low is None else low,
                   value if high is None else high, unit, name, Qualifier.EXACT, kind)
