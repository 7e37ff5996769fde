"""The number grammar, row by row of docs/numbers.md."""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factcheck.languages.zh.numerals import chinese_to_int
from factcheck.numbers.grammar import NumberError, Tolerances, read_figure
from factcheck.numbers.reading import Qualifier, UnitKind

N = None
E, A, MT, AL, NR, AM, LT = (Qualifier.EXACT, Qualifier.APPROX, Qualifier.MORE_THAN,
                            Qualifier.AT_LEAST, Qualifier.NEARLY, Qualifier.AT_MOST,
                            Qualifier.LESS_THAN)
P, PP, M, AMT = UnitKind.PERCENT, UnitKind.PERCENTAGE_POINT, UnitKind.MULTIPLE, UnitKind.AMOUNT

# text, value, low, high, low closed, high closed, qualifier, unit kind, unit
TABLE = [
    # rounding
    ("8.1%", "8.1", "8.05", "8.15", True, True, E, P, "%"),
    ("121.42万", "1214200", "1214150", "1214250", True, True, E, AMT, None),
    ("2.0%", "2", "1.95", "2.05", True, True, E, P, "%"),
    ("19%", "19", "18.5", "19.5", True, True, E, P, "%"),
    ("3125家", "3125", "3125", "3125", True, True, E, AMT, "家"),
    ("约15万立方米", "150000", "145000", "155000", True, True, A, AMT, "立方米"),
    ("约150", "150", "145", "155", True, True, A, AMT, None),
    # multipliers
    ("2.2万家", "22000", "21500", "22500", True, True, E, AMT, "家"),
    ("31.67万辆", "316700", "316650", "316750", True, True, E, AMT, "辆"),
    ("829.16亿元", "82916000000", "82915500000", "82916500000", True, True, E, AMT, "元"),
    ("1.17万亿元", "1170000000000", "1165000000000", "1175000000000", True, True, E, AMT, "元"),
    ("12.3萬輛", "123000", "122500", "123500", True, True, E, AMT, "辆"),
    ("3.5億元", "350000000", "345000000", "355000000", True, True, E, AMT, "元"),
    ("1.2萬億元", "1200000000000", "1150000000000", "1250000000000", True, True, E, AMT, "元"),
    ("３１．６７万辆", "316700", "316650", "316750", True, True, E, AMT, "辆"),
    ("８．１％", "8.1", "8.05", "8.15", True, True, E, P, "%"),
    ("3万4000", "34000", "34000", "34000", True, True, E, AMT, None),
    ("13万2", "132000", "131500", "132500", True, True, E, AMT, None),  # 13.2万 ±0.05万
    ("1,234,567", "1234567", "1234567", "1234567", True, True, E, AMT, None),
    # Chinese numerals
    ("三", "3", "3", "3", True, True, E, AMT, None),
    ("十二", "12", "12", "12", True, True, E, AMT, None),
    ("两千三百", "2300", "2300", "2300", True, True, E, AMT, None),
    ("一万二千", "12000", "12000", "12000", True, True, E, AMT, None),
    # qualifiers
    ("超过31.67万辆", "316700", "316650", N, False, False, MT, AMT, "辆"),
    ("超过300万套", "3000000", "2995000", N, False, False, MT, AMT, "套"),
    ("逾100亿元", "10000000000", "9950000000", N, False, False, MT, AMT, "元"),
    ("30%以上", "30", "29.5", N, True, False, AL, P, "%"),
    ("至少5家", "5", "5", N, True, False, AL, AMT, "家"),
    ("近8万平方米", "80000", "72000", "80000", False, True, NR, AMT, "平方米"),
    ("将近100人", "100", "90", "100", False, True, NR, AMT, "人"),
    ("不超过50家", "50", N, "50", False, True, AM, AMT, "家"),
    ("不足10个", "10", N, "10", False, False, LT, AMT, "个"),
    ("1000多项", "1000", "1000", "2000", False, False, MT, AMT, "项"),
    ("690多个", "690", "690", "700", False, False, MT, AMT, "个"),
    ("4万余家", "40000", "40000", "50000", False, False, MT, AMT, "家"),
    ("40多万人", "400000", "400000", "500000", False, False, MT, AMT, "人"),
    ("数千台", "2000", "2000", "9999", True, True, A, AMT, "台"),
    ("几千台", "2000", "2000", "9999", True, True, A, AMT, "台"),
    ("万亿级", "1000000000000", "1000000000000", "10000000000000", True, False, AL, AMT, None),
    ("千亿元级", "100000000000", "100000000000", "1000000000000", True, False, AL, AMT, "元"),
    ("超千亿元", "100000000000", "100000000000", N, False, False, MT, AMT, "元"),
    # changes
    ("2.4个百分点", "2.4", "2.35", "2.45", True, True, E, PP, "个百分点"),
    ("2.4個百分點", "2.4", "2.35", "2.45", True, True, E, PP, "个百分点"),
    ("1.3倍", "1.3", "1.25", "1.35", True, True, E, M, "倍"),
    ("翻番", "2", "2", "2", True, True, E, M, "倍"),
    ("翻一番", "2", "2", "2", True, True, E, M, "倍"),
    ("-9.9%", "-9.9", "-9.95", "-9.85", True, True, E, P, "%"),
    # English
    ("about 150", "150", "145", "155", True, True, A, AMT, None),
    ("more than 40,000", "40000", "40000", N, False, False, MT, AMT, None),
    ("nearly 80,000 square metres", "80000", "72000", "80000", False, True, NR, AMT,
     "square metres"),
    ("at least 30%", "30", "29.5", N, True, False, AL, P, "%"),
    ("2.4 percentage points", "2.4", "2.35", "2.45", True, True, E, PP, "percentage points"),
    ("$1.2bn", "1200000000", "1150000000", "1250000000", True, True, E, AMT, "USD"),
    ("8.1 percent", "8.1", "8.05", "8.15", True, True, E, P, "%"),
]


