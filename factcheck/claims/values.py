"""A claim's ``value`` field, typed: a figure with a unit, a ratio list, a span or a label."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache

from factcheck.core.i18n import N_, Message
from factcheck.core.interval import Interval
from factcheck.languages import lexicon as _lexicon
from factcheck.languages.folding import normalise
from factcheck.languages.zh.numerals import CHINESE_NUMERAL_CHARS
from factcheck.numbers.grammar import DEFAULT_TOLERANCES, NumberError, Tolerances, read_figure
from factcheck.numbers.reading import Reading, UnitKind
from factcheck.units import DIMENSIONLESS, Unit, resolve


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure with its resolved unit; value and interval are in the unit as written."""

    reading: Reading
    unit: Unit

    @property
    def value(self) -> Fraction:
        return self.reading.value

    @property
    def interval(self) -> Interval:
        return self.reading.interval

    @property
    def kind(self) -> UnitKind:
        return self.reading.unit_kind

    def base_interval(self) -> Interval:
        """The interval in the unit's base (years in months, inches in metres)."""
        return self.reading.interval * self.unit.factor

    def base_value(self) -> Fraction:
        return self.reading.value * self.unit.factor


@dataclass(frozen=True, slots=True)
class Range(Figure):
    """540到560亿美元, between 2% and 3%: a figure whose interval spans its two ends."""

    low: Figure
    high: Figure


@dataclass(frozen=True, slots=True)
class RatioList:
    """7.7:57.5:34.8 — shares of a partition."""

    parts: tuple[Reading, ...]


@dataclass(frozen=True, slots=True)
class Span:
    """2014..2016 — a run of calendar years, both ends included."""

    start: int
    end: int

    @property
    def years(self) -> int:
        return self.end - self.start + 1


@dataclass(frozen=True, slots=True)
class Label:
    """A name made of digits ("33618", "1院5中心10平台")."""

    text: str
    numbers: tuple[int, ...]
    digits: str


Value = Figure | RatioList | Span | Label

_SPAN = re.compile(r"^\s*(\d{4})\s*年?\s*(?:\.\.|—|–|-|~|至|到|to)\s*(\d{4})\s*年?\s*$")
_RATIO = re.compile(r"^\s*\d+(?:\.\d+)?(?:\s*[:：]\s*\d+(?:\.\d+)?)+\s*$")
_PERCENT_WORDS = {"%": "%", "pp": "percentage_point"}
# a range as a value: 540到560亿美元, 6%至7%, between 2% and 3%, 2.5–3.0 pp; its ends in
# Chinese numerals (四十％至四十五％, 六一〇億至六三二億美元); a hyphen between an end and the
# next digit or currency sign (5-6%, $3bn-$4bn), never one that opens the value
_N = rf"\d{CHINESE_NUMERAL_CHARS}"
_RANGE = re.compile(rf"^\s*(?:between\s+)?(?P<lo>[^{_N}]*[{_N}].*?)\s*"
                    rf"(?:到|至|~|～|–|—|\bto\b|\band\b|(?<=[\d%a-z])-(?=[$€£¥]?\d))\s*"
                    rf"(?P<hi>[-−+]?[$€£¥]?[{_N}].*)$", re.IGNORECASE)
# multiples stated in words, with no numeral ('doubled', 'more than doubled'): the factor, from
# the doubling table of the languages that write words apart (the grammar reads the others')
MULTIPLE_WORDS: dict[str, Fraction] = {
    word.lower(): Fraction(factor)
    for word, factor in _lexicon.table("doubling", _lexicon.languages(spaced=True)).items()}
_LEADING_NUMBER = re.compile(r"^[-−+]?[\d.,]+")


def rounded_to(figure: Figure, step: int) -> Figure:
    """An exact amount stated to the nearest ``step`` units (63,000 rounded to thousands is
    62 500–63 500); a figure already read more loosely keeps its own interval."""
    r = figure.reading
    if r.unit_kind is not UnitKind.AMOUNT or r.qualifier.value != "exact":
        return figure
    around = Interval.around(r.value, Fraction(step, 2))
    return Figure(replace(r, interval=r.interval.hull(around)), figure.unit)


def parse_figure(text: str, tolerances: Tolerances = DEFAULT_TOLERANCES) -> Figure:
    reading = read_figure(text, tolerances)
    written = reading.unit
    if written and reading.unit_kind is UnitKind.MULTIPLE:
        written = written.lstrip("-")  # 2.5-fold is 2.5 fold
    unit = resolve(written) if written else DIMENSIONLESS
    kind = reading.unit_kind
    if kind is UnitKind.AMOUNT and unit.dimension == "percent":
        reading = reading.with_unit(reading.unit, UnitKind.PERCENT)
    elif kind is UnitKind.AMOUNT and unit.dimension == "percentage_point":
        reading = reading.with_unit(reading.unit, UnitKind.PERCENTAGE_POINT)
    elif kind is UnitKind.AMOUNT and unit.dimension == "multiple":
        reading = reading.with_unit(reading.unit, UnitKind.MULTIPLE)
    return Figure(reading, unit)


def parse_value(text: str, *, label: bool = False,
                tolerances: Tolerances = DEFAULT_TOLERANCES) -> Value:
    """Parse a claim's value. Raises NumberError or UnknownUnitError on bad text."""
    # claims files repeat values (8.1%, 1.2 pp); every value type is frozen
    if type(text) is str:
        if tolerances is DEFAULT_TOLERANCES:  # no hash of its Fractions for the key
            return _parse_default(text, label)
        return _parse_cached(text, label, tolerances)
    return _parse_value(text, label, tolerances)


