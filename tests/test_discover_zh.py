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
    # the whole is found by the list, not named: a wrong share is a note; named, an error
    assert ("FC301", "fail", "note") in _outcomes(text.replace("33.2%", "43.2%"))
    named = text.replace("33.2%", "43.2%").replace("分别占", "分别占入境旅客的")
    named = named.replace("分別佔", "分別佔入境旅客的")
    assert ("FC301", "fail", "error") in _outcomes(named)


def test_listed_shares_with_more_amounts_than_shares_are_not_aligned() -> None:
    text = ("旅客共1,695,178人次，其中甲口岸823,029人次、乙口岸562,073人次及丙口岸222,788人次，"
            "甲乙分别占48.6%及33.2%。")
    shares = [r for r in _relations(text) if r.kind == "share"]
    assert not any(r.get("part") is not None and r.get("part").text == "823,029人次"  # type: ignore[union-attr]
                   and r.get("share").text == "33.2%" for r in shares)  # type: ignore[union-attr]


def _relations(text: str) -> list:  # type: ignore[type-arg]
    from factcheck.discover import discover_relations

    return discover_relations(text, "zh")


@pytest.mark.parametrize("text", [
    "经陆路入境旅客7,808,627人次。其中7,250,954人次从关闸入境，以大陆、香港及台湾旅客为主，分别占79.6%、14.2%及4.1%。",
    "經陸路入境旅客7,808,627人次。其中從機場入境旅客為680,584人次，客源主要來自台灣及大陸，分別佔73.6%及18.0%。",
    "其中经外港码头入境旅客增加23.5%，为5,084,179人次，香港旅客占60.7%。",
    "其中經外港碼頭入境旅客增加23.5%，為5,084,179人次，香港旅客佔60.7%。",
])
def test_a_share_with_a_subject_of_its_own_is_not_of_the_amount_before(text: str) -> None:
    from factcheck.discover import discover_relations

    for r in discover_relations(text, "zh"):
        if r.kind == "share":
            assert r.get("part") is None, r.signature()


@pytest.mark.parametrize(("text", "part"), [
    ("城镇人口24.10万人，比上年末增加0.50万人，占总人口比重为39.2%。", "24.10万人"),
    ("城鎮人口24.10萬人，比上年末增加0.50萬人，佔總人口比重為39.2%。", "24.10萬人"),
    ("不過夜旅客為785,369人次，佔入境旅客52.0%。", "785,369人次"),
])
def test_a_share_after_its_amounts_statement_is_of_that_amount(text: str, part: str) -> None:
    from factcheck.discover import discover_relations

    parts = [r.get("part") for r in discover_relations(text, "zh") if r.kind == "share"]
    assert [p.text for p in parts if p is not None] == [part]  # never the increase


_TRADE = ("财政部今公布去年出口6407.5亿美元，年增34.9%；进口4836.1亿美元，出超1571.4亿美元。\n\n"
          "财政部表示，去年进口年增22.6%，贸易出超{balance}亿美元亦刷新纪录。\n")


@pytest.mark.parametrize("text", [
    _TRADE.format(balance="1571.4"),
    _TRADE.format(balance="1571.4").replace("亿", "億").replace("进口", "進口").replace("财政部", "財政部"),
])
def test_one_value_printed_again_for_the_same_subject_is_one_quantity(text: str) -> None:
    got = [s for s in _found(text) if s[0] == "same"]
    unit = "億" if "億" in text else "亿"
    assert got == [("same", f"member=1571.4{unit}美元,1571.4{unit}美元")]
    assert ("FC406", "pass", "error") in _outcomes(text)


def test_a_repeated_value_of_another_subject_is_not_the_same_quantity() -> None:
    text = ("全市户籍人均生产总值为141647元，比上年增长4.8%。\n\n常住人均生产总值为98094元，增长4.8%。\n"
            "农村上涨0.1%；食品价格下降0.2%。\n\n非食品价格上涨0.1%，消费品价格上涨0.1%。\n")
    assert not any(s[0] == "same" for s in _found(text))


_PERIODS = ("财政部公布去年12月出口624.8亿美元，月减2.5%；第4季出口1881.1亿美元，年增49.4%；"
            "累计去年出口6407.5亿美元，年增34.9%。\n")


@pytest.mark.parametrize("text", [
    _PERIODS,
    _PERIODS.replace("亿", "億").replace("财政部", "財政部").replace("累计", "累計").replace("减", "減"),
    _PERIODS.replace("12月", "十二月").replace("第4季", "第四季"),
])
def test_a_period_is_part_of_the_shortest_period_that_holds_it(text: str) -> None:
    got = {(s[1][5:10], s[2][6:12]) for s in _found(text) if s[0] == "part-of"}
    assert got == {("624.8", "1881.1"), ("1881.", "6407.5")}


@pytest.mark.parametrize(("text", "pair"), [
    ("经济部今天公布10月外销订单为693.7亿美元，年增25.1%；累计今年前10月外销订单为5937.4亿美元，年增22.6%。",
     ("693.7", "5937.4")),
    ("二月博彩毛收入二百零六亿二千七百万元。\n\n今年一至二月博彩毛收入累计四百三十二亿六千一百万元。",
     ("二百零六", "四百三十二")),
])
def test_a_month_is_part_of_the_months_to_date(text: str, pair: tuple[str, str]) -> None:
    got = [s for s in _found(text) if s[0] == "part-of"]
    assert len(got) == 1 and pair[0] in got[0][1] and pair[1] in got[0][2]


