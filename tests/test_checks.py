"""Each check with a passing and a failing case, on small claims files."""

from __future__ import annotations

from fractions import Fraction as F

from conftest import CaseWriter, outcomes, run_case

from factcheck.report.findings import Severity, Verdict


def verdicts(report: object, code: str) -> list[Verdict]:
    return [o.verdict for o in outcomes(report, code)]  # type: ignore[arg-type]


# --- FC1xx fidelity -------------------------------------------------------------


def test_quote_found_and_number_matches(write_case: CaseWriter) -> None:
    path = write_case("工业增加值同比增长8.1%。", """
      - id: g
        quote: 同比增长8.1%
        value: 8.1%
        kind: growth
    """)
    report = run_case(path)
    assert verdicts(report, "FC101") == [Verdict.PASS]
    assert verdicts(report, "FC102") == [Verdict.PASS]


def test_quote_not_found(write_case: CaseWriter) -> None:
    path = write_case("工业增加值同比增长8.2%。", """
      - id: g
        quote: 同比增长8.1%
        value: 8.1%
        kind: growth
    """)
    [o] = outcomes(run_case(path), "FC101")
    assert o.verdict is Verdict.FAIL
    assert o.message == ("The quote “同比增长8.1%” is not in the article; was the sentence edited? "
                         "The closest passage, at 1:6, reads “同比增长8.2%”: “1” (U+0031) in the "
                         "quote, “2” (U+0032) in the article.")
    assert o.article_offset == (5, 13)


def test_quote_not_found_marks_a_lookalike_comma(write_case: CaseWriter) -> None:
    path = write_case("全市工业产值1200亿元,同比增长12.4%。", """
      - id: g
        quote: 工业产值1200亿元，同比增长12.4%
        value: 12.4%
        kind: growth
    """)
    [o] = outcomes(run_case(path), "FC101")
    assert o.message.endswith("reads “工业产值1200亿元,同比增长12.4%”: “，” (U+FF0C) in the quote, "
                              "“,” (U+002C) in the article.")


def test_quote_not_found_with_nothing_alike(write_case: CaseWriter) -> None:
    path = write_case("工业增加值同比增长8.2%。", """
      - id: g
        quote: 完全无关的句子
        value: 8.1%
        kind: growth
    """)
    [o] = outcomes(run_case(path), "FC101")
    assert o.message == "The quote “完全无关的句子” is not in the article; was the sentence edited?"
    assert o.article_offset is None


def test_quote_occurrence_out_of_range(write_case: CaseWriter) -> None:
    path = write_case("增长8.1%。", """
      - id: g
        quote: 增长8.1%
        occurrence: 2
        value: 8.1%
        kind: growth
    """)
    [o] = outcomes(run_case(path), "FC101")
    assert o.message == "The quote “增长8.1%” occurs 1 time(s); occurrence 2 was asked for."


def test_recorded_value_differs_from_quote(write_case: CaseWriter) -> None:
    path = write_case("工业增加值同比增长8.1%。", """
      - id: g
        quote: 同比增长8.1%
        value: 8.2%
        kind: growth
    """)
    [o] = outcomes(run_case(path), "FC102")
    assert o.verdict is Verdict.FAIL
    assert o.message == "The claim records 8.2% but the quote prints 8.1%."


def test_missing_qualifier_is_a_mismatch(write_case: CaseWriter) -> None:
    path = write_case("销量超过31.67万辆。", """
      - id: s
        quote: 销量超过31.67万辆
        value: 31.67万 辆
    """)
    [o] = outcomes(run_case(path), "FC102")
    assert o.verdict is Verdict.FAIL
    assert "(more than)" in o.message and "(exact)" in o.message


def test_trailing_zero_must_match(write_case: CaseWriter) -> None:
    path = write_case("增长2.0%。", """
      - id: g
        quote: 增长2.0%
        value: 2%
        kind: growth
    """)
    assert verdicts(run_case(path), "FC102") == [Verdict.FAIL]


