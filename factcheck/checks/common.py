"""Shared pieces of the arithmetic checks: turning a comparison into an outcome."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from fractions import Fraction
from typing import TYPE_CHECKING

from factcheck.checks.compare import Comparison, compare
from factcheck.claims.values import Figure, RatioList
from factcheck.core.i18n import N_, Message, joined
from factcheck.core.interval import Interval, sum_intervals
from factcheck.numbers.display import Style
from factcheck.numbers.display import printed as display_printed
from factcheck.numbers.display import style_of as display_style_of
from factcheck.numbers.reading import Reading, format_number
from factcheck.report.findings import Number, Outcome, Verdict

if TYPE_CHECKING:
    from collections.abc import Iterable

    from factcheck.checks.context import Context
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
    full = joined([arithmetic, f" = {face} ({shown})"], "")
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
    # a gap is never shown as nought: "0.00 pp outside" reads as no gap at all
    gap = visible_gap(gap_style(style), c.gap)
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
        return Message(N_("percent"))
    if fig.kind is UnitKind.PERCENTAGE_POINT:
        return Message(N_("percentage points"))
    if fig.kind is UnitKind.MULTIPLE:
        return Message(N_("multiples (倍)"))
    if per_mille(fig):
        return Message(N_("per mille (‰)"))
    if per_mille_points(fig):
        return Message(N_("per-mille points (个千分点)"))
    if fig.unit.canonical == fig.unit.dimension:
        return fig.unit.canonical
    return f"{fig.unit.canonical} ({fig.unit.dimension})"


def base_sum(figures: Iterable[Figure]) -> tuple[Interval, Fraction]:
    """The sum of figures in base units: its interval and its value at face."""
    figs = list(figures)
    return (sum_intervals([f.base_interval() for f in figs]),
            sum((f.base_value() for f in figs), Fraction(0)))


def structure_figures(ctx: Context, node: Node) -> tuple[RatioList, list[Figure]] | None:
    """A structure's shares and the figures of its components, when it is a structure and
    every component it names is a figure."""
    ratios = node.value
    parts = [ctx.figure(c) for c in node.claim.components]
    if not isinstance(ratios, RatioList) or not parts or any(p is None for p in parts):
        return None
    return ratios, [p[1] for p in parts if p is not None]


def per_mille(fig: Figure) -> bool:
    """Whether a figure is a rate per mille (出生率7.52‰)."""
    return fig.unit.dimension == "per_mille"


def per_mille_points(fig: Figure) -> bool:
    """Whether a figure is a change of a ‰ rate in per-mille points (下降0.38个千分点)."""
    return fig.unit.dimension == "per_mille_point"


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


# Currencies an English text writes as a sign before the number ("$61.4 billion").
_CURRENCY_SIGNS = {"USD": "$", "GBP": "£", "EUR": "€"}
_LATIN = re.compile(r"[A-Za-z]")


def _english(reading: Reading) -> bool:
    """Whether a figure is written with English words (billion, people, USD), which are
    spaced from the number, unlike 亿元 or 万辆."""
    return bool(_LATIN.search(reading.scale_word or "") or _LATIN.search(reading.unit or "")
                # a share in words: almost two-thirds
                or (_LATIN.search(reading.text) and not any(c.isdigit() for c in reading.text)))


@dataclass(frozen=True)
class EnglishStyle(Style):
    """A style for figures in English words: '$61.30–61.50 billion', '12,000 people'."""

    sign: str = ""

    def __call__(self, value: Fraction) -> str:
        number = format_number(abs(value), self.decimals, self.scale, "")
        minus = "-" if value < 0 and number.strip("0.") else ""
        return f"{minus}{self.sign}{number}{self._words()}"

    def _words(self) -> str:
        # 'billion' is a word of its own; 'bn' and 'm' abbreviate and close up: £5.1bn
        word = (f" {self.word}" if len(self.word) > 2 else self.word) if self.word else ""
        unit = f" {self.suffix.strip()}" if self.suffix.strip() else ""
        return word + unit

    def interval(self, iv: Interval) -> str:
        if iv.lo is not None and iv.hi is not None:
            lo, hi = self(iv.lo), self(iv.hi)
            if lo == hi:
                return lo
            hi = format_number(iv.hi, self.decimals, self.scale, "") if iv.hi >= 0 else \
                hi.removesuffix(self._words())
            return f"{lo.removesuffix(self._words())}–{hi}{self._words()}"
        return super().interval(iv)

    def coarser(self) -> EnglishStyle:
        floor = 2 if self.scale > 1 else 0
        return replace(self, decimals=max(self.decimals - 1, floor))

    def more(self, extra: int = 1) -> EnglishStyle:
        return replace(self, decimals=self.decimals + extra)


def style_of(reading: Reading, extra: int = 1) -> Style:
    """A style one or two decimals finer than the printed figure; English words spaced."""
    from factcheck.numbers.reading import UnitKind

    style = display_style_of(reading, extra)
    if reading.unit_kind is not UnitKind.AMOUNT or not _english(reading):
        return style
    unit = reading.unit or ""
    sign = _CURRENCY_SIGNS.get(unit, "")
    return EnglishStyle(style.scale, reading.scale_word if style.scale > 1 else "",
                        "" if sign else unit, style.decimals, sign)


def printed(reading: Reading) -> str:
    """The figure as the claim records it, tidied: '31.67万辆', '$67.1 billion'."""
    if not _english(reading):
        return display_printed(reading)
    text = " ".join(reading.text.split())
    unit = reading.unit or ""
    sign = _CURRENCY_SIGNS.get(unit)
    if sign and text.endswith(f" {unit}") and sign not in text:
        lead = len(text) - len(text.lstrip("≈-−"))  # '≈-61.4 …' keeps its marks first
        # '61.4 billion USD' → '$61.4 billion'
        text = text[:lead] + sign + text[lead:].removesuffix(f" {unit}")
    return text