def test_a_months_balance_is_no_part_of_the_years() -> None:
    text = "12月出超194.3亿美元；累计去年出超1571.4亿美元。"
    assert not any(s[0] == "part-of" for s in _found(text))


def test_two_metrics_of_a_month_do_not_share_the_whole_of_one() -> None:
    text = ("11月零售业营业额4,459亿元，年增1.4%。\n\n"
            "11月餐饮业营业额884亿元，年增2.8%，统计1至11月营业额为9,720亿元，年增3.2%。\n")
    got = [s for s in _found(text) if s[0] == "part-of"]
    assert got == [("part-of", "part=884亿元", "total=9,720亿元")]


def test_another_years_period_does_not_hold_a_month() -> None:
    text = "今年10月外销订单693.7亿美元。去年全年外销订单5937.4亿美元。"
    assert not any(s[0] == "part-of" for s in _found(text))


@pytest.mark.parametrize("text", [
    "劳动部公布减班休息数据，本期实施385家、人数7371人，较上期增加7家、253人。",
    "勞動部公布減班休息數據，本期實施385家、人數7371人，較上期增加7家、253人。",
])
def test_changes_listed_after_one_word_align_with_the_levels_by_unit(text: str) -> None:
    got = {s for s in _found(text) if s[0] == "change"}
    assert got == {("change", "current=385家", "delta=7家"), ("change", "current=7371人", "delta=253人")}


def test_a_listed_change_with_two_levels_of_its_unit_is_left_alone() -> None:
    text = "本期实施385家、人数7371人、其中女性3000人，较上期增加7家、253人。"
    assert not any("delta=253人" in s for s in _found(text))


@pytest.mark.parametrize("text", [
    "其中经外港码头入境旅客增加23.5%，为5,084,179人次。",
    "其中經外港碼頭入境旅客增加23.5%，為5,084,179人次。",
])
def test_a_rate_then_the_level_after_wei(text: str) -> None:
    assert ("growth", "current=5,084,179人次", "rate=23.5%") in _found(text)


@pytest.mark.parametrize("text", [
    "累计去年出超1571.4亿美元、首度突破1500亿美元，年增765.6亿美元。",
    "累計去年出超1571.4億美元、首度突破1500億美元，年增765.6億美元。",
])
def test_a_threshold_passed_is_not_the_level_a_change_is_of(text: str) -> None:
    changes = [s for s in _found(text) if s[0] == "change"]
    assert len(changes) == 1 and changes[0][1].startswith("current=1571.4")


@pytest.mark.parametrize("text", [
    "首季全澳门赌台6,130张，按季增加130张。",
    "首季全澳門賭枱6,130張，按季增加130張。",
])
def test_a_change_on_the_quarter_is_of_the_level_before(text: str) -> None:
    assert any(s[0] == "change" and s[1].startswith("current=6,130") for s in _found(text))


# --- a rate the lexicon defines as a part's share of a whole (rate_shares: 失业率)

@pytest.mark.parametrize("text", [
    "5月就业人数为1,208万4千人，失业人数为38万6千人，失业率为3.10%，季调失业率为3.25%。",
    "5月就業人數為1,208萬4千人，失業人數為38萬6千人，失業率為3.10%，季調失業率為3.25%。",
    "統計處今公布5月失業率3.10%，與上月持平。5月就業人數1,208萬4千人，月增2千人；失業人數38萬6千人。",
])
def test_an_unemployment_rate_is_the_unemployed_over_employed_plus_unemployed(text: str) -> None:
    assert ("share", "part=38万6千人".replace("万", "萬") if "萬" in text else "part=38万6千人",
            "share=3.10%",
            "whole-of=1,208萬4千人" if "萬" in text else "whole-of=1,208万4千人") in _found(text)
    assert not any(s[0] == "share" and "share=3.25%" in s for s in _found(text))


def test_an_unemployment_rate_with_the_labour_force_printed() -> None:
    text = ("主计总处公布8月失业率升至3.52%。8月失业人数为43.2万人。\n\n"
            "8月劳动力人数为1,227.3万人，较上年同月增2.1万人。\n")
    assert ("share", "part=43.2万人", "share=3.52%", "whole=1,227.3万人") in _found(text)
    assert ("FC301", "fail", "error") in _outcomes(text.replace("3.52%", "4.52%"))
    assert ("FC301", "fail", "error") in _outcomes(
        "5月就业人数为1,208万4千人，失业人数为38万6千人，失业率为4.10%。\n")


@pytest.mark.parametrize("text", [
    # two months of the rate: which one is the part's is not named
    "7月失业率为3.40%，8月失业率为3.52%。8月失业人数为43.2万人，劳动力人数为1,227.3万人。",
    # a change of the labour force is not it
    "8月失业率为3.52%，失业人数为43.2万人，劳动力人数年增2.1万人。",
    # a rate of a group is not the whole's
    "8月青年失业率为12.5%，失业人数为43.2万人，劳动力人数为1,227.3万人。",
])
def test_an_unemployment_rate_is_linked_by_name_and_single_value_only(text: str) -> None:
    assert not any(s[0] == "share" for s in _found(text))


# --- orders: the first by a word of the top, the next after 其次 or before 次之

