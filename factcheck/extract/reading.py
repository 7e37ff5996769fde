"""Reading a detected figure with the project's one grammar, and building a Mention."""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache

from factcheck.extract.lexicon import canonical
from factcheck.extract.mentions import Kind, Mention
from factcheck.languages import lexicon
from factcheck.numbers.grammar import (
    BP_UNITS,
    DEFAULT_TOLERANCES,
    GLUED_MULTIPLE_UNITS,
    MULTIPLE_UNITS,
    PERCENT_UNITS,
    PP_UNITS,
    PREFIX_QUALIFIERS,
    SUFFIX_QUALIFIERS,
    NumberError,
    last_nonzero_unit,
    read_figure,
)
from factcheck.numbers.reading import Qualifier, Reading, UnitKind

_KIND_OF_UNIT = {
    UnitKind.PERCENT: Kind.PERCENT,
    UnitKind.PERCENTAGE_POINT: Kind.PERCENTAGE_POINT,
    UnitKind.MULTIPLE: Kind.MULTIPLE,
    UnitKind.AMOUNT: Kind.AMOUNT,
}


_PERCENT = frozenset(PERCENT_UNITS)
_PP = frozenset(PP_UNITS)
_BP = BP_UNITS
_MULTIPLE = frozenset(MULTIPLE_UNITS) | GLUED_MULTIPLE_UNITS
_SCALE: dict[str, int] = {"": 1, **lexicon.table("scales", lexicon.languages(spaced=False))}
_FAST_QUALIFIERS = {"": Qualifier.EXACT, **{w: q for w, q in PREFIX_QUALIFIERS.items()
                                            if not w.isascii()}}


def fast_bounds(number: str, scale_word: str, many: bool, unit: str, prefix: str,
                post: str) -> tuple[Fraction, Fraction | None, Fraction | None, Qualifier,
                                    UnitKind] | None:
    """The grammar's value and bounds for a plain figure, with integer arithmetic.

    Covers digits, one multiplier, 多/余, a unit and one qualifier word; anything else
    returns None and goes through ``read_figure``. tests/test_extract.py checks that both
    agree on generated figures.
    """
    if not number.replace(".", "", 1).isdigit() or scale_word not in _SCALE:
        return None
    if (prefix and post) or (many and (prefix or post)):
        return None
    q = _FAST_QUALIFIERS.get(prefix) if prefix else SUFFIX_QUALIFIERS.get(post, Qualifier.EXACT)
    if q is None:
        return None
    int_part, _, frac = number.partition(".")
    d = len(frac)
    scale = _SCALE[scale_word]
    den = 10**d
    n = int(int_part + frac) * scale
    u = unit.strip().lower()
    if u in _BP:
        return None  # 25bp is 0.25 pp: the grammar moves the point
    kind = (UnitKind.PERCENT if u in _PERCENT else UnitKind.PERCENTAGE_POINT if u in _PP
            else UnitKind.MULTIPLE if u in _MULTIPLE else UnitKind.AMOUNT)
    value = Fraction(n, den) if den > 1 else Fraction(n)  # one argument: no gcd to take
    rounded = kind is not UnitKind.AMOUNT or d > 0 or scale > 1
    h2 = scale if rounded else 0  # half a unit of the last digit, over 2 * den
    if q is Qualifier.EXACT and not many:
        if not h2:
            return value, value, value, q, kind
        return value, Fraction(2 * n - h2, 2 * den), Fraction(2 * n + h2, 2 * den), q, kind
    half = Fraction(h2, 2 * den)
    if many:
        top = last_nonzero_unit(number, d) * scale
        return value, value, value + top, Qualifier.MORE_THAN, kind
    if q is Qualifier.EXACT:
        return value, value - half, value + half, q, kind
    if q is Qualifier.APPROX:
        reach = max(last_nonzero_unit(number, d) * scale / 2, half)
        return value, value - reach, value + reach, q, kind
    if q is Qualifier.MORE_THAN or q is Qualifier.AT_LEAST:
        return value, value - half, None, q, kind
    if q is Qualifier.NEARLY:
        return value, value * (1 - DEFAULT_TOLERANCES.nearly), value, q, kind
    if q is Qualifier.AT_MOST:
        return value, None, value + half, q, kind
    return value, None, value + half, q, kind


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
    name = canonical(unit)
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
