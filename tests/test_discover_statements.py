"""Discovery as a reader of statements: one reading of figures, linear time, no exit 2 on a
readable article, "nothing checked" is not "OK", and the English relations of trade and
change. Every sentence here is invented."""

from __future__ import annotations

from fractions import Fraction

from factcheck.discover.figures import find_figures


def _figs(text: str, lang: str) -> list[tuple[str, Fraction]]:
    return [(f.text, f.reading.value) for f in find_figures(text, lang)]


def test_english_figures_are_the_extractors_reading() -> None:
    text = ("Turnover reached €31.4Bn while the fund holds $52.6-billion; "
            "the city counts 254 000 residents.")
    got = _figs(text, "en")
    assert ("€31.4Bn", Fraction(31_400_000_000)) in got
    assert ("$52.6-billion", Fraction(52_600_000_000)) in got
    assert [v for t, v in got if t.startswith("254")] == [Fraction(254_000)]


def test_chinese_numerals_in_words_are_figures() -> None:
    got = _figs("全县实现生产总值八百一十二亿元，增长百分之五点二。", "zh")
    assert ("八百一十二亿元", Fraction(81_200_000_000)) in got
    assert ("百分之五点二", Fraction(52, 10)) in got


def test_times_and_labels_are_not_figures() -> None:
    assert _figs("2019年1-7月份，第一产业增长3.1%。", "zh") == [("3.1%", Fraction(31, 10))]
    assert _figs("In Quarter 3 of 2021, output rose 1.2%.", "en") == [("1.2%", Fraction(12, 10))]
