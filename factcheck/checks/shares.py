"""FC3xx — shares of a whole, structures and their shifts."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.checks.common import (
    HUNDRED,
    base_sum,
    judged,
    percent_factor,
    printed,
    structure_figures,
    style_of,
)
from factcheck.checks.context import Context
from factcheck.checks.registry import Result, check
from factcheck.claims.graph import Node
from factcheck.claims.kinds import ClaimKind
from factcheck.claims.values import Figure, RatioList
from factcheck.core.i18n import N_, Message
from factcheck.core.interval import Interval, sum_intervals
from factcheck.numbers.display import PERCENT, PP
from factcheck.numbers.reading import UnitKind
from factcheck.report.findings import Implied, Outcome, Severity, Verdict

PERCENT_RANGE = Interval(Fraction(0), HUNDRED)


@check("FC301", "share-arithmetic", "A share equals its part divided by its whole.",
       discovered=("share",))
def share_arithmetic(ctx: Context) -> Iterator[Result]:
    """
    What it checks: for a ``share`` claim with ``part`` and ``whole``, part ÷ whole × 100 =
    the share, on intervals; a part that is a sum of claims is ``parts``, a whole that is
    one is ``whole-of``. When it fails, the article's other amounts of the same
    dimension are tried as the whole, and those that would fit are named. With only the
    part or only the whole recorded, the other is implied.

    Why it matters: a share computed against the wrong base (a sub-total instead of the
    total) is a classic error; naming the base that fits tells the desk where it came from.

    Example: 500亿 占全市的 62.5%, city total 1 000亿 ⇒ 50% ✗; fits 800亿, a sub-total.
    """
    for node in ctx.graph.of_kind(ClaimKind.SHARE):
        share = node.value
        if not isinstance(share, Figure) or share.kind is not UnitKind.PERCENT:
            continue
        part, whole = ctx.figure(node.claim.part), ctx.figure(node.claim.whole)
        if ctx.graph.incomparable("share", node.id):
            continue  # (FC403: the part and the whole cannot meet)
        if node.claim.parts or (part and node.claim.whole_of):
            yield from _share_of_parts(ctx, node, share)
            continue
        if part and whole:
            (npart, fp), (nwhole, fw) = part, whole
            ids = (node.id, npart.id, nwhole.id)
            if fw.base_interval().contains_zero():
                yield Outcome("FC301", Verdict.FAIL, ids,
                              Message(N_("The whole {whole} can be zero; no share of it exists."),
                                      whole=printed(fw.reading)), undetermined=True)
                continue
            outcome = judged(
                "FC301", ids, N_("Share of the whole"), printed(share.reading), share.interval,
                fp.base_interval() / fw.base_interval() * HUNDRED,
                fp.base_value() / fw.base_value() * HUNDRED, PERCENT,
                f"{printed(fp.reading)} ÷ {printed(fw.reading)}",
            )
            if outcome.verdict is Verdict.FAIL:
                fits = _fitting_bases(ctx, node, share, npart, fp, exclude={nwhole.id})
                if fits:
                    outcome = _with_note(outcome, Message(N_(" It would fit as a share of {bases}."),
                                                          bases=fits))
            yield outcome
        elif part:
            npart, fp = part
            s = style_of(fp.reading)
            if share.interval.contains_zero():
                continue
            iv, pt = fp.interval / share.interval * HUNDRED, fp.value / share.value * HUNDRED
            yield Implied((node.id, npart.id), Message(N_("{what} — the whole"),
                                                       what=node.claim.measures or node.id),
                          "≈ " + s.coarser()(pt), s.interval(iv), pt, iv, "FC301")
        elif whole:
            nwhole, fw = whole
            s = style_of(fw.reading)
            iv, pt = fw.interval * share.interval / HUNDRED, fw.value * share.value / HUNDRED
            yield Implied((node.id, nwhole.id), Message(N_("{what} — the part"),
                                                        what=node.claim.measures or node.id),
                          "≈ " + s.coarser()(pt), s.interval(iv), pt, iv, "FC301")


def _share_of_parts(ctx: Context, node: Node, share: Figure) -> Iterator[Result]:
    """A share whose part is a sum of claims (EU + US + ASEAN of exports; four sectors'
    72.4 percent), or whose whole is (unemployed ÷ (employed + unemployed)): of a whole
    recorded (``whole``) or itself a sum (``whole-of``)."""
    c = node.claim
    parts = [got for got in (ctx.figure(i) for i in c.parts or [c.part or ""]) if got is not None]
    whole_members = ([got for got in (ctx.figure(i) for i in c.whole_of) if got is not None]
                     if c.whole_of else [got for got in (ctx.figure(c.whole),) if got is not None])
    if not parts or not whole_members:
        return
    ids = (node.id, *dict.fromkeys([*(n.id for n, _ in parts), *(n.id for n, _ in whole_members)]))
    part_iv, part_pt = base_sum(f for _, f in parts)
    whole_iv, whole_pt = base_sum(f for _, f in whole_members)
    if whole_iv.contains_zero() or whole_pt == 0:
        yield Outcome("FC301", Verdict.FAIL, ids,
                      N_("The whole (a sum) can be zero; no share of it exists.")
                      if len(whole_members) > 1 else N_("The whole can be zero; no share of it exists."),
                      undetermined=True)
        return
    part_text, whole_text = (_sum_text(members) for members in (parts, whole_members))
    yield judged("FC301", ids, N_("Share of the whole"), printed(share.reading), share.interval,
                 _share_interval(parts, whole_members, part_iv, whole_iv),
                 part_pt / whole_pt * HUNDRED, PERCENT, f"{part_text} ÷ {whole_text}")


def _share_interval(parts: list[tuple[Node, Figure]], whole_members: list[tuple[Node, Figure]],
                    part_iv: Interval, whole_iv: Interval) -> Interval:
    """part ÷ whole in percent. When the part's figures are members of the whole (air ÷
    (air + road + sea)), each figure is read once: part ÷ (part + rest) = 1 ÷ (1 + rest ÷
    part), so the part is not at its lowest above and its highest below at once."""
    inside = {n.id for n, _ in whole_members}
    if not all(n.id in inside for n, _ in parts) or part_iv.contains_zero():
        return part_iv / whole_iv * HUNDRED
    own = {n.id for n, _ in parts}
    rest = [f for n, f in whole_members if n.id not in own]
    rest_iv = base_sum(rest)[0] if rest else Interval.point(0)
    return HUNDRED / (rest_iv / part_iv + 1)


def _sum_text(members: list[tuple[Node, Figure]]) -> str:
    """'(a + b)' for a sum of figures, 'a' for one."""
    text = " + ".join(printed(f.reading) for _, f in members)
    return f"({text})" if len(members) > 1 else text


def _with_note(outcome: Outcome, note: str) -> Outcome:
    from dataclasses import replace

    return replace(outcome, message=Message(N_("{message}{note}"), message=Message(outcome.message)
                                            if not isinstance(outcome.message, Message)
                                            else outcome.message, note=note))


def _fitting_bases(ctx: Context, node: Node, share: Figure, npart: Node, fp: Figure,
                   exclude: set[str]) -> str:
    if not ctx.hints:  # a culprit trial: only the verdict counts
        return ""
    names = []
    for other in ctx.graph.nodes:
        if other.id in exclude or other.id == npart.id or not isinstance(other.value, Figure):
            continue
        fo = other.value
        if fo.kind is not UnitKind.AMOUNT or fo.unit.dimension != fp.unit.dimension:
            continue
        if fo.base_interval().contains_zero():
            continue
        ratio = fp.base_interval() / fo.base_interval() * HUNDRED
        if ratio.intersects(share.interval):
            names.append(f"{printed(fo.reading)} ({other.id})")
    return ", ".join(names)


@check("FC302", "share-bounds", "A share or a level rate lies between 0 and 100%.",
       discovered=("share",))
def share_bounds(ctx: Context) -> Iterator[Result]:
    """
    What it checks: ``share`` and ``rate`` claims in % can lie in [0, 100].

    Why it matters: a share above 100% is a misplaced decimal point or a growth rate
    recorded as a share.

    Example: 普及率186.1% fails.
    """
    for node in ctx.graph.of_kind(ClaimKind.SHARE, ClaimKind.RATE):
        fig = node.value
        if not isinstance(fig, Figure) or fig.kind is not UnitKind.PERCENT:
            continue
        if fig.interval.intersects(PERCENT_RANGE):
            yield Outcome("FC302", Verdict.PASS, (node.id,),
                          Message(N_("{share} lies between 0 and 100%."), share=printed(fig.reading)))
        else:
            yield Outcome("FC302", Verdict.FAIL, (node.id,),
                          Message(N_("{share} is not a possible share (0–100%)."),
                                  share=printed(fig.reading)),
                          discrepancy=PERCENT(PERCENT_RANGE.distance(fig.interval)))


@check("FC303", "structure-sum", "The shares of a structure (7.7:57.5:34.8) sum to 100.",
       discovered=("structure",))
def structure_sum(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``structure`` claim lists the shares of a partition (三次产业结构
    7.7:57.5:34.8); they must sum to 100 within the rounding of each share.

    Why it matters: a structure that sums to 99.0 or 101.2 has a mistyped component.

    Example: 7.7:57.5:34.8 = 100.0 ✓; 8.0:55.1:36.0 = 99.1 ✗ (each share may be off by 0.05).
    """
    for node in ctx.graph.of_kind(ClaimKind.STRUCTURE):
        ratios = node.value
        if not isinstance(ratios, RatioList):
            continue
        total = sum_intervals([r.interval for r in ratios.parts])
        point = sum((r.value for r in ratios.parts), Fraction(0))
        yield judged("FC303", (node.id,), N_("Sum of the structure's shares"), "100",
                     Interval.point(HUNDRED), total, point, PERCENT.more(-1),
                     " + ".join(printed(r) for r in ratios.parts))


