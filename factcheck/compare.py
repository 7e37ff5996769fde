"""The verdict rule shared by every arithmetic check.

pass — the printed figures, taken at face value, give the stated figure (to its precision);
pass within rounding — only some reading of the rounded figures does;
fail — no reading does; the discrepancy is the gap between the two intervals.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from factcheck.findings import Verdict
from factcheck.interval import Interval


@dataclass(frozen=True)
class Comparison:
    verdict: Verdict
    stated: Interval
    computed: Interval
    computed_point: Fraction | None
    gap: Fraction  # FAIL: smallest discrepancy; ROUNDING: how far face value misses


def compare(stated: Interval, computed: Interval, computed_point: Fraction | None) -> Comparison:
    if computed_point is not None and stated.contains(computed_point):
        return Comparison(Verdict.PASS, stated, computed, computed_point, Fraction(0))
    if stated.intersects(computed):
        gap = stated.distance_to(computed_point) if computed_point is not None else Fraction(0)
        return Comparison(Verdict.ROUNDING, stated, computed, computed_point, gap)
    return Comparison(Verdict.FAIL, stated, computed, computed_point, stated.distance(computed))
