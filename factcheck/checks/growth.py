"""FC2xx — growth rates, multiples and percentage-point changes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from fractions import Fraction

from factcheck.checks.change import printed_in_percent
from factcheck.checks.common import HUNDRED, judged, per_mille_points, percent_factor, printed, style_of
from factcheck.checks.context import Context
from factcheck.checks.registry import Result, check
from factcheck.claims.graph import Node
from factcheck.claims.implied import summed
from factcheck.claims.kinds import ClaimKind
from factcheck.claims.values import Figure
from factcheck.core.i18n import N_, Message, joined
from factcheck.core.interval import Interval
from factcheck.numbers.display import PERCENT, PP, Style
from factcheck.numbers.reading import UnitKind
from factcheck.report.findings import Implied, Outcome, Severity, Verdict

# a value implied through a real (price-adjusted) rate is only a guide to the nominal one
_INDICATIVE = N_(" (indicative: through a real rate)")


def _rate_style(fig: Figure) -> Style:
    return style_of(fig.reading) if fig.kind is UnitKind.MULTIPLE else PERCENT


@check("FC201", "growth-arithmetic", "A growth rate agrees with its current and prior amounts.",
       discovered=("growth",))
def growth_arithmetic(ctx: Context) -> Iterator[Result]:
    """
    What it checks: for a ``growth`` claim, current = prior × (1 + rate) and
    increase = current − prior, for whichever of ``current``, ``prior`` and ``increase`` are
    recorded; 增长1.3倍 means × 2.3. An increase printed only as its components' changes is
    their sum (``increase-of``). With only one amount recorded the others are *implied*
    and shown in the report.

    Why it matters: growth rates are the most quoted and most mistyped figures of economic
    news; a rate that its own amounts contradict is a wrong number in print.

    Example: output 12 000万吨, up 300万吨, up 2.6% ⇒ 300 ÷ (12 000 − 300) = 2.56% ✓;
    sales 31.67万辆 up 364.23% ⇒ last year ≈ 6.82万辆 (implied).
    """
    for node in ctx.graph.of_kind(ClaimKind.GROWTH):
        g = node.value
        if not isinstance(g, Figure) or g.kind not in (UnitKind.PERCENT, UnitKind.MULTIPLE):
            continue
        c = node.claim
        cur = ctx.figure(c.current)
        pri = ctx.figure(c.prior)
        inc, summands = _increase(ctx, node)
        amounts = [x for x in (cur, pri, inc) if x is not None]
        if not amounts or ctx.graph.incomparable("growth", node.id):
            continue  # (FC403 reports amounts that cannot meet)
        if c.real and len(amounts) >= 2:
            continue  # FC206 speaks for real rates between nominal amounts
        factor, factor_pt = percent_factor(g)
        rate_style = _rate_style(g)
        ids = tuple(dict.fromkeys((node.id, *(n.id for n, _ in amounts), *summands)))
        per = HUNDRED if g.kind is UnitKind.PERCENT else Fraction(1)
        if cur and pri:
            (_, fc), (_, fp) = cur, pri
            prior_iv = fp.base_interval()
            if prior_iv.bounded and prior_iv.contains_zero():
                yield Outcome("FC201", Verdict.FAIL, ids,
                              Message(N_("Growth from the two amounts cannot be evaluated: the "
                                         "prior amount {prior} can be zero, and no rate follows "
                                         "from a base of zero."), prior=printed(fp.reading)),
                              undetermined=True)
                continue
            computed = (fc.base_interval() / fp.base_interval() - 1) * per
            point: Fraction | None = None if fp.base_value() == 0 else \
                (fc.base_value() / fp.base_value() - 1) * per
            yield judged("FC201", ids, N_("Growth from the two amounts"), printed(g.reading),
                         g.interval, computed, point, rate_style,
                         f"{printed(fc.reading)} ÷ {printed(fp.reading)} − 1")
            if inc:
                _, fi = inc
                amount_style = style_of(fc.reading)
                yield judged("FC201", ids, N_("Increase from the two amounts"), printed(fi.reading),
                             fi.base_interval(), fc.base_interval() - fp.base_interval(),
                             fc.base_value() - fp.base_value(), amount_style,
                             f"{printed(fc.reading)} − {printed(fp.reading)}")
        elif inc and (cur or pri):
            _, fi = inc
            if cur:
                _, fc = cur
                base_iv = fc.base_interval() - fi.base_interval()
                base_pt = fc.base_value() - fi.base_value()
                text = f"{printed(fi.reading)} ÷ ({printed(fc.reading)} − {printed(fi.reading)})"
            else:
                assert pri is not None
                _, fp = pri
                base_iv, base_pt = fp.base_interval(), fp.base_value()
                text = f"{printed(fi.reading)} ÷ {printed(fp.reading)}"
            if base_iv.contains_zero():
                yield Outcome("FC201", Verdict.FAIL, ids,
                              N_("The base of the growth rate can be zero; no rate follows from "
                                 "it."), undetermined=True)
                continue
            computed = fi.base_interval() / base_iv * per
            if cur and not fi.base_interval().contains_zero():
                # the increase is in the base too (C − I): read it once, as 1 ÷ (C ÷ I − 1), so
                # it is not at its largest above and its smallest below at once
                ratio = fc.base_interval() / fi.base_interval() - 1
                if not ratio.contains_zero():
                    computed = ratio.reciprocal() * per
            point = None if base_pt == 0 else fi.base_value() / base_pt * per
            yield judged("FC201", ids, N_("Growth from the increase"), printed(g.reading), g.interval,
                         computed, point, rate_style, text)
        elif cur:
            ncur, fc = cur
            yield _implied_amount(node, ncur, N_("{what} — base period{note}"), style_of(fc.reading),
                                  fc.interval / factor, fc.value / factor_pt)
        elif pri:
            npri, fp = pri
            yield _implied_amount(node, npri, N_("{what} — after growth{note}"), style_of(fp.reading),
                                  fp.interval * factor, fp.value * factor_pt)
        elif inc:
            ninc, fi = inc
            s = style_of(fi.reading)
            rate_iv, rate_pt = factor - 1, factor_pt - 1
            if rate_iv.contains_zero() or rate_pt == 0:
                continue
            prior_iv, prior_pt = fi.interval / rate_iv, fi.value / rate_pt
            yield _implied_amount(node, ninc, N_("{what} — base before the increase{note}"), s,
                                  prior_iv, prior_pt)
            yield _implied_amount(node, ninc, N_("{what} — total after the increase{note}"), s,
                                  prior_iv + fi.interval, prior_pt + fi.value)


def _implied_amount(node: Node, amount: Node, template: str, style: Style, iv: Interval,
                    pt: Fraction) -> Implied:
    """An amount a growth rate implies from ``amount``, shown at the precision of the
    printed figures (indicative when the rate is real and the amounts nominal)."""
    note = Message(_INDICATIVE) if node.claim.real else ""
    return Implied((node.id, amount.id), Message(template, what=amount.claim.measures or amount.id,
                                                 note=note),
                   "≈ " + style.coarser()(pt), style.interval(iv), pt, iv, "FC201")


def _increase(ctx: Context, node: Node) -> tuple[tuple[Node, Figure] | None, tuple[str, ...]]:
    """A growth's increase: the claim it names, or the sum of the claims of ``increase-of``
    (the changes of its components), with the ids of those claims."""
    c = node.claim
    if not c.increase_of:
        return ctx.figure(c.increase), ()
    members = [ctx.figure(i) for i in c.increase_of]
    if any(m is None for m in members):
        return None, ()
    figs = [m for m in members if m is not None]
    total = summed([f for _, f in figs])
    if total is None:
        return None, ()  # (FC403: components in units that cannot be added)
    return (figs[0][0], total), tuple(n.id for n, _ in figs)


@check("FC202", "rate-bounds", "A decline is at most 100%; a rate of change is above −100%.",
       discovered=("growth",))
def rate_bounds(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a growth rate in % lies above −100% (nothing falls by more than all of
    it), and 下降 figures are recorded as negative rates no larger than 100%.

    Why it matters: "下降120%" is a typo for 12.0% or a misread percentage-point change.

    Example: ``value: -120%`` with quote ``下降120%`` fails.
    """
    for node in ctx.graph.of_kind(ClaimKind.GROWTH):
        g = node.value
        if not isinstance(g, Figure) or g.kind is not UnitKind.PERCENT:
            continue
        allowed = Interval(Fraction(-100), None, False, False)
        if g.interval.intersects(allowed):
            yield Outcome("FC202", Verdict.PASS, (node.id,),
                          Message(N_("{rate} is a possible rate."), rate=printed(g.reading)))
        else:
            yield Outcome("FC202", Verdict.FAIL, (node.id,),
                          Message(N_("{rate} is a fall of more than 100%, which is impossible."),
                                  rate=printed(g.reading)),
                          discrepancy=PERCENT(allowed.distance(g.interval)))