def test_decline_needs_a_word_of_decline(write_case: CaseWriter) -> None:
    good = write_case("不良率下降44.54%。", """
      - id: d
        quote: 不良率下降44.54%
        value: -44.54%
        kind: growth
    """)
    assert verdicts(run_case(good), "FC102") == [Verdict.PASS]
    bad = write_case("不良率变化44.54%。", """
      - id: d
        quote: 不良率变化44.54%
        value: -44.54%
        kind: growth
    """)
    [o] = outcomes(run_case(bad), "FC102")
    assert o.message.startswith("The claim records a decline")


def test_uncovered_figure_is_reported_with_position(write_case: CaseWriter) -> None:
    path = write_case("增长8.1%。\n新增企业500家。", """
      - id: g
        quote: 增长8.1%
        value: 8.1%
        kind: growth
    """)
    [o] = outcomes(run_case(path), "FC104")
    assert o.verdict is Verdict.FAIL
    assert o.message == "“500家” at line 2, column 5 is neither claimed nor waived: 新增企业500家。"


def test_waiver_covers_and_must_exist(write_case: CaseWriter, tmp_path: object) -> None:
    path = write_case("问界新车型M7热销，增长8.1%。", """
      - id: g
        quote: 增长8.1%
        value: 8.1%
        kind: growth
    waivers:
      - quote: 问界新车型M7
        reason: product name
      - quote: 问界新车型M9
        reason: product name
    """)
    report = run_case(path)
    assert verdicts(report, "FC103") == [Verdict.PASS, Verdict.FAIL]
    assert verdicts(report, "FC104") == []


def test_claim_waiver_suppresses_and_unused_waiver_is_reported(write_case: CaseWriter) -> None:
    path = write_case("今年销量200辆，去年销量100辆，增长50%。", """
      - id: now
        quote: 今年销量200辆
        value: 200 辆
      - id: before
        quote: 去年销量100辆
        value: 100 辆
      - id: g
        quote: 增长50%
        value: 50%
        kind: growth
        current: now
        prior: before
        ignore: {FC201: "the desk confirmed a different base", FC202: "not needed"}
    """)
    report = run_case(path)
    [growth] = outcomes(report, "FC201")
    assert growth.verdict is Verdict.WAIVED
    assert growth.waiver_reason == "the desk confirmed a different base"
    [unused] = outcomes(report, "FC105")
    assert unused.severity is Severity.WARNING
    assert "FC202" in unused.message


# --- FC2xx growth ---------------------------------------------------------------

GROWTH_ARTICLE = "产量12000万吨，增加300万吨，增长2.6%。"


def test_growth_from_increase_passes(write_case: CaseWriter) -> None:
    path = write_case(GROWTH_ARTICLE, """
      - id: out
        quote: 产量12000万吨
        value: 12000万 吨
      - id: inc
        quote: 增加300万吨
        value: 300万 吨
      - id: g
        quote: 增长2.6%
        value: 2.6%
        kind: growth
        current: out
        increase: inc
    """)
    [o] = outcomes(run_case(path), "FC201")
    assert o.verdict is Verdict.PASS
    assert o.arithmetic is not None and o.arithmetic.startswith("300万吨 ÷ (12000万吨 − 300万吨) = 2.56%")


def test_growth_between_amounts_fails_with_discrepancy(write_case: CaseWriter) -> None:
    path = write_case("今年121.42万辆，去年100.0万辆，增长25.0%。", """
      - id: now
        quote: 今年121.42万辆
        value: 121.42万 辆
      - id: before
        quote: 去年100.0万辆
        value: 100.0万 辆
      - id: g
        quote: 增长25.0%
        value: 25.0%
        kind: growth
        current: now
        prior: before
    """)
    [o] = outcomes(run_case(path), "FC201")
    assert o.verdict is Verdict.FAIL
    assert o.discrepancy == "3.46 pp"
    assert "no reading of the rounded figures closes the gap of 3.46 pp" in o.message


def test_growth_passes_only_within_rounding(write_case: CaseWriter) -> None:
    # 10.4 / 10.0 − 1 = 4.0% at face value; 4.4% needs 10.44 / 10.0 — inside the rounding
    path = write_case("今年10.4亿元，去年10.0亿元，增长4.4%。", """
      - id: now
        quote: 今年10.4亿元
        value: 10.4亿 元
      - id: before
        quote: 去年10.0亿元
        value: 10.0亿 元
      - id: g
        quote: 增长4.4%
        value: 4.4%
        kind: growth
        current: now
        prior: before
    """)
    [o] = outcomes(run_case(path), "FC201")
    assert o.verdict is Verdict.ROUNDING
    assert "consistent only within rounding" in o.message


