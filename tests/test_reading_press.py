"""Readings of press copy measured on the dev corpus (issue 25): the sign init drafts for a
change, split years and time adjectives, bracketed list numbers and dates, text glued by web
copy, measured times, and the bad input of the issue with its exact one-line message.

Each case is a sentence of a dev text or an invented variant of its class.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction as F
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.extract import Kind, extract


def _drafted(text: str, language: str) -> list[tuple[str, str]]:
    from factcheck.app.init_draft import draft

    doc = yaml.safe_load(draft(text, "article.txt", dt.date(2025, 1, 1), language))
    return [(str(c["value"]), str(c["kind"])) for c in doc["claims"]]


# ------------------------------------------------ signs init drafts (class 12, 6, 8)

@pytest.mark.parametrize(("text", "expected"), [
    # en-census-trade-2016-07, en-einpresswire-cbo-budget-2025-05, en-eurostat-2012-02:
    # "increased" holds "eased" and is no decline
    ("Exports of goods on a Census basis increased $3.6 billion.\n",
     [("$3.6 billion", "change")]),
    ("Revenues increased by $196 billion over the period.\n", [("$196 billion", "change")]),
    ("The number of persons unemployed increased by 167 000 in the EU27.\n",
     [("167 000", "change")]),
    ("Workers with permanent job loss increased by 345,000 to 3.8 million.\n",
     [("345,000", "change"), ("3.8 million", "amount")]),
    ("Imports eased $1.2 billion.\n", [("$-1.2 billion", "change")]),
    # en-aba-jobs-2020-09: a verb shared by a list of amounts
    ("Local and state government education fell by 231,000 and 49,000 jobs, respectively.\n",
     [("-231,000", "change"), ("-49,000 jobs", "change")]),
    # en-bpc-treasury-2024-02: the rate of a change in brackets after it
    ("Unemployment insurance receipts also declined by $3 billion (18%).\n",
     [("$-3 billion", "change"), ("-18%", "growth")]),
    ("Payments increased by $37 billion (15%).\n",
     [("$37 billion", "change"), ("15%", "growth")]),
    # en-nsbanking-cba-h1-2019, en-ons-gdp-q3-2022, en-xinhua-statcan-gdp-q3-2025
    ("Net profit was A$1.4bn, which is 3% lesser than the A$1.45bn made a year ago.\n",
     [("A$1.4bn", "amount"), ("-3%", "growth"), ("A$1.45bn", "amount")]),
    ("Quarterly GDP is now 0.4% below its pre-coronavirus level.\n", [("-0.4%", "growth")]),
    ("GDP saw a 0.6 percent uptick, following a 0.5 percent dip in the second quarter.\n",
     [("0.6 percent", "growth"), ("-0.5 percent", "growth")]),
    ("Sales posted a 2.5% climb after a 1.1% slide.\n",
     [("2.5%", "growth"), ("-1.1%", "growth")]),
])
def test_init_signs_english_changes(text: str, expected: list[tuple[str, str]]) -> None:
    assert _drafted(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    # zh-changzhi-industry-q1-2025, zh-wangcang-industry-h1-2023: below a comparison, pulled down
    ("制造业增加值同比下降5.3%，低于全市工业增加值增速14.9个百分点，"
     "下拉全市工业增加值增速1.2个百分点。\n",
     # (pulled down by points: a contribution, as the hand-written claims file writes it)
     [("-5.3%", "growth"), ("-14.9 个百分点", "pp-gap"), ("-1.2 个百分点", "contribution")]),
    ("采矿业慢于全县规上工业增速5.8个百分点；制造业高于全县2.1个百分点。\n",
     [("-5.8 个百分点", "pp-change"), ("2.1 个百分点", "pp-change")]),
    ("增速较上半年回落1.8个百分点，低于全省0.6个百分点。\n",
     [("-1.8 个百分点", "pp-change"), ("-0.6 个百分点", "pp-change")]),
    # zh-dayao-budget-2024-04: 减支 is a decline of spending, 增支 a rise
    ("一般公共预算支出比上年减支9240万元，下降7.9%。\n",
     [("-9240万 元", "change"), ("-7.9%", "growth")]),
    ("基金支出比上年增支2580万元。\n", [("2580万 元", "change")]),
    # zht-dgbas-labour-2015-05: a decline shared by a list of amounts with units
    ("失業者分別減少3千人與2千人。\n", [("-3千 人", "change"), ("-2千 人", "change")]),
])
def test_init_signs_chinese_comparisons_and_lists(text: str,
                                                   expected: list[tuple[str, str]]) -> None:
    assert _drafted(text, "zh") == expected


# ------------------------------------------------ non-figures need no claim (class 17)

@pytest.mark.parametrize(("text", "span", "kind"), [
    # en-ians-india-gdp-q1-2018, en-guardian-corrections-2016-01: fiscal and crop years
    ("GDP growth rate in the first quarter of 2018-19 to 8.2 per cent", "2018-19", Kind.DATE),
    ("the GDP at 2011-12 prices", "2011-12", Kind.DATE),
    ("from 10,250 in 2013-14 to 25,500 in 2014-15.", "2014-15", Kind.DATE),
    ("in the 2017–18 season", "2017–18", Kind.DATE),
    ("for crop year 2019/20,", "2019/20", Kind.DATE),
    # en-joc-census-trade-2010-04, en-sun-nbs-cpi-2020-02, en-crains-bls-employment-2014-09
    ("The trade deficit hit a 16-month high in April", "16-month", Kind.DURATION),
    ("the prior 12-month average gain", "12-month", Kind.DURATION),
    ("a 3-year low", "3-year", Kind.DURATION),
    # zh-hbwmpx-trade-2019-05: bracketed list numbers at the head of a clause
    ("呈现以下特点:(1)一般贸易快速增长;(2)对欧盟进出口增长", "(1)", Kind.IDENTIFIER),
    ("呈现以下特点:(1)一般贸易快速增长;(2)对欧盟进出口增长", "(2)", Kind.IDENTIFIER),
    ("特点：（3）民营企业进出口快速增长", "（3）", Kind.IDENTIFIER),
    # zht-dgbas-labour-2015-05, zht-dgbas-labour-2024-01: a year or month named in brackets
    ("本(104)年5月就業人數為1,117萬9千人", "(104)年", Kind.DATE),
    ("較上(103)年同月亦降0.23個百分點", "(103)年", Kind.DATE),
    ("較上(12)月增加4千人", "(12)月", Kind.DATE),
    # en-cna-nodx-2017-02, en-panaynews-psa-trade-2019-01: a rank
    ("shipments to all of Singapore's top 10 markets rose", "top 10", Kind.ORDINAL),
])
def test_periods_ranks_and_list_numbers_need_no_claim(text: str, span: str, kind: Kind) -> None:
    [m] = [m for m in extract(text) if m.text == span]
    assert m.kind is kind and not m.needs_coverage
    assert not [m for m in extract(text) if m.needs_coverage and span in text[m.start:m.end + 1]
                and m.text != span and m.start >= text.index(span)
                and m.end <= text.index(span) + len(span)]


@pytest.mark.parametrize(("text", "figure"), [
    ("in 2019-20% of firms", "20%"),             # a percent after a year, not a split year
    ("from 2018-22, output rose 5%", "5%"),      # 22 is not the year after 2018
    ("增长5.2%(1)", "5.2%"),                      # a footnote mark, not a list number
    ("产值(12)亿元", "12"),                       # a figure in brackets inside a clause
])
def test_what_is_no_split_year_or_list_number(text: str, figure: str) -> None:
    found = extract(text)
    assert figure in [m.text for m in found if m.needs_coverage]
    assert not [m for m in found if m.kind is Kind.DATE and "-" in m.text]
    assert not [m for m in found if m.kind is Kind.IDENTIFIER and m.text.startswith("(")
                and m.text[1:2].isdigit() and m.text.endswith(")")]


# ------------------------------------------------ web copy glued text (class 10)

@pytest.mark.parametrize(("text", "span", "value"), [
    # en-sun-nbs-cpi-2020-02, en-forextv-statsnz-gdp-q2-2019, en-mti-census-trade-2019-06
    ("the urban index rose by 0.82per cent in February", "0.82per cent", F("0.82")),
    ("food inflation increased to 14.90per cent", "14.90per cent", F("14.90")),
    ("GDP climbed2.1 percent", "2.1 percent", F("2.1")),
    ("sales rose3% in May", "3%", F(3)),
    ("Exports:$206.3 Billion-2.1%", "-2.1%", F("-2.1")),
    ("Imports:$261.5 million+1.7%", "+1.7%", F("1.7")),
])
def test_figures_glued_to_a_word_by_web_copy(text: str, span: str, value: F) -> None:
    [m] = [m for m in extract(text) if m.text == span]
    assert m.kind is Kind.PERCENT and m.value == value


@pytest.mark.parametrize("text", ["the M7 car", "COVID-19 cases", "iPhone15", "G20 summit",
                                  "the EU27 rate", "model abc123 sold"])
def test_codes_stay_identifiers(text: str) -> None:
    assert [m for m in extract(text) if m.needs_coverage] == []


# ------------------------------------------------ measured times; 年 of a change word

@pytest.mark.parametrize(("text", "span", "value", "kind"), [
    # zht-epochtimes-macau-visitors-2023-06, zht-cyberctm-macau-visitors-2015-11
    ("旅客平均逗留時間為1.3日，按年上升0.2日", "1.3日", F("1.3"), Kind.AMOUNT),
    ("旅客平均逗留時間為1.3日，按年上升0.2日", "0.2日", F("0.2"), Kind.AMOUNT),
    ("留宿旅客則縮短0.7日。", "0.7日", F("0.7"), Kind.AMOUNT),
    ("average stay of 2.5 days", "2.5 days", F("2.5"), Kind.AMOUNT),
    ("連續3日上升", "3日", None, Kind.DATE),
    ("為期3個月", "3個月", F(3), Kind.DURATION),
    # zht-orientaldaily-retail-2023-08: 年升 is a rise over the year, no unit of 324億
    ("8月零售業銷貨額達324億年升13.7%", "324億", F(32_400_000_000), Kind.AMOUNT),
    ("出口達45.6億年減2.1%", "45.6億", F(4_560_000_000), Kind.AMOUNT),
])
def test_measured_times_and_a_change_after_a_figure(text: str, span: str, value: F | None,
                                                    kind: Kind) -> None:
    [m] = [m for m in extract(text) if m.text == span]
    assert (m.value, m.kind) == (value, kind)


def test_init_drafts_a_change_of_a_measured_time() -> None:
    assert _drafted("旅客平均逗留1.3日，按年上升0.2日；留宿旅客則縮短0.7日。\n", "zh") == [
        ("1.3 日", "amount"), ("0.2 日", "change"), ("-0.7 日", "change")]


# ------------------------------------------------ bad input: one line, exit 2

_ARTICLE = "工业产值达到120亿元，增长5%。\n"


def _run_claims(tmp_path: Path, value: str) -> tuple[int, list[str]]:
    """Run a claims file in ``tmp_path`` (the test's working directory) holding ``value``."""
    (tmp_path / "article.txt").write_text(_ARTICLE, encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(
        "article: article.txt\npublished: 2024-11-05\nclaims:\n"
        f"  - id: total\n    quote: 工业产值达到120亿元\n    value: {value}\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", "claims.yaml", "--no-cache", "--format", "text"])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    return result.exit_code, result.stderr.splitlines()


@pytest.mark.parametrize(("value", "message"), [
    ("一千零零万元", "not a Chinese numeral: '一千零零万'"),
    ("一二亿万元", "not a Chinese numeral: '一二亿万'"),
    ("1,2345元", "malformed digit grouping in '1,2345元'"),
    ("3万40000元", "malformed mixed figure '3万40000元'"),
])
def test_a_malformed_numeral_in_a_claims_value_is_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, message: str) -> None:
    # read as nothing, never as another number: the claims file is refused at the value
    monkeypatch.chdir(tmp_path)
    assert _run_claims(tmp_path, value) == (2, [f"claims.yaml:6:12: {message}"])