@lru_cache(maxsize=65536)
def _parse_default(text: str, label: bool) -> Value:
    return _parse_value(text, label, DEFAULT_TOLERANCES)


@lru_cache(maxsize=65536)
def _parse_cached(text: str, label: bool, tolerances: Tolerances) -> Value:
    return _parse_value(text, label, tolerances)


def _parse_value(text: str, label: bool, tolerances: Tolerances) -> Value:
    s = normalise(str(text)).strip()
    if label:
        numbers = tuple(int(n) for n in re.findall(r"\d+", s))
        if not numbers:
            raise NumberError(Message(N_("label {text} has no digits"), text=repr(text)))
        return Label(s, numbers, "".join(re.findall(r"\d", s)))
    span = _SPAN.match(s)
    if span:
        start, end = int(span.group(1)), int(span.group(2))
        if end < start:
            raise NumberError(Message(N_("span {text} ends before it starts"), text=repr(text)))
        return Span(start, end)
    if _RATIO.match(s):
        return RatioList(tuple(read_figure(p.strip() + "%", tolerances)
                               for p in re.split(r"[:：]", s)))
    in_words = multiple_in_words(s)
    if in_words is not None:
        return in_words
    ranged = _RANGE.match(s)
    if ranged:
        return parse_range(s, ranged.group("lo"), ranged.group("hi"), tolerances)
    return parse_figure(s, tolerances)


def share_in_words(figure: Figure) -> Figure | None:
    """A fraction printed in words ('almost two-thirds', 'nearly half') as the percentage
    it is, for a share or a rate; None for a figure printed with digits or a unit."""
    r = figure.reading
    if r.unit_kind is not UnitKind.AMOUNT or r.unit or any(c.isdigit() for c in r.text):
        return None
    if r.interval.lo is None or r.interval.hi is None or r.interval.lo < 0 or r.interval.hi > 1:
        return None
    reading = replace(r, value=r.value * 100, interval=r.interval * 100, unit="%",
                      unit_kind=UnitKind.PERCENT)
    return Figure(reading, resolve("%"))


def multiple_in_words(text: str) -> Figure | None:
    """'doubled' is × 2 exactly; 'more than doubled' anything above × 2, 'at least
    doubled' × 2 or more (the qualifier words are the lexicon's); None for other text."""
    from factcheck.languages import lexicon
    from factcheck.numbers.reading import Qualifier

    words = text.strip().lower()
    factor = MULTIPLE_WORDS.get(words.rsplit(" ", 1)[-1])
    if factor is None:
        return None
    said = words[:-len(words.rsplit(" ", 1)[-1])].strip()
    # "about three times": the qualifier words of the languages that write words apart
    qualifiers = lexicon.table("qualifiers", lexicon.languages(spaced=True))
    qualifier = Qualifier(qualifiers.get(said, "exact")) if said else Qualifier.EXACT
    if qualifier is Qualifier.MORE_THAN:
        interval = Interval(factor, None, False, False)
    elif qualifier is Qualifier.AT_LEAST:
        interval = Interval(factor, None, True, False)
    elif qualifier is Qualifier.EXACT and not said:
        interval = Interval.point(factor)
    else:
        return None
    once = parse_figure("1 times")  # a multiple
    reading = replace(once.reading, text=text.strip(), value=factor, interval=interval,
                      qualifier=qualifier)
    return Figure(reading, once.unit)


def parse_range(text: str, lo_text: str, hi_text: str, tolerances: Tolerances) -> Range:
    """A range printed as a value (540到560亿美元): the interval from the lower end's
    lowest reading to the upper end's highest. The lower end takes the upper end's unit
    and scale when it prints none (540 … 560亿美元 is 540亿美元 … 560亿美元), and the upper
    end's unit when it prints only its scale (4,353億至4,484億 元)."""
    hi = parse_figure(hi_text, tolerances)
    number = _LEADING_NUMBER.match(hi_text)
    suffix = hi_text[number.end():] if number else ""
    lo_text = lo_text.strip()
    if suffix and lo_text[-1:].isdigit():  # 540 … 560亿美元; 約6至30%
        lo_text += suffix
    lo = parse_figure(lo_text, tolerances)
    if lo.reading.unit is None and hi.reading.unit and lo.kind is UnitKind.AMOUNT:
        # 4,353億至4,484億 元: the lower end prints its scale but not the unit
        lo = parse_figure(f"{lo_text} {hi.reading.unit}", tolerances)
    if lo.kind is not hi.kind or lo.unit.dimension != hi.unit.dimension:
        raise NumberError(Message(N_("the ends of the range {text} are in different units"),
                                  text=repr(text)))
    if lo.base_value() > hi.base_value():
        raise NumberError(Message(N_("the range {text} has its ends reversed: {low} is more than {high}"),
                                  text=repr(text), low=lo_text.strip(), high=hi_text.strip()))
    if lo.unit.factor != hi.unit.factor:
        raise NumberError(Message(N_("the ends of the range {text} are in different units"),
                                  text=repr(text)))
    r = hi.reading
    reading = replace(r, text=text, value=(lo.value + r.value) / 2,
                      interval=lo.interval.hull(r.interval),
                      decimals=max(lo.reading.decimals, r.decimals))
    return Range(reading, hi.unit, lo, hi)
