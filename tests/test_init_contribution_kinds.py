"""init drafts a contribution, a rate per mille and a change from the words of the language's
data: a figure in points after a word of contribution (拉动, 上拉, 贡献, "contribution of",
"contributed") is a ``contribution``, with the minus a word of pulling down gives it; in English
a percent after one is a contribution too, but not one after the words of a contribution's rate
(贡献率, "contribution rate"); an amount in per mille (千分之6.62, 8.04‰) is a level ``rate``; a
price rise written with 漲 alone, an economy that 收縮, 倒退 or 擴張, an amount after "increased
YOY by" are changes. The sentences are invented, not from the corpus."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from factcheck.app.init_draft import draft


def _kinds(text: str, language: str) -> list[tuple[str, str]]:
    doc = yaml.safe_load(draft(text, "a.txt", dt.date(2026, 12, 1), language))
    return [(str(c["value"]), str(c["kind"])) for c in doc["claims"]]


@pytest.mark.parametrize(("text", "language", "drafted"), [
    ("建筑业拉动全区经济增长1.4个百分点。", "zh", [("1.4 个百分点", "contribution")]),
    ("消费带动GDP增长0.9个百分点，投资增长6%。", "zh",
     [("0.9 个百分点", "contribution"), ("6%", "growth")]),
    ("电力行业上拉全市工业增速2.3个百分点。", "zh", [("2.3 个百分点", "contribution")]),
    ("煤炭行业下拉全县工业增加值增速0.8个百分点。", "zh", [("-0.8 个百分点", "contribution")]),
    ("內需貢獻經濟成長1.85個百分點。", "zh", [("1.85 pp", "contribution")]),
    # a price index release: the share of the index's change that one item makes
    ("蔬菜价格下降4.2%，影响CPI下降约0.09个百分点。", "zh",
     [("-4.2%", "growth"), ("约-0.09 个百分点", "contribution")]),
    ("生活资料价格影响PPI总水平上涨约0.05个百分点。", "zh", [("约0.05 个百分点", "contribution")]),
    ("汽油價格上升推高通脹率0.4個百分點。", "zh", [("0.4 pp", "contribution")]),
    ("Net exports made a contribution of 0.7 percentage points to growth.", "en",
     [("0.7 pp", "contribution")]),
    ("Housing contributed 1.2 percentage points to annual inflation.", "en",
     [("1.2 pp", "contribution")]),
    ("Fuel accounted for 0.9 percentage points of the annual inflation.", "en",
     [("0.9 pp", "contribution")]),
    ("The contribution to inflation from fuel was -0.6% and from rent was 0.9%.", "en",
     [("-0.6%", "contribution"), ("0.9%", "contribution")]),
    ("Clothing contributed the least at 0.4 per cent.", "en", [("0.4 percent", "contribution")]),
])
def test_a_contribution_is_drafted_as_one(text: str, language: str,
                                          drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, language) == drafted


@pytest.mark.parametrize(("text", "language", "drafted"), [
    # the words of a contribution's rate are not those of a contribution: the rate stays a
    # level rate (a contribution-rate claim cannot record its earlier value)
    ("其贡献率由上年的40.5%提高到44.3%。", "zh", [("40.5%", "rate"), ("44.3%", "rate")]),
    ("The contribution rate of services reached 57.9%.", "en", [("57.9%", "rate")]),
])
def test_the_rate_of_a_contribution_is_no_contribution(
        text: str, language: str, drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, language) == drafted


@pytest.mark.parametrize(("text", "language", "drafted"), [
    # the rate of a contribution changing in points is a change of that rate
    ("工业贡献率比上年提高3.1个百分点。", "zh", [("3.1 个百分点", "pp-change")]),
    # a percent after "accounted for" is a share, not a contribution
    ("Fuel accounted for 12.5% of imports.", "en", [("12.5%", "share")]),
    # points with no word of contribution stay a change of a rate
    ("失业率比上月下降0.2个百分点。", "zh", [("-0.2 个百分点", "pp-change")]),
    # 受…影响 names a cause, not a contribution
    ("受疫情影响增速回落1.2个百分点。", "zh", [("-1.2 个百分点", "pp-change")]),
    ("The jobless rate rose by 0.3 percentage points.", "en", [("0.3 pp", "pp-change")]),
    # a word of rise between the contribution and the percent: a growth
    ("The contribution of exports rose 4% in March.", "en", [("4%", "growth")]),
    # a contribution in another clause names nothing here
    ("Food contributed most, while rents fell 1.5 percent.", "en", [("-1.5 percent", "growth")]),
])
def test_no_contribution_where_the_words_say_otherwise(
        text: str, language: str, drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, language) == drafted


@pytest.mark.parametrize(("text", "drafted"), [
    ("全市人口出生率为千分之7.15，死亡率为6.92‰。",
     [("千分之7.15", "rate"), ("6.92 ‰", "rate")]),
    # a change of a rate per mille stays a change
    ("出生人口比上年减少1.2万人，自然增长率为-0.4‰。", [("-1.2万 人", "change"), ("-0.4 ‰", "rate")]),
    # an amount in another unit stays an amount
    ("全年粮食产量为57.3万吨。", [("57.3万 吨", "amount")]),
])
def test_a_rate_per_mille_is_a_rate(text: str, drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, "zh") == drafted


@pytest.mark.parametrize(("text", "drafted"), [
    ("消費者物價指數較上年同月漲2.06%，食物類漲3.1%。", [("2.06%", "growth"), ("3.1%", "growth")]),
    ("水果較上年同月大漲12.4%，蛋類則跌5.2%。", [("12.4%", "growth"), ("-5.2%", "growth")]),
    ("CPI年增率為1.9%，其中房租占比為15.3%。", [("1.9%", "growth"), ("15.3%", "share")]),
])
def test_a_rise_written_with_zhang_alone_is_a_growth(text: str,
                                                     drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, "zh") == drafted


def test_the_rate_a_contribution_is_made_to_is_not_one() -> None:
    text = ("Lusaka made the highest contribution of 4.1 percentage points to the annual "
            "inflation rate of 12.2 per cent recorded in May.")
    assert _kinds(text, "en") == [("4.1 pp", "contribution"), ("12.2 percent", "growth")]


@pytest.mark.parametrize(("text", "language", "drafted"), [
    # an amount that prints a scale between its digits, listed after the word of change
    ("戶籍人口較上月減少3萬2105人、0.14%。", "zh", [("-3萬2105 人", "change"), ("-0.14%", "growth")]),
    # an economy that contracts or goes back, or expands
    ("全年本地經濟收縮3.4%，私人消費倒退1.2%。", "zh", [("-3.4%", "growth"), ("-1.2%", "growth")]),
    ("第二季服務輸出擴張6.1%。", "zh", [("6.1%", "growth")]),
    # a time or a manner between the verb and its "by" before an amount
    ("Receipts increased YOY by $7 billion.", "en", [("$7 billion", "change")]),
    ("Spending fell year-over-year by $3 billion.", "en", [("$-3 billion", "change")]),
    # no word of change: an amount stays an amount
    ("Receipts were $7 billion year-over-year.", "en", [("$7 billion", "amount")]),
    # the same verb's change led by the same word, with its sign
    ("Jobless claims fell by 9,000 in Ohio and by 4,000 in Utah.", "en",
     [("-9,000", "change"), ("-4,000", "change")]),
    # the level the change is compared with, led by the same word: an amount
    ("Sales showed a gain of 2,600 units compared to a total of 40,500 units.", "en",
     [("2,600 units", "change"), ("40,500 units", "amount")]),
    # the level the change reaches is led by another word: an amount
    ("Exports rose by 5,000 tonnes to 120,000 tonnes.", "en",
     [("5,000 tonnes", "change"), ("120,000 tonnes", "amount")]),
])
def test_more_words_of_change(text: str, language: str, drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, language) == drafted


@pytest.mark.parametrize(("text", "language", "drafted"), [
    # a multiple after a word of rise, or before a noun of growth, is a growth in times
    ("旅客總消費較2022年增加近3倍至712.5億元。", "zh", [("近3 倍", "growth"), ("712.5億 元", "amount")]),
    ("两者的总消费分别有3倍及2.4倍的同比增幅。", "zh", [("3 倍", "growth"), ("2.4 倍", "growth")]),
    ("内地旅客按年上升4.9倍。", "zh", [("4.9 倍", "growth")]),
    ("盈餘較去年同期多近2.28倍。", "zh", [("近2.28 倍", "growth")]),
    ("Arrests reached 530, a seven-fold increase on 2015.", "en",
     [("530", "amount"), ("seven fold", "growth")]),
    # a multiple of a level stays a multiple
    ("出口额是上年的2.3倍。", "zh", [("2.3 倍", "multiple")]),
    ("出口增长到上年的2.3倍。", "zh", [("2.3 倍", "multiple")]),
    ("Exports were 2.5 times their 2015 level.", "en", [("2.5 times", "multiple")]),
])
def test_a_multiple_of_growth_is_a_growth(text: str, language: str,
                                          drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, language) == drafted


@pytest.mark.parametrize(("text", "drafted"), [
    # a time, a place or an object between the word of change and its "by"
    ("The CPI fell in the third quarter by 2.9 percent compared to 2014.", [("-2.9 percent", "growth")]),
    ("The index fell anew by 18.4 percent during the quarter.", [("-18.4 percent", "growth")]),
    ("The CPI moved downward by 0.4 percent and by 3.6 percent in the second.",
     [("-0.4 percent", "growth"), ("-3.6 percent", "growth")]),
    ("GDP had grown by 0.4% in the euro area and by 0.5% in the EU28.",
     [("0.4%", "growth"), ("0.5%", "growth")]),
    ("Arrivals from Oceania spiked by 271 percent.", [("271 percent", "growth")]),
    ("This is due to an increased output of coffee by 21 percent.", [("21 percent", "growth")]),
    # a "by" with no word of change before it in the clause names no change
    ("The survey was answered by 45% of firms.", [("45%", "rate")]),
    ("Prices rose as measured by 12 percent of the panel.", [("12 percent", "rate")]),
])
def test_a_gap_between_the_word_of_change_and_its_by(
        text: str, drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, "en") == drafted


@pytest.mark.parametrize(("text", "language", "drafted"), [
    # a qualified amount after a word of change is a change
    ("总就业人数增加約9,300人。", "zh", [("約9,300 人", "change")]),
    ("失业人数减少约1.2万人。", "zh", [("约-1.2万 人", "change")]),
    ("Employment rose by about 5,000 to 1.2 million.", "en",
     [("about 5,000", "change"), ("1.2 million", "amount")]),
    # a level reached stays a level
    ("人口增至约15.1万人。", "zh", [("约15.1万 人", "amount")]),
    # the same rise in another unit, in brackets after it; a level's brackets stay a level
    ("总产量13659.6万吨(2731.9亿斤),比2013年增产474.8万吨(94.9亿斤)。", "zh",
     [("13659.6万 吨", "amount"), ("2731.9亿 斤", "amount"), ("474.8万 吨", "change"),
      ("94.9亿 斤", "change")]),
    ("早稻减产12.3万吨。", "zh", [("-12.3万 吨", "change")]),
])
def test_a_qualified_or_bracketed_change_of_an_amount(
        text: str, language: str, drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text, language) == drafted
