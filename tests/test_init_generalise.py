"""init drafts claims, not labels: declines drafted negative whatever the script or language,
and dates, ordinals and periods drafted as waivers to confirm, so every draft loads."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from factcheck.app.init_draft import draft
from factcheck.app.runner import check_file
from factcheck.checks import select_rules


def _draft(text: str, language: str = "zh") -> dict[str, object]:
    return dict(yaml.safe_load(draft(text, "a.txt", dt.date(2026, 12, 1), language)))


def _values(text: str, language: str = "zh") -> list[str]:
    claims = _draft(text, language)["claims"]
    assert isinstance(claims, list)
    return [str(c["value"]) for c in claims]


def test_declines_of_rates_and_points_are_negative() -> None:
    values = _values("利润增长17.1%,增速比1-6月份放缓0.1个百分点;第二产业下降0.5个百分点。")
    assert "-0.1 个百分点" in values and "-0.5 个百分点" in values and "17.1%" in values


def test_traditional_decline_words_are_read() -> None:
    assert "-1.6%" in _values("第2季零售業營業額年減1.6%，第3季年增2.2%。")


def test_a_decline_that_narrowed_is_a_rise_and_one_that_widened_a_fall() -> None:
    values = _values("工业消费品价格下降1.9%,降幅收窄0.8个百分点;"
                     "猪肉价格下降26%,降幅比上月扩大18.8个百分点。")
    assert "0.8 个百分点" in values and "-18.8 个百分点" in values and "-26%" in values


def test_english_fell_by_is_a_decline_and_declined_to_a_level() -> None:
    values = _values("GDP fell by 0.6% in September, and the unemployment rate declined to 3.9 "
                     "percent.", "en")
    assert "-0.6%" in values and not any(v.startswith("-3.9") for v in values)


def test_dates_ordinals_and_periods_are_not_drafted_and_the_draft_loads(tmp_path: Path) -> None:
    text = "十一月外銷訂單七二九．二億美元。前三季度，第一产业增加值72.61亿元，增长3.8%。"
    doc = _draft(text)
    claims, waivers = doc["claims"], doc["waivers"]
    assert isinstance(claims, list) and isinstance(waivers, list)
    assert {str(c["kind"]) for c in claims} <= {"amount", "growth", "share", "rate", "pp-change"}
    # 十一月, 前三季度 and 第一产业 need no claim or waiver: they sit inside the quotes of the
    # amounts' claims, which are checked, or are no figures at all
    reasons = {str(w["reason"]) for w in waivers}
    assert not any("ordinal" in r or "a date" in r for r in reasons)
    assert any("第一产业" in str(c["quote"]) for c in claims)
    assert any("十一月" in str(c["quote"]) for c in claims)
    (tmp_path / "a.txt").write_text(text, "utf-8")
    (tmp_path / "a.yaml").write_text(draft(text, "a.txt", dt.date(2026, 12, 1)), "utf-8")
    check_file(tmp_path / "a.yaml", select_rules())  # loads: no input error


def test_a_qualified_decline_is_signed_after_its_qualifier_and_the_draft_loads(
        tmp_path: Path) -> None:
    text = ("本月旅客人次減少近百人次，博彩收入下跌約百分之八點八。失業人數減少約6,100人。"
            "出口下降近40%。The deficit fell less than $0.1 billion to $4.2 billion.")
    values = _values(text)
    assert "近-40%" in values and any(v.startswith("约-8.8") or v.startswith("約-8.8")
                                      for v in values)
    assert any(v.startswith("less than -$0.1") for v in values)
    (tmp_path / "a.txt").write_text(text, "utf-8")
    (tmp_path / "a.yaml").write_text(draft(text, "a.txt", dt.date(2026, 12, 1)), "utf-8")
    check_file(tmp_path / "a.yaml", select_rules())  # loads: no input error