def test_implied_prior_amount(write_case: CaseWriter) -> None:
    path = write_case("销量超过31.67万辆，同比增长364.23%。", """
      - id: s
        quote: 销量超过31.67万辆
        value: 超过31.67万 辆
      - id: g
        quote: 同比增长364.23%
        value: 364.23%
        kind: growth
        current: s
    """)
    report = run_case(path)
    [imp] = report.implied
    assert imp.display == "≈ 6.82万辆"
    assert imp.interval.hi is None and imp.interval.lo is not None
    assert F(68200) < imp.interval.lo < F(68220)


def test_growth_in_multiples(write_case: CaseWriter) -> None:
    path = write_case("今年230亿元，去年100亿元，增长1.3倍。", """
      - id: now
        quote: 今年230亿元
        value: 230亿 元
      - id: before
        quote: 去年100亿元
        value: 100亿 元
      - id: g
        quote: 增长1.3倍
        value: 1.3 倍
        kind: growth
        current: now
        prior: before
    """)
    assert verdicts(run_case(path), "FC201") == [Verdict.PASS]


def test_decline_beyond_100_percent(write_case: CaseWriter) -> None:
    path = write_case("成本下降120%。", """
      - id: d
        quote: 成本下降120%
        value: -120%
        kind: growth
    """)
    assert verdicts(run_case(path), "FC202") == [Verdict.FAIL]


PP_ARTICLE = "增长8.1%，比去年同期提高2.4个百分点，去年同期增长5.9%，高于全国2.3个百分点，全国增长5.8%。"


def test_pp_change_against_stated_prior_fails(write_case: CaseWriter) -> None:
    path = write_case(PP_ARTICLE, """
      - id: rate
        quote: 增长8.1%
        value: 8.1%
        kind: growth
      - id: change
        quote: 提高2.4个百分点
        value: 2.4 pp
        kind: pp-change
        of: rate
        prior: before
      - id: before
        quote: 去年同期增长5.9%
        value: 5.9%
        kind: growth
    """)
    [o] = outcomes(run_case(path), "FC203")
    assert o.verdict is Verdict.FAIL
    assert o.discrepancy == "0.05 pp"


def test_pp_change_implies_earlier_rate(write_case: CaseWriter) -> None:
    path = write_case(PP_ARTICLE, """
      - id: rate
        quote: 增长8.1%
        value: 8.1%
        kind: growth
      - id: change
        quote: 提高2.4个百分点
        value: 2.4 pp
        kind: pp-change
        of: rate
    """)
    [imp] = run_case(path).implied
    assert imp.display == "= 5.7%"
    assert (imp.interval.lo, imp.interval.hi) == (F("5.6"), F("5.8"))


def test_pp_change_recorded_in_percent_is_a_unit_error(write_case: CaseWriter) -> None:
    path = write_case(PP_ARTICLE, """
      - id: rate
        quote: 增长8.1%
        value: 8.1%
        kind: growth
      - id: change
        quote: 提高2.4个百分点
        value: 2.4%
        kind: pp-change
        of: rate
    """)
    [o] = outcomes(run_case(path), "FC403")
    assert o.verdict is Verdict.FAIL and "write it in pp" in o.message


def test_pp_gap_against_stated_rate(write_case: CaseWriter) -> None:
    path = write_case(PP_ARTICLE, """
      - id: rate
        quote: 增长8.1%
        value: 8.1%
        kind: growth
      - id: national
        quote: 全国增长5.8%
        value: 5.8%
        kind: growth
      - id: gap
        quote: 高于全国2.3个百分点
        value: 2.3 pp
        kind: pp-gap
        of: rate
        against: national
    """)
    assert verdicts(run_case(path), "FC204") == [Verdict.PASS]


def test_multiple(write_case: CaseWriter) -> None:
    path = write_case("甲600万元，乙200万元，甲是乙的2倍。", """
      - id: a
        quote: 甲600万元
        value: 600万 元
      - id: b
        quote: 乙200万元
        value: 200万 元
      - id: m
        quote: 甲是乙的2倍
        value: 2 倍
        kind: multiple
        current: a
        prior: b
    """)
    [o] = outcomes(run_case(path), "FC205")
    assert o.verdict is Verdict.FAIL


