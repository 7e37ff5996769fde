"""FC6xx — figures against the reference tables they cite.

The loader has already looked every cited cell up (``factcheck.refs.resolve``); these
checks only judge what it found.
"""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from factcheck.checks.common import HUNDRED, gap_style, percent_factor, printed, style_of
from factcheck.checks.compare import compare
from factcheck.checks.context import Context
from factcheck.checks.registry import Result, check
from factcheck.claims.kinds import ClaimKind
from factcheck.claims.values import Figure
from factcheck.core.i18n import N_, Message
from factcheck.core.interval import Interval
from factcheck.numbers.display import PERCENT, Style
from factcheck.numbers.reading import UnitKind
from factcheck.refs.resolve import Cell, Sources, Status
from factcheck.report.findings import Number, Outcome, Severity, Verdict


def _sources(ctx: Context) -> Sources | None:
    return ctx.graph.source.sources


def _cells(ctx: Context) -> Iterator[tuple[tuple[str, ...], Cell]]:
    """Every resolved citation with the claim ids an outcome about it names: a claim's own
    citation names the claim; a reference names the claims that use it as a member."""
    sources = _sources(ctx)
    if sources is None:
        return
    for cid, cell in sources.claims.items():
        yield (cid,), cell
    users = _reference_users(ctx)
    for rid, cell in sources.references.items():
        yield tuple(users.get(rid, ())), cell


def _reference_users(ctx: Context) -> dict[str, list[str]]:
    sources = _sources(ctx)
    if sources is None or not sources.references:
        return {}
    users: dict[str, list[str]] = {}
    for node in ctx.graph.nodes:
        for _, target in node.refs:
            if target in sources.references:
                users.setdefault(target, []).append(node.id)
    return users


def _about(cell: Cell, ids: tuple[str, ...]) -> str:
    if cell.owner in ids:
        return Message(N_("claim {claim} cites {where}"), claim=repr(ids[0]), where=cell.where)
    return Message(N_("reference {reference} cites {where}"), reference=repr(cell.owner),
                   where=cell.where)


def _dimension_mismatch(fig: Figure, source: Figure) -> bool:
    return fig.unit.dimension != source.unit.dimension


