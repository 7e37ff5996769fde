"""Relations among several claims: breakdowns of one total, differences and balances,
ratios, separately printed shares, one quantity stated twice, counts behind an
enumeration, an order among the article's figures, conversions between currencies, and a whole's
figure between its groups' (FC307, FC308, FC404–FC411)."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction
from itertools import pairwise

from factcheck.checks.common import HUNDRED, gap_style, judged, printed, style_of
from factcheck.checks.comparable import relation_owner
from factcheck.checks.context import Context
from factcheck.checks.registry import Result, check
from factcheck.claims.graph import Node
from factcheck.claims.implied import summed
from factcheck.claims.kinds import ClaimKind
from factcheck.claims.model import Relation, RelationKind
from factcheck.claims.values import Figure, RatioList
from factcheck.core.i18n import N_, Message
from factcheck.core.interval import Interval, sum_intervals
from factcheck.numbers.display import PERCENT, PP, Style
from factcheck.numbers.reading import UnitKind
from factcheck.report.findings import Implied, Outcome, Severity, Verdict


def _relations(ctx: Context, kind: RelationKind) -> Iterator[Relation]:
    """The listed relations of a kind whose members can meet (FC403 reports the others)."""
    for i, rel in enumerate(ctx.graph.source.claims.relations):
        if rel.kind is kind and not ctx.graph.incomparable(kind.value, relation_owner(i)):
            yield rel


def _figures(ctx: Context, ids: list[str]) -> list[tuple[Node, Figure]]:
    return [got for got in (ctx.figure(i) for i in ids) if got is not None]


def _naming(ctx: Context, key: str) -> Iterator[tuple[Node, Figure, Node, Figure]]:
    """Each claim whose ``key`` names another, both figures: the claim, its figure, the
    claim named and its figure."""
    for node in ctx.graph.nodes:
        here, there = ctx.figure(node.id), ctx.figure(getattr(node.claim, key))
        if here is not None and there is not None:
            yield node, here[1], there[0], there[1]


@check("FC404", "breakdown-sum", "Each breakdown of a total sums to the total.")
def breakdown_sum(ctx: Context) -> Iterator[Result]:
    """
    What it checks: an amount with ``breakdowns`` (each a name and the parts of one
    exhaustive partition: by sex, by age, by region): the parts of every breakdown sum to
    the total, within rounding. A figure may be a part in several breakdowns, and of
    several totals (a month's output of an industry is part of the month's total and of
    the industry's year-to-date total).

    Why it matters: a population by sex and by urban/rural, or a total by region and by
    industry, must add up each way; a total can be broken down more than once.

    Example: population 1409.67 million = 720.32 male + 689.35 female ✓ =
    943.50 urban + 466.17 rural ✓.
    """
    for node in ctx.graph.of_kind(ClaimKind.AMOUNT, ClaimKind.CHANGE):
        total = node.value
        if not node.claim.breakdowns or not isinstance(total, Figure):
            continue
        for name, members in node.claim.breakdowns.items():
            parts = _figures(ctx, members)
            ids = (node.id, *(n.id for n, _ in parts))
            if ctx.graph.incomparable("breakdown", f"{node.id}:{name}"):
                continue  # (FC403)
            style = style_of(total.reading)
            yield judged("FC404", ids, Message(N_("Sum of the breakdown {name}"), name=repr(name)),
                         printed(total.reading),
                         total.base_interval(), sum_intervals([f.base_interval() for _, f in parts]),
                         sum((f.base_value() for _, f in parts), Fraction(0)), style,
                         " + ".join(printed(f.reading) for _, f in parts))


def _points_style(fig: Figure) -> Style:
    return PP if fig.kind in (UnitKind.PERCENT, UnitKind.PERCENTAGE_POINT) else style_of(fig.reading)


@check("FC405", "difference-arithmetic",
       "A difference or balance (顺差, deficit) equals one amount minus the other, sign included.",
       discovered=("balance",))
def difference_arithmetic(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``difference`` claim equals ``left`` − ``right``, sign included: a
    trade balance is exports − imports, positive for a surplus (顺差) and negative for a
    deficit (逆差), recorded as a negative amount; the gap between two rates in % is in
    percentage points, and between two rates in ‰ in ‰ (natural growth = births −
    deaths). With one side missing, it is implied. A side may be the sum of several claims
    (``left-of``, ``right-of``), and a relation of kind ``difference`` states one among
    values the article implies (its three members: the difference, the amount subtracted
    from, the amount subtracted).

    Why it matters: a surplus that the exports and imports make a deficit, or a balance off
    by a mistyped digit, is an error a reader cannot see without doing the sum.

    Example: exports 2.15万亿, imports 1.63万亿, surplus 5200亿 ✓; "deficit 5200亿" (−5200亿) ✗.
    """
    for node in ctx.graph.of_kind(ClaimKind.DIFFERENCE):
        d = node.value
        if not isinstance(d, Figure):
            continue
        c = node.claim
        left, right = _difference_side(ctx, c.left, c.left_of), _difference_side(ctx, c.right, c.right_of)
        sides = [x for x in (left, right) if x is not None]
        if not sides:
            continue
        ids = (node.id, *(i for got, _ in sides for i in got))
        if ctx.graph.incomparable("difference", node.id):
            continue  # (FC403)
        rates = sides[0][1].kind is UnitKind.PERCENT

        style = _points_style(d) if rates else style_of(d.reading)
        if left and right:
            (_, fl), (_, fr) = left, right
            (li, lp), (ri, rp) = _side(fl, rates), _side(fr, rates)
            yield judged("FC405", ids, N_("Difference of the two amounts"), printed(d.reading),
                         _side(d, rates)[0], li - ri, lp - rp, style,
                         f"{printed(fl.reading)} − {_subtrahend(printed(fr.reading))}")
            continue
        named, f = sides[0]
        di, dp = _side(d, rates)
        fi, fp = _side(f, rates)
        iv, pt = (fi - di, fp - dp) if left else (fi + di, fp + dp)
        unit = f.unit.factor if not rates else Fraction(1)
        shown = PERCENT if rates else style_of(f.reading)
        yield Implied((node.id, *named),
                      Message(N_("{what} — the right side") if left else N_("{what} — the left side"),
                              what=c.measures or node.id),
                      "= " + shown(pt / unit), shown.interval(iv / unit), pt / unit, iv / unit,
                      "FC405")
    yield from _listed_differences(ctx)


def _subtrahend(text: str) -> str:
    """A number subtracted, in parentheses when it is printed negative: 5 − (−3)."""
    return f"({text})" if text[:1] in "-−" else text


def _listed_differences(ctx: Context) -> Iterator[Result]:
    """Relations of kind ``difference``: the first member is the second minus the third,
    among values the article implies (last year's surplus from the earlier exports and
    imports the growth rates imply)."""
    for rel in _relations(ctx, RelationKind.DIFFERENCE):
        figs = _figures(ctx, rel.members)
        if len(figs) != 3:
            continue
        (_, fd), (_, fl), (_, fr) = figs
        rates = fl.kind is UnitKind.PERCENT
        style = _points_style(fd) if rates else style_of(fd.reading)
        (li, lp), (ri, rp) = _side(fl, rates), _side(fr, rates)
        yield judged("FC405", tuple(n.id for n, _ in figs), N_("Difference of the two amounts"),
                     printed(fd.reading), _side(fd, rates)[0], li - ri, lp - rp, style,
                     f"{printed(fl.reading)} − {_subtrahend(printed(fr.reading))}")


def _difference_side(ctx: Context, one: str | None,
                     many: list[str] | None) -> tuple[tuple[str, ...], Figure] | None:
    """A side of a difference: one claim (``left``), or the sum of several (``left-of``),
    as the ids it reads and its figure; None when a claim is no figure or the claims summed
    are in different units (FC403 reports that)."""
    if not many:
        got = ctx.figure(one)
        return ((got[0].id,), got[1]) if got is not None else None
    figs = [ctx.figure(m) for m in many]
    listed = [f for f in figs if f is not None]
    if len(listed) < len(figs):
        return None
    total = summed([f for _, f in listed])
    return (tuple(n.id for n, _ in listed), total) if total is not None else None


def _side(f: Figure, rates: bool) -> tuple[Interval, Fraction]:
    """A side of a difference: rates in their own unit, amounts in base units."""
    return (f.interval, f.value) if rates else (f.base_interval(), f.base_value())


@check("FC308", "ratio-arithmetic", "A ratio (104.6:100) agrees with its two amounts.")
def ratio_arithmetic(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``ratio`` claim printed as a:b (a sex ratio of 104.6:100) equals
    ``left`` ÷ ``right`` × b; a ratio printed as one number (1.8) equals ``left`` ÷
    ``right``, also between amounts in two units, where it is a rate of one per the other
    (an exchange rate: 141647元 at 6.8985 is 约合20533美元).

    Why it matters: a sex ratio, a dependency ratio or a price ratio quoted beside the
    counts it comes from must agree with them.

    Example: 720.32 million men and 689.35 million women ⇒ 104.49:100, printed 104.5:100 ✓.
    """
    for node in ctx.graph.of_kind(ClaimKind.RATIO):
        left, right = ctx.figure(node.claim.left), ctx.figure(node.claim.right)
        v = node.value
        if left is None or right is None:
            continue
        (nl, fl), (nr, fr) = left, right
        ids = (node.id, nl.id, nr.id)
        if ctx.graph.incomparable("ratio", node.id):
            continue  # (FC403)
        if fr.base_interval().contains_zero():
            yield Outcome("FC308", Verdict.FAIL, ids,
                          Message(N_("The second amount {amount} can be zero; no ratio follows."),
                                  amount=printed(fr.reading)), undetermined=True)
            continue
        ratio_iv = fl.base_interval() / fr.base_interval()
        ratio_pt = fl.base_value() / fr.base_value()
        if isinstance(v, RatioList) and len(v.parts) == 2:
            a, b = v.parts
            if b.interval.contains_zero():
                continue
            per, per_text = b.value, b.text.rstrip("%")
            stated = a.interval / b.interval * per
            style = Style(decimals=max(a.decimals + 1, 2), suffix=f":{per_text}")
            yield judged("FC308", ids, N_("Ratio of the two amounts"), f"{a.text.rstrip('%')}:{per_text}",
                         stated, ratio_iv * per, ratio_pt * per, style,
                         f"{printed(fl.reading)} ÷ {printed(fr.reading)} × {per_text}")
        elif isinstance(v, Figure):
            yield judged("FC308", ids, N_("Ratio of the two amounts"), printed(v.reading), v.interval,
                         ratio_iv, ratio_pt, Style(decimals=max(v.reading.decimals + 1, 2)),
                         f"{printed(fl.reading)} ÷ {printed(fr.reading)}")


@check("FC307", "shares-sum", "Shares of one whole printed separately sum to 100 within rounding.",
       discovered=("shares",))
def shares_sum(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a relation of kind ``shares`` lists share claims of one whole printed
    separately ("exports 58%, home market 42%", 分别为7.4%、38.9%、53.7%); they sum to 100
    within the rounding of each. Each share with ``part`` and ``whole`` is also checked
    against its amounts (FC301), so shares forced to total 100.0 show up there.

    Why it matters: shares of a partition that sum to 98 or 103 have a wrong member, or are
    not shares of one whole.

    With ``partial: true`` the members are some of the whole's parts, not all (EU 15.2%,
    US 14.6%, ASEAN 15.9% of exports): they sum to at most 100.

    Example: 7.4% + 38.9% + 53.7% = 100.0 ✓; 58% + 40% = 98 ✗; partial 45% + 62% ✗.
    """
    for rel in _relations(ctx, RelationKind.SHARES):
        figs = _figures(ctx, rel.members)
        ids = tuple(n.id for n, _ in figs)
        if rel.partial:
            yield judged("FC307", ids, N_("Sum of some of the shares"),
                         Message(N_("at most 100")),
                         Interval(None, HUNDRED, False, True),
                         sum_intervals([f.interval for _, f in figs]),
                         sum((f.value for _, f in figs), Fraction(0)), PERCENT.more(-1),
                         " + ".join(printed(f.reading) for _, f in figs))
            continue
        yield judged("FC307", ids, N_("Sum of the shares"), "100", Interval.point(HUNDRED),
                     sum_intervals([f.interval for _, f in figs]),
                     sum((f.value for _, f in figs), Fraction(0)), PERCENT.more(-1),
                     " + ".join(printed(f.reading) for _, f in figs))


def _width(fig: Figure) -> Fraction:
    w = fig.base_interval().width
    return w if w is not None else Fraction(10) ** 400


@check("FC406", "same-quantity", "One quantity stated twice agrees with itself.",
       discovered=("same",))
def same_quantity(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a relation of kind ``same`` lists claims that state one quantity
    (a headline and the body, a table and the text, a figure repeated in two units); the
    most precise of them must lie within each other's reading (超1.8万亿元 contains
    18127.40亿元).

    Why it matters: a figure revised in the body but not in the headline, or rounded the
    wrong way, is the commonest inconsistency in a published article.

    Example: headline 超1.8万亿元, body 18127.40亿元 ✓; headline 近1.8万亿元 ✗.
    """
    for rel in _relations(ctx, RelationKind.SAME):
        figs = _figures(ctx, rel.members)
        if len(figs) < 2:
            continue
        ref_node, ref = min(figs, key=lambda p: _width(p[1]))
        for n, f in figs:
            if n is ref_node:
                continue
            # in the unit of the figure judged, so a style of its unit shows the converted
            # value (17409.5万亩 against 11606.4万公顷 shown in 万公顷)
            per = 1 / f.unit.factor
            yield judged("FC406", (n.id, ref_node.id), N_("The same quantity stated twice"),
                         printed(f.reading), f.base_interval() * per, ref.base_interval() * per,
                         ref.base_value() * per, style_of(f.reading), printed(ref.reading))


@check("FC409", "revised-figure",
       "A revised figure against its provisional one: a revision, shown with both values.",
       Severity.WARNING)
def revised_figure(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a claim with ``revises`` (the provisional figure it replaces, printed
    in the same article or recorded in ``references``). When both read to one value the
    revision changed nothing; when they differ, the outcome is a warning that shows both
    values and the size of the revision — never an error, because a revision is news, not
    an inconsistency.

    Why it matters: "GDP grew 5.2%, revised up from a first estimate of 4.9%" states two
    values of one quantity on purpose; ``same`` would fail it, and leaving it out would
    leave the provisional figure unchecked.

    Example: 5.2% revising 4.9% ⇒ a warning "revised from 4.9% to 5.2% (+0.30 pp)"; 5.2%
    revising 5.20% ⇒ pass.
    """
    for node, fn, nb, fb in _naming(ctx, "revises"):
        ids = (node.id, nb.id)
        if fn.kind is not fb.kind or fn.unit.dimension != fb.unit.dimension:
            yield Outcome("FC409", Verdict.FAIL, ids,
                          Message(N_("The revised figure {revised} and the provisional "
                                     "{provisional} are in different units; one of them is not a "
                                     "value of the same quantity."), revised=printed(fn.reading),
                                  provisional=printed(fb.reading)), severity=Severity.WARNING)
            continue
        st = style_of(fn.reading)
        gap = gap_style(st) if fn.kind is UnitKind.PERCENT else st
        change = fn.base_value() - fb.base_value()
        both = f"{printed(fb.reading)} → {printed(fn.reading)}"
        if fn.base_interval().intersects(fb.base_interval()):
            yield Outcome("FC409", Verdict.PASS, ids,
                          Message(N_("The revised figure {revised} reads to the same value as the "
                                     "provisional {provisional}: the revision changed nothing "
                                     "visible."), revised=printed(fn.reading),
                                  provisional=printed(fb.reading)), arithmetic=both)
        else:
            sign = "+" if change > 0 else ""
            template = N_("Revised up from {provisional} to {revised} ({change}): a revision, "
                          "not an inconsistency; the article should say which is the newer "
                          "figure.") if change > 0 else \
                N_("Revised down from {provisional} to {revised} ({change}): a revision, not an "
                   "inconsistency; the article should say which is the newer figure.")
            yield Outcome("FC409", Verdict.FAIL, ids,
                          Message(template, provisional=printed(fb.reading),
                                  revised=printed(fn.reading),
                                  change=f"{sign}{gap(change / fn.unit.factor)}"),
                          arithmetic=both, severity=Severity.WARNING,
                          discrepancy=f"{sign}{gap(change / fn.unit.factor)}")


@check("FC407", "enumeration-count", "A count agrees with the items the article lists for it.",
       discovered=("enumeration",))
def enumeration_count(ctx: Context) -> Iterator[Result]:
    """
    What it checks: an amount with ``items`` (the things the article lists after a count:
    三大支柱产业 followed by three names) is the number of items, and each item is printed
    in the article. Counts made of parts ("of the 27 member states, 11 rose, 14 fell and 2
    were stable") are breakdowns (FC404).

    Why it matters: "three pillar industries" followed by four, or by two, is an error a
    careful reader notices at once.

    Example: 三大支柱产业: 汽车、电子 ✗ (two items for three).
    """
    text = ctx.graph.article_text
    for node in ctx.graph.of_kind(ClaimKind.AMOUNT):
        fig = node.value
        items = node.claim.items
        if not items or not isinstance(fig, Figure):
            continue
        missing = [i for i in items if i not in text]
        n = len(items)
        listed = "、".join(items)
        if missing:
            yield Outcome("FC407", Verdict.FAIL, (node.id,),
                          Message(N_("The items {items} listed for {count} are not in the "
                                     "article."), items=", ".join(repr(m) for m in missing),
                                  count=printed(fig.reading)))
        elif fig.interval.contains(n):
            yield Outcome("FC407", Verdict.PASS, (node.id,),
                          Message(N_("The count {count} agrees with the {n} items listed "
                                     "({listed})."), count=printed(fig.reading), n=n, listed=listed),
                          arithmetic=f"{listed} = {n}")
        else:
            gap = fig.interval.distance_to(Fraction(n))
            yield Outcome("FC407", Verdict.FAIL, (node.id,),
                          Message(N_("The count {count} does not agree with the {n} items "
                                     "listed ({listed})."), count=printed(fig.reading), n=n,
                                  listed=listed), arithmetic=f"{listed} = {n}",
                          discrepancy=style_of(fig.reading, 0)(gap))


@check("FC408", "stated-order", "Figures said to be in an order (ranked second after) are in it.",
       discovered=("order",))
def stated_order(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a relation of kind ``order`` lists amounts in the order the article
    states ("X ranked second after Y", 紧随其后, 位列第N), largest first unless
    ``order: ascending``; each figure must be at least the next, within rounding.

    Why it matters: a city said to rank second but printed without its 亿 falls below the
    third; the ranking and the figures cannot both be right.

    Example: Y 2.1万亿, X 1.9万亿, Z 1.7万亿 ✓; X printed 1.9 (no 万亿) ✗.
    """
    for rel in _relations(ctx, RelationKind.ORDER):
        figs = _figures(ctx, rel.members)
        if len(figs) < 2:
            continue
        ids = tuple(n.id for n, _ in figs)
        ordered = figs if rel.order == "descending" else list(reversed(figs))
        word = Message(N_("largest first") if rel.order == "descending" else N_("smallest first"))
        chain = " ≥ ".join(printed(f.reading) for _, f in ordered)
        worst: tuple[Verdict, Fraction, str] = (Verdict.PASS, Fraction(0), "")
        for (na, a), (nb, b) in pairwise(ordered):
            ai, bi = a.base_interval(), b.base_interval()
            if a.base_value() >= b.base_value():
                continue
            style = style_of(a.reading)
            if ai.hi is None or bi.lo is None or ai.hi >= bi.lo:
                if worst[0] is Verdict.PASS:
                    worst = (Verdict.ROUNDING, b.base_value() - a.base_value(),
                             Message(N_("{first} ({first_id}) and {second} ({second_id}) are in "
                                        "the stated order only within rounding"),
                                     first=printed(a.reading), first_id=na.id,
                                     second=printed(b.reading), second_id=nb.id))
            else:
                gap = bi.lo - ai.hi
                if worst[0] is not Verdict.FAIL or gap > worst[1]:
                    worst = (Verdict.FAIL, gap,
                             Message(N_("{second} ({second_id}) exceeds {first} ({first_id}) by "
                                        "at least {gap}, against the stated order"),
                                     second=printed(b.reading), second_id=nb.id,
                                     first=printed(a.reading), first_id=na.id, gap=style(gap)))
        verdict, gap, why = worst
        if verdict is Verdict.PASS:
            message = Message(N_("The figures are in the stated order ({order}): {chain}."),
                              order=word, chain=chain)
        else:
            message = Message(N_("Stated order ({order}): {why}."), order=word, why=why)
        yield Outcome("FC408", verdict, ids, message, arithmetic=chain,
                      discrepancy=None if verdict is Verdict.PASS else style_of(figs[0][1].reading)(gap))


@check("FC411", "mean-between",
       "A whole's average or rate lies between the same figures of the groups that make it up.",
       discovered=("mean",))
def mean_between(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a relation of kind ``mean`` lists a figure of a whole first (all
    residents' income per head, the overall jobless rate, the composite price index) and
    then the same figure of groups that together make up the whole (urban and rural, men
    and women, the A and B indices). Whatever the groups' weights, the whole's figure is a
    weighted mean of theirs, so it lies between the smallest and the largest of them; the
    check fails only when no reading of the printed figures puts it there.

    Why it matters: an overall rate outside the range of its groups' rates means one of the
    figures was misprinted, taken from another period, or belongs to another population.

    Example: 全体居民人均60925元, 城镇69410元, 农村45071元 ✓; overall jobless rate 5.9% with men
    5.1% and women 5.6% ✗.
    """
    for rel in _relations(ctx, RelationKind.MEAN):
        figs = _figures(ctx, rel.members)
        if len(figs) < 3 or figs[0][0].id != rel.members[0]:
            continue
        (mean_node, mean), groups = figs[0], figs[1:]
        ids = tuple(n.id for n, _ in figs)
        per = 1 / mean.unit.factor  # shown in the unit of the whole's figure
        mi = mean.base_interval() * per
        intervals = [f.base_interval() * per for _, f in groups]
        los = [i.lo for i in intervals if i.lo is not None]
        his = [i.hi for i in intervals if i.hi is not None]
        if mi.lo is None or mi.hi is None or len(los) < len(groups) or len(his) < len(groups):
            continue
        low, high = min(los), max(his)
        values = [f.base_value() * per for _, f in groups]
        value = mean.base_value() * per
        style = style_of(mean.reading)
        gap = gap_style(style) if mean.kind is UnitKind.PERCENT else style
        shown = "、".join(printed(f.reading) for _, f in groups)
        lowest = min(groups, key=lambda p: p[1].base_value())[1]
        highest = max(groups, key=lambda p: p[1].base_value())[1]
        arithmetic = f"{printed(lowest.reading)} ≤ {printed(mean.reading)} ≤ {printed(highest.reading)}"
        if min(values) <= value <= max(values):
            yield Outcome("FC411", Verdict.PASS, ids,
                          Message(N_("{mean} ({mean_id}) lies between its groups' {groups}."),
                                  mean=printed(mean.reading), mean_id=mean_node.id, groups=shown),
                          arithmetic=arithmetic)
        elif mi.hi >= low and mi.lo <= high:
            yield Outcome("FC411", Verdict.ROUNDING, ids,
                          Message(N_("{mean} ({mean_id}) lies between its groups' {groups} only "
                                     "within rounding."), mean=printed(mean.reading),
                                  mean_id=mean_node.id, groups=shown),
                          arithmetic=arithmetic)
        else:
            distance = low - mi.hi if mi.hi < low else mi.lo - high
            yield Outcome("FC411", Verdict.FAIL, ids,
                          Message(N_("{mean} ({mean_id}) lies outside the range of its groups' "
                                     "{groups} by at least {gap}: a whole's figure is a weighted "
                                     "mean of its groups'."), mean=printed(mean.reading),
                                  mean_id=mean_node.id, groups=shown, gap=gap(distance)),
                          arithmetic=arithmetic, discrepancy=gap(distance))


def _unit_name(fig: Figure) -> str:
    """USD for a figure in dollars or cents, AUD for one in A$; a unit's name otherwise."""
    dim = fig.unit.dimension
    return dim.removeprefix("currency_").upper() if dim.startswith("currency_") else fig.unit.canonical


@check("FC410", "conversions-one-rate",
       "Amounts converted into another currency agree on one rate.", discovered=("conversion",))
def conversions_one_rate(ctx: Context) -> Iterator[Result]:
    """
    What it checks: an amount with ``converts`` is the amount it names, converted into
    another currency (A$4.6bn ($3.3bn)) at a rate the article does not print. Every
    conversion between the same two currencies implies a rate, on exact intervals; the
    rates of all of them must meet in one value. One conversion alone implies the rate
    and is shown, not judged. An article that converts at several rates (a period's
    average and a month's) names each in ``converted-at``; conversions of one name share
    one rate.

    Why it matters: an article that gives each figure in two currencies converts them at
    one rate; a figure converted at another (or a slip in one of the two) shows up as a
    rate no other conversion allows.

    Example: A$4.6bn ($3.3bn), A$12.4bn ($8.9bn) ⇒ 0.7065–0.7283 and 0.7154–0.7200 USD per
    AUD, one rate ✓; A$2.2bn ($1.9bn) beside them ⇒ 0.8444–0.8837 ✗.
    """
    groups: dict[tuple[str, str, str], list[tuple[tuple[str, str], Interval, Fraction, str]]] = {}
    for node, fc, ns, fs in _naming(ctx, "converts"):
        ids = (ns.id, node.id)
        if fc.unit.dimension == fs.unit.dimension:
            yield Outcome("FC410", Verdict.FAIL, ids,
                          Message(N_("{converted} converts {amount} into the currency it is "
                                     "already in; a conversion joins two currencies."),
                                  converted=printed(fc.reading), amount=printed(fs.reading)))
            continue
        if fs.base_interval().contains_zero() or fc.base_interval().contains_zero():
            continue
        # one orientation for each pair of currencies: the rate of the later-sorted per the other
        src, dst = fs, fc
        if _unit_name(fs) > _unit_name(fc):
            src, dst = fc, fs
        rate = dst.base_interval() / src.base_interval()
        point = dst.base_value() / src.base_value()
        text = f"{printed(fs.reading)} → {printed(fc.reading)}"
        group = (_unit_name(src), _unit_name(dst), node.claim.converted_at or "")
        groups.setdefault(group, []).append((ids, rate, point, text))
    for (src_name, dst_name, _), found in groups.items():
        style = _rate_style([iv for _, iv, _, _ in found])
        per = f" {dst_name} per {src_name}"
        if len(found) == 1:
            [(ids, iv, pt, _)] = found
            yield Implied(ids, Message(N_("The rate of the conversion ({per})"), per=per.strip()),
                          "≈ " + style(pt) + per, style.interval(iv) + per, pt, iv, "FC410")
            continue
        all_ids = tuple(dict.fromkeys(i for got, _, _, _ in found for i in got))
        arithmetic = "; ".join(f"{text}: {style.interval(iv)}" for _, iv, _, text in found)
        common: Interval | None = found[0][1]
        for _, iv, _, _ in found[1:]:
            common = common.intersect(iv) if common is not None else None
        if common is not None and not common.is_empty:
            yield Outcome("FC410", Verdict.PASS, all_ids,
                          Message(N_("The {count} conversions agree on one rate, {rate}."),
                                  count=str(len(found)), rate=style.interval(common) + per),
                          arithmetic=arithmetic)
            continue
        # the conversion whose rate meets the fewest others is the one to look at
        met = [sum(iv.intersects(other) for _, other, _, _ in found) for _, iv, _, _ in found]
        at = met.index(min(met))
        odd = found[at]
        template = N_("The conversions imply no one rate in {per}: {odd} ({rate}) meets none "
                      "of the others.") if met[at] == 1 else \
            N_("The conversions imply no one rate in {per}: {odd} ({rate}) meets the fewest "
               "of the others.")
        # the odd conversion's claims first: the finding is about it
        yield Outcome("FC410", Verdict.FAIL, tuple(dict.fromkeys((*odd[0], *all_ids))),
                      Message(template, per=per.strip(), odd=odd[3], rate=style.interval(odd[1])),
                      arithmetic=arithmetic)


def _rate_style(rates: list[Interval]) -> Style:
    """Four significant figures of the smallest rate: 0.7154, 4.382, 145.3."""
    lows = [iv.lo for iv in rates if iv.lo is not None and iv.lo > 0]
    low = min(lows) if lows else Fraction(1)
    digits = 0
    while low < 1000 and digits < 8:
        low *= 10
        digits += 1
    return Style(decimals=digits)
