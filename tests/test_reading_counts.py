"""Issue 25: small counts written in words or numerals before what they count, and counts
inside the names of a classification.

English number words before the plural noun they count (nine economists, three major
commodity groups) are counts, the number word alone, as the corpus labels print them; in
Chinese a small count before its classifier (三家企業, 兩個行業, 4項) is the numeral alone
(三大 keeps its 大, as the labels of tests/corpus print it), and the major categories of
a classification (七大類) are a name, no figure; a month and a day with a slash is a date.
Sentences are from the dev and spent parts of tests/corpus/real or invented variants.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factcheck.extract import extract
from factcheck.numbers.grammar import NumberError, read_figure


def _read(text: str) -> list[tuple[str, str, F | None]]:
    return [(m.text, m.kind.value, m.value) for m in extract(text)]


@pytest.mark.parametrize(("text", "want"), [
    ("Forecasts among the nine economists ranged widely.", [("nine", "amount", F(9))]),  # spent
    ("while three sectors decreased, namely", [("three", "amount", F(3))]),              # spent
    ("an increase from four northern European countries", [("four", "amount", F(4))]),  # spent
    ("Increases were seen in three major commodity groups", [("three", "amount", F(3))]),
    ("the rate fell in eight Member States", [("eight", "amount", F(8))]),              # dev
    ("the two major sources of tourists", [("two", "amount", F(2))]),                   # dev
    ("We inflated percentages in two recent pieces.", [("two", "amount", F(2))]),       # dev
    ("Twenty-three economists said so", [("Twenty-three", "amount", F(23))]),
    ("eleven people were hurt", [("eleven people", "amount", F(11))]),  # a counter named
    ("the five women on the board", [("five", "amount", F(5))]),
    # what stays as it was: durations, periods, multiples, shares, streaks, ranks, one
    ("the first three months", [("first three months", "duration", F(3))]),
    ("in the past two years", [("past two years", "duration", F(2))]),
    ("three times higher", [("three times", "multiple", F(3))]),
    ("three quarters of the total", [("three quarters", "ratio", F(3, 4))]),
    ("two consecutive months of growth", []),
    ("two straight quarters", []),
    ("the two sides agreed", []),
    ("one older person", []),
    ("three companies", [("three companies", "amount", F(3))]),   # a counter the lexicon names
    ("a two-way trade", []),
    ("three of the sectors", [("three", "amount", F(3))]),       # a count of a group, as before
    ("two in five adults", [("two in five", "ratio", F(2, 5))]),
])
def test_english_number_words_before_what_they_count(
        text: str, want: list[tuple[str, str, F | None]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("影響外匯存底增減主要有三大因素", [("三大", "amount", F(3))]),  # 大 kept: tests/corpus
    ("有三家中大型機電設備企業停止實施無薪假，一家是200多人",
     [("三", "amount", F(3)), ("一", "amount", F(1)), ("200多人", "amount", F(200))]),  # spent
    ("統計暨普查局編制了三個系列的消費物價指數", [("三", "amount", F(3))]),           # spent
    ("福州、厦门两大机场旅客吞吐量", [("两大", "amount", F(2))]),
    ("這4項主要工業的出口貨值", [("4", "amount", F(4))]),                             # dev
    ("對5大市場出口同步上揚", [("5大", "amount", F(5))]),
    ("全国二十一个省份", [("二十一", "amount", F(21))]),
    # what stays as it was: larger counts, qualified counts, ordinals, counts with digits
    ("455家企业", [("455家", "amount", F(455))]),
    ("31个省份", [("31个", "amount", F(31))]),
    ("新增300项", [("300项", "amount", F(300))]),
    ("一百个项目", [("一百个", "amount", F(100))]),
    ("近三家", [("近三家", "amount", F(3))]),
    ("第5大", [("第5大", "ordinal", F(5))]),
])
def test_chinese_small_counts_are_the_numeral(text: str,
                                              want: list[tuple[str, str, F | None]]) -> None:
    assert _read(text) == want


@pytest.mark.parametrize(("text", "span"), [
    ("與去年同期相比，在七大類中變動影響較大者", "七大類"),            # dev
    ("七大類項目以雜項類漲百分之三點一八最大", "七大類"),              # spent
    ("九大类商品价格", "九大类"),
    ("八大種類", "八大種"),
])
def test_the_major_categories_of_a_classification_are_a_name(text: str, span: str) -> None:
    named = [m for m in extract(text) if m.text == span]
    assert len(named) == 1 and named[0].kind.value == "identifier"
    assert not named[0].needs_coverage
    assert all(not m.needs_coverage for m in extract(text) if m.text != "百分之三點一八")


def test_the_first_category_is_an_ordinal() -> None:
    assert _read("第一大类") == [("第一", "ordinal", F(1))]


# ------------------------------------------------ a month and a day with a slash

@pytest.mark.parametrize(("text", "span"), [
    ("(資料來源:經濟部4/23)", "4/23"),                 # spent: a day past 12
    ("截至2025/11/3止", "2025/11/3"),
    ("於11/3公布", "11/3"),                            # a word of a date before
    ("經濟部11/3發布", "11/3"),
    ("预计11/30日前", "11/30日"),
    ("released on 11/3/2025.", "11/3/2025"),
    ("on 11/3 the bank raised rates", "11/3"),
    ("as of 3/31, deposits", "3/31"),
])
def test_a_month_and_a_day_with_a_slash_is_a_date(text: str, span: str) -> None:
    dated = [m for m in extract(text) if m.text == span]
    assert len(dated) == 1 and dated[0].kind.value == "date"
    assert not [m for m in extract(text) if m.needs_coverage]


@pytest.mark.parametrize(("text", "numbers"), [
    ("上漲1/3", ["1", "3"]),              # both twelve or less, no word of a date: no date
    ("1/3 of voters", ["1", "3"]),
    ("upon 1/3 of it", ["1", "3"]),       # "upon" does not end in the word "on"
    ("增长4/23%", ["4", "23%"]),           # a percent after it
    ("prices 1.5/23", ["1.5", "23"]),
    ("5/40 votes", ["5", "40"]),          # past 31
])
def test_other_slashes_are_no_date(text: str, numbers: list[str]) -> None:
    assert [m.text for m in extract(text)] == numbers


# ------------------------------------------------ fractions in Chinese, streaks in English

@pytest.mark.parametrize(("text", "span", "value", "lo", "hi", "qualifier"), [
    ("電子産品佔出口總額的四分之一；", "四分之一", F(1, 4), F(1, 4), F(1, 4), "exact"),  # dev
    ("電子與資通約占四分之三，", "四分之三", F(3, 4), F(3, 4), F(3, 4), "exact"),         # spent
    ("約三分之一的企業", "約三分之一", F(1, 3), F(1, 3), F(1, 3), "approx"),
    ("近三分之二", "近三分之二", F(2, 3), F(3, 5), F(2, 3), "nearly"),
    ("超过四分之一", "超过四分之一", F(1, 4), F(1, 4), None, "more_than"),
    ("十分之七", "十分之七", F(7, 10), F(7, 10), F(7, 10), "exact"),
])
def test_a_chinese_fraction_is_a_share(text: str, span: str, value: F, lo: F, hi: F | None,
                                       qualifier: str) -> None:
    m = [m for m in extract(text) if m.text == span]
    assert len(m) == 1
    assert (m[0].value, m[0].low, m[0].high, m[0].qualifier.value, m[0].kind.value) == \
        (value, lo, hi, qualifier, "ratio")
    r = read_figure(span)  # the same share as a claims value (it read as 4 of a unit 分之三)
    assert (r.value, r.qualifier.value, r.unit) == (value, qualifier, None)


def test_percent_and_per_mille_shares_are_read_as_rates() -> None:
    # 千分之三 is 3‰, as the rate printed with its sign reads
    assert [(m.text, m.kind.value, m.value) for m in extract("百分之四十一，千分之三")] == \
        [("百分之四十一", "percent", F(41)), ("千分之三", "amount", F(3))]


@pytest.mark.parametrize("bad", ["零分之一", "四分之零", "0分之3"])
def test_a_malformed_fraction_is_no_figure(bad: str) -> None:
    with pytest.raises(NumberError, match="malformed fraction"):
        read_figure(bad)


@pytest.mark.parametrize(("text", "span"), [
    ("after falling for 11 straight months, the data show", "11 straight months"),   # dev
    ("for 11 consecutive months", "11 consecutive months"),
    ("3 successive quarters of growth", "3 successive quarters"),
])
def test_a_streak_is_a_duration(text: str, span: str) -> None:
    m = [m for m in extract(text) if m.text == span]
    assert len(m) == 1 and m[0].kind.value == "duration" and not m[0].needs_coverage


def test_a_streak_of_other_things_is_a_count() -> None:
    assert [(m.text, m.kind.value) for m in extract("11 straight wins")] == [("11", "amount")]


# ------------------------------------------------ a letter O or a circle typed for zero

@pytest.mark.parametrize(("text", "span", "value", "kind"), [
    ("來自博彩稅收近五百O七億元,", "近五百O七億元", F(50_700_000_000), "amount"),   # spent
    ("近五百o七億元", "近五百o七億元", F(50_700_000_000), "amount"),
    ("一千Ｏ五十万元", "一千Ｏ五十万元", F(10_500_000), "amount"),
    ("二○二五年全年經濟成長率", "二○二五年", F(2025), "year"),   # a year, not 2025 years
    ("二〇二五年", "二〇二五年", F(2025), "year"),
])
def test_a_letter_o_typed_for_zero(text: str, span: str, value: F, kind: str) -> None:
    m = [m for m in extract(text) if m.text == span]
    assert len(m) == 1 and (m[0].value, m[0].kind.value) == (value, kind)


@pytest.mark.parametrize("text", ["ROOM 101 OK", "GO 一O", "BOOK 五O"])
def test_a_letter_o_elsewhere_stays_a_letter(text: str) -> None:
    assert [m.text for m in extract(text) if "O" in m.text] == []


# ------------------------------------------------ stock codes and telephone numbers

@pytest.mark.parametrize(("text", "span"), [
    ("貴州茅台(600519.SH)股價上漲", "600519.SH"),
    ("2330.TW股價", "2330.TW"),
    ("台積電（2330）今天公布", "（2330）"),
    ("股票代號2330", "2330"),
    ("股票代码：600519", "600519"),
    ("請致電2345-6789查詢", "2345-6789"),
    ("客服电话：010-12345678", "010-12345678"),
    ("call 555-0123 for details", "555-0123"),
])
def test_a_stock_code_or_a_telephone_number_is_no_figure(text: str, span: str) -> None:
    found = [m for m in extract(text) if m.text == span]
    assert len(found) == 1 and found[0].kind.value == "identifier"
    assert not [m for m in extract(text) if m.needs_coverage]


@pytest.mark.parametrize(("text", "want"), [
    ("全年(2019)", [("2019", "year")]),                       # a year in brackets
    ("减少97.5万公顷(1462万亩)", [("97.5万公顷", "amount"), ("1462万亩", "amount")]),
    ("增长(2330)家", [("2330", "amount")]),                    # a unit after the bracket
    ("Exports 2330.5 tonnes", [("2330.5 tonnes", "amount")]),
    ("rose 2345-6789", [("2345", "amount"), ("6789", "amount")]),  # no word of the telephone
])
def test_what_stays_a_figure(text: str, want: list[tuple[str, str]]) -> None:
    assert [(m.text, m.kind.value) for m in extract(text)] == want


@pytest.mark.parametrize(("text", "shown", "value", "kind"), [
    # a decimal said in words, as broadcast copy prints it
    ("an increase of 13-point-five percent", "13-point-five percent", F(27, 2), "percent"),
    ("dropped ten-point-six percent", "ten-point-six percent", F(53, 5), "percent"),
    ("rose ten point six percent", "ten point six percent", F(53, 5), "percent"),
    ("up 0-point-zero-five percentage points", "0-point-zero-five percentage points",
     F(1, 20), "percentage_point"),
    ("reached 40-point-one billion U.S. dollars", "40-point-one billion", F(40_100_000_000),
     "amount"),
    ("about 2-point-three billion", "about 2-point-three billion", F(2_300_000_000), "amount"),
])
def test_a_decimal_said_in_words_is_one_figure(text: str, shown: str, value: F,
                                               kind: str) -> None:
    assert [(m.text, m.value, m.kind.value) for m in extract(text)] == [(shown, value, kind)]


@pytest.mark.parametrize("text", ["the point is five", "a two-point lead", "point-of-sale data"])
def test_the_word_point_alone_makes_no_decimal(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(("value", "number", "unit"), [
    ("13-point-five percent", F(27, 2), "%"),
    ("-ten point six percent", F(-53, 5), "%"),
    ("40-point-one billion U.S. dollars", F(40_100_000_000), "U.S. dollars"),
])
def test_a_decimal_said_in_words_is_a_claims_value(value: str, number: F, unit: str) -> None:
    # the claims grammar reads it as the extractor does, so a drafted claim loads and passes
    r = read_figure(value)
    assert (r.value, r.unit) == (number, unit)