def test_real_growth_between_nominal_amounts_is_a_warning(write_case: CaseWriter) -> None:
    path = write_case("增加值110亿元，上年100亿元，增长8.1%。", """
      - id: now
        quote: 增加值110亿元
        value: 110亿 元
      - id: before
        quote: 上年100亿元
        value: 100亿 元
      - id: g
        quote: 增长8.1%
        value: 8.1%
        kind: growth
        real: true
        current: now
        prior: before
    """)
    report = run_case(path)
    assert verdicts(report, "FC201") == []
    [o] = outcomes(report, "FC206")
    assert o.severity is Severity.WARNING and o.verdict is Verdict.FAIL
    assert "nominal growth of 10.00%" in o.message


# --- FC3xx shares ---------------------------------------------------------------

SHARE_ARTICLE = "全市1000亿元，其中工业800亿元，某区实现500亿元，占全市的62.5%。"
SHARE_CLAIMS = """
  - id: city
    quote: 全市1000亿元
    value: 1000亿 元
  - id: industry
    quote: 其中工业800亿元
    value: 800亿 元
    part-of: city
  - id: district
    quote: 某区实现500亿元
    value: 500亿 元
  - id: share
    quote: 占全市的62.5%
    value: 62.5%
    kind: share
    part: district
    whole: city
"""


def test_share_fails_and_names_the_base_that_fits(write_case: CaseWriter) -> None:
    [o] = outcomes(run_case(write_case(SHARE_ARTICLE, SHARE_CLAIMS)), "FC301")
    assert o.verdict is Verdict.FAIL
    assert o.arithmetic is not None and o.arithmetic.startswith("500亿元 ÷ 1000亿元 = 50.00%")
    assert o.message.endswith("It would fit as a share of 800亿元 (industry).")


def test_share_passes(write_case: CaseWriter) -> None:
    path = write_case("汽车产量121.42万辆，其中新能源汽车产量39.1万辆，占32.2%。", """
      - id: cars
        quote: 汽车产量121.42万辆
        value: 121.42万 辆
      - id: nev
        quote: 新能源汽车产量39.1万辆
        value: 39.1万 辆
        part-of: cars
      - id: share
        quote: 占32.2%
        value: 32.2%
        kind: share
        part: nev
        whole: cars
    """)
    report = run_case(path)
    [o] = outcomes(report, "FC301")
    assert o.verdict is Verdict.PASS
    assert o.arithmetic == "39.1万辆 ÷ 121.42万辆 = 32.20% (32.16–32.24%)"
    assert verdicts(report, "FC401") == [Verdict.PASS]


def test_whole_of_zero_is_a_finding(write_case: CaseWriter) -> None:
    path = write_case("总数0家，其中5家，占10%。", """
      - id: total
        quote: 总数0家
        value: 0 家
      - id: part
        quote: 其中5家
        value: 5 家
      - id: share
        quote: 占10%
        value: 10%
        kind: share
        part: part
        whole: total
    """)
    [o] = outcomes(run_case(path), "FC301")
    assert o.verdict is Verdict.FAIL and "can be zero" in o.message


def test_share_over_100(write_case: CaseWriter) -> None:
    path = write_case("普及率186.1%。", """
      - id: r
        quote: 普及率186.1%
        value: 186.1%
        kind: rate
    """)
    assert verdicts(run_case(path), "FC302") == [Verdict.FAIL]


def test_structure_sum(write_case: CaseWriter) -> None:
    good = write_case("三次产业结构为7.7:57.5:34.8。", """
      - id: s
        quote: 三次产业结构为7.7:57.5:34.8
        value: "7.7:57.5:34.8"
        kind: structure
    """)
    assert verdicts(run_case(good), "FC303") == [Verdict.PASS]
    bad = write_case("三次产业结构为8.0:55.1:36.0。", """
      - id: s
        quote: 三次产业结构为8.0:55.1:36.0
        value: "8.0:55.1:36.0"
        kind: structure
    """)
    [o] = outcomes(run_case(bad), "FC303")
    assert o.verdict is Verdict.FAIL and o.discrepancy == "0.8 pp"


