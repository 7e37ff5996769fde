"""init drafts a rise by a multiple (增长2.4倍, 增加3.3倍至…, 有2.4倍的同比增幅) as a growth in
倍, the unit the grammar reads for a growth; a multiple with no word of rise beside it (是上年的
3倍) stays a multiple. The sentences are invented, not from the corpus."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from factcheck.app.init_draft import draft


def _kinds(text: str) -> list[tuple[str, str]]:
    doc = yaml.safe_load(draft(text, "a.txt", dt.date(2026, 12, 1), "zh"))
    return [(str(c["value"]), str(c["kind"])) for c in doc["claims"]]


@pytest.mark.parametrize(("text", "drafted"), [
    ("全年旅客总消费较上年增加近3倍。", [("近3 倍", "growth")]),
    ("一季度赴港旅客增長1.8倍，達到52萬人次。", [("1.8 倍", "growth"), ("52萬 人次", "amount")]),
    ("过夜旅客消费按年上升2.5倍至120亿元。", [("2.5 倍", "growth"), ("120亿 元", "amount")]),
    ("不过夜旅客的消费有1.6倍的同比升幅。", [("1.6 倍", "growth")]),
    # a multiple of another amount is no growth
    ("出口额是上年的3倍。", [("3 倍", "multiple")]),
    ("本月客量为去年同月的2.2倍，增幅明显。", [("2.2 倍", "multiple")]),
])
def test_a_rise_by_a_multiple_is_a_growth(text: str, drafted: list[tuple[str, str]]) -> None:
    assert _kinds(text) == drafted