@check("FC601", "source-value", "A printed figure agrees with the cited source under rounding.")
def source_value(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a claim with a ``source`` (a table, the row's keys and a column) prints
    a figure whose interval holds the value in that cell. The printed figure is read with
    its rounding and qualifier (8.1% is 8.05–8.15%; 超过31.67万 is above 31.67万); the cell
    is read with the column's unit and multiplier. When only the cell's own rounding lets
    the two meet (the table is less precise than the article, or 超过 a value the table
    gives exactly) the verdict is "within rounding".

    Why it matters: a figure copied from a statistical release can be mistyped and still be
    consistent with the rest of the article; only the release itself catches it.

    Example: the table gives 8.13 (%); a printed 8.1% passes, a printed 8.2% fails by 0.02 pp.
    """
    sources = _sources(ctx)
    if sources is None:
        return
    for cid, cell in sources.claims.items():
        node = ctx.graph.by_id.get(cid)
        found = cell.found
        if node is None or found.status is not Status.OK or found.figure is None:
            continue
        fig = node.value
        if not isinstance(fig, Figure) or _dimension_mismatch(fig, found.figure):
            continue
        src = found.figure
        factor = src.unit.factor / fig.unit.factor  # the source in the claim's unit
        computed, point = src.interval * factor, src.value * factor
        c = compare(fig.interval, computed, point)
        style = style_of(fig.reading)
        shown = found.shown
        stated = printed(fig.reading)
        gap = gap_style(style)(c.gap)
        if c.verdict is Verdict.PASS:
            message = Message(N_("The source gives {shown} ({where}); the printed {stated} holds it."),
                              shown=shown, where=cell.where, stated=stated)
        elif c.verdict is Verdict.ROUNDING:
            message = Message(N_("The source gives {shown} ({where}); at face value it lies outside "
                                 "the printed {stated}, which agrees only within the rounding of "
                                 "the two."), shown=shown, where=cell.where, stated=stated)
        else:
            message = Message(N_("The source gives {shown} ({where}, at {at}), but claim {claim} "
                                 "prints {stated}; no reading of the two closes the gap of {gap}."),
                              shown=shown, where=cell.where, at=found.location_text,
                              claim=repr(cid), stated=stated, gap=gap)
        yield Outcome(
            "FC601", c.verdict, (cid,), message,
            arithmetic=Message(N_("source {source} {relation} printed {stated} ({interval})"),
                               source=shown, relation="∉" if c.verdict is Verdict.FAIL else "∈",
                               stated=stated, interval=style.interval(fig.interval)),
            numbers=(Number(N_("stated"), printed(fig.reading), None, fig.interval),
                     Number(N_("source"), shown, point, computed)),
            discrepancy=None if c.verdict is Verdict.PASS else gap_style(style)(c.gap),
            subject=found.location_text,
        )


# the member a percentage-point relation is measured from
PP_BASE = {ClaimKind.PP_GAP: "against", ClaimKind.PP_CHANGE: "prior"}


def _implied(field: str, kind: ClaimKind, claim: Figure,
             member: dict[str, Figure | None]) -> tuple[Interval, Fraction, str, Style] | None:
    """The value that member ``field`` of a relation must have, given the other members:
    (interval, point, arithmetic, style), in the unit of the figures it is computed from."""

    def fig(name: str) -> Figure | None:
        return member.get(name)

    if kind in PP_BASE and claim.kind is UnitKind.PERCENTAGE_POINT:
        # a gap and a change alike: of = base + points
        base_name = PP_BASE[kind]
        of, base = fig("of"), fig(base_name)
        if field == base_name and of is not None:
            return (of.interval - claim.interval, of.value - claim.value,
                    f"{printed(of.reading)} − {printed(claim.reading)}", PERCENT.more(-1))
        if field == "of" and base is not None:
            return (base.interval + claim.interval, base.value + claim.value,
                    f"{printed(base.reading)} + {printed(claim.reading)}", PERCENT.more(-1))
    if kind in (ClaimKind.GROWTH, ClaimKind.MULTIPLE) and claim.kind in (
            UnitKind.PERCENT, UnitKind.MULTIPLE):
        if kind is ClaimKind.GROWTH:
            factor, factor_pt = percent_factor(claim)
        else:
            factor, factor_pt = claim.interval, claim.value
        current, prior = fig("current"), fig("prior")
        if field == "prior" and current is not None and not factor.contains_zero():
            return (current.base_interval() / factor, current.base_value() / factor_pt,
                    f"{printed(current.reading)} ÷ (1 + {printed(claim.reading)})"
                    if kind is ClaimKind.GROWTH else
                    f"{printed(current.reading)} ÷ {printed(claim.reading)}", style_of(current.reading))
        if field == "current" and prior is not None:
            return (prior.base_interval() * factor, prior.base_value() * factor_pt,
                    f"{printed(prior.reading)} × (1 + {printed(claim.reading)})"
                    if kind is ClaimKind.GROWTH else
                    f"{printed(prior.reading)} × {printed(claim.reading)}", style_of(prior.reading))
    if kind is ClaimKind.SHARE and claim.kind is UnitKind.PERCENT:
        share_iv, share_pt = claim.interval / HUNDRED, claim.value / HUNDRED
        part, whole = fig("part"), fig("whole")
        if field == "whole" and part is not None and not share_iv.contains_zero() and share_pt:
            return (part.base_interval() / share_iv, part.base_value() / share_pt,
                    f"{printed(part.reading)} ÷ {printed(claim.reading)}", style_of(part.reading))
        if field == "part" and whole is not None:
            return (whole.base_interval() * share_iv, whole.base_value() * share_pt,
                    f"{printed(whole.reading)} × {printed(claim.reading)}", style_of(whole.reading))
    return None


AMOUNT_FIELDS = {"current", "prior", "part", "whole"}
# the members whose implied value ``_implied`` computes; a reference anywhere else is said
# to be unchecked rather than passed over
IMPLIED_MEMBERS = {
    ClaimKind.PP_GAP: {"against", "of"}, ClaimKind.PP_CHANGE: {"prior", "of"},
    ClaimKind.GROWTH: {"current", "prior"}, ClaimKind.MULTIPLE: {"current", "prior"},
    ClaimKind.SHARE: {"part", "whole"},
}


@check("FC602", "source-implied", "A value the figures imply agrees with the cited source.")
def source_implied(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a relation whose member is a reference value (``references:`` in the
    claims file, each citing a table cell) — the national rate behind a percentage-point
    gap, last year's rate behind a pp change, the amount before a growth rate, the whole
    behind a share. The article's own figures imply that member's value; the source must
    hold a value inside that interval. Members supported: ``against`` and ``of`` of a
    ``pp-gap``, ``prior`` and ``of`` of a ``pp-change``, ``current`` and ``prior`` of a
    ``growth`` or ``multiple``, ``part`` and ``whole`` of a ``share``. A reference that is a
    member of any other relation fails, saying its value is not checked, rather than
    passing unseen.

    Why it matters: "高于全国2.3个百分点" states a national figure without printing it;
    nothing inside the article can show that the national figure is right.

    Example: 8.1%, 高于全国2.3个百分点, against the national 5.8% of the release ⇒ the
    article implies 5.70–5.90% and the source's 5.8% lies inside ✓; a table giving 6.0% fails.
    """
    sources = _sources(ctx)
    if sources is None or not sources.references:
        return
    refs = sources.references

    def member(target: str) -> Figure | None:
        cell = refs.get(target)
        if cell is not None:
            f = cell.found.figure
            return f if cell.found.status is Status.OK else None
        got = ctx.figure(target)
        return None if got is None else got[1]

    for node in ctx.graph.nodes:
        claim = node.value
        if not isinstance(claim, Figure):
            continue
        for field, target in node.refs:
            cell = refs.get(target)
            if cell is None or cell.found.status is not Status.OK or cell.found.figure is None:
                continue
            src = cell.found.figure
            members = {name: member(t) for name, t in node.refs if t != target}
            got = _implied(field, node.claim.kind, claim, members)
            if got is None and field not in IMPLIED_MEMBERS.get(node.claim.kind, ()):
                yield Outcome(
                    "FC602", Verdict.FAIL, (node.id,),
                    Message(N_("Reference {reference} ({where}) is the {member} member of a "
                               "{kind} relation, where its value cannot be checked against the "
                               "source; cite it where FC602 evaluates references (the members of "
                               "pp-gap, pp-change, growth, multiple and share relations) or waive "
                               "FC602 with a reason."), reference=repr(target), where=cell.where,
                            member=repr(field), kind=node.claim.kind.value),
                    subject=cell.found.location_text,
                )
                continue
            if got is None:
                continue
            iv, pt, arithmetic, style = got
            others = [t for name, t in node.refs if t != target]
            ids = (node.id, *others)
            other_fig = next((m for m in members.values() if m is not None), None)
            if other_fig is not None and field not in AMOUNT_FIELDS:
                if src.unit.dimension != other_fig.unit.dimension:
                    continue  # FC605 speaks for it
                computed, point = src.interval, src.value
            else:
                computed, point = src.base_interval(), src.base_value()
            c = compare(computed, iv, pt)
            found = cell.found
            implied_text = style.interval(iv)
            what = Message(N_("Reference {name} ({where})"), name=repr(target), where=cell.where)
            if c.verdict is Verdict.PASS:
                message = Message(N_("{what}: the article implies {point} ({implied}) for it; the "
                                     "source gives {source}, consistent."), what=what,
                                  point=style(pt), implied=implied_text, source=found.shown)
            elif c.verdict is Verdict.ROUNDING:
                message = Message(N_("{what}: the article implies {point} ({implied}); the "
                                     "source's {source} agrees only within rounding."), what=what,
                                  point=style(pt), implied=implied_text, source=found.shown)
            else:
                message = Message(N_("{what}: the article's figures imply {implied} for it, but "
                                     "the source gives {source} at {at}; claim {claim} disagrees "
                                     "with the source by {gap}."), what=what, implied=implied_text,
                                  source=found.shown, at=found.location_text, claim=repr(node.id),
                                  gap=gap_style(style.more())(c.gap))
            yield Outcome(
                "FC602", c.verdict, ids, message,
                arithmetic=Message(N_("{arithmetic} = {point} ({implied}); source {source}"),
                                   arithmetic=arithmetic, point=style(pt), implied=implied_text,
                                   source=found.shown),
                numbers=(Number(N_("implied"), implied_text, pt, iv),
                         Number(N_("source"), found.shown, point, computed)),
                discrepancy=None if c.verdict is Verdict.PASS else gap_style(style.more())(c.gap),
                subject=found.location_text,
            )


@check("FC603", "source-revised", "A cited table is the newest vintage in the data folder.",
       Severity.WARNING)
def source_revised(ctx: Context) -> Iterator[Result]:
    """
    What it checks: no table in the data folder ``revises`` the cited one. Statistics
    offices revise their first releases; when the newsroom adds the revised table (its
    sidecar says ``revises: OLD``), every claim citing the old vintage is warned, naming
    both vintages and what the newer one says for the same cell.

    Why it matters: an article checked against a superseded release may repeat a figure
    the office has since corrected.

    Example: a claim cites ``nbs-2024q3`` (first release, 2024-10-18) while
    ``nbs-2024q3-rev`` (revised, 2025-01-17) revises it ⇒ a warning naming both.
    """
    for ids, cell in _cells(ctx):
        found = cell.found
        if found.table is None:
            continue
        newer = cell.newer
        if newer is None or newer.table is None:
            yield Outcome("FC603", Verdict.PASS, ids,
                          Message(N_("{about}: {table} is the newest vintage in the data "
                                     "folder."), about=_about(cell, ids),
                                  table=found.table.described()), subject=found.table.csv)
            continue
        says = (Message(N_("the revision gives {value} for the same cell"), value=newer.shown)
                if newer.status is Status.OK else
                Message(N_("the revision has no such cell ({detail})"), detail=newer.detail))
        chain = " → ".join(cell.newer_chain)
        yield Outcome(
            "FC603", Verdict.FAIL, ids,
            Message(N_("{about}, vintage {vintage} released {released}; {newer} revises it "
                       "({chain}); {says} (the cited vintage: {value}). Cite the newer table, or "
                       "keep the old one on purpose with a waiver."), about=_about(cell, ids),
                    vintage=f"'{found.table.vintage}'", released=found.table.released,
                    newer=newer.table.described(), chain=chain, says=says, value=found.shown),
            severity=Severity.WARNING, subject=newer.table.csv)


@check("FC604", "source-missing", "A cited table, row and column exist.")
def source_missing(ctx: Context) -> Iterator[Result]:
    """
    What it checks: the table a citation names is in the data folder, a row has exactly
    the keys given (the table's key columns, by value, never by position), and the column
    is one of the table's.

    Why it matters: a citation that names nothing checks nothing; a row renamed or dropped
    in a new release must be noticed, not skipped.

    Example: ``source: {table: nbs-2024q3, row: {region: 重庆}, column: growth}`` when the
    table has no row for 重庆 fails, naming the table and the row.
    """
    for ids, cell in _cells(ctx):
        found = cell.found
        if found.status in (Status.NO_TABLE, Status.NO_ROW, Status.NO_COLUMN):
            yield Outcome("FC604", Verdict.FAIL, ids,
                          Message(N_("{about}: {detail}."), about=_about(cell, ids),
                                  detail=found.detail),
                          subject=found.table.csv if found.table else None)
        else:
            yield Outcome("FC604", Verdict.PASS, ids,
                          Message(N_("{about}: found at {where}."), about=_about(cell, ids),
                                  where=found.location_text),
                          subject=found.location_text)


@check("FC605", "source-unit-mismatch", "A cited cell's unit matches the claim's.")
def source_unit(ctx: Context) -> Iterator[Result]:
    """
    What it checks: the unit of the cited column (its ``unit`` in the sidecar, with its
    multiplier) can be compared with the claim's unit: percent with percent, percentage
    points with percentage points, yuan with yuan, vehicles with vehicles. For a reference
    value, the unit of the relation's other members.

    Why it matters: a column of levels cited for a growth rate, or of % for a pp change,
    compares numbers that mean different things.

    Example: a claim of ``2.4 pp`` citing a column whose unit is ``%`` fails.
    """
    sources = _sources(ctx)
    if sources is None:
        return
    for cid, cell in sources.claims.items():
        node = ctx.graph.by_id.get(cid)
        src = cell.found.figure
        if node is None or src is None or not isinstance(node.value, Figure):
            continue
        fig = node.value
        ok = not _dimension_mismatch(fig, src)
        yield _unit_outcome(ok, (cid,), cell, printed(fig.reading), fig, src)
    users = _reference_users(ctx)
    for rid, cell in sources.references.items():
        src = cell.found.figure
        if src is None:
            continue
        for user in users.get(rid, ()):
            node = ctx.graph.by_id[user]
            field = next(f for f, t in node.refs if t == rid)
            peers = [ctx.figure(t) for f, t in node.refs if t != rid]
            peer = next((p[1] for p in peers if p is not None), None)
            if field in AMOUNT_FIELDS or peer is None:
                continue
            ok = not _dimension_mismatch(peer, src)
            yield _unit_outcome(ok, (user,), cell, printed(peer.reading), peer, src)


def _unit_outcome(ok: bool, ids: tuple[str, ...], cell: Cell, text: str, fig: Figure,
                  src: Figure) -> Outcome:
    where = cell.found.location_text
    if ok:
        return Outcome("FC605", Verdict.PASS, ids,
                       Message(N_("{about}: the column is in {unit}, as is {figure}."),
                               about=_about(cell, ids), unit=src.unit.canonical, figure=text),
                       subject=where)
    return Outcome("FC605", Verdict.FAIL, ids,
                   Message(N_("{about}: the column is in {unit} ({dimension}) but {figure} is in "
                              "{figure_unit} ({figure_dimension}); they cannot be compared."),
                           about=_about(cell, ids), unit=src.unit.canonical,
                           dimension=src.unit.dimension, figure=text,
                           figure_unit=fig.unit.canonical, figure_dimension=fig.unit.dimension),
                   subject=where)


@check("FC606", "source-not-numeric", "A cited cell holds a number.")
def source_not_numeric(ctx: Context) -> Iterator[Result]:
    """
    What it checks: the cited cell holds a plain number (digits, an optional sign and
    decimal point, optional thousands commas) in a column with a unit. An empty cell, a
    footnote mark, "…" or "-" (not available), or a text column is reported.

    Why it matters: releases mark unavailable or confidential figures in their cells; a
    claim citing one has no source value behind it.

    Example: a cell "…" cited for 8.1% fails: "'…' is not a number".
    """
    for ids, cell in _cells(ctx):
        found = cell.found
        if found.status in (Status.NOT_NUMERIC, Status.TEXT_COLUMN):
            yield Outcome("FC606", Verdict.FAIL, ids,
                          Message(N_("{about}: {detail}."), about=_about(cell, ids),
                                  detail=found.detail), subject=found.location_text)
        elif found.status is Status.OK:
            yield Outcome("FC606", Verdict.PASS, ids,
                          Message(N_("{about}: {value} is a number."), about=_about(cell, ids),
                                  value=found.shown),
                          subject=found.location_text)