def _structure_with_shifts(third: str) -> str:
    return f"""
      - id: s
        quote: 结构为8.0:55.1:36.9
        value: "8.0:55.1:36.9"
        kind: structure
        components: [a, b, c]
      - id: a
        quote: 第一产业48.12亿元
        value: 48.12亿 元
      - id: b
        quote: 第二产业330.55亿元
        value: 330.55亿 元
      - id: c
        quote: 第三产业221.33亿元
        value: 221.33亿 元
      - id: s1
        quote: 分别下降0.4
        value: -0.4 pp
        kind: pp-change
        of: s
        component: 1
      - id: s2
        quote: 0.3个百分点
        value: -0.3 pp
        kind: pp-change
        of: s
        component: 2
      - id: s3
        quote: 提高{third}个百分点
        value: {third} pp
        kind: pp-change
        of: s
        component: 3
    """


def test_structure_shifts_and_parts(write_case: CaseWriter) -> None:
    article = ("第一产业48.12亿元，第二产业330.55亿元，第三产业221.33亿元，结构为8.0:55.1:36.9，"
               "一二产比重分别下降0.4和0.3个百分点，三产提高{}个百分点。")
    report = run_case(write_case(article.format("0.7"), _structure_with_shifts("0.7")))
    assert verdicts(report, "FC304") == [Verdict.PASS]
    assert verdicts(report, "FC306") == [Verdict.PASS] * 3
    report = run_case(write_case(article.format("0.9"), _structure_with_shifts("0.9")))
    assert verdicts(report, "FC304") == [Verdict.FAIL]


def test_share_trajectory_is_a_warning(write_case: CaseWriter) -> None:
    path = write_case("工业增长8.1%。其中新兴产业增长13.8%，占比重34.5%，较上年末提高2.3个百分点。", """
      - id: whole
        quote: 工业增长8.1%
        value: 8.1%
        kind: growth
      - id: part
        quote: 新兴产业增长13.8%
        value: 13.8%
        kind: growth
      - id: share
        quote: 占比重34.5%
        value: 34.5%
        kind: share
        part-growth: part
        whole-growth: whole
      - id: change
        quote: 较上年末提高2.3个百分点
        value: 2.3 pp
        kind: pp-change
        of: share
    """)
    [o] = outcomes(run_case(path), "FC305")
    assert o.severity is Severity.WARNING and o.verdict is Verdict.FAIL
    assert o.arithmetic is not None and "= 33.90% (33.76–34.03%)" in o.arithmetic


# --- FC4xx totals ---------------------------------------------------------------


def test_parts_exceed_total(write_case: CaseWriter) -> None:
    path = write_case("在研56个，进入临床60个。", """
      - id: research
        quote: 在研56个
        value: 56 个
      - id: trials
        quote: 进入临床60个
        value: 60 个
        part-of: research
    """)
    [o] = outcomes(run_case(path), "FC401")
    assert o.verdict is Verdict.FAIL and o.discrepancy == "4个"


def test_exhaustive_partition(write_case: CaseWriter) -> None:
    article = "总量600.0亿元，三次产业分别为48.12亿元、330.55亿元、221.33亿元。"
    claims = """
      - id: total
        quote: 总量{}亿元
        value: {} 亿 元
        exhaustive: true
      - id: a
        quote: 48.12亿元
        value: 48.12亿 元
        part-of: total
      - id: b
        quote: 330.55亿元
        value: 330.55亿 元
        part-of: total
      - id: c
        quote: 221.33亿元
        value: 221.33亿 元
        part-of: total
    """
    good = write_case(article, claims.replace("{} 亿", "600.0亿").replace("{}", "600.0"))
    assert verdicts(run_case(good), "FC402") == [Verdict.PASS]
    bad = write_case(article.replace("600.0", "610.0"),
                     claims.replace("{} 亿", "610.0亿").replace("{}", "610.0"))
    assert verdicts(run_case(bad), "FC402") == [Verdict.FAIL]


