"""Issue 25, classes open after the first-contact texts: Chinese numerals with 零 after a
compound magnitude (十萬零八千), 多 between a numeral and its counter (二十四萬六千多人), a
numeral of digits, places and a multiplier with no unit (賭收二百零六億), ranges in numerals
(六百一十億至七百億).

Sentences are from tests/corpus/real (dev and spent) or invented variants; each case gives
the exact reading (span, interval, qualifier) of the figures that need a claim.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factcheck.extract import extract
from factcheck.numbers.reading import Qualifier

Q = Qualifier


def _figures(text: str) -> list[tuple[str, F | None, F | None, Qualifier]]:
    return [(m.text, m.low, m.high, m.qualifier) for m in extract(text) if m.needs_coverage]


# ------------------------------------------------ Chinese numerals

@pytest.mark.parametrize(("text", "want"), [
    ("就業不足人數下降至十萬零八千人。", [("十萬零八千人", F(108000), F(108000), Q.EXACT)]),
    ("达十万八千元", [("十万八千元", F(108000), F(108000), Q.EXACT)]),
    ("超十万零八千人", [("超十万零八千人", F(108000), None, Q.MORE_THAN)]),
    ("共一千零五十人", [("一千零五十人", F(1050), F(1050), Q.EXACT)]),
    # a magnitude alone stays an order of size
    ("挑战千亿元", [("千亿元", F(5 * 10**10), F(15 * 10**10), Q.APPROX)]),
    ("超过十万人", [("超过十万人", F(100000), None, Q.MORE_THAN)]),
])
def test_a_numeral_that_goes_on_after_a_compound_magnitude(text: str, want: list) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("失業人數為二十四萬六千多人", [("二十四萬六千多人", F(246000), F(247000), Q.MORE_THAN)]),
    ("由十萬零九千多人下降", [("十萬零九千多人", F(109000), F(110000), Q.MORE_THAN)]),
    ("有三千多名工人", [("三千多名", F(3000), F(4000), Q.MORE_THAN)]),
    ("增加了三百多万人", [("三百多万人", F(3 * 10**6), F(4 * 10**6), Q.MORE_THAN)]),
    ("十多个", [("十多个", F(10), F(20), Q.MORE_THAN)]),
    # 多元 is a word (diverse), 一多 no numeral of a round place
    ("三多元化", []),
    ("一多半", []),
])
def test_more_than_a_round_numeral_before_its_counter(text: str, want: list) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("二月賭收二百零六億", [("二百零六億", F(20550 * 10**6), F(20650 * 10**6), Q.EXACT)]),
    ("收入三千万", [("三千万", F(29995000), F(30005000), Q.EXACT)]),
    ("二百零六億二千萬元", [("二百零六億二千萬元", F(20619995000), F(20620005000), Q.EXACT)]),
    # words spelled with a magnitude, no digit before it
    ("千万不要", []),
    ("十万火急", []),
    ("千千万万", []),
    ("百万富翁", []),
])
def test_digits_a_place_and_a_multiplier_are_a_figure_without_a_unit(text: str,
                                                                      want: list) -> None:
    assert _figures(text) == want


@pytest.mark.parametrize(("text", "low", "high"), [
    ("收入六百一十億至七百億元", F(60950 * 10**6), F(70050 * 10**6)),
    ("預估一千零五十億至一千一百億美元", F(104950 * 10**6), F(110050 * 10**6)),
])
def test_a_range_of_numerals_with_places(text: str, low: F, high: F) -> None:
    [(span, lo, hi, q)] = _figures(text)
    assert (lo, hi, q) == (low, high, Q.RANGE)
    assert text.endswith(span)
