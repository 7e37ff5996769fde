"""FC5xx — labels made of counts, spans of years, and time against the publication date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from factcheck.checks.common import pass_or_fail, printed
from factcheck.checks.context import Context
from factcheck.checks.registry import Result, check
from factcheck.claims.kinds import ClaimKind
from factcheck.claims.values import Figure, Label, Span
from factcheck.core.i18n import N_, Message
from factcheck.languages import lexicon
from factcheck.languages.folding import normalise

# 前8个月, 前三季度: the first N months or quarters of the year, in the words of each pack
_NUMERALS = "".join((*lexicon.table("numerals"), *lexicon.table("numeral_units")))
_YEAR_TO_DATE = re.compile(
    rf"(?:{lexicon.alternation(lexicon.words('first_months'))})\s*([0-9{_NUMERALS}]+)\s*"
    rf"(?:{lexicon.alternation(lexicon.words('year_to_date_spans'))})")
_LAST_YEAR = lexicon.pattern("last_year")


@check("FC501", "label-components", "A label's digits are the counts of its components.")
def label_components(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``label`` claim whose ``components`` are recorded: the label's digits
    are the components' counts written one after another ("33618" = 3, 3, 6, 18).

    Why it matters: programme names built from counts ("1院5中心10平台", "33618") drift from
    the lists they name when a cluster is added.

    Example: “33618” with components of 3, 3, 6 and 17 clusters fails.
    """
    for node in ctx.graph.of_kind(ClaimKind.LABEL):
        label = node.value
        if not isinstance(label, Label) or not node.claim.components:
            continue
        counts: list[str] = []
        for cid in node.claim.components:
            got = ctx.figure(cid)
            if got is None:
                continue
            fig = got[1]
            counts.append(str(fig.value) if fig.value.denominator == 1 else printed(fig.reading))
        joined = "".join(counts)
        ids = (node.id, *node.claim.components)
        arithmetic = " ‖ ".join(counts) + f" = {joined}"
        yield pass_or_fail(
            "FC501", joined == label.digits, ids,
            Message(N_("The label “{label}” spells its components' counts."), label=label.text),
            Message(N_("The label “{label}” does not match its components' counts ({counts})."),
                    label=label.text, counts=", ".join(counts)), arithmetic=arithmetic)


@check("FC502", "span-count", "A span of years agrees with the count of years stated.")
def span_count(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``span`` claim (2014年至2016年) with a ``count`` (连续3年): the span
    covers exactly that many calendar years, both ends included.

    Why it matters: "2014年至2016年 … 连续4年" is an off-by-one a reader notices.

    Example: 2014..2016 with 3 年 ✓; with 4 年 ✗.
    """
    for node in ctx.graph.of_kind(ClaimKind.SPAN):
        span = node.value
        got = ctx.figure(node.claim.count)
        if not isinstance(span, Span) or got is None:
            continue
        count_node, fig = got
        years = fig.base_value() / 12 if fig.unit.dimension == "month" else fig.value
        ids = (node.id, count_node.id)
        arithmetic = f"{span.end} − {span.start} + 1 = {span.years}"
        yield pass_or_fail(
            "FC502", years == span.years, ids,
            Message(N_("{start}–{end} is {years} years, as stated."), start=span.start,
                    end=span.end, years=span.years),
            Message(N_("{start}–{end} is {years} years, but the article says {stated}."),
                    start=span.start, end=span.end, years=span.years,
                    stated=printed(fig.reading)), arithmetic=arithmetic,
            discrepancy=Message(N_("{n} year(s)"), n=abs(years - span.years)))


@check("FC503", "target-in-future", "A target year lies after publication.")
def target_in_future(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``target`` claim (到2027年) names a year not before the publication year.

    Why it matters: a "target" already in the past is a stale sentence or a wrong year.

    Example: published 2024-11-05, 到2027年 ✓; 到2023年 ✗.
    """
    for node in ctx.graph.of_kind(ClaimKind.TARGET):
        fig = node.value
        if not isinstance(fig, Figure):
            continue
        year = fig.value
        yield pass_or_fail(
            "FC503", year >= ctx.published.year, (node.id,),
            Message(N_("The target year {year} is not before publication ({published})."),
                    year=year, published=ctx.published),
            Message(N_("The target year {year} is before publication ({published})."),
                    year=year, published=ctx.published),
            discrepancy=Message(N_("{n} year(s)"), n=ctx.published.year - year))


@check("FC504", "period-elapsed", "A year-to-date period (前8个月) has ended by publication.")
def period_elapsed(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``duration`` claim whose quote is a year-to-date period (前8个月,
    前三季度) covers months that had ended before the publication date.

    Why it matters: "前11个月" in an article of 5 November reports data that cannot exist
    yet: the period, or the publication date, is wrong.

    Example: published 2024-11-05: 前三季度 (9 months) ✓, 前11个月 ✗.
    """
    for node in ctx.graph.of_kind(ClaimKind.DURATION):
        fig = node.value
        m = _YEAR_TO_DATE.search(normalise(node.claim.quote))
        if not isinstance(fig, Figure) or m is None or _LAST_YEAR.search(node.claim.quote):
            continue
        months = fig.base_value() if fig.unit.dimension == "month" else None
        if months is None:
            continue
        elapsed = Fraction(ctx.published.month - 1)
        yield pass_or_fail(
            "FC504", months <= elapsed, (node.id,),
            Message(N_("{period} ({months} months) had ended by {published}."),
                    period=m.group(0), months=months, published=ctx.published),
            Message(N_("{period} ({months} months) had not ended by {published}."),
                    period=m.group(0), months=months, published=ctx.published),
            discrepancy=Message(N_("{n} month(s)"), n=months - elapsed))


@check("FC505", "year-not-future", "A year stated as past lies before publication.")
def year_not_future(ctx: Context) -> Iterator[Result]:
    """
    What it checks: a ``year`` claim (1958年, 2023年) is not after the publication year;
    future years are ``target`` claims.

    Why it matters: a "past" year after publication is a typo (2032 for 2023).

    Example: published 2024: 2023年 ✓, 2032年 ✗.
    """
    for node in ctx.graph.of_kind(ClaimKind.YEAR):
        fig = node.value
        if not isinstance(fig, Figure) or fig.unit.dimension == "decade" or fig.value < 1000:
            continue
        yield pass_or_fail(
            "FC505", fig.value <= ctx.published.year, (node.id,),
            Message(N_("{year} is not in the future."), year=fig.value),
            Message(N_("{year} is after publication ({published}); is it a target?"),
                    year=fig.value, published=ctx.published))