def _rate(ctx: Context, claim_id: str | None) -> tuple[str, Figure] | None:
    got = ctx.figure(claim_id)
    if got is None:
        return None
    node, fig = got
    return node.id, fig


@check("FC203", "pp-change-arithmetic",
       "A percentage-point change agrees with the rates before and after.",
       discovered=("pp-change",))
def pp_change_arithmetic(ctx: Context) -> Iterator[Result]:
    """
    What it checks: for a ``pp-change`` claim ``of`` a rate, rate now − rate then = the change.
    With the earlier rate recorded (``prior``) the difference is checked; without it the
    earlier rate is implied (8.1% now, 提高2.4个百分点 ⇒ 5.7% a year earlier). The change must
    be in percentage points and the rate in percent, or, for a rate per mille (出生率6.39‰), in
    per-mille points (下降0.38个千分点); mixing the two is FC403.

    Why it matters: 提高2.4个百分点 and 提高2.4% are different claims; mixing them is the
    most common error with rates.

    Example: 8.1%, 比去年同期提高2.4个百分点, last year's rate recorded as 5.9% ⇒ fails by 0.1 pp.
    """
    for node in ctx.graph.of_kind(ClaimKind.PP_CHANGE):
        change = node.value
        if not isinstance(change, Figure):
            continue
        target = ctx.graph.get(node.claim.of)
        if target is not None and node.claim.component is not None:
            continue  # a shift of a structure component: FC304
        now = _rate(ctx, node.claim.of)
        if now is None:
            continue
        now_id, now_fig = now
        if change.kind is UnitKind.PERCENT and printed_in_percent(ctx, node):
            continue  # printed in % by the article: FC213 tries both readings
        if ctx.graph.incomparable("pp-change", node.id):
            continue  # (FC403: the change is not in pp, or the rate not in %)
        # a ‰ rate changes in per-mille points, shown in the change's own unit
        points = replace(style_of(change.reading, 0), decimals=max(change.reading.decimals, 2)) \
            if per_mille_points(change) else PP
        rate = style_of(now_fig.reading, 0) if per_mille_points(change) else PERCENT.more(-1)
        before = _rate(ctx, node.claim.prior)
        if before is not None:
            before_id, before_fig = before
            yield judged("FC203", (node.id, now_id, before_id), N_("Change between the two rates"),
                         printed(change.reading), change.interval,
                         now_fig.interval - before_fig.interval, now_fig.value - before_fig.value,
                         points, f"{printed(now_fig.reading)} − {printed(before_fig.reading)}")
        else:
            iv = now_fig.interval - change.interval
            pt = now_fig.value - change.value
            tnode = ctx.graph.by_id[now_id]
            yield Implied((node.id, now_id),
                          Message(N_("{what} — the earlier rate"),
                                  what=tnode.claim.measures or now_id),
                          "= " + rate(pt), rate.more().interval(iv), pt, iv, "FC203")


