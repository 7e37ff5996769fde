"""The verdict rule shared by every arithmetic check.

pass — the printed figures, taken at face value, give the stated figure (to its precision);
pass within rounding — only some reading of the rounded figures does;
fail — no reading does; the discrepancy is the gap between the two intervals.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from factcheck.core.i18n import N_, Message
from factcheck.core.interval import Interval
from factcheck.report.findings import Verdict


@dataclass(frozen=True)
class Comparison:
    verdict: Verdict
    stated: Interval
    computed: Interval
    computed_point: Fraction | None
    gap: Fraction  # FAIL: smallest discrepancy; ROUNDING: how far face value misses
    # why the relation cannot be evaluated (then the verdict is FAIL, never a pass)
    undetermined: str | None = None


def undetermined(stated: Interval, computed: Interval) -> str | None:
    """Why a stated and a computed interval cannot be compared, or None when they can."""
    if stated.is_empty:
        return Message(N_("the printed figure stands for no value at all (an empty interval)"))
    if computed.is_empty:
        return Message(N_("the figures it is computed from allow no value at all (an empty "
                          "interval)"))
    return None


def compare(stated: Interval, computed: Interval, computed_point: Fraction | None) -> Comparison:
    reason = undetermined(stated, computed)
    if reason is not None:
        return Comparison(Verdict.FAIL, stated, computed, None, Fraction(0), reason)
    if computed_point is not None and stated.contains(computed_point):
        return Comparison(Verdict.PASS, stated, computed, computed_point, Fraction(0))
    if stated.intersects(computed):
        gap = stated.distance_to(computed_point) if computed_point is not None else Fraction(0)
        return Comparison(Verdict.ROUNDING, stated, computed, computed_point, gap)
    return Comparison(Verdict.FAIL, stated, computed, computed_point, stated.distance(computed))
