"""Chinese shares of a plan and parts of another period: invented sentences, each a variant
of a class of real phrasing, with what discovery links and whether it may fail a run."""

from __future__ import annotations

import pytest

from factcheck.checks import select_rules
from factcheck.discover import discover_relations
from factcheck.discover.auto import check_text


def _shares(text: str) -> list[tuple[str, ...]]:
    return [r.signature() for r in discover_relations(text, "zh") if r.kind.value == "share"]


def _failures(text: str) -> list[tuple[str, ...]]:
    auto = check_text(text, "a.txt", select_rules(), language="zh")
    return [rel.signature() for i, rel in enumerate(auto.relations) if auto.verdict(i) == "fail"]


@pytest.mark.parametrize("text", [
    "地方一般公共预算收入完成28,583万元，占调整预算105.47%，同比增长10.85%。",
    "税收收入完成11,136万元，占年初预算的90.75%。",
    "全市固定资产投资完成520亿元，占年度计划112.3%。",
    "招商引资到位资金86亿元，占全年目标任务的101.2%。",
])
def test_a_share_of_an_unprinted_plan_is_no_share_to_bound(text: str) -> None:
    # the part of a plan done may pass 100%: with the plan not printed nothing is checked
    assert _shares(text) == []
    assert _failures(text) == []


def test_a_share_of_a_named_whole_is_still_found() -> None:
    text = "税收收入完成11,136万元，占一般公共预算收入的38.96%。"
    assert _shares(text) == [("share", "part=11,136万元", "share=38.96%")]


MONTH_AFTER_TOTAL = "37个大类行业中21个行业生产实现增长，增长面为56.8%。其中，{period}有{n}个行业实现增长。"


def test_a_part_of_another_period_is_a_note_not_a_failure() -> None:
    for period in ("7月份", "6月当月", "二季度"):
        text = MONTH_AFTER_TOTAL.format(period=period, n=23)
        [rel] = [r for r in discover_relations(text, "zh")
                 if r.signature() == ("part-of", "part=23个", "total=21个")]
        assert rel.confidence < 0.7, period
        assert _failures(text) == [], period


def test_a_part_of_the_same_period_may_fail() -> None:
    text = "1-7月，全市接待游客500万人次。其中，1-7月境外游客达到520万人次。"
    [rel] = [r for r in discover_relations(text, "zh") if r.kind.value == "part-of"]
    assert rel.confidence >= 0.7
    assert _failures(text) == [("part-of", "part=520万人次", "total=500万人次")]