@check("FC204", "pp-gap-arithmetic", "A percentage-point gap agrees with the two rates.",
       discovered=("pp-gap",))
def pp_gap_arithmetic(ctx: Context) -> Iterator[Result]:
    """
    What it checks: for a ``pp-gap`` claim, rate ``of`` − rate ``against`` = the gap
    (negative for 低于/慢于). Without ``against`` the other rate is implied
    (8.1%, 高于全国2.3个百分点 ⇒ national 5.8%).

    Why it matters: "A、B 分别增长 9.5%、7.1%，快于全部工业 5.0、2.6 个百分点" gives the
    all-industry rate twice; when the readings disagree one figure is wrong.

    Gaps stated against one rate the article does not print (discovered from 分别…快于) must
    imply the same rate. A failing gap names the percentages printed elsewhere in the
    article that it would hold against.

    Example: 9.5% and 7.1%, faster by 5.0 and 2.6 pp, against a stated 4.6% ⇒ 9.5 − 4.6 = 4.9 ✗.
    """
    yield from _gaps_against_one_rate(ctx)
    for node in ctx.graph.of_kind(ClaimKind.PP_GAP):
        gap = node.value
        here = _rate(ctx, node.claim.of)
        if not isinstance(gap, Figure) or here is None:
            continue
        here_id, here_fig = here
        if ctx.graph.incomparable("pp-gap", node.id):
            continue  # (FC403: the gap is not in pp)
        other = _rate(ctx, node.claim.against)
        if other is not None:
            other_id, other_fig = other
            outcome = judged("FC204", (node.id, here_id, other_id), N_("Gap between the two rates"),
                             printed(gap.reading), gap.interval,
                             here_fig.interval - other_fig.interval,
                             here_fig.value - other_fig.value, PP,
                             f"{printed(here_fig.reading)} − {printed(other_fig.reading)}")
            if outcome.verdict is Verdict.FAIL:
                hint = _fitting_rates(ctx, here_fig.interval - gap.interval,
                                      (node.id, here_id, other_id))
                outcome = replace(outcome, message=joined([outcome.message, hint], ""))
            yield outcome
        else:
            iv = here_fig.interval - gap.interval
            pt = here_fig.value - gap.value
            yield Implied((node.id, here_id),
                          Message(N_("{what} — the rate compared against"),
                                  what=node.claim.measures or node.id),
                          "= " + PERCENT.more(-1)(pt), PERCENT.interval(iv), pt, iv, "FC204")