@pytest.mark.parametrize("digits", [4301, 5000])
def test_a_claims_value_of_thousands_of_digits_is_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, digits: int) -> None:
    monkeypatch.chdir(tmp_path)
    assert _run_claims(tmp_path, "1" * digits) == (2, [
        "claims.yaml:6:12: a figure of more than 1000 digits is not a figure"])


@pytest.mark.parametrize("command", ["extract", "init", "run --auto"])
def test_an_article_of_thousands_of_digits_is_read_in_every_command(tmp_path: Path,
                                                                     command: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("产值" + "9" * 4301 + "元，利润120亿元，增长5%。\n", encoding="utf-8")
    args = command.split()
    if args[0] == "init":
        args += ["-o", str(tmp_path / "d.yaml"), "--published", "2024-11-05"]
    if args[0] == "run":
        args += ["--no-cache", "--format", "concise"]
    result = CliRunner().invoke(app, [*args[:2], str(article), *args[2:]] if args[0] == "run"
                                else [args[0], str(article), *args[1:]])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    assert result.exit_code in (0, 1), result.output
    assert "internal error" not in result.output


# ------------------------------------------------ more forms of the dev corpus

@pytest.mark.parametrize(("text", "span", "value", "kind"), [
    # en-ians-india-gdp-q1-2018: a minus printed in brackets
    ("as compared to (-) 1.8 per cent in Q1", "(-) 1.8 per cent", F("-1.8"), Kind.PERCENT),
    ("growth of (-)0.5%", "(-)0.5%", F("-0.5"), Kind.PERCENT),
    # zht-orientaldaily-macau-gaming-2016-q1: 張 counts gaming tables
    ("按季增加一百三十張，", "一百三十張", F(130), Kind.AMOUNT),
    ("賭枱共6,100張", "6,100張", F(6100), Kind.AMOUNT),
    # zht-dgbas-labour-2024-01: 週 is a week; zht-udn-unemployment-2025-08: ages name groups
    ("1月4週失業率3.35%", "4週", F(4), Kind.DURATION),
    ("25~44歲者勞動力參與率為91.5%", "25~44歲", None, Kind.IDENTIFIER),
    ("15岁以上人口", "15岁", None, Kind.IDENTIFIER),
])
def test_more_forms_of_the_dev_corpus(text: str, span: str, value: F | None, kind: Kind) -> None:
    [m] = [m for m in extract(text) if m.text == span]
    assert (m.value, m.kind) == (value, kind)
    assert m.needs_coverage == (kind in (Kind.PERCENT, Kind.AMOUNT))


def test_a_measured_age_is_a_figure() -> None:
    [m] = [m for m in extract("平均年龄38岁") if m.needs_coverage]
    assert (m.text, m.value) == ("38", 38)


def test_a_unit_of_gaming_tables_is_a_claims_value() -> None:
    from factcheck.numbers.grammar import read_figure

    assert [m.canonical for m in extract("130張、130张")] == ["table_count", "table_count"]
    assert read_figure("130張").value == 130


@pytest.mark.parametrize(("text", "expected"), [
    # zh-xinhua-cpi-2023-07: the size of a decline, then its range
    ("鸡蛋、牛羊肉和虾蟹类价格降幅在1.5%至4.8%之间，降幅均有扩大。\n",
     [("-4.8%至-1.5%", "growth")]),
    ("猪肉价格降幅为26%。\n", [("-26%", "growth")]),
    # zh-polymer-profits-2015-06: a bare 收窄 after 降幅…收窄 in the sentence is a rise
    ("利润同比下降0.7%，降幅继续收窄，相比1~5月份收窄0.1个百分点。\n",
     [("-0.7%", "growth"), ("0.1 个百分点", "pp-change")]),
])
def test_init_signs_the_size_of_a_decline(text: str, expected: list[tuple[str, str]]) -> None:
    assert _drafted(text, "zh") == expected


# ------------------------------------------------ a space or a line break before the unit (2)

@pytest.mark.parametrize(("text", "span", "value", "kind", "unit"), [
    ("比重提高2.6 个百分点", "2.6 个百分点", F("2.6"), Kind.PERCENTAGE_POINT, "个百分点"),
    ("比重提高2.6\n个百分点", "2.6\n个百分点", F("2.6"), Kind.PERCENTAGE_POINT, "个百分点"),
    ("出生率下降1.2 个千分点", "1.2 个千分点", F("1.2"), Kind.AMOUNT, "个千分点"),
    ("新增车辆100 辆", "100 辆", F(100), Kind.AMOUNT, "辆"),
    ("exports were up 2.4\npercent", "2.4\npercent", F("2.4"), Kind.PERCENT, "percent"),
])
def test_a_space_or_a_line_break_before_the_unit(text: str, span: str, value: F, kind: Kind,
                                                 unit: str) -> None:
    [m] = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.value, m.kind, m.unit) == (span, value, kind, unit)


