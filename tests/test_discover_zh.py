"""Chinese discovery in simplified and traditional characters: the phrasings of Hong Kong,
Macau and Taiwan copy read as the mainland ones are. Every sentence here is invented; each
class is tried in both scripts."""

from __future__ import annotations

import pytest


def _found(text: str) -> list[tuple[str, ...]]:
    from factcheck.discover import discover_relations

    return [r.signature() for r in discover_relations(text, "zh")]


def _outcomes(text: str) -> list[tuple[str, str, str]]:
    from factcheck.checks import all_rules
    from factcheck.discover.auto import check_text

    report = check_text(text, "a.txt", all_rules()).report
    return [(o.code, o.verdict.value, o.severity.value) for o in report.outcomes]


@pytest.mark.parametrize("text", [
    "上月出境旅客总数为2,345,678人次，较去年同期上升12.3%。",
    "上月出境旅客總數為2,345,678人次，較去年同期大幅上升12.3%。",
    "上月出境旅客總數為2,345,678人次，較上年同月微升12.3%。",
])
def test_a_rate_against_a_named_earlier_period_belongs_to_the_level_before(text: str) -> None:
    assert ("growth", "current=2,345,678人次", "rate=12.3%") in _found(text)


@pytest.mark.parametrize("text", [
    "全县外销订单金额达215.4亿美元，创历年同月新高，年增率31.6%。",
    "全縣外銷訂單金額達215.4億美元，創下歷年同月新高，年增率高達31.6%。",
    "全縣外銷訂單金額215.4億美元，成長31.6%。",
    "全縣外銷訂單金額215.4億美元，增幅達31.6%。",
])
def test_taiwan_words_of_a_rate_of_rise(text: str) -> None:
    sigs = [s for s in _found(text) if s[0] == "growth"]
    assert len(sigs) == 1 and sigs[0][1].startswith("current=215.4") and sigs[0][2] == "rate=31.6%"


@pytest.mark.parametrize("text", [
    "外销订单衰退4.2%。",
    "外銷訂單衰退4.2%。",
])
def test_a_recession_is_a_decline(text: str) -> None:
    from factcheck.discover import discover_relations

    rates = [f for r in discover_relations(text, "zh") for role, f in r.roles if role == "rate"]
    assert rates and rates[0].negative


@pytest.mark.parametrize("text", [
    "去年12月出口624.8亿美元，为历年单月次高，月减2.5%、年增43.4%。",
    "去年12月出口624.8億美元、為歷年單月次高，月減2.5%、年增43.4%。",
])
def test_rates_listed_together_are_of_the_one_amount(text: str) -> None:
    got = _found(text)
    assert ("growth", "current=624.8亿美元" if "亿" in text else "current=624.8億美元", "rate=43.4%") in got
    assert sum(1 for s in got if s[0] == "growth" and s[1].startswith("current=624.8")) == 2


@pytest.mark.parametrize("text", [
    "不过夜旅客有1,344,381人次(占总数51.9%)，较去年同月减少14.0%。",
    "不過夜旅客有1,344,381人次(佔總數51.9%)，較去年同月減少14.0%。",
])
def test_a_share_in_brackets_does_not_end_the_statement(text: str) -> None:
    assert ("growth", "current=1,344,381人次", "rate=14.0%") in _found(text)


@pytest.mark.parametrize("text", [
    "去年本地服装出口货值326亿港元，较前年增加1亿港元，升幅0.4%。",
    "去年本地服裝出口貨值326億港元，較前年增加1億港元，升幅0.4%。",
    "去年本地服裝出口貨值326億港元，較前年增加1億港元，漲幅0.4%。",
])
def test_the_size_of_a_rise_is_a_rate(text: str) -> None:
    got = [s for s in _found(text) if s[0] == "growth"]
    assert len(got) == 1 and got[0][1].startswith("current=326") and got[0][3] == "rate=0.4%"


