"""A headline or subhead states a figure of the text it sums up, often rounded: the text's
figure of its kind, unit and role is its partner, the value picking among them and the
subject breaking a tie. Every sentence here is invented; both scripts are tried."""

from __future__ import annotations

import pytest


def _same(text: str) -> list[set[str]]:
    """The members of each ``same`` relation found, as the set of their printed texts."""
    from factcheck.discover import discover_relations

    return [{f.text for _, f in r.roles} for r in discover_relations(text, "zh")
            if r.kind.value == "same"]


def _outcomes(text: str) -> list[tuple[str, str, str]]:
    from factcheck.checks import all_rules
    from factcheck.discover.auto import check_text

    report = check_text(text, "a.txt", all_rules()).report
    return [(o.code, o.verdict.value, o.severity.value) for o in report.outcomes]


@pytest.mark.parametrize(("text", "pair"), [
    ("上半年關稅收入312億增41%\n\n【本報訊】財政局公布，今年上半年關稅收入達311.8億元，"
     "較去年同期增長41.3%，執行率為52%。\n", ("312億", "311.8億元")),
    ("前三季度快递业务量破900亿件\n\n国家邮政局公布，前三季度全国快递业务量累计完成912.6亿件，"
     "同比增长19.2%。\n", ("破900亿件", "912.6亿件")),
    ("9月來港旅客約380萬人次\n\n入境處指出，9月訪港旅客為379.6萬人次，按年上升8%。\n",
     ("約380萬人次", "379.6萬人次")),
])
def test_a_headlines_rounded_level_is_the_texts_level(text: str, pair: tuple[str, str]) -> None:
    assert set(pair) in _same(text)
    assert not any(o[0] == "FC406" and o[1] == "fail" for o in _outcomes(text))


@pytest.mark.parametrize("text", [
    "上半年關稅收入312億增41%\n\n財政局公布，今年上半年關稅收入達311.8億元，較去年同期增長41.3%，"
    "執行率為41%。\n",
    "上半年关税收入312亿增41%\n\n财政局公布，今年上半年关税收入达311.8亿元，较去年同期增长41.3%，"
    "执行率为41%。\n",
])
def test_a_headlines_rate_of_rise_is_the_rise_not_a_level_of_that_value(text: str) -> None:
    got = _same(text)
    assert {"41%", "41.3%"} in got
    assert {"41%"} not in got  # 执行率 41% is a level, not the rise


def test_a_subhead_is_a_headline_of_its_paragraph() -> None:
    text = ("本地失業率微升\n\n"
            "就業不足率1.8% 升0.3個百分點\n\n"
            "統計處公布，最新就業不足率為1.8%，較上一期升0.3個百分點。\n")
    got = _same(text)
    assert [len(s) for s in got] == [1, 1]  # the two printings of each have one text
    assert {"1.8%"} in got and {"0.3個百分點"} in got


def test_the_subject_breaks_a_tie_among_figures_of_one_value() -> None:
    text = "10月出口增長12%\n\n10月進口貨值按年增長12%，10月出口貨值按年增長12%。\n"
    got = _same(text)
    assert len(got) == 1 and len(got[0]) == 1
    from factcheck.discover import discover_relations

    (rel,) = [r for r in discover_relations(text, "zh") if r.kind.value == "same"]
    assert [f.start for _, f in rel.roles] == [text.index("12%"), text.index("12%", text.index("出口貨值"))]


def test_two_named_candidates_are_a_tie_left_alone() -> None:
    from factcheck.discover import discover_relations

    text = "出口增長12%\n\n10月出口貨值按年增長12%。1至10月出口貨值按年增長12%。\n"
    head = text.index("12%")
    assert not any(f.start == head for r in discover_relations(text, "zh") for _, f in r.roles
                   if r.kind.value == "same")


def test_the_level_a_change_starts_from_is_not_the_level_reached() -> None:
    text = ("失業率回落至5.1%\n\n統計處公布，失業率由5月至7月的5.1%回落到6月至8月的4.9%。\n")
    assert _same(text) == []


@pytest.mark.parametrize("text", [
    # the value printed in the text is no rounding of the headline's
    "上半年關稅收入312億\n\n今年上半年關稅收入達309.4億元，較去年同期增長4%。\n",
    # a table row of several figures is no headline
    "項目 312億 41% 52%\n\n今年上半年關稅收入達311.8億元，較去年同期增長41.3%，執行率為52%。\n",
    # a sentence that ends with its mark is no headline
    "關稅收入312億，增41%。\n\n今年上半年關稅收入達311.8億元，較去年同期增長41.3%。\n",
])
def test_no_single_partner_no_link(text: str) -> None:
    got = _same(text)
    assert not any(s & {"312億", "12%", "41%"} for s in got)


@pytest.mark.parametrize(("text", "value"), [
    ("截至11月底，全國總戶數984萬4924戶，每戶平均人口2.37人。\n\n"
     "根據戶籍登記資料，全國戶數共有984萬4924戶，與10月比較增加5199戶。\n", "984萬4924戶"),
    ("本期实施减班休息的企业共8,331人。\n\n统计显示，受影响劳工合计8,331人，较上期减少12人。\n",
     "8,331人"),
])
def test_a_count_of_four_digits_or_more_printed_again_is_one_quantity(text: str, value: str) -> None:
    assert {value} in _same(text)


@pytest.mark.parametrize("text", [
    # a round count: one significant digit, printed twice by chance as often as not
    "本月新增就業6000人。\n\n另有6000人轉為兼職。\n",
    # three digits and no word of the subject shared
    "實施無薪假共有455家。\n\n另外，新設立公司455家。\n",
])
def test_a_count_of_few_digits_printed_again_is_left_alone(text: str) -> None:
    assert _same(text) == []
