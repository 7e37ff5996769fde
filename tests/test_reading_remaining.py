"""The last classes of misreading of issue 25: mixed forms, ranges, multiples in words.

Sentences are invented, or taken from the dev part of tests/corpus/real (never the held-out
part). Each case gives the exact reading: span, value, interval, unit, qualifier and kind.
"""

from __future__ import annotations

from fractions import Fraction as F

import pytest

from factcheck.extract import Mention, extract
from factcheck.numbers.grammar import NumberError, read_figure


def _one(text: str, span: str) -> Mention:
    found = [m for m in extract(text) if m.text == span]
    assert len(found) == 1, [(m.text, m.kind.value) for m in extract(text)]
    return found[0]


# ------------------------------------------------ mixed forms: later parts with a multiplier

@pytest.mark.parametrize(("text", "span", "value", "lo", "hi", "unit"), [
    # zht-dgbas-labour-2024-01 (dev): printed to the 千, ±500
    ("一、1月就業人數1,158萬7千人,較上(12)月增加4千人或0.03%", "1,158萬7千人",
     11_587_000, 11_586_500, 11_587_500, "人"),
    ("失業人數增加3萬4千人，", "3萬4千人", 34_000, 33_500, 34_500, "人"),
    ("投资2億3千萬元", "2億3千萬元", 230_000_000, 225_000_000, 235_000_000, "元"),
    ("常住人口3万4千5百人", "3万4千5百人", 34_500, 34_450, 34_550, "人"),
    ("常住人口3万4千5人", "3万4千5人", 34_500, 34_450, 34_550, "人"),   # as 13万2
    ("投资3千万元", "3千万元", 30_000_000, 25_000_000, 35_000_000, "元"),  # not 3000 元
    ("1亿2千万3百万元", "1亿2千万3百万元", 123_000_000, 122_500_000, 123_500_000, "元"),
    ("3万4千040人", "3万4千040人", 34_040, 34_040, 34_040, "人"),         # every place: exact
    # the forms read before stay as they were
    ("3万4000人", "3万4000人", 34_000, 34_000, 34_000, "人"),
    ("13万2辆", "13万2辆", 132_000, 131_500, 132_500, "辆"),
    ("1亿2000万元", "1亿2000万元", 120_000_000, 119_995_000, 120_005_000, "元"),
    ("2兆317億元", "2兆317億元", 2_031_700_000_000, 2_031_650_000_000, 2_031_750_000_000, "元"),
])
def test_mixed_forms_are_one_figure(text: str, span: str, value: int, lo: int, hi: int,
                                    unit: str) -> None:
    m = _one(text, span)
    assert (m.value, m.low, m.high, m.unit, m.qualifier.value, m.kind.value) == \
        (F(value), F(lo), F(hi), unit, "exact", "amount")
    r = read_figure(span)  # the same figure as a claims value
    assert (r.value, r.interval.lo, r.interval.hi) == (F(value), F(lo), F(hi))


@pytest.mark.parametrize("bad", ["3万40000", "3万4千40", "3万4千5000", "1万1万", "3千万4亿"])
def test_malformed_mixed_forms_read_as_nothing(bad: str) -> None:
    with pytest.raises(NumberError):
        read_figure(bad)
    assert not [m for m in extract(f"共{bad}人") if m.text.startswith(bad[:2])
                and m.value is not None and m.text != bad[:2]]


def test_a_unit_after_the_thousand_stays_a_unit() -> None:
    m = _one("装机3万5千瓦", "3万5千瓦")  # 3.5万 千瓦, as before
    assert (m.value, m.unit) == (F(35_000), "千瓦")