@pytest.mark.parametrize(("text", "items"), [
    ("以縣市來看，台中實施人數最多，達2,847人，其次為台南市1,038人、桃園市642人。",
     "item=1,038人,2,847人,642人"),
    ("以县市来看，台中实施人数最多，达2,847人，其次为台南市1,038人、桃园市642人。",
     "item=1,038人,2,847人,642人"),
    ("以資訊通信產品增加53.5億美元最為驚人，增幅達126.1%，其次則是電子產品增加47.9億美元。",
     "item=47.9億美元,53.5億美元"),
    ("主要訂單來源以美國284.5億美元居冠、年增56.1%；其次是東協135.8億美元、年增60.2%。",
     "item=135.8億美元,284.5億美元"),
    ("东盟占比20.6%跃居第二大来源，其次为中国大陆及香港的18.4%。", "item=18.4%,20.6%"),
    ("其中，中美贸易增速最高，达69.6%；中欧次之，达39.8%。", "item=39.8%,69.6%"),
    # a name between the word of the top and the figure; a third after 再其次
    ("就業人數增加率最高者為宜蘭縣3.41%，其次為花蓮縣1.20%，再其次為新竹市0.95%。",
     "item=0.95%,1.20%,3.41%"),
    ("各区中以江北区4.12人最多、其次为南岸区3.05人，再其次为渝中区2.87人。",
     "item=2.87人,3.05人,4.12人"),
    # the subject between the word of the top and the figure, 达 after a comma
    ("入境旅客方面，最大客源同样来自韩国旅客，达52.6万人次，其次为日本41.3万人次、泰国18.2万人次。",
     "item=18.2万人次,41.3万人次,52.6万人次"),
    # the next one's figure after a comma: 其次為11月，為101.2萬人次
    ("出境旅客以7月為全年最多，達88.41萬人次，其次為8月，為80.2萬人次。",
     "item=80.2萬人次,88.41萬人次"),
])
def test_an_order_led_by_the_top_and_continued_by_qici(text: str, items: str) -> None:
    assert ("order", items) in _found(text)


@pytest.mark.parametrize(("text", "items"), [
    ("粗死亡率最低為新竹市千分之3.12，其次為桃園市千分之4.05，再其次為台中市千分之5.51。",
     "item=千分之3.12,千分之4.05,千分之5.51"),
    ("各区中人口增幅最小为东城区0.21%，其次为西城区0.35%。", "item=0.21%,0.35%"),
])
def test_an_order_led_by_the_bottom_reads_upwards(text: str, items: str) -> None:
    from factcheck.discover import discover_relations

    assert ("order", items) in _found(text)
    rel = next(r for r in discover_relations(text, "zh") if r.kind.value == "order")
    values = [f.reading.value for _, f in rel.roles]
    assert values == sorted(values, reverse=True)  # largest first, as FC408 reads an order


def test_an_order_led_by_the_bottom_out_of_its_order_fails() -> None:
    text = "各区中人口增幅最小为东城区0.51%，其次为西城区0.35%。\n"
    assert ("FC408", "fail", "error") in _outcomes(text)


def test_an_order_out_of_its_stated_order_fails() -> None:
    text = "以县市来看，台中实施人数最多，达847人，其次为台南市1,038人、桃园市642人。\n"
    assert ("FC408", "fail", "error") in _outcomes(text)


@pytest.mark.parametrize("text", [
    # 其次 as "secondly", with no figure put first
    "全市工业生产稳步增长，增加值达520.3亿元；其次，服务业增加值达610.2亿元。",
    # an amount between the first and 其次: the order is not of these two
    "美国订单金额最多，达284.5亿美元，较上年增加74.7亿美元；其次为东协135.8亿美元。",
])
def test_no_order_without_a_first_and_its_next(text: str) -> None:
    assert not any(s[0] == "order" for s in _found(text))


# --- a quantity stated twice: past who reports it, past a word of total

@pytest.mark.parametrize("text", [
    "8月失業率3.45%\n\n主計總處公布8月失業率升至3.45%，為一年來新高。\n",
    "8月失业率3.45%\n\n主计总处公布8月失业率升至3.45%，为一年来新高。\n",
    "全年進口4,836.1億美元，同登歷年最高。\n\n全年進口總額4,836.1億美元，年增22.6%。\n",
    "国外净需求贡献经济成长率为7.21%。\n\n相抵后，国外净需求贡献成长率7.21%。\n",
])
def test_a_quantity_stated_twice_in_other_words(text: str) -> None:
    assert any(s[0] == "same" for s in _found(text))


def test_a_value_printed_for_two_groups_is_not_one_quantity() -> None:
    text = "全年出口总额4,836.1亿美元。\n\n全年进口总额4,836.1亿美元。\n"
    assert not any(s[0] == "same" for s in _found(text))


# --- wrong wholes (issue class 6): none becomes a whole, none fails a run

@pytest.mark.parametrize("text", [
    "前三季度，全市地区生产总值比上年同期增加95.6亿元，达到1,200.5亿元。第一产业增加值100.2亿元；"
    "第二产业增加值500.1亿元；第三产业增加值600.2亿元。\n",
    "前三季度，全市地區生產總值比上年同期增加95.6億元，達到1,200.5億元。第一產業增加值100.2億元；"
    "第二產業增加值500.1億元；第三產業增加值600.2億元。\n",
])
def test_an_increase_is_never_the_whole_of_the_sectors(text: str) -> None:
    got = _found(text)
    assert any(s[0] == "partition" and s[-1] in ("total=1,200.5亿元", "total=1,200.5億元") for s in got)
    assert not any(s[0] in ("partition", "part-of") and "95.6" in s[-1] for s in got)
    assert not any(v == "fail" for _, v, _ in _outcomes(text))


