"""FC2xx — changes without a rate, stated directions, contributions to growth, a total's
growth from its parts, average growth, and a change of a rate printed in percent."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

from factcheck.checks.common import HUNDRED, from_parts_groups, judged, percent_factor, printed, style_of
from factcheck.checks.context import Context
from factcheck.checks.registry import Result, check
from factcheck.claims.graph import Node
from factcheck.claims.kinds import ClaimKind
from factcheck.claims.model import Direction
from factcheck.claims.values import Figure
from factcheck.core.i18n import N_, Message
from factcheck.core.interval import Interval, sum_intervals
from factcheck.numbers.display import PERCENT, PP
from factcheck.numbers.reading import UnitKind
from factcheck.report.findings import Implied, Number, Outcome, Severity, Verdict

_POSITIVE = Interval(Fraction(0), None, False, False)
_NEGATIVE = Interval(None, Fraction(0), False, False)
_ZERO = Interval.point(0)


def printed_in_percent(ctx: Context, node: Node) -> bool:
    """Whether the quote prints the claim's figure in % (not in percentage points)."""
    from factcheck.claims.quotes import same_figure
    from factcheck.extract.figures import printed_figures

    fig = node.value
    assert isinstance(fig, Figure)
    return any(same_figure(m.reading, fig.reading) and m.reading.unit_kind is UnitKind.PERCENT
               for m in printed_figures(node.claim.quote, ctx.tolerances))


def grouped(text: str) -> str:
    """An operand in parentheses when it is itself a computation: a ÷ (b ÷ (1 + g)), never
    a ÷ b ÷ (1 + g), which reads as something else."""
    depth, top = 0, False
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and ch in "+−×÷" and 0 < i < len(text) - 1 and text[i - 1] == " ":
            top = True
    return f"({text})" if top else text


def _is_rate(fig: Figure) -> bool:
    return fig.kind in (UnitKind.PERCENT, UnitKind.MULTIPLE)


@check("FC207", "change-arithmetic", "An increase or decrease agrees with the amounts before and after.",
       discovered=("change",))
