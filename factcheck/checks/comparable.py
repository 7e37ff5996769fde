"""FC403 — unit comparability: one pass over the typed relation edges of a claim graph.

The pass runs once, when the graph is built (``factcheck.claims.graph.build_graph``). For every
relation it asks one question: can its members meet? A relation whose members cannot is
recorded as a ``UnitConflict``; the FC403 check reports it, and the arithmetic check that
judges the relation skips it (it neither passes nor fails there).

Before that, a bare count in a relation of counted amounts takes the unit of its relation:
a change of "12,000 people" broken down into 30,000 and −18,000 is a change of people.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import pairwise
from typing import TYPE_CHECKING

from factcheck.checks.common import per_mille, per_mille_points, printed, structure_figures, unit_name
from factcheck.checks.context import Context
from factcheck.checks.registry import Result, check
from factcheck.claims.graph import UnitConflict
from factcheck.claims.kinds import ClaimKind
from factcheck.claims.model import RelationKind
from factcheck.claims.values import Figure
from factcheck.core.i18n import N_, Message
from factcheck.numbers.reading import UnitKind
from factcheck.report.findings import Outcome, Verdict
from factcheck.units import DIMENSIONLESS

if TYPE_CHECKING:
    from factcheck.claims.graph import ClaimGraph, Node
    from factcheck.numbers.grammar import Tolerances


# the arithmetic checks the pass guards: each skips a relation the pass found incomparable
GUARDED = ("FC201", "FC203", "FC204", "FC205", "FC207", "FC208", "FC209", "FC210", "FC211",
           "FC212", "FC213", "FC214", "FC301", "FC306", "FC307", "FC308", "FC401", "FC402", "FC404",
           "FC405", "FC406", "FC408", "FC411")


@check("FC403", "unit-mismatch", "Related claims are in units that can be compared.",
       guards=GUARDED, discovered=("part-of", "partition", "share", "pp-change", "pp-gap",
                                   "contribution", "contribution-rate", "balance", "change",
                                   "from-to", "weighted-growth", "order", "mean"))
def unit_mismatch(ctx: Context) -> Iterator[Result]:
    """
    What it checks: every relation joins figures of compatible dimensions: amounts with
    amounts of the same unit dimension (vehicles with vehicles, yuan with yuan),
    percentage-point changes with rates in percent. It is one pass over the relations,
    made when the claims are read; a relation that fails it is not judged by its
    arithmetic check. A bare count in a relation of counted amounts (30 000 beside
    12 000 people) takes the unit of its relation.

    Why it matters: a share of vehicles in yuan, or a rate change written in % instead of
    pp, is a wrong relation, not an arithmetic result.

    Example: ``part-of`` joining 39.1万辆 to 829.16亿元 fails.
    """
    for conflict in ctx.graph.unit_conflicts:
        yield Outcome("FC403", Verdict.FAIL, conflict.claim_ids, conflict.message)


def mismatch_message(what: str, a: Figure, b: Figure, expected: str | None = None) -> str:
    """Two related figures in units that cannot meet. ``expected`` says what ``b`` should
    be in, for relations where ``a`` and ``b`` may share a unit and still not fit (a pp
    change of a figure that is itself in pp)."""
    a_text, b_text = a.reading.text.strip(), b.reading.text.strip()
    if expected is not None:
        return Message(N_("{what}: {b} should be in {expected}, but it is in {b_unit} "
                          "(beside {a} in {a_unit})."), what=Message(what), b=b_text,
                       expected=Message(expected), b_unit=unit_name(b), a=a_text,
                       a_unit=unit_name(a))
    return Message(N_("{what}: {a} is in {a_unit} but {b} is in {b_unit}; they cannot be "
                      "compared."), what=Message(what), a=a_text, a_unit=unit_name(a), b=b_text,
                   b_unit=unit_name(b))


def _apart(a: Figure, b: Figure) -> bool:
    """Whether two amounts of one relation cannot meet: another dimension or kind."""
    return a.unit.dimension != b.unit.dimension or a.kind is not b.kind


def _first_apart(figs: list[tuple[Node, Figure]]) -> tuple[Figure, Figure] | None:
    """The first figure and the first one that cannot meet it, if any."""
    first = figs[0][1]
    for _, f in figs[1:]:
        if _apart(first, f):
            return first, f
    return None


# --- bare counts --------------------------------------------------------------------


def _bare(fig: Figure) -> bool:
    return fig.unit is DIMENSIONLESS and fig.kind is UnitKind.AMOUNT


def _amount_groups(graph: ClaimGraph) -> Iterator[list[str]]:
    """The members of every relation that joins amounts of one unit, owner first."""
    for node in graph.nodes:
        c = node.claim
        kind = c.kind
        if kind in (ClaimKind.AMOUNT, ClaimKind.CHANGE):
            for members in c.breakdowns.values():
                yield [node.id, *members]
        if kind is ClaimKind.CHANGE:
            yield [node.id, *(x for x in (c.current, c.prior) if x is not None)]
        if kind in (ClaimKind.GROWTH, ClaimKind.MULTIPLE):
            yield [x for x in (c.current, c.prior, c.increase, *(c.increase_of or ()))
                   if x is not None]
        if kind is ClaimKind.SHARE:  # 200,000 jobs of the 318,000 gained
            yield [x for x in (c.part, *(c.parts or ()), c.whole, *(c.whole_of or ()))
                   if x is not None]
        if kind is ClaimKind.STRUCTURE:
            yield list(c.components)
        if kind is ClaimKind.DIFFERENCE:
            yield [node.id, *(x for x in (c.left, c.right, *(c.left_of or ()), *(c.right_of or ()))
                              if x is not None)]
        if c.part_of is not None:
            yield [c.part_of, node.id]
    for rel in graph.source.claims.relations:
        if rel.kind in (RelationKind.SAME, RelationKind.ORDER, RelationKind.DIFFERENCE,
                        RelationKind.MEAN):
            yield list(rel.members)


def adopt_bare_counts(graph: ClaimGraph) -> None:
    """A bare count in a relation whose other amounts share one counted unit is read in
    that unit, and so on through the relations it joins (248,000 jobs = 248,000 > 213,000).
    A count that two relations would give different units keeps none."""
    while _adopt_once(graph):
        pass


def _adopt_once(graph: ClaimGraph) -> bool:
    """One round of adoption; whether any bare count took a unit."""
    units: dict[str, set[object]] = {}
    unit_of = {}
    for members in _amount_groups(graph):
        figs = [n.value for n in (graph.by_id.get(m) for m in members)
                if n is not None and isinstance(n.value, Figure)]
        bare = [m for m in members if (n := graph.by_id.get(m)) is not None
                and isinstance(n.value, Figure) and _bare(n.value)]
        counted = {(f.unit.dimension, f.unit) for f in figs
                   if not _bare(f) and f.kind is UnitKind.AMOUNT}
        if not bare or not counted or len({d for d, _ in counted}) != 1:
            continue
        others = [f for f in figs if not _bare(f)]
        if any(f.kind is not UnitKind.AMOUNT for f in others):
            continue
        unit = others[0].unit
        for m in bare:
            units.setdefault(m, set()).add(unit)
            unit_of[m] = unit
    changed = False
    for m, seen in units.items():
        if len(seen) != 1:
            continue
        node = graph.by_id[m]
        assert isinstance(node.value, Figure)
        adopted = replace(node, value=Figure(node.value.reading, unit_of[m]))
        graph.nodes[node.index] = adopted
        graph.by_id[m] = adopted
        changed = True
    return changed


# --- the pass -------------------------------------------------------------------------

Finder = Callable[[Context], Iterable[UnitConflict]]
_FINDERS: list[Finder] = []


def _finder(function: Finder) -> Finder:
    _FINDERS.append(function)
    return function


def unit_conflicts(graph: ClaimGraph, tolerances: Tolerances) -> list[UnitConflict]:
    """Every relation of the graph whose members cannot meet, in a stable order."""
    ctx = Context(graph, tolerances)
    return [conflict for finder in _FINDERS for conflict in finder(ctx)]


def _conflict(relation: str, owner: str, blocks: str, ids: tuple[str, ...], what: str,
              a: Figure, b: Figure, expected: str | None = None) -> UnitConflict:
    return UnitConflict(relation, owner, blocks, ids, mismatch_message(what, a, b, expected))


@_finder
def _parts_of_totals(ctx: Context) -> Iterator[UnitConflict]:
    from factcheck.checks.totals import parts_of

    for total, ft, parts in parts_of(ctx):
        odd = [(n, f) for n, f in parts if f.unit.dimension != ft.unit.dimension]
        if odd:
            yield _conflict("part-of", total.id, "FC401", (total.id, odd[0][0].id),
                            N_("Part and total"), odd[0][1], ft)


@_finder
def _growths(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.of_kind(ClaimKind.GROWTH):
        g = node.value
        if not isinstance(g, Figure) or g.kind not in (UnitKind.PERCENT, UnitKind.MULTIPLE):
            continue
        c = node.claim
        amounts = [x for x in (ctx.figure(c.current), ctx.figure(c.prior), ctx.figure(c.increase),
                               *(ctx.figure(i) for i in c.increase_of or ()))
                   if x is not None]
        for (na, a), (nb, b) in pairwise(amounts):
            if a.unit.dimension != b.unit.dimension:
                yield _conflict("growth", node.id, "FC201", (node.id, na.id, nb.id),
                                N_("Growth amounts"), a, b)
                break  # one relation, one conflict


@_finder
def _rate_changes(ctx: Context) -> Iterator[UnitConflict]:
    from factcheck.checks.change import printed_in_percent

    for node in ctx.graph.of_kind(ClaimKind.PP_CHANGE):
        change = node.value
        if not isinstance(change, Figure):
            continue
        if ctx.graph.get(node.claim.of) is not None and node.claim.component is not None:
            continue  # a shift of a structure component: FC304
        now = ctx.figure(node.claim.of)
        if now is None:
            continue
        nnow, fnow = now
        if change.kind is UnitKind.PERCENT and printed_in_percent(ctx, node):
            if fnow.kind is not UnitKind.PERCENT:  # FC213 tries both readings
                yield _conflict("pp-change", node.id, "FC213", (node.id, nnow.id),
                                N_("Change of a rate"), change, fnow,
                                expected=N_("percent (the rate that changed)"))
        elif per_mille_points(change):
            if not per_mille(fnow):
                yield _conflict("pp-change", node.id, "FC203", (node.id, nnow.id),
                                N_("Per-mille-point change"), change, fnow,
                                expected=N_("per mille (‰, the rate that changed)"))
            else:
                yield from _rates_apart(ctx, node, nnow, fnow)
        elif change.kind is not UnitKind.PERCENTAGE_POINT:
            yield UnitConflict("pp-change", node.id, "FC203", (node.id, nnow.id),
                               Message(N_("A percentage-point change is recorded as {value}; "
                                          "write it in pp."), value=printed(change.reading)))
        elif per_mille(fnow):
            yield UnitConflict("pp-change", node.id, "FC203", (node.id, nnow.id),
                               Message(N_("Change of a rate: {rate} is a rate per mille (‰), but "
                                          "its change {change} is in percentage points; a ‰ rate "
                                          "changes in per-mille points (个千分点)."),
                                       rate=fnow.reading.text.strip(),
                                       change=change.reading.text.strip()))
        elif fnow.kind is not UnitKind.PERCENT and not (
                # a contribution (拉动…个百分点) changes in points too: 比上年提高0.4个百分点
                nnow.claim.kind is ClaimKind.CONTRIBUTION
                and fnow.kind is UnitKind.PERCENTAGE_POINT):
            yield _conflict("pp-change", node.id, "FC203", (node.id, nnow.id),
                            N_("Percentage-point change"), change, fnow,
                            expected=N_("percent (the rate that changed)"))
        else:
            yield from _rates_apart(ctx, node, nnow, fnow)


def _rates_apart(ctx: Context, node: Node, nnow: Node, fnow: Figure) -> Iterator[UnitConflict]:
    """The rate before a change in another unit than the rate after it (6.77% and 6.39‰)."""
    before = ctx.figure(node.claim.prior)
    if before is not None and _apart(fnow, before[1]):
        yield _conflict("pp-change", node.id, "FC203", (node.id, nnow.id, before[0].id),
                        N_("Rates before and after"), fnow, before[1])


@_finder
def _rate_gaps(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.of_kind(ClaimKind.PP_GAP):
        gap = node.value
        here = ctx.figure(node.claim.of)
        if isinstance(gap, Figure) and here is not None \
                and gap.kind is not UnitKind.PERCENTAGE_POINT:
            yield UnitConflict("pp-gap", node.id, "FC204", (node.id, here[0].id),
                               Message(N_("A percentage-point gap is recorded as {value}; "
                                          "write it in pp."), value=printed(gap.reading)))


@_finder
def _multiples(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.of_kind(ClaimKind.MULTIPLE):
        cur, pri = ctx.figure(node.claim.current), ctx.figure(node.claim.prior)
        if not isinstance(node.value, Figure) or cur is None or pri is None:
            continue
        (nc, fc), (np_, fp) = cur, pri
        if fc.unit.dimension != fp.unit.dimension:
            yield _conflict("multiple", node.id, "FC205", (node.id, nc.id, np_.id),
                            N_("Multiple"), fc, fp)


@_finder
def _changes(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.of_kind(ClaimKind.CHANGE):
        ch = node.value
        if not isinstance(ch, Figure):
            continue
        amounts = (ctx.figure(node.claim.current), ctx.figure(node.claim.prior))
        odd = next(((n, f) for n, f in (x for x in amounts if x is not None)
                    if f.unit.dimension != ch.unit.dimension or f.kind is not ch.kind), None)
        if odd is not None:
            yield _conflict("change", node.id, "FC207", (node.id, odd[0].id),
                            N_("Change and its amounts"), ch, odd[1])


@_finder
def _directions(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.nodes:
        fig = node.value
        growth = node.claim.kind is ClaimKind.GROWTH and node.claim.prior_rate is not None
        if node.claim.direction is None or not isinstance(fig, Figure) or (node.claim.kind
                not in (ClaimKind.AMOUNT, ClaimKind.RATE, ClaimKind.SHARE) and not growth):
            continue
        before = ctx.figure(node.claim.prior_rate if growth else node.claim.prior)
        if before is not None and _apart(before[1], fig):
            yield _conflict("direction", node.id, "FC208", (node.id, before[0].id),
                            N_("A figure and its earlier value"), fig, before[1])


def _contribution_units(ctx: Context, kind: ClaimKind) -> Iterator[tuple[Node, UnitConflict | None]]:
    """Each contribution (拉动, in pp) or contribution rate (贡献率, a share in percent) with
    the conflict of its units, if any: its own unit first, then its part's change against the
    whole it is weighed by (the whole a period earlier, or the whole's change)."""
    from factcheck.checks.change import contribution_members, delta_of, whole_before, whole_delta

    rate = kind is ClaimKind.CONTRIBUTION_RATE
    code, relation = ("FC210", "contribution-rate") if rate else ("FC209", "contribution")
    for node in ctx.graph.of_kind(kind):
        fig = node.value
        if not isinstance(fig, Figure):
            continue
        if fig.kind is not (UnitKind.PERCENT if rate else UnitKind.PERCENTAGE_POINT):
            yield node, UnitConflict(
                relation, node.id, code, (node.id,),
                Message(N_("A contribution rate is recorded as {value}, in {unit}; a "
                           "contribution rate is a share in percent."),
                        value=printed(fig.reading), unit=unit_name(fig)) if rate else
                Message(N_("A contribution to growth is recorded as {value}, in {unit}; a "
                           "contribution is in percentage points (pp)."),
                        value=printed(fig.reading), unit=unit_name(fig)))
            continue
        delta, base = delta_of(ctx, node), (whole_delta if rate else whole_before)(ctx, node)
        conflict = None
        if delta is not None and base is not None \
                and delta[3].unit.dimension != base[3].unit.dimension:
            ids = (node.id, *(n.id for n in contribution_members(ctx, node)))
            conflict = _conflict(f"{relation}-parts" if rate else relation, node.id, code, ids,
                                 N_("Contribution rate: part and whole") if rate
                                 else N_("Contribution: part and whole"), delta[3], base[3])
        yield node, conflict


@_finder
def _contributions(ctx: Context) -> Iterator[UnitConflict]:
    for _, conflict in _contribution_units(ctx, ClaimKind.CONTRIBUTION):
        if conflict is not None:
            yield conflict


@_finder
def _contribution_rates(ctx: Context) -> Iterator[UnitConflict]:
    for node, conflict in _contribution_units(ctx, ClaimKind.CONTRIBUTION_RATE):
        if conflict is not None:
            yield conflict
            if conflict.relation == "contribution-rate":
                continue  # not in percent: nothing more to compare
        contrib, growth = ctx.figure(node.claim.contribution), ctx.figure(node.claim.of)
        if contrib is None or growth is None:
            continue
        (ncon, fcon), (ng, fg) = contrib, growth
        pair = (node.id, ncon.id, ng.id)
        if fcon.kind is not UnitKind.PERCENTAGE_POINT:
            yield _conflict("contribution-rate-growth", node.id, "FC210", pair,
                            N_("Contribution rate × growth"), fg, fcon,
                            expected=N_("percentage points (a contribution)"))
        elif fg.kind is not UnitKind.PERCENT:
            yield _conflict("contribution-rate-growth", node.id, "FC210", pair,
                            N_("Contribution rate × growth"), fcon, fg,
                            expected=N_("percent (the whole's growth rate)"))


@_finder
def _total_growths(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.of_kind(ClaimKind.GROWTH, ClaimKind.RATE, ClaimKind.SHARE):
        g = node.value
        if not isinstance(g, Figure) or g.kind is not UnitKind.PERCENT:
            continue
        from factcheck.checks.common import from_parts_groups

        for owner, names in from_parts_groups(node):
            rates = [p for p in (ctx.figure(x) for x in names) if p is not None]
            bad = next((f for _, f in rates if f.kind is not UnitKind.PERCENT), None)
            if bad is not None:
                yield _conflict("from-parts", owner, "FC211",
                                (node.id, *(n.id for n, _ in rates)),
                                N_("A total's growth from its parts"), g, bad,
                                expected=N_("percent (a part's growth rate)"))


def _is_rate(fig: Figure) -> bool:
    return fig.kind in (UnitKind.PERCENT, UnitKind.MULTIPLE)


@_finder
def _average_growths(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.of_kind(ClaimKind.GROWTH):
        g = node.value
        if not isinstance(g, Figure) or g.kind is not UnitKind.PERCENT:
            continue
        c = node.claim
        if c.average_of:
            figs = [p for p in (ctx.figure(x) for x in c.average_of) if p is not None]
            bad = next((f for _, f in figs if not _is_rate(f)), None)
            if bad is not None:
                yield _conflict("average-growth", node.id, "FC212",
                                (node.id, *(n.id for n, _ in figs)), N_("Average growth"), g, bad,
                                expected=N_("percent (a period's growth rate)"))
        elif c.years and c.current and c.prior:
            cur, pri = ctx.figure(c.current), ctx.figure(c.prior)
            if cur is not None and pri is not None \
                    and cur[1].unit.dimension != pri[1].unit.dimension:
                yield _conflict("average-growth", node.id, "FC212",
                                (node.id, cur[0].id, pri[0].id), N_("Compound growth"),
                                cur[1], pri[1])
        elif c.annualized_from and c.periods:
            got = ctx.figure(c.annualized_from)
            if got is not None and not _is_rate(got[1]):
                yield _conflict("average-growth", node.id, "FC212", (node.id, got[0].id),
                                N_("Annualized growth"), g, got[1],
                                expected=N_("percent (the rate of one period)"))


@_finder
def _shares(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.of_kind(ClaimKind.SHARE):
        share = node.value
        if not isinstance(share, Figure) or share.kind is not UnitKind.PERCENT:
            continue
        part, whole = ctx.figure(node.claim.part), ctx.figure(node.claim.whole)
        if node.claim.parts:
            listed = [*node.claim.parts, *(node.claim.whole_of or [node.claim.whole or ""])]
            members = [got for got in (ctx.figure(i) for i in listed) if got is not None]
            apart = _first_apart(members) if members else None
            if apart is not None:
                yield _conflict("share", node.id, "FC301",
                                (node.id, *(n.id for n, _ in members)), N_("Share of a sum"),
                                *apart)
        elif part and node.claim.whole_of:
            npart, fp = part
            members = [got for got in (ctx.figure(i) for i in node.claim.whole_of)
                       if got is not None]
            odd = next((f for _, f in members if f.unit.dimension != fp.unit.dimension), None)
            if odd is not None:
                yield _conflict("share", node.id, "FC301",
                                (node.id, npart.id, *(n.id for n, _ in members)),
                                N_("Share of a sum"), fp, odd)
        elif part and whole:
            (npart, fp), (nwhole, fw) = part, whole
            if fp.unit.dimension != fw.unit.dimension:
                yield _conflict("share", node.id, "FC301", (node.id, npart.id, nwhole.id),
                                N_("Share"), fp, fw)


@_finder
def _structures(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.of_kind(ClaimKind.STRUCTURE):
        got = structure_figures(ctx, node)
        if got is None:
            continue
        ratios, figs = got
        if len(figs) == len(ratios.parts) and len({f.unit.dimension for f in figs}) > 1:
            yield _conflict("structure", node.id, "FC306", (node.id,), N_("Structure parts"),
                            figs[0], figs[-1])


@_finder
def _breakdowns(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.of_kind(ClaimKind.AMOUNT, ClaimKind.CHANGE):
        total = node.value
        if not node.claim.breakdowns or not isinstance(total, Figure):
            continue
        for name, members in node.claim.breakdowns.items():
            parts = [got for got in (ctx.figure(i) for i in members) if got is not None]
            odd = _first_apart([(node, total), *parts])
            if odd is not None:
                yield _conflict("breakdown", f"{node.id}:{name}", "FC404",
                                (node.id, *(n.id for n, _ in parts)),
                                Message(N_("Breakdown {name}"), name=repr(name)),
                                *odd)


@_finder
def _differences(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.of_kind(ClaimKind.DIFFERENCE):
        d = node.value
        if not isinstance(d, Figure):
            continue
        c = node.claim
        named = [c.left, c.right, *(c.left_of or ()), *(c.right_of or ())]
        sides = [x for x in (ctx.figure(i) for i in named) if x is not None]
        if not sides:
            continue
        ids = (node.id, *(n.id for n, _ in sides))
        a = sides[0][1]
        rates = a.kind is UnitKind.PERCENT
        odd = _first_apart(sides) if len(sides) > 1 else None
        if odd is not None:
            yield _conflict("difference", node.id, "FC405", ids, N_("Difference: the two sides"),
                            *odd)
        elif rates and d.kind is not UnitKind.PERCENTAGE_POINT:
            yield _conflict("difference", node.id, "FC405", ids, N_("Difference of two rates"),
                            a, d, expected=N_("percentage points (a difference of rates in %)"))
        elif not rates and _apart(a, d):
            yield _conflict("difference", node.id, "FC405", ids, N_("Difference and its sides"),
                            a, d)


@_finder
def _ratios(ctx: Context) -> Iterator[UnitConflict]:
    for node in ctx.graph.of_kind(ClaimKind.RATIO):
        left, right = ctx.figure(node.claim.left), ctx.figure(node.claim.right)
        if left is not None and right is not None and _apart(left[1], right[1]) \
                and not _rate_between(node.value, left[1], right[1]):
            yield _conflict("ratio", node.id, "FC308", (node.id, left[0].id, right[0].id),
                            N_("Ratio: the two amounts"), left[1], right[1])


def _rate_between(value: object, left: Figure, right: Figure) -> bool:
    """A ratio printed as one bare number between amounts of two counted units is a rate of
    one per the other: an exchange rate (141647元 at 6.8985 is 约合20533美元), a price."""
    return (isinstance(value, Figure) and _bare(value)
            and left.kind is UnitKind.AMOUNT and right.kind is UnitKind.AMOUNT
            and not _bare(left) and not _bare(right))


def relation_owner(index: int) -> str:
    """The owner key of a relation of the ``relations`` list."""
    return f"relations[{index}]"


@_finder
def _listed_relations(ctx: Context) -> Iterator[UnitConflict]:
    for i, rel in enumerate(ctx.graph.source.claims.relations):
        figs = [got for got in (ctx.figure(m) for m in rel.members) if got is not None]
        ids = tuple(n.id for n, _ in figs)
        if rel.kind is RelationKind.SHARES:
            bad = next(((n, f) for n, f in figs if f.kind is not UnitKind.PERCENT), None)
            if bad is not None:
                other = next((f for n, f in figs if n is not bad[0]), bad[1])
                yield _conflict("shares", relation_owner(i), "FC307", ids,
                                N_("Shares of one whole"), other, bad[1], expected=N_("percent (a share)"))
            continue
        if len(figs) < 2:
            continue
        odd = _first_apart(figs)
        if odd is None:
            continue
        if rel.kind is RelationKind.SAME:
            yield _conflict("same", relation_owner(i), "FC406", ids,
                            N_("One quantity stated twice"), *odd)
        elif rel.kind is RelationKind.ORDER:
            yield _conflict("order", relation_owner(i), "FC408", ids,
                            N_("Figures in a stated order"), *odd)
        elif rel.kind is RelationKind.MEAN:
            yield _conflict("mean", relation_owner(i), "FC411", ids,
                            N_("A whole's figure and its groups'"), *odd)
        elif rel.kind is RelationKind.DIFFERENCE:
            yield _conflict("difference", relation_owner(i), "FC405", ids,
                            N_("Difference: the two sides"), *odd)


def prepare(graph: ClaimGraph, tolerances: Tolerances) -> None:
    """The one pass over the typed relations, once per graph before any check runs: bare
    counts take their relation's unit, and the relations whose members cannot meet are
    found (FC403 reports them; the arithmetic checks skip them)."""
    if graph.units_checked:
        return
    adopt_bare_counts(graph)
    graph.set_unit_conflicts(unit_conflicts(graph, tolerances))