@check("FC304", "structure-shifts", "The percentage-point shifts of a structure sum to 0.",
       discovered=("structure",))
def structure_shifts(ctx: Context) -> Iterator[Result]:
    """
    What it checks: when every component of a structure has a recorded ``pp-change``
    (``of`` the structure, ``component`` N), the shifts sum to zero within rounding.

    Why it matters: shares of a whole can only move against each other; shifts of −0.4,
    −0.3 and +0.9 pp cannot all be right.

    Example: −0.4, −0.3, +0.7 pp ✓.
    """
    for node in ctx.graph.of_kind(ClaimKind.STRUCTURE):
        ratios = node.value
        if not isinstance(ratios, RatioList):
            continue
        shifts = {n.claim.component: n for n in ctx.graph.referring("of", node.id)
                  if n.claim.component is not None and isinstance(n.value, Figure)}
        if set(shifts) != set(range(1, len(ratios.parts) + 1)):
            continue
        figs = [shifts[i].value for i in sorted(shifts)]
        assert all(isinstance(f, Figure) for f in figs)
        ivs = [f.interval for f in figs if isinstance(f, Figure)]
        pts = [f.value for f in figs if isinstance(f, Figure)]
        yield judged("FC304", (node.id, *(shifts[i].id for i in sorted(shifts))),
                     N_("Sum of the shifts"), "0 pp", Interval.point(0), sum_intervals(ivs),
                     sum(pts, Fraction(0)), PP,
                     " + ".join(printed(f.reading) for f in figs if isinstance(f, Figure)))


