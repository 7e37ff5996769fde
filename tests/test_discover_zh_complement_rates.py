"""The rates of change of two complements (城市/农村, 食品/非食品, 转口/港产品出口) weigh up to
the rate of the whole they split: rates only, checked as bounds, and a note. Every sentence
here is invented; both scripts are tried."""

from __future__ import annotations

from factcheck.discover import discover_relations
from factcheck.discover.relation import RelationKind


def _weighted(text: str) -> list[tuple[str, ...]]:
    return [tuple(("-" if f.negative else "") + f.text for _, f in r.roles)
            for r in discover_relations(text, "zh")
            if r.kind is RelationKind.WEIGHTED_GROWTH and not r.confident]


def test_the_halves_after_of_which_and_the_rate_before_it() -> None:
    text = ("5月份，全省居民消费价格同比上涨0.9%。其中，城市上涨0.8%，农村上涨1.2%；食品价格下降"
            "0.6%，非食品价格上涨1.3%；消费品价格上涨0.5%，服务价格上涨1.5%。\n")
    assert _weighted(text) == [("0.9%", "0.8%", "1.2%"), ("0.9%", "-0.6%", "1.3%"),
                               ("0.9%", "0.5%", "1.5%")]


def test_the_halves_name_what_they_split_in_traditional_script() -> None:
    text = ("4月商品整體出口貨量升6.2%，進口貨量升3.1%。期間商品轉口貨量升6.5%，而港產品出口貨量"
            "則跌2.4%。\n")
    assert _weighted(text) == [("6.2%", "6.5%", "-2.4%")]


def test_rates_per_head_or_of_a_median_are_not_weighed() -> None:
    text = ("全市居民人均可支配收入52100元，同比增长5.1%。其中，城镇居民人均可支配收入61200元，"
            "增长4.6%；农村居民人均可支配收入30100元，增长6.3%。\n")
    assert _weighted(text) == []
    text = ("全市居民收入中位数增长5.1%。其中，城镇居民收入中位数增长4.6%，农村居民收入中位数"
            "增长6.3%。\n")
    assert _weighted(text) == []


def test_no_whole_named_no_bound() -> None:
    # no 其中 and no rate before that names what the halves split
    text = "今年以来，全市港口吞吐量增长4.2%。城市居民用水量增长1.1%，农村居民用水量增长2.3%。\n"
    assert _weighted(text) == []
