"""Exact interval arithmetic over rationals.

A printed figure stands for every value that rounds to it, so each figure is an
``Interval`` of ``Fraction`` bounds. A bound of ``None`` is unbounded; each bound
knows whether it is included. Nothing here touches binary floats.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

Sign = Literal[-1, 1]


@dataclass(frozen=True, slots=True)
class _Ext:
    """A point of the extended rational line: a Fraction or ±infinity."""

    value: Fraction | None
    inf: int = 0  # -1, 0 or +1

    def __lt__(self, other: _Ext) -> bool:
        if self.inf or other.inf:
            return self.inf < other.inf
        assert self.value is not None and other.value is not None
        return self.value < other.value

    def sign(self) -> int:
        if self.inf:
            return self.inf
        assert self.value is not None
        return (self.value > 0) - (self.value < 0)


def _mul(a: _Ext, b: _Ext) -> _Ext:
    if a.inf or b.inf:
        s = a.sign() * b.sign()
        return _Ext(Fraction(0)) if s == 0 else _Ext(None, s)
    assert a.value is not None and b.value is not None
    return _Ext(a.value * b.value)


@dataclass(frozen=True, slots=True)
class Interval:
    """The set of reals between ``lo`` and ``hi`` (None = unbounded)."""

    lo: Fraction | None
    hi: Fraction | None
    lo_closed: bool = True
    hi_closed: bool = True

    # -- construction -------------------------------------------------
    @classmethod
    def point(cls, value: Fraction | int) -> Interval:
        v = Fraction(value)
        return cls(v, v)

    @classmethod
    def around(cls, value: Fraction, half_width: Fraction) -> Interval:
        return cls(value - half_width, value + half_width)

    @classmethod
    def everything(cls) -> Interval:
        return cls(None, None, False, False)

    @classmethod
    def empty(cls) -> Interval:
        return cls(Fraction(0), Fraction(0), False, False)

    # -- predicates ---------------------------------------------------
    @property
    def is_empty(self) -> bool:
        """No real lies in it: lo above hi, or an open end at lo == hi."""
        lo, hi = self.lo, self.hi
        if lo is None or hi is None:
            return False
        return lo > hi or (lo == hi and not (self.lo_closed and self.hi_closed))

    @property
    def is_point(self) -> bool:
        return self.lo is not None and self.lo == self.hi

    @property
    def bounded(self) -> bool:
        return self.lo is not None and self.hi is not None

    @property
    def width(self) -> Fraction | None:
        if self.lo is None or self.hi is None:
            return None
        return self.hi - self.lo

    def contains(self, x: Fraction | int) -> bool:
        x = Fraction(x)
        if self.lo is not None and (x < self.lo or (x == self.lo and not self.lo_closed)):
            return False
        return not (self.hi is not None and (x > self.hi or (x == self.hi and not self.hi_closed)))

    def contains_zero(self) -> bool:
        return self.contains(0)

    def intersect(self, other: Interval) -> Interval | None:
        lo, lo_closed = self.lo, self.lo_closed
        if other.lo is not None and (
            lo is None or other.lo > lo or (other.lo == lo and not other.lo_closed)
        ):
            lo, lo_closed = other.lo, other.lo_closed
        hi, hi_closed = self.hi, self.hi_closed
        if other.hi is not None and (
            hi is None or other.hi < hi or (other.hi == hi and not other.hi_closed)
        ):
            hi, hi_closed = other.hi, other.hi_closed
        if lo is not None and hi is not None and (lo > hi or (lo == hi and not (lo_closed and hi_closed))):
            return None
        return Interval(lo, hi, lo_closed, hi_closed)

    def intersects(self, other: Interval) -> bool:
        return self.intersect(other) is not None

    def distance(self, other: Interval) -> Fraction:
        """The gap between two intervals; zero when they touch or overlap."""
        if self.hi is not None and other.lo is not None and self.hi < other.lo:
            return other.lo - self.hi
        if other.hi is not None and self.lo is not None and other.hi < self.lo:
            return self.lo - other.hi
        return Fraction(0)

    def distance_to(self, x: Fraction) -> Fraction:
        return self.distance(Interval.point(x))

    def hull(self, other: Interval) -> Interval:
        def pick_lo() -> tuple[Fraction | None, bool]:
            if self.lo is None or other.lo is None:
                return None, False
            if self.lo == other.lo:
                return self.lo, self.lo_closed or other.lo_closed
            return (self.lo, self.lo_closed) if self.lo < other.lo else (other.lo, other.lo_closed)

        def pick_hi() -> tuple[Fraction | None, bool]:
            if self.hi is None or other.hi is None:
                return None, False
            if self.hi == other.hi:
                return self.hi, self.hi_closed or other.hi_closed
            return (self.hi, self.hi_closed) if self.hi > other.hi else (other.hi, other.hi_closed)

        lo, lc = pick_lo()
        hi, hc = pick_hi()
        return Interval(lo, hi, lc, hc)

    # -- arithmetic ---------------------------------------------------
    def __neg__(self) -> Interval:
        if self.is_empty:
            return self
        return Interval(
            None if self.hi is None else -self.hi,
            None if self.lo is None else -self.lo,
            self.hi_closed,
            self.lo_closed,
        )

    def __add__(self, other: Interval | Fraction | int) -> Interval:
        o = _coerce(other)
        if self.is_empty or o.is_empty:
            return Interval.empty()  # nothing plus anything is nothing
        lo = None if self.lo is None or o.lo is None else self.lo + o.lo
        hi = None if self.hi is None or o.hi is None else self.hi + o.hi
        return Interval(lo, hi, self.lo_closed and o.lo_closed, self.hi_closed and o.hi_closed)

    def __radd__(self, other: Fraction | int) -> Interval:
        return self + other

    def __sub__(self, other: Interval | Fraction | int) -> Interval:
        return self + (-_coerce(other))

    def __rsub__(self, other: Fraction | int) -> Interval:
        return _coerce(other) - self

    def __mul__(self, other: Interval | Fraction | int) -> Interval:
        if self.is_empty or (isinstance(other, Interval) and other.is_empty):
            return Interval.empty()
        if other.__class__ is Fraction and self.lo is not None and self.hi is not None:
            # a bounded interval times a number: the [k, k] case below, without building it
            return _scale(self, other)
        o = other if isinstance(other, Interval) else _coerce(other)
        if (self.lo is not None and self.hi is not None
                and o.lo is not None and o.hi is not None):
            if o.lo == o.hi and o.lo_closed and o.hi_closed:
                return _scale(self, o.lo)
            return _mul_bounded(self, o)
        return _mul_corners(self, o)

    def __rmul__(self, other: Fraction | int) -> Interval:
        return self * other

    def reciprocal(self) -> Interval:
        """1/x; the whole line when the interval contains zero (or is empty)."""
        if self.is_empty:
            return Interval.empty()  # the reciprocal of nothing is nothing
        positive = self.lo is not None and (self.lo > 0 or (self.lo == 0 and not self.lo_closed))
        negative = self.hi is not None and (self.hi < 0 or (self.hi == 0 and not self.hi_closed))
        if negative:
            return -((-self).reciprocal())
        if not positive:
            return Interval.everything()
        assert self.lo is not None
        lo = Fraction(0) if self.hi is None else 1 / self.hi
        lo_closed = self.hi is not None and self.hi_closed
        if self.lo == 0:
            return Interval(lo, None, lo_closed, False)
        return Interval(lo, 1 / self.lo, lo_closed, self.lo_closed)

    def __truediv__(self, other: Interval | Fraction | int) -> Interval:
        if self.is_empty or (isinstance(other, Interval) and other.is_empty):
            return Interval.empty()
        if not isinstance(other, Interval) and other != 0 \
                and self.lo is not None and self.hi is not None:
            return _scale(self, 1 / Fraction(other))  # what the reciprocal of [k, k] gives
        if isinstance(other, Interval):
            xlo, xhi, ylo, yhi = self.lo, self.hi, other.lo, other.hi
            if (xlo is not None and xhi is not None and ylo is not None and yhi is not None
                    and 0 < xlo < xhi and 0 < ylo < yhi):
                # both positive and not points: the corner rule of ``self * (1 / other)``
                # has one least corner, xlo / yhi, and one greatest, xhi / ylo (the common
                # case of a ratio of two amounts, worked out without the four products)
                return Interval(xlo / yhi, xhi / ylo, self.lo_closed and other.hi_closed,
                                self.hi_closed and other.lo_closed)
        return self * _coerce(other).reciprocal()

    def __rtruediv__(self, other: Fraction | int) -> Interval:
        return _coerce(other) / self

    def _lo_ext(self) -> _Ext:
        return _Ext(None, -1) if self.lo is None else _Ext(self.lo)

    def _hi_ext(self) -> _Ext:
        return _Ext(None, 1) if self.hi is None else _Ext(self.hi)

    def __repr__(self) -> str:
        lb = "[" if self.lo_closed else "("
        rb = "]" if self.hi_closed else ")"
        lo = "-inf" if self.lo is None else str(self.lo)
        hi = "inf" if self.hi is None else str(self.hi)
        return f"Interval{lb}{lo}, {hi}{rb}"


def _coerce(x: Interval | Fraction | int) -> Interval:
    return x if isinstance(x, Interval) else Interval.point(Fraction(x))


def _mul_corners(x: Interval, y: Interval) -> Interval:
    """``x * y`` for any intervals: the hull of the four corner products."""
    corners: list[tuple[_Ext, bool]] = []
    for a, ac in ((x._lo_ext(), x.lo_closed), (x._hi_ext(), x.hi_closed)):
        for b, bc in ((y._lo_ext(), y.lo_closed), (y._hi_ext(), y.hi_closed)):
            p = _mul(a, b)
            # a zero factor that is included pins the product to an included zero
            closed = (ac and bc) or (p.inf == 0 and p.value == 0 and (
                (a.inf == 0 and a.value == 0 and ac) or (b.inf == 0 and b.value == 0 and bc)
            ))
            corners.append((p, closed))
    return _from_corners(corners)


def _mul_bounded(x: Interval, y: Interval) -> Interval:
    """``x * y`` for bounded intervals: the corner rule of ``__mul__`` on plain Fractions,
    without the extended-line objects (the common case, and the hot one)."""
    xlo, xhi, ylo, yhi = x.lo, x.hi, y.lo, y.hi
    assert xlo is not None and xhi is not None and ylo is not None and yhi is not None
    xlc, xhc, ylc, yhc = x.lo_closed, x.hi_closed, y.lo_closed, y.hi_closed
    lo = hi = xlo * ylo
    lo_c = hi_c = _closed(lo, xlo, xlc, ylo, ylc)
    for a, ac, b, bc in ((xlo, xlc, yhi, yhc), (xhi, xhc, ylo, ylc), (xhi, xhc, yhi, yhc)):
        p = a * b
        c = _closed(p, a, ac, b, bc)
        # the same tie rule as _from_corners: an equal corner adds its closedness
        if p < lo:
            lo, lo_c = p, c
        elif p == lo:
            lo_c = lo_c or c
        if p > hi:
            hi, hi_c = p, c
        elif p == hi:
            hi_c = hi_c or c
    return Interval(lo, hi, lo_c, hi_c)


def _scale(x: Interval, k: Fraction) -> Interval:
    """``x * [k, k]`` for bounded ``x`` (unit factors, ×100): the corner rule worked out,
    two products instead of four."""
    lo, hi, lc, hc = x.lo, x.hi, x.lo_closed, x.hi_closed
    assert lo is not None and hi is not None
    if k == 0:
        return Interval(Fraction(0), Fraction(0))  # an included zero factor
    if lo == hi:  # the corners tie: each end is included if either is
        lc = hc = lc or hc
    if k == 1:
        return x if (lc, hc) == (x.lo_closed, x.hi_closed) else Interval(lo, hi, lc, hc)
    if k > 0:
        return Interval(lo * k, hi * k, lc, hc)
    return Interval(hi * k, lo * k, hc, lc)


def _closed(p: Fraction, a: Fraction, ac: bool, b: Fraction, bc: bool) -> bool:
    # a zero factor that is included pins the product to an included zero
    return (ac and bc) or (p == 0 and ((a == 0 and ac) or (b == 0 and bc)))


def _from_corners(corners: list[tuple[_Ext, bool]]) -> Interval:
    lo_e, lo_c = corners[0]
    hi_e, hi_c = corners[0]
    for e, c in corners[1:]:
        if e < lo_e:
            lo_e, lo_c = e, c
        elif not (lo_e < e) and not (e < lo_e):
            lo_c = lo_c or c
        if hi_e < e:
            hi_e, hi_c = e, c
        elif not (hi_e < e) and not (e < hi_e):
            hi_c = hi_c or c
    lo = None if lo_e.inf else lo_e.value
    hi = None if hi_e.inf else hi_e.value
    return Interval(lo, hi, lo_c and lo is not None, hi_c and hi is not None)


def sum_intervals(items: list[Interval]) -> Interval:
    total = Interval.point(0)
    for item in items:
        total = total + item
    return total
