"""Discovery's wrong wholes and wrong partners, each a class seen in several texts: ages and
fiscal-year ends are no amounts, 零件 is no nought, a balance is no part of trade, and a
balance is not joined to flows of another period. Every sentence here is invented."""

from __future__ import annotations

from factcheck.discover import discover_relations
from factcheck.discover.figures import find_figures
from factcheck.discover.relation import RelationKind


def _texts(text: str, lang: str) -> list[str]:
    return [f.text for f in find_figures(text, lang)]


def _relations(text: str, lang: str) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(r.kind.value, [(role.value, f.text) for role, f in r.roles])
            for r in discover_relations(text, lang)]


def test_age_brackets_and_fiscal_year_ends_are_not_amounts() -> None:
    assert _texts("In May, 4.1 million young persons (under 25) were jobless, of whom 2.2 "
                  "million lived in cities.", "en") == ["4.1 million", "2.2 million"]
    assert _texts("Residents aged 65 and over numbered 1.8 million.", "en") == ["1.8 million"]
    assert _texts("Farm output in Q2 of 2021-22 grew by 4.4 percent.", "en") == ["4.4 percent"]
    assert _texts("Sales were under 25 units.", "en") == ["under 25 units"]


def test_an_age_is_not_the_whole_of_an_of_whom_list() -> None:
    rels = _relations("In May, 4.1 million young persons (under 25) were jobless, of whom 2.2 "
                      "million lived in cities.", "en")
    wholes = [f for _, roles in rels for role, f in roles if role == "total"]
    assert "under 25" not in wholes


def test_lingjian_is_a_word_not_nought() -> None:
    assert _texts("汽车零件出口增长12.4%，零部件进口下降3%。", "zh") == ["12.4%", "3%"]


def test_a_balance_in_a_qiz_list_is_no_part_of_trade() -> None:
    text = ("前5个月，全省进出口总值3.2万亿元，增长4.1%。其中，出口1.9万亿元，增长6.0%；"
            "进口1.3万亿元，增长1.5%；贸易顺差6000亿元，去年同期为顺差5200亿元。")
    rels = _relations(text, "zh")
    parts = [f for kind, roles in rels if kind in ("part-of", "partition")
             for role, f in roles if role == "part"]
    assert "6000亿元" not in parts and "5200亿元" not in parts
    balances = [roles for kind, roles in rels if kind == RelationKind.BALANCE.value]
    assert [("balance", "6000亿元"), ("left", "1.9万亿元"), ("right", "1.3万亿元")] in balances
    # the balance a year earlier is not joined to this year's flows
    assert not any(("balance", "5200亿元") in b and len(b) > 1 for b in balances)


def test_a_balance_is_not_joined_to_flows_of_another_period() -> None:
    text = ("上月进口310.2亿美元。全年出口4,120.5亿美元；全年进口总额3,050.3亿美元。"
            "12月出超88.1亿美元，全年出超1,070.2亿美元。")
    balances = [roles for kind, roles in _relations(text, "zh") if kind == "balance"]
    year = [b for b in balances if ("balance", "1,070.2亿美元") in b]
    assert year == [[("balance", "1,070.2亿美元"), ("left", "4,120.5亿美元"),
                     ("right", "3,050.3亿美元")]]


def _growths(text: str, lang: str) -> list[list[tuple[str, str, bool]]]:
    return [[(role.value, f.text, f.negative) for role, f in r.roles]
            for r in discover_relations(text, lang) if r.kind in (RelationKind.GROWTH,
                                                                  RelationKind.PP_CHANGE)]


def test_growth_from_two_levels_in_english() -> None:
    assert [("rate", "80%", False), ("current", "53", False), ("prior", "30", False)] in _growths(
        "Police data showed an increase of 80%, to 53 arrests compared to 30 a year before.", "en")
    assert [("rate", "nearly 25%", False), ("current", "12,800", False),
            ("prior", "10,250", False)] in _growths(
        "Winter deaths leapt nearly 25% from 10,250 in 2013-14 to 12,800 in 2014-15.", "en")


def test_a_change_in_points_printed_bare() -> None:
    assert [("change", "0.10", False), ("prior", "0.92 per cent", False),
            ("of", "0.82 per cent", False)] in _growths(
        "The urban index rose by 0.82 per cent in May, up by 0.10 from 0.92 per cent in April.",
        "en")


