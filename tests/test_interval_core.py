"""The interval core: nothing that cannot be evaluated passes; readings are symmetric."""

from __future__ import annotations

from fractions import Fraction as F

import pytest
from conftest import CaseWriter, outcomes, run_case
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.checks.common import visible_gap
from factcheck.checks.compare import compare
from factcheck.core.interval import Interval
from factcheck.numbers.display import PP
from factcheck.numbers.grammar import read_figure
from factcheck.report.findings import Verdict

EMPTY = Interval(F(5), F(5), True, False)


def test_empty_intervals_stay_empty() -> None:
    assert EMPTY.is_empty
    assert (EMPTY * 2).is_empty and (EMPTY + 1).is_empty and (-EMPTY).is_empty
    assert EMPTY.reciprocal().is_empty and (Interval.point(1) / EMPTY).is_empty


def test_an_empty_interval_is_never_a_pass() -> None:
    c = compare(Interval.around(F("8.1"), F("0.05")), EMPTY * 2, None)
    assert c.verdict is Verdict.FAIL and c.undetermined is not None


def test_growth_with_a_prior_of_zero_is_a_finding(write_case: CaseWriter) -> None:
    path = write_case("产量为0吨，今年产量为5吨，增长8.1%。", """
      - {id: p, quote: 产量为0吨, value: 0 吨}
      - {id: c, quote: 今年产量为5吨, value: 5 吨}
      - {id: g, quote: 增长8.1%, value: 8.1%, kind: growth, current: c, prior: p}
    """)
    [o] = outcomes(run_case(path), "FC201")
    assert o.verdict is Verdict.FAIL
    assert "cannot be evaluated" in o.message


def test_nearly_a_negative_figure() -> None:
    assert read_figure("近-10%").interval == Interval(F(-10), F(-9), True, False)


def test_less_than_and_more_than_are_symmetric() -> None:
    above, below = read_figure("超过8.1%").interval, read_figure("不足8.1%").interval
    assert above == Interval(F("8.05"), None, False, False)
    assert below == Interval(None, F("8.15"), False, False)
    assert read_figure("不到8.1%").interval == below  # strictly below, not "nearly"


def test_a_failing_gap_is_never_shown_as_zero() -> None:
    assert visible_gap(PP, F(1, 1000))(F(1, 1000)) == "0.001 pp"
    assert visible_gap(PP, F(3, 10))(F(3, 10)) == "0.30 pp"


bounds = st.fractions(-20, 20, max_denominator=8)


@st.composite
def intervals(draw: st.DrawFn) -> Interval:
    a, b = sorted((draw(bounds), draw(bounds)))
    return Interval(a, b, draw(st.booleans()), draw(st.booleans()))


def _samples(iv: Interval) -> list[F]:
    """Points of ``iv``, found by sampling a grid rather than by the interval rules."""
    grid = [F(n, 16) for n in range(-20 * 16, 20 * 16 + 1, 3)]
    return [x for x in grid if iv.contains(x)]


@settings(deadline=None, max_examples=80)
@given(intervals(), intervals())
def test_sums_and_products_hold_every_sampled_pair(x: Interval, y: Interval) -> None:
    xs, ys = _samples(x)[:6], _samples(y)[:6]
    for a in xs:
        for b in ys:
            assert (x + y).contains(a + b)
            assert (x * y).contains(a * b)
            if b != 0 and not y.contains_zero():
                assert (x / y).contains(a / b)
    if not xs or not ys:
        return
    if x.is_empty or y.is_empty:
        assert (x + y).is_empty and (x * y).is_empty


@pytest.mark.parametrize(("printed", "shown"), [
    ("2.3倍", "2.30倍"), ("2.3 times", "2.30 times"), ("2.3-fold", "2.30-fold"),
    ("3 fold", "3.0 fold")])
def test_a_multiple_is_shown_in_its_own_word(printed: str, shown: str) -> None:
    from factcheck.numbers.display import style_of
    from factcheck.numbers.grammar import read_figure

    reading = read_figure(printed)
    assert style_of(reading)(reading.value) == shown
