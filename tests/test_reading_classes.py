"""The classes of misreading met on real text (issue 25): each read right, with its variants.

Sentences are invented, or taken from the dev part of tests/corpus/real (never the held-out
part). Each case gives the exact reading: span, value, interval, unit, qualifier and kind.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from fractions import Fraction as F
from pathlib import Path

import pytest
import yaml
from conftest import CaseWriter, outcomes, run_case
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.app.config import load_config
from factcheck.app.init_draft import draft
from factcheck.core.errors import InputError
from factcheck.extract import Kind, Mention, define_units, extract
from factcheck.numbers.grammar import NumberError, read_figure
from factcheck.report.findings import Verdict
from factcheck.units import UnknownUnitError, resolve


def _one(text: str, span: str) -> Mention:
    found = [m for m in extract(text) if m.text == span]
    assert len(found) == 1, [(m.text, m.kind.value) for m in extract(text)]
    return found[0]


def _reading(m: Mention) -> tuple[F | None, F | None, F | None, str, str]:
    return m.value, m.low, m.high, m.qualifier.value, m.kind.value


# ------------------------------------------------ 1. a qualifier character inside a word

@pytest.mark.parametrize(("text", "span", "value"), [
    ("8月出超52.7億美元，年增3成。", "52.7億美元", "5270000000"),      # Taiwan trade story
    ("上半年入超3.2億美元。", "3.2億美元", "320000000"),
    ("现场签约120亿元。", "120亿元", "12000000000"),
    ("公司去年赶超3家同行。", "3家", "3"),
    ("企业违约3亿元", "3亿元", "300000000"),
    ("預約3萬人次", "3萬人次", "30000"),
    ("就近3公里", "3公里", "3"),
])
def test_a_qualifier_character_inside_a_word_is_no_qualifier(text: str, span: str,
                                                              value: str) -> None:
    m = _one(text, span)
    assert m.value == F(value) and m.qualifier.value == "exact"


def test_the_qualifiers_themselves_still_read() -> None:
    assert _one("出口超52.7亿美元", "超52.7亿美元").qualifier.value == "more_than"
    assert _one("约120亿元", "约120亿元").qualifier.value == "approx"
    assert _one("衝破3萬人", "衝破3萬人").qualifier.value == "more_than"
    assert _one("首度站上七千億美元大關", "站上七千億美元").qualifier.value == "at_least"
    assert _one("最近3年", "3年").kind is Kind.DURATION
    assert _one("差不多3万人", "差不多3万人").qualifier.value == "approx"
    assert _one("约合20533美元", "约合20533美元").qualifier.value == "approx"


# ------------------------------------------------ 2. a space or a line break before a multiplier

@pytest.mark.parametrize(("text", "span", "value", "lo", "hi"), [
    ("出口238.4 億美元", "238.4 億美元", "23840000000", "23835000000", "23845000000"),
    ("减 2.6 亿元", "2.6 亿元", "260000000", "255000000", "265000000"),
    ("exports of $52.8\nbillion in May", "$52.8\nbillion", "52800000000", "52750000000",
     "52850000000"),
    ("出口238.4\n億美元", "238.4\n億美元", "23840000000", "23835000000", "23845000000"),
    ("同比增长5.4 %", "5.4 %", "5.4", "5.35", "5.45"),
])
def test_a_space_before_the_multiplier(text: str, span: str, value: str, lo: str,
                                       hi: str) -> None:
    m = _one(text, span)
    assert (m.value, m.low, m.high) == (F(value), F(lo), F(hi))


def test_a_line_break_between_two_figures_still_parts_them() -> None:
    assert [m.text for m in extract("line one 3\nline two 4")] == ["3", "4"]
    assert [m.text for m in extract("a 52.8\n\nbillion")] == ["52.8"]


@pytest.mark.parametrize(("value", "expected"), [
    ("4318.06 亿元", "431806000000"),
    ("20317亿 元", "2031700000000"),
    ("2兆317亿元", "2031700000000"),
])
def test_a_claims_value_typed_with_a_space_is_the_same_figure(value: str, expected: str) -> None:
    r = read_figure(value)
    assert r.value == F(expected) and r.unit == "元"
    # the other notation gives the same interval (class 4)
    assert read_figure("20317亿 元").interval == read_figure("2兆317亿元").interval


# ------------------------------------------------ 3. newspaper numerals

@pytest.mark.parametrize(("text", "span", "value", "lo", "hi", "kind"), [
    ("公布十一月外銷訂單七二九．二億美元", "七二九．二億美元", "72920000000", "72915000000",
     "72925000000", "amount"),
    ("較一一三年增加一五三三·四億美元", "一五三三·四億美元", "153340000000", "153335000000",
     "153345000000", "amount"),
    ("美國六一三億美元", "六一三億美元", "61300000000", "61250000000", "61350000000", "amount"),
    ("和一一三年相較增加七四七億美元", "七四七億美元", "74700000000", "74650000000",
     "74750000000", "amount"),
    ("增加一一○億美元", "一一○億美元", "11000000000", "10950000000", "11050000000", "amount"),
    ("增加八○○·七億美元", "八○○·七億美元", "80070000000", "80065000000", "80075000000",
     "amount"),
    ("年增三十九．五％", "三十九．五％", "39.5", "39.45", "39.55", "percent"),
    ("基本金屬年減〇．五％", "〇．五％", "0.5", "0.45", "0.55", "percent"),
    ("占比卅七·九%", "卅七·九%", "37.9", "37.85", "37.95", "percent"),
    ("年增廿六%", "廿六%", "26", "25.5", "26.5", "percent"),
    ("占百分之卅一點二", "百分之卅一點二", "31.2", "31.15", "31.25", "percent"),
])
def test_newspaper_numerals(text: str, span: str, value: str, lo: str, hi: str,
                            kind: str) -> None:
    m = _one(text, span)
    assert (m.value, m.low, m.high, m.kind.value) == (F(value), F(lo), F(hi), kind)


def test_a_compound_magnitude_alone_is_about_that_order() -> None:
    r = read_figure("千亿元")
    assert r.value == F(10**11) and r.qualifier.value == "approx"
    assert r.interval.lo == F(5 * 10**10) and r.interval.hi == F(15 * 10**10)
    assert read_figure("超千亿元").qualifier.value == "more_than"


@pytest.mark.parametrize("bad", ["一千零零万", "一二亿万", "廿卅", "卅十"])
def test_malformed_newspaper_numerals_read_as_nothing(bad: str) -> None:
    with pytest.raises(NumberError):
        read_figure(bad)


def test_a_declined_newspaper_figure_is_a_claims_value() -> None:
    r = read_figure("-十五．八 percent")
    assert r.value == F("-15.8") and (r.interval.lo, r.interval.hi) == (F("-15.85"), F("-15.75"))


# ------------------------------------------------ 5. Republic-of-China years

@pytest.mark.parametrize(("text", "span", "year"), [
    ("民國112年失業率3.5%", "民國112年", 2023),
    ("111年1至8月", "111年", 2022),
    ("較一一三年增加", "一一三年", 2024),
    ("民國一一二年", "民國一一二年", 2023),
    ("二〇二五年", "二〇二五年", 2025),
])
def test_roc_years_are_years(text: str, span: str, year: int) -> None:
    m = _one(text, span)
    assert m.kind is Kind.YEAR and m.value == year and not m.needs_coverage


def test_a_long_span_of_years_is_still_a_duration() -> None:
    assert _one("建党100年", "100年").kind is Kind.DURATION
    assert _one("连续3年", "连续3年").kind is Kind.DURATION


# ------------------------------------------------ 7. decline words of Hong Kong and Taiwan copy

@pytest.mark.parametrize("text", ["出口(跌8.2%)", "出口年跌8.2%", "出口按年跌8.2%",
                                  "出口跌幅8.2%", "出口下挫8.2%"])
def test_hk_and_tw_decline_words(text: str) -> None:
    values = _values(text)
    assert "-8.2%" in values


def test_digit_tenths_are_percent() -> None:
    m = _one("上看4成", "4成")
    assert _reading(m) == (F(40), F(35), F(45), "exact", "percent")


# ------------------------------------------------ 12. English decline words

@pytest.mark.parametrize("verb", ["dipped", "slipped", "sank", "eased", "tumbled", "plunged",
                                  "edged down", "edged lower"])
def test_english_decline_words(verb: str) -> None:
    assert "-1.2%" in _values(f"Exports {verb} 1.2% in May.", "en")


def test_a_level_reached_is_not_a_change() -> None:
    assert not any(v.startswith("-") for v in _values("Growth eased to 2.1% in May.", "en"))
    assert not any(v.startswith("-") for v in _values("增速回落至9.3%。"))


# ------------------------------------------------ 13. signed money

@pytest.mark.parametrize(("value", "expected"), [
    ("-$21.3bn", "-21300000000"), ("−$1.5 billion", "-1500000000"), ("-US$4bn", "-4000000000"),
])
def test_signed_money_in_a_claims_value(value: str, expected: str) -> None:
    assert read_figure(value).value == F(expected)


# ------------------------------------------------ 17. non-figures need no claim

@pytest.mark.parametrize(("text", "span", "kind"), [
    ("1至10月，", "1至10月", Kind.DATE),
    ("output in Quarter 3 of 2022", "Quarter 3", Kind.DATE),
    ("see Figure 1.", "Figure 1", Kind.IDENTIFIER),
    ("COVID-19 cases", "COVID-19", Kind.IDENTIFIER),
    ("前三季度全区", "前三季度", Kind.DURATION),
    ("第一产业增加值", "第一", Kind.ORDINAL),
])
def test_non_figures_need_no_claim(text: str, span: str, kind: Kind) -> None:
    m = _one(text, span)
    assert m.kind is kind and not m.needs_coverage


def test_a_quarter_with_a_percent_is_a_figure() -> None:
    assert _one("the quarter 2.5% higher", "2.5%").kind is Kind.PERCENT


def _values(text: str, language: str = "zh") -> list[str]:
    doc = yaml.safe_load(draft(text, "a.txt", dt.date(2026, 12, 1), language))
    return [str(c["value"]) for c in doc.get("claims") or []]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("a deficit of -$21.3bn in May", "-$21.3bn", "-21300000000"),
    ("a balance of −$1.5 billion", "−$1.5 billion", "-1500000000"),
    ("the gap -US$4bn", "-US$4bn", "-4000000000"),
])
def test_signed_money_in_text(text: str, span: str, value: str) -> None:
    m = _one(text, span)
    assert m.value == F(value) and m.low is not None and m.low < m.value < m.high  # type: ignore[operator]


def test_a_hyphen_inside_a_word_is_no_minus() -> None:
    assert _one("x-$3", "$3").value == 3


# ------------------------------------------------ 14. abbreviated scales and trailing phrases

@pytest.mark.parametrize(("text", "span", "value", "qualifier"), [
    ("there were 1.87m people out of work", "1.87m people", "1870000", "exact"),
    ("the total rose to 2.4m, up", "2.4m", "2400000", "exact"),
    ("profit rose by €2.4bn year-on-year", "€2.4bn", "2400000000", "exact"),
    ("exports of over €90 billion", "over €90 billion", "90000000000", "more_than"),
    ("imports of more than £2bn", "more than £2bn", "2000000000", "more_than"),
])
def test_abbreviated_scales_and_trailing_phrases(text: str, span: str, value: str,
                                                 qualifier: str) -> None:
    m = _one(text, span)
    assert m.value == F(value) and m.qualifier.value == qualifier


def test_a_length_in_metres_is_no_million() -> None:
    assert not any(m.value == 1500000 for m in extract("a 1.5m tall wall"))


# ------------------------------------------------ 15. number words and fractions in words

@pytest.mark.parametrize(("text", "span", "value", "lo", "hi", "qualifier", "kind"), [
    ("seven of the 12 sectors grew", "seven", F(7), F(7), F(7), "exact", "amount"),
    ("Less than half of firms", "Less than half", F(1, 2), None, F(1, 2), "less_than", "ratio"),
    ("almost two-thirds of the jobs", "almost two-thirds", F(2, 3), F(3, 5), F(2, 3), "nearly",
     "ratio"),
    ("one in five workers", "one in five", F(1, 5), F(1, 5), F(1, 5), "exact", "ratio"),
    ("one in 10 workers", "one in 10", F(1, 10), F(1, 10), F(1, 10), "exact", "ratio"),
    ("twenty-three companies", "twenty-three", F(23), F(23), F(23), "exact", "amount"),
    ("a hundred and five jobs", "a hundred and five", F(105), F(105), F(105), "exact", "amount"),
    ("three-quarters of firms", "three-quarters", F(3, 4), F(3, 4), F(3, 4), "exact", "ratio"),
    ("half of the firms", "half", F(1, 2), F(1, 2), F(1, 2), "exact", "ratio"),
])
def test_number_words_and_fractions(text: str, span: str, value: F, lo: F | None, hi: F | None,
                                    qualifier: str, kind: str) -> None:
    assert _reading(_one(text, span)) == (value, lo, hi, qualifier, kind)


@pytest.mark.parametrize("text", ["in the first half of 2024", "a quarter earlier",
                                  "the second half", "three quarters ago"])
def test_periods_in_words_are_no_fractions(text: str) -> None:
    assert not [m for m in extract(text) if m.kind is Kind.RATIO]


@pytest.mark.parametrize(("value", "expected"), [
    ("almost two-thirds", F(2, 3)), ("twenty-three", F(23)), ("one in five", F(1, 5)),
    ("seven", F(7)),
])
def test_a_number_in_words_is_a_claims_value(value: str, expected: F) -> None:
    assert read_figure(value).value == expected


def test_a_fraction_in_words_drafts_a_claim() -> None:
    assert "Almost two-thirds" in _values("Almost two-thirds of the jobs were lost.", "en")


# ------------------------------------------------ 10. text noise from the web

def test_a_ratio_colon_of_web_copy() -> None:
    found = extract("性别比为105.2∶100")
    assert [(m.text, m.kind) for m in found] == [("105.2", Kind.RATIO), ("100", Kind.RATIO)]
    assert [m.text for m in extract("三次产业结构为5.6：56.6：37.8")][1:] == ["5.6", "56.6", "37.8"]


@pytest.mark.parametrize(("text", "mark", "figure"), [
    ("营业收入12.5亿元[1]，增长3.2%", "[1]", "12.5亿元"),
    ("GDP grew 2.1%[3] in May", "[3]", "2.1%"),
    ("1. Exports rose 3%", "1.", "3%"),
    ("2、出口增长3%", "2、", "3%"),
])
def test_footnote_and_list_marks_are_no_figures(text: str, mark: str, figure: str) -> None:
    assert not _one(text, mark).needs_coverage
    assert _one(text, figure).needs_coverage


def test_a_list_marker_before_a_figure_and_a_pinyin_gloss() -> None:
    assert _one("一、2兆317億元", "2兆317億元").value == 2031700000000
    assert _one("國家統(tǒng)計局公布，GDP增長8.1%", "8.1%").value == F("8.1")
    assert [m.text for m in extract("統(tǒng)計")] == []


def test_three_sectors_is_a_name() -> None:
    m = _one("三次产业结构不断优化", "三次产业")
    assert m.kind is Kind.IDENTIFIER and not m.needs_coverage
    assert _one("第一产业增加值", "第一").kind is Kind.ORDINAL


# ------------------------------------------------ 6 and 8: fidelity of lists and levels

def _fc102(write_case: CaseWriter, article: str, quote: str, value: str, kind: str) -> list[str]:
    path = write_case(article + "\n", f"""
        - id: c
          quote: {quote}
          value: '{value}'
          kind: {kind}
          measures: a test figure
    """)
    return [o.message for o in outcomes(run_case(path), "FC102") if o.verdict is Verdict.FAIL]


@pytest.mark.parametrize(("article", "quote", "value", "kind"), [
    # a unit shared across a list: 0.6个 is in pp
    ("增速分别高于全国、全省0.6个、1.1个百分点。", "0.6个", "0.6 pp", "pp-gap"),
    # a verb shared across a list: a quote of one item is a decline
    ("三项指标分别下降3.1%、7.4%、12.2%。", "7.4%", "-7.4%", "growth"),
    ("三项指标分别下降3.1%、7.4%、12.2%。", "12.2%", "-12.2%", "growth"),
    # a level reached is not a change
    ("全市工业增速回落至9.3%。", "增速回落至9.3%", "9.3%", "rate"),
    ("Wage growth slowed to 2.1% in May.", "slowed to 2.1%", "2.1%", "rate"),
    # the verb reaches past a comma: rose 1.2%, or 2.6 percent
    ("Output fell 1.2%, or 2.6 percent at an annual rate.", "2.6 percent", "-2.6%", "growth"),
    # 出超 is a surplus of exactly 52.7億
    ("8月出超52.7億美元。", "出超52.7億美元", "52.7億 美元", "amount"),
    # the same figure in another notation
    ("外銷訂單2兆317億元。", "2兆317億元", "20317亿 元", "amount"),
])
def test_fidelity_reads_lists_levels_and_notations(write_case: CaseWriter, article: str,
                                                   quote: str, value: str, kind: str) -> None:
    assert _fc102(write_case, article, quote, value, kind) == []


def test_a_level_recorded_as_a_decline_still_fails(write_case: CaseWriter) -> None:
    assert _fc102(write_case, "三项指标分别下降3.1%、7.4%。", "7.4%", "7.4%", "growth")


def test_an_english_word_inside_another_is_no_cue() -> None:
    # "increased" ends in "eased": it is a rise
    assert "4.1%" in _values("Spending increased by 4.1% in the quarter.", "en")
    assert "-0.2%" in _values("GDP shows an estimated fall of 0.2% in the quarter.", "en")


# ------------------------------------------------ 9. a missing unit is a finding

def test_a_missing_percent_sign_is_a_finding(write_case: CaseWriter) -> None:
    failures = _fc102(write_case, "全市工业增加值同比增长5.4，增速加快。", "同比增长5.4", "5.4%",
                      "growth")
    assert len(failures) == 1 and "no unit" in failures[0] and "5.4" in failures[0]


def test_a_unit_shared_by_a_list_is_no_missing_unit(write_case: CaseWriter) -> None:
    assert _fc102(write_case, "两项分别增长8.5、6.3%。", "增长8.5", "8.5%", "growth") == []


def test_a_printed_plus_and_a_shared_unit() -> None:
    found = extract("(+2.1 and +2.0 percentage points respectively)")
    assert [(m.text, m.kind) for m in found] == [
        ("+2.1", Kind.PERCENTAGE_POINT), ("+2.0 percentage points", Kind.PERCENTAGE_POINT)]
    assert "2.1 pp" in _values("Its contribution was positive (+2.1 and +2.0 percentage points "
                               "respectively).", "en")


# ------------------------------------------------ 20. units a newsroom needs

@pytest.fixture
def newsroom_units() -> Iterator[None]:
    yield
    define_units({})


def test_a_per_mille_point_is_a_unit() -> None:
    m = _one("出生率下降1.2个千分点", "1.2个千分点")
    assert m.canonical == "per_mille_point" and m.value == F("1.2")
    assert resolve("个千分点").dimension == "per_mille_point"


def test_an_unknown_unit_says_how_to_define_it() -> None:
    with pytest.raises(UnknownUnitError, match=r'\[units\] "把" = "counter"'):
        resolve("把")


def test_a_newsroom_counter_and_currency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         newsroom_units: None) -> None:
    (tmp_path / "factcheck.toml").write_text(
        'claims = ["c.yaml"]\n[units]\n"把" = "counter"\n"比特币" = "currency"\n', "utf-8")
    (tmp_path / "a.txt").write_text("全市新增座椅3把，储备比特币12.5万比特币。\n", "utf-8")
    (tmp_path / "c.yaml").write_text(
        "article: a.txt\npublished: 2024-11-05\nclaims:\n"
        "  - {id: chairs, quote: 新增座椅3把, value: 3 把, kind: amount, measures: chairs}\n"
        "  - {id: coins, quote: 储备比特币12.5万比特币, value: 12.5万 比特币, kind: amount,"
        " measures: coins}\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["run", "-f", "json"])
    assert result.exit_code == 0, result.output + result.stderr
    m = _one("全市新增座椅3把", "3把")
    assert m.unit == "把" and m.canonical == "把"


def test_a_newsroom_unit_of_another_kind_is_refused(tmp_path: Path,
                                                   newsroom_units: None) -> None:
    path = tmp_path / "factcheck.toml"
    path.write_text('[units]\n"把" = "weight"\n', "utf-8")
    with pytest.raises(InputError, match=r"units\.把 must be 'counter' or 'currency'"):
        load_config(path, shown=path.name)


# ------------------------------------------------ 11. tables pasted as text

TABLE = "主要指标（单位：万元）\n全县地区生产总值 275308\n第一产业 32107\n第二产业 120356\n"


def test_a_table_row_label_is_no_figure() -> None:
    found = extract(TABLE)
    assert [m.text for m in found if m.needs_coverage] == ["275308", "32107", "120356"]
    assert [m.kind for m in found if m.text == "第一"] == [Kind.ORDINAL]


def test_a_claim_states_the_unit_of_a_table(write_case: CaseWriter) -> None:
    claim = """
        - id: gdp
          quote: 全县地区生产总值 275308
          value: 275308万 元
          kind: amount
          measures: the county's output
    """
    path = write_case(TABLE, claim + "      printed-unit: 万元\n")
    assert [o.message for o in outcomes(run_case(path), "FC102")
            if o.verdict is Verdict.FAIL] == []
    bare = write_case(TABLE, claim)
    assert [o for o in outcomes(run_case(bare), "FC102") if o.verdict is Verdict.FAIL]


@pytest.mark.parametrize(("text", "span", "value", "kind"), [
    ("11月批發業營業額為1兆2,510億元", "1兆2,510億元", F(1251000000000), Kind.AMOUNT),
    ("按平均汇率折算约合20533美元", "约合20533美元", F(20533), Kind.AMOUNT),
    ("週工時未達35小時者", "35小時", F(35), Kind.DURATION),
    ("Retail trade added 142,000 jobs.", "142,000 jobs", F(142000), Kind.AMOUNT),
    ("earnings rose by 2 cents", "2 cents", F(2), Kind.AMOUNT),
])
def test_forms_of_the_dev_corpus(text: str, span: str, value: F, kind: Kind) -> None:
    m = _one(text, span)
    assert m.value == value and m.kind is kind


@pytest.mark.parametrize("bad", ["1兆2,5100億元", "3万40000人", "1,2345", "一千零零万"])
def test_malformed_figures_read_as_nothing(bad: str) -> None:
    assert [m for m in extract(bad) if m.needs_coverage] == []


@pytest.mark.parametrize(("text", "span", "kind"), [
    ("released at 10:30 a.m.", "10:30", Kind.DATE),
    ("上午10时30分发布", "10时30分", Kind.DATE),
    ("10点30分开幕", "10点30分", Kind.DATE),
    ("iPhone 15 Pro sales", "iPhone 15 Pro", Kind.IDENTIFIER),
    ("排名第3位", "第3位", Kind.ORDINAL),
])
def test_times_ranks_and_model_names_need_no_claim(text: str, span: str, kind: Kind) -> None:
    m = _one(text, span)
    assert m.kind is kind and not m.needs_coverage


def test_a_ratio_is_no_time() -> None:
    assert [m.kind for m in extract("7.7:57.5:34.8")] == [Kind.RATIO] * 3
    assert [m.kind for m in extract("1:2:3")] == [Kind.RATIO] * 3


@pytest.mark.parametrize(("text", "span", "kind"), [
    ("外銷訂單連9紅", "連9紅", Kind.DURATION),
    ("台股連廿五黑", "連廿五黑", Kind.DURATION),
    ("經濟部昨（24）日發布", "（24）日", Kind.DATE),
    ("首度單季突破「3字頭」", "3字頭", Kind.IDENTIFIER),
    ("the population age 16 and older", "age 16 and older", Kind.IDENTIFIER),
])
def test_streaks_dates_and_labels_of_the_dev_corpus(text: str, span: str, kind: Kind) -> None:
    m = _one(text, span)
    assert m.kind is kind and not m.needs_coverage


@pytest.mark.parametrize(("text", "value"), [
    ("Employment fell by 216,000 in September.", "-216,000"),
    ("就业人数减少2千人。", "-2千 人"),
])
def test_a_decline_of_an_amount_is_drafted_as_a_negative_change(text: str, value: str) -> None:
    language = "en" if text.isascii() else "zh"
    assert value in _values(text, language)


def test_a_compound_magnitude_in_text() -> None:
    m = _one("挑戰千億元", "千億元")
    assert _reading(m) == (F(10**11), F(5 * 10**10), F(15 * 10**10), "approx", "amount")
    assert [x.text for x in extract("千方百计，万州，千万不要")] == []


@pytest.mark.parametrize(("text", "span", "value", "qualifier"), [
    ("exports of HK$ 3.2 billion", "HK$ 3.2 billion", F(3200000000), "exact"),
    ("a deal of US$ 48m", "US$ 48m", F(48000000), "exact"),
    ("over € 90 billion", "over € 90 billion", F(90000000000), "more_than"),
])
def test_a_space_after_a_currency_sign(text: str, span: str, value: F, qualifier: str) -> None:
    m = _one(text, span)
    assert m.value == value and m.qualifier.value == qualifier and m.unit is not None


def test_a_whole_number_of_millions_before_a_counted_noun() -> None:
    assert _one("3m people lost work", "3m people").value == 3000000
    assert _one("2m jobs", "2m jobs").value == 2000000
    assert not any(m.value == 100000000 for m in extract("a 100m sprint"))


def test_a_pinyin_gloss_inside_a_decline_word(write_case: CaseWriter) -> None:
    assert _fc102(write_case, "出口价格下(xià)降(jiàng)3.1%。", "3.1%", "-3.1%", "growth") == []


@pytest.mark.parametrize(("text", "span"), [("会议于5-8日举行", "5-8日"), ("展期为3~5日", "3~5日")])
def test_a_range_of_days_is_a_date(text: str, span: str) -> None:
    # a range of days was read as a date in digits alone (year, month, day) and raised
    assert _one(text, span).kind is Kind.DATE


def test_a_range_of_days_past_a_month_is_no_date() -> None:
    found = extract("增长5-38日")
    assert [m.text for m in found] == ["5", "38日"] and Kind.DATE not in {m.kind for m in found}