def test_growth_with_change_and_level_and_against_a_named_earlier_level_in_chinese() -> None:
    assert [("rate", "28.4%", True), ("current", "22億港元", False),
            ("increase", "8億港元", True)] in _growths(
        "去年專業設備的出口貨值下跌8億港元，下跌28.4%，至22億港元。", "zh")
    assert [("rate", "百分之十三點二", True), ("current", "五百六十一點七六億澳門元", False),
            ("prior", "六百四十七點七七億澳門元", False)] in _growths(
        "毛收入共有五百六十一點七六億澳門元，比去年同期的六百四十七點七七億澳門元，"
        "減少百分之十三點二。", "zh")
    assert [("rate", "20.3%", False), ("current", "120.5亿元", False),
            ("prior", "100.2亿元", False)] in _growths(
        "销售额为120.5亿元，较上年同期的100.2亿元增长20.3%。", "zh")


def test_a_count_beside_the_earlier_amount_is_passed_over() -> None:
    assert [("rate", "61.32%", True), ("current", "13.94億美元", False),
            ("prior", "36.07億美元", False)] in _growths(
        "核准投資件數228件，金額13.94億美元，較前一年同期302件、36.07億美元，年減61.32%。", "zh")


def test_a_balance_finds_its_flows_of_the_same_month_paragraphs_before() -> None:
    text = ("12月出口624.7亿美元，年增43.4%；第4季出口1881.1亿美元。\n\n"
            "12月进口430.4亿美元，年增14.9%；累计去年进口4836.1亿美元。"
            "12月出超194.43亿美元。")
    balances = [roles for kind, roles in _relations(text, "zh") if kind == "balance"]
    assert [("balance", "194.43亿美元"), ("left", "624.7亿美元"),
            ("right", "430.4亿美元")] in balances


def test_a_share_is_no_growth_of_the_part_a_contribution_names() -> None:
    text = "民营企业进出口6934亿元，增长9.5%，占全省外贸总值的60.3%，拉动全省外贸增长5.5个百分点。"
    contributions = [roles for kind, roles in _relations(text, "zh") if kind == "contribution"]
    assert contributions and ("part-growth", "9.5%") in contributions[0]
    assert ("part-growth", "60.3%") not in contributions[0]


def _from_to(text: str) -> list[tuple[list[tuple[str, str]], object]]:
    return [([(role.value, f.text) for role, f in r.roles], r.extra.get("direction"))
            for r in discover_relations(text, "en") if r.kind is RelationKind.FROM_TO]


def test_english_from_to_against_and_bracketed_pairs() -> None:
    assert _from_to("Inflation eased further to 3.15 per cent in May against 4.20 per cent "
                    "in April.") == [([("current", "3.15 per cent"), ("prior", "4.20 per cent")],
                                      "down")]
    assert _from_to("The largest falls were seen in Malta (8.3% to 6.1%) and Italy "
                    "(11.2% to 9.9%).") == [
        ([("current", "6.1%"), ("prior", "8.3%")], "down"),
        ([("current", "9.9%"), ("prior", "11.2%")], "down")]
    assert _from_to("The rate rose from 5.2% to 5.9% in the region.") == [
        ([("current", "5.9%"), ("prior", "5.2%")], "up")]


def test_an_english_balance_finds_its_flows_of_the_same_month_after_it() -> None:
    text = ("The agency said the goods and services deficit was $41.2 billion in May, down "
            "$2.0 billion from $43.2 billion in April.\n\nMay exports were $190.1 billion, "
            "$1.1 billion more than April exports. May imports were $231.3 billion.")
    balances = [roles for kind, roles in _relations(text, "en") if kind == "balance"]
    assert [("balance", "$41.2 billion"), ("left", "$190.1 billion"),
            ("right", "$231.3 billion")] in balances
    # flows of another month are not its sides
    other = text.replace("May exports", "June exports").replace("May imports", "June imports")
    assert not any(len(b) > 1 for kind, b in _relations(other, "en") if kind == "balance")


def test_a_rate_then_the_level_it_reached_in_chinese() -> None:
    assert [("rate", "22.5%", False), ("current", "1,234,567人次", False)] in _growths(
        "本月入境旅客數目較去年同月增加22.5%，達1,234,567人次。", "zh")
    assert [("rate", "4.2%", True), ("current", "77億港元", False)] in _growths(
        "玩具業出口貨值跌4.2%，至77億港元。", "zh")


def test_a_level_its_change_and_rate_against_a_named_period() -> None:
    assert [("rate", "0.35%", True), ("current", "52,300人", False),
            ("increase", "184人", True)] in _growths(
        "失業人數52,300人，較上月減少184人或0.35%。", "zh")


def test_a_threshold_passed_is_not_the_level_of_a_growth() -> None:
    growths = _growths("累計去年出口5,210.3億美元、首度突破5,000億美元，年增12.4%。", "zh")
    assert [("rate", "12.4%", False), ("current", "5,210.3億美元", False)] in growths