def test_a_line_break_before_another_word_parts_the_figure() -> None:
    # a table row's figure, then the next row's label: never 275308 people
    assert [(m.text, m.unit) for m in extract("全县人口 275308\n人均收入3万元") if m.needs_coverage] \
        == [("275308", None), ("3万元", "元")]


# ------------------------------------------------ number words with percent words (15)

@pytest.mark.parametrize(("text", "span", "value", "lo", "hi", "kind"), [
    ("prices rose three per cent", "three per cent", F(3), F("2.5"), F("3.5"), Kind.PERCENT),
    ("seven percent of firms", "seven percent", F(7), F("6.5"), F("7.5"), Kind.PERCENT),
    ("twenty-three per cent of firms", "twenty-three per cent", F(23), F("22.5"), F("23.5"),
     Kind.PERCENT),
    ("the rate fell two percentage points", "two percentage points", F(2), F("1.5"), F("2.5"),
     Kind.PERCENTAGE_POINT),
    ("up one percentage point", "one percentage point", F(1), F("0.5"), F("1.5"),
     Kind.PERCENTAGE_POINT),
])
def test_number_words_with_a_percent_word(text: str, span: str, value: F, lo: F, hi: F,
                                          kind: Kind) -> None:
    [m] = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.value, m.low, m.high, m.kind) == (span, value, lo, hi, kind)


