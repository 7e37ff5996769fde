"""init drafts a total whose parts discovery reads as exhausting it (three industries of a
GDP, exports and imports of trade) as one ``breakdowns`` list on the total, as a claims file
writes a partition, not a ``part-of`` on each part; parts that do not add up to the total, or a
total with one part named (其中), keep ``part-of``. The sentences are invented, not from the
corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from factcheck.app.init_draft import draft, loadable


def _relations(text: str, language: str) -> list[tuple[str, dict[str, object]]]:
    doc = yaml.safe_load(draft(text, "a.txt", dt.date(2026, 12, 1), language))
    keys = ("breakdowns", "part-of")
    return [(str(c["value"]), {k: c[k] for k in keys if k in c}) for c in doc["claims"]]


@pytest.mark.parametrize(("text", "language", "drafted"), [
    ("全县地区生产总值120亿元，其中，第一产业增加值20亿元，第二产业增加值40亿元，第三产业增加值60亿元。",
     "zh", [("120亿 元", {"breakdowns": {"parts": ["amount-2", "amount-3", "amount-4"]}}),
            ("20亿 元", {}), ("40亿 元", {}), ("60亿 元", {})]),
    ("上半年进出口总额300亿美元，其中出口180亿美元，进口120亿美元。", "zh",
     [("300亿 美元", {"breakdowns": {"parts": ["amount-2", "amount-3"]}}),
      ("180亿 美元", {}), ("120亿 美元", {})]),
    ("全年接待游客500万人次，其中国内游客480万人次，入境游客20万人次。", "zh",
     [("500万 人次", {"breakdowns": {"parts": ["amount-2", "amount-3"]}}),
      ("480万 人次", {}), ("20万 人次", {})]),
    ("Total trade reached $50.0 billion, with exports of $30.0 billion and imports of "
     "$20.0 billion.", "en",
     [("$50.0 billion", {"breakdowns": {"parts": ["amount-2", "amount-3"]}}),
      ("$30.0 billion", {}), ("$20.0 billion", {})]),
])
def test_a_partition_is_one_breakdowns_list(text: str, language: str,
                                            drafted: list[tuple[str, dict[str, object]]]) -> None:
    assert _relations(text, language) == drafted


@pytest.mark.parametrize(("text", "language", "drafted"), [
    # 170 + 110 is not 300: parts, not a partition
    ("全市进出口总额300亿美元。其中，出口170亿美元，进口110亿美元。", "zh",
     [("300亿 美元", {}), ("170亿 美元", {"part-of": "amount-1"}),
      ("110亿 美元", {"part-of": "amount-1"})]),
    ("全市一般公共预算收入100亿元，其中税收收入80亿元。", "zh",
     [("100亿 元", {}), ("80亿 元", {"part-of": "amount-1"})]),
])
def test_parts_that_do_not_exhaust_the_total_keep_part_of(
        text: str, language: str, drafted: list[tuple[str, dict[str, object]]]) -> None:
    assert _relations(text, language) == drafted


def test_a_drafted_partition_loads_and_passes(tmp_path: Path) -> None:
    from factcheck.app.runner import check_file
    from factcheck.checks import all_rules
    from factcheck.report.findings import Verdict

    text = "全县地区生产总值120亿元，其中，第一产业增加值20亿元，第二产业增加值40亿元，第三产业增加值60亿元。"
    (tmp_path / ".git").mkdir()
    (tmp_path / "a.txt").write_text(text, "utf-8")
    claims = tmp_path / "c.yaml"
    claims.write_text(draft(text, "a.txt", dt.date(2026, 12, 1), "zh"), "utf-8")
    report = check_file(claims, all_rules())
    assert report.graph.by_id["amount-1"].claim.breakdowns == {
        "parts": ["amount-2", "amount-3", "amount-4"]}
    # the partition is checked once, over the total and its three parts, and holds
    partition = [(o.claim_ids, o.verdict) for o in report.outcomes if o.code == "FC404"]
    assert partition == [(("amount-1", "amount-2", "amount-3", "amount-4"), Verdict.PASS)]
    assert not [o for o in report.outcomes if o.verdict is Verdict.FAIL and o.code != "FC106"]


def test_a_breakdown_naming_a_claim_that_is_not_an_amount_is_left_out() -> None:
    claims: list[dict[str, object]] = [
        {"id": "amount-1", "quote": "总额300亿元", "value": "300亿 元", "kind": "amount",
         "breakdowns": {"parts": ["amount-2", "growth-1"]}},
        {"id": "amount-2", "quote": "出口180亿元", "value": "180亿 元", "kind": "amount"},
        {"id": "growth-1", "quote": "增长5%", "value": "5%", "kind": "growth"},
    ]
    kept, _ = loadable("总额300亿元，出口180亿元，增长5%。", claims, [])
    assert "breakdowns" not in kept[0]
