"""The extractor on the hard cases one at a time: exact values, spans, kinds, non-numbers."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.extract import Kind, extract
from factcheck.numbers.reading import Qualifier


def one(text: str) -> tuple[str, Fraction | None, str | None, Qualifier, Kind]:
    found = extract(text)
    assert len(found) == 1, [m.text for m in found]
    m = found[0]
    return m.text, m.value, m.unit, m.qualifier, m.kind


@pytest.mark.parametrize(("text", "want"), [
    ("销量超过31.67万辆。", ("超过31.67万辆", Fraction(316700), "辆", Qualifier.MORE_THAN, Kind.AMOUNT)),
    ("产值829.16亿元", ("829.16亿元", Fraction(82916000000), "元", Qualifier.EXACT, Kind.AMOUNT)),
    ("面积近8万平方米", ("近8万平方米", Fraction(80000), "平方米", Qualifier.NEARLY, Kind.AMOUNT)),
    ("1000多项成果", ("1000多项", Fraction(1000), "项", Qualifier.MORE_THAN, Kind.AMOUNT)),
    ("提高2.4个百分点", ("2.4个百分点", Fraction(12, 5), "个百分点", Qualifier.EXACT,
                       Kind.PERCENTAGE_POINT)),
    ("增長８．１％", ("８．１％", Fraction(81, 10), "％", Qualifier.EXACT, Kind.PERCENT)),
    ("銷量超過31.67萬輛", ("超過31.67萬輛", Fraction(316700), "輛", Qualifier.MORE_THAN,
                       Kind.AMOUNT)),
    ("人口3万4000人", ("3万4000人", Fraction(34000), "人", Qualifier.EXACT, Kind.AMOUNT)),
    ("九大支柱产业", ("九大", Fraction(9), "大", Qualifier.EXACT, Kind.AMOUNT)),
    ("每60秒下线", ("每60秒", Fraction(60), "秒", Qualifier.EXACT, Kind.RATE)),
    ("早在1958年", ("1958年", Fraction(1958), "年", Qualifier.EXACT, Kind.YEAR)),
    ("上世纪80年代", ("上世纪80年代", Fraction(1980), "年代", Qualifier.EXACT, Kind.YEAR)),
    ("连续3年领跑", ("连续3年", Fraction(3), "年", Qualifier.EXACT, Kind.DURATION)),
    ("今年前8个月", ("前8个月", Fraction(8), "个月", Qualifier.EXACT, Kind.DURATION)),
    ("10月29日发布", ("10月29日", None, None, Qualifier.EXACT, Kind.DATE)),
    ("建设万亿级产业", ("万亿级", Fraction(10**12), None, Qualifier.AT_LEAST, Kind.AMOUNT)),
    ("数千台设备", ("数千台", Fraction(2000), "台", Qualifier.APPROX, Kind.AMOUNT)),
    ("总量超千亿元的", ("超千亿元", Fraction(10**11), "元", Qualifier.MORE_THAN, Kind.AMOUNT)),
    ("raised $1.2bn", ("$1.2bn", Fraction(12 * 10**8), "$", Qualifier.EXACT, Kind.AMOUNT)),
    ("up 1.3-fold", ("1.3-fold", Fraction(13, 10), "-fold", Qualifier.EXACT, Kind.MULTIPLE)),
    ("位列全国第一。", ("第一", Fraction(1), None, Qualifier.EXACT, Kind.ORDINAL)),
])
def test_reads_the_figure(text: str, want: tuple[object, ...]) -> None:
    assert one(text) == want


def test_intervals_follow_the_grammar() -> None:
    m = extract("年产能超过300万套，约15万立方米，40多项")
    assert [(x.low, x.high) for x in m] == [
        (Fraction(2995000), None), (Fraction(145000), Fraction(155000)),
        (Fraction(40), Fraction(50))]


@pytest.mark.parametrize("text", [
    "零部件配套体系", "地处三峡库区", "唯一经济总量", "一批龙头企业", "统一规划",
    "依托两江新区", "新一轮科技革命", "一体推进", "一系列专项行动", "制造业的一大特色",
    "一辆辆汽车驶下生产线", "万州区经济", "千方百计", "是一家从事芯片检测的企业",
])
def test_numerals_inside_words_are_not_figures(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize("text", ["问界M7、M9", "阿维塔07", "深蓝S05", "5G基站", "3D打印",
                                  "打造“33618”体系", "Ⅲ期临床", "项目一期", "党的二十大以来"])
def test_codes_and_labels_are_identifiers(text: str) -> None:
    found = extract(text)
    assert found and all(m.kind is Kind.IDENTIFIER and not m.needs_coverage for m in found)


def test_shared_suffix_gives_both_figures_the_unit() -> None:
    found = extract("分别高出6.7和5.8个百分点")
    assert [(m.text, m.value, m.kind) for m in found] == [
        ("6.7", Fraction(67, 10), Kind.PERCENTAGE_POINT),
        ("5.8个百分点", Fraction(29, 5), Kind.PERCENTAGE_POINT)]
    # a range is one figure, its lower end read in the upper end's multiplier
    ranged = extract("投资10至20亿元")
    assert [(m.text, m.low, m.high, m.qualifier.value) for m in ranged] == [
        ("10至20亿元", Fraction(95 * 10**7), Fraction(205 * 10**7), "range")]


def test_ratio_list_is_one_mention_per_part() -> None:
    found = extract("三次产业结构为7.7:57.5:34.8。")
    ratios = [m for m in found if m.kind is Kind.RATIO]
    assert [m.value for m in ratios] == [Fraction(77, 10), Fraction(115, 2), Fraction(174, 5)]


def test_english_qualifiers_units_and_years() -> None:
    found = extract("more than 40,000 vehicles in 2023, nearly 80,000 square metres, "
                    "2.4 percentage points")
    assert [(m.text, m.value, m.canonical, m.qualifier, m.kind) for m in found] == [
        ("more than 40,000 vehicles", Fraction(40000), "vehicle", Qualifier.MORE_THAN,
         Kind.AMOUNT),
        ("2023", Fraction(2023), None, Qualifier.EXACT, Kind.YEAR),
        ("nearly 80,000 square metres", Fraction(80000), "square_metre", Qualifier.NEARLY,
         Kind.AMOUNT),
        ("2.4 percentage points", Fraction(12, 5), "percentage_point", Qualifier.EXACT,
         Kind.PERCENTAGE_POINT)]


def test_offsets_are_code_points_across_paragraphs_and_crlf() -> None:
    text = "开头没有数字。\r\n\r\n销量达39.3万辆，增长53.8%。\n末段12个。"
    for m in extract(text):
        assert text[m.start:m.end] == m.text
    assert [m.text for m in extract(text)] == ["39.3万辆", "53.8%", "12个"]


@given(st.text(alphabet="0123456789.,%万亿多余个辆年月日第前每超过近约一二三十百千元 \n、和",
               max_size=60))
def test_every_mention_is_a_slice_in_order(text: str) -> None:
    found = extract(text)
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    starts = [m.start for m in found]
    assert starts == sorted(starts)


def test_cli_json_document(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("销量超过31.67万辆，增长8.1%。", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--format", "json"])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["article"] == str(article)
    assert doc["mentions"][0] == {
        "start": 2, "end": 11, "text": "超过31.67万辆", "value": 316700, "low": 316650,
        "high": None, "unit": "辆", "canonical": "vehicle", "qualifier": "more_than",
        "kind": "amount"}
    assert doc["mentions"][1]["value"] == 8.1 and doc["mentions"][1]["low"] == 8.05


def test_cli_missing_article_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["extract", str(tmp_path / "none.txt")])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"{tmp_path / 'none.txt'}:1:1: article not found"


@given(
    st.from_regex(r"[1-9][0-9]{0,5}(\.[0-9]{1,3})?", fullmatch=True),
    st.sampled_from(["", "万", "亿", "万亿", "千"]),
    st.booleans(),
    st.sampled_from(["", "%", "个百分点", "倍", "辆", "元", "平方米"]),
    st.sampled_from(["", "超过", "近", "约", "不足", "不超过", "至少", "以上", "左右", "以下"]),
)
def test_fast_reading_agrees_with_the_grammar(number: str, scale: str, many: bool, unit: str,
                                              qualifier: str) -> None:
    from factcheck.extract.reading import fast_bounds
    from factcheck.numbers.grammar import SUFFIX_QUALIFIERS, NumberError, read_figure

    post = qualifier if qualifier in SUFFIX_QUALIFIERS else ""
    prefix = "" if post else qualifier
    figure = prefix + number + scale + ("多" if many else "") + unit + post
    fast = fast_bounds(number, scale, many, unit, prefix, post)
    try:
        reading = read_figure(figure)
    except NumberError:
        assert fast is None
        return
    if fast is None:
        return  # left to the grammar
    iv = reading.interval
    assert fast == (reading.value, iv.lo, iv.hi, reading.qualifier, reading.unit_kind)


def test_nearly_at_the_start_of_a_paragraph() -> None:
    [m] = extract("近8万平方米的厂房。")
    assert (m.text, m.qualifier.value, m.low, m.high) == ("近8万平方米", "nearly", 72000, 80000)


def test_year_with_a_thousands_separator() -> None:
    [m] = extract("2,023年建成。")
    assert (m.kind.value, m.value) == ("year", 2023)