def test_init_drafts_number_words_with_percent_words_that_load() -> None:
    assert _drafted("Sales rose three per cent, and the rate fell two percentage points.\n",
                    "en") == [("three percent", "growth"), ("-two pp", "pp-change")]


@pytest.mark.parametrize(("value", "number", "lo", "hi", "unit"), [
    ("three per cent", F(3), F("2.5"), F("3.5"), "%"),
    ("twenty-three per cent", F(23), F("22.5"), F("23.5"), "%"),
    ("two percentage points", F(2), F("1.5"), F("2.5"), "percentage points"),
    ("three companies", F(3), F(3), F(3), "companies"),
    ("(-) 1.8 per cent", F("-1.8"), F("-1.85"), F("-1.75"), "%"),
])
def test_number_words_and_a_bracketed_minus_as_claims_values(value: str, number: F, lo: F,
                                                             hi: F, unit: str) -> None:
    from factcheck.numbers.grammar import read_figure

    r = read_figure(value)
    assert (r.value, r.interval.lo, r.interval.hi, r.unit) == (number, lo, hi, unit)


def test_fidelity_reads_number_words_with_percent_words(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Sales rose three per cent, and the rate fell two "
                                    "percentage points.\n", encoding="utf-8")
    (tmp_path / "c.yaml").write_text(
        "article: a.txt\npublished: 2024-11-05\nlanguage: en\nclaims:\n"
        "  - id: sales\n    quote: Sales rose three per cent\n    value: 3%\n    kind: growth\n"
        "  - id: rate\n    quote: the rate fell two percentage points\n    value: -2 pp\n"
        "    kind: pp-change\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(tmp_path / "c.yaml"), "--no-cache",
                                      "--format", "concise", "--root", str(tmp_path)])
    assert "FC102" not in result.output, result.output
    (tmp_path / "c.yaml").write_text(
        (tmp_path / "c.yaml").read_text("utf-8").replace("value: 3%", "value: 4%"), "utf-8")
    result = CliRunner().invoke(app, ["run", str(tmp_path / "c.yaml"), "--no-cache",
                                      "--format", "concise", "--root", str(tmp_path)])
    assert "FC102" in result.output, result.output


