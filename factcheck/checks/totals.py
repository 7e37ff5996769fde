"""FC4xx — parts against totals, partitions, and units that cannot meet."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.checks.common import base_sum, judged, printed, style_of
from factcheck.checks.context import Context
from factcheck.checks.registry import Result, check
from factcheck.claims.graph import Node
from factcheck.claims.values import Figure
from factcheck.core.i18n import N_, Message
from factcheck.core.interval import Interval, sum_intervals
from factcheck.report.findings import Outcome, Verdict


def parts_of(ctx: Context) -> Iterator[tuple[Node, Figure, list[tuple[Node, Figure]]]]:
    referring = ctx.graph.referring_all("part_of")
    for total in ctx.graph.nodes:
        named = referring.get(total.id)
        if not named or not isinstance(total.value, Figure):
            continue
        parts = [(n, n.value) for n in named if isinstance(n.value, Figure)]
        # in reading order, so the order of records in the claims file changes nothing
        parts.sort(key=lambda p: (p[0].quote_span.start if p[0].quote_span else -1, p[0].id))
        if parts:
            yield total, total.value, parts


@check("FC401", "part-exceeds-total", "Parts (其中) do not exceed their total.",
       discovered=("part-of", "partition"))
def part_exceeds_total(ctx: Context) -> Iterator[Result]:
    """
    What it checks: the claims marked ``part-of`` a total sum to no more than the total
    (其中 …), on intervals; nested counts (56 in research ≥ 24 in trials ≥ 10 in phase III)
    are chains of such parts.

    Why it matters: a part larger than its whole is impossible and usually a swapped or
    mistyped figure.

    Example: 汽车产量121.42万辆，其中新能源汽车39.1万辆 ✓; 其中 139.1万辆 ✗.
    """
    for total, ft, all_parts in parts_of(ctx):
        if ctx.graph.incomparable("part-of", total.id):
            continue  # FC403
        # parts that may overlap are each checked alone; others together
        groups = [[p] for p in all_parts] if total.claim.overlapping else [all_parts]
        for parts in groups:
            yield _parts_within(total, ft, parts)


def _parts_within(total: Node, ft: Figure, parts: list[tuple[Node, Figure]]) -> Outcome:
    """The outcome of FC401 for some parts of a total."""
    ids = (total.id, *(n.id for n, _ in parts))
    parts_iv, parts_pt = base_sum(f for _, f in parts)
    total_iv = ft.base_interval()
    allowed = Interval(None, total_iv.hi, False, total_iv.hi_closed)
    style = style_of(ft.reading, 0)
    names = " + ".join(printed(f.reading) for _, f in parts)
    if ft.base_value() >= parts_pt:
        verdict, gap = Verdict.PASS, None
        msg = Message(N_("The parts ({parts}) do not exceed the total {total}."), parts=names,
                      total=printed(ft.reading))
    elif parts_iv.intersects(allowed):
        verdict, gap = Verdict.ROUNDING, style(parts_pt - ft.base_value())
        msg = Message(N_("The parts ({parts}) exceed the total {total} at face value, but not "
                         "beyond rounding."), parts=names, total=printed(ft.reading))
    else:
        verdict, gap = Verdict.FAIL, style(parts_iv.distance(allowed))
        msg = Message(N_("The parts ({parts}) exceed the total {total} by at least {gap}, "
                         "whatever the rounding."), parts=names, total=printed(ft.reading), gap=gap)
    return Outcome("FC401", verdict, ids, msg,
                   arithmetic=f"{names} = {style(parts_pt)} ≤ {printed(ft.reading)}",
                   discrepancy=gap)


@check("FC402", "partition-sum", "The parts of an exhaustive partition sum to the total.",
       discovered=("partition",))
def partition_sum(ctx: Context) -> Iterator[Result]:
    """
    What it checks: for a total marked ``exhaustive: true``, the parts recorded with
    ``part-of`` sum to it exactly (within rounding of every figure).

    Why it matters: when the three industries are all of GDP, their values must add up.

    Example: 600.0亿 = 48.12 + 330.55 + 221.33 ✓.
    """
    for total, ft, parts in parts_of(ctx):
        if not total.claim.exhaustive or ctx.graph.incomparable("part-of", total.id):
            continue  # (FC403 reports a mismatch)
        style = style_of(ft.reading)
        yield judged(
            "FC402", (total.id, *(n.id for n, _ in parts)), N_("Sum of the parts"),
            printed(ft.reading), ft.base_interval(),
            sum_intervals([f.base_interval() for _, f in parts]),
            sum((f.base_value() for _, f in parts), Fraction(0)), style,
            " + ".join(printed(f.reading) for _, f in parts),
        )