def change_arithmetic(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``change`` claim (an absolute increase or decrease, printed without a
    rate) equals ``current`` − ``prior``; a decrease is recorded as a negative amount. With
    only one of the two amounts recorded, the other is implied and shown.

    Why it matters: "jumped £2.4bn to £17.6bn" and 比上年增加86.3亿元 state the earlier
    amount without printing it; a change that its own amounts contradict is a wrong number.

    Example: 2.6 million, down 145,000 from 2.76 million ⇒ 2.6m − 2.76m = −160,000 ✗.
    """
    for node in ctx.graph.of_kind(ClaimKind.CHANGE):
        ch = node.value
        if not isinstance(ch, Figure):
            continue
        if ctx.graph.incomparable("change", node.id):
            continue  # (FC403: the change and its amounts cannot meet)
        cur, pri = ctx.figure(node.claim.current), ctx.figure(node.claim.prior)
        s = style_of(ch.reading)
        if cur and pri:
            (nc, fc), (np_, fp) = cur, pri
            yield judged("FC207", (node.id, nc.id, np_.id), N_("Change between the two amounts"),
                         printed(ch.reading), ch.base_interval(),
                         fc.base_interval() - fp.base_interval(),
                         fc.base_value() - fp.base_value(), s,
                         f"{printed(fc.reading)} − {printed(fp.reading)}")
        elif cur:
            nc, fc = cur
            st = style_of(fc.reading)
            iv, pt = fc.interval - ch.base_interval() / fc.unit.factor, \
                fc.value - ch.base_value() / fc.unit.factor
            yield Implied((node.id, nc.id), Message(N_("{what} — the earlier amount"),
                                                   what=nc.claim.measures or nc.id),
                          "= " + st(pt), st.interval(iv), pt, iv, "FC207")
        elif pri:
            np_, fp = pri
            st = style_of(fp.reading)
            iv, pt = fp.interval + ch.base_interval() / fp.unit.factor, \
                fp.value + ch.base_value() / fp.unit.factor
            yield Implied((node.id, np_.id), Message(N_("{what} — the later amount"),
                                                    what=np_.claim.measures or np_.id),
                          "= " + st(pt), st.interval(iv), pt, iv, "FC207")


_WORDS = {Direction.UP: N_("rose"), Direction.DOWN: N_("fell"),
          Direction.UNCHANGED: N_("was unchanged")}
_SIGNS = {Direction.UP: _POSITIVE, Direction.DOWN: _NEGATIVE, Direction.UNCHANGED: _ZERO}


@check("FC208", "stated-direction", "The direction the words state agrees with the figures.",
       discovered=("from-to",))
def stated_direction(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a claim with ``direction`` (up, down, unchanged): for an amount, a rate
    or a share with its earlier value in ``prior`` ("6.1%, down from 6.2%"), and for a growth
    rate with the growth rate before it in ``prior-rate`` ("growth slowed to 6.3% from
    7.1%", 增速回落, "the fall deepened" 跌幅加剧 from −3% to −5%), the figure now against
    the earlier one; for a change, a growth rate or a contribution without it, the sign of
    its own figure.

    Why it matters: "rose to 5.9% from 6.2%" or 增长 with a negative figure: the words and
    the numbers say opposite things, and one of them is wrong.

    Example: 6.4%, "down from 6.2%" ⇒ 6.4% − 6.2% = +0.2 pp, not a fall ✗.
    """
    for node in ctx.graph.nodes:
        direction = node.claim.direction
        fig = node.value
        if direction is None or not isinstance(fig, Figure):
            continue
        want = _SIGNS[direction]
        kind = node.claim.kind
        if kind in (ClaimKind.AMOUNT, ClaimKind.RATE, ClaimKind.SHARE) or (
                kind is ClaimKind.GROWTH and node.claim.prior_rate is not None):
            # a growth rate's earlier value is its prior-rate (its prior is an amount)
            before = ctx.figure(node.claim.prior_rate if kind is ClaimKind.GROWTH
                                else node.claim.prior)
            if before is None:
                continue
            nb, fb = before
            ids: tuple[str, ...] = (node.id, nb.id)
            if ctx.graph.incomparable("direction", node.id):
                continue  # (FC403)
            # in the unit the figure is printed in: 38.0 cents − 40.7 cents = -2.7 cents, not
            # the -0.03 its base (dollars) would show under the word cents
            diff = (fig.base_interval() - fb.base_interval()) / fig.unit.factor
            point = (fig.base_value() - fb.base_value()) / fig.unit.factor
            st = PP if fig.kind is UnitKind.PERCENT else style_of(fig.reading)
            arithmetic = f"{printed(fig.reading)} − {printed(fb.reading)} = {st(point)}"
        else:
            ids = (node.id,)
            diff, point = fig.interval, fig.value
            st = style_of(fig.reading, 0)
            arithmetic = f"{printed(fig.reading)}"
        word = Message(_WORDS[direction])
        if want.contains(point):
            yield Outcome("FC208", Verdict.PASS, ids,
                          Message(N_("The words say it {word}, and the figures agree "
                                     "({arithmetic})."), word=word, arithmetic=arithmetic),
                          arithmetic=arithmetic)
        elif diff.intersects(want):
            yield Outcome("FC208", Verdict.ROUNDING, ids,
                          Message(N_("The words say it {word}; at face value the figures do not "
                                     "({arithmetic}), but within rounding they may."),
                                  word=word, arithmetic=arithmetic),
                          arithmetic=arithmetic, discrepancy=st(want.distance_to(point)))
        else:
            gap = diff.distance(want)
            yield Outcome("FC208", Verdict.FAIL, ids,
                          Message(N_("The words say it {word}, but the figures say otherwise "
                                     "({arithmetic}), whatever the rounding."),
                                  word=word, arithmetic=arithmetic),
                          arithmetic=arithmetic, discrepancy=st(gap) if gap else None)


Worked = tuple[Interval, Fraction, str, Figure]


def _recorded_or_grown(ctx: Context, recorded: str | None, amount: str | None,
                       rate: str | None) -> tuple[Worked | None, tuple[Figure, Figure] | None]:
    """A figure recorded for a role, in base units with its text; else the amount and the
    growth rate it is computed from (None when either is missing or the rate is no rate)."""
    got = ctx.figure(recorded)
    if got is not None:
        _, f = got
        return (f.base_interval(), f.base_value(), printed(f.reading), f), None
    a, g = ctx.figure(amount), ctx.figure(rate)
    if a is None or g is None or not _is_rate(g[1]):
        return None, None
    return None, (a[1], g[1])


def delta_of(ctx: Context, node: Node) -> Worked | None:
    """The part's absolute change: recorded (``increase``), or from its amount now and its
    growth rate (P × g ÷ (1 + g))."""
    c = node.claim
    worked, source = _recorded_or_grown(ctx, c.increase, c.part, c.part_growth)
    if source is None:
        return worked
    fp, fg = source
    factor, factor_pt = percent_factor(fg)
    if factor.contains_zero():
        return None
    iv = fp.base_interval() * (1 - factor.reciprocal())
    pt = fp.base_value() * (1 - 1 / factor_pt)
    return iv, pt, f"{printed(fp.reading)} × {printed(fg.reading)} ÷ (1 + {printed(fg.reading)})", fp


def whole_before(ctx: Context, node: Node) -> Worked | None:
    """The whole a period earlier: recorded (``prior``), or its amount now over 1 + its
    growth rate (``whole`` and ``of``)."""
    c = node.claim
    worked, source = _recorded_or_grown(ctx, c.prior, c.whole, c.of)
    if source is None:
        return worked
    fw, fg = source
    factor, factor_pt = percent_factor(fg)
    return (fw.base_interval() / factor, fw.base_value() / factor_pt,
            f"{printed(fw.reading)} ÷ (1 + {printed(fg.reading)})", fw)


def whole_delta(ctx: Context, node: Node) -> tuple[Interval, Fraction, str, Figure] | None:
    """The whole's absolute change, from its amount now and before, or now and its rate."""
    c = node.claim
    whole, before, growth = ctx.figure(c.whole), ctx.figure(c.prior), ctx.figure(c.of)
    if whole is None:
        return None
    _, fw = whole
    if before is not None:
        _, fb = before
        return (fw.base_interval() - fb.base_interval(), fw.base_value() - fb.base_value(),
                f"({printed(fw.reading)} − {printed(fb.reading)})", fw)
    if growth is None or not _is_rate(growth[1]):
        return None
    _, fg = growth
    factor, factor_pt = percent_factor(fg)
    if factor.contains_zero():
        return None
    return (fw.base_interval() * (1 - factor.reciprocal()), fw.base_value() * (1 - 1 / factor_pt),
            f"{printed(fw.reading)} × {printed(fg.reading)} ÷ (1 + {printed(fg.reading)})", fw)


def contribution_members(ctx: Context, node: Node) -> list[Node]:
    c = node.claim
    return [n for n in (ctx.graph.get(x) for x in (c.increase, c.part, c.part_growth, c.whole,
                                                     c.prior, c.of)) if n is not None]


@check("FC209", "contribution-arithmetic",
       "A contribution to growth (拉动…个百分点) agrees with the part's change and the whole.",
       discovered=("contribution",))
def contribution_arithmetic(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``contribution`` claim in percentage points equals the part's change
    ÷ the whole a period earlier × 100. The part's change is its ``increase``, or its
    amount now (``part``) and its growth (``part-growth``); the whole before is ``prior``,
    or its amount now (``whole``) and its growth (``of``). When the growth rate ``of`` is
    marked ``exhaustive: true``, the contributions of its parts sum to it.

    Why it matters: a 拉动 figure is not a change of any rate; only the part's change and
    the whole's earlier size give it, and it is often misprinted as the part's own growth.

    Example: whole 1000 now, up 5.0%; part 300 now, up 10.0% ⇒ 27.27 ÷ 952.38 = 2.86 pp;
    "拉动增长2.9个百分点" ✓, 3.5 ✗.
    """
    for node in ctx.graph.of_kind(ClaimKind.CONTRIBUTION):
        if not real_rates(ctx, node.claim.part_growth, node.claim.of):  # (else FC214)
            yield from _contribution(ctx, node, "FC209")
    yield from _contributions_sum(ctx)


def _contribution(ctx: Context, node: Node, code: str) -> Iterator[Outcome]:
    """A contribution against its part's change and the whole before."""
    fig = node.value
    if not isinstance(fig, Figure):
        return
    if ctx.graph.incomparable("contribution", node.id):
        return  # (FC403: not in pp, or its part and whole cannot meet)
    delta, before = delta_of(ctx, node), whole_before(ctx, node)
    if delta is None or before is None:
        return
    ids = (node.id, *(n.id for n in contribution_members(ctx, node)))
    if before[0].contains_zero():
        yield Outcome(code, Verdict.FAIL, ids,
                      N_("The whole before the change can be zero; no contribution follows."),
                      undetermined=True)
        return
    yield judged(code, ids, N_("Contribution to growth"), printed(fig.reading), fig.interval,
                 delta[0] / before[0] * HUNDRED, delta[1] / before[1] * HUNDRED, PP,
                 f"{delta[2]} ÷ {grouped(before[2])}")


def _contribution_rate(ctx: Context, node: Node, code: str) -> Iterator[Outcome]:
    """A contribution rate against its part's change and the whole's change."""
    fig = node.value
    if not isinstance(fig, Figure) or ctx.graph.incomparable("contribution-rate", node.id):
        return  # (FC403: not in percent)
    delta, whole = delta_of(ctx, node), whole_delta(ctx, node)
    ids = (node.id, *(n.id for n in contribution_members(ctx, node)))
    if delta is None or whole is None \
            or ctx.graph.incomparable("contribution-rate-parts", node.id):
        return
    if whole[0].contains_zero():
        yield Outcome(code, Verdict.FAIL, ids,
                      N_("The whole's change can be zero; no contribution rate follows."), undetermined=True)
        return
    yield judged(code, ids, N_("Contribution rate"), printed(fig.reading), fig.interval,
                 delta[0] / whole[0] * HUNDRED, delta[1] / whole[1] * HUNDRED,
                 PERCENT, f"{delta[2]} ÷ {grouped(whole[2])}")


def _contributions_sum(ctx: Context) -> Iterator[Result]:
    referring = ctx.graph.referring_all("of")
    for node in ctx.graph.of_kind(ClaimKind.GROWTH):
        g = node.value
        if not node.claim.exhaustive or not isinstance(g, Figure) or g.kind is not UnitKind.PERCENT:
            continue
        parts = [n for n in referring.get(node.id, ())
                 if n.claim.kind is ClaimKind.CONTRIBUTION and isinstance(n.value, Figure)
                 and n.value.kind is UnitKind.PERCENTAGE_POINT]
        if len(parts) < 2:
            continue
        figs = [n.value for n in parts if isinstance(n.value, Figure)]
        yield judged("FC209", (node.id, *(n.id for n in parts)), N_("Sum of the contributions"),
                     printed(g.reading), g.interval, sum_intervals([f.interval for f in figs]),
                     sum((f.value for f in figs), Fraction(0)), PERCENT,
                     " + ".join(printed(f.reading) for f in figs))


@check("FC210", "contribution-rate-arithmetic",
       "A contribution rate (贡献率) agrees with the part's and the whole's changes.",
       discovered=("contribution-rate",))
def contribution_rate(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``contribution-rate`` claim in % equals the part's change ÷ the
    whole's change × 100 (the part's change from ``increase`` or ``part`` and
    ``part-growth``; the whole's from ``whole`` with ``prior`` or with its growth ``of``).
    With ``contribution`` (the part's contribution in pp) and ``of`` (the whole's growth),
    rate × growth ÷ 100 = the contribution.

    Why it matters: 贡献率 is a share of the increase, not of the level; confusing the two
    gives a figure that no amounts support.

    Example: whole up 50 (1000 from 950), part up 30 ⇒ 贡献率 60.0% ✓; with growth 5.26%,
    the contribution is 3.2 pp ✓.
    """
    for node in ctx.graph.of_kind(ClaimKind.CONTRIBUTION_RATE):
        fig = node.value
        if not isinstance(fig, Figure):
            continue
        if not real_rates(ctx, node.claim.part_growth, node.claim.of):  # (else FC214)
            yield from _contribution_rate(ctx, node, "FC210")
        if ctx.graph.incomparable("contribution-rate", node.id):
            continue  # (FC403: not in percent)
        contrib, growth = ctx.figure(node.claim.contribution), ctx.figure(node.claim.of)
        if contrib is None or growth is None \
                or ctx.graph.incomparable("contribution-rate-growth", node.id):
            continue
        (ncon, fcon), (ng, fg) = contrib, growth
        pair = (node.id, ncon.id, ng.id)
        yield judged("FC210", pair, N_("Contribution from its rate"), printed(fcon.reading),
                     fcon.interval, fig.interval * fg.interval / HUNDRED,
                     fig.value * fg.value / HUNDRED, PP,
                     f"{printed(fig.reading)} × {printed(fg.reading)}")


@check("FC214", "real-rate-current-prices",
       "A contribution computed with real rates on current-price amounts is only indicative.",
       Severity.WARNING, discovered=("contribution", "contribution-rate"))
def real_rate_current_prices(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``contribution`` (拉动) or ``contribution-rate`` (贡献率) whose part's
    growth (``part-growth``) or whole's growth (``of``) is marked ``real: true``. The
    part's change is then a real rate applied to a current-price amount, which is not the
    statistic the article prints; the check computes it all the same and reports a miss as
    a warning that says why, never as an error — the same policy as FC206 for a plain
    growth and FC211 (bounds only) for a total's rate from its parts.

    Why it matters: 拉动 figures are computed by statistics offices at constant prices; an
    error on a correct figure teaches a desk to ignore the check.

    Example: GDP 1000亿 up 5.0% (real), industry 300亿 up 10.0% (real), 拉动3.3个百分点 ⇒
    2.86 pp at current prices: a warning, not an error.
    """
    for node in ctx.graph.of_kind(ClaimKind.CONTRIBUTION, ClaimKind.CONTRIBUTION_RATE):
        real = real_rates(ctx, node.claim.part_growth, node.claim.of)
        if not real:
            continue
        find = _contribution if node.claim.kind is ClaimKind.CONTRIBUTION else _contribution_rate
        for o in find(ctx, node, "FC214"):
            if o.verdict is Verdict.FAIL:
                template = N_("{message} {rates} is a real rate, applied here to current-price "
                              "amounts: the result is indicative — the gap may be price change, "
                              "not an error by itself.") if len(real) == 1 else \
                    N_("{message} {rates} are real rates, applied here to current-price "
                       "amounts: the result is indicative — the gap may be price change, not "
                       "an error by itself.")
            else:
                template = N_("{message} {rates} is a real rate, applied here to current-price "
                              "amounts: the result is indicative.") if len(real) == 1 else \
                    N_("{message} {rates} are real rates, applied here to current-price "
                       "amounts: the result is indicative.")
            yield replace(o, message=Message(template, message=o.message, rates=", ".join(real)),
                          severity=Severity.WARNING)


@check("FC211", "total-growth-from-parts",
       "A total's rate agrees with its parts' rates, weighted by their bases when recorded.",
       discovered=("weighted-growth",))
def total_growth_from_parts(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a claim with ``from-parts`` (the rates of the parts of its total).

    - A **growth** rate: when every part's rate names its amount (``current`` or
      ``prior``), the total's rate = Σ part before × rate ÷ Σ parts before.
    - A **level** rate or share (a jobless rate from men's and women's): when every part
      names its base (``whole``: the labour force, the population), the total's rate =
      Σ rate × base ÷ Σ bases. A part's ``prior`` is its earlier *rate*, never a weight.

    Otherwise the total's rate must lie between the smallest and the largest of the parts'
    rates, and the outcome says why it was only bounded: a part without an amount or a
    base, or a real (price-adjusted) rate — ``real: true`` on the total or a part — which
    weighting by current-price amounts would not reproduce.

    Why it matters: a total's rate is an average of its parts' rates; a total that grows
    faster than every part, or slower than every part, is impossible.

    Example: goods 6420.50亿 (+4.2%), catering 1135.20亿 (+10.3%) ⇒ retail +5.07%: 5.1% ✓;
    adults +4.1%, teenagers +16.8%, overall +17.2% ✗; jobless men 5.0% of 600万 and women
    8.0% of 400万 ⇒ 6.2%.
    """
    for node in ctx.graph.of_kind(ClaimKind.GROWTH, ClaimKind.RATE, ClaimKind.SHARE):
        g = node.value
        if not isinstance(g, Figure) or g.kind is not UnitKind.PERCENT:
            continue
        for owner, names in from_parts_groups(node):
            if not ctx.graph.incomparable("from-parts", owner):  # (else FC403)
                yield from _from_parts(ctx, node, g, names)


def real_rates(ctx: Context, *claim_ids: str | None) -> list[str]:
    """Those of the claims named that are real (price-adjusted) growth rates."""
    return [n.id for n in (ctx.graph.get(x) for x in claim_ids)
            if n is not None and n.claim.kind is ClaimKind.GROWTH and n.claim.real]


def _from_parts(ctx: Context, node: Node, g: Figure, names: list[str]) -> Iterator[Result]:
    """One breakdown of a total's rate into its parts' rates."""
    parts = [ctx.figure(x) for x in names]
    rates = [p for p in parts if p is not None]
    if not rates:
        return
    ids = (node.id, *(n.id for n, _ in rates))
    level = node.claim.kind is not ClaimKind.GROWTH
    real = real_rates(ctx, node.id, *(n.id for n, _ in rates))
    if level:
        weighted, why = _by_bases(ctx, [n for n, _ in rates])
    elif real:
        weighted, why = None, Message(
            N_("{rates} is a real (price-adjusted) rate, which weighting by current-price "
               "amounts would not reproduce") if len(real) == 1 else
            N_("{rates} are real (price-adjusted) rates, which weighting by current-price "
               "amounts would not reproduce"), rates=", ".join(real))
    else:
        weighted, why = _weighted(ctx, [n for n, _ in rates])
    if weighted is not None:
        iv, pt, text, _unit = weighted
        what = N_("Total's rate from its parts' rates and bases") if level \
            else N_("Total's growth from its parts")
        yield judged("FC211", ids, what, printed(g.reading), g.interval, iv, pt, PERCENT, text)
        return
    lo = min((f for _, f in rates), key=lambda f: f.value)
    hi = max((f for _, f in rates), key=lambda f: f.value)
    span = lo.interval.hull(hi.interval)
    allowed = Interval(span.lo, span.hi)
    text = Message(N_("between {low} and {high}"), low=printed(lo.reading),
                   high=printed(hi.reading))
    bounded = Message(N_(" Bounds only: {why}."), why=Message(why))
    ends = {"rate": printed(g.reading), "low": printed(lo.reading), "high": printed(hi.reading),
            "bounded": bounded}
    if allowed.contains(g.value) and Interval(lo.value, hi.value).contains(g.value):
        yield Outcome("FC211", Verdict.PASS, ids,
                      Message(N_("The total's rate {rate} lies between its parts' rates ({low} "
                                 "to {high}), as an average must.{bounded}"), **ends),
                      arithmetic=text)
    elif g.interval.intersects(allowed):
        gap = Interval(lo.value, hi.value).distance_to(g.value)
        yield Outcome("FC211", Verdict.ROUNDING, ids,
                      Message(N_("The total's rate {rate} lies between its parts' rates ({low} "
                                 "to {high}) only within rounding.{bounded}"), **ends),
                      arithmetic=text, discrepancy=PP(gap))
    else:
        gap = g.interval.distance(allowed)
        yield Outcome("FC211", Verdict.FAIL, ids,
                      Message(N_("The total's rate {rate} lies outside its parts' rates ({low} "
                                 "to {high}) by at least {gap}; a total's rate is an average of "
                                 "its parts' rates.{bounded}"), gap=PP(gap), **ends),
                      arithmetic=text, discrepancy=PP(gap))


Weighted = tuple[Interval, Fraction, str, str]


def _weighted(ctx: Context, parts: list[Node]) -> tuple[Weighted | None, str]:
    """Σ Δ ÷ Σ before over the parts, when each part's rate names an amount; else why not."""
    deltas, befores, pts_d, pts_b, dims = [], [], [], [], set()
    for n in parts:
        g = n.value
        assert isinstance(g, Figure)
        factor, factor_pt = percent_factor(g)
        cur, pri = ctx.figure(n.claim.current), ctx.figure(n.claim.prior)
        if pri is not None:
            _, fp = pri
            before, before_pt = fp.base_interval(), fp.base_value()
            dims.add(fp.unit.dimension)
        elif cur is not None:
            _, fc = cur
            before, before_pt = fc.base_interval() / factor, fc.base_value() / factor_pt
            dims.add(fc.unit.dimension)
        else:
            return None, Message(N_("the part {part} records no amount (current or prior) to "
                                    "weight it by"), part=n.id)
        deltas.append(before * (factor - 1))
        pts_d.append(before_pt * (factor_pt - 1))
        befores.append(before)
        pts_b.append(before_pt)
    if len(dims) != 1:
        return None, N_("the parts' amounts are in different units")
    total_before = sum_intervals(befores)
    if total_before.contains_zero():
        return None, N_("the parts' earlier amounts can sum to zero")
    iv = sum_intervals(deltas) / total_before * HUNDRED
    pt = sum(pts_d, Fraction(0)) / sum(pts_b, Fraction(0)) * HUNDRED
    text = " + ".join(printed(n.value.reading) for n in parts if isinstance(n.value, Figure))
    return (iv, pt, Message(N_("({rates}) weighted by the parts' earlier amounts"), rates=text),
            dims.pop()), ""


def _by_bases(ctx: Context, parts: list[Node]) -> tuple[Weighted | None, str]:
    """Σ rate × base ÷ Σ bases over the parts of a level rate, when each names its base."""
    products, bases, pts_p, pts_b, dims = [], [], [], [], set()
    for n in parts:
        r = n.value
        assert isinstance(r, Figure)
        base = ctx.figure(n.claim.whole)
        if base is None:
            return None, Message(N_("the part {part} records no base (whole: its labour force "
                                    "or population) to weight it by"), part=n.id)
        _, fb = base
        dims.add(fb.unit.dimension)
        products.append(r.interval * fb.base_interval())
        pts_p.append(r.value * fb.base_value())
        bases.append(fb.base_interval())
        pts_b.append(fb.base_value())
    if len(dims) != 1:
        return None, N_("the parts' bases are in different units")
    total = sum_intervals(bases)
    point_total = sum(pts_b, Fraction(0))
    if total.contains_zero() or point_total == 0:
        return None, N_("the parts' bases can sum to zero")
    iv = sum_intervals(products) / total
    pt = sum(pts_p, Fraction(0)) / point_total
    text = " + ".join(printed(n.value.reading) for n in parts if isinstance(n.value, Figure))
    return (iv, pt, Message(N_("({rates}) weighted by the parts' bases"), rates=text),
            dims.pop()), ""


def _int_root(t: int, n: int) -> int:
    """⌊t^(1/n)⌋ for an integer t ≥ 0 (Newton's method from above, on integers)."""
    if t < 2:
        return t
    r = 1 << -(-t.bit_length() // n)  # 2^⌈bits/n⌉ ≥ the root
    while True:
        s = ((n - 1) * r + t // r ** (n - 1)) // n
        if s >= r:
            return r
        r = s


def _root(x: Fraction, n: int, up: bool) -> Fraction:
    """The n-th root of x ≥ 0 to 10⁻¹⁵, rounded down or up so that intervals stay outward."""
    if n == 1 or x == 0:
        return x
    scale = 10**15
    target = x * scale**n
    r = _int_root(target.numerator // target.denominator, n)
    exact = Fraction(r) ** n == target
    return Fraction(r if exact or not up else r + 1, scale)


def _root_interval(iv: Interval, n: int) -> Interval | None:
    if iv.lo is None or iv.hi is None or iv.lo < 0:
        return None
    return Interval(_root(iv.lo, n, False), _root(iv.hi, n, True), iv.lo_closed, iv.hi_closed)


@check("FC212", "average-growth", "An average growth rate agrees with the rates or amounts it averages.",
       discovered=("average-growth",))
def average_growth(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``growth`` claim with ``average-of`` (the rates of successive
    periods, 两年平均增长) equals ((1 + g₁)(1 + g₂)…)^(1/n) − 1; a ``growth`` claim with
    ``years: n``, ``current`` and ``prior`` is the compound rate per year,
    (current ÷ prior)^(1/n) − 1; a ``growth`` claim with ``annualized-from`` (one period's
    rate) and ``periods: N`` is that rate compounded, (1 + q)^N − 1.

    Why it matters: an average of growth rates is a geometric mean, not the arithmetic
    one; and a compound annual rate quoted without its end amounts is easy to misstate.

    Example: +2.3% then +8.1% ⇒ two-year average 5.16%: 5.2% ✓; 5.5% ✗.
    """
    for node in ctx.graph.of_kind(ClaimKind.GROWTH):
        g = node.value
        if not isinstance(g, Figure) or g.kind is not UnitKind.PERCENT:
            continue
        c = node.claim
        if ctx.graph.incomparable("average-growth", node.id):
            continue  # (FC403)
        if c.average_of:
            rates = [ctx.figure(x) for x in c.average_of]
            figs = [p for p in rates if p is not None]
            ids = (node.id, *(n.id for n, _ in figs))
            product, product_pt = Interval.point(1), Fraction(1)
            for _, f in figs:
                factor, factor_pt = percent_factor(f)
                product, product_pt = product * factor, product_pt * factor_pt
            n = len(figs)
            text = " × ".join(f"(1 + {printed(f.reading)})" for _, f in figs)
            text = f"({text})^(1/{n}) − 1"
        elif c.years and c.current and c.prior:
            cur, pri = ctx.figure(c.current), ctx.figure(c.prior)
            if cur is None or pri is None:
                continue
            (nc, fc), (np_, fp) = cur, pri
            ids = (node.id, nc.id, np_.id)
            if fp.base_interval().contains_zero():
                continue
            product = fc.base_interval() / fp.base_interval()
            product_pt = fc.base_value() / fp.base_value()
            n = c.years
            text = f"({printed(fc.reading)} ÷ {printed(fp.reading)})^(1/{n}) − 1"
        elif c.annualized_from and c.periods:
            got = ctx.figure(c.annualized_from)
            if got is None:
                continue
            nq, fq = got
            ids = (node.id, nq.id)
            factor, factor_pt = percent_factor(fq)
            power, power_pt = Interval.point(1), Fraction(1)
            for _ in range(c.periods):  # exact: a power, no root
                power, power_pt = power * factor, power_pt * factor_pt
            yield judged("FC212", ids, N_("Annualized growth"), printed(g.reading), g.interval,
                         (power - 1) * HUNDRED, (power_pt - 1) * HUNDRED, PERCENT,
                         f"(1 + {printed(fq.reading)})^{c.periods} − 1")
            continue
        else:
            continue
        root = _root_interval(product, n)
        if root is None or product_pt < 0:
            continue
        point = (_root(product_pt, n, False) - 1) * HUNDRED
        yield judged("FC212", ids, N_("Average growth"), printed(g.reading), g.interval,
                     (root - 1) * HUNDRED, point, PERCENT, text)


@check("FC213", "percent-for-points",
       "A change of a rate printed in % where only the percentage-point reading fits.",
       Severity.WARNING, emits=("FC203",))
def percent_for_points(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``pp-change`` claim whose figure the article prints in % ("fell 0.3
    per cent to 6.1 per cent"). A change of a rate in % can mean a relative change (6.1% is
    0.3% below 6.118%) or, loosely, percentage points (0.3 pp below 6.4%). With the earlier
    rate recorded (``prior``), both readings are tried: when only the percentage-point one
    fits, the article says "%" where it means "percentage points" — a finding about the
    article, with both readings; when the relative one fits, the figure is right as printed.
    Without the earlier rate, both implied earlier rates are reported.

    Why it matters: "unemployment fell 0.3%" read literally is a change of 0.02 pp; the
    reader is misled, though the figure itself is right.

    Example: 6.1%, "down 0.3 per cent" from 6.4% ⇒ 6.1 − 6.4 = −0.3 pp fits; as a relative
    change 6.1 ÷ 6.4 − 1 = −4.69% does not: a warning that "%" should read "percentage points".
    """
    for node in ctx.graph.of_kind(ClaimKind.PP_CHANGE):
        change = node.value
        if not isinstance(change, Figure) or change.kind is not UnitKind.PERCENT:
            continue
        if node.claim.component is not None or not printed_in_percent(ctx, node):
            continue  # recorded in % but printed in pp: FC203 blames the claims file
        now = ctx.figure(node.claim.of)
        if now is None:
            continue
        nnow, fnow = now
        if ctx.graph.incomparable("pp-change", node.id):
            continue  # (FC403: the rate that changed is not in %)
        _, factor_pt = percent_factor(change)
        before = ctx.figure(node.claim.prior)
        numbers = (Number(N_("as percentage points"), f"{printed(change.reading)} → pp",
                          change.value, change.interval),)
        if before is None:
            pp_pt = fnow.value - change.value
            rel_before = fnow.value / factor_pt
            yield Outcome(
                "FC213", Verdict.FAIL, (node.id, nnow.id),
                Message(N_("A change of a rate is printed as {change}. Read as percentage points, "
                           "the earlier rate was {pp_before}; read as a relative change, "
                           "{relative_before}. If percentage points are meant, the article should "
                           "say so."), change=printed(change.reading), pp_before=PERCENT(pp_pt),
                        relative_before=PERCENT(rel_before)),
                arithmetic=f"{printed(fnow.reading)} − {PP(change.value)} = {PERCENT(pp_pt)}; "
                           f"{printed(fnow.reading)} ÷ (1 + {printed(change.reading)}) = "
                           f"{PERCENT(rel_before)}",
                numbers=numbers, severity=Severity.WARNING)
            continue
        nb, fb = before
        ids = (node.id, nnow.id, nb.id)
        pp_iv, pp_pt = fnow.interval - fb.interval, fnow.value - fb.value
        rel_iv = (fnow.interval / fb.interval - 1) * HUNDRED if not fb.interval.contains_zero() \
            else Interval.everything()
        rel_pt: Fraction | None = (fnow.value / fb.value - 1) * HUNDRED if fb.value else None
        readings = Message(
            N_("as percentage points {pp}; as a relative change {relative}"),
            pp=f"{printed(fnow.reading)} − {printed(fb.reading)} = {PP(pp_pt)}",
            relative=f"{printed(fnow.reading)} ÷ {printed(fb.reading)} − 1 = "
                     f"{PERCENT(rel_pt) if rel_pt is not None else '?'}")
        rel_fits = rel_iv.intersects(change.interval)
        pp_fits = pp_iv.intersects(change.interval)
        if rel_fits:
            yield judged("FC213", ids, N_("Relative change of a rate"), printed(change.reading),
                         change.interval, rel_iv, rel_pt, PERCENT,
                         f"{printed(fnow.reading)} ÷ {printed(fb.reading)} − 1")
        elif pp_fits:
            yield Outcome(
                "FC213", Verdict.FAIL, ids,
                Message(N_("The article prints the change of a rate as {change}, but only the "
                           "percentage-point reading fits ({readings}): it should say {points} "
                           "percentage points."), change=printed(change.reading),
                        readings=readings, points=printed(change.reading).rstrip("%")),
                arithmetic=readings, numbers=numbers, severity=Severity.WARNING,
                discrepancy=PERCENT(rel_iv.distance(change.interval)))
        else:
            gap = min(rel_iv.distance(change.interval), pp_iv.distance(change.interval))
            yield Outcome(
                "FC203", Verdict.FAIL, ids,
                Message(N_("A change of a rate printed as {change} fits neither reading "
                           "({readings}); no reading of the rounded figures closes the gap of "
                           "{gap}."), change=printed(change.reading), readings=readings,
                        gap=PP(gap)),
                arithmetic=readings, discrepancy=PP(gap))
