"""A multiple stated in words with no numeral ('doubled', 'more than doubled', 'halved') is
read from the doubling table of the English words, the table the grammar reads for 翻一番."""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.claims.values import MULTIPLE_WORDS, Figure, parse_value
from factcheck.core.interval import Interval
from factcheck.languages import lexicon


@pytest.mark.parametrize(("value", "interval"), [
    ("doubled", Interval.point(Fraction(2))),
    ("more than doubled", Interval(Fraction(2), None, False, False)),
    ("at least tripled", Interval(Fraction(3), None, True, False)),
    ("halved", Interval.point(Fraction(1, 2))),
    ("翻一番", Interval.point(Fraction(2))),
    ("翻两番", Interval.point(Fraction(4))),
])
def test_a_multiple_in_words(value: str, interval: Interval) -> None:
    parsed = parse_value(value)
    assert isinstance(parsed, Figure)
    assert parsed.unit.dimension == "multiple"
    assert parsed.reading.interval == interval


def test_the_words_are_the_english_data() -> None:
    table = lexicon.table("doubling", "en")
    assert {w: Fraction(f) for w, f in table.items()} == MULTIPLE_WORDS
    assert MULTIPLE_WORDS["halved"] == Fraction(1, 2)