@pytest.mark.parametrize("text", [
    "全市常住人口性别比为105.2∶100，城镇化率为65.3%。\n",
    "全市常住人口性別比為105.2∶100，城鎮化率為65.3%。\n",
])
def test_a_ratio_with_a_ratio_colon_is_no_structure(text: str) -> None:
    assert not any(s[0] == "structure" for s in _found(text))
    assert not any(v == "fail" for _, v, _ in _outcomes(text))


@pytest.mark.parametrize("text", [
    "上半年，全县地区生产总值增长5.5%，与一季度持平。其中，第一产业增加值增长2.6%，比一季度提高0.5个百分点。\n",
    "上半年，全縣地區生產總值增長5.5%，與一季度持平。其中，第一產業增加值增長2.6%，比一季度提高0.5個百分點。\n",
])
def test_a_parts_change_in_points_is_not_from_the_totals_rate(text: str) -> None:
    got = _found(text)
    assert not any(s[0] == "pp-change" and "5.5%" in " ".join(s) for s in got)
    assert not any(v == "fail" for _, v, _ in _outcomes(text))


@pytest.mark.parametrize("text", [
    "5月就業人數為1,208萬4千人，失業人數為38萬6千人，失業率為3.10%。\n",
    "以縣市來看，台中實施人數最多，達2,847人，其次為台南市1,038人、桃園市642人。\n",
])
def test_the_new_relations_draft_a_claims_file_that_loads_and_runs(tmp_path: object,
                                                                  text: str) -> None:
    from pathlib import Path

    import yaml
    from typer.testing import CliRunner

    from factcheck.app.cli import app

    root = Path(str(tmp_path))
    (root / "a.txt").write_text(text, encoding="utf-8")
    out = CliRunner().invoke(app, ["init", str(root / "a.txt"), "-o", str(root / "d.yaml"),
                                   "--force", "--published", "2024-06-05"])
    assert out.exit_code == 0, out.output
    draft = yaml.safe_load((root / "d.yaml").read_text("utf-8"))
    if "失業率" in text:
        share = next(c for c in draft["claims"] if c["kind"] == "share")
        assert share["whole-of"] == [share["part"], "amount-1"]
    out = CliRunner().invoke(app, ["run", str(root / "d.yaml"), "--no-cache", "-f", "concise",
                                   "--root", str(root)])
    assert out.exit_code in (0, 1), out.output  # 1: drafts not reviewed yet; 2 refuses the file


# --- the main items of an amount named before (主要订单来源 / 主要接单地区 / 主要货品)

@pytest.mark.parametrize("text", [
    "10月外销订单为693.7亿美元，年增25.1%；累计前10月外销订单为5937.4亿美元。\n\n"
    "观察10月主要订单来源，美国订单252.9亿美元，年增32.1%；东协订单149.4亿美元，年增42.5%；"
    "中国大陆及香港订单116.6亿美元。\n",
    "10月外銷訂單為693.7億美元，年增25.1%；累計前10月外銷訂單為5937.4億美元。\n\n"
    "觀察10月主要訂單來源，美國訂單252.9億美元，年增32.1%；東協訂單149.4億美元，年增42.5%；"
    "中國大陸及香港訂單116.6億美元。\n",
])
def test_main_items_are_parts_of_the_amount_of_their_period(text: str) -> None:
    got = [s for s in _found(text) if s[0] == "part-of" and len(s[1].split(",")) == 3]
    assert [s[-1] for s in got] in (["total=693.7亿美元"], ["total=693.7億美元"])


def test_main_items_are_a_note_never_a_failure() -> None:
    text = ("11月外销订单为729.2亿美元。\n\n主要订单来源地区，以美国584.5亿美元居冠；"
            "其次是东协135.8亿美元；日本29.9亿美元。\n")
    assert ("part-of", "part=135.8亿美元,29.9亿美元,584.5亿美元", "total=729.2亿美元") in _found(text)
    outcomes = _outcomes(text)
    assert ("FC401", "fail", "note") in outcomes and ("FC401", "fail", "error") not in outcomes


def test_main_items_of_a_month_do_not_take_a_total_of_another_period() -> None:
    text = ("累计前10月外销订单为5937.4亿美元。\n\n观察10月主要订单来源，美国订单252.9亿美元；"
            "东协订单149.4亿美元。\n")
    assert not any(s[0] == "part-of" and "252.9" in s[1] for s in _found(text))


def test_an_item_of_one_list_is_not_the_whole_of_the_next() -> None:
    text = ("全年外銷訂單金額達7,437.3億美元。\n\n主要接單貨品中以電子產品外銷訂單金額2,916.2億美元最為耀眼；"
            "其次為資訊通信產品外銷訂單金額2,334.2億美元。\n\n外銷訂單主要接單地區，來自美國之外銷訂單金額達"
            "2,683.4億美元；其次為東協外銷訂單金額達1,395.4億美元。\n")
    totals = [s[-1] for s in _found(text) if s[0] == "part-of"]
    assert totals == ["total=7,437.3億美元", "total=7,437.3億美元"]


