"""Readings met in real releases (docs/numbers.md, "Forms met in real releases")."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factcheck.claims.values import parse_figure
from factcheck.extract import Kind, extract
from factcheck.numbers.grammar import NumberError, read_figure

# text, value, low, high (in base units; percent in percent)
GRAMMAR = [
    ("七十二點六億美元", "7260000000", "7255000000", "7265000000"),
    ("三点五万吨", "35000", "34500", "35500"),
    ("百分之十四點三", "14.3", "14.25", "14.35"),
    ("百分之零点五", "0.5", "0.45", "0.55"),
    ("百分之六点一", "6.1", "6.05", "6.15"),
    ("三成", "30", "25", "35"),
    ("两成半", "25", "22.5", "27.5"),
    ("二成五", "25", "24.5", "25.5"),
    ("三成三", "33", "32.5", "33.5"),
    ("千分之三", "3", "2.5", "3.5"),  # 3‰, as the rate printed with its sign
    ("2兆317億元", "2031700000000", "2031650000000", "2031750000000"),
    ("3万4000", "34000", "34000", "34000"),
    ("13万2", "132000", "131500", "132500"),
    ("1亿2000万元", "120000000", "119995000", "120005000"),
    ("一千零五十", "1050", "1050", "1050"),
    ("两万零三百", "20300", "20300", "20300"),
    ("6.3万", "63000", "62500", "63500"),
    ("63 thousand", "63000", "62500", "63500"),
]


@pytest.mark.parametrize(("text", "value", "lo", "hi"), GRAMMAR, ids=[g[0] for g in GRAMMAR])
def test_grammar_reads(text: str, value: str, lo: str, hi: str) -> None:
    r = read_figure(text)
    assert (r.value, r.interval.lo, r.interval.hi) == (F(value), F(lo), F(hi))


def test_open_shares() -> None:
    r = read_figure("逾百分之二十")
    assert r.interval.lo == F("19.5") and r.interval.hi is None and not r.interval.lo_closed
    r = read_figure("七成以上")
    assert r.interval.lo == 65 and r.interval.hi is None


@pytest.mark.parametrize("text", ["一千零零万", "一百零", "1,2345元", "1,234,5", "3万40000"])
def test_malformed_numerals_are_refused(text: str) -> None:
    with pytest.raises(NumberError):
        read_figure(text)


def test_si_prefixes_are_units_not_multipliers() -> None:
    assert parse_figure("5 千瓦").base_value() == 5000
    assert parse_figure("3兆瓦").unit.canonical == "megawatt"
    assert parse_figure("120万千瓦").unit.canonical == "ten_thousand_kilowatt"


# text, mention text, value, kind
EXTRACT = [
    ("出口七十二點六億美元", "七十二點六億美元", F(7_260_000_000), Kind.AMOUNT),
    ("增長百分之十四點三", "百分之十四點三", F("14.3"), Kind.PERCENT),
    ("占比逾百分之二十", "逾百分之二十", F(20), Kind.PERCENT),
    ("约占三成", "三成", F(30), Kind.PERCENT),
    ("七成以上企业", "七成以上", F(70), Kind.PERCENT),
    ("仅千分之三", "千分之三", F("3"), Kind.AMOUNT),  # 3‰
    ("總額達2兆317億元", "2兆317億元", F(2_031_700_000_000), Kind.AMOUNT),
    ("人口13万2人", "13万2人", F(132_000), Kind.AMOUNT),
    ("收入1亿2000万元", "1亿2000万元", F(120_000_000), Kind.AMOUNT),
]


@pytest.mark.parametrize(("text", "shown", "value", "kind"), EXTRACT, ids=[e[0] for e in EXTRACT])
def test_extract_reads(text: str, shown: str, value: F, kind: Kind) -> None:
    found = [m for m in extract(text) if m.kind is not Kind.IDENTIFIER]
    assert [(m.text, m.value, m.kind) for m in found] == [(shown, value, kind)]


@pytest.mark.parametrize("text", ["共1,2345元", "达一千零零万元", "人口3万40000人"])
def test_malformed_figures_are_read_as_nothing(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize("text", ["一成员国", "完成了", "成本下降"])
def test_cheng_in_words_is_no_tenth(text: str) -> None:
    assert extract(text) == []


# English press and agency styles: mention text, value, low, high
PRESS = [
    ("revenue of $41.7-billion", "$41.7-billion", "41700000000", "41650000000", "41750000000"),
    ("a $238-million deal", "$238-million", "238000000", "237500000", "238500000"),
    ("sales of €212.4Bn", "€212.4Bn", "212400000000", "212350000000", "212450000000"),
    ("debt of £1.2tn", "£1.2tn", "1200000000000", "1150000000000", "1250000000000"),
    ("a C$3.6 billion loan", "C$3.6 billion", "3600000000", "3550000000", "3650000000"),
    ("raised US$48m", "US$48m", "48000000", "47500000", "48500000"),
    ("some 254 000 people", "some 254 000 people", "254000", "253500", "254500"),
    ("exports 7.18** million", "7.18** million", "7180000", "7175000", "7185000"),
    ("was 3.2(p) per cent", "3.2(p) per cent", "3.2", "3.15", "3.25"),
    ("4.06 million persons", "4.06 million persons", "4060000", "4055000", "4065000"),
    ("GDP grew -2.5%", "-2.5%", "-2.5", "-2.55", "-2.45"),
    ("增长-2.5%", "-2.5%", "-2.5", "-2.55", "-2.45"),
]


@pytest.mark.parametrize(("text", "shown", "value", "lo", "hi"), PRESS, ids=[p[0] for p in PRESS])
def test_press_styles(text: str, shown: str, value: str, lo: str, hi: str) -> None:
    found = [m for m in extract(text) if m.kind is not Kind.IDENTIFIER]
    assert [(m.text, m.value, m.low, m.high) for m in found] == [(shown, F(value), F(lo), F(hi))]


def test_a_dash_of_a_range_is_no_minus() -> None:
    assert [m.kind for m in extract("1-10月")] == [Kind.DATE]
    assert [m.value for m in extract("the 2020-2024 plan")] == [2020, 2024]


@pytest.mark.parametrize("text", ["千分之6.62", "千分之六点六二", "6.62‰"])
def test_a_rate_per_mille_reads_alike_in_every_notation(text: str) -> None:
    (m,) = [m for m in extract(f"出生率为{text}。") if m.kind is not Kind.IDENTIFIER]
    assert (m.value, m.unit, m.canonical, m.kind) == (F("6.62"), "‰", "per_mille", Kind.AMOUNT)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("7千餘億元", F(7 * 10**11), F(8 * 10**11)),
    ("3千多万人", F(3 * 10**7), F(4 * 10**7)),
    ("1万多亿元", F(10**12), F(2 * 10**12)),
    ("40多万人", F(4 * 10**5), F(5 * 10**5)),
    ("3千多人", F(3000), F(4000)),
])
def test_a_large_scale_after_a_small_one_and_its_more_scales_the_figure(
        text: str, low: F, high: F) -> None:
    (m,) = extract(text)
    assert (m.low, m.high, m.qualifier.value) == (low, high, "more_than")


@pytest.mark.parametrize(("text", "shown", "value"), [
    ("夏粮产量2731.9亿斤", "2731.9亿斤", F(273_190_000_000)),
    ("比上年增加94.9亿斤", "94.9亿斤", F(9_490_000_000)),
    ("亩产达到500市斤", "500市斤", F(500)),
])
def test_the_jin_is_a_unit_of_mass(text: str, shown: str, value: F) -> None:
    (m,) = extract(text)
    assert (m.text, m.value, m.canonical) == (shown, value, "jin")


def test_a_mass_in_jin_compares_with_one_in_tonnes() -> None:
    from factcheck.units import resolve

    assert resolve("斤").dimension == resolve("吨").dimension


@pytest.mark.parametrize(("text", "shown", "qualifier"), [
    ("约 38%的企业", "约 38%", "approx"),
    ("超过 5000万元", "超过 5000万元", "more_than"),
    ("近 3成", "近 3成", "nearly"),
    # words that hold a qualifier's character stay words with a space too
    ("出超 52.7亿美元", "52.7亿美元", "exact"),
    ("签约 12个项目", "12个", "exact"),
])
def test_a_qualifier_with_a_space_before_its_digits(text: str, shown: str, qualifier: str) -> None:
    (m,) = [m for m in extract(text) if m.kind is not Kind.IDENTIFIER]
    assert (m.text, m.qualifier.value) == (shown, qualifier)


@pytest.mark.parametrize(("text", "shown", "value"), [
    ("posted a 52.6-percent increase", "52.6-percent", F(263, 5)),
    ("a 3-percent gain", "3-percent", F(3)),
    ("a 25.8-per cent rise", "25.8-per cent", F(129, 5)),
])
def test_a_percent_of_an_adjective_is_a_percent(text: str, shown: str, value: F) -> None:
    (m,) = extract(text)
    assert (m.text, m.value, m.kind) == (shown, value, Kind.PERCENT)
    assert read_figure(shown).unit_kind.value == "percent"


@pytest.mark.parametrize("text", ["a 16-month high", "B-52 bombers"])
def test_other_hyphens_after_digits_are_no_percent(text: str) -> None:
    assert all(m.kind is not Kind.PERCENT for m in extract(text))