def _fitting_rates(ctx: Context, wanted: Interval, ids: tuple[str, ...]) -> str:
    """Rates printed elsewhere that the gap would hold against (the pp-gap twin of FC301's
    fitting base)."""
    from factcheck.extract.figures import printed_figures

    if not ctx.hints:
        return ""
    graph = ctx.graph
    taken = [n.quote_span for n in (graph.get(i) for i in ids)
             if n is not None and n.quote_span is not None]
    fits = []
    for fig in printed_figures(graph.article_text, ctx.tolerances):
        if fig.reading.unit_kind is not UnitKind.PERCENT or fig.in_words:
            continue
        if any(s.start <= fig.start and fig.end <= s.end for s in taken):
            continue
        if fig.reading.interval.intersects(wanted):
            span = graph.span_at(fig.start, fig.end)
            fits.append(Message(N_("{figure} (line {line}, column {column})"), figure=fig.text,
                                line=span.line, column=span.column))
    return Message(N_(" It would hold against {rates}."), rates=joined(fits, ", ")) if fits else ""


def _gaps_against_one_rate(ctx: Context) -> Iterator[Result]:
    """Gaps against one unnamed rate: the rates they imply must meet."""
    provenance = ctx.graph.provenance
    for group in provenance.shared_against if provenance is not None else ():
        implied: list[tuple[Interval, Figure, Figure]] = []
        for gid in group.gaps:
            gap = ctx.figure(gid)
            rate = _rate(ctx, gap[0].claim.of) if gap is not None else None
            if gap is None or rate is None:
                break
            implied.append((rate[1].interval - gap[1].interval, rate[1], gap[1]))
        if len(implied) < 2 or len(implied) != len(group.gaps):
            continue
        common: Interval | None = implied[0][0]
        for iv, _, _ in implied[1:]:
            common = common.intersect(iv) if common is not None else None
        holds = common is not None
        shown = "; ".join(f"{printed(r.reading)} − {printed(g.reading)} ⇒ {PERCENT.interval(iv)}"
                          for iv, r, g in implied)
        template = N_("The gaps imply the rate compared against: {readings}; the readings "
                      "agree.") if holds else \
            N_("The gaps imply the rate compared against: {readings}; the readings disagree. "
               "One of these figures is wrong.")
        yield Outcome("FC204", Verdict.PASS if holds else Verdict.FAIL, group.gaps,
                      Message(template, readings=shown))