# --- Hong Kong trade: 出口货值 / 进口货值 (入口货值) as the flows of a balance, 相等于…的 as a share

@pytest.mark.parametrize("text", [
    "8月份商品整体出口货值为4,366亿元，按年上升14.5%。入口方面，8月份商品进口货值为4,620亿元，"
    "按年上升11.5%。8月份录得有形贸易逆差254亿元，相等于商品进口货值的5.5%。\n",
    "8月份商品整體出口貨值為4,366億元，按年上升14.5%。入口方面，8月份商品進口貨值為4,620億元，"
    "按年上升11.5%。8月份錄得有形貿易逆差254億元，相等於商品進口貨值的5.5%。\n",
])
def test_a_hong_kong_deficit_with_its_flows_and_its_share_of_imports(text: str) -> None:
    got = [" ".join(s) for s in _found(text)]
    assert any(s.startswith("balance balance=254") and "left=4,366" in s and "right=4,620" in s
               for s in got)
    # the share is of the deficit's size: its whole is named, its part (drafted as a signed
    # difference) is left out rather than read as -5.5%
    assert any(s.startswith("share share=5.5%") and "whole=4,620" in s for s in got)
    assert not any(v == "fail" for _, v, _ in _outcomes(text))
    again = text + "\n8月份贸易逆差254亿元\n"  # a headline printing it again
    assert not any(v == "fail" for _, v, _ in _outcomes(again))
    assert ("FC405", "fail", "error") in _outcomes(text.replace("254", "294"))


@pytest.mark.parametrize("text", [
    "8月份商品进口货值为4,620亿元。今年首8个月期内录得有形贸易逆差2,433亿元，相等于商品进口货值的6.8%。\n",
    "8月份商品進口貨值為4,620億元。今年首8個月期內錄得有形貿易逆差2,433億元，相等於商品進口貨值的6.8%。\n",
])
def test_a_share_does_not_take_a_whole_of_another_period(text: str) -> None:
    assert not any("whole=4,620" in " ".join(s) for s in _found(text))
    assert not any(v == "fail" for _, v, _ in _outcomes(text))


# --- a topic opened after its period (今年8月…中，) and a share naming no whole inside it

@pytest.mark.parametrize("text", [
    "今年8月的零售业总销货价值的临时估计为324亿元，较去年同月上升13.7%。\n\n"
    "今年8月零售业总销货价值中，网上销售占7.3%，临时估计为24亿元，较去年同月下跌9%。\n",
    "今年8月的零售業總銷貨價值的臨時估計為324億元，較去年同月上升13.7%。\n\n"
    "今年8月零售業總銷貨價值中，網上銷售佔7.3%，臨時估計為24億元，較去年同月下跌9%。\n",
])
def test_a_share_inside_a_topic_is_of_the_topics_amount(text: str) -> None:
    got = [" ".join(s) for s in _found(text)]
    assert any(s.startswith("part-of part=24") and "total=324" in s for s in got)
    assert any(s.startswith("share part=24") and "share=7.3%" in s and "whole=324" in s for s in got)
    assert not any(v == "fail" for _, v, _ in _outcomes(text))
    assert ("FC301", "fail", "error") in _outcomes(text.replace("7.3%", "9.3%"))


@pytest.mark.parametrize("text", [
    "失業人數為42萬人,較上月微減1千人,其中因工作場所業務緊縮或歇業而失業者與初次尋職失業者分別減少3千人與2千人。\n",
    "失业人数为42万人,较上月微减1千人,其中因工作场所业务紧缩或歇业而失业者与初次寻职失业者分别减少3千人与2千人。\n",
])
def test_changes_listed_after_qizhong_are_no_parts_of_a_change(text: str) -> None:
    assert not any(s[0] in ("part-of", "partition") for s in _found(text))


@pytest.mark.parametrize("text", [
    "中国大陆旅客按年增加3.3倍至144.49万人次，其中个人游旅客79.36万人次上升4.9倍。\n",
    "中國大陸旅客按年增加3.3倍至144.49萬人次，其中個人遊旅客79.36萬人次上升4.9倍。\n",
])
def test_a_level_reached_after_a_change_takes_its_qizhong_parts(text: str) -> None:
    assert any(s[0] == "part-of" and "144.49" in s[-1] for s in _found(text))


@pytest.mark.parametrize(("text", "delta"), [
    ("全年出超1,571.4億美元，較上年大增765.61億美元。", "delta=765.61億美元"),
    ("全年出超1,571.4亿美元，较上年大增765.61亿美元。", "delta=765.61亿美元"),
    ("全年入超120.5亿美元，较上年锐减30.2亿美元。", "delta=30.2亿美元"),
])
def test_a_change_with_an_adverb_of_size(text: str, delta: str) -> None:
    from factcheck.discover import discover_relations
    from factcheck.discover.relation import Role

    [change] = [r for r in discover_relations(text, "zh") if r.kind == "change"]
    fig = change.get(Role.DELTA)
    assert fig is not None and f"delta={fig.text}" == delta
    assert fig.negative is ("锐减" in text)


