"""A note that a basis holds for the figures after it — 比去年同期(下同)增长4.1% — stands
between an amount and its rate like the basis itself. Invented sentences, both scripts."""

from __future__ import annotations

import pytest


def _growths(text: str) -> list[tuple[str, ...]]:
    from factcheck.discover import discover_relations

    return [tuple(f"{role.value}={f.text}" for role, f in r.roles)
            for r in discover_relations(text, "zh") if r.kind.value == "growth"]


@pytest.mark.parametrize(("text", "amount"), [
    ("前5个月，全省货物贸易进出口总值3.21万亿元人民币，比去年同期(下同)增长4.1%。", "3.21万亿元"),
    ("首季全港零售總值1,032億元，比去年同期（下同）增長4.1%。", "1,032億元"),
    ("上半年全市社会消费品零售总额812.6亿元，同比（下同）增长4.1%。", "812.6亿元"),
])
def test_a_rate_after_a_basis_note_is_of_the_amount_before(text: str, amount: str) -> None:
    assert ("rate=4.1%", f"current={amount}") in _growths(text)


def test_a_rate_with_its_own_subject_after_the_note_is_not() -> None:
    text = "前5个月，进出口总值3.21万亿元，其中民营企业(下同)占比增长4.1%。"
    assert ("rate=4.1%", "current=3.21万亿元") not in _growths(text)