@pytest.mark.parametrize(("text", "expected"), [
    # class 12: the verb of the sentence signs a figure after ", or"
    ("Output slipped 1.1%, or 2.6 percent annualized.\n",
     [("-1.1%", "growth"), ("-2.6 percent", "growth")]),
    ("Sales rose 1.2%, or 2.6 percent.\n", [("1.2%", "growth"), ("2.6 percent", "growth")]),
    # a list of amounts separated by commas shares its verb
    ("Jobs declined by 12,000, 8,000 and 3,000 in the three regions.\n",
     [("-12,000", "change"), ("-8,000", "change"), ("-3,000", "change"),
      ("three", "amount")]),  # the three regions: a count, as the corpus labels one
    # percentage points are drafted as pp, which the claims grammar reads as points
    ("Prices dropped by 0.5 percentage points.\n", [("-0.5 pp", "pp-change")]),
    ("The rate fell 0.2 pp.\n", [("-0.2 pp", "pp-change")]),
])
def test_init_signs_continuations_lists_and_points(text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert _drafted(text, "en") == expected


@pytest.mark.parametrize(("text", "span", "value", "lo", "hi"), [
    # zht-ltn-trade-2025-12: tenths and a hundredth written with digits (class 7)
    ("合計占總出口比重達7成4。", "7成4", F(74), F("73.5"), F("74.5")),
    ("7成5的企業", "7成5", F(75), F("74.5"), F("75.5")),
    ("上看4成", "4成", F(40), F(35), F(45)),
])
def test_tenths_and_a_hundredth_with_digits(text: str, span: str, value: F, lo: F, hi: F) -> None:
    [m] = [m for m in extract(text) if m.needs_coverage]
    assert (m.text, m.kind, m.value, m.low, m.high) == (span, Kind.PERCENT, value, lo, hi)


def test_tenths_with_two_more_digits_are_no_reading() -> None:
    from factcheck.numbers.grammar import NumberError, read_figure

    assert read_figure("7成4").value == 74
    with pytest.raises(NumberError, match="malformed tenths in '7成45'"):
        read_figure("7成45")


def test_a_year_before_a_money_figure_keeps_its_reading() -> None:
    # en-cnnmoney-treasury-2010-01: the year, not 2010 billion dollars
    found = extract("the first 4 months of fiscal year 2010 to $430.7 billion, up from")
    assert [(m.text, m.kind, m.value) for m in found if m.kind is not Kind.DURATION] == [
        ("2010", Kind.YEAR, 2010), ("$430.7 billion", Kind.AMOUNT, 430_700_000_000)]
    # a range of the same unit printed once still shares it
    [m] = extract("2000至3000亿元")
    assert (m.low, m.high, m.qualifier.value) == (199_950_000_000, 300_050_000_000, "range")