@pytest.mark.parametrize("text", [
    "累計去年出口6407.5億美元、首度突破6000億美元大關，年增34.9%。\n",
    "累计去年出口6407.5亿美元、首度突破6000亿美元大关，年增34.9%。\n",
    "累计去年出超1571.4亿美元、首破突破1500亿美元。\n",
])
def test_a_level_and_the_threshold_it_passed_are_one_quantity(text: str) -> None:
    assert any(s[0] == "same" and "突破" in s[1] for s in _found(text))
    assert not any(v == "fail" for _, v, _ in _outcomes(text))
    wrong = text.replace("6407.5", "5407.5").replace("1571.4", "1471.4")
    assert ("FC406", "fail", "error") in _outcomes(wrong)


def test_a_first_time_reached_is_not_a_threshold_of_the_level_before() -> None:
    text = "全年利润100.5亿元、首度实现海外利润20.3亿元。\n"
    assert not any(s[0] == "same" for s in _found(text))


def test_a_rate_after_an_ascii_comma_and_a_space_is_its_amounts() -> None:
    # web copy with ASCII punctuation: ", 增长8.3%" is the rate of the amount before it
    for text in ("其中, 限额以上单位消费品零售额23242亿元, 增长8.3%.",
                 "其中，限额以上单位消费品零售额23242亿元， 同比增长8.3%。"):
        assert ("growth", "current=23242亿元", "rate=8.3%") in _found(text)


@pytest.mark.parametrize(("text", "want"), [
    # web copy from Taiwan spaces its figures: the cue still reaches the rate
    ("資訊通信產品接單金額為 225.7 億美元，年增 28.4%。", ("growth", "current=225.7 億美元", "rate=28.4%")),
    # a comparison phrase and an adverb before the change word leave the rate without a subject
    ("外銷訂單金額達到 693.7 億美元，且已連續 9 個月年增，與去年同月相比大幅成長 25.1%。",
     ("growth", "current=693.7 億美元", "rate=25.1%")),
    ("出口额为120亿元，与上年同期相比增长3.0%。", ("growth", "current=120亿元", "rate=3.0%")),
])
def test_spaced_figures_and_comparison_phrases(text: str, want: tuple[str, ...]) -> None:
    assert want in _found(text)


@pytest.mark.parametrize("text", ["公布 114 年 10 月份外銷訂單", "傳統產業 10 月呈現分化",
                                  "2025 年 3 月 5 日的數據"])
def test_a_spaced_date_is_no_figure(text: str) -> None:
    from factcheck.discover.figures import find_figures

    assert [f.text for f in find_figures(text, "zh")] == []


def test_a_nominal_or_real_rate_is_of_the_amount_before_it() -> None:
    assert ("growth", "current=61082亿元", "rate=9.7%") in _found(
        "2018年1-2月份，社会消费品零售总额61082亿元，同比名义增长9.7%。")
    from factcheck.discover import discover_relations

    [rel] = discover_relations("地区生产总值2531亿元，同比实际增长6.3%。", "zh")
    assert rel.signature() == ("growth", "current=2531亿元", "rate=6.3%") and rel.real


@pytest.mark.parametrize(("text", "part", "total"), [
    ("今年上半年出口9.85万亿元；6月出口1.95万亿元。", "1.95万亿元", "9.85万亿元"),
    ("前三季度出口12.5万亿元；第三季度出口4.6万亿元。", "4.6万亿元", "12.5万亿元"),
    ("下半年出口6.2万亿元；10月出口1.1万亿元。", "1.1万亿元", "6.2万亿元"),
])
def test_a_half_year_and_the_first_quarters_hold_their_months(text: str, part: str,
                                                              total: str) -> None:
    assert ("part-of", f"part={part}", f"total={total}") in _found(text)


def test_two_breakdowns_of_one_total_each_partition_it() -> None:
    text = ("全年社会消费品零售总额9205.55亿元，比上年增长12.9%。按经营地统计，城镇消费品零售额"
            "8418.25亿元，增长12.9%；乡村消费品零售额787.31亿元，增长13.5%。按消费形态统计，"
            "商品零售额8165.90亿元，增长13.6%；餐饮收入额1039.66亿元，增长8.3%。")
    got = _found(text)
    assert ("partition", "part=787.31亿元,8418.25亿元", "total=9205.55亿元") in got
    assert ("partition", "part=1039.66亿元,8165.90亿元", "total=9205.55亿元") in got
    # a consumption type misprinted: the partition fails
    wrong = text.replace("1039.66亿元", "1093.66亿元")
    assert ("partition", "total=9205.55亿元", "FC401", "fail") in [
        (o[0], o[1], o[2], o[3]) for o in _partition_outcomes(wrong)]


def _partition_outcomes(text: str) -> list[tuple[str, str, str, str]]:
    from factcheck.checks import all_rules
    from factcheck.discover.auto import check_text

    auto = check_text(text, "a.txt", all_rules(), language="zh")
    out = []
    for i, rel in enumerate(auto.relations):
        if rel.kind.value == "partition":
            for o in auto.outcomes_of.get(i, []):
                total = next(f.text for r, f in rel.roles if r.value == "total")
                out.append(("partition", f"total={total}", o.code, o.verdict.value))
    return out


