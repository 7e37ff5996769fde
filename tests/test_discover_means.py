"""A whole's average, median or index between the same figures of its two halves (FC411):
全体居民 and 城镇/农村居民 income per head, average earnings of men and women. The halves'
figures never add up to the whole's, so no template or rule makes them a partition. Every
sentence here is invented."""

from __future__ import annotations

from factcheck.checks import select_rules
from factcheck.discover import discover_relations
from factcheck.discover.auto import check_text


def _means(text: str, language: str) -> list[tuple[str, list[str]]]:
    return [(r.kind.value, sorted(f"{role.value}={f.text}" for role, f in r.roles))
            for r in discover_relations(text, language) if r.kind.value in ("mean", "partition")]


def test_income_per_head_of_all_residents_lies_between_urban_and_rural() -> None:
    text = ("前三季度全市居民人均可支配收入41236元，同比增长5.1%。其中，城镇居民人均可支配收入"
            "52310元，增长4.6%；农村居民人均可支配收入23875元，增长6.2%。")
    assert _means(text, "zh") == [("mean", ["group=23875元", "group=52310元", "mean=41236元"])]


def test_the_whole_may_stand_in_the_paragraph_before_and_name_other_residents() -> None:
    text = ("全年全省居民人均消费支出28350元，比上年增长7.4%。\n\n"
            "分城乡看，城镇常住居民人均消费支出35612元，增长6.1%；农村常住居民人均消费支出"
            "19876元，增长8.8%。")
    assert _means(text, "zh") == [("mean", ["group=19876元", "group=35612元", "mean=28350元"])]


def test_a_median_of_all_between_the_medians_of_its_halves_in_traditional_characters() -> None:
    text = ("全國居民人均可支配收入中位數31370元，增長5.3%。其中，城鎮居民人均可支配收入中位數"
            "45123元；農村居民人均可支配收入中位數17131元。")
    assert _means(text, "zh") == [("mean", ["group=17131元", "group=45123元", "mean=31370元"])]


def test_two_wholes_named_alike_link_nothing() -> None:
    text = ("全市居民人均可支配收入41236元，全省居民人均可支配收入38120元。"
            "其中，城镇居民人均可支配收入52310元；农村居民人均可支配收入23875元。")
    assert _means(text, "zh") == []


def test_totals_of_the_halves_are_no_mean() -> None:
    # amounts that are not averages: a partition's business, not this rule's
    text = "全市社会消费品零售总额812.6亿元。其中，城镇消费品零售额701.2亿元，乡村消费品零售额111.4亿元。"
    assert not [k for k, _ in _means(text, "zh") if k == "mean"]


def test_average_earnings_of_men_and_women_are_no_partition() -> None:
    text = ("Average weekly earnings were $1,250 in June. Average weekly earnings of men were "
            "$1,390, while average weekly earnings of women were $1,080.")
    assert _means(text, "en") == [("mean", ["group=$1,080", "group=$1,390", "mean=$1,250"])]


def test_median_income_of_urban_and_rural_households_in_parallel_sentences() -> None:
    text = ("Median household income was $8,400 a month. The median income of urban "
            "households was $10,200. The median income of rural households was $4,900.")
    assert _means(text, "en") == [("mean", ["group=$10,200", "group=$4,900", "mean=$8,400"])]


def test_a_whole_outside_its_halves_fails_the_run() -> None:
    text = ("全年全体居民人均可支配收入70925元，同比增长4.1%。其中，城镇居民人均可支配收入69410元，"
            "增长3.2%；农村居民人均可支配收入45071元，增长5.2%。")
    auto = check_text(text, "t.txt", select_rules())
    verdicts = [(r.kind.value, auto.verdict(i)) for i, r in enumerate(auto.relations)]
    assert ("mean", "fail") in verdicts
    text = text.replace("70925", "60925")
    auto = check_text(text, "t.txt", select_rules())
    assert [auto.verdict(i) for i, r in enumerate(auto.relations) if r.kind.value == "mean"] == ["pass"]
