"""Properties that must hold for every input, checked on generated inputs (hypothesis).

* reading a figure: the interval holds the printed value, every point of it rounds back
  to the print, nothing but NumberError escapes, and no float is ever made;
* checks: scaling every amount keeps every verdict, a figure moved beyond its rounding
  turns a pass into a fail, and the order of the claims changes nothing;
* loading: arbitrary text and YAML give InputError or data, and the CLI exits 0, 1 or 2;
* the indexes used for speed answer exactly as the plain scans they replace.
"""

from __future__ import annotations

import dataclasses
import enum
import math
import random
import tempfile
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcheck.app.cli import app
from factcheck.checks import all_rules
from factcheck.checks.context import Context
from factcheck.claims.graph import QuoteIndex, SpanCover, build_graph, find_occurrences
from factcheck.core.errors import InputError, LineIndex, position_of
from factcheck.core.interval import Interval, _mul_bounded
from factcheck.load.claims import Article, LoadedClaims, validate
from factcheck.load.yaml_nodes import Positions, load_yaml
from factcheck.numbers.grammar import NumberError, read_figure
from factcheck.numbers.reading import Qualifier
from factcheck.report.engine import run_checks
from factcheck.report.findings import Verdict

FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
SCALES = {"": 1, "万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
UNITS = ["", "%", "元", "辆", "吨"]


# -- reading figures ------------------------------------------------------------------

@st.composite
def printed(draw: st.DrawFn) -> tuple[str, int, int, int, str]:
    """A printed figure: text, integer of its digits, decimals, scale and unit."""
    digits = draw(st.integers(0, 10**9))
    decimals = draw(st.integers(0, 4))  # trailing zeros included: 2.0, 1.500
    unit = draw(st.sampled_from(UNITS))
    scale_word = "" if unit == "%" else draw(st.sampled_from(sorted(SCALES)))
    body = str(digits).rjust(decimals + 1, "0")
    text = body if decimals == 0 else f"{body[:-decimals]}.{body[-decimals:]}"
    text = f"{text}{scale_word}{unit}"
    if draw(st.booleans()):
        text = text.translate(FULL_WIDTH)
    return text, digits, decimals, SCALES[scale_word], unit


def _round_half_up(x: Fraction, decimals: int) -> int:
    """x ≥ 0 rounded to ``decimals`` places, as an integer count of the last place."""
    return math.floor(x * 10**decimals + Fraction(1, 2))


def _no_float(obj: Any, seen: set[int] | None = None) -> Iterator[str]:
    """Paths inside ``obj`` that hold a float."""
    seen = set() if seen is None else seen
    if id(obj) in seen or isinstance(obj, (str, bytes, int, Fraction, enum.Enum)) or obj is None:
        return
    seen.add(id(obj))
    if isinstance(obj, float):
        yield repr(obj)
    elif dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        for f in dataclasses.fields(obj):
            for where in _no_float(getattr(obj, f.name), seen):
                yield f"{f.name}.{where}"
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for i, item in enumerate(obj):
            for where in _no_float(item, seen):
                yield f"[{i}].{where}"
    elif isinstance(obj, dict):
        for k, v in obj.items():
            for where in _no_float(v, seen):
                yield f"[{k!r}].{where}"


@pytest.fixture
def floats_forbidden(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any Fraction made from a float, or turned into one, fails the test."""
    original_new = Fraction.__new__

    def new(cls: type[Fraction], numerator: Any = 0, denominator: Any = None,
            **kwargs: Any) -> Fraction:
        if isinstance(numerator, float) or isinstance(denominator, float):
            raise AssertionError(f"Fraction made from a float: {numerator!r}")
        return original_new(cls, numerator, denominator, **kwargs)

    def to_float(self: Fraction) -> float:
        raise AssertionError(f"float({self!r}) on the path from text to verdict")

    monkeypatch.setattr(Fraction, "__new__", new)
    monkeypatch.setattr(Fraction, "__float__", to_float)


@settings(max_examples=300, deadline=None)
@given(printed())
def test_plain_figure_interval_holds_the_print_and_rounds_back(
        case: tuple[str, int, int, int, str]) -> None:
    text, digits, decimals, scale, unit = case
    r = read_figure(text)
    value = Fraction(digits, 10**decimals) * scale
    assert r.value == value
    assert r.interval.contains(r.value)
    assert type(r.value) is Fraction
    assert all(type(b) is Fraction for b in (r.interval.lo, r.interval.hi))
    rounded = unit == "%" or decimals > 0 or scale > 1
    if not rounded:
        assert r.interval.is_point
        return
    assert r.rounded_only and r.interval.lo is not None and r.interval.hi is not None
    # every point inside rounds back to the printed digits; the ends are the ties
    step = Fraction(scale, 10**decimals)
    assert r.interval.width == step
    for t in (Fraction(1, 1000), Fraction(1, 3), Fraction(1, 2), Fraction(998, 1000)):
        x = r.interval.lo + t * step
        assert _round_half_up(x / scale, decimals) == digits
    for end in (r.interval.lo, r.interval.hi):
        assert abs(end - value) == step / 2


QUALIFIED = {
    "约": Qualifier.APPROX, "大约": Qualifier.APPROX, "近": Qualifier.NEARLY,
    "接近": Qualifier.NEARLY, "超过": Qualifier.MORE_THAN, "逾": Qualifier.MORE_THAN,
    "不少于": Qualifier.AT_LEAST, "不超过": Qualifier.AT_MOST,
}


@settings(max_examples=300, deadline=None)
@given(printed(), st.sampled_from(sorted(QUALIFIED)), st.sampled_from(["", "以上", "多", "余"]))
def test_qualified_figures(case: tuple[str, int, int, int, str], word: str, suffix: str) -> None:
    text, digits, decimals, scale, unit = case
    value = Fraction(digits, 10**decimals) * scale
    if suffix:
        # 以上/多/余 follow the figure (before its unit); no prefix qualifier with them
        number = text[: len(text) - len(unit)] if unit else text
        text = number + suffix + unit if suffix != "以上" else text + suffix
        r = read_figure(text)
        if suffix == "以上":
            assert r.qualifier is Qualifier.AT_LEAST and r.interval.hi is None
            assert r.interval.contains(value)
        else:  # N多, N余: (N, N + one unit of the last non-zero place), open at both ends
            assert r.qualifier is Qualifier.MORE_THAN
            assert r.interval.lo == value and not r.interval.lo_closed
            assert r.interval.hi is not None and r.interval.hi > value
        return
    r = read_figure(word + text)
    q, iv = r.qualifier, r.interval
    assert q is QUALIFIED[word]
    assert r.value == value
    rounded = unit == "%" or decimals > 0 or scale > 1
    half = Fraction(scale, 10**decimals) / 2 if rounded else Fraction(0)
    if q is Qualifier.APPROX:  # at least the rounding, either side
        assert iv.lo is not None and iv.hi is not None
        assert iv.lo <= value - half and iv.hi >= value + half and iv.contains(value)
    elif q is Qualifier.NEARLY:  # just below: (value × 0.9, value]
        assert (iv.lo, iv.lo_closed, iv.hi, iv.hi_closed) == (value * Fraction(9, 10), False,
                                                              value, True)
    elif q is Qualifier.MORE_THAN:  # strictly above anything that rounds below the print
        assert (iv.lo, iv.lo_closed, iv.hi) == (value - half, False, None)
        assert iv.contains(value) == rounded
    elif q is Qualifier.AT_LEAST:
        assert (iv.lo, iv.lo_closed, iv.hi) == (value - half, True, None)
    elif q is Qualifier.AT_MOST:
        assert (iv.lo, iv.hi, iv.hi_closed) == (None, value + half, True)


FIGURE_ALPHABET = st.sampled_from(list(
    "0123456789.,%-+ 　０１２３４５６７８９．％万萬亿億千百十零一二两三四五六七八九多余约近超过以上左右"
    "倍个百分点元辆数几级翻番eEinfNaN$¥\x00\u202e\n"))


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(FIGURE_ALPHABET, max_size=30), st.text(max_size=30)))
def test_reading_raises_only_number_error(text: str) -> None:
    try:
        r = read_figure(text)
    except NumberError:
        return
    assert type(r.value) is Fraction
    assert all(b is None or type(b) is Fraction for b in (r.interval.lo, r.interval.hi))


def test_huge_figures_raise_number_error() -> None:
    for text in ("9" * 5000, "1." + "0" * 5000, "一" + "亿" * 600):
        with pytest.raises(NumberError):
            read_figure(text)
    assert read_figure("1" + "0" * 400 + "元").value == 10**400


# -- checks ---------------------------------------------------------------------------

def _fmt(n: int, decimals: int) -> str:
    body = str(n).rjust(decimals + 1, "0")
    return body if decimals == 0 else f"{body[:-decimals]}.{body[-decimals:]}"


def _claim_set(parts: list[int], prior: int, decimals: int, unit: str,
               tweak: dict[str, str] | None = None) -> tuple[list[dict[str, Any]], str]:
    """A consistent claims set: a total, its parts, a prior amount, growth, share, multiple."""
    tweak = tweak or {}
    total = sum(parts)
    growth = Decimal((Fraction(total, prior) - 1) * 100 * 1000 // 1) / 1000
    growth_text = f"{growth.quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"
    share = Fraction(parts[0], total) * 100
    share_text = f"{Decimal(share.numerator) / Decimal(share.denominator):.1f}%"
    multiple = Fraction(total, parts[1])
    multiple_text = f"{Decimal(multiple.numerator) / Decimal(multiple.denominator):.2f}倍"
    amounts = {"total": total, "prior": prior, **{f"p{i}": p for i, p in enumerate(parts)}}
    texts = {k: tweak.get(k, _fmt(v, decimals) + unit) for k, v in amounts.items()}
    claims: list[dict[str, Any]] = [
        {"id": "total", "quote": f"总量{texts['total']}元", "value": texts["total"] + " 元",
         "exhaustive": True},
        *({"id": f"p{i}", "quote": f"第{'甲乙丙丁戊'[i]}项{texts[f'p{i}']}元",
           "value": texts[f"p{i}"] + " 元", "part-of": "total"} for i in range(len(parts))),
        {"id": "prior", "quote": f"上年{texts['prior']}元", "value": texts["prior"] + " 元"},
        {"id": "growth", "quote": f"增长{growth_text}", "value": growth_text, "kind": "growth",
         "current": "total", "prior": "prior"},
        {"id": "share", "quote": f"占比{share_text}", "value": share_text, "kind": "share",
         "part": "p0", "whole": "total"},
        {"id": "multiple", "quote": f"是乙项的{multiple_text}", "value": multiple_text,
         "kind": "multiple", "current": "total", "prior": "p1"},
    ]
    article = "，".join(c["quote"] for c in claims) + "。\n"
    return claims, article


def _verdicts(claims: list[dict[str, Any]], article: str) -> list[tuple[str, str, tuple[str, ...]]]:
    data = {"article": "a.txt", "published": "2024-11-05", "claims": claims}
    loaded = LoadedClaims("c.yaml", validate(data, Positions("c.yaml")), Positions("c.yaml"),
                          Article("a.txt", article))
    graph = build_graph(loaded)
    report = run_checks(graph, all_rules(), Context(graph))
    assert not list(_no_float(report.outcomes)), list(_no_float(report.outcomes))
    return sorted((o.code, o.verdict.value, o.claim_ids) for o in report.outcomes)


amounts = st.lists(st.integers(1000, 99_999), min_size=2, max_size=5)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(amounts, st.integers(50, 95), st.integers(2, 3), st.sampled_from(["万", "亿", ""]),
       st.integers(1, 2))
def test_scaling_every_amount_keeps_every_verdict(parts: list[int], ratio: int, decimals: int,
                                                  unit: str, shift: int) -> None:
    prior = sum(parts) * ratio // 100
    base = _verdicts(*_claim_set(parts, prior, decimals, unit))
    # ×10^shift: the same digits with the decimal point moved, precision scaling with them
    scaled = _verdicts(*_claim_set(parts, prior, decimals - shift, unit))
    assert scaled == base
    # ×10^4: the same digits in the next multiplier
    if unit == "万":
        assert _verdicts(*_claim_set(parts, prior, decimals, "亿")) == base


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(amounts, st.integers(50, 95), st.integers(0, 2), st.data())
def test_a_figure_moved_beyond_its_rounding_fails(parts: list[int], ratio: int, decimals: int,
                                                  data: st.DataObject) -> None:
    prior = sum(parts) * ratio // 100
    before = dict(((c, ids), v) for c, v, ids in _verdicts(*_claim_set(parts, prior, decimals, "")))
    key = ("FC402", ("total", *(f"p{i}" for i in range(len(parts)))))
    assert before[key] == Verdict.PASS.value
    # every figure of the sum may be off by half a unit: move one part further than all that
    i = data.draw(st.integers(0, len(parts) - 1))
    moved = parts[i] + data.draw(st.sampled_from([-1, 1])) * (len(parts) + 2)
    assume(moved > 0)
    tweak = {f"p{i}": _fmt(moved, decimals)}
    after = dict(((c, ids), v) for c, v, ids
                 in _verdicts(*_claim_set(parts, prior, decimals, "", tweak)))
    assert after[key] == Verdict.FAIL.value


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(amounts, st.integers(50, 150), st.randoms(use_true_random=False))
def test_the_order_of_claims_changes_nothing(parts: list[int], ratio: int,
                                             rnd: random.Random) -> None:
    claims, article = _claim_set(parts, sum(parts) * ratio // 100, 2, "亿")
    shuffled = claims[:]
    rnd.shuffle(shuffled)

    def findings(cs: list[dict[str, Any]]) -> list[tuple[str, str, tuple[str, ...]]]:
        # the parts of a total are listed in file order; which claims, not their order, counts
        return sorted((c, v, tuple(sorted(ids))) for c, v, ids in _verdicts(cs, article))

    assert findings(shuffled) == findings(claims)


def test_no_float_from_text_to_verdict(floats_forbidden: None) -> None:
    claims, article = _claim_set([12345, 23456, 34567], 60000, 2, "亿")
    verdicts = _verdicts(claims, article)
    assert verdicts and all(v in ("pass", "pass-within-rounding") for _, v, _ in verdicts)
    with pytest.raises(AssertionError):
        float(Fraction(1, 3))  # the guard is live


# -- loading --------------------------------------------------------------------------

yaml_text = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=8)),
    lambda children: st.one_of(st.lists(children, max_size=4),
                               st.dictionaries(st.text(max_size=6), children, max_size=4)),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=200),
                 st.text(st.sampled_from(list("&*[]{}:-?|>!%@`'\"#,\n\r\t abc1\x07\u2028")),
                         max_size=60)))
def test_arbitrary_text_loads_or_raises_input_error(text: str) -> None:
    try:
        load_yaml(text, "c.yaml")
    except InputError as exc:
        assert "\n" not in str(exc)
        assert str(exc).startswith("c.yaml:")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode),
                 yaml_text.map(lambda d: __import__("yaml").safe_dump(
                     {"article": "a.txt", "published": "2024-11-05", "claims": [d]},
                     allow_unicode=True).encode())))
def test_the_cli_exits_0_1_or_2_on_any_claims_file(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "c.yaml").write_bytes(data)
        Path(tmp, "a.txt").write_text("产值120亿元。\n", encoding="utf-8")
        result = CliRunner().invoke(app, ["run", str(Path(tmp, "c.yaml")), "--format", "text"])
    assert result.exit_code in (0, 1, 2)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    if result.exit_code == 2:
        assert len(result.stderr.splitlines()) == 1


# -- indexes used for speed -----------------------------------------------------------

lines_text = st.text(st.sampled_from(list("ab产\r\n")), max_size=40)


@given(lines_text)
def test_line_index_agrees_with_position_of(text: str) -> None:
    index = LineIndex(text)
    for offset in range(len(text) + 2):
        assert index.position(offset) == position_of(text, offset)


@given(st.text(st.sampled_from(list("aab产")), max_size=60),
       st.lists(st.text(st.sampled_from(list("aab产")), min_size=1, max_size=4), max_size=8))
def test_quote_index_agrees_with_find_occurrences(text: str, quotes: list[str]) -> None:
    index = QuoteIndex(text, quotes)
    for q in quotes:
        assert index.occurrences(q) == find_occurrences(text, q)


class _WalkingQuoteIndex(QuoteIndex):
    SCAN_PER_QUOTE = -1  # the one-pass walk a long text with many quotes takes


@given(st.text(st.sampled_from(list("aab产")), max_size=60),
       st.lists(st.text(st.sampled_from(list("aab产")), min_size=1, max_size=4), max_size=8))
def test_quote_index_walk_agrees_with_find_occurrences(text: str, quotes: list[str]) -> None:
    index = _WalkingQuoteIndex(text, quotes)
    for q in quotes:
        assert index.occurrences(q) == find_occurrences(text, q)


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 20)), max_size=12),
       st.integers(0, 60), st.integers(0, 20))
def test_span_cover_agrees_with_a_scan(spans: list[tuple[int, int]], start: int,
                                       length: int) -> None:
    pairs = [(s, s + n) for s, n in spans]
    end = start + length
    assert SpanCover(pairs).covers(start, end) == any(s <= start and end <= e for s, e in pairs)


bounded_intervals = st.builds(
    lambda a, b, lc, hc: Interval(min(a, b), max(a, b), lc, hc),
    st.fractions(-3, 3, max_denominator=4), st.fractions(-3, 3, max_denominator=4),
    st.booleans(), st.booleans())


_INSIDE = Fraction(1, 10**6)  # how far inside an open end the samples go


def _samples(iv: Interval) -> list[Fraction]:
    """Points of a bounded interval: seven inside, and each end (or just inside it)."""
    assert iv.lo is not None and iv.hi is not None
    lo, hi = iv.lo, iv.hi
    points = [lo + (hi - lo) * k / 8 for k in range(1, 8)]
    points.append(lo if iv.lo_closed else lo + min(_INSIDE, (hi - lo) / 2))
    points.append(hi if iv.hi_closed else hi - min(_INSIDE, (hi - lo) / 2))
    return [p for p in points if iv.contains(p)]


def _holds_exactly_the_products(p: Interval, x: Interval, y: Interval) -> None:
    """``p`` holds every product of a point of ``x`` and a point of ``y``, and no more: its
    closed ends are such products and its open ends are approached by them."""
    products = [a * b for a in _samples(x) for b in _samples(y)]
    assert all(p.contains(v) for v in products), (p, x, y)
    assert p.lo is not None and p.hi is not None
    reach = 7 * _INSIDE  # |a|, |b| <= 3: moving each by _INSIDE moves a product by less
    if p.lo_closed:
        assert p.lo in products
    else:
        assert min(products) - p.lo <= reach
    if p.hi_closed:
        assert p.hi in products
    else:
        assert p.hi - max(products) <= reach


@given(bounded_intervals, bounded_intervals)
def test_the_product_holds_every_product_of_points_and_no_more(x: Interval, y: Interval) -> None:
    if x.is_empty or y.is_empty:
        assert (x * y).is_empty  # no point of one to multiply by a point of the other
        return
    _holds_exactly_the_products(x * y, x, y)
    _holds_exactly_the_products(_mul_bounded(x, y), x, y)


@given(bounded_intervals, st.fractions(-3, 3, max_denominator=4))
def test_scaling_holds_every_scaled_point_and_no_more(x: Interval, k: Fraction) -> None:
    if x.is_empty:
        assert (x * k).is_empty and (x * Interval.point(k)).is_empty
        return
    _holds_exactly_the_products(x * k, x, Interval.point(k))
    _holds_exactly_the_products(x * Interval.point(k), x, Interval.point(k))
