"""FC104 — every figure of the article is claimed or waived."""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks.context import Context
from factcheck.checks.registry import Result, check
from factcheck.claims.graph import SpanCover
from factcheck.core.i18n import N_, Message
from factcheck.extract.mentions import Mention
from factcheck.extract.ranges import range_parts
from factcheck.numbers.reading import Qualifier
from factcheck.report.findings import Outcome, Verdict


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding [start, end): from the last stop before it to the next one."""
    stops = "。！？；\n!?;"
    left = max(text.rfind(s, 0, start) for s in stops) + 1
    rights = [i for i in (text.find(s, end) for s in stops) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    return text[left:right].strip()


def _ends_covered(cover: SpanCover, mention: Mention) -> bool:
    """A range printed as one figure (540到560亿美元) is covered by quotes of its two ends."""
    if mention.qualifier is not Qualifier.RANGE:
        return False
    parts = range_parts(mention.text)
    return parts is not None and all(cover.covers(mention.start + a, mention.start + b)
                                     for a, b in parts)


@check("FC104", "uncovered-figure", "Every figure of the article is recorded or waived.")
def uncovered_figure(ctx: Context) -> Iterator[Result]:
    """
    What it checks: each figure that ``factcheck extract`` finds in the article lies inside
    the quote of some claim or of a waiver (a quote plus a reason: product names, figures
    the desk accepts). Amounts, percentages, percentage points, multiples, rates and ratios
    need cover; years, dates and times, periods and durations (前三季度, 1至10月, Q3),
    ordinals and ranks (第一产业, 第3位) and identifiers (M7, 5G, “33618”, Ⅲ期, COVID-19)
    state no quantity and need none (a claim may still record a year or a rank).

    Why it matters: a figure added during editing, with no claim, goes to print unchecked.

    Example: a new sentence “新增企业500家” with no claim is reported with its line and column.
    """
    graph = ctx.graph
    covered: list[tuple[int, int]] = [
        (n.quote_span.start, n.quote_span.end) for n in graph.nodes if n.quote_span is not None
    ]
    covered += [(s.start, s.end) for w in graph.waivers for s in w.spans]
    cover = SpanCover(covered)  # bisect, not a scan of every span per figure
    text = graph.article_text
    for mention in graph.mentions():
        if not mention.needs_coverage:
            continue
        if cover.covers(mention.start, mention.end) or _ends_covered(cover, mention):
            continue
        span = graph.span_at(mention.start, mention.end)
        yield Outcome(
            "FC104", Verdict.FAIL, (),
            Message(N_("“{figure}” at line {line}, column {column} is neither claimed nor waived: "
                       "{sentence}"), figure=mention.text, line=span.line, column=span.column,
                    sentence=sentence_around(text, mention.start, mention.end)),
            article_offset=(mention.start, mention.end),
            subject=mention.text,
        )
