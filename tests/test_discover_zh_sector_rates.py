"""The three sectors exhaust GDP: GDP's rate of growth lies between theirs, whether their
amounts are printed or not. Every sentence here is invented; both scripts are tried."""

from __future__ import annotations

import pytest


def _weighted(text: str) -> list[tuple[str, list[str]]]:
    """Each weighted-growth relation found: the whole's rate and the parts' rates, signed."""
    from factcheck.discover import discover_relations

    out = []
    for r in discover_relations(text, "zh"):
        if r.kind.value == "weighted-growth":
            signed = [("-" if f.negative else "") + f.text for _, f in r.roles]
            out.append((signed[0], signed[1:]))
    return out


def _outcomes(text: str) -> list[tuple[str, str]]:
    from factcheck.checks import all_rules
    from factcheck.discover.auto import check_text

    report = check_text(text, "a.txt", all_rules()).report
    return [(o.code, o.verdict.value) for o in report.outcomes]


def test_rates_printed_with_their_amounts_are_read_with_them() -> None:
    text = ("初步核算，一季度全市实现地区生产总值1234.5亿元，按可比价格计算，同比增长6.7%。分产业看，"
            "第一产业增加值45.6亿元，增长3.5%；第二产业增加值456.7亿元，增长6.1%；第三产业增加值"
            "732.2亿元，增长7.6%。\n")
    assert _weighted(text) == []  # a bound no changed figure could fail adds nothing


@pytest.mark.parametrize("text", [
    # no amounts, the sectors in the next paragraph
    "前三季度，全县GDP同比增长6.7%，比上半年加快0.3个百分点。\n\n"
    "其中，第一产业增长3.5%，第二产业增长6.1%，第三产业增长7.6%。\n",
    # traditional characters, a rate after 比上年
    "全年本地生產總值比上年增長6.7%。\n\n第一產業增加值比上年增長3.5%，第二產業增長6.1%，"
    "第三產業增長7.6%。\n",
])
def test_the_sectors_rates_weigh_up_to_gdps(text: str) -> None:
    assert _weighted(text) == [("6.7%", ["3.5%", "6.1%", "7.6%"])]
    assert ("FC211", "pass") in _outcomes(text)


def test_a_sector_that_fell_is_signed() -> None:
    text = ("上半年全区地区生产总值同比下降1.2%。\n\n分产业看，第一产业增加值下降8.1%，"
            "第二产业增加值下降2.0%，第三产业增加值增长0.9%。\n")
    assert _weighted(text) == [("-1.2%", ["-8.1%", "-2.0%", "0.9%"])]
    assert ("FC211", "pass") in _outcomes(text)


def test_gdp_outside_its_sectors_rates_fails() -> None:
    text = ("全年全市生产总值增长9.8%。\n\n第一产业增长3.5%，第二产业增长6.1%，第三产业增长7.6%。\n")
    assert ("FC211", "fail") in _outcomes(text)


@pytest.mark.parametrize("text", [
    # another period: GDP of the third quarter, sectors of the first three quarters
    "三季度，国内生产总值同比增长4.9%。分产业看，前三季度第一产业增加值同比增长7.4%；"
    "第二产业增加值同比增长10.6%；第三产业增加值同比增长9.5%。\n",
    # a whole the sectors do not exhaust (households use power too)
    "全社会用电量同比增长8.5%。其中，第一产业用电量增长12.7%，第二产业用电量增长3.6%，"
    "第三产业用电量增长6.4%。\n",
    # GDP with two rates before the sectors: no single candidate
    "全市生产总值同比增长6.7%。上年全市生产总值增长5.9%。\n\n第一产业增长3.5%，第二产业增长6.1%，"
    "第三产业增长7.6%。\n",
    # only two sectors with a rate
    "全市生产总值同比增长6.7%。第一产业增长3.5%，第二产业增长6.1%，第三产业占比55.2%。\n",
    # two-year average rates are not the year's
    "全市生产总值两年平均增长4.9%。第一产业两年平均增长4.8%，第二产业两年平均增长5.7%，"
    "第三产业两年平均增长4.9%。\n",
])
def test_no_single_gdp_rate_of_the_sectors_period_no_link(text: str) -> None:
    assert _weighted(text) == []