@check("FC205", "multiple-arithmetic", "A multiple (是…的N倍) agrees with its two amounts.")
def multiple_arithmetic(ctx: Context) -> Iterator[Result]:
    """
    What it checks: for a ``multiple`` claim, current = prior × N (是…的2倍, 翻番 = ×2).

    Why it matters: 是…的2倍 (×2) and 增长2倍 (×3) are confused in print and in translation.

    Example: 600 是 200 的 2 倍 fails: 600 ÷ 200 = 3.
    """
    for node in ctx.graph.of_kind(ClaimKind.MULTIPLE):
        m = node.value
        cur, pri = ctx.figure(node.claim.current), ctx.figure(node.claim.prior)
        if not isinstance(m, Figure) or cur is None or pri is None:
            continue
        (nc, fc), (np_, fp) = cur, pri
        if ctx.graph.incomparable("multiple", node.id):
            continue  # (FC403)
        if fp.base_interval().contains_zero():
            yield Outcome("FC205", Verdict.FAIL, (node.id, nc.id, np_.id),
                          N_("The base amount can be zero; no multiple follows from it."), undetermined=True)
            continue
        yield judged("FC205", (node.id, nc.id, np_.id), N_("Multiple of the two amounts"),
                     printed(m.reading), m.interval, fc.base_interval() / fp.base_interval(),
                     fc.base_value() / fp.base_value(), Style(suffix="倍", decimals=2),
                     f"{printed(fc.reading)} ÷ {printed(fp.reading)}")


@check("FC206", "real-growth-nominal-amounts",
       "A real (price-adjusted) growth rate is not checked against nominal amounts.",
       Severity.WARNING, discovered=("growth",))