@pytest.mark.parametrize(("text", "items", "verdict"), [
    ("今年前三季累計稅後純益達1.21兆元、年增逾五成，已超越去年全年獲利1.17兆元。",
     "item=1.17兆元,1.21兆元", "pass"),
    ("第三季營收9899.2億元，季增6％、年增30.3％，超越財測9570億元高標。",
     "item=9570億元,9899.2億元", "pass"),
    ("每股稅後盈餘46.75元，已較去年整年的45.25元為高。", "item=45.25元,46.75元", "pass"),
    # a level said to pass a larger one: the order fails
    ("全年利润达到120亿元，超过去年的125亿元。", "item=120亿元,125亿元", "fail"),
])
def test_a_level_said_to_pass_another(text: str, items: str, verdict: str) -> None:
    from factcheck.checks import select_rules
    from factcheck.discover.auto import check_text

    auto = check_text(text, "a.txt", select_rules(), language="zh")
    got = {rel.signature(): auto.verdict(i) for i, rel in enumerate(auto.relations)}
    assert got.get(("order", items)) == verdict, got


# --- wholes a list of parts does not exhaust, and figures that are no whole

@pytest.mark.parametrize("text", [
    # households use power of no sector: the three sectors are parts of the whole, not all of it
    "全社会用电量8,475亿千瓦时，增长8.5%。其中，第一产业用电量121亿千瓦时；第二产业用电量5,379亿千瓦时；"
    "第三产业用电量1,652亿千瓦时。城乡居民生活用电量1323亿千瓦时。\n",
    "全市用水总量30.5亿立方米。分产业看，第一产业用水10.2亿立方米，第二产业用水8.1亿立方米，"
    "第三产业用水4.3亿立方米。\n",
])
def test_the_three_sectors_of_a_whole_they_do_not_exhaust_are_parts(text: str) -> None:
    found = _found(text)
    assert not any(s[0] == "partition" for s in found)
    assert sum(s[0] == "part-of" for s in found) == 3


def test_the_three_sectors_of_gdp_partition_it() -> None:
    text = ("全年地区生产总值812.6亿元。其中，第一产业增加值80.1亿元；第二产业增加值300.2亿元；"
            "第三产业增加值432.3亿元。\n")
    assert [s[0] for s in _found(text)].count("partition") == 1


@pytest.mark.parametrize("text", [
    "假期全国边检机关共计保障661.5万人次出入境，日均220.5万人次；单日最高峰出现在1月1日，达226.5万人次。\n"
    "其中，内地居民出入境336.5万人次；港澳台居民242.2万人次；外国人82.8万人次。\n",
    "全市共接待游客520.3万人次，日均74.3万人次；峰值出现在10月3日，为101.2万人次。\n"
    "其中，省外游客310.5万人次；省内游客209.8万人次。\n",
])
def test_an_average_per_day_or_a_peak_is_no_whole(text: str) -> None:
    wholes = {e for s in _found(text) if s[0] in ("partition", "part-of")
              for e in s if e.startswith("total=")}
    assert len(wholes) == 1 and wholes <= {"total=661.5万人次", "total=520.3万人次"}, wholes


@pytest.mark.parametrize("text", [
    "今年9月入境旅客有2,166,627人次。不过夜旅客为1,145,615人次(占总数52.9%)。"
    "今年首三季的入境旅客总数达20,662,153人次。\n",
    "今年5月出口货值为3,210亿元。其中电子产品为1,605亿元，占总额50.0%。"
    "今年首5个月的出口总额为15,880亿元。\n",
])
def test_a_share_with_no_period_of_its_own_is_of_the_period_before(text: str) -> None:
    from factcheck.discover import discover_relations

    shares = [r for r in discover_relations(text, "zh") if r.kind.value == "share"]
    assert shares and all(not r.readings for r in shares), [
        [f.text for f in r.readings] for r in shares]


_INCOME = ("全省居民人均可支配收入28460元，增长7.5%。\n\n"
           "城镇居民人均可支配收入39120元，增长6.8%；农村居民人均可支配收入17530元，增长8.9%。\n\n"
           "全省居民人均可支配收入中位数24310元，增长6.9%。\n\n"
           "按收入来源分，{scope}人均工资性收入15900元，增长7.2%，占可支配收入的比重为55.9%；"
           "人均经营净收入4790元，增长8.1%，占可支配收入的比重为16.8%。")


@pytest.mark.parametrize("text", [
    _INCOME.format(scope="全省居民"),
    _INCOME.format(scope="全省居民").replace("镇", "鎮").replace("农", "農").replace("为", "為")
    .replace("占", "佔").replace("长", "長"),
])
def test_a_shares_whole_is_the_named_candidate_of_its_scope(text: str) -> None:
    shares = [s for s in _found(text) if s[0] == "share"]
    assert shares == [
        ("share", "part=15900元", "part-growth=7.2%", "share=55.9%", "whole=28460元", "whole-growth=7.5%"),
        ("share", "part=4790元", "part-growth=8.1%", "share=16.8%", "whole=28460元", "whole-growth=7.5%"),
    ]


def test_a_share_of_a_sub_groups_whole_takes_that_groups_level() -> None:
    text = ("城镇居民人均消费支出26350元，增长5.1%；农村居民人均消费支出14820元，增长7.6%。\n\n"
            "全市居民人均消费支出21040元，增长6.0%。\n\n"
            "分类别看，城镇居民人均食品烟酒支出7420元，增长4.2%，占消费支出的比重为28.2%。")
    shares = [s for s in _found(text) if s[0] == "share"]
    assert shares == [("share", "part=7420元", "part-growth=4.2%", "share=28.2%", "whole=26350元",
                       "whole-growth=5.1%")]


