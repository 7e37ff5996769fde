"""The sign of a recorded change agrees with the words of its quote, in both directions."""

from __future__ import annotations

import pytest
from conftest import CaseWriter, outcomes, run_case

from factcheck.numbers.sign import stated_sign
from factcheck.report.findings import Verdict


def _fc102(write_case: CaseWriter, article: str, quote: str, value: str, kind: str) -> tuple[
        Verdict, str]:
    path = write_case(article, f"""
      - id: c
        quote: "{quote}"
        value: "{value}"
        kind: {kind}
    """)
    [o] = outcomes(run_case(path), "FC102")
    return o.verdict, o.message


AGREE = [
    ("房地产开发投资下降9.8%。", "投资下降9.8%", "-9.8%", "growth"),
    ("出口增长-2.5%。", "增长-2.5%", "-2.5%", "growth"),
    ("利润负增长3.1%。", "负增长3.1%", "-3.1%", "growth"),
    ("产量同比减少4.0%。", "减少4.0%", "-4.0%", "growth"),
    ("价格下跌1.2%。", "下跌1.2%", "-1.2%", "growth"),
    ("增速回落1.5个百分点。", "回落1.5个百分点", "-1.5 pp", "pp-change"),
    ("降幅收窄2.1个百分点。", "降幅收窄2.1个百分点", "2.1 pp", "pp-change"),
    # the size of a fall that widened: the rate fell (降幅扩大, 跌幅加深)
    ("利润下降3.0%，降幅较1-9月扩大0.7个百分点。", "降幅较1-9月扩大0.7个百分点", "-0.7 pp",
     "pp-change"),
    ("跌幅加深1.2个百分点。", "跌幅加深1.2个百分点", "-1.2 pp", "pp-change"),
    # a rate noun after an above or below word names the rate compared against
    ("采矿业下降4.5%，低于全县规上工业增速5.8个百分点。", "低于全县规上工业增速5.8个百分点",
     "-5.8 pp", "pp-gap"),
    ("制造业增长3.4%，高于全县规上工业增速2.1个百分点。", "高于全县规上工业增速2.1个百分点",
     "2.1 pp", "pp-gap"),
    ("比全国低0.3个百分点，低于全国0.3个百分点。", "低于全国0.3个百分点", "-0.3 pp", "pp-gap"),
    ("Exports fell 6.4% in May.", "fell 6.4%", "-6.4%", "growth"),
    ("Output shrank 0.3%.", "shrank 0.3%", "-0.3%", "growth"),
    ("The gap narrowed 1.2 percentage points.", "narrowed 1.2 percentage points", "-1.2 pp",
     "pp-change"),
    ("Prices were 2.1% lower.", "2.1% lower", "-2.1%", "growth"),
    ("Sales decreased 5%.", "decreased 5%", "-5%", "growth"),
    ("Sales dropped 5%.", "dropped 5%", "-5%", "growth"),
    ("GDP grew -0.4%.", "grew -0.4%", "-0.4%", "growth"),
    ("工业增加值增长8.1%。", "增长8.1%", "8.1%", "growth"),
]


@pytest.mark.parametrize(("article", "quote", "value", "kind"), AGREE, ids=[a[1] for a in AGREE])
def test_sign_agrees(write_case: CaseWriter, article: str, quote: str, value: str,
                     kind: str) -> None:
    verdict, message = _fc102(write_case, article, quote, value, kind)
    assert verdict is Verdict.PASS, message


def test_a_decline_recorded_positive_fails_naming_the_word(write_case: CaseWriter) -> None:
    verdict, message = _fc102(write_case, "房地产开发投资下降9.8%。", "投资下降9.8%", "9.8%",
                              "growth")
    assert verdict is Verdict.FAIL
    assert message == ("The quote reads “下降” (a decline) for “9.8%”, but the claim records 9.8%; "
                       "a decline is recorded as a negative value.")


def test_a_rise_recorded_negative_fails(write_case: CaseWriter) -> None:
    verdict, message = _fc102(write_case, "工业增加值增长8.1%。", "增长8.1%", "-8.1%", "growth")
    assert verdict is Verdict.FAIL
    assert message == ("The quote reads “增长” (a rise) for “8.1%”, but the claim records -8.1%; "
                       "a rise is recorded as a positive value.")


def test_a_printed_minus_recorded_positive_fails(write_case: CaseWriter) -> None:
    verdict, message = _fc102(write_case, "出口增长-2.5%。", "增长-2.5%", "2.5%", "growth")
    assert verdict is Verdict.FAIL
    assert "“增长 -” (a decline)" in message


def test_english_decline_recorded_positive_fails(write_case: CaseWriter) -> None:
    verdict, message = _fc102(write_case, "Exports fell 6.4% in May.", "fell 6.4%", "6.4%",
                              "growth")
    assert verdict is Verdict.FAIL
    assert "“fell” (a decline)" in message


def test_the_nearest_word_of_the_clause_decides() -> None:
    text = "A增长5%，B下降3%"
    assert stated_sign(text, 3, 5).sign == 1  # type: ignore[union-attr]
    assert stated_sign(text, 9, 11).sign == -1  # type: ignore[union-attr]
    assert stated_sign("规模8.1%", 2, 6) is None


def test_a_widened_fall_recorded_positive_fails(write_case: CaseWriter) -> None:
    verdict, message = _fc102(write_case, "比上月降幅扩大0.1个百分点。", "降幅扩大0.1个百分点",
                              "0.1 pp", "pp-change")
    assert verdict is Verdict.FAIL
    assert message.startswith("The quote reads “扩大” (a decline) for “0.1个百分点”")
