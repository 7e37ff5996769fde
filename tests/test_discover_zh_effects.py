"""A contribution named by its effect (影响CPI上涨约0.35个百分点), as price releases write the
pull of one item on the index: a contribution, not a percentage-point change of the item's
own rate before it, and tied to no rate (the weights are not printed). A clause that names a
cause (受…影响) is no contribution. Every sentence here is invented."""

from __future__ import annotations

from factcheck.discover import discover_relations


def _relations(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    """The relations found, without a rate's bare growth (one figure, no relation)."""
    return [(r.kind.value, [(role.value, f.text) for role, f in r.roles])
            for r in discover_relations(text, "zh") if len(r.roles) > 1 or r.kind.value != "growth"]


def test_an_effect_on_the_index_is_a_contribution_of_its_own() -> None:
    rels = _relations("同比看，粮食价格上涨4.2%，影响居民消费价格指数(CPI)上涨约0.08个百分点；"
                      "牛肉价格下降3.6%，影响CPI下降约0.02个百分点。")
    assert ("contribution", [("contribution", "约0.08个百分点")]) in rels
    assert ("contribution", [("contribution", "约0.02个百分点")]) in rels
    assert not [k for k, _ in rels if k == "pp-change"]


def test_an_effect_in_traditional_characters_and_with_an_adverb() -> None:
    rels = _relations("能源價格上漲12.5%，共影響消費者物價指數上漲約0.45個百分點。")
    assert [k for k, _ in rels] == ["contribution"]
    rels = _relations("服务价格上涨1.1%，合计影响PPI上涨0.3个百分点。")
    assert [k for k, _ in rels] == ["contribution"]


def test_a_cause_is_no_contribution() -> None:
    # 受…影响 names why the rate moved; the points change the rate before them
    rels = _relations("1-5月全市工业增加值增长6.5%，受疫情影响增速比一季度回落0.8个百分点。")
    assert not [k for k, _ in rels if k == "contribution"]
    rels = _relations("出口增长3.1%，影响较大的是汇率，增速回落0.5个百分点。")
    assert not [k for k, _ in rels if k == "contribution"]


def test_the_old_contribution_keeps_its_part_growth() -> None:
    rels = _relations("工业增加值增长8.2%，拉动全市经济增长2.9个百分点。")
    assert ("contribution", [("contribution", "2.9个百分点"), ("part-growth", "8.2%")]) in rels
