"""Discovery rules that keep to what the text states: named wholes, per-capita figures,
partitions that add up, gaps against an unprinted rate, and labels that are not figures."""

from __future__ import annotations

from factcheck.discover import discover_relations


def _sigs(text: str, language: str = "zh") -> set[tuple[str, ...]]:
    return {r.signature() for r in discover_relations(text, language)}


def test_part_of_the_whole_measured_by_the_same_word() -> None:
    text = ("全市实现农林牧渔业总产值69.93亿元,比上年增长2.5%,增加值37.90亿元,增长2.7%。"
            "其中,农业产值7.09亿元,下降0.6%;渔业产值60.75亿元,增长3.4%。")
    sigs = _sigs(text)
    assert ("part-of", "part=7.09亿元", "total=69.93亿元") in sigs
    assert not any("total=37.90亿元" in s for sig in sigs for s in sig)


def test_parts_that_add_up_are_a_partition() -> None:
    text = ("全区实现社会消费品零售总额440.96亿元,同比增长4.1%。其中,城镇消费品零售额351.65亿元,"
            "增长4.0%;乡村消费品零售额89.31亿元,增长4.8%。")
    assert ("partition", "part=351.65亿元,89.31亿元", "total=440.96亿元") in _sigs(text)


def test_parts_that_fall_short_stay_parts() -> None:
    text = "新登记各类市场主体19.3万户,增长35.2%。其中,新登记注册企业7.4万户,个体工商户11.7万户。"
    kinds = {sig[0] for sig in _sigs(text)}
    assert "partition" not in kinds and "part-of" in kinds


def test_per_capita_figures_are_not_parts() -> None:
    text = ("全区居民人均可支配收入36591元,同比增长4.6%。其中,城镇常住居民人均可支配收入42689元,"
            "同比增长4.4%;农村常住居民人均可支配收入18982元,同比增长5.1%。")
    assert not any(sig[0] in ("part-of", "partition") for sig in _sigs(text))


def test_of_which_after_a_subject_without_figure_has_no_whole_before() -> None:
    text = ("主要肉类产量86.2万吨,下降2.6%。其它主要农副产品产量稳定增加,其中水产品产量69.4万吨、"
            "同比增长3%,蔬菜产量360.5万吨、增长4.1%。")
    assert not any(sig[0] in ("part-of", "partition") for sig in _sigs(text))


def test_gap_against_a_rate_compared_elsewhere_is_not_read() -> None:
    text = ("全省固定资产投资增长8.1%,比全国高1.8个百分点。全省进出口总额160.9亿美元,增长6.9%,"
            "比全国高8.4个百分点,居全国第十位,其中出口88.1亿美元,增长14.8%,比全国高13.4个百分点。")
    for sig in _sigs(text):
        if sig[0] == "pp-gap":
            assert not any(s.startswith("against=") for s in sig), sig


def test_prior_rate_of_last_month_is_not_taken_from_another_paragraph() -> None:
    text = ("宾馆住宿、旅游价格分别上涨13.2%、13.1%,涨幅均有扩大。\n\n"
            "7月份,核心CPI同比上涨0.8%,涨幅比上月扩大0.4个百分点。")
    for sig in _sigs(text):
        if sig[0] == "pp-change":
            assert not any(s.startswith("prior=") for s in sig), sig


def test_ordinals_and_dates_are_not_amounts() -> None:
    text = "今年第1季正成长0.9%,第2季年減1.6%。11月零售業營業額4,459億元,年增1.4%。"
    sigs = _sigs(text)
    assert not any(s in ("current=1", "current=2", "current=11") for sig in sigs for s in sig)


def test_english_quarter_and_date_numbers_are_not_figures() -> None:
    text = ("GDP fell by 0.6% in September 2022. The production sector fell by 1.5% in Quarter 3 "
            "2022, including falls in all 13 sub-sectors of the manufacturing sector.")
    sigs = _sigs(text, "en")
    assert not any(s in ("total=3", "current=3", "current=11") for sig in sigs for s in sig)


def test_taiwan_year_on_year_growth_joins_its_amount() -> None:
    text = "經濟部今天公布10月外銷訂單為693.7億美元，年增25.1%。"
    assert ("growth", "current=693.7億美元", "rate=25.1%") in _sigs(text)


def test_a_band_of_rates_and_a_range_of_months_are_not_growth_pairs() -> None:
    text = "營業額約落在4,353億至4,484億元，年增0.3%至3.3%。統計1至11月營業額為9,720億元，年增3.2%。"
    sigs = _sigs(text)
    assert not any(s.startswith("prior=") for sig in sigs for s in sig)
    assert ("growth", "current=9,720億元", "rate=3.2%") in sigs


def test_a_change_on_the_year_is_not_a_gap() -> None:
    text = "规模以上工业中,高新技术产业增加值增长13.3%、同比加快1.2个百分点。第一产业增长2.8%。"
    assert not any(sig[0] == "pp-gap" for sig in _sigs(text))


def test_a_rate_in_brackets_is_not_the_one_a_change_speaks_of() -> None:
    text = "7月份,居民消费价格同比下降1.8%(上年同月为上涨6.3%),比上月降幅扩大0.1个百分点。"
    for sig in _sigs(text):
        if sig[0] == "pp-change":
            assert "of=1.8%" in sig, sig