@pytest.mark.parametrize(("text", "value", "lo", "hi", "lc", "hc", "q", "kind", "unit"), TABLE,
                         ids=[row[0] for row in TABLE])
def test_reading(text: str, value: str, lo: str | None, hi: str | None, lc: bool, hc: bool,
                 q: Qualifier, kind: UnitKind, unit: str | None) -> None:
    r = read_figure(text)
    assert r.value == F(value)
    assert r.interval.lo == (None if lo is None else F(lo))
    assert r.interval.hi == (None if hi is None else F(hi))
    if lo is not None:
        assert r.interval.lo_closed is lc
    if hi is not None:
        assert r.interval.hi_closed is hc
    assert r.qualifier is q
    assert r.unit_kind is kind
    assert r.unit == unit


def test_values_are_exact_fractions() -> None:
    r = read_figure("0.1%")
    assert isinstance(r.value, F) and r.value == F(1, 10)
    assert r.interval.lo == F(5, 100) and isinstance(r.interval.lo, F)


def test_trailing_zero_keeps_precision() -> None:
    assert read_figure("2.0%").decimals == 1
    assert read_figure("2.00%").interval.hi == F("2.005")


def test_nearly_tolerance_is_configurable() -> None:
    r = read_figure("近8万平方米", Tolerances(nearly=F(1, 20)))
    assert r.interval.lo == 76000


def test_approx_tolerance_widens_beyond_rounding() -> None:
    r = read_figure("约150", Tolerances(approx=F(1, 10)))
    assert (r.interval.lo, r.interval.hi) == (135, 165)


@pytest.mark.parametrize("text", ["", "万", "abc", "约", "超过多"])
def test_not_a_figure(text: str) -> None:
    with pytest.raises(NumberError):
        read_figure(text)


def test_conflicting_qualifiers_are_an_error() -> None:
    with pytest.raises(NumberError, match="conflicting qualifiers"):
        read_figure("约30%以上")


@pytest.mark.parametrize(("text", "value"), [("九", 9), ("十", 10), ("二十一", 21),
                                             ("一百零五", 105), ("三千万", 30_000_000),
                                             ("二〇二四", 2024), ("一万亿", 10**12)])
def test_chinese_numerals(text: str, value: int) -> None:
    assert chinese_to_int(text) == value


@pytest.mark.parametrize("text", ["十十十", "二三十", "百百", "十百"])
def test_malformed_chinese_numerals(text: str) -> None:
    with pytest.raises(ValueError, match="not a Chinese numeral"):
        chinese_to_int(text)