def test_unit_mismatch_is_a_finding(write_case: CaseWriter) -> None:
    path = write_case("产值829.16亿元，产量39.1万辆。", """
      - id: value
        quote: 产值829.16亿元
        value: 829.16亿 元
      - id: cars
        quote: 产量39.1万辆
        value: 39.1万 辆
        part-of: value
    """)
    [o] = outcomes(run_case(path), "FC403")
    assert o.verdict is Verdict.FAIL
    assert "vehicle" in o.message and "yuan" in o.message


# --- FC5xx labels, spans, time ----------------------------------------------------

LABEL_ARTICLE = "打造“33618”体系，包括3个主导产业集群，3个支柱产业集群，6个特色优势产业以及18个新星产业集群。"


def _label_claims(last: str) -> str:
    return f"""
      - id: label
        quote: 打造“33618”体系
        value: "33618"
        kind: label
        components: [a, b, c, d]
      - id: a
        quote: 3个主导产业集群
        value: 3 个
      - id: b
        quote: 3个支柱产业集群
        value: 3 个
      - id: c
        quote: 6个特色优势产业
        value: 6 个
      - id: d
        quote: {last}个新星产业集群
        value: {last} 个
    """


def test_label_digits(write_case: CaseWriter) -> None:
    assert verdicts(run_case(write_case(LABEL_ARTICLE, _label_claims("18"))), "FC501") == [
        Verdict.PASS]
    bad = write_case(LABEL_ARTICLE.replace("18个", "17个"), _label_claims("17"))
    [o] = outcomes(run_case(bad), "FC501")
    assert o.verdict is Verdict.FAIL
    assert o.message == "The label “33618” does not match its components' counts (3, 3, 6, 17)."


def test_span_count(write_case: CaseWriter) -> None:
    claims = """
      - id: span
        quote: 2014年至2016年
        value: 2014..2016
        kind: span
        count: n
      - id: n
        quote: 连续{n}年
        value: {n} 年
        kind: duration
    """
    good = write_case("2014年至2016年，产量连续3年领跑全国。", claims.replace("{n}", "3"))
    assert verdicts(run_case(good), "FC502") == [Verdict.PASS]
    bad = write_case("2014年至2016年，产量连续4年领跑全国。", claims.replace("{n}", "4"))
    assert verdicts(run_case(bad), "FC502") == [Verdict.FAIL]


def test_time_against_publication(write_case: CaseWriter) -> None:
    path = write_case("到2023年建成30个。今年前11个月增长。1958年生产。2032年生产。", """
      - id: target
        quote: 到2023年
        value: "2023"
        kind: target
      - id: n
        quote: 建成30个
        value: 30 个
      - id: ytd
        quote: 今年前11个月
        value: 11 个月
        kind: duration
      - id: y1
        quote: 1958年生产
        value: "1958"
        kind: year
      - id: y2
        quote: 2032年生产
        value: "2032"
        kind: year
    """)
    report = run_case(path)
    assert verdicts(report, "FC503") == [Verdict.FAIL]
    assert verdicts(report, "FC504") == [Verdict.FAIL]
    assert verdicts(report, "FC505") == [Verdict.PASS, Verdict.FAIL]


def test_waiver_on_a_related_claim_applies(write_case: CaseWriter) -> None:
    path = write_case("今年销量200辆，去年销量100辆，增长50%。", """
      - id: now
        quote: 今年销量200辆
        value: 200 辆
        ignore: {FC201: "the desk confirmed a different base"}
      - id: before
        quote: 去年销量100辆
        value: 100 辆
      - id: g
        quote: 增长50%
        value: 50%
        kind: growth
        current: now
        prior: before
    """)
    report = run_case(path)
    assert verdicts(report, "FC201") == [Verdict.WAIVED]
    assert outcomes(report, "FC105") == []


def test_waiver_of_an_unselected_check_is_not_judged(write_case: CaseWriter) -> None:
    from factcheck.app.runner import check_file
    from factcheck.checks import select_rules

    path = write_case("增长8.1%。", """
      - id: g
        quote: 增长8.1%
        value: 8.1%
        kind: growth
        ignore: {FC301: "not a share"}
    """)
    assert outcomes(check_file(path, select_rules(["FC105"])), "FC105") == []
    [o] = outcomes(check_file(path, select_rules(["FC105", "FC301"])), "FC105")
    assert o.message == "The waiver of FC301 on claim 'g' suppresses nothing; remove it."