@check("FC305", "share-trajectory",
       "A share's change agrees with the growth of its part and of its whole.", Severity.WARNING,
       discovered=("share",))
def share_trajectory(ctx: Context) -> Iterator[Result]:
    """
    What it checks: for a ``share`` claim with ``part-growth`` and ``whole-growth`` and a
    ``pp-change`` of it (or its earlier share in ``prior``), the earlier share × (1 + part
    growth) ÷ (1 + whole growth) should give the share now. The periods of the two
    comparisons often differ (a year-end share against year-on-year growth, real growth
    against nominal shares), so a mismatch is a warning to look at, not an error.

    Why it matters: it catches a share, a growth rate or a pp change that cannot all hold.

    Example: 32.2% at year end, part +13.8%, whole +8.1% ⇒ about 33.9% now, against 34.5%.
    """
    for node in ctx.graph.of_kind(ClaimKind.SHARE):
        share = node.value
        pg, wg = ctx.figure(node.claim.part_growth), ctx.figure(node.claim.whole_growth)
        changes = [n for n in ctx.graph.referring("of", node.id)
                   if n.claim.kind is ClaimKind.PP_CHANGE and isinstance(n.value, Figure)]
        before = ctx.figure(node.claim.prior)
        if not isinstance(share, Figure) or pg is None or wg is None or not (changes or before):
            continue
        (npg, fpg), (nwg, fwg) = pg, wg
        if changes:  # the earlier share from its change in points
            change = changes[0].value
            assert isinstance(change, Figure)
            earlier = share.interval - change.interval
            earlier_pt = share.value - change.value
            via = changes[0].id
            start = f"({printed(share.reading)} − {printed(change.reading)})"
        else:  # the earlier share printed ("down from 31.7%")
            assert before is not None
            nb, fb = before
            earlier, earlier_pt, via, start = fb.interval, fb.value, nb.id, printed(fb.reading)
        fp_iv, fp_pt = percent_factor(fpg)
        fw_iv, fw_pt = percent_factor(fwg)
        outcome = judged(
            "FC305", (node.id, via, npg.id, nwg.id), N_("Share implied by the growth rates"),
            printed(share.reading), share.interval, earlier * fp_iv / fw_iv,
            earlier_pt * fp_pt / fw_pt, PERCENT,
            f"{start} × (1 + {printed(fpg.reading)}) ÷ (1 + {printed(fwg.reading)})",
        )
        if outcome.verdict is Verdict.FAIL:
            outcome = _with_note(outcome, Message(N_(" The share and the growth rates may be on "
                                                     "different bases (period, prices); check with "
                                                     "the source.")))
        from dataclasses import replace

        yield replace(outcome, severity=Severity.WARNING)


