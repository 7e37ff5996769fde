"""A count of a group (三大门类, 五大市场, 七大类) and the items the text lists for it, each with
its figure: the count is checked against the names listed (FC407), found without the count.
Every sentence here is invented; both scripts are tried."""

from __future__ import annotations

from factcheck.checks import select_rules
from factcheck.discover import discover_relations
from factcheck.discover.auto import check_text
from factcheck.discover.relation import Relation, RelationKind


def _enumerations(text: str) -> list[Relation]:
    return [r for r in discover_relations(text, "zh") if r.kind is RelationKind.ENUMERATION]


def _found(text: str) -> list[tuple[tuple[str, ...], list[str], bool]]:
    return [(r.signature(), r.extra["items"].split("\n"), r.confident) for r in _enumerations(text)]


def _verdicts(text: str) -> dict[tuple[str, ...], str]:
    auto = check_text(text, "a.txt", select_rules(), language="zh")
    return {rel.signature(): auto.verdict(i) for i, rel in enumerate(auto.relations)
            if rel.kind is RelationKind.ENUMERATION}


def test_names_before_respectively_and_their_figures_after_it() -> None:
    text = "分三大行业看，纺织业、化工业、汽车制造业产值比上年分别增长3.2%、5.1%、8.0%。"
    sig = ("enumeration", "count=三", "item=3.2%,5.1%,8.0%")
    assert _found(text) == [(sig, ["纺织业", "化工业", "汽车制造业"], True)]
    assert _verdicts(text)[sig] == "pass"
    bad = text.replace("三大行业", "四大行业")
    assert _verdicts(bad)[("enumeration", "count=四", "item=3.2%,5.1%,8.0%")] == "fail"


def test_names_before_the_count_joined_by_and() -> None:
    text = ("一季度，德国、法国、日本和越南是本市前四大出口市场，分别出口12.3亿元、9.8亿元、"
            "7.5亿元和6.1亿元。")
    assert _found(text) == [(("enumeration", "count=四", "item=12.3亿元,6.1亿元,7.5亿元,9.8亿元"),
                             ["德国", "法国", "日本", "越南"], True)]


def test_names_with_bracketed_figures_after_respectively_in_traditional_script() -> None:
    text = "對三大市場出口年增率分別為北美洲(12.5%)、歐洲與中東(8.4%)及東南亞(20.1%)。"
    sig = ("enumeration", "count=三", "item=12.5%,20.1%,8.4%")
    assert _found(text) == [(sig, ["北美洲", "歐洲與中東", "東南亞"], True)]
    assert _verdicts(text)[sig] == "pass"
    assert _verdicts(text.replace("三大", "5大"))[
        ("enumeration", "count=5", "item=12.5%,20.1%,8.4%")] == "fail"


def test_the_clauses_of_the_next_of_which_sentence_and_a_tally() -> None:
    text = ("八大类服务价格环比“五升一平二降”。其中，旅游价格上涨3.1%，家政服务价格上涨1.2%，"
            "美容价格上升0.8%，维修价格上涨0.5%，通信价格上涨0.2%，教育价格下降0.4%；"
            "租房价格下降0.9%。\n")
    got = _found(text)
    assert [(sig[1], len(items), confident) for sig, items, confident in got] == [
        ("count=八", 7, False), ("count=五", 5, False), ("count=二", 2, False)]
    assert got[2][1] == ["教育", "租房"]
    # seven items for eight: a note that the count disagrees, never a failure
    assert _verdicts(text)[got[0][0]] == "note"


def test_the_items_before_a_count_that_opens_its_clause() -> None:
    text = ("重点行业拉动明显。化学原料制造业增长18.2%，医药制造业增长11.5%，通用设备制造业增长9.4%，"
            "三大重点行业合计拉动全市工业增长4.1个百分点。")
    got = _found(text)
    assert got == [(("enumeration", "count=三", "item=11.5%,18.2%,9.4%"),
                    ["化学原料制造业", "医药制造业", "通用设备制造业"], False)]


def test_no_enumeration_without_names_as_many_as_figures() -> None:
    # some of a group (中), a period (前三个月), a unit (个百分点), no names: nothing
    assert _found("三大需求中，消费、投资分别增长5%、3%。") == []
    assert _found("前三个月，出口、进口分别增长5.2%、3.1%。") == []
    assert _found("两大产业分别增长5%、3%和2%。") == []
    assert _found("工业增长5.2%，比上月加快2个百分点，利润增长3.1%，三个月来首次回升。") == []
    # a sentence with figures of its own after the count is no list's head
    assert _found("七大类价格上涨1.2%。其中，衣着价格上涨1.2%，居住价格下降0.1%。") == []
