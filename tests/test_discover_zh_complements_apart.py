"""Two complements (城镇/乡村, 中央/地方, 税收/非税, 出口/进口) split the whole named before them,
though a ；separates the halves, a paragraph the whole, or a 按…分 opening its own paragraph.
Every sentence here is invented; both scripts are tried."""

from __future__ import annotations

from factcheck.discover import discover_relations
from factcheck.discover.relation import RelationKind


def _splits(text: str) -> list[tuple[str, tuple[str, ...], bool]]:
    kinds = (RelationKind.PARTITION, RelationKind.PART_OF)
    return [(r.kind.value, tuple(f.text for _, f in r.roles), r.confident)
            for r in discover_relations(text, "zh") if r.kind in kinds]


def test_a_breakdown_opening_its_paragraph_splits_the_total_of_the_paragraph_before() -> None:
    text = ("一季度，全市社会消费品零售总额812.5亿元，增长6.1%。\n"
            "按经营单位所在地分，城镇消费品零售额700.2亿元，增长5.9%；乡村消费品零售额112.3亿元，"
            "增长7.2%。\n"
            "按消费类型分，餐饮收入90.1亿元，增长10.1%；商品零售722.4亿元，增长5.6%。\n")
    got = _splits(text)
    assert ("partition", ("812.5亿元", "700.2亿元", "112.3亿元"), True) in got
    # the second breakdown's halves name no part of the total's name: parts, a note
    assert ("part-of", ("812.5亿元", "90.1亿元", "722.4亿元"), False) in got


def test_central_and_local_and_tax_and_other_revenue_across_semicolons() -> None:
    text = ("前三季度，全省一般公共预算收入3120亿元，同比增长8.2%。\n"
            "其中，中央一般公共预算收入1290亿元，同比增长9.1%；地方一般公共预算本级收入1830亿元，"
            "同比增长7.6%。全省税收收入2580亿元，同比增长8.8%；非税收入540亿元，同比增长5.3%。\n")
    got = _splits(text)
    assert ("partition", ("3120亿元", "1290亿元", "1830亿元"), True) in got
    assert ("partition", ("3120亿元", "2580亿元", "540亿元"), True) in got


def test_exports_and_imports_split_the_trade_named_a_paragraph_before() -> None:
    text = ("據海關統計，前5個月，全國貨物貿易進出口總值16.8萬億元，同比增長6.3%。\n\n"
            "具體來看，前5個月，出口9.5萬億元，增長8.1%；進口7.3萬億元，增長4.0%。\n")
    assert _splits(text) == [("partition", ("16.8萬億元", "9.5萬億元", "7.3萬億元"), True)]


def test_no_whole_named_no_partition() -> None:
    # the level before names neither the thing nor the pair's whole: nothing
    text = ("前5个月，全国港口货物吞吐量68.2亿吨，增长6.3%。\n\n"
            "具体来看，前5个月，出口9.5万亿元，增长8.1%；进口7.3万亿元，增长4.0%。\n")
    assert _splits(text) == []
    # two levels of the name in the paragraphs before: a note, not a failure
    text = ("前5个月，进出口总值16.8万亿元。5月份，进出口3.5万亿元，下降2%。\n\n"
            "具体来看，前5个月，出口9.5万亿元，增长8.1%；进口7.3万亿元，增长4.0%。\n")
    assert [c for _, _, c in _splits(text)] in ([], [False])