def real_growth(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a growth claim marked ``real: true`` that also records two of its
    amounts (current and prior, or an increase with either). Value added is usually
    reported at constant prices while amounts are nominal, so the rate need not match the
    amounts; the check reports the nominal growth the amounts give, as a warning and never a
    failure. A value implied through a real rate alone is marked as indicative.

    Why it matters: failing a correct real rate against nominal amounts is a false alarm.

    Example: 增加值增长8.1% (real) with amounts 100 and 110 ⇒ nominal growth 10.0%; an
    increase of 6.0 on a current 106.0 against a real 4.1% ⇒ nominal 6.0%, a warning.
    """
    for node in ctx.graph.of_kind(ClaimKind.GROWTH):
        g = node.value
        c = node.claim
        if not c.real or not isinstance(g, Figure):
            continue
        cur, pri, inc = ctx.figure(c.current), ctx.figure(c.prior), ctx.figure(c.increase)
        pair = _nominal(cur, pri, inc)
        if pair is None:
            continue
        nominal, text, ids = pair
        agrees = g.interval.contains(nominal)
        yield Outcome(
            "FC206", Verdict.PASS if agrees else Verdict.FAIL, (node.id, *ids),
            Message(N_("The amounts give nominal growth of {nominal}; the real rate {rate} is "
                       "not comparable with nominal amounts.") if agrees else
                    N_("The amounts give nominal growth of {nominal}; the real rate {rate} is "
                       "not comparable with nominal amounts — the gap is price change, not an "
                       "error by itself."), nominal=PERCENT(nominal), rate=printed(g.reading)),
            arithmetic=f"{text} = {PERCENT(nominal)}",
            severity=Severity.WARNING,
        )


Pair = tuple[Node, Figure] | None


def _nominal(cur: Pair, pri: Pair, inc: Pair) -> tuple[Fraction, str, tuple[str, ...]] | None:
    """The nominal growth that any two of the amounts give, in %."""
    known = [x for x in (cur, pri, inc) if x is not None]
    if len(known) < 2 or len({f.unit.dimension for _, f in known}) > 1:
        return None
    ids = tuple(n.id for n, _ in known)
    if cur and pri:
        (_, fc), (_, fp) = cur, pri
        base, rise = fp.base_value(), fc.base_value() - fp.base_value()
        text = f"{printed(fc.reading)} ÷ {printed(fp.reading)} − 1"
    elif inc and cur:
        (_, fi), (_, fc) = inc, cur
        base, rise = fc.base_value() - fi.base_value(), fi.base_value()
        text = f"{printed(fi.reading)} ÷ ({printed(fc.reading)} − {printed(fi.reading)})"
    else:
        assert inc is not None and pri is not None
        (_, fi), (_, fp) = inc, pri
        base, rise = fp.base_value(), fi.base_value()
        text = f"{printed(fi.reading)} ÷ {printed(fp.reading)}"
    if base == 0:
        return None
    return rise / base * HUNDRED, text, ids


@check("FC215", "value-price-volume",
       "A value's growth agrees with the growths of its price and its volume.")
def value_price_volume(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``growth`` claim with ``price`` and ``volume`` (the growth rates of
    its price and of its quantity): (1 + value) = (1 + price) × (1 + volume). With one of
    the two recorded, the other is implied and shown.

    Why it matters: "exports rose 8.2% in value, with prices up 3.1% and volumes up 5.0%"
    is a product, not a sum; and a value growth between its price and volume growths that
    the two cannot give is a wrong figure.

    Example: prices +3.1%, volumes +5.0% ⇒ value +8.26%: 8.3% ✓; 8.1% ✗ (the sum).
    """
    for node in ctx.graph.of_kind(ClaimKind.GROWTH):
        v = node.value
        c = node.claim
        if not isinstance(v, Figure) or v.kind is not UnitKind.PERCENT or (
                c.price is None and c.volume is None):
            continue
        price, volume = ctx.figure(c.price), ctx.figure(c.volume)
        known = [x for x in (price, volume) if x is not None]
        if any(f.kind is not UnitKind.PERCENT for _, f in known):
            continue
        fv, fv_pt = percent_factor(v)
        if price is not None and volume is not None:
            (np_, fp), (nq, fq) = price, volume
            (p, p_pt), (q, q_pt) = percent_factor(fp), percent_factor(fq)
            yield judged("FC215", (node.id, np_.id, nq.id), N_("Value growth from price and volume"),
                         printed(v.reading), v.interval, (p * q - 1) * HUNDRED,
                         (p_pt * q_pt - 1) * HUNDRED, PERCENT,
                         f"(1 + {printed(fp.reading)}) × (1 + {printed(fq.reading)}) − 1")
            continue
        (nk, fk) = known[0]
        k, k_pt = percent_factor(fk)
        if k.contains_zero() or not k_pt:
            continue
        iv, pt = (fv / k - 1) * HUNDRED, (fv_pt / k_pt - 1) * HUNDRED
        template = N_("{what} — growth of its volume") if price is not None else \
            N_("{what} — growth of its price")
        yield Implied((node.id, nk.id), Message(template, what=c.measures or node.id),
                      "= " + PERCENT(pt), PERCENT.interval(iv), pt, iv, "FC215")