@check("FC306", "structure-parts", "A structure's shares match the amounts of its parts.",
       discovered=("structure",))
def structure_parts(ctx: Context) -> Iterator[Result]:
    """
    What it checks: when a ``structure`` claim lists the amounts of its parts in
    ``components``, each share equals part ÷ sum of parts.

    Why it matters: a structure and the amounts it summarises are often printed side by
    side and drift apart when one is revised.

    Example: parts 48.12 + 330.55 + 221.33 = 600.0 ⇒ structure 8.0:55.1:36.9 ✓.
    """
    for node in ctx.graph.of_kind(ClaimKind.STRUCTURE):
        got = structure_figures(ctx, node)
        if got is None:
            continue
        ratios, figs = got
        if len(figs) != len(ratios.parts):
            yield Outcome("FC306", Verdict.FAIL, (node.id,),
                          Message(N_("The structure has {shares} shares but {parts} parts."),
                                  shares=len(ratios.parts), parts=len(figs)))
            continue
        if ctx.graph.incomparable("structure", node.id):
            continue  # (FC403)
        total_iv, total_pt = base_sum(figs)
        if total_iv.contains_zero():
            continue
        for i, (r, f) in enumerate(zip(ratios.parts, figs, strict=True)):
            nid = node.claim.components[i]
            yield judged("FC306", (node.id, nid), Message(N_("Share of part {n}"), n=i + 1), printed(r),
                         r.interval, f.base_interval() / total_iv * HUNDRED,
                         f.base_value() / total_pt * HUNDRED, PERCENT,
                         Message(N_("{part} ÷ (sum of the parts)"), part=printed(f.reading)))
