"""Shared pieces of the arithmetic checks: turning a comparison into an outcome."""

from __future__ import annotations

from fractions import Fraction
from typing import TYPE_CHECKING

from factcheck.checks.compare import Comparison, compare
from factcheck.claims.values import Figure
from factcheck.core.i18n import N_, Message
from factcheck.core.interval import Interval
from factcheck.numbers.display import Style
from factcheck.report.findings import Number, Outcome, Verdict

if TYPE_CHECKING:
    from factcheck.claims.graph import Node

HUNDRED = Fraction(100)


def judged(
    code: str,
    ids: tuple[str, ...],
    what: str,
    stated_text: str,
    stated: Interval,
    computed: Interval,
    point: Fraction | None,
    style: Style,
    arithmetic: str,
    numbers: tuple[Number, ...] = (),
) -> Outcome:
    """Compare a stated figure with what the other figures give, and explain the verdict."""
    c = compare(stated, computed, point)
    shown = style.interval(computed)
    face = style(point) if point is not None else "?"  # written once, read twice
    full = f"{arithmetic} = {face} ({shown})"
    return Outcome(
        code=code,
        verdict=c.verdict,
        claim_ids=ids,
        message=explain(c, what, stated_text, style, face, shown),
        arithmetic=full,
        numbers=(*numbers, Number(N_("stated"), stated_text, None, stated),
                 Number(N_("computed"), shown, point, computed)),
        discrepancy=None if c.verdict is Verdict.PASS else gap_style(style)(c.gap),
    )


def visible_gap(style: Style, gap: Fraction) -> Style:
    """More decimals until a non-zero gap shows as non-zero: a failure never reads "0.00"."""
    extra = 0
    while gap and extra < 12 and not any(ch in "123456789" for ch in style.more(extra)(gap)):
        extra += 1
    return style.more(extra) if extra else style


def gap_style(style: Style) -> Style:
    """Differences of percentages are percentage points."""
    if style.suffix == "%":
        return Style(style.scale, style.word, " pp", style.decimals)
    return style


def explain(c: Comparison, what: str, stated_text: str, style: Style,
            face: str | None = None, shown: str | None = None) -> str:
    """``face`` and ``shown``, when given, are the computed point and interval already
    written in ``style``."""
    if face is None:
        face = style(c.computed_point) if c.computed_point is not None else "?"
    subject = Message(what)
    if c.undetermined is not None:
        return Message(N_("{what} cannot be evaluated: {why}; it is not a pass."),
                       what=subject, why=c.undetermined)
    if c.verdict is Verdict.PASS:
        return Message(N_("{what}: the figures give {face}, consistent with the printed {stated}."),
                       what=subject, face=face, stated=stated_text)
    gap = gap_style(style)
    if c.verdict is Verdict.FAIL:
        gap = visible_gap(gap, c.gap)
    if c.verdict is Verdict.ROUNDING:
        return Message(N_("{what}: consistent only within rounding — at face value the figures "
                          "give {face}, {gap} outside the printed {stated}."),
                       what=subject, face=face, gap=gap(c.gap), stated=stated_text)
    return Message(N_("{what}: the figures allow {allowed}, but the article prints {stated}; "
                      "no reading of the rounded figures closes the gap of {gap}."),
                   what=subject, allowed=shown if shown is not None else style.interval(c.computed),
                   stated=stated_text, gap=gap(c.gap))


def unit_name(fig: Figure) -> str:
    """The unit of a figure in words: 'percentage points', 'yuan (currency_cny)'."""
    from factcheck.numbers.reading import UnitKind

    if fig.kind is UnitKind.PERCENT:
        return "percent"
    if fig.kind is UnitKind.PERCENTAGE_POINT:
        return "percentage points"
    if fig.kind is UnitKind.MULTIPLE:
        return "multiples (倍)"
    if fig.unit.canonical == fig.unit.dimension:
        return fig.unit.canonical
    return f"{fig.unit.canonical} ({fig.unit.dimension})"


def percent_factor(fig: Figure) -> tuple[Interval, Fraction]:
    """1 + g for a growth figure in % or 倍 (增长1.3倍 = ×2.3)."""
    from factcheck.numbers.reading import UnitKind

    if fig.kind is UnitKind.MULTIPLE:
        return fig.interval + 1, fig.value + 1
    return fig.interval / HUNDRED + 1, fig.value / HUNDRED + 1


def pass_or_fail(code: str, ok: bool, ids: tuple[str, ...], passed: str, failed: str,
                 *, arithmetic: str | None = None, discrepancy: str | None = None) -> Outcome:
    """The outcome of a yes/no check: its message for each verdict; a gap only on failure."""
    if ok:
        return Outcome(code, Verdict.PASS, ids, passed, arithmetic=arithmetic)
    return Outcome(code, Verdict.FAIL, ids, failed, arithmetic=arithmetic, discrepancy=discrepancy)


def from_parts_groups(node: Node) -> list[tuple[str, list[str]]]:
    """The breakdowns of a total's rate into its parts' rates, each with its owner key."""
    listed = node.claim.from_parts
    if not listed:
        return []
    if isinstance(listed, dict):
        return [(f"{node.id}:{name}", names) for name, names in listed.items()]
    return [(node.id, listed)]
