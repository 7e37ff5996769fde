"""The relations of statistical prose: each with a passing and a failing case."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CaseWriter, outcomes, run_case

from factcheck.core.errors import InputError
from factcheck.report.engine import FileReport
from factcheck.report.findings import Severity, Verdict


def verdicts(report: FileReport, code: str) -> list[Verdict]:
    return [o.verdict for o in outcomes(report, code)]


def no_failures_but(report: FileReport, *codes: str) -> None:
    """Nothing fails except the codes named (fidelity and coverage included)."""
    bad = [(o.code, o.message) for o in report.outcomes
           if o.verdict is Verdict.FAIL and o.code not in codes]
    assert bad == []


# --- (3) an increase with no rate; a direction -----------------------------------

CHANGE_ARTICLE = "全年进出口总额1200亿元，比上年增加86.3亿元。上年为{prior}亿元。"


def _change(write_case: CaseWriter, prior: str, with_prior: bool = True) -> FileReport:
    extra = f"""
      - id: before
        quote: 上年为{prior}亿元
        value: {prior}亿 元
    """ if with_prior else ""
    path = write_case(CHANGE_ARTICLE.format(prior=prior), f"""
      - id: total
        quote: 进出口总额1200亿元
        value: 1200亿 元
      - id: rise
        quote: 比上年增加86.3亿元
        value: 86.3亿 元
        kind: change
        current: total
        {"prior: before" if with_prior else ""}
    """ + extra)
    return run_case(path)


def test_change_agrees_with_its_amounts(write_case: CaseWriter) -> None:
    report = _change(write_case, "1113.7")
    [o] = outcomes(report, "FC207")
    assert o.verdict is Verdict.PASS
    assert o.arithmetic == "1200亿元 − 1113.7亿元 = 86.30亿元 (85.75–86.85亿元)"
    no_failures_but(report)


def test_change_contradicted_by_its_amounts(write_case: CaseWriter) -> None:
    [o] = outcomes(_change(write_case, "1123.7"), "FC207")
    assert o.verdict is Verdict.FAIL
    assert o.discrepancy == "9.40亿元"


def test_change_implies_the_earlier_amount(write_case: CaseWriter) -> None:
    report = _change(write_case, "1113.7", with_prior=False)
    [imp] = [i for i in report.implied if i.code == "FC207"]
    assert imp.display == "= 1113.7亿元"
    assert imp.description == "total — the earlier amount"


def _direction(write_case: CaseWriter, direction: str, now: str = "6.1") -> FileReport:
    path = write_case(f"失业率为{now}%，低于上月的6.2%。", f"""
      - id: now
        quote: 失业率为{now}%
        value: {now}%
        kind: rate
        prior: before
        direction: {direction}
      - id: before
        quote: 上月的6.2%
        value: 6.2%
        kind: rate
    """)
    return run_case(path)


def test_direction_agrees_with_the_words(write_case: CaseWriter) -> None:
    [o] = outcomes(_direction(write_case, "down"), "FC208")
    assert o.verdict is Verdict.PASS
    assert o.message == "The words say it fell, and the figures agree (6.1% − 6.2% = -0.10 pp)."


def test_direction_contradicting_the_figures_fails(write_case: CaseWriter) -> None:
    [o] = outcomes(_direction(write_case, "up"), "FC208")
    assert o.verdict is Verdict.FAIL
    assert o.discrepancy == "0.00 pp" or o.discrepancy is None or o.discrepancy.endswith("pp")
    assert "The words say it rose, but the figures say otherwise" in o.message


def test_direction_within_rounding(write_case: CaseWriter) -> None:
    [o] = outcomes(_direction(write_case, "down", now="6.2"), "FC208")
    assert o.verdict is Verdict.ROUNDING


# --- (1) contributions to growth and contribution rates --------------------------

CONTRIB_ARTICLE = ("全市生产总值1000亿元，增长5.0%。其中工业300亿元，增长10.0%，"
                   "拉动全市经济增长{pp}个百分点，贡献率为{rate}%；服务业拉动增长2.1个百分点。")


def _contribution(write_case: CaseWriter, pp: str = "2.9", rate: str = "57.3",
                  whole_unit: str = "元") -> FileReport:
    path = write_case(CONTRIB_ARTICLE.format(pp=pp, rate=rate), f"""
      - id: gdp
        quote: 全市生产总值1000亿元
        value: 1000亿 {whole_unit}
      - id: gdp-growth
        quote: 增长5.0%
        value: 5.0%
        kind: growth
        current: gdp
        exhaustive: true
      - id: industry
        quote: 其中工业300亿元
        value: 300亿 元
      - id: industry-growth
        quote: 增长10.0%
        value: 10.0%
        kind: growth
        current: industry
      - id: industry-pull
        quote: 拉动全市经济增长{pp}个百分点
        value: {pp} pp
        kind: contribution
        part: industry
        part-growth: industry-growth
        whole: gdp
        of: gdp-growth
      - id: industry-share-of-growth
        quote: 贡献率为{rate}%
        value: {rate}%
        kind: contribution-rate
        part: industry
        part-growth: industry-growth
        whole: gdp
        of: gdp-growth
        contribution: industry-pull
      - id: services-pull
        quote: 服务业拉动增长2.1个百分点
        value: 2.1 pp
        kind: contribution
        of: gdp-growth
    """)
    return run_case(path)


def test_contribution_passes(write_case: CaseWriter) -> None:
    report = _contribution(write_case)
    total, first = outcomes(report, "FC209")
    assert first.verdict is Verdict.PASS
    assert first.arithmetic is not None and "= 2.86 pp" in first.arithmetic
    assert total.verdict is Verdict.PASS and total.message.startswith("Sum of the contributions")
    no_failures_but(report)


def test_contribution_fails_with_the_smallest_gap(write_case: CaseWriter) -> None:
    report = _contribution(write_case, pp="3.5")
    total, first = outcomes(report, "FC209")
    assert first.verdict is Verdict.FAIL
    assert first.discrepancy is not None and first.discrepancy.endswith(" pp")
    assert total.verdict is Verdict.FAIL  # 3.5 + 2.1 ≠ 5.0


def test_contribution_rate_passes_and_fails(write_case: CaseWriter) -> None:
    ok = outcomes(_contribution(write_case), "FC210")
    assert [o.verdict for o in ok] == [Verdict.PASS, Verdict.PASS]
    bad = outcomes(_contribution(write_case, rate="65.0"), "FC210")
    assert [o.verdict for o in bad] == [Verdict.FAIL, Verdict.FAIL]


def test_contribution_with_a_whole_in_other_units_names_both(write_case: CaseWriter) -> None:
    report = _contribution(write_case, whole_unit="辆")
    [o] = [o for o in outcomes(report, "FC403") if "Contribution: part" in o.message]
    assert o.message == ("Contribution: part and whole: 300亿 元 is in yuan (currency_cny) "
                         "but 1000亿 辆 is in vehicle; they cannot be compared.")


def test_contribution_recorded_in_percent_is_a_unit_finding(write_case: CaseWriter) -> None:
    path = write_case("拉动增长2.9%。", """
      - id: pull
        quote: 拉动增长2.9%
        value: 2.9%
        kind: contribution
    """)
    [o] = outcomes(run_case(path), "FC403")
    assert o.message == ("A contribution to growth is recorded as 2.9%, in percent; "
                         "a contribution is in percentage points (pp).")


# --- (2) a total's growth from its parts ----------------------------------------

RETAIL = ("社会消费品零售总额增长{total}%。其中商品零售6420.50亿元，增长4.2%；"
          "餐饮收入1135.20亿元，增长10.3%。")


def _retail(write_case: CaseWriter, total: str, amounts: bool = True) -> FileReport:
    goods = "\n        current: goods" if amounts else ""
    meals = "\n        current: catering" if amounts else ""
    path = write_case(RETAIL.format(total=total), f"""
      - id: retail-growth
        quote: 零售总额增长{total}%
        value: {total}%
        kind: growth
        from-parts: [goods-growth, catering-growth]
      - id: goods
        quote: 商品零售6420.50亿元
        value: 6420.50亿 元
      - id: goods-growth
        quote: 增长4.2%
        value: 4.2%
        kind: growth{goods}
      - id: catering
        quote: 餐饮收入1135.20亿元
        value: 1135.20亿 元
      - id: catering-growth
        quote: 增长10.3%
        value: 10.3%
        kind: growth{meals}
    """)
    return run_case(path)


def test_total_growth_weighted_by_prior_amounts(write_case: CaseWriter) -> None:
    [o] = outcomes(_retail(write_case, "5.1"), "FC211")
    assert o.verdict is Verdict.PASS
    assert o.message == ("Total's growth from its parts: the figures give 5.07%, consistent "
                         "with the printed 5.1%.")
    [bad] = outcomes(_retail(write_case, "5.5"), "FC211")
    assert bad.verdict is Verdict.FAIL


def test_total_growth_between_its_parts_rates(write_case: CaseWriter) -> None:
    [o] = outcomes(_retail(write_case, "5.5", amounts=False), "FC211")
    assert o.verdict is Verdict.PASS
    [bad] = outcomes(_retail(write_case, "11.3", amounts=False), "FC211")
    assert bad.verdict is Verdict.FAIL
    assert bad.discrepancy == "0.90 pp"  # 11.25 − 10.35
    assert "a total's rate is an average of its parts' rates" in bad.message


# --- (10) average and compound growth -------------------------------------------


def _average(write_case: CaseWriter, avg: str) -> FileReport:
    path = write_case(f"去年增长2.3%，今年增长8.1%，两年平均增长{avg}%。", f"""
      - id: g1
        quote: 去年增长2.3%
        value: 2.3%
        kind: growth
      - id: g2
        quote: 今年增长8.1%
        value: 8.1%
        kind: growth
      - id: avg
        quote: 两年平均增长{avg}%
        value: {avg}%
        kind: growth
        average-of: [g1, g2]
    """)
    return run_case(path)


def test_two_year_average_is_geometric(write_case: CaseWriter) -> None:
    [o] = outcomes(_average(write_case, "5.2"), "FC212")
    assert o.verdict is Verdict.PASS
    assert o.arithmetic is not None and "= 5.16%" in o.arithmetic
    [bad] = outcomes(_average(write_case, "5.5"), "FC212")
    assert bad.verdict is Verdict.FAIL


def test_compound_annual_growth(write_case: CaseWriter) -> None:
    def case(rate: str) -> FileReport:
        return run_case(write_case(f"产值从2019年的100亿元增至2024年的150亿元，年均增长{rate}%。", f"""
          - id: start
            quote: 100亿元
            value: 100亿 元
          - id: end
            quote: 150亿元
            value: 150亿 元
          - id: cagr
            quote: 年均增长{rate}%
            value: {rate}%
            kind: growth
            current: end
            prior: start
            years: 5
            ignore: {{FC201: "a rate per year over five years, not the growth between the amounts"}}
        """))

    assert verdicts(case("8.4"), "FC212") == [Verdict.PASS]
    assert verdicts(case("10.0"), "FC212") == [Verdict.FAIL]


# --- (12) real against nominal ---------------------------------------------------


def test_real_rate_with_an_increase_is_a_warning_not_a_failure(write_case: CaseWriter) -> None:
    path = write_case("增加值106.0亿元，比上年增加6.0亿元，按可比价格计算增长4.1%。", """
      - id: va
        quote: 增加值106.0亿元
        value: 106.0亿 元
      - id: va-rise
        quote: 增加6.0亿元
        value: 6.0亿 元
      - id: va-growth
        quote: 增长4.1%
        value: 4.1%
        kind: growth
        real: true
        current: va
        increase: va-rise
    """)
    report = run_case(path)
    assert verdicts(report, "FC201") == []
    [o] = outcomes(report, "FC206")
    assert o.verdict is Verdict.FAIL and o.severity is Severity.WARNING
    assert o.message.startswith("The amounts give nominal growth of 6.00%")


def test_value_implied_through_a_real_rate_is_indicative(write_case: CaseWriter) -> None:
    path = write_case("增加值106.0亿元，增长4.1%。", """
      - id: va
        quote: 增加值106.0亿元
        value: 106.0亿 元
      - id: va-growth
        quote: 增长4.1%
        value: 4.1%
        kind: growth
        real: true
        current: va
    """)
    [imp] = run_case(path).implied
    assert imp.description == "va — base period (indicative: through a real rate)"


# --- (13) % printed where percentage points are meant -----------------------------


def _points(write_case: CaseWriter, change: str, prior: bool = True) -> FileReport:
    extra = """
      - id: before
        quote: 上月为6.4%
        value: 6.4%
        kind: rate
    """ if prior else ""
    path = write_case(f"失业率下降{change}%至6.1%，上月为6.4%。", f"""
      - id: now
        quote: 至6.1%
        value: 6.1%
        kind: rate
      - id: change
        quote: 下降{change}%
        value: -{change}%
        kind: pp-change
        of: now
        {"prior: before" if prior else ""}
    """ + extra)
    return run_case(path)


def test_percent_where_points_are_meant_is_a_warning_about_the_article(
        write_case: CaseWriter) -> None:
    report = _points(write_case, "0.3")
    [o] = outcomes(report, "FC213")
    assert o.verdict is Verdict.FAIL and o.severity is Severity.WARNING
    assert o.message == (
        "The article prints the change of a rate as -0.3%, but only the percentage-point reading "
        "fits (as percentage points 6.1% − 6.4% = -0.30 pp; as a relative change 6.1% ÷ 6.4% − 1 "
        "= -4.69%): it should say -0.3 percentage points.")
    assert verdicts(report, "FC403") == []
    no_failures_but(report, "FC213")


def test_relative_change_of_a_rate_printed_in_percent_passes(write_case: CaseWriter) -> None:
    assert verdicts(_points(write_case, "4.7"), "FC213") == [Verdict.PASS]


def test_percent_change_of_a_rate_without_the_earlier_rate_gives_both_readings(
        write_case: CaseWriter) -> None:
    [o] = outcomes(_points(write_case, "0.3", prior=False), "FC213")
    assert o.severity is Severity.WARNING
    assert "Read as percentage points, the earlier rate was 6.40%" in o.message
    assert "read as a relative change, 6.12%" in o.message


def test_pp_change_of_a_figure_in_pp_names_what_was_expected(write_case: CaseWriter) -> None:
    path = write_case("提高3.4个百分点，比上年提高0.6个百分点。", """
      - id: gap
        quote: 提高3.4个百分点
        value: 3.4 pp
        kind: pp-change
      - id: change
        quote: 比上年提高0.6个百分点
        value: 0.6 pp
        kind: pp-change
        of: gap
    """)
    [o] = outcomes(run_case(path), "FC403")
    assert o.message == ("Percentage-point change: 3.4 pp should be in percent (the rate that "
                         "changed), but it is in percentage points (beside 0.6 pp in percentage "
                         "points).")


# --- (5) several breakdowns of one total -----------------------------------------

POPULATION = ("年末全国人口140967万人，其中男性72032万人，女性68935万人；"
              "城镇94350万人，乡村{rural}万人。")


def _population(write_case: CaseWriter, rural: str) -> FileReport:
    path = write_case(POPULATION.format(rural=rural), f"""
      - id: pop
        quote: 全国人口140967万人
        value: 140967万 人
        breakdowns:
          by-sex: [male, female]
          by-area: [urban, rural]
      - id: male
        quote: 男性72032万人
        value: 72032万 人
      - id: female
        quote: 女性68935万人
        value: 68935万 人
      - id: urban
        quote: 城镇94350万人
        value: 94350万 人
      - id: rural
        quote: 乡村{rural}万人
        value: {rural}万 人
    """)
    return run_case(path)


def test_each_breakdown_sums_to_the_total(write_case: CaseWriter) -> None:
    report = _population(write_case, "46617")
    assert verdicts(report, "FC404") == [Verdict.PASS, Verdict.PASS]
    no_failures_but(report)


def test_one_breakdown_failing(write_case: CaseWriter) -> None:
    sex, area = outcomes(_population(write_case, "45617"), "FC404")
    assert sex.verdict is Verdict.PASS
    assert area.verdict is Verdict.FAIL
    assert area.message.startswith("Sum of the breakdown 'by-area'")


def test_a_figure_in_two_totals(write_case: CaseWriter) -> None:
    path = write_case("3月全市产值100亿元，其中A行业60亿元、B行业40亿元；A行业一季度产值170亿元，"
                      "1月50亿元、2月60亿元。", """
      - id: march
        quote: 3月全市产值100亿元
        value: 100亿 元
        breakdowns: {by-industry: [a-march, b-march]}
      - id: a-march
        quote: A行业60亿元
        value: 60亿 元
      - id: b-march
        quote: B行业40亿元
        value: 40亿 元
      - id: a-q1
        quote: 一季度产值170亿元
        value: 170亿 元
        breakdowns: {by-month: [a-jan, a-feb, a-march]}
      - id: a-jan
        quote: 1月50亿元
        value: 50亿 元
      - id: a-feb
        quote: 2月60亿元
        value: 60亿 元
    """)
    assert verdicts(run_case(path), "FC404") == [Verdict.PASS, Verdict.PASS]


# --- (4) balances and differences ------------------------------------------------


def _balance(write_case: CaseWriter, word: str, value: str) -> FileReport:
    path = write_case(f"出口2.15万亿元，进口1.63万亿元，贸易{word}5200亿元。", f"""
      - id: exports
        quote: 出口2.15万亿元
        value: 2.15万亿 元
      - id: imports
        quote: 进口1.63万亿元
        value: 1.63万亿 元
      - id: balance
        quote: 贸易{word}5200亿元
        value: {value}亿 元
        kind: difference
        left: exports
        right: imports
    """)
    return run_case(path)


def test_surplus_is_exports_minus_imports(write_case: CaseWriter) -> None:
    report = _balance(write_case, "顺差", "5200")
    assert verdicts(report, "FC405") == [Verdict.PASS]
    no_failures_but(report)


def test_deficit_with_the_wrong_sign_fails(write_case: CaseWriter) -> None:
    report = _balance(write_case, "逆差", "-5200")
    [o] = outcomes(report, "FC405")
    assert o.verdict is Verdict.FAIL
    assert verdicts(report, "FC102") == [Verdict.PASS] * 3  # 逆差 is a word of the negative


def test_balance_in_two_currencies_names_both(write_case: CaseWriter) -> None:
    path = write_case("出口215亿美元，进口163亿元，顺差52亿美元。", """
      - id: exports
        quote: 出口215亿美元
        value: 215亿 美元
      - id: imports
        quote: 进口163亿元
        value: 163亿 元
      - id: balance
        quote: 顺差52亿美元
        value: 52亿 美元
        kind: difference
        left: exports
        right: imports
    """)
    [o] = outcomes(run_case(path), "FC403")
    assert o.message == ("Difference: the two sides: 215亿 美元 is in us_dollar (currency_usd) but "
                         "163亿 元 is in yuan (currency_cny); they cannot be compared.")


def test_natural_growth_rate_in_per_mille(write_case: CaseWriter) -> None:
    def case(growth: str) -> FileReport:
        return run_case(write_case(f"出生率6.39‰，死亡率7.87‰，自然增长率{growth}‰。", f"""
          - id: births
            quote: 出生率6.39‰
            value: 6.39‰
          - id: deaths
            quote: 死亡率7.87‰
            value: 7.87‰
          - id: natural
            quote: 自然增长率{growth}‰
            value: {growth}‰
            kind: difference
            left: births
            right: deaths
        """))

    assert verdicts(case("-1.48"), "FC405") == [Verdict.PASS]
    assert verdicts(case("-1.58"), "FC405") == [Verdict.FAIL]


# --- (9) ratios --------------------------------------------------------------------


def _ratio(write_case: CaseWriter, ratio: str) -> FileReport:
    path = write_case(f"男性72032万人，女性68935万人，性别比为{ratio}。", f"""
      - id: male
        quote: 男性72032万人
        value: 72032万 人
      - id: female
        quote: 女性68935万人
        value: 68935万 人
      - id: sex-ratio
        quote: 性别比为{ratio}
        value: "{ratio}"
        kind: ratio
        left: male
        right: female
    """)
    return run_case(path)


def test_sex_ratio(write_case: CaseWriter) -> None:
    assert verdicts(_ratio(write_case, "104.49:100"), "FC308") == [Verdict.PASS]
    [bad] = outcomes(_ratio(write_case, "105.6:100"), "FC308")
    assert bad.verdict is Verdict.FAIL


# --- (6) shares printed separately ---------------------------------------------------


def _shares(write_case: CaseWriter, third: str) -> FileReport:
    path = write_case(f"三次产业增加值占比分别为7.4%、38.9%、{third}%。", f"""
      - id: s1
        quote: 分别为7.4%
        value: 7.4%
        kind: share
      - id: s2
        quote: 38.9%
        value: 38.9%
        kind: share
      - id: s3
        quote: "{third}%"
        value: {third}%
        kind: share
    """ + """
    relations:
      - kind: shares
        members: [s1, s2, s3]
    """)
    return run_case(path)


def test_shares_sum_to_100(write_case: CaseWriter) -> None:
    assert verdicts(_shares(write_case, "53.7"), "FC307") == [Verdict.PASS]
    [bad] = outcomes(_shares(write_case, "52.7"), "FC307")
    assert bad.verdict is Verdict.FAIL
    assert bad.discrepancy == "0.9 pp"  # 100 − 99.15, shown to the shares' precision


def test_shares_forced_to_100_fail_against_their_amounts(write_case: CaseWriter) -> None:
    # 100.00 ÷ 300.00 = 33.3%, three times; printed 33.4 + 33.3 + 33.3 to force 100.0
    path = write_case("三项各100.00亿元，共300.00亿元，占比分别为33.4%、33.3%、33.3%。", """
      - id: total
        quote: 共300.00亿元
        value: 300.00亿 元
      - id: part
        quote: 三项各100.00亿元
        value: 100.00亿 元
      - id: s1
        quote: 分别为33.4%
        value: 33.4%
        kind: share
        part: part
        whole: total
      - id: s2
        quote: 33.3%、
        value: 33.3%
        kind: share
        part: part
        whole: total
    relations:
      - kind: shares
        members: [s1, s2, s2]
    """)
    report = run_case(path)
    assert verdicts(report, "FC307") == [Verdict.PASS]
    assert verdicts(report, "FC301") == [Verdict.FAIL, Verdict.PASS]


# --- (11) the same quantity stated twice ---------------------------------------------


def _same(write_case: CaseWriter, headline: str) -> FileReport:
    path = write_case(f"上半年营收{headline}万亿元\n上半年实现营业收入18127.40亿元。", f"""
      - id: headline
        quote: 营收{headline}万亿元
        value: {headline}万亿 元
      - id: body
        quote: 营业收入18127.40亿元
        value: 18127.40亿 元
    relations:
      - kind: same
        members: [headline, body]
    """)
    return run_case(path)


def test_same_quantity_in_headline_and_body(write_case: CaseWriter) -> None:
    assert verdicts(_same(write_case, "超1.8"), "FC406") == [Verdict.PASS]
    [bad] = outcomes(_same(write_case, "不到1.7"), "FC406")
    assert bad.verdict is Verdict.FAIL


# --- (7) counts behind an enumeration ------------------------------------------------


def test_count_agrees_with_the_items_listed(write_case: CaseWriter) -> None:
    def case(count: str, n: int) -> FileReport:
        return run_case(write_case(f"重点发展{count}大支柱产业：汽车、电子、装备。", f"""
          - id: pillars
            quote: {count}大支柱产业
            value: "{n}"
            items: [汽车, 电子, 装备]
        """))

    ok = case("三", 3)
    assert verdicts(ok, "FC407") == [Verdict.PASS]
    no_failures_but(ok)
    [bad] = outcomes(case("四", 4), "FC407")
    assert bad.message == "The count 4 does not agree with the 3 items listed (汽车、电子、装备)."


def test_listed_item_missing_from_the_article(write_case: CaseWriter) -> None:
    path = write_case("三大支柱产业：汽车、电子、装备。", """
      - id: pillars
        quote: 三大支柱产业
        value: "3"
        items: [汽车, 电子, 材料]
    """)
    [o] = outcomes(run_case(path), "FC407")
    assert o.message == "The items '材料' listed for 3 are not in the article."


# --- (8) order and rank ----------------------------------------------------------------


def _order(write_case: CaseWriter, second: str) -> FileReport:
    path = write_case(f"Y市2.1万亿元居首，X市{second}元位列第二，Z市1.7万亿元紧随其后。", f"""
      - id: y
        quote: Y市2.1万亿元
        value: 2.1万亿 元
      - id: x
        quote: X市{second}元
        value: {second} 元
      - id: z
        quote: Z市1.7万亿元
        value: 1.7万亿 元
    relations:
      - kind: order
        members: [y, x, z]
    """)
    return run_case(path)


def test_stated_order_holds(write_case: CaseWriter) -> None:
    assert verdicts(_order(write_case, "1.9万亿"), "FC408") == [Verdict.PASS]


def test_rank_broken_by_a_missing_multiplier(write_case: CaseWriter) -> None:
    [o] = outcomes(_order(write_case, "1.9"), "FC408")
    assert o.verdict is Verdict.FAIL
    assert o.message.startswith("Stated order (largest first): 1.7万亿元 (z) exceeds 1.9元 (x)")


# --- bad input ---------------------------------------------------------------------------


def _load_error(write_case: CaseWriter, claims: str) -> str:
    path = write_case("增长8.1%，增长7.0%。", claims)
    with pytest.raises(InputError) as exc:
        run_case(path)
    # the folder of the case, as the message shows it (relative to the working directory
    # when that is near), is not part of what is asserted
    from factcheck.load.paths import display_path

    message = str(exc.value)
    for folder in (str(Path(path).parent), display_path(Path(path).parent)):
        message = message.replace(folder + "/", "")
    return message


def test_relation_with_one_member_is_an_input_error(write_case: CaseWriter) -> None:
    message = _load_error(write_case, """
      - id: a
        quote: 增长8.1%
        value: 8.1%
        kind: share
    relations:
      - kind: shares
        members: [a]
    """)
    assert message.endswith(":10:14: relations[0].members: must list at least 2 items")


def test_breakdown_with_one_member_is_an_input_error(write_case: CaseWriter) -> None:
    message = _load_error(write_case, """
      - id: a
        quote: 增长8.1%
        value: 8.1 亿元
        breakdowns: {by-sex: [b]}
      - id: b
        quote: 增长7.0%
        value: 7.0 亿元
    """)
    assert ":7:24: claims[0].breakdowns.by-sex: must list at least 2 items" in message


def test_key_of_another_kind_is_an_input_error(write_case: CaseWriter) -> None:
    message = _load_error(write_case, """
      - id: a
        quote: 增长8.1%
        value: 8.1%
        kind: share
        left: b
      - id: b
        quote: 增长7.0%
        value: 7.0%
    """)
    assert message.endswith(":8:3: claims[0].left: key 'left' does not apply to a claim of kind "
                            "'share' (only to difference, ratio)")


def test_relation_naming_an_unknown_claim(write_case: CaseWriter) -> None:
    message = _load_error(write_case, """
      - id: a
        quote: 增长8.1%
        value: 8.1%
        kind: share
    relations:
      - kind: same
        members: [a, nowhere]
    """)
    assert message.endswith(":10:18: relation names unknown claim 'nowhere' in 'members'")


def test_a_rate_with_several_breakdowns_into_parts(write_case: CaseWriter) -> None:
    path = write_case("居民消费价格下降1.8%。城市下降1.9%，农村下降1.6%；食品价格下降1.2%，"
                      "非食品价格下降2.1%。", """
      - id: cpi
        quote: 居民消费价格下降1.8%
        value: -1.8%
        kind: growth
        from-parts: {by-area: [urban, rural], by-item: [food, non-food]}
      - {id: urban, quote: 城市下降1.9%, value: -1.9%, kind: growth}
      - {id: rural, quote: 农村下降1.6%, value: -1.6%, kind: growth}
      - {id: food, quote: 食品价格下降1.2%, value: -1.2%, kind: growth}
      - {id: non-food, quote: 非食品价格下降2.1%, value: -2.1%, kind: growth}
    """)
    assert verdicts(run_case(path), "FC211") == [Verdict.PASS, Verdict.PASS]


def test_overlapping_parts_are_each_checked_alone(write_case: CaseWriter) -> None:
    def case(overlapping: str) -> FileReport:
        return run_case(write_case("利润总额100亿元，其中国有控股企业60亿元，股份制企业70亿元。", f"""
          - {{id: total, quote: 利润总额100亿元, value: 100亿 元{overlapping}}}
          - {{id: state, quote: 国有控股企业60亿元, value: 60亿 元, part-of: total}}
          - {{id: joint, quote: 股份制企业70亿元, value: 70亿 元, part-of: total}}
        """))

    assert verdicts(case(""), "FC401") == [Verdict.FAIL]  # 60 + 70 > 100
    assert verdicts(case(", overlapping: true"), "FC401") == [Verdict.PASS, Verdict.PASS]


def test_annualized_rate_compounds_the_quarter(write_case: CaseWriter) -> None:
    def case(annual: str) -> FileReport:
        return run_case(write_case(f"The economy grew at an annualized pace of {annual} per cent; "
                                   "GDP was up by 0.7 per cent during the quarter.", f"""
          - {{id: annual, quote: pace of {annual} per cent, value: {annual}%, kind: growth,
             annualized-from: quarter, periods: 4}}
          - {{id: quarter, quote: up by 0.7 per cent, value: 0.7%, kind: growth}}
        """))

    [ok] = outcomes(case("2.8"), "FC212")
    assert ok.verdict is Verdict.PASS  # 1.007⁴ − 1 = 2.83%, within [2.75, 2.85]
    assert verdicts(case("3.5"), "FC212") == [Verdict.FAIL]


def test_a_mean_rate_lies_between_its_groups(write_case: CaseWriter) -> None:
    def case(overall: str) -> FileReport:
        return run_case(write_case(f"The unemployment rate was {overall} percent: adult women "
                                   "3.5 percent, adult men 3.2 percent, teenagers 12.8 percent.", f"""
          - {{id: all, quote: rate was {overall} percent, value: {overall}%, kind: rate,
             from-parts: [women, men, teens]}}
          - {{id: women, quote: women 3.5 percent, value: 3.5%, kind: rate}}
          - {{id: men, quote: men 3.2 percent, value: 3.2%, kind: rate}}
          - {{id: teens, quote: teenagers 12.8 percent, value: 12.8%, kind: rate}}
        """, published="2000-10-06"))

    assert verdicts(case("3.9"), "FC211") == [Verdict.PASS]
    assert verdicts(case("2.9"), "FC211") == [Verdict.FAIL]


def test_bundled_article_enumeration_is_checked() -> None:
    from conftest import BUNDLED_CLAIMS

    [o] = outcomes(run_case(BUNDLED_CLAIMS), "FC407")
    assert o.verdict is Verdict.PASS
    assert o.claim_ids == ("leading-clusters",)


def test_share_of_a_sum_of_claims(write_case: CaseWriter) -> None:
    def case(rate: str) -> FileReport:
        return run_case(write_case(f"失業率{rate}%。就業人數1154.6萬人，失業人數42.6萬人。", f"""
          - {{id: rate, quote: 失業率{rate}%, value: {rate}%, kind: share, part: unemployed,
             whole-of: [employed, unemployed]}}
          - {{id: employed, quote: 就業人數1154.6萬人, value: 1154.6萬 人}}
          - {{id: unemployed, quote: 失業人數42.6萬人, value: 42.6萬 人}}
        """))

    assert verdicts(case("3.56"), "FC301") == [Verdict.PASS]  # 42.6 ÷ 1197.2 = 3.558%
    assert verdicts(case("3.69"), "FC301") == [Verdict.FAIL]  # 42.6 ÷ 1154.6, the wrong whole


def test_share_of_a_whole_that_holds_the_part_reads_the_part_once(write_case: CaseWriter) -> None:
    """air ÷ (air + road + sea): 1.986 million ÷ 2.4586 million is 80.77–80.78% whatever the
    rounding of 1.986; reading the part at its lowest above and its highest below at once
    gave 80.74–80.81%, and a truncated 80.7% passed within rounding."""
    def case(share: str) -> FileReport:
        return run_case(write_case(
            f"Air 1.986 million, {share} percent of the total; road 435,600; sea 37,000.", f"""
          - {{id: share, quote: {share} percent, value: {share}%, kind: share, part: air,
             whole-of: [air, road, sea]}}
          - {{id: air, quote: Air 1.986 million, value: 1.986 million}}
          - {{id: road, quote: "road 435,600", value: "435,600"}}
          - {{id: sea, quote: "sea 37,000", value: "37,000"}}
        """))

    [o] = outcomes(case("80.7"), "FC301")
    assert o.verdict is Verdict.FAIL
    assert o.claim_ids == ("share", "air", "road", "sea")
    assert "80.77–80.78%" in str(o.message)
    assert verdicts(case("80.8"), "FC301") == [Verdict.PASS]


def test_implied_prior_of_a_growth_comes_from_its_two_amounts(write_case: CaseWriter) -> None:
    """receipts 447 − (−18) and outlays 486 − 140 imply last year's surplus of 119 exactly;
    from the rounded rates (4%) the outlays' prior would be 486 ÷ 1.04 = 467, and the true
    surplus would fail."""
    def case(surplus: str, outlays_rate: str) -> FileReport:
        return run_case(write_case(
            f"Receipts were $447 billion, down $18 billion, or 4%. Outlays were $486 billion, "
            f"up $140 billion, or {outlays_rate}%. A year earlier the surplus was ${surplus} billion.",
            f"""
          - {{id: receipts, quote: Receipts were $447 billion, value: $447 billion}}
          - {{id: receipts-fall, quote: down $18 billion, value: -$18 billion}}
          - {{id: receipts-growth, quote: "or 4%. Outlays", value: -4%, kind: growth,
             current: receipts, increase: receipts-fall}}
          - {{id: outlays, quote: Outlays were $486 billion, value: $486 billion}}
          - {{id: outlays-rise, quote: up $140 billion, value: $140 billion}}
          - {{id: outlays-growth, quote: "or {outlays_rate}%. A year", value: {outlays_rate}%,
             kind: growth, current: outlays, increase: outlays-rise}}
          - {{id: surplus, quote: the surplus was ${surplus} billion, value: ${surplus} billion,
             kind: difference, left: receipts-growth.prior, right: outlays-growth.prior}}
        """, published="2023-02-10"))

    [o] = outcomes(case("119", "40"), "FC405")
    assert o.verdict is Verdict.PASS
    assert o.arithmetic.startswith("≈$465.0 billion − ≈$346.0 billion = $119.0 billion")
    # the printed error in the rate is FC201's to find, and the surplus still holds
    report = case("119", "4")
    assert verdicts(report, "FC405") == [Verdict.PASS]
    assert verdicts(report, "FC201") == [Verdict.PASS, Verdict.FAIL]
    assert verdicts(case("129", "40"), "FC405") == [Verdict.FAIL]


def test_converts_on_a_rate_or_naming_a_rate_is_an_input_error(write_case: CaseWriter) -> None:
    on_a_rate = _load_error(write_case, """
      - id: a
        quote: 增长8.1%
        value: 8.1%
        kind: growth
        converts: b
      - id: b
        quote: 增长7.0%
        value: 7.0 亿元
    """)
    assert on_a_rate.endswith(":8:3: claims[0].converts: key 'converts' does not apply to a claim "
                              "of kind 'growth' (only to amount)")
    naming_a_rate = _load_error(write_case, """
      - id: a
        quote: 增长8.1%
        value: 8.1 亿美元
        converts: b
      - id: b
        quote: 增长7.0%
        value: 7.0%
        kind: growth
    """)
    assert naming_a_rate == ("claims.yaml:7:13: 'converts' names 'b', a claim of kind 'growth'; "
                             "it must name a claim of kind amount")


def test_a_side_written_twice_is_an_input_error(write_case: CaseWriter) -> None:
    message = _load_error(write_case, """
      - id: a
        quote: 增长8.1%
        value: 8.1 亿元
        kind: difference
        left: b
        left-of: [b, c]
      - id: b
        quote: 增长7.0%
        value: 7.0 亿元
      - id: c
        quote: 增长7.0%
        value: 7.0 亿元
    """)
    assert message == ("claims.yaml:9:3: claims[0].left-of: 'left-of' and 'left' both write one "
                       "side; give one claim in 'left' or the claims it sums in 'left-of'")


def test_a_difference_relation_of_two_members_is_an_input_error(write_case: CaseWriter) -> None:
    message = _load_error(write_case, """
      - id: a
        quote: 增长8.1%
        value: 8.1 亿元
      - id: b
        quote: 增长7.0%
        value: 7.0 亿元
    relations:
      - kind: difference
        members: [a, b]
    """)
    assert message == ("claims.yaml:11:5: relations[0]: a relation of kind 'difference' has three "
                       "members (the difference, the amount subtracted from, the amount "
                       "subtracted), not 2")


def test_a_gap_within_rounding_is_never_shown_as_nought(write_case: CaseWriter) -> None:
    """7.39 points above the forecast, 相當於多出91.6億美元: the extra amount over last year's
    exports (1,694 ÷ 1.365) gives 7.38 at face, 0.004 pp outside the printed 7.39 — not
    '0.00 pp outside'. The 7.39 is also a pp gap (one figure in two roles)."""
    article = "第3季商品出口達1,694億美元，年增36.5%，比原預測高出7.39個百分點，相當於多出91.6億美元。"
    path = write_case(article, """
      - {id: exports, quote: "商品出口達1,694億美元", value: "1,694億 美元"}
      - {id: growth, quote: 年增36.5%, value: 36.5%, kind: growth, current: exports}
      - {id: above, quote: 比原預測高出7.39個百分點, value: 7.39 pp, kind: pp-gap, of: growth}
      - {id: extra, quote: 多出91.6億美元, value: 91.6億 美元}
      - {id: above-amount, quote: 比原預測高出7.39個百分點, value: 7.39 pp, kind: contribution,
         increase: extra, whole: exports, of: growth}
    """)
    [o] = outcomes(run_case(path), "FC209")
    assert o.verdict is Verdict.ROUNDING
    assert o.message == ("Contribution to growth: consistent only within rounding — at face value "
                         "the figures give 7.38 pp, 0.004 pp outside the printed 7.39 pp.")


def test_growth_from_an_increase_reads_the_increase_once(write_case: CaseWriter) -> None:
    """Fell 8億 (7.5–8.5) to 22億 (21.5–22.5): the rate I ÷ (C − I) is at most 8.5 ÷ 30 =
    28.33%, since a larger fall also makes a larger base; reading the fall at its largest above
    and its smallest below at once allowed 29.3%, and a printed 28.4% passed within rounding."""
    def case(rate: str) -> FileReport:
        return run_case(write_case(f"出口貨值下跌8億港元，下跌{rate}%，至22億港元。", f"""
          - {{id: fall, quote: 下跌8億港元, value: -8億 港元}}
          - {{id: growth, quote: 下跌{rate}%, value: -{rate}%, kind: growth, current: level,
             increase: fall}}
          - {{id: level, quote: 至22億港元, value: 22億 港元}}
        """))

    [o] = outcomes(case("28.4"), "FC201")
    assert o.verdict is Verdict.FAIL
    assert "the figures allow -28.33–-25.00%" in o.message
    assert verdicts(case("26.7"), "FC201") == [Verdict.PASS]


def test_a_mean_relation_of_two_members_is_an_input_error(write_case: CaseWriter) -> None:
    message = _load_error(write_case, """
      - id: a
        quote: 增长8.1%
        value: 8.1 亿元
      - id: b
        quote: 增长7.0%
        value: 7.0 亿元
    relations:
      - kind: mean
        members: [a, b]
    """)
    assert message == ("claims.yaml:11:5: relations[0]: a relation of kind 'mean' has the whole's "
                       "figure and at least two groups' figures, not 2 members")