@pytest.mark.parametrize(("text", "delta", "current"), [
    ("同期的总劳动人口减少约1,500人至3,830,100人。", "约1,500人", "3,830,100人"),
    ("同期的總勞動人口減少約1,500人至3,830,100人。", "約1,500人", "3,830,100人"),
    ("就业不足人数亦增加约600人，上升至60,000人。", "约600人", "60,000人"),
    ("全縣工業產值增加12.5億元達300.2億元。", "12.5億元", "300.2億元"),
])
def test_a_change_and_the_level_it_reached(text: str, delta: str, current: str) -> None:
    from factcheck.discover import discover_relations

    rels = [r for r in discover_relations(text, "zh") if r.kind == "change"]
    assert [r.signature() for r in rels] == [("change", f"current={current}", f"delta={delta}")]
    assert rels[0].get("delta").negative == ("减" in text or "減" in text)  # type: ignore[union-attr]


_HALVES = ("{m}月入境旅客共{total}万人次，按年增加48.1%。留宿旅客116.38万人次，不过夜旅客104.59万人次，"
           "按年分别增加54.0%及42.0%。")


@pytest.mark.parametrize("text", [
    _HALVES.format(m="6", total="220.97"),
    _HALVES.format(m="6", total="220.97").replace("万", "萬").replace("过", "過").replace("别", "別"),
    "11月入境旅客為2,209,700人次，按年減少7.6%；不過夜旅客有1,045,900人次，留宿旅客則微升0.4%至1,163,800人次。",
])
def test_two_complements_partition_the_total_they_name(text: str) -> None:
    got = [s for s in _found(text) if s[0] == "partition"]
    assert len(got) == 1 and got[0][-1].startswith(("total=220.97", "total=2,209,700"))


def test_complements_weight_the_totals_rate() -> None:
    # priors 116.38/1.54 = 75.57 and 104.59/1.42 = 73.65: 220.97/149.23 - 1 = 48.1%
    got = _found(_HALVES.format(m="6", total="220.97"))
    assert ("weighted-growth", "from-part=42.0%,54.0%", "rate=48.1%") in got
    assert ("FC211", "pass", "error") in _outcomes(_HALVES.format(m="6", total="220.97"))
    wrong = _HALVES.format(m="6", total="220.97").replace("48.1%", "58.1%")
    assert ("FC211", "fail", "error") in _outcomes(wrong)


def test_complements_need_a_whole_that_names_what_they_split() -> None:
    text = "6月酒店收入共220.97万元。留宿旅客116.38万人次，不过夜旅客104.59万人次。"
    assert not any(s[0] == "partition" for s in _found(text))


@pytest.mark.parametrize("text", [
    "6月经陆路入境的旅客共1,695,178人次，当中经关闸口岸(823,029人次)、港珠澳大桥(562,073人次)"
    "及横琴口岸(222,788人次)入境的旅客分别占48.6%、33.2%及13.1%。",
    "6月經陸路入境的旅客共1,695,178人次，當中經關閘口岸(823,029人次)、港珠澳大橋(562,073人次)"
    "及橫琴口岸(222,788人次)入境的旅客分別佔48.6%、33.2%及13.1%。",
])
def test_listed_shares_align_with_the_listed_parts_and_take_their_total(text: str) -> None:
    from factcheck.discover import discover_relations

    shares = [r for r in discover_relations(text, "zh") if r.kind == "share"]
    assert [(r.get("share").text, r.get("part").text) for r in shares] == [  # type: ignore[union-attr]
        ("48.6%", "823,029人次"), ("33.2%", "562,073人次"), ("13.1%", "222,788人次")]
    assert all([f.text for f in r.readings] == ["1,695,178人次"] for r in shares)
    assert not any(o[1] == "fail" for o in _outcomes(text))
    assert ("FC401", "fail", "error") not in _outcomes(text)
    assert any(o[1] == "fail" for o in _outcomes(text.replace("33.2%", "43.2%")))


def test_listed_shares_with_more_amounts_than_shares_are_not_aligned() -> None:
    text = ("旅客共1,695,178人次，其中甲口岸823,029人次、乙口岸562,073人次及丙口岸222,788人次，"
            "甲乙分别占48.6%及33.2%。")
    shares = [r for r in _relations(text) if r.kind == "share"]
    assert not any(r.get("part") is not None and r.get("part").text == "823,029人次"  # type: ignore[union-attr]
                   and r.get("share").text == "33.2%" for r in shares)  # type: ignore[union-attr]


def _relations(text: str) -> list:  # type: ignore[type-arg]
    from factcheck.discover import discover_relations

    return discover_relations(text, "zh")