def test_a_scope_that_names_no_single_candidate_breaks_no_tie() -> None:
    # no scope before the part: all three levels of 可支配收入 stay readings, a note
    shares = [r for r in _relations(_INCOME.format(scope="")) if r.kind == "share"]
    assert shares and all(len(r.readings) > 1 and r.confidence < 0.7 for r in shares)
    # a candidate whose clause names no whole (达17,043,667人次) cannot be judged by its name
    text = ("入境旅客总数已超过去年全年的16,672,556人次，达17,043,667人次，较去年同期增加12.5%。"
            "中国大陆旅客上升9.8%，为9,537,939人次，占总数56.0%。")
    shares = [r for r in _relations(text) if r.kind == "share"]
    assert [len(r.readings) for r in shares] == [2]


@pytest.mark.parametrize("text", [
    "去年出口6407.5亿美元、进口4836.1亿美元，双双刷新纪录，年增率达34.9%及22.6%。",
    "去年出口6407.5億美元、進口4836.1億美元，雙雙刷新紀錄，年增率達34.9%及22.6%。",
    "前三季出口6407.5亿美元，进口4836.1亿美元，同比增长34.9%和22.6%。",
])
def test_rates_listed_after_one_cue_align_with_the_listed_amounts(text: str) -> None:
    unit = "億" if "億" in text else "亿"
    growths = [s for s in _found(text) if s[0] == "growth"]
    assert growths == [("growth", f"current=6407.5{unit}美元", "rate=34.9%"),
                       ("growth", f"current=4836.1{unit}美元", "rate=22.6%")]


def test_listed_rates_after_a_decline_are_both_declines() -> None:
    text = "入境旅客312.4万人次、出境旅客288.1万人次，同比下降5.2%和3.9%。"
    rates = [r.get("rate") for r in _relations(text) if r.kind == "growth"]
    assert [(f.text, f.negative) for f in rates if f is not None] == [("5.2%", True), ("3.9%", True)]


@pytest.mark.parametrize("text", [
    # one amount, two rates: the rates are not aligned with anything but the amount's first
    "出口624.8亿美元，年增12.4%及8.7%。",
    # three amounts, two rates: no alignment
    "出口624.8亿美元、进口512.3亿美元、转口88.1亿美元，年增12.4%及8.7%。",
])
def test_listed_rates_with_another_count_of_amounts_are_not_aligned(text: str) -> None:
    growths = [s for s in _found(text) if s[0] == "growth"]
    assert ("growth", "current=512.3亿美元", "rate=8.7%") not in growths
    assert not any("rate=8.7%" in s and len(s) > 2 for s in growths)


@pytest.mark.parametrize(("text", "want"), [
    ("4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元。",
     ("share", "part=24627万元", "share=40.4%", "whole=60999万元")),
    ("1-6月，全縣一般公共預算支出累計完成107752萬元，完成預算數257288萬元的41.9%。",
     ("share", "part=107752萬元", "share=41.9%", "whole=257288萬元")),
    ("前三季度，全市固定资产投资完成412.6亿元，为年度计划530亿元的77.8%。",
     ("share", "part=412.6亿元", "share=77.8%", "whole=530亿元")),
])
def test_a_level_as_a_share_of_its_printed_plan(text: str, want: tuple[str, ...]) -> None:
    assert [s for s in _found(text) if s[0] == "share"] == [want]


def test_a_share_of_its_plan_fails_when_the_figures_disagree() -> None:
    text = "前三季度，全市固定资产投资完成412.6亿元，为年度计划530亿元的70.8%。"
    assert ("FC301", "fail", "error") in _outcomes(text)
    assert ("FC301", "pass", "error") in _outcomes(text.replace("70.8%", "77.8%"))


@pytest.mark.parametrize("text", [
    # a plan with no amount printed, or a rate of growth: no share of a plan
    "前三季度，全市固定资产投资完成412.6亿元，完成年度计划的77.8%。",
    "前三季度，全市固定资产投资412.6亿元，比上年同期的530亿元下降22.2%。",
])
def test_no_share_of_a_plan_without_the_plans_amount(text: str) -> None:
    assert not any(s[0] == "share" and "whole=530亿元" in s for s in _found(text))


@pytest.mark.parametrize("text", [
    "而中国台湾(943,742人次)、日本(283,224人次)及马来西亚(221,402人次)旅客则分别按年减少4.9%、9.2%及5.6%。",
    "而中國台灣(943,742人次)、日本(283,224人次)及馬來西亞(221,402人次)旅客則分別按年減少4.9%、9.2%及5.6%。",
    "台湾943,742人次、日本283,224人次、马来西亚221,402人次，分别同比减少4.9%、9.2%和5.6%。",
])
def test_a_respectively_list_past_a_word_of_the_earlier_period_aligns(text: str) -> None:
    growths = [s for s in _found(text) if s[0] == "growth"]
    assert growths == [("growth", "current=943,742人次", "rate=4.9%"),
                       ("growth", "current=283,224人次", "rate=9.2%"),
                       ("growth", "current=221,402人次", "rate=5.6%")]
    rates = [r.get("rate") for r in _relations(text) if r.kind == "growth"]
    assert all(f is not None and f.negative for f in rates)


def test_a_count_of_categories_is_no_level_of_a_respectively_list() -> None:
    text = "各大类价格指数中，教育和家居设备两个大类分别按年上升10.07%及7.45%。"
    assert not any(s[0] == "growth" and len(s) > 2 for s in _found(text))
