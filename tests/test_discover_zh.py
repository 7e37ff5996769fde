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
