"""Issue 25, classes met on texts first seen after the rules were written (the spent split)
and the forms new publishers print that no text here shows: ISO currency codes before a
figure, a year after a preposition in a list of rates, English age bands, other decimal
points of Chinese numerals, 破 as "more than", a currency's fall, 零件, quarters as durations.

Sentences are from the dev and spent parts of tests/corpus/real or invented variants. Each
case gives the exact reading: span, value, qualifier, kind or the drafted value.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction as F

import pytest
import yaml

from factcheck.app.init_draft import draft
from factcheck.extract import Kind, extract
from factcheck.numbers.reading import Qualifier


def _read(text: str) -> list[tuple[str, str, F | None, str, bool]]:
    return [(m.text, m.kind.value, m.value, m.qualifier.value, m.needs_coverage)
            for m in extract(text)]


def _values(text: str, language: str) -> list[str]:
    doc = yaml.safe_load(draft(text, "article.txt", dt.date(2026, 12, 1), language))
    return [str(c["value"]) for c in doc["claims"]]


# ------------------------------------------------ an ISO currency code before the figure

@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("reserves amounted to USD 92bn at the end of May", "USD 92bn", F(92 * 10**9), "us_dollar"),
    ("of which EUR 1.5 billion is due", "EUR 1.5 billion", F(15 * 10**8), "euro"),
    ("the fund holds CHF 3.2 million", "CHF 3.2 million", F(32 * 10**5), "swiss_franc"),
    ("a deal worth USD3.5m", "USD3.5m", F(35 * 10**5), "us_dollar"),
    ("outlays of JPY 450bn", "JPY 450bn", F(450 * 10**9), "japanese_yen"),
    ("a loan of RMB 12.5 billion", "RMB 12.5 billion", F(125 * 10**8), "yuan"),
    ("GBP 40 million in fees", "GBP 40 million", F(40 * 10**6), "pound_sterling"),
])
def test_iso_code_before_a_figure_is_its_currency(text: str, span: str, value: F,
                                                  unit: str) -> None:
    (m,) = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.value, m.canonical, m.kind) == (span, value, unit, Kind.AMOUNT)


# ------------------------------------------------ a year after a preposition shares no unit

@pytest.mark.parametrize(("text", "year"), [
    ("It decreased from 56.8 percent in 2016 to 56.2 percent in 2017.", "2016"),
    ("CPI was 5.6% compared with 5.0% in 2011 and 4.3% in 2010.", "2011"),
    ("Sales rose 4% since 2019 and 7% since 2020.", "2019"),
    ("the rate was 3.1 per cent during 2008 to 4.2 per cent", "2008"),
    ("Output grew 2.1% until 2015 and 3.3% after", "2015"),
])
def test_year_after_a_preposition_is_a_time_in_a_list(text: str, year: str) -> None:
    (m,) = [m for m in extract(text) if m.text == year]
    assert (m.kind, m.unit, m.needs_coverage) == (Kind.YEAR, None, False)


def test_a_list_without_a_preposition_still_shares_its_unit() -> None:
    # from and of are no year prepositions: 2000 and 3000 tonnes are two amounts
    found = _read("targets of 2000 and 3000 tonnes")
    assert found[0][:3] == ("2000", "amount", F(2000))
    assert _read("rose 2.1 and 3.4 percent")[0][:3] == ("2.1", "percent", F(21, 10))


# ------------------------------------------------ English age bands

@pytest.mark.parametrize(("text", "band"), [
    ("Most were aged between 25 and 44, followed by", "25 and 44"),
    ("followed by those within the 45-64 age bracket.", "45-64"),
    ("the 25–34 year-olds spent most", "25–34"),
    ("the 18-24 age group", "18-24"),
    ("youth, aged 14 to 24, fell by 6.4 percentage points", "aged 14 to 24"),
    ("persons aged from 15 to 64 years", "15 to 64"),
])
def test_age_bands_need_no_claim(text: str, band: str) -> None:
    found = [m for m in extract(text) if m.text == band]
    assert [(m.kind, m.needs_coverage) for m in found] == [(Kind.IDENTIFIER, False)]
    assert not any(m.needs_coverage and band in m.text for m in extract(text))


def test_age_band_end_is_not_a_figure_after_it() -> None:
    # the comma after 24 ends the band; 24,000 after it is a figure of its own
    found = _read("youth aged 15 to 24, 24,000 people")
    assert found == [("aged 15 to 24", "identifier", None, "exact", False),
                     ("24,000 people", "amount", F(24000), "exact", True)]
    assert _read("prices rose 45-64 percent")[0][:2] == ("45-64 percent", "percent")


# ------------------------------------------------ decimal points of Chinese numerals

@pytest.mark.parametrize(("text", "span", "value"), [
    ("財政收入六百一十一‧三億元,按年上昇", "六百一十一‧三億元", F(6113 * 10**7)),
    ("增幅三十五‧五%", "三十五‧五%", F(355, 10)),
    ("大幅增加一‧二倍", "一‧二倍", F(12, 10)),
    ("出口一五三三・四億美元", "一五三三・四億美元", F(153340000000)),
    ("出口一五三三･四億美元", "一五三三･四億美元", F(153340000000)),
    ("出口一五三三·四億美元", "一五三三·四億美元", F(153340000000)),
])
def test_other_decimal_points_of_chinese_numerals(text: str, span: str, value: F) -> None:
    (m,) = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.value) == (span, value)


# ------------------------------------------------ 破 before a figure is "more than"

@pytest.mark.parametrize(("text", "span", "value"), [
    ("今年出口確定破六千億美元", "破六千億美元", F(6 * 10**11)),
    ("出超有機會破一五〇〇億美元", "破一五〇〇億美元", F(15 * 10**10)),
    ("全年出口首破6,000億美元", "破6,000億美元", F(6 * 10**11)),
    ("客流量破3万人次", "破3万人次", F(30000)),
])
def test_po_before_a_figure_is_more_than(text: str, span: str, value: F) -> None:
    (m,) = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.value, m.qualifier) == (span, value, Qualifier.MORE_THAN)


@pytest.mark.parametrize(("text", "span"), [
    ("打破2000万的纪录", "2000万"),
    ("股指跌破3000点", "3000"),
    ("击破5亿元大关", "5亿元"),
])
def test_words_ending_in_po_are_no_qualifier(text: str, span: str) -> None:
    (m,) = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.qualifier) == (span, Qualifier.EXACT)


# ------------------------------------------------ a currency's fall, 少了

@pytest.mark.parametrize(("text", "language", "values"), [
    ("美元指數在2月升值0.64%，英鎊貶值1.43%、歐元貶值0.86%。", "zh",
     ["0.64%", "-1.43%", "-0.86%"]),
    ("人民币对美元贬值2.3%。", "zh", ["-2.3%"]),
    ("家數雖比上一期多了23家，人數卻少了221人。", "zh", ["23 家", "-221 人"]),
])
def test_a_currency_fall_and_shao_le_are_declines(text: str, language: str,
                                                  values: list[str]) -> None:
    assert _values(text, language) == values


# ------------------------------------------------ words, not figures

@pytest.mark.parametrize("text", [
    "汽车及汽车零件(上升6.2%)",
    "機械、設備、儀器及零件業的港產品出口",
])
def test_ling_jian_is_a_part_not_nought(text: str) -> None:
    assert not any("零" in m.text for m in extract(text))


@pytest.mark.parametrize(("text", "span"), [
    ("经济连续9个季度运行在6.7%至6.9%的区间", "连续9个季度"),
    ("經濟連續9個季度運行", "連續9個季度"),
    ("过去3个季度增长", "3个季度"),
    ("连续3个星期上涨", "连续3个星期"),
])
def test_quarters_and_weeks_counted_are_durations(text: str, span: str) -> None:
    (m,) = [m for m in extract(text) if m.text == span]
    assert (m.kind, m.needs_coverage) == (Kind.DURATION, False)


# ------------------------------------------------ signs init drafts from English phrasing

@pytest.mark.parametrize(("text", "values"), [
    # a verb left out after its first figure
    ("The biggest drops were in cathodes which fell by 34.5%, chemicals by 33.6%, other "
     "manufactured goods by 13.5%, and metal components by 9.0%.",
     ["-34.5%", "-33.6%", "-13.5%", "-9.0%"]),
    ("Exports rose by 4.1%, imports by 2.2% and services by 1.0%.", ["4.1%", "2.2%", "1.0%"]),
    ("Output fell by only 0.2% and sales by a further 1.1%.", ["-0.2%", "-1.1%"]),
    # a full stop ends the verb's reach
    ("Sales fell by 3%. Prices in Europe by 2% were cut.", ["-3%", "2%"]),
    # an adjective between the figure and the change named after it
    ("It posted a deficit to reflect a 13.5% annual decrease.", ["-13.5%"]),
    ("a 2.1% annual increase and a 0.4 percentage point decline", ["2.1%", "-0.4 pp"]),
    # an adverb between "by" and the figure
    ("The monthly gap had narrowed by just 8.5% to $11.59 billion.",
     ["-8.5%", "$11.59 billion"]),
    # points compared after the figure
    ("The rate is 1.5 percentage points lower than in April 2022.", ["-1.5 pp"]),
    ("The figure is two percentage points lower than the 9.8 per cent.",
     ["-two pp", "9.8 percent"]),
    ("Its share rose 2 percentage points higher than in 2020.", ["2 pp"]),
])
def test_signs_init_drafts_from_english_phrasing(text: str, values: list[str]) -> None:
    assert _values(text, "en") == values


@pytest.mark.parametrize(("text", "language", "values"), [
    # a multiple in words with a hyphen: the hyphen is no minus
    ("Arrests rose, a seven-fold increase.", "en", ["seven fold"]),
    ("a 3-fold rise, a 2.5-fold jump and a ten-fold fall", "en",
     ["3 fold", "2.5 fold", "ten fold"]),
    # the percent after the amount of a named change is that change
    ("a decrease in the goods deficit of $12.5 billion or 1.6 percent to $750.1 billion",
     "en", ["$-12.5 billion", "-1.6 percent", "$750.1 billion"]),
    ("It reflected an increase in exports of $3.1 billion or 2.2 percent.", "en",
     ["$3.1 billion", "2.2 percent"]),
    ("Exports were $5 billion or 3 percent of output.", "en", ["$5 billion", "3 percent"]),
    # the same fall in another unit, in brackets right after it
    ("比2018年减少97.5万公顷(1462万亩),下降0.8%。", "zh",
     ["-97.5万 公顷", "-1462万 亩", "-0.8%"]),
    ("比上年增加97.5万公顷(1462万亩)，播种面积11606.4万公顷(17409.5万亩)。", "zh",
     ["97.5万 公顷", "1462万 亩", "11606.4万 公顷", "17409.5万 亩"]),
])
def test_signs_of_multiples_joined_and_bracketed_figures(text: str, language: str,
                                                          values: list[str]) -> None:
    assert _values(text, language) == values


@pytest.mark.parametrize(("text", "dates"), [
    ("后附1、2、3月分别的统计", ["1", "2", "3月"]),
    ("1、2月份出口增长5%", ["1", "2月份"]),
])
def test_numbers_listed_before_a_month_are_months(text: str, dates: list[str]) -> None:
    found = extract(text)
    assert [(m.text, m.needs_coverage) for m in found if m.kind is Kind.DATE] == \
        [(d, False) for d in dates]
    assert [m.text for m in found if m.needs_coverage] == (["5%"] if "5%" in text else [])


def test_a_list_before_a_unit_still_shares_it() -> None:
    found = extract("上涨5、6个百分点")
    assert [(m.text, m.kind) for m in found] == [("5", Kind.PERCENTAGE_POINT),
                                               ("6个百分点", Kind.PERCENTAGE_POINT)]


# ------------------------------------------------ invented forms of new publishers

@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("The rate was 3.5%-4.2% in Q2.", "3.5%-4.2%", F(345, 100), F(425, 100)),
    ("增长3.5%-4.2%，", "3.5%-4.2%", F(345, 100), F(425, 100)),
    ("and $3bn-$4bn", "$3bn-$4bn", F(25 * 10**8), F(45 * 10**8)),
])
def test_a_hyphen_glued_after_a_unit_joins_a_range(text: str, span: str, low: F,
                                                   high: F) -> None:
    (m,) = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.low, m.high, m.qualifier) == (span, low, high, Qualifier.RANGE)


def test_a_falling_list_is_no_range() -> None:
    # the larger first: two figures, the second negative as printed
    assert [(m.text, m.value) for m in extract("下降5%-3%")] == [("5%", F(5)), ("-3%", F(-3))]


@pytest.mark.parametrize(("text", "span"), [
    ("The bank raised rates by 25 basis points to 5.25%.", "25 basis points"),
    ("Output rose 25 bps in March", "25 bps"),
    ("an 88 basis point improvement", "88 basis point"),
    ("利率下调25个基点", "25个基点"),
])
def test_basis_points_are_a_unit(text: str, span: str) -> None:
    # read in percentage points (25 basis points is 0.25 pp), the unit printed kept
    (m,) = [m for m in extract(text) if m.text == span]
    assert (m.value, m.canonical) == (F(int("".join(c for c in span if c.isdigit())), 100),
                                      "basis_point")


def test_a_basis_point_is_a_hundredth_of_a_point_in_claims() -> None:
    from factcheck.claims.values import Figure, parse_value

    value = parse_value("-25 个基点")
    assert isinstance(value, Figure)
    assert (value.reading.value, value.base_value(), value.unit.dimension) == \
        (F(-1, 4), F(-1, 4), "percentage_point")


@pytest.mark.parametrize(("text", "values"), [
    ("利率下调25个基点，至3.1%。", ["-25 个基点", "3.1%"]),
    ("预测值下修0.2个百分点，存款准备金率上调0.5个百分点。", ["-0.2 个百分点", "0.5 个百分点"]),
])
def test_rates_revised_down_are_declines(text: str, values: list[str]) -> None:
    assert _values(text, "zh") == values
