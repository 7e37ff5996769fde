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
