from fractions import Fraction as F

from factcheck.core.interval import Interval


def test_division_of_rounded_figures() -> None:
    part = Interval(F("39.05"), F("39.15"))
    whole = Interval(F("121.415"), F("121.425"))
    share = part / whole * 100
    assert share.lo == F("39.05") / F("121.425") * 100
    assert share.hi == F("39.15") / F("121.415") * 100


def test_open_bounds_survive_arithmetic() -> None:
    more_than = Interval(F(1000), F(2000), False, False)
    total = more_than + Interval.point(5)
    assert (total.lo, total.hi, total.lo_closed, total.hi_closed) == (1005, 2005, False, False)
    assert not total.contains(1005)
    assert total.contains(F(2004))


def test_unbounded_products_and_reciprocals() -> None:
    above = Interval(F(10), None, False, False)
    assert (above * 2).lo == 20 and (above * 2).hi is None
    assert (above * -1).hi == -10 and (above * -1).lo is None
    rec = above.reciprocal()
    assert (rec.lo, rec.hi, rec.lo_closed, rec.hi_closed) == (0, F(1, 10), False, False)


def test_reciprocal_of_interval_through_zero_is_everything() -> None:
    assert Interval(F(-1), F(1)).reciprocal() == Interval.everything()
    assert Interval(F(0), F(1), True).reciprocal() == Interval.everything()


def test_negative_reciprocal() -> None:
    assert Interval(F(-2), F(-1)).reciprocal() == Interval(F(-1), F(-1, 2))


def test_intersection_respects_openness() -> None:
    a = Interval(F(0), F(1), True, False)
    b = Interval(F(1), F(2))
    assert not a.intersects(b)
    assert a.distance(b) == 0
    assert Interval(F(0), F(1)).intersects(b)


def test_distance_is_the_gap() -> None:
    assert Interval(F(0), F(1)).distance(Interval(F(3), F(4))) == 2
    assert Interval(F(3), F(4)).distance(Interval(F(0), F(1))) == 2
    assert Interval(F(0), F(5)).distance(Interval(F(3), F(4))) == 0


def test_hull() -> None:
    h = Interval(F(0), F(1), False, True).hull(Interval(F(2), F(3), True, False))
    assert (h.lo, h.hi, h.lo_closed, h.hi_closed) == (0, 3, False, False)


def test_reciprocal_of_an_empty_interval_does_not_crash() -> None:
    # the reciprocal of nothing is nothing, not the whole line
    assert Interval(F(0), F(0), True, False).reciprocal().is_empty
    assert Interval(F(0), F(0), False, False).reciprocal().is_empty
